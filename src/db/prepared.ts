/**
 * Named (server-side prepared) statements for the read path's generated SQL.
 *
 * The same query shape is sent again and again with different values; as a
 * named statement Postgres parses and analyses it once per connection and,
 * after five executions, keeps a generic plan when that costs no more than
 * planning each time (plan_cache_mode=auto): no planning per request. The name
 * is derived from the SQL text, so every shape gets its own; shapes are
 * bounded by the code (filters, orders and page sizes change the text, values
 * never do).
 *
 * A plan chosen once for every value is only safe where the values cannot
 * change which plan is right. `planPerValues` statements (lists with filter
 * values: a party country, a search text, a date range) go unnamed, which
 * Postgres plans afresh with the actual values every time: a cached generic
 * plan for "an organization's agreements" once walked the whole sort_date
 * index (143 ms a statement under load) because it could not see them.
 */
import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

const names = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 1000;

export function prepared(text: string, values: unknown[], options: { planPerValues?: boolean } = {}): QueryConfig {
  if (options.planPerValues) return { text, values };
  let name = names.get(text);
  if (!name) {
    name = `q${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size < MAX_REMEMBERED_NAMES) names.set(text, name);
  }
  return { name, text, values };
}
