// The data layer raises plain errors; the API layer gives them their codes (src/http/errors.ts).
import { GraphQLError } from 'graphql';
import { InvalidInputError } from '../../src/db/errors';
import { createErrorFormatter } from '../../src/http/errors';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/metrics';

const format = createErrorFormatter({
  exposedCodes: new Set(['BAD_USER_INPUT']),
  limits: { poolMax: 1, acquireTimeoutMs: 1, statementTimeoutMs: 1 },
  logger: createLogger('silent'),
  metrics: createMetrics({ enabled: false }),
});

/** What a resolver's thrown error looks like by the time formatError sees it. */
function formatted(error: Error) {
  const wrapped = new GraphQLError(error.message, { originalError: error, path: ['agreements'] });
  return format({ message: wrapped.message, path: ['agreements'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
}

test('an InvalidInputError from src/db reaches clients as BAD_USER_INPUT with its message and argument', () => {
  expect(formatted(new InvalidInputError('Cannot order Agreement lists by SIZE.', 'orderBy'))).toEqual({
    message: 'Cannot order Agreement lists by SIZE.',
    path: ['agreements'],
    extensions: { code: 'BAD_USER_INPUT', argumentName: 'orderBy' },
  });
});

test('any other plain error is still masked', () => {
  expect(formatted(new Error('secret detail'))).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
});
