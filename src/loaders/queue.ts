/**
 * The ingest queue as the API sees it (src/db/queue.ts): enqueue a text
 * (ingestArticle with `async: true`), read a job (the ingestJob query), and
 * count jobs by state (the /metrics gauges). One per app, on the app's pool;
 * jobs it enqueues take the server's QUEUE_* settings.
 */
import type { Pool } from 'pg';
import { openIngestQueue, type Enqueued, type IngestJob, type IngestJobData, type QueueCounts, type QueueSettings } from '../db/queue';

export interface IngestJobs {
  enqueue(data: IngestJobData): Promise<Enqueued>;
  job(id: string): Promise<IngestJob | null>;
  counts(): Promise<QueueCounts>;
}

export function ingestJobs(pool: Pool, settings: QueueSettings): IngestJobs {
  const queue = openIngestQueue(pool, settings);
  return { enqueue: (data) => queue.enqueue(data), job: (id) => queue.job(id), counts: () => queue.counts() };
}
