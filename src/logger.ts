/** Structured JSON logs (pino). Child loggers carry the request id. */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = 'info'): Logger {
  // Synchronous writes to stdout: pino's default destination writes asynchronously (through libuv's thread pool),
  // and a process that exits right after its last line (a worker's "stopped", a shutdown, a fatal start failure)
  // can lose that line. A log line is one small write(2) either way.
  const destination = pino.destination({ dest: 1, sync: true });
  // pid: with WEB_CONCURRENCY > 1, which worker (or the primary) wrote the line.
  return pino({ level, base: { service: 'kca-knowledge-api', pid: process.pid } }, destination);
}
