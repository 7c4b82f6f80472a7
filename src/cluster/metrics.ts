/**
 * /metrics with WEB_CONCURRENCY > 1. The primary binds the port but serves no
 * HTTP (node:cluster hands every connection to a worker), so a scrape lands
 * on some worker, which asks the primary; the primary asks every serving
 * worker for its registry (prom-client's protocol and AggregatorRegistry), sums them (counters and
 * histograms add up; gauges by each metric's aggregator, e.g. averages for
 * event-loop lag) and appends its own metrics (workers alive and restarted,
 * the embedded Postgres's deaths and restarts). So one scrape of the usual
 * URL sees the whole cluster, whichever worker answers it.
 */
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, Counter, Gauge, type Registry } from 'prom-client';
import { isMessage, type MetricsRequest, type MetricsResponse } from './messages';

/** How long a worker waits for the primary's aggregate (prom-client's own per-worker timeout is 5 s). */
const METRICS_TIMEOUT_MS = 8_000;

/** In a worker: prom-client answers the primary's requests from `registry`; returns what GET /metrics serves. */
export function clusterMetricsFromWorker(registry: Registry): () => Promise<string> {
  new AggregatorRegistry(); // installs prom-client's listener for the primary's requests in this worker
  AggregatorRegistry.setRegistries([registry]);
  let nextId = 0;
  const pending = new Map<number, { resolve(text: string): void; reject(e: Error): void }>();
  process.on('message', (message: unknown) => {
    if (!isMessage<MetricsResponse>(message, 'kca:metrics')) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.text !== undefined) waiter?.resolve(message.text);
    else waiter?.reject(new Error(`the primary could not gather the cluster's metrics: ${message.error}`));
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      if (!process.connected) return reject(new Error('the primary is gone: no cluster metrics'));
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`the primary did not answer with the cluster's metrics within ${METRICS_TIMEOUT_MS} ms`));
      }, METRICS_TIMEOUT_MS);
      pending.set(id, {
        resolve: (text) => (clearTimeout(timer), resolve(text)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      process.send!({ type: 'kca:metrics', id } satisfies MetricsRequest);
    });
}

export interface PrimaryMetrics {
  /** The primary's own registry (cluster_*; the embedded Postgres's counters are added to it). */
  readonly registry: Registry;
  readonly restarts: Counter;
  /** Answers a worker's request for the cluster's metrics. */
  answer(worker: Worker, message: unknown): void;
}

// prom-client's own message types: its listener in each worker answers these (clusterMetricsFromWorker installs it).
const GET_METRICS_REQ = 'prom-client:getMetricsReq';
const GET_METRICS_RES = 'prom-client:getMetricsRes';
/** How long the primary waits for every worker's registry. */
const GATHER_TIMEOUT_MS = 5_000;

interface MetricsReply {
  type: string;
  requestId: string;
  metrics?: MetricObjectsOf[];
  error?: string;
}
type MetricObjectsOf = Awaited<ReturnType<Registry['getMetricsAsJSON']>>;

/**
 * Every serving worker's registries, summed by AggregatorRegistry.aggregate.
 * Like prom-client's clusterMetrics(), but asking only the workers that are
 * listening: one still starting (a replacement) has not installed its
 * listener yet, and would make every scrape wait for the timeout.
 */
function gather(workers: Worker[], requestId: string): Promise<string> {
  if (workers.length === 0) return Promise.resolve('');
  return new Promise((resolve, reject) => {
    const metrics: MetricObjectsOf[] = [];
    const waiting = new Set(workers.map((w) => w.id));
    const finish = (error?: Error) => {
      clearTimeout(timer);
      cluster.off('message', onMessage);
      if (error) reject(error);
      else AggregatorRegistry.aggregate(metrics).metrics().then(resolve, reject);
    };
    const onMessage = (worker: Worker, message: MetricsReply) => {
      if (message?.type !== GET_METRICS_RES || message.requestId !== requestId || !waiting.has(worker.id)) return;
      if (message.error) return finish(new Error(`worker ${worker.id}: ${message.error}`));
      metrics.push(...(message.metrics ?? []));
      waiting.delete(worker.id);
      if (waiting.size === 0) finish();
    };
    const timer = setTimeout(() => finish(new Error(`worker(s) ${[...waiting].join(', ')} did not send their metrics within ${GATHER_TIMEOUT_MS} ms`)), GATHER_TIMEOUT_MS);
    cluster.on('message', onMessage);
    for (const worker of workers) worker.send({ type: GET_METRICS_REQ, requestId });
  });
}

/** In the primary: its own metrics, and answers to workers asking for the aggregate of the `serving` workers. */
export function primaryMetrics(registry: Registry, serving: () => Worker[]): PrimaryMetrics {
  new Gauge({
    name: 'cluster_workers',
    help: 'HTTP worker processes serving (WEB_CONCURRENCY when all are up).',
    registers: [registry],
    collect() {
      this.set(serving().length);
    },
  });
  const restarts = new Counter({ name: 'cluster_worker_restarts_total', help: 'Worker processes forked to replace one that exited unexpectedly.', registers: [registry] });
  let nextId = 0;
  return {
    registry,
    restarts,
    answer(worker, message) {
      if (!isMessage<MetricsRequest>(message, 'kca:metrics')) return;
      const reply = (m: MetricsResponse) => {
        if (worker.isConnected()) worker.send(m);
      };
      Promise.all([gather(serving().filter((w) => w.isConnected()), `kca-${nextId++}`), registry.metrics()])
        .then(([workers, own]) => reply({ type: 'kca:metrics', id: message.id, text: workers + own }))
        .catch((e: Error) => reply({ type: 'kca:metrics', id: message.id, error: e.message }));
    },
  };
}
