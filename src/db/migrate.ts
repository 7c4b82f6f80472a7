// Applying prisma/migrations/* without the Prisma CLI or a network: the same
// effect as `prisma migrate deploy` (same `_prisma_migrations` rows and
// checksums), through the WebAssembly schema engine; then the ingest queue's
// schema (pg-boss, src/db/queue.ts).
import pg from 'pg';
import {
  MIGRATIONS_DIR,
  NO_FILTER,
  describeEngineError,
  migrationNames,
  openSchemaEngine,
  pgConfigFromUrl,
  readMigrationsList,
  type DbLogger,
} from './schemaEngine';
import { QUEUE_SCHEMA, installQueue } from './queue';

export interface ApplyMigrationsOptions {
  logger?: DbLogger;
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
}

// The engine's own advisory lock gives up after 10 s; callers queue on this
// lock first (a different key), so concurrent deploys wait instead of failing.
const DEPLOY_LOCK_KEY = 7_262_021_001;
const DEPLOY_LOCK_WAIT = '5min';

export async function applyMigrations(databaseUrl: string, options: ApplyMigrationsOptions = {}): Promise<{ applied: string[] }> {
  const migrationsList = readMigrationsList(options.migrationsDir ?? MIGRATIONS_DIR);
  if (migrationsList.lockfile.content === null) {
    throw new Error(`No migration_lock.toml in ${migrationsList.baseDir}: the migrations folder is incomplete`);
  }
  const lockClient = new pg.Client(pgConfigFromUrl(databaseUrl));
  try {
    await lockClient.connect();
  } catch (error) {
    throw new Error(`Cannot connect to the database to apply migrations: ${describeEngineError(error)}`);
  }
  try {
    await lockClient.query(`SET lock_timeout = '${DEPLOY_LOCK_WAIT}'`);
    await lockClient.query('SELECT pg_advisory_lock($1)', [DEPLOY_LOCK_KEY]);
    let applied: string[];
    const session = await openSchemaEngine(databaseUrl, { logger: options.logger });
    try {
      const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      for (const name of appliedMigrationNames) options.logger?.info(`Applied migration ${name}`);
      applied = appliedMigrationNames;
    } catch (error) {
      throw new Error(`Applying migrations failed: ${describeEngineError(error)}`);
    } finally {
      await session.close();
    }
    // The ingest queue's tables are pg-boss's (its SQL ships in the package: nothing is downloaded), in schema pgboss.
    try {
      await installQueue(databaseUrl);
    } catch (error) {
      throw new Error(`Installing the ingest queue (pg-boss, schema ${QUEUE_SCHEMA}) failed: ${describeEngineError(error)}`);
    }
    return { applied };
  } finally {
    // Ending the session releases the advisory lock too.
    await lockClient.end().catch(() => undefined);
  }
}

export interface MigrationStatus {
  upToDate: boolean;
  /** Migration folders not (successfully) applied yet. */
  pending: string[];
  /** Migrations that started and did not finish: need `prisma migrate resolve`. */
  failed: string[];
}

/** A cheap read for readiness checks: `_prisma_migrations` against the folder names. */
export async function migrationStatus(databaseUrl: string, migrationsDir = MIGRATIONS_DIR): Promise<MigrationStatus> {
  const client = new pg.Client(pgConfigFromUrl(databaseUrl));
  await client.connect();
  try {
    const expected = migrationNames(migrationsDir);
    const { rows: tableRows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
    );
    if (!tableRows[0]?.exists) return { upToDate: expected.length === 0, pending: expected, failed: [] };
    const { rows } = await client.query<{ migration_name: string; finished: boolean }>(
      'SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations WHERE rolled_back_at IS NULL',
    );
    const finished = new Set(rows.filter((row) => row.finished).map((row) => row.migration_name));
    const failed = [...new Set(rows.filter((row) => !row.finished).map((row) => row.migration_name))];
    const pending = expected.filter((name) => !finished.has(name));
    return { upToDate: pending.length === 0 && failed.length === 0, pending, failed };
  } finally {
    await client.end();
  }
}
