// Everything the loader stores, as sets of lines that name rows by key, never
// by id: two databases made by different paths (a fresh load, a re-extracted
// one) compare equal exactly when they hold the same records, fields, join
// rows and evidence.
import type { Pool } from 'pg';

const ORG = (col: string) => `(SELECT key FROM organizations WHERE id = ${col})`;
const PERSON = (col: string) => `(SELECT key FROM persons WHERE id = ${col})`;
const COUNTRY = (col: string) => `(SELECT iso2 FROM countries WHERE id = ${col})`;
const SORTED = (expr: string) => `(SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM unnest(${expr}) x)`;
const JOINED = (table: string, owner: string, target: string, name: (c: string) => string) =>
  `(SELECT coalesce(array_agg(${name(`j.${target}`)} ORDER BY ${name(`j.${target}`)}), '{}') FROM ${table} j WHERE j.${owner} = t.id)`;
const PROVENANCE = `round(t.confidence::numeric, 4), t.extraction_method, t.extraction_version`;

const SNAPSHOT_SQL: Record<string, string> = {
  countries: `SELECT t.iso2, t.iso3, t.name, ${SORTED('t.aliases')}, ${PROVENANCE} FROM countries t`,
  regions: `SELECT t.key, t.name, ${SORTED('t.aliases')}, ${JOINED('region_members', 'region_id', 'country_id', COUNTRY)}, ${PROVENANCE} FROM regions t`,
  organizations: `SELECT t.key, t.name, t.kind, ${COUNTRY('t.country_id')}, ${SORTED('t.aliases')}, ${SORTED('t.acronyms')}, t.rejected, ${PROVENANCE} FROM organizations t`,
  persons: `SELECT t.key, t.name, t.role, ${COUNTRY('t.country_id')}, ${ORG('t.organization_id')}, ${SORTED('t.aliases')}, t.rejected, ${PROVENANCE} FROM persons t`,
  agreements: `SELECT t.key, t.title, t.kind, t.status, t.date, t.date_start, t.quantity, ${SORTED('t.sectors::text[]')},
      ${JOINED('agreement_party_countries', 'agreement_id', 'country_id', COUNTRY)}, ${JOINED('agreement_party_organizations', 'agreement_id', 'organization_id', ORG)},
      ${JOINED('agreement_signatories', 'agreement_id', 'person_id', PERSON)}, t.rejected, ${PROVENANCE} FROM agreements t`,
  statements: `SELECT t.key, t.kind, t.text, t.date, t.occasion, ${SORTED('t.sectors::text[]')}, ${PERSON('t.speaker_person_id')}, ${ORG('t.speaker_organization_id')},
      ${JOINED('statement_mention_countries', 'statement_id', 'country_id', COUNTRY)}, ${JOINED('statement_mention_organizations', 'statement_id', 'organization_id', ORG)}, t.rejected, ${PROVENANCE} FROM statements t`,
  facts: `SELECT t.key, t.subject, ${COUNTRY('t.subject_country_id')}, ${ORG('t.subject_organization_id')}, t.metric, t.value, t.unit, t.date, t.rejected, ${PROVENANCE} FROM facts t`,
  evidence: `SELECT a.content_hash, e.start, e."end", e.sentence,
      coalesce(${COUNTRY('e.country_id')}, (SELECT key FROM regions WHERE id = e.region_id), ${ORG('e.organization_id')}, ${PERSON('e.person_id')},
        (SELECT key FROM agreements WHERE id = e.agreement_id), (SELECT key FROM statements WHERE id = e.statement_id), (SELECT key FROM facts WHERE id = e.fact_id))
    FROM evidence e JOIN articles a ON a.id = e.article_id`,
  articles: `SELECT content_hash, title, publisher, published_on, extractor_version FROM articles`,
};

/** Per table, its rows as sorted JSON lines. */
export async function recordSnapshot(pool: Pick<Pool, 'query'>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [table, query] of Object.entries(SNAPSHOT_SQL)) {
    const { rows } = await pool.query({ text: query, rowMode: 'array' });
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** The lines only in `a` and only in `b`, per table (empty when equal): a readable diff for expect(). */
export function snapshotDiff(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, { onlyFirst: string[]; onlySecond: string[] }> {
  const diff: Record<string, { onlyFirst: string[]; onlySecond: string[] }> = {};
  for (const table of Object.keys(a)) {
    const inB = new Set(b[table]);
    const inA = new Set(a[table]);
    const onlyFirst = a[table]!.filter((l) => !inB.has(l));
    const onlySecond = b[table]!.filter((l) => !inA.has(l));
    if (onlyFirst.length || onlySecond.length) diff[table] = { onlyFirst, onlySecond };
  }
  return diff;
}
