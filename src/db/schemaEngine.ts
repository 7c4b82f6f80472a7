// Prisma's schema engine as WebAssembly, so migrations work on machines with no
// network: the Prisma CLI would otherwise download a native engine first.
//
// The wasm comes from the `prisma` package (it matches the CLI's version); the
// JavaScript glue that loads it comes from `@prisma/schema-engine-wasm`. Both
// packages are ES modules, which CommonJS code under Jest cannot require, so
// the glue's source is evaluated here as a function body instead.
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

/** The few logging calls the database plumbing makes; a pino logger or `console` fits. */
export interface DbLogger {
  info(message: string): void;
  warn(message: string): void;
  debug?(message: string): void;
}

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
const LOCKFILE_NAME = 'migration_lock.toml';

// ---- the subset of @prisma/schema-engine-wasm's types used here ----------

type JsResult<T, E> = { tag: 'ok'; value: T } | { tag: 'error'; value: E };
export interface MigrationList {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: { path: string; migrationFile: { path: string; content: JsResult<string, string> } }[];
}
export interface SchemaFilter {
  externalTables: string[];
  externalEnums: string[];
}
export type DiffTarget =
  | { tag: 'empty' }
  | { tag: 'schemaDatamodel'; files: { path: string; content: string }[] }
  | { tag: 'url'; url: string }
  | ({ tag: 'migrations' } & MigrationList);

/** The engine's methods take and return plain JSON objects (see schema_engine.d.ts). */
export type WasmSchemaEngine = Record<string, ((input?: unknown) => Promise<any>) | undefined> & {
  applyMigrations(input: { migrationsList: MigrationList; filters: SchemaFilter }): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: { from: DiffTarget; to: DiffTarget; script: boolean; shadowDatabaseUrl: string | null; exitCode: boolean | null; filters: SchemaFilter }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

interface WasmGlue {
  SchemaEngine: { new: (options: { datamodels: [string, string][] }, log: (line: string) => void, adapterFactory: unknown) => Promise<WasmSchemaEngine> };
  version(): string;
}

export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

// ---- loading the wasm -----------------------------------------------------

let glue: WasmGlue | undefined;

// lib "ES2023" has no WebAssembly typings (they live in lib "dom"); Node has the API.
const { WebAssembly: wasmApi } = globalThis as unknown as {
  WebAssembly: {
    Module: new (bytes: Buffer) => object;
    Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
  };
};

// The engine arms a 10 s advisory-lock timeout through the glue's setTimeout
// import; an unref'd timer lets the process exit as soon as the work is done.
function unrefSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  return setTimeout(callback, ms).unref();
}

// A Rust panic in the engine reports its message here before the wasm traps.
export const panicRegistry = {
  message: undefined as string | undefined,
  set_message(message: string) {
    this.message = message;
  },
};

function loadGlue(): WasmGlue {
  if (glue) return glue;
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
  const source = readFileSync(gluePath, 'utf8');
  const exportNames = [...source.matchAll(/^export (?:function|class) (\w+)/gm)].map((match) => match[1]!);
  const body = `${source.replace(/^export (function|class) /gm, '$1 ')}\nreturn { ${exportNames.join(', ')} };`;
  // The glue reaches for `module.require` only as a fallback for crypto.
  const evaluate = new Function('setTimeout', 'module', body) as (...args: unknown[]) => Record<string, unknown>;
  const glueExports = evaluate(unrefSetTimeout, module);
  const wasmModule = new wasmApi.Module(readFileSync(wasmPath));
  const instance = new wasmApi.Instance(wasmModule, { './schema_engine_bg.js': glueExports });
  (glueExports.__wbg_set_wasm as (wasm: unknown) => void)(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  glue = glueExports as unknown as WasmGlue;
  return glue;
}

// ---- reading the migrations folder ----------------------------------------

/** Folder names of prisma/migrations/* that hold a migration.sql, in the order Prisma applies them. */
export function migrationNames(migrationsDir = MIGRATIONS_DIR): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir)
    .filter((name) => existsSync(path.join(migrationsDir, name, 'migration.sql')) && statSync(path.join(migrationsDir, name)).isDirectory())
    .sort();
}

export function readMigrationsList(migrationsDir = MIGRATIONS_DIR): MigrationList {
  const lockfilePath = path.join(migrationsDir, LOCKFILE_NAME);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE_NAME, content: existsSync(lockfilePath) ? readFileSync(lockfilePath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: migrationNames(migrationsDir).map((name) => ({
      path: name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') } },
    })),
  };
}

// ---- the driver adapter ---------------------------------------------------

/**
 * Separate connection fields, never `{ connectionString }`: node-postgres lets
 * a connection string override `database`, which would make the adapter's
 * "shadow database" silently be the live one.
 */
