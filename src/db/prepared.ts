/**
 * Named (server-side prepared) statements for the read path's generated SQL.
 *
 * The same query shape is sent again and again with different values; as a
 * named statement Postgres parses and analyses it once per connection (and,
 * after a few executions, may keep a generic plan), instead of on every
 * request. The name is derived from the SQL text, so every shape gets its own;
 * shapes are bounded by the code (filters and orders change the text, values
 * never do).
 */
import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

const names = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 1000;

export function prepared(text: string, values: unknown[]): QueryConfig {
  let name = names.get(text);
  if (!name) {
    name = `q${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size < MAX_REMEMBERED_NAMES) names.set(text, name);
  }
  return { name, text, values };
}
