/** Structured JSON logs (pino). Child loggers carry the request id. */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { service: 'kca-knowledge-api' } });
}
