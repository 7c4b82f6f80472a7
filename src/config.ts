/**
 * The only reader of process.env. Every setting is validated once at start,
 * typed and frozen; a bad value fails fast with a message naming the variable.
 * The README's configuration table mirrors this file.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be positive');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');

/** REQUEST_MAX_BODY_BYTES when unset: 1 MB. */
export const DEFAULT_REQUEST_MAX_BODY_BYTES = 1_000_000;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(65535, 'must be a TCP port (0-65535)').default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: postgresUrl.optional(),
  /** Postgres itself (or a session-mode pool) for migrations, which take session-level advisory locks; needed with DATABASE_POOLER=transaction. */
  DATABASE_DIRECT_URL: postgresUrl.optional(),
  /** A streaming replica of DATABASE_URL for read-only operations (src/db/replica.ts); unset: everything reads the primary. */
  DATABASE_READ_URL: postgresUrl.optional(),
  /** The replica serves reads only while it is at most this far behind the primary; beyond, reads go to the primary. */
  DATABASE_READ_MAX_LAG_MS: positiveInt.default(5000),
  /** How often the replica's state (reachable, replaying, lag, a read-path statement) is checked. */
  DATABASE_READ_CHECK_INTERVAL_MS: positiveInt.default(1000),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_START: bool.default(true),
  /** After an upgrade, re-extract (in the background, once listening) the articles an older extractor version made. */
  REEXTRACT_ON_START: bool.default(true),
  SEED_DIR: z.string().min(1).default('seed/articles'),
  /** Comma-separated origins allowed by CORS; "*" allows any. */
  CORS_ORIGINS: z.string().default('*'),
  DB_POOL_MAX: positiveInt.default(10),
  DB_POOL_ACQUIRE_TIMEOUT_MS: positiveInt.default(5000),
  DB_STATEMENT_TIMEOUT_MS: positiveInt.default(15000),
  /** `transaction`: DATABASE_URL is a transaction-mode pooler (PgBouncer): no named statements, no session settings (src/db/client.ts). */
  DATABASE_POOLER: z.enum(['none', 'transaction'], { message: 'must be none or transaction' }).default('none'),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10000),
  /** HTTP worker processes sharing the port (node:cluster); unset: one per CPU, except under NODE_ENV=test (one). 1: no cluster, one process. */
  WEB_CONCURRENCY: positiveInt.max(256, 'must be at most 256').optional(),
  /** Longest a GraphQL request may take (body, execution, response) before it is answered with 503 REQUEST_TIMEOUT. */
  REQUEST_TIMEOUT_MS: positiveInt.default(30000),
  /** Largest POST body on /graphql, in bytes; a larger one gets 413 PAYLOAD_TOO_LARGE. */
  REQUEST_MAX_BODY_BYTES: positiveInt.default(DEFAULT_REQUEST_MAX_BODY_BYTES),
  /** Serve Prometheus metrics at /metrics. */
  METRICS_ENABLED: bool.default(true),
  /** Serve the GraphQL IDE to browsers on GET /graphql. */
  IDE_ENABLED: bool.default(true),
  /** Serve the explorer (the web app for people who do not write GraphQL) at /. */
  EXPLORER_ENABLED: bool.default(true),
  /** Schema introspection; on by default in every NODE_ENV (a public, documented API). */
  INTROSPECTION_ENABLED: bool.default(true),
  /** How operations execute: graphql-jit (compiled once per query, the default; see src/execution/jit.ts), or graphql-js interpreting each request. */
  GRAPHQL_EXECUTOR: z.enum(['jit', 'graphql-js']).default('jit'),
  /** Bearer tokens that may write (comma-separated, for rotation), each `label:token` or a plain token; unset: writes disabled. */
  ADMIN_TOKEN: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      for (const problem of adminTokenProblems(value ?? '')) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** Query limits, checked before execution (src/limits; numbers explained in README "Query limits"). */
  QUERY_MAX_DEPTH: positiveInt.default(6),
  QUERY_MAX_ALIASES: positiveInt.default(15),
  QUERY_MAX_TOKENS: positiveInt.default(1000),
  QUERY_MAX_DIRECTIVES: positiveInt.default(50),
  QUERY_MAX_COST: positiveInt.default(5000),
  /** Ingestion queue (pg-boss, src/db/queue.ts): retries after the first failed attempt, before the job is dead. */
  QUEUE_RETRY_LIMIT: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(20, 'must be at most 20').default(3),
  /** First retry's delay; each later one doubles (with jitter). */
  QUEUE_RETRY_DELAY_SECONDS: positiveInt.default(10),
  /** An active job older than this is taken to have lost its worker (killed, crashed) and is retried. */
  QUEUE_JOB_TIMEOUT_SECONDS: positiveInt.default(120),
  /** How often workers look for timed-out jobs and archive finished ones. */
  QUEUE_MAINTENANCE_INTERVAL_SECONDS: positiveInt.default(30),
  /** How long an idle worker waits before asking for work again. */
  QUEUE_POLL_INTERVAL_MS: positiveInt.min(500, 'must be at least 500').default(2000),
  /** Batch loads (`npm run seed`): extract the next article on a thread while the current one is written, or in place (one core per loader). */
  INGEST_EXTRACT_THREAD: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  /** Jobs one `npm run worker` process loads at a time. */
  WORKER_CONCURRENCY: positiveInt.max(32, 'must be at most 32').default(1),
}).superRefine((e, ctx) => {
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    ctx.addIssue({ code: 'custom', path: ['DATABASE_READ_URL'], message: 'needs DATABASE_URL (the primary it replicates): the embedded Postgres has no replica' });
  }
  // A transaction-mode pooler would keep the migration locks held on a server connection after we leave: the next deploy waits, then fails.
  if (e.DATABASE_POOLER === 'transaction' && e.DATABASE_URL && !e.DATABASE_DIRECT_URL) {
    ctx.addIssue({ code: 'custom', path: ['DATABASE_DIRECT_URL'], message: 'must be set with DATABASE_POOLER=transaction: migrations need a session (Postgres itself, or a session-mode pool), not the transaction pooler of DATABASE_URL' });
  }
});

