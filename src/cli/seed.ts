/**
 * `npm run seed -- [PATH...]`: loads .txt article files or folders (default:
 * seed/articles) into the database in use (DATABASE_URL, or the embedded one
 * under DATA_DIR), one line per file and a summary. Exit code 1 when any file
 * failed; the others still load. Beside a running `npm start` on the same
 * DATA_DIR, it loads into that server's Postgres (its address is in the
 * owner file the server keeps in DATA_DIR) instead of starting another.
 */
import { loadConfig } from '../config';
import { collectArticleFiles, describeCounts, loadArticleFiles, stageFailureWarning } from '../ingest/files';
import { createLogger } from '../logger';
import { openCliDatabase, runCli } from './database';

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: npm run seed -- [FILE_OR_FOLDER...]   (default: seed/articles)');
    return 0;
  }
  const files = await collectArticleFiles(args.length ? args : [config.seedDir]);
  const opened = await openCliDatabase(config, logger, 'Loading into');
  try {
    const started = Date.now();
    const summary = await loadArticleFiles(opened.db.prisma, files, (o, i, total) => {
      const n = `[${String(i + 1).padStart(String(total).length)}/${total}]`;
      if (o.error) console.log(`${n} FAILED    ${o.error}`);
      else {
        const { status, created, merged, stageFailures, warnings } = o.result!;
        const warned = [...stageFailures.map(stageFailureWarning), ...warnings].map((w) => `; warning: ${w}`).join('');
        console.log(`${n} ${status.padEnd(9)} ${o.file}  created: ${describeCounts(created)}; merged: ${describeCounts(merged)}${warned}`);
        for (const failure of stageFailures) logger.error({ file: o.file, articleId: o.result!.articleId, ...failure }, 'extraction stage failed');
      }
    });
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
