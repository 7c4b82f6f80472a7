/** The pipeline's gold-shaped output for every article file (*.txt) of a folder, by file stem: what the scorers compare. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toGoldShape } from '../ingest/output';
import { extractArticle } from '../ingest/pipeline';

export function predictFolder(articlesDir: string): Map<string, Record<string, unknown>> {
  const predictions = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const extracted = extractArticle(readFileSync(join(articlesDir, file), 'utf8'), { sourceFile: file });
    predictions.set(file.replace(/\.txt$/, ''), toGoldShape(extracted, `articles/${file}`) as unknown as Record<string, unknown>);
  }
  return predictions;
}
