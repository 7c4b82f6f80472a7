// Once per Jest run: a PostgreSQL server and the migrated template database.
// DATABASE_URL set: use that server (its user needs CREATEDB) and start nothing.
// Unset: start one embedded Postgres in a throwaway directory.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres';
import { ENV_SERVER_URL, ENV_TEMPLATE_DATABASE, createTemplateDatabase } from './database';
import globalTeardown from './globalTeardown';
import { setRunState } from './runState';

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'jest-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    serverUrl = server.adminUrl;
    setRunState({ dataDir, stop: server.stop });
  }
  let template: string;
  try {
    template = await createTemplateDatabase(serverUrl);
  } catch (error) {
    await globalTeardown(); // Jest skips teardown when setup fails
    throw error;
  }
  setRunState({ serverUrl, template });
  // Workers start after globalSetup and inherit these.
  process.env[ENV_SERVER_URL] = serverUrl;
  process.env[ENV_TEMPLATE_DATABASE] = template;
}
