/** Structured JSON logs (pino). Child loggers carry the request id. */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = 'info'): Logger {
  // pid: with WEB_CONCURRENCY > 1, which worker (or the primary) wrote the line.
  return pino({ level, base: { service: 'kca-knowledge-api', pid: process.pid } });
}
