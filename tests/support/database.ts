// Databases for tests. globalSetup provides one PostgreSQL server per run (an
// embedded one, or the server of DATABASE_URL when that is set) and one
// database there with all migrations applied, used as a template: each
// createTestDatabase() is a `CREATE DATABASE … TEMPLATE` copy of it, so test
// files never see each other's rows and migrations run once per run.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { applyMigrations } from '../../src/db/migrate';
import { pgConfigFromUrl } from '../../src/db/schemaEngine';

/** Set by globalSetup for the test workers. */
export const ENV_SERVER_URL = 'TEST_PG_SERVER_URL';
export const ENV_TEMPLATE_DATABASE = 'TEST_PG_TEMPLATE_DATABASE';

export interface TestDatabase {
  /** postgresql:// URL of the new database. */
  url: string;
  name: string;
  /** Drops the database, closing any connections still open to it. */
  drop(): Promise<void>;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The same server and credentials, another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  const worker = process.env.JEST_WORKER_ID ?? '0';
  return `${prefix}_w${worker}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgConfigFromUrl(serverUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** Creates the migrated template database (globalSetup calls this once per run). */
export async function createTemplateDatabase(serverUrl: string): Promise<string> {
  const name = uniqueDatabaseName('test_template');
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  try {
    await applyMigrations(withDatabase(serverUrl, name));
  } catch (error) {
    await dropDatabase(serverUrl, name);
    throw error;
  }
  return name;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run tests through Jest (jest.config.js globalSetup provides the database server)`);
  }
  return value;
}

export interface CreateTestDatabaseOptions {
  /** false: an empty database with no migrations applied (to test migrating itself). Default true. */
  migrated?: boolean;
}

/** A fresh, uniquely named database on the test server; migrated unless asked otherwise. */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = requireEnv(ENV_SERVER_URL);
  const name = uniqueDatabaseName('test');
  const template = options.migrated === false ? 'template0' : requireEnv(ENV_TEMPLATE_DATABASE);
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`));
  let dropped = false;
  return {
    url: withDatabase(serverUrl, name),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await dropDatabase(serverUrl, name);
    },
  };
}

/** URL of a database on the test server that may run CREATE DATABASE; for tests of the plumbing itself. */
export function testServerUrl(): string {
  return requireEnv(ENV_SERVER_URL);
}

/** A URL on 127.0.0.1 where nothing listens. */
export async function deadUrl(): Promise<string> {
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
  return `postgresql://postgres:postgres@127.0.0.1:${port}/none`;
}
