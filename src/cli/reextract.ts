/**
 * `npm run reextract [-- --dry-run] [--limit N]`: brings every stored article
 * to the running extractor version (src/ingest/reextract.ts), one line per
 * article and a summary; the last line is
 * `REEXTRACT articles=<re-extracted> changed=<records added, changed or removed>`.
 * Safe beside a running `npm start` or seed on the same database (each
 * article is one transaction under the ingest lock) and resumable after a
 * kill. Exit code 1 when an article failed (it keeps its old records).
 */
import { loadConfig } from '../config';
import { reextractArticles } from '../ingest/reextract';
import { createLogger } from '../logger';
import { openCliDatabase, runCli } from './database';

function usage(): string {
  return 'usage: npm run reextract -- [--dry-run] [--limit N]';
}

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger('warn');
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage());
    return 0;
  }
  let dryRun = false;
  let limit: number | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--dry-run') dryRun = true;
    else if (args[i] === '--limit' && Number.isInteger(Number(args[i + 1])) && Number(args[i + 1]) > 0) limit = Number(args[++i]);
    else {
      console.error(`error: unexpected argument ${args[i]}${args[i] === '--limit' ? ' (it takes a positive whole number)' : ''}\n${usage()}`);
      return 2;
    }
  }
  const opened = await openCliDatabase(config, logger, 'Re-extracting in');
  try {
    const started = Date.now();
    const summary = await reextractArticles(opened.db.prisma, {
      dryRun,
      limit,
      onArticle: (o, done, total) => {
        const n = `[${String(done).padStart(String(total).length)}/${total}]`;
        const name = o.article.sourceFile ?? o.article.title ?? `article ${o.articleId}`;
        if (o.error) console.log(`${n} FAILED    ${name}: ${o.error}`);
        else console.log(`${n} ${o.status.padEnd(11)} ${name}  added ${o.added}, changed ${o.changed}, removed ${o.removed}`);
      },
    });
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `\n${dryRun ? 'Dry run (nothing written): would re-extract' : 'Re-extracted'} ${summary.articles} article(s) to extractor version ${summary.version} in ${seconds.toFixed(1)} s` +
        `: records added ${summary.added}, changed ${summary.changed}, removed ${summary.removed}; ${summary.failed} failed.`,
    );
    console.log(`REEXTRACT articles=${summary.articles} changed=${summary.added + summary.changed + summary.removed}`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}

runCli(main);
