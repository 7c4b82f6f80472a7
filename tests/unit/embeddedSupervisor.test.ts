/**
 * The restart policy of src/db/embeddedSupervisor.ts on a stand-in for the
 * embedded Postgres (the real one, SIGKILLed: tests/e2e/embedded-restart.test.ts):
 * bounded attempts with backoff, one error line per death, give up with the
 * reason, and no restart once the server is stopping.
 */
import type { EmbeddedPostgres } from '../../src/db/embeddedPostgres';
import { superviseEmbeddedPostgres } from '../../src/db/embeddedSupervisor';
import { waitFor } from '../support/waitFor';

function fakePostgres(restartOutcomes: Array<'ok' | 'fail'>) {
  let die: (how: string) => void = () => undefined;
  let stopped = false;
  const attempts: number[] = [];
  const postgres = {
    url: 'postgresql://x', adminUrl: 'postgresql://x', port: 1, pid: 100,
    get stopped() { return stopped; },
    async stop() { stopped = true; },
    onUnexpectedExit(listener: (how: string) => void) { die = listener; },
    async restart() {
      attempts.push(Date.now());
      if (restartOutcomes.shift() !== 'ok') throw new Error('could not open file "global/pg_control"');
    },
  } as EmbeddedPostgres;
  return { postgres, attempts, kill: (how = 'signal SIGKILL') => die(how), stop: () => postgres.stop() };
}

function recordingLogger() {
  const lines: Array<{ level: string; msg: string }> = [];
  const at = (level: string) => (_obj: object, msg: string) => void lines.push({ level, msg });
  return { lines, logger: { error: at('error'), warn: at('warn'), info: at('info') } };
}

test('a death is logged at error level and restarted, retrying with growing waits until it works', async () => {
  const pg = fakePostgres(['fail', 'fail', 'ok']);
  const { lines, logger } = recordingLogger();
  const onGiveUp = jest.fn();
  const supervisor = superviseEmbeddedPostgres(pg.postgres, { logger, initialDelayMs: 20, onGiveUp });
  pg.kill();
  expect(supervisor.restarting).toBe(true);
  await waitFor('the restart', () => supervisor.restarts === 1, 5_000, 5);
  expect(supervisor.deaths).toBe(1);
  expect(supervisor.restarting).toBe(false);
  expect(pg.attempts).toHaveLength(3);
  const [a, b, c] = pg.attempts as [number, number, number];
  expect(c - b).toBeGreaterThan(b - a); // backoff doubles
  expect(lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(['Embedded Postgres (pid 100) died (signal SIGKILL); restarting it (up to 5 attempts)']);
  expect(lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  expect(onGiveUp).not.toHaveBeenCalled();
});

test('when every attempt fails it gives up once, saying why', async () => {
  const pg = fakePostgres([]);
  const { logger } = recordingLogger();
  const onGiveUp = jest.fn();
  superviseEmbeddedPostgres(pg.postgres, { logger, maxAttempts: 3, initialDelayMs: 1, onGiveUp });
  pg.kill('code 1');
  await waitFor('giving up', () => onGiveUp.mock.calls.length === 1, 5_000, 5);
  expect(pg.attempts).toHaveLength(3);
  expect((onGiveUp.mock.calls[0]![0] as Error).message).toBe(
    'The embedded Postgres died (code 1) and could not be restarted after 3 attempts: could not open file "global/pg_control"',
  );
});

test('no restart and no give-up once the server is stopping', async () => {
  const pg = fakePostgres(['ok']);
  const { logger } = recordingLogger();
  const onGiveUp = jest.fn();
  const supervisor = superviseEmbeddedPostgres(pg.postgres, { logger, initialDelayMs: 30, onGiveUp });
  pg.kill();
  await pg.stop();
  await waitFor('the supervisor to stand down', () => !supervisor.restarting, 5_000, 5);
  expect(pg.attempts).toHaveLength(0);
  expect(onGiveUp).not.toHaveBeenCalled();
});
