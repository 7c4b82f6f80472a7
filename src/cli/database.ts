/**
 * The database a command line tool works on: DATABASE_URL's, or the embedded
 * Postgres under DATA_DIR. Beside a running `npm start` on the same DATA_DIR
 * it is that server's Postgres (its address is in the owner file the server
 * keeps there), so no second Postgres is started; the tool says so.
 */
import type { Config } from '../config';
import { openDatabase, type OpenDatabase } from '../db/bootstrap';
import { runningEmbeddedPostgres } from '../db/embeddedPostgres';
import type { Logger } from '../logger';

/** `doing`: what the tool does there, for its first line ("Loading into", "Re-extracting in"). */
export async function openCliDatabase(config: Config, logger: Logger, doing: string): Promise<OpenDatabase> {
  const running = config.databaseUrl ? undefined : runningEmbeddedPostgres(config.dataDir);
  if (running) console.log(`${doing} the embedded Postgres of the server running on ${config.dataDir} (process ${running.ownerPid}).`);
  return openDatabase(running ? { ...config, databaseUrl: running.url } : config, logger);
}

/** Runs a tool's main and exits with its code; an error is one line on stderr and exit code 1. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: Error) => {
      console.error(`error: ${e.message}`);
      process.exit(1);
    },
  );
}
