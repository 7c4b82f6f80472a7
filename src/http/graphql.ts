/** One /graphql request that is not the IDE page: body → Apollo's transport-neutral executeHTTPGraphQLRequest → response, within REQUEST_TIMEOUT_MS. */
import type http from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Context } from '../context';
import { readJsonBody } from './body';
import { withDeadline } from '../lib/deadline';
import { HttpError } from './responses';

export interface GraphQLTransportOptions {
  maxBodyBytes: number;
  timeoutMs: number;
  /** The request's context (database, fresh loaders, caller). */
  context(req: http.IncomingMessage, requestId: string): Context;
}

export function graphqlTransport(apollo: ApolloServer<Context>, options: GraphQLTransportOptions) {
  async function execute(req: http.IncomingMessage, url: URL, requestId: string): Promise<HTTPGraphQLResponse> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = req.method === 'POST' ? await readJsonBody(req, options.maxBodyBytes) : undefined;
    return apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => options.context(req, requestId),
    });
  }

  return async function handleGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string, baseHeaders: Record<string, string>): Promise<void> {
    // The client gets an answer in time; abandoned work still ends, bounded by statement_timeout.
    const response = await withDeadline(
      execute(req, url, requestId),
      options.timeoutMs,
      () => new HttpError(503, `The request took longer than ${options.timeoutMs} ms (REQUEST_TIMEOUT_MS) and was abandoned. Try again, or ask for less.`, 'REQUEST_TIMEOUT', { 'retry-after': '5' }),
    );
    const outHeaders: Record<string, string> = { ...baseHeaders };
    for (const [key, value] of response.headers) outHeaders[key] = value;
    if (response.body.kind === 'complete') {
      outHeaders['content-length'] = String(Buffer.byteLength(response.body.string));
      res.writeHead(response.status ?? 200, outHeaders);
      res.end(response.body.string);
      return;
    }
    res.writeHead(response.status ?? 200, outHeaders);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
