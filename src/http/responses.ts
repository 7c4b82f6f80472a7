/** Answers sent without Apollo: JSON bodies, and errors shaped like GraphQL's (with the request id). */
import type http from 'node:http';
import { currentRequest } from './requestState';

/** A request answered before (or instead of) GraphQL execution: status, message and `extensions.code`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A GraphQL-shaped error body for answers that never reach Apollo, with the request id like every other error. */
export function errorBody(message: string, code: string): { errors: { message: string; extensions: Record<string, string> }[] } {
  const requestId = currentRequest()?.requestId;
  return { errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
