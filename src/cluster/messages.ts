/** What the cluster's primary and its workers say to each other over node:cluster's IPC channel. */

/** Worker → primary: listening (on this port). */
export interface ReadyMessage {
  type: 'kca:ready';
  port: number;
}

/** Worker → primary: could not start (one line for the user). */
export interface FailedMessage {
  type: 'kca:failed';
  message: string;
}

export type WorkerStatus = ReadyMessage | FailedMessage;

/** Worker → primary: the whole cluster's metrics, please (for a GET /metrics it is answering). */
export interface MetricsRequest {
  type: 'kca:metrics';
  id: number;
}

/** Primary → worker: the answer, Prometheus text, or why there is none. */
export interface MetricsResponse {
  type: 'kca:metrics';
  id: number;
  text?: string;
  error?: string;
}

export function isMessage<T extends { type: string }>(message: unknown, type: T['type']): message is T {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
