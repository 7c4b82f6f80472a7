/**
 * Config → a migrated, reachable database: the embedded Postgres under
 * DATA_DIR when DATABASE_URL is unset, that server otherwise. Shared by
 * `npm start` and `npm run seed`.
 */
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDatabase, poolOptions, type Database } from './client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embeddedPostgres';
import { applyMigrations } from './migrate';
import { openReadReplica, type ReadReplica } from './replica';

export interface OpenDatabase {
  url: string;
  db: Database;
  embedded: EmbeddedPostgres | undefined;
  /** The streaming replica of DATABASE_READ_URL, when set (reads only; see src/db/replica.ts). */
  replica?: ReadReplica | undefined;
  /** Closes the pools, then stops the embedded server if we started one. Idempotent. */
  close(): Promise<void>;
}

/** A failure the user can act on, shown as one line. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the configured server';
  }
}

/**
 * A pool on a database someone else opened and migrated (a cluster worker,
 * given the primary's URL), checked with one query. No migrations.
 */
export async function connectDatabase(config: Config, url: string): Promise<Database> {
  const db = createDatabase(url, poolOptions(config));
  try {
    await db.pool.query('SELECT 1');
  } catch (e) {
    await db.close().catch(() => undefined);
    throw new StartupError(`Cannot reach the database at ${describeUrl(url)} (DATABASE_URL): ${(e as Error).message || String(e)}`);
  }
  return db;
}

/** DATABASE_READ_URL's replica beside `db`, when set (each process that serves reads opens its own). */
export async function openReplicaOf(config: Config, db: Database, logger: Logger): Promise<ReadReplica | undefined> {
  if (!config.readReplica) return undefined;
  // A replica that is down or behind at start is not fatal: reads go to the primary until it serves.
  const replica = await openReadReplica(config.readReplica.url, db.pool, { ...poolOptions(config), maxLagMs: config.readReplica.maxLagMs, checkIntervalMs: config.readReplica.checkIntervalMs, logger });
  const status = replica.status();
  const line = `read replica at ${describeUrl(config.readReplica.url)} (DATABASE_READ_URL): ${status.state}${status.detail ? ` (${status.detail}); reads go to the primary meanwhile` : ''}`;
  if (status.serving) logger.info(line);
  else logger.warn(line);
  return replica;
}

/** `readReplica`: also open DATABASE_READ_URL's replica (the server does; the CLIs and workers only write). */
export async function openDatabase(config: Config, logger: Logger, options: { ownProcessGroup?: boolean; readReplica?: boolean } = {}): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, 'DATABASE_URL is unset: starting the embedded Postgres');
    // Every cluster worker has a pool of DB_POOL_MAX, and the primary one more: room for all of them, and for CLIs beside.
    const maxConnections = Math.max(100, (config.webConcurrency + 1) * config.db.poolMax + 20);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, logger, ownProcessGroup: options.ownProcessGroup, maxConnections });
    url = embedded.url;
  }
  let db: Database;
  try {
    db = await connectDatabase(config, url);
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
  const close = async () => {
    await db.close().catch(() => undefined);
    await embedded?.stop();
  };
  // Behind a transaction-mode pooler, migrations (session-level advisory locks) go to DATABASE_DIRECT_URL.
  const migrateUrl = config.databaseUrl && config.databaseDirectUrl ? config.databaseDirectUrl : url;
  try {
    const { applied } = await applyMigrations(migrateUrl, { logger });
    logger.info({ applied: applied.length }, applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  } catch (e) {
    await close();
    throw new StartupError(`Could not apply migrations to ${describeUrl(migrateUrl)}${migrateUrl === url ? '' : ' (DATABASE_DIRECT_URL)'}: ${(e as Error).message}`);
  }
  const replica = options.readReplica ? await openReplicaOf(config, db, logger) : undefined;
  return {
    url,
    db,
    embedded,
    replica,
    async close() {
      await replica?.close().catch(() => undefined);
      await close();
    },
  };
}
