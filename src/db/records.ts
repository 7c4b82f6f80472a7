/**
 * The read path's SQL vocabulary: for each record type, its table, the
 * select list that yields Prisma's row type (plus `__typename`, which GraphQL
 * uses to resolve the Node interface and the Speaker union), and how each
 * list filter translates to a WHERE condition. Values always travel as bind
 * parameters; only fixed identifiers from this file are spliced into SQL.
 */
import type * as Rows from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import type { NodeType } from '../lib/globalId';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

export type RowOf<T extends NodeType> = {
  Article: Rows.Article;
  Country: Rows.Country;
  Region: Rows.Region;
  Organization: Rows.Organization;
  Person: Rows.Person;
  Agreement: Rows.Agreement;
  Statement: Rows.Statement;
  Fact: Rows.Fact;
  Evidence: Rows.Evidence;
}[T];

interface TableSpec {
  table: string;
  /**
   * Column name → field name of the Prisma row type: the fields resolvers read. Generated
   * columns only the SQL uses (`search`, `sort_date`) are left out: every column selected is
   * parsed for every row of every page.
   */
  columns: Record<string, string>;
}

const TABLES: Record<NodeType, TableSpec> = {
  Article: {
    table: 'articles',
    columns: {
      id: 'id', content_hash: 'contentHash', title: 'title', publisher: 'publisher', published_on: 'publishedOn',
      body: 'body', source_file: 'sourceFile', url: 'url', created_at: 'createdAt',
    },
  },
  Country: { table: 'countries', columns: { id: 'id', iso2: 'iso2', iso3: 'iso3', name: 'name', aliases: 'aliases' } },
  Region: { table: 'regions', columns: { id: 'id', key: 'key', name: 'name', aliases: 'aliases' } },
  Organization: {
    table: 'organizations',
    columns: { id: 'id', key: 'key', name: 'name', aliases: 'aliases', acronyms: 'acronyms', kind: 'kind', country_id: 'countryId' },
  },
  Person: {
    table: 'persons',
    columns: { id: 'id', key: 'key', name: 'name', aliases: 'aliases', role: 'role', country_id: 'countryId', organization_id: 'organizationId' },
  },
  Agreement: {
    table: 'agreements',
    columns: {
      id: 'id', key: 'key', title: 'title', kind: 'kind', status: 'status', date: 'date', date_start: 'dateStart',
      quantity: 'quantity', 'sectors::text[]': 'sectors',
    },
  },
  Statement: {
    table: 'statements',
    columns: {
      id: 'id', key: 'key', kind: 'kind', text: 'text', date: 'date', date_start: 'dateStart', occasion: 'occasion',
      'sectors::text[]': 'sectors', speaker_person_id: 'speakerPersonId', speaker_organization_id: 'speakerOrganizationId',
    },
  },
  Fact: {
    table: 'facts',
    columns: {
      id: 'id', key: 'key', subject: 'subject', subject_country_id: 'subjectCountryId', subject_organization_id: 'subjectOrganizationId',
      metric: 'metric', value: 'value', unit: 'unit', date: 'date', date_start: 'dateStart',
    },
  },
  Evidence: {
    table: 'evidence',
    columns: {
      id: 'id', article_id: 'articleId', start: 'start', end: 'end', sentence: 'sentence', country_id: 'countryId', region_id: 'regionId',
      organization_id: 'organizationId', person_id: 'personId', agreement_id: 'agreementId', statement_id: 'statementId', fact_id: 'factId',
    },
  },
};

export function tableOf(type: NodeType): Sql {
  return raw(`${TABLES[type].table} t`);
}

/** `t.col AS "field", ..., 'Type' AS "__typename"` for the row alias `t`. */
/** Each column of a type as a SQL expression on alias `t` (with its cast, e.g. enum arrays as text[]) and the row field it fills. */
function columnExpressions(type: NodeType): [expression: string, field: string][] {
  return Object.entries(TABLES[type].columns).map(([column, field]) => {
    const [name, cast] = column.split('::');
    return [`t."${name}"${cast ? `::${cast}` : ''}`, field];
  });
}

export function columnsOf(type: NodeType): Sql {
  const list = columnExpressions(type).map(([expression, field]) => `${expression} AS "${field}"`);
  return raw(`${list.join(', ')}, '${type}' AS "__typename"`);
}

/** Types whose rows survive a JSON round trip unchanged (no Date or BigInt columns). */
export type JsonSafeNodeType = 'Country' | 'Region' | 'Organization' | 'Person';

/**
 * The same row as `columnsOf`, built as one JSON value, so that rows of
 * different types can share one UNION ALL statement (see the loaders' small lists).
 */
export function jsonRowOf(type: JsonSafeNodeType): Sql {
  const pairs = columnExpressions(type).map(([expression, field]) => `'${field}', ${expression}`);
  return raw(`json_build_object(${pairs.join(', ')}, '__typename', '${type}')`);
}

export const TRUE: Sql = raw('TRUE');

/** AND of the given conditions (TRUE when none). */
export function and(conditions: readonly (Sql | null | undefined | false)[]): Sql {
  const present = conditions.filter((c): c is Sql => Boolean(c));
  return present.length ? join(present.map((c) => sql`(${c})`), ' AND ') : TRUE;
}

/** Postgres full-text match over the table's generated `search` column (web-search syntax: quotes, OR, -). */
export function matchesSearch(text: string | null | undefined): Sql | null {
  const q = text?.trim();
  return q ? sql`t.search @@ websearch_to_tsquery('english', ${q})` : null;
}

export function inList(column: Sql, values: readonly unknown[] | null | undefined, cast: string): Sql | null {
  return values && values.length ? sql`${column} = ANY(${[...values]}::${raw(cast)}[])` : null;
}

export function arrayOverlaps(column: Sql, values: readonly string[] | null | undefined, cast: string): Sql | null {
  return values && values.length ? sql`${column} && ${[...values]}::${raw(cast)}[]` : null;
}

export function dateRange(column: Sql, from: string | null | undefined, to: string | null | undefined): Sql | null {
  const bounds = [from ? sql`${column} >= ${from}::date` : null, to ? sql`${column} <= ${to}::date` : null];
  return bounds.some(Boolean) ? and(bounds) : null;
}

/** Country ids by ISO alpha-2 codes, as a subquery. */
export function countryIdsByIso2(codes: readonly string[]): Sql {
  return sql`SELECT id FROM countries WHERE iso2 = ANY(${codes.map((c) => c.toUpperCase())}::text[])`;
}
