/** The pipeline's gold-shaped output for every article file (*.txt) of a folder, by file stem: what the scorers compare. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toGoldShape } from '../ingest/output';
import { extractArticle } from '../ingest/pipeline';
import type { ExtractedArticle } from '../ingest/types';

export interface FolderPrediction {
  /** The pipeline's records (with their extraction method and confidence). */
  extracted: ExtractedArticle;
  /** The same records in gold shape, list for list in the same order. */
  shaped: Record<string, unknown>;
}

/** Every article of a folder extracted, by file stem. */
export function extractFolder(articlesDir: string): Map<string, FolderPrediction> {
  const out = new Map<string, FolderPrediction>();
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const extracted = extractArticle(readFileSync(join(articlesDir, file), 'utf8'), { sourceFile: file });
    out.set(file.replace(/\.txt$/, ''), { extracted, shaped: toGoldShape(extracted, `articles/${file}`) as unknown as Record<string, unknown> });
  }
  return out;
}

export function predictFolder(articlesDir: string): Map<string, Record<string, unknown>> {
  return new Map([...extractFolder(articlesDir)].map(([stem, p]) => [stem, p.shaped]));
}
