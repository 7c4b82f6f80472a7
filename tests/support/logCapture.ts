/**
 * A pino logger whose JSON lines are kept in memory, for tests that assert
 * what was logged (access lines, masked errors and their request ids).
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../src/logger';

export type LogLine = Record<string, any>;

export interface LogCapture {
  logger: Logger;
  lines: LogLine[];
  /** The first line `match` accepts, waiting up to 2 s for it to be written. */
  waitForLine(match: (line: LogLine) => boolean): Promise<LogLine>;
}

export function captureLogs(level = 'info'): LogCapture {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return {
    logger: pino({ level }, sink),
    lines,
    async waitForLine(match) {
      for (let i = 0; i < 100; i++) {
        const found = lines.find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no matching log line among ${lines.length}: ${JSON.stringify(lines.slice(-5))}`);
    },
  };
}
