/**
 * The CEILING: what one hand-written SQL statement per request can serve.
 * A bare node:http handler reads the same request body our server gets,
 * picks the statement by `operationName`, and Postgres builds the complete
 * response JSON (json_build_object / json_agg, correlated subqueries per
 * level) as text, which is written out untouched: no GraphQL, no ORM, no
 * row objects in Node. The runner checks that every answer equals our
 * server's answer (same data, same shape) before measuring.
 */
import http from 'node:http';
import type { Pool } from 'pg';
import { fromGlobalId } from '../src/lib/globalId';
import type { OperationName, RequestBody } from './operations';

/** Relay global id `base64url("Type:id")` computed in SQL, as src/lib/globalId.ts does in Node. */
const gid = (type: string, idExpr: string) => `rtrim(translate(encode(convert_to('${type}:' || ${idExpr}, 'UTF8'), 'base64'), '+/', '-_'), '=')`;

/** `COALESCE(json_agg(...), '[]')`: an empty list, not null, like GraphQL lists. */
const agg = (expr: string, order: string) => `COALESCE(json_agg(${expr} ORDER BY ${order}), '[]'::json)`;

const NESTED_SQL = `
SELECT json_build_object('data', json_build_object('countries', json_build_object('nodes', (
  SELECT ${agg(
    `json_build_object('iso2', c.iso2, 'name', c.name, 'organizations', json_build_object('nodes', (
      SELECT ${agg(
        `json_build_object('id', ${gid('Organization', 'o.id')}, 'name', o.name, 'kind', o.kind, 'agreements', json_build_object('nodes', (
          SELECT ${agg(
            `json_build_object('id', ${gid('Agreement', 'a.id')}, 'title', a.title, 'kind', a.kind, 'status', a.status, 'date', a.date,
              'partyCountries', (SELECT ${agg(`json_build_object('iso2', pc.iso2, 'name', pc.name)`, 'pc.name, pc.id')}
                                 FROM agreement_party_countries j JOIN countries pc ON pc.id = j.country_id WHERE j.agreement_id = a.id),
              'partyOrganizations', (SELECT ${agg(`json_build_object('id', ${gid('Organization', 'po.id')}, 'name', po.name)`, 'po.name, po.id')}
                                     FROM agreement_party_organizations j JOIN organizations po ON po.id = j.organization_id WHERE j.agreement_id = a.id))`,
            'a.s DESC, a.id DESC',
          )}
          FROM (SELECT a.*, a.sort_date AS s
                FROM agreement_party_organizations j JOIN agreements a ON a.id = j.agreement_id
                WHERE j.organization_id = o.id ORDER BY s DESC, a.id DESC LIMIT 5) a)))`,
        'o.name, o.id',
      )}
      FROM (SELECT * FROM organizations o WHERE o.country_id = c.id ORDER BY o.name, o.id LIMIT 10) o)))`,
    'c.name, c.id',
  )}
  FROM (SELECT * FROM countries ORDER BY name, id LIMIT 20) c))))::text AS body`;

const BY_ID_SQL = `
SELECT json_build_object('data', json_build_object('node', (
  SELECT json_build_object('id', ${gid('Agreement', 't.id')}, 'title', t.title, 'kind', t.kind, 'status', t.status, 'date', t.date, 'sectors', t.sectors)
  FROM agreements t WHERE t.id = $1)))::text AS body`;

/** Agreements with the given party country, newest first, 20 a page, with total and end cursor (JSON.stringify([sort, id]) in base64url). */
const PAGED_SQL = `
WITH matching AS (
  SELECT t.*, t.sort_date AS s FROM agreements t
  WHERE EXISTS (SELECT 1 FROM agreement_party_countries x JOIN countries c ON c.id = x.country_id WHERE x.agreement_id = t.id AND c.iso2 = $1)
), page AS (
  SELECT * FROM matching ORDER BY s DESC, id DESC LIMIT 21
), shown AS (
  SELECT *, row_number() OVER (ORDER BY s DESC, id DESC) AS n FROM page ORDER BY s DESC, id DESC LIMIT 20
)
SELECT json_build_object('data', json_build_object('agreements', json_build_object(
  'totalCount', (SELECT count(*) FROM matching),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) > 20 FROM page),
    'endCursor', (SELECT rtrim(translate(encode(convert_to('[' || to_json(s::text)::text || ',' || id || ']', 'UTF8'), 'base64'), '+/', '-_'), '=')
                  FROM shown ORDER BY n DESC LIMIT 1)),
  'nodes', (SELECT ${agg(
    `json_build_object('id', ${gid('Agreement', 'p.id')}, 'title', p.title, 'kind', p.kind, 'status', p.status, 'date', p.date, 'sectors', p.sectors,
      'partyCountries', (SELECT ${agg(`json_build_object('iso2', pc.iso2)`, 'pc.name, pc.id')}
                         FROM agreement_party_countries j JOIN countries pc ON pc.id = j.country_id WHERE j.agreement_id = p.id))`,
    'p.n',
  )} FROM shown p))))::text AS body`;

