/** Expected failures carry an extensions.code; everything else is masked for clients. */
import { GraphQLError } from 'graphql';

export function badUserInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
}
