/**
 * The cluster's pure parts: how many workers WEB_CONCURRENCY gives (every
 * core by default, one under NODE_ENV=test, bad values named), and the
 * restart policy that keeps a crash loop from spinning.
 */
import os from 'node:os';
import { loadConfig } from '../../src/config';
import { onCrash, type RestartPolicy } from '../../src/cluster/restartPolicy';

describe('WEB_CONCURRENCY', () => {
  test('defaults to one worker per CPU, and to one process under NODE_ENV=test', () => {
    expect(loadConfig({}).webConcurrency).toBe(os.availableParallelism());
    expect(loadConfig({ NODE_ENV: 'production' }).webConcurrency).toBe(os.availableParallelism());
    expect(loadConfig({ NODE_ENV: 'test' }).webConcurrency).toBe(1);
    expect(loadConfig({ NODE_ENV: 'test', WEB_CONCURRENCY: '3' }).webConcurrency).toBe(3);
    expect(loadConfig({ WEB_CONCURRENCY: '1' }).webConcurrency).toBe(1);
  });

  test('a bad value names the variable', () => {
    expect(() => loadConfig({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY="0": must be positive/);
    expect(() => loadConfig({ WEB_CONCURRENCY: 'many' })).toThrow(/WEB_CONCURRENCY="many": must be a number/);
    expect(() => loadConfig({ WEB_CONCURRENCY: '1000' })).toThrow(/WEB_CONCURRENCY="1000": must be at most 256/);
  });
});

describe('restart policy', () => {
  const policy: RestartPolicy = { windowMs: 60_000, maxCrashes: 4, initialDelayMs: 100, maxDelayMs: 500 };

  test('each crash within the window doubles the wait, up to the most', () => {
    const times: number[] = [];
    const delays = [0, 1000, 2000, 3000].map((t) => onCrash(times, t, policy));
    expect(delays.map((d) => (d.giveUp ? 'give up' : d.delayMs))).toEqual([100, 200, 400, 500]);
  });

  test('too many crashes within the window: give up', () => {
    const times: number[] = [];
    for (let t = 0; t < 4; t++) expect(onCrash(times, t * 1000, policy).giveUp).toBe(false);
    expect(onCrash(times, 5000, policy)).toEqual({ giveUp: true, crashes: 5 });
  });

  test('crashes older than the window are forgotten: a worker that dies now and then is always replaced, promptly', () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const decision = onCrash(times, i * 61_000, policy);
      expect(decision).toEqual({ giveUp: false, crashes: 1, delayMs: 100 });
    }
  });
});
