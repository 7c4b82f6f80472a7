/**
 * A real server for end-to-end tests: a fresh migrated database (optionally
 * with the seed articles loaded), the app from src/server.ts listening on
 * 127.0.0.1 on a free port, and a record of every SQL statement its pool sent.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createDatabase, poolOptions, type Database } from '../../src/db/client';
import { collectArticleFiles, loadArticleFiles } from '../../src/ingest/files';
import { createLogger, type Logger } from '../../src/logger';
import { createApp, type App } from '../../src/server';
import { createTestDatabase, type TestDatabase } from './database';
import { countingClientClass } from './statementCounter';

export const SEED_DIR = path.resolve(__dirname, '..', '..', 'seed', 'articles');

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[]; extensions?: Record<string, unknown> };
}

export interface TestApp {
  url: string;
  db: Database;
  database: TestDatabase;
  app: App;
  /** SQL text of every statement the app's pool sent, in order. */
  statements: string[];
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * `logger`: where the app logs (default: nowhere), e.g. a pino logger writing to a stream the test reads.
 * `migrated: false`: the app runs on an empty database with no migrations applied (nothing is seeded).
 */
export async function startTestApp(options: { seed?: boolean; env?: Record<string, string>; logger?: Logger; migrated?: boolean } = {}): Promise<TestApp> {
  const migrated = options.migrated !== false;
  const database = await createTestDatabase({ migrated });
  const statements: string[] = [];
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  // The pool as the app would configure it (DB_POOL_MAX, acquire and statement timeouts from `env`).
  const db = createDatabase(database.url, { ...poolOptions(config), client: countingClientClass(statements) });
  if (migrated && options.seed !== false) await loadArticleFiles(db.prisma, await collectArticleFiles([SEED_DIR]));
  const app = await createApp({ config, db, databaseUrl: database.url, logger: options.logger ?? createLogger('silent') });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    db,
    database,
    app,
    statements,
    async gql(query, variables) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
    },
    async close() {
      await app.stop();
      await db.close();
      await database.drop();
    },
  };
}
