/** One access-log line and one request counter per HTTP request, written when the response closes. */
import type http from 'node:http';
import type { Logger } from '../logger';
import { routeLabel, type Metrics } from '../metrics';
import type { RequestState } from './requestState';

export function logWhenClosed(req: http.IncomingMessage, res: http.ServerResponse, path: string, state: RequestState, started: bigint, logger: Logger, metrics: Metrics): void {
  res.on('close', () => {
    const durationMs = Math.round((Number(process.hrtime.bigint() - started) / 1e6) * 10) / 10;
    const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away first
    metrics.httpRequests.inc({ method: req.method ?? 'unknown', route: routeLabel(path), status: String(status) });
    // The GraphQL operation is included when there was one.
    logger.info({ requestId: state.requestId, method: req.method, path, status, durationMs, operationName: state.operationName, operationType: state.operationType }, 'request');
  });
}
