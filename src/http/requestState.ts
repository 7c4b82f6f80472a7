/**
 * Per-request state reachable from code that is not handed the request:
 * Apollo's `formatError` (which gets no context) and the access log read the
 * request id and operation name from here. Set once per HTTP request in
 * src/server.ts; Node's AsyncLocalStorage carries it through every await.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestState {
  readonly requestId: string;
  /** The GraphQL operation, once Apollo has resolved it (for logs and metrics). */
  operationName?: string;
  operationType?: string;
}

const storage = new AsyncLocalStorage<RequestState>();

export function runWithRequestState<T>(state: RequestState, work: () => T): T {
  return storage.run(state, work);
}

/** The current request's state; undefined outside a request (startup, background work). */
export function currentRequest(): RequestState | undefined {
  return storage.getStore();
}
