/**
 * A process that exits right after logging keeps its last line: a worker's "stopped", a shutdown's "stopped" and a
 * fatal start line are written before process.exit. With pino's default (asynchronous) destination a line still
 * in libuv's thread pool at exit is lost; a line bigger than a pipe's buffer (64 KiB) is lost every time, which
 * makes this test fail without the synchronous destination rather than only now and then.
 */
import { runFixture } from '../support/processes';

jest.setTimeout(60_000);

it.each([200, 1_000_000])('a %i-byte line logged just before process.exit reaches the reader whole', async (bytes) => {
  const finished = await runFixture('log-then-exit.ts', [String(bytes)]);
  expect(finished.code).toBe(0);
  const line = JSON.parse(finished.stdout.trim()) as { msg: string; padding: string };
  expect(line.msg).toBe('last line');
  expect(line.padding).toHaveLength(bytes);
});
