// PostgreSQL 15 (Debian's postgresql-15 package), the oldest server the
// product supports through DATABASE_URL. Tests on it run where the binaries
// are installed; elsewhere they are skipped with a message saying how to
// enable them, except with CI=true (.ci/run installs the package), where a
// missing server fails the test instead.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embeddedPostgres';

export const PG15_BIN_DIR = '/usr/lib/postgresql/15/bin';
export const HAVE_PG15 = ['initdb', 'postgres'].every((binary) => existsSync(path.join(PG15_BIN_DIR, binary)));
const IN_CI = process.env.CI === 'true';
export const PG15_HOW_TO_ENABLE = `PostgreSQL 15 not found in ${PG15_BIN_DIR}: apt-get install postgresql-15 enables this test`;

/**
 * `describe` when PostgreSQL 15 is installed. Without it: with CI=true, one
 * failing test saying what is missing; otherwise the block is skipped, its
 * name and a warning saying how to enable it.
 */
export function describeOnPostgres15(name: string, body: () => void): void {
  if (HAVE_PG15) {
    describe(name, body);
  } else if (IN_CI) {
    describe(name, () => {
      test(`requires PostgreSQL 15 with CI=true`, () => {
        throw new Error(`CI=true requires the PostgreSQL 15 tests: ${PG15_HOW_TO_ENABLE}`);
      });
    });
  } else {
    console.warn(`"${name}" skipped. ${PG15_HOW_TO_ENABLE}.`);
    describe.skip(`${name} (skipped: ${PG15_HOW_TO_ENABLE})`, body);
  }
}

export interface Postgres15 extends EmbeddedPostgres {
  /** The cluster's temporary directory, removed by stop(). */
  dataDir: string;
}

/**
 * A throwaway PostgreSQL 15 cluster: initdb in a temporary directory, then
 * `postgres` on a free 127.0.0.1 port (as the OS user `postgres` when run as
 * root), through src/db/embeddedPostgres.ts with PG15's binaries. stop()
 * stops it and removes the directory.
 */
export async function startPostgres15(options: { databaseName?: string } = {}): Promise<Postgres15> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pg15-'));
  let server: EmbeddedPostgres;
  try {
    server = await startEmbeddedPostgres({ dataDir, binDir: PG15_BIN_DIR, ephemeral: true, databaseName: options.databaseName });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...server,
    dataDir,
    async stop() {
      try {
        await server.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