export type Env = z.infer<typeof envSchema>;

/** Variables whose values configuration errors do not repeat. */
const SECRET_VARIABLES = new Set(['ADMIN_TOKEN']);

/** A token that may write, and the label corrections record as their actor (never the token). */
export interface AdminToken {
  readonly label: string;
  readonly token: string;
}

/** What a label may look like: a name, an e-mail address, a team; no spaces, commas or colons. */
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;

/** The label a plain token (no `label:`) gets: `token-` and the first 8 hex digits of its sha256, which tells tokens apart without revealing them. */
export function defaultTokenLabel(token: string): string {
  return `token-${createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 8)}`;
}

const entriesOf = (value: string): string[] => value.split(',').map((t) => t.trim()).filter(Boolean);

function adminTokenProblems(value: string): string[] {
  return entriesOf(value).flatMap((entry, i) => {
    const colon = entry.indexOf(':');
    if (colon < 0) return [];
    const label = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    const problems: string[] = [];
    if (!LABEL.test(label)) problems.push(`entry ${i + 1}: the label before ':' must be 1-64 letters, digits or . _ @ + - (starting with a letter or digit)`);
    if (!token) problems.push(`entry ${i + 1}: no token after the label`);
    return problems;
  });
}

/** ADMIN_TOKEN's entries: `label:token` (split at the first ':') or a plain token, which gets its default label. */
export function parseAdminTokens(value: string): AdminToken[] {
  return entriesOf(value).map((entry) => {
    const colon = entry.indexOf(':');
    if (colon < 0) return Object.freeze({ label: defaultTokenLabel(entry), token: entry });
    return Object.freeze({ label: entry.slice(0, colon).trim(), token: entry.slice(colon + 1).trim() });
  });
}

export interface ReadReplicaConfig {
  readonly url: string;
  readonly maxLagMs: number;
  readonly checkIntervalMs: number;
}

