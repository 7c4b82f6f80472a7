/**
 * `npm run queue`: the ingest queue at a glance: jobs by state (queued,
 * active, retrying, dead, loaded, cancelled) and the latest failures with
 * their errors. `npm run queue -- job ID` shows one job; `npm run queue --
 * retry ID...` or `retry --dead` gives dead jobs another attempt.
 * `--json` prints the same as JSON.
 */
import { loadConfig } from '../config';
import { INGEST_JOB_STATES, openIngestQueue, type IngestJob } from '../db/queue';
import { createLogger } from '../logger';
import { openCliDatabase, runCli } from './database';

const USAGE = 'usage: npm run queue -- [status] [--errors N] [--json] | job ID [--json] | retry (ID... | --dead)';

const when = (d: Date | null) => (d ? d.toISOString().replace('.000Z', 'Z') : '-');

export function describeJob(job: IngestJob): string {
  const lines = [
    `job ${job.id}: ${job.state} (attempt ${job.attempts} of ${job.maxAttempts})`,
    `  file: ${job.file}`,
    `  enqueued ${when(job.createdAt)}; started ${when(job.startedAt)}; finished ${when(job.finishedAt)}${job.runAfter ? `; next attempt not before ${when(job.runAfter)}` : ''}`,
  ];
  if (job.result) lines.push(`  article ${job.result.articleId}: ${job.result.status}${job.result.warnings.map((w) => `; warning: ${w}`).join('')}`);
  if (job.error) lines.push(`  ${job.state === 'DEAD' ? 'error' : 'last error'}: ${job.error}`);
  if (job.requestId) lines.push(`  enqueued by request ${job.requestId}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const config = loadConfig();
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const json = args.includes('--json');
  const positional = args.filter((a) => !a.startsWith('--'));
  const command = positional[0] ?? 'status';
  const errorsAt = args.indexOf('--errors');
  const errorLimit = errorsAt >= 0 ? Number(args[errorsAt + 1]) : 10;
  if (!['status', 'job', 'retry'].includes(command) || !Number.isInteger(errorLimit) || errorLimit < 0) {
    console.error(USAGE);
    return 2;
  }
  const opened = await openCliDatabase(config, createLogger('warn'), 'Reading the queue in');
  const queue = openIngestQueue(opened.db.pool);
  try {
    if (command === 'job') {
      const id = positional[1];
      const job = id ? await queue.job(id) : null;
      if (!job) {
        console.error(`error: no ingest job ${JSON.stringify(id ?? '')}`);
        return 1;
      }
      console.log(json ? JSON.stringify(job) : describeJob(job));
      return 0;
    }
    if (command === 'retry') {
      const ids = positional.slice(1);
      if (!ids.length && !args.includes('--dead')) {
        console.error(USAGE);
        return 2;
      }
      const n = await queue.retryDead(ids.length ? ids : undefined);
      console.log(`${n} dead job(s) queued for another attempt.`);
      return ids.length && n < ids.length ? 1 : 0;
    }
    const counts = await queue.counts();
    const failures = errorLimit ? await queue.failures(errorLimit) : [];
    if (json) {
      console.log(JSON.stringify({ counts, failures }));
      return 0;
    }
    console.log(`ingest queue: ${INGEST_JOB_STATES.map((s) => `${s.toLowerCase()} ${counts[s]}`).join(', ')}`);
    if (failures.length) {
      console.log(`\nlatest failures (newest first):`);
      for (const job of failures) console.log(`${job.state.padEnd(8)} ${job.id}  attempt ${job.attempts}/${job.maxAttempts}  ${job.file}\n         ${job.error ?? '(no error recorded)'}`);
    }
    return 0;
  } finally {
    await queue.stop();
    await opened.close();
  }
}

runCli(main);
