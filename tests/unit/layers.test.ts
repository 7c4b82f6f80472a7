// The layer rules (tests/support/layers.ts) hold for src/, and the checker sees what it must.
import { KNOWN_ENV_READERS, layerViolations, readSources } from '../support/layers';

test('the source tree breaks no layer rule', () => {
  expect(layerViolations(readSources())).toEqual([]);
});

test('the known exceptions are still needed (remove an entry once its file no longer reads process.env)', () => {
  const sources = readSources();
  for (const file of Object.keys(KNOWN_ENV_READERS)) {
    if (!sources.has(file)) continue;
    expect(layerViolations(new Map([[file, sources.get(file)!]]), {})).not.toEqual([]);
  }
});

test('the checker catches each kind of bad arrow (deliberately bad files)', () => {
  const bad = new Map([
    ['src/db/a.ts', "import { helper } from './b';\nexport const x = helper;"],
    ['src/db/b.ts', "import type { GraphQLError } from 'graphql';\nexport const helper = 1 as unknown as GraphQLError;"],
    ['src/db/c.ts', "import { rootConnection } from '../schema/common/resolvers';\nexport { rootConnection };"],
    ['src/ingest/d.ts', "import { createLoaders } from '../loaders';\nexport { createLoaders };"],
    ['src/schema/e.ts', "import { Pool } from 'pg';\nexport const f = (p: Pool) => p.query(`SELECT 1 FROM countries`);"],
    ['src/schema/g.ts', "export const g = (ctx: { db: { prisma: { $queryRaw: unknown; article: { findMany(): void } } } }) => { ctx.db.prisma.article.findMany(); return ctx.db.prisma.$queryRaw; };"],
    ['src/schema/h.ts', "import { fetchPages } from '../db/paging';\nexport { fetchPages };"],
    ['src/lib/i.ts', 'export const level = process.env.LOG_LEVEL;'],
    ['src/db/ok.ts', "import type { Prisma } from '../generated/prisma/client';\nexport type T = Prisma.Sql;"],
  ]);
  const found = layerViolations(bad, {});
  const broken = (file: string) => found.filter((v) => v.startsWith(`${file}:`));
  expect(broken('src/db/a.ts')).toEqual(['src/db/a.ts: src/db reaches GraphQL (src/db/a.ts → src/db/b.ts → graphql)']);
  expect(broken('src/db/b.ts')).toEqual(['src/db/b.ts: src/db reaches GraphQL (src/db/b.ts → graphql)']);
  expect(broken('src/db/c.ts')).toContain('src/db/c.ts: src/db imports src/schema/common/resolvers');
  expect(broken('src/ingest/d.ts')).toEqual(['src/ingest/d.ts: src/ingest imports the API (src/loaders)']);
  expect(broken('src/schema/e.ts')).toEqual(['src/schema/e.ts: database access outside src/db (imports pg)', 'src/schema/e.ts: SQL text outside src/db ("SELECT 1 FROM countries")']);
  expect(broken('src/schema/g.ts')).toEqual(
    expect.arrayContaining(['src/schema/g.ts: database access outside src/db ($queryRaw)', 'src/schema/g.ts: Prisma model call outside src/db (article.findMany)']),
  );
  expect(broken('src/schema/h.ts')).toEqual(['src/schema/h.ts: src/schema uses src/db/paging at run time instead of the loaders']);
  expect(broken('src/lib/i.ts')).toEqual(['src/lib/i.ts: reads process.env (only src/config.ts may)']);
  expect(broken('src/db/ok.ts')).toEqual([]);
});