/** One branch per searchable table; the label column is the field the query selects for that type. */
const SEARCH_BRANCHES = [
  ['ARTICLE', 'Article', 'articles', 't.body', 'headline', 't.title'],
  ['ORGANIZATION', 'Organization', 'organizations', 't.name', 'name', 't.name'],
  ['PERSON', 'Person', 'persons', 't.name', 'name', 't.name'],
  ['AGREEMENT', 'Agreement', 'agreements', 't.title', 'title', 't.title'],
  ['STATEMENT', 'Statement', 'statements', 't.text', 'text', 't.text'],
  ['FACT', 'Fact', 'facts', `t.subject || ' ' || t.metric`, 'metric', 't.metric'],
]
  .map(
    ([kind, type, table, text, labelField, label]) =>
      `SELECT '${kind}'::text AS kind, '${type}'::text AS typename, t.id, round(ts_rank_cd(t.search, q.q)::numeric, 6)::float8 AS rank,
         ${text} AS body, '${labelField}'::text AS label_field, ${label} AS label
       FROM ${table} t, q WHERE t.search @@ q.q`,
  )
  .join('\nUNION ALL\n');

const SEARCH_SQL = `
WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q)
SELECT json_build_object('data', json_build_object('search', json_build_object('edges', ${agg(
  `json_build_object('kind', h.kind, 'rank', h.rank,
     'snippet', ts_headline('english', h.body, q.q, 'StartSel=<b>, StopSel=</b>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'),
     'node', json_build_object('__typename', h.typename, 'id', rtrim(translate(encode(convert_to(h.typename || ':' || h.id, 'UTF8'), 'base64'), '+/', '-_'), '='), h.label_field, h.label))`,
  'h.rank DESC, h.kind, h.id',
)})))::text AS body
FROM (${SEARCH_BRANCHES} ORDER BY rank DESC, kind, id LIMIT 10) h, q`;

const AGGREGATE_SQL = `
SELECT json_build_object('data', json_build_object('agreementCounts', ${agg(
  `json_build_object('count', g.n, 'keys', json_build_object('country', g.country, 'year', g.year))`,
  'g.n DESC, g.country ASC NULLS LAST, g.year ASC NULLS LAST',
)}))::text AS body
FROM (
  SELECT c.iso2::text AS country, extract(year FROM t.date_start)::int AS year, count(DISTINCT t.id)::int AS n
  FROM agreements t LEFT JOIN agreement_party_countries pc ON pc.agreement_id = t.id LEFT JOIN countries c ON c.id = pc.country_id
  GROUP BY 1, 2
) g`;

/** Operation → its one statement and bind parameters. */
const STATEMENTS: Record<OperationName, (variables: Record<string, any>) => [string, unknown[]]> = {
  byId: (v) => [BY_ID_SQL, [fromGlobalId(String(v.id))?.id ?? 0]],
  nested: () => [NESTED_SQL, []],
  paged: (v) => [PAGED_SQL, [String(v.filter?.parties?.[0] ?? '')]],
  search: (v) => [SEARCH_SQL, [String(v.q)]],
  aggregate: () => [AGGREGATE_SQL, []],
};

export function createCeilingServer(pool: Pick<Pool, 'query'>): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const fail = (status: number, message: string) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message }] }));
      };
      let body: RequestBody;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RequestBody;
      } catch {
        return fail(400, 'Request body is not JSON.');
      }
      const statement = STATEMENTS[body.operationName];
      if (!statement) return fail(400, `The ceiling has no statement for operation ${JSON.stringify(body.operationName)}.`);
      const [text, values] = statement(body.variables ?? {});
      pool.query<{ body: string }>(text, values).then(
        ({ rows }) => {
          const out = rows[0]!.body;
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(out) });
          res.end(out);
        },
        (e: Error) => fail(500, `ceiling ${body.operationName}: ${e.message}`),
      );
    });
  });
}
