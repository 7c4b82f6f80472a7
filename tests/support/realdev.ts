/**
 * ../shared/realdev: real news articles with gold records, third-party text read from the shared
 * folder beside the checkout (never copied into the repo). Absent in a bare clone: callers skip
 * with REALDEV_MISSING.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REALDEV_DIR = process.env.REALDEV_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'realdev');
export const REALDEV_ARTICLES = join(REALDEV_DIR, 'articles');
export const REALDEV_GOLD = join(REALDEV_DIR, 'gold');
export const REALDEV_PRESENT = existsSync(REALDEV_ARTICLES) && existsSync(REALDEV_GOLD);
export const REALDEV_MISSING = `skipped: no real development articles at ${REALDEV_DIR} (a bare clone; set REALDEV_DIR to a folder with articles/ and gold/)`;
