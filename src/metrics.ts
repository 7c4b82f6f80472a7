/**
 * Prometheus metrics (prom-client), one registry per app: tests that start
 * several apps in one process never share or double-register a metric.
 *
 * - http_requests_total{method,route,status}
 * - graphql_operation_duration_seconds{operation,type} (histogram)
 * - graphql_errors_total{code}
 * - db_pool_connections / db_pool_idle_connections / db_pool_waiting_requests / db_pool_max_connections
 * - articles_ingested_total{outcome}: the ingest path increments it
 * - extraction_stage_failures_total{stage}: extraction stages that threw on an ingested article
 * - ingest_queue_jobs{state}: jobs in the ingest queue by state, read from the database at each scrape
 * - process_* and nodejs_* defaults (CPU, memory, event loop lag, GC)
 *
 * With METRICS_ENABLED=false the counters still exist (callers need no
 * checks) but nothing is served and no default collectors run.
 */
import type { Pool } from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Outcomes of one article through the ingest path (`queued`: ingestArticle with `async: true`). */
export type IngestOutcome = 'created' | 'unchanged' | 'rejected' | 'failed' | 'queued';

/** Operation names are chosen by clients: past this many distinct ones, new names are counted as "other". */
const MAX_OPERATION_LABELS = 200;

export interface Metrics {
  readonly enabled: boolean;
  readonly registry: Registry;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly operationDuration: Histogram<'operation' | 'type'>;
  readonly errors: Counter<'code'>;
  /** `metrics.articlesIngested.inc({ outcome: 'created' })` once per article handled. */
  readonly articlesIngested: Counter<'outcome'>;
  /** `metrics.extractionStageFailures.inc({ stage })` per stage that threw (its records are missing). */
  readonly extractionStageFailures: Counter<'stage'>;
  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string;
}

export function createMetrics(options: { enabled: boolean; pool?: Pool }): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const operationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to its response, by operation name ("(anonymous)" when unnamed) and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers,
  });
  const articlesIngested = new Counter({
    name: 'articles_ingested_total',
    help: 'Articles handled by the ingest path of this process, by outcome (created, unchanged, rejected, failed, queued).',
    labelNames: ['outcome'] as const,
    registers,
  });
  const extractionStageFailures = new Counter({
    name: 'extraction_stage_failures_total',
    help: 'Extraction stages that threw on an ingested article (its records of that kind are missing), by stage.',
    labelNames: ['stage'] as const,
    registers,
  });
  const pool = options.pool;
  if (pool) {
    const poolGauge = (name: string, help: string, read: (p: Pool) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read(pool));
        },
      });
    poolGauge('db_pool_connections', 'Open Postgres connections in the pool (busy and idle).', (p) => p.totalCount);
    poolGauge('db_pool_idle_connections', 'Open Postgres connections not in use.', (p) => p.idleCount);
    poolGauge('db_pool_waiting_requests', 'Callers waiting for a free Postgres connection.', (p) => p.waitingCount);
    poolGauge('db_pool_max_connections', 'Largest pool size (DB_POOL_MAX).', (p) => p.options.max ?? 10);
  }
  if (options.enabled) collectDefaultMetrics({ register: registry });

  const seenOperations = new Set<string>();
  return {
    enabled: options.enabled,
    registry,
    httpRequests,
    operationDuration,
    errors,
    articlesIngested,
    extractionStageFailures,
    operationLabel(name) {
      if (!name) return '(anonymous)';
      if (seenOperations.has(name)) return name;
      if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
      seenOperations.add(name);
      return name;
    },
  };
}

/** The route label of a path: fixed routes by name, everything else lumped (paths are client-chosen). */
export function routeLabel(pathname: string): string {
  if (['/graphql', '/healthz', '/readyz', '/metrics', '/'].includes(pathname)) return pathname;
  if (pathname.startsWith('/ide/')) return '/ide/*';
  return 'other';
}

/**
 * embedded_postgres_restarts_total and embedded_postgres_deaths_total, read
 * from the supervisor of `npm start`'s embedded Postgres (src/db/embeddedSupervisor.ts)
 * whenever /metrics is scraped. Registered only when that Postgres is in use.
 */
export function registerEmbeddedPostgresMetrics(registry: Registry, supervisor: { readonly restarts: number; readonly deaths: number }): void {
  const fromSupervisor = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        const n = read();
        if (n > 0) this.inc(n);
      },
    });
  fromSupervisor('embedded_postgres_restarts_total', 'Times the embedded Postgres was restarted after it died.', () => supervisor.restarts);
  fromSupervisor('embedded_postgres_deaths_total', 'Times the embedded Postgres exited without being asked to.', () => supervisor.deaths);
}

/**
 * With a read replica (DATABASE_READ_URL), read whenever /metrics is scraped:
 * db_replica_serving (1 while reads may go to it), db_replica_lag_seconds
 * (-1 when unknown), db_read_statements_total{target} (replica or primary,
 * counted only with a replica configured) and db_replica_fallbacks_total
 * (statements the replica could not run that went to the primary instead).
 */
export function registerReadReplicaMetrics(
  registry: Registry,
  replica: { status(): { serving: boolean; lagMs: number | null }; readonly counts: { readonly replica: number; readonly primary: number; readonly fallbacks: number } },
): void {
  const registers = [registry];
  new Gauge({
    name: 'db_replica_serving',
    help: 'Whether the read replica serves reads now (1) or reads go to the primary (0).',
    registers,
    collect() {
      this.set(replica.status().serving ? 1 : 0);
    },
  });
  new Gauge({
    name: 'db_replica_lag_seconds',
    help: 'How far the read replica is behind the primary at its last check, in seconds; -1 when unknown.',
    registers,
    collect() {
      const lag = replica.status().lagMs;
      this.set(lag === null ? -1 : lag / 1000);
    },
  });
  new Counter({
    name: 'db_read_statements_total',
    help: 'Read statements sent by requests, by target (replica or primary).',
    labelNames: ['target'] as const,
    registers,
    collect() {
      this.reset();
      this.inc({ target: 'replica' }, replica.counts.replica);
      this.inc({ target: 'primary' }, replica.counts.primary);
    },
  });
  new Counter({
    name: 'db_replica_fallbacks_total',
    help: 'Read statements the replica could not run (unreachable, busy, recovery conflict) that ran on the primary instead.',
    registers,
    collect() {
      this.reset();
      this.inc(replica.counts.fallbacks);
    },
  });
}

/**
 * ingest_queue_jobs{state}: the ingest queue's jobs by state (QUEUED, ACTIVE, RETRYING, DEAD, LOADED,
 * CANCELLED), counted in the database at each scrape, so any API process shows the whole queue, whichever
 * machines its workers run on. While the count fails (database away) the gauge has no samples.
 */
export function registerQueueMetrics(registry: Registry, counts: () => Promise<Record<string, number>>): void {
  new Gauge({
    name: 'ingest_queue_jobs',
    help: 'Jobs in the ingest queue by state (QUEUED, ACTIVE, RETRYING, DEAD, LOADED, CANCELLED; LOADED and DEAD jobs are archived after 12 hours and 14 days).',
    labelNames: ['state'] as const,
    registers: [registry],
    // Every HTTP worker of a cluster (WEB_CONCURRENCY) counts the same queue: the aggregate is one of them, not their sum.
    aggregator: 'max',
    async collect() {
      this.reset();
      let byState: Record<string, number>;
      try {
        byState = await counts();
      } catch {
        return;
      }
      for (const [state, n] of Object.entries(byState)) this.set({ state }, n);
    },
  });
}
