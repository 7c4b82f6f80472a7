// What globalSetup leaves for globalTeardown (Jest runs both in one process).
export interface RunState {
  serverUrl?: string;
  template?: string;
  /** Embedded server only. */
  dataDir?: string;
  stop?: () => Promise<void>;
}

const KEY = Symbol.for('kca.tests.runState');
type WithRunState = typeof globalThis & { [KEY]?: RunState };

export function setRunState(update: RunState): void {
  const holder = globalThis as WithRunState;
  holder[KEY] = { ...holder[KEY], ...update };
}

export function takeRunState(): RunState {
  const holder = globalThis as WithRunState;
  const state = holder[KEY] ?? {};
  delete holder[KEY];
  return state;
}
