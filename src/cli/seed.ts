/**
 * `npm run seed -- [PATH...]`: loads .txt article files or folders (default:
 * seed/articles) into the database in use (DATABASE_URL, or the embedded one
 * under DATA_DIR), one line per file and a summary. Exit code 1 when any file
 * failed; the others still load. Beside a running `npm start` on the same
 * DATA_DIR, it loads into that server's Postgres (its address is in the
 * owner file the server keeps in DATA_DIR) instead of starting another.
 *
 * `npm run seed -- --queue PATH...` enqueues the files instead, for
 * `npm run worker` processes to load (src/ingest/queue.ts); a file already in
 * the queue (same bytes) is reported with its job, not enqueued again.
 */
import { loadConfig, type Config } from '../config';
import { openIngestQueue, queueSettings } from '../db/queue';
import { collectArticleFiles, describeCounts, loadArticleFiles, stageFailureWarning } from '../ingest/files';
import { enqueueArticleFiles } from '../ingest/queue';
import { startBatchExtractor } from '../ingest/extractThread';
import { createLogger } from '../logger';
import type { OpenDatabase } from '../db/bootstrap';
import { openCliDatabase, runCli } from './database';

/** `--queue`: one line per file (queued, already queued with its state, or refused) and a summary. */
async function enqueue(config: Config, opened: OpenDatabase, files: string[]): Promise<number> {
  const queue = openIngestQueue(opened.db.pool, queueSettings(config));
  const outcomes = await enqueueArticleFiles(queue, files, (o, i, total) => {
    const n = `[${String(i + 1).padStart(String(total).length)}/${total}]`;
    if (o.error) console.log(`${n} REFUSED   ${o.error}`);
    else if (o.created) console.log(`${n} queued    ${o.file}  job ${o.job!.id}`);
    else console.log(`${n} in queue  ${o.file}  job ${o.job!.id} (${o.job!.state.toLowerCase()}${o.job!.error ? `: ${o.job!.error}` : ''})`);
  });
  const created = outcomes.filter((o) => o.created).length;
  const refused = outcomes.filter((o) => o.error).length;
  console.log(`\n${files.length} file(s): ${created} queued, ${files.length - created - refused} already in the queue, ${refused} refused. Watch with \`npm run queue\`; load with \`npm run worker\`.`);
  return refused > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: npm run seed -- [--queue] [FILE_OR_FOLDER...]   (default: seed/articles; --queue: enqueue for `npm run worker`)');
    return 0;
  }
  const queued = args.includes('--queue');
  const paths = args.filter((a) => a !== '--queue');
  const files = await collectArticleFiles(paths.length ? paths : [config.seedDir]);
  const opened = await openCliDatabase(config, logger, queued ? 'Enqueuing in' : 'Loading into');
  try {
    if (queued) return await enqueue(config, opened, files);
    const started = Date.now();
    // The next file is extracted on a thread of its own while the current one is written (src/ingest/extractThread.ts), unless INGEST_EXTRACT_THREAD=off.
    const extractor = startBatchExtractor(config.ingestExtractThread);
    const summary = await loadArticleFiles(opened.db.prisma, files, (o, i, total) => {
      const n = `[${String(i + 1).padStart(String(total).length)}/${total}]`;
      if (o.error) console.log(`${n} FAILED    ${o.error}`);
      else {
        const { status, created, merged, stageFailures, warnings } = o.result!;
        const warned = [...stageFailures.map(stageFailureWarning), ...warnings].map((w) => `; warning: ${w}`).join('');
        console.log(`${n} ${status.padEnd(9)} ${o.file}  created: ${describeCounts(created)}; merged: ${describeCounts(merged)}${warned}`);
        for (const failure of stageFailures) logger.error({ file: o.file, articleId: o.result!.articleId, ...failure }, 'extraction stage failed');
      }
    }, extractor).finally(() => extractor.close());
    console.log(
      `\n${files.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.articlesNew} new, ${summary.articlesUnchanged} unchanged, ${summary.failed} failed.\n` +
        `records created: ${describeCounts(summary.created)}\nrecords merged:  ${describeCounts(summary.merged)}`,
    );
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}

runCli(main);