export function pgConfigFromUrl(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new Error(`DATABASE_URL must start with postgresql://, got "${url.protocol}//…"`);
  }
  const schema = url.searchParams.get('schema');
  if (schema && schema !== 'public') throw new Error(`Only the "public" schema is supported (DATABASE_URL has schema=${schema})`);
  return {
    host: decodeURIComponent(url.hostname) || 'localhost',
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
    max: 2,
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * @prisma/adapter-pg 7.10 throws on Postgres's internal one-byte `"char"` type
 * (OID 18), which the engine reads from pg_constraint and friends whenever it
 * describes a database (diff, migrate dev; not applying). Let node-postgres
 * parse such columns as text, then tell the engine they are `Character`, the
 * type it expects. Relies on the adapter's private performIO (versions are pinned).
 */
function readCharColumns(adapter: SqlDriverAdapter): void {
  const internals = adapter as unknown as {
    performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
    queryRaw(query: unknown): Promise<{ columnTypes: number[]; rows: unknown[] }>;
  };
  if (typeof internals.performIO !== 'function') return;
  const charColumnsByRows = new WeakMap<object, number[]>();
  const performIO = internals.performIO.bind(adapter);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(index);
      }
    });
    if (charColumns.length > 0) charColumnsByRows.set(result.rows, charColumns);
    return result;
  };
  const queryRaw = internals.queryRaw.bind(adapter);
  internals.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsByRows.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A PrismaPg factory that remembers every adapter it hands out, because the
 * engine never closes its connections; `disposeAll()` closes them and drops
 * any shadow databases (after closing their pool, so the drop succeeds).
 */
class TrackedPgAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly adapters: SqlDriverAdapter[] = [];
  private readonly shadowDatabases: string[] = [];

  constructor(private readonly config: pg.PoolConfig) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(await new PrismaPg(this.config).connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
    await this.adminQuery(`CREATE DATABASE ${quoteIdent(database)}`);
    this.shadowDatabases.push(database);
    const adapter = this.track(await new PrismaPg({ ...this.config, database }).connect());
    // The engine disposes the shadow adapter when done with it: drop the database then.
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.dropShadowDatabase(database);
    };
    return adapter;
  }

  private async dropShadowDatabase(database: string): Promise<void> {
    const index = this.shadowDatabases.indexOf(database);
    if (index < 0) return;
    this.shadowDatabases.splice(index, 1);
    await this.adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    readCharColumns(adapter);
    this.adapters.push(adapter);
    return adapter;
  }

  async disposeAll(): Promise<void> {
    const adapters = this.adapters.splice(0);
    await Promise.allSettled(adapters.map((adapter) => adapter.dispose()));
    for (const database of [...this.shadowDatabases]) await this.dropShadowDatabase(database);
  }

  private async adminQuery(sql: string): Promise<void> {
    const client = new pg.Client(this.config);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

// ---- the engine session ----------------------------------------------------

export interface SchemaEngineSession {
  engine: WasmSchemaEngine;
  /** Frees the engine and closes every connection it opened. Idempotent. */
  close(): Promise<void>;
}

export interface OpenSchemaEngineOptions {
  /** Schema files handed to the engine; defaults to prisma/schema.prisma. */
  schemaFiles?: { path: string; content: string }[];
  logger?: DbLogger;
}

export function readSchemaFiles(schemaPath = SCHEMA_PATH): { path: string; content: string }[] {
  return [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }];
}

export async function openSchemaEngine(databaseUrl: string, options: OpenSchemaEngineOptions = {}): Promise<SchemaEngineSession> {
  const { SchemaEngine } = loadGlue();
  const factory = new TrackedPgAdapterFactory(pgConfigFromUrl(databaseUrl));
  const schemaFiles = options.schemaFiles ?? readSchemaFiles();
  const logLine = (line: string) => options.logger?.debug?.(`schema-engine: ${line}`);
  const engine = await SchemaEngine.new(
    { datamodels: schemaFiles.map((file) => [file.path, file.content]) },
    logLine,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  let closed = false;
  return {
    engine,
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await factory.disposeAll();
    },
  };
}

/** Engine errors arrive as objects or JSON strings; make them one readable line. */
export function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') {
    try {
      return describeEngineError(JSON.parse(error));
    } catch {
      return error;
    }
  }
  if (error && typeof error === 'object') {
    const record = error as { message?: unknown; error?: unknown };
    if (typeof record.message === 'string') return record.message;
    if (typeof record.error === 'string') return record.error;
    return JSON.stringify(error);
  }
  return String(error);
}

export function wasmEngineVersion(): string {
  return loadGlue().version();
}