export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  /** Set: use that server. Unset: start an embedded Postgres under dataDir. */
  readonly databaseUrl: string | undefined;
  /** Where migrations run when set (DATABASE_DIRECT_URL); otherwise the database of databaseUrl. */
  readonly databaseDirectUrl?: string | undefined;
  /** A streaming replica for reads (DATABASE_READ_URL) and when it may serve them; absent: reads go to databaseUrl. */
  readonly readReplica?: ReadReplicaConfig | undefined;
  readonly dataDir: string;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly seedOnStart: boolean;
  /** Re-extract articles of older extractor versions in the background after start (src/ingest/reextract.ts). */
  readonly reextractOnStart: boolean;
  readonly seedDir: string;
  readonly corsOrigins: readonly string[];
  readonly db: {
    readonly poolMax: number;
    readonly acquireTimeoutMs: number;
    readonly statementTimeoutMs: number;
    /** `transaction`: a transaction-mode pooler sits between us and Postgres (DATABASE_POOLER; loadConfig always sets it, absent means none). */
    readonly pooler?: 'none' | 'transaction';
  };
  readonly shutdownTimeoutMs: number;
  /** Worker processes serving HTTP (WEB_CONCURRENCY); 1 means one process and no cluster (src/cluster). */
  readonly webConcurrency: number;
  readonly requestTimeoutMs: number;
  /** Largest request body accepted on /graphql, in bytes (REQUEST_MAX_BODY_BYTES). */
  readonly requestMaxBodyBytes: number;
  readonly metricsEnabled: boolean;
  /** Browsers opening /graphql get the GraphQL IDE (GraphiQL); false: a short 404. */
  readonly ideEnabled: boolean;
  /** Browsers opening / get the explorer; false: / redirects to /graphql. */
  readonly explorerEnabled: boolean;
  readonly introspectionEnabled: boolean;
  readonly graphqlExecutor: 'jit' | 'graphql-js';
  /** Batch loads extract on a thread of their own (src/ingest/extractThread.ts), a step ahead of the writes. */
  readonly ingestExtractThread: boolean;
  /** Bearer tokens allowed to run mutations, with their labels (src/auth/index.ts); empty: writes are disabled. */
  readonly adminTokens: readonly AdminToken[];
  /** Refused before execution when exceeded; see src/limits. */
  /** The ingestion queue and its workers (README "Operations": workers, dead letters). */
  readonly queue: QueueConfig;
  readonly limits: {
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxTokens: number;
    readonly maxDirectives: number;
    readonly maxCost: number;
  };
}

export interface QueueConfig {
  readonly retryLimit: number;
  readonly retryDelaySeconds: number;
  readonly jobTimeoutSeconds: number;
  readonly maintenanceIntervalSeconds: number;
  readonly pollIntervalMs: number;
  readonly workerConcurrency: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset: `FOO= npm start` should mean "default".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    // Tokens are never repeated in a message (it goes to the log).
    const shown = (name: string) => (SECRET_VARIABLES.has(name) ? '(hidden)' : JSON.stringify(present[name] ?? ''));
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}=${shown(String(i.path[0]))}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseDirectUrl: e.DATABASE_DIRECT_URL,
    readReplica: e.DATABASE_READ_URL
      ? Object.freeze({ url: e.DATABASE_READ_URL, maxLagMs: e.DATABASE_READ_MAX_LAG_MS, checkIntervalMs: e.DATABASE_READ_CHECK_INTERVAL_MS })
      : undefined,
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    reextractOnStart: e.REEXTRACT_ON_START,
    seedDir: path.resolve(e.SEED_DIR),
    corsOrigins: Object.freeze(e.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)),
    db: Object.freeze({
      poolMax: e.DB_POOL_MAX,
      acquireTimeoutMs: e.DB_POOL_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
      pooler: e.DATABASE_POOLER,
    }),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    // Every core by default; tests (NODE_ENV=test) keep one process unless they ask for more.
    webConcurrency: e.WEB_CONCURRENCY ?? (e.NODE_ENV === 'test' ? 1 : os.availableParallelism()),
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    requestMaxBodyBytes: e.REQUEST_MAX_BODY_BYTES,
    metricsEnabled: e.METRICS_ENABLED,
    ideEnabled: e.IDE_ENABLED,
    explorerEnabled: e.EXPLORER_ENABLED,
    introspectionEnabled: e.INTROSPECTION_ENABLED,
    graphqlExecutor: e.GRAPHQL_EXECUTOR,
    ingestExtractThread: e.INGEST_EXTRACT_THREAD === 'on',
    adminTokens: Object.freeze(parseAdminTokens(e.ADMIN_TOKEN ?? '')),
    queue: Object.freeze({
      retryLimit: e.QUEUE_RETRY_LIMIT,
      retryDelaySeconds: e.QUEUE_RETRY_DELAY_SECONDS,
      jobTimeoutSeconds: e.QUEUE_JOB_TIMEOUT_SECONDS,
      maintenanceIntervalSeconds: e.QUEUE_MAINTENANCE_INTERVAL_SECONDS,
      pollIntervalMs: e.QUEUE_POLL_INTERVAL_MS,
      workerConcurrency: e.WORKER_CONCURRENCY,
    }),
    limits: Object.freeze({
      maxDepth: e.QUERY_MAX_DEPTH,
      maxAliases: e.QUERY_MAX_ALIASES,
      maxTokens: e.QUERY_MAX_TOKENS,
      maxDirectives: e.QUERY_MAX_DIRECTIVES,
      maxCost: e.QUERY_MAX_COST,
    }),
  });
}
