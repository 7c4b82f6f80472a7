/**
 * When a worker dies, how long to wait before forking its replacement, or
 * whether to give up: a worker that crashes on every start must not make the
 * primary fork in a tight loop. Each crash in the last `windowMs` doubles the
 * wait (from `initialDelayMs` up to `maxDelayMs`); more than `maxCrashes` in
 * the window means something is wrong that restarting will not fix, and the
 * primary exits 1 (a process manager, or the operator, takes it from there).
 */
export interface RestartPolicy {
  windowMs: number;
  maxCrashes: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { windowMs: 60_000, maxCrashes: 10, initialDelayMs: 100, maxDelayMs: 10_000 };

export type RestartDecision = { giveUp: true; crashes: number } | { giveUp: false; crashes: number; delayMs: number };

/** Records a crash at `now` in `crashTimes` (kept to the window) and decides. */
export function onCrash(crashTimes: number[], now: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): RestartDecision {
  crashTimes.push(now);
  while (crashTimes.length && crashTimes[0]! <= now - policy.windowMs) crashTimes.shift();
  const crashes = crashTimes.length;
  if (crashes > policy.maxCrashes) return { giveUp: true, crashes };
  return { giveUp: false, crashes, delayMs: Math.min(policy.initialDelayMs * 2 ** (crashes - 1), policy.maxDelayMs) };
}
