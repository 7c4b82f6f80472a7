/**
 * Re-extraction on a real Postgres (issue 14): a database loaded by an older
 * extractor version (rules switched off, a spurious rule on) ends, after
 * re-extraction, with exactly the records, keys, join rows and evidence of a
 * fresh load by the new version, except where analysts' corrections say
 * otherwise, and those survive; a second run changes nothing; a dry run
 * writes nothing; a SIGKILL in the middle and a rerun end the same; a seed
 * running at the same time ends consistent.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDatabase, type Database } from '../../src/db/client';
import { correctRecord, setRejected } from '../../src/db/corrections';
import { mergeOrganizations } from '../../src/db/merge';
import { collectArticleFiles } from '../../src/ingest/files';
import { loadArticle } from '../../src/ingest/load';
import { extractArticle } from '../../src/ingest/pipeline';
import { reextractArticles } from '../../src/ingest/reextract';
import type { ExtractedArticle } from '../../src/ingest/types';
import { extractorVersion } from '../../src/ingest/version';
import { SEED_DIR } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { checkEvidenceSlices } from '../support/evidence';
import { recordSnapshot, snapshotDiff } from '../support/recordSnapshot';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'articles');
const OLD = 'older-rules';

/**
 * An older extractor: reported speech switched off, no agreement sectors, a
 * role rule that worded roles differently, and a spurious rule that made an
 * organization out of the first country sentence.
 */
function olderRules(x: ExtractedArticle): ExtractedArticle {
  const first = x.countries[0]?.evidence[0];
  return {
    ...x,
    statements: x.statements.filter((s) => s.kind !== 'REPORTED'),
    agreements: x.agreements.map((g) => ({ ...g, sectors: [] })),
    persons: x.persons.map((p) => ({ ...p, role: p.role && `former wording of ${p.role}` })),
    organizations: first
      ? [
          ...x.organizations,
          { name: 'Office Of An Old Rule', aliasesSeen: ['Office Of An Old Rule'], acronyms: [], kind: 'OTHER', country: null, evidence: [first], extraction: { method: 'organizations.old-rule', confidence: 0.3 } } as ExtractedArticle['organizations'][number],
        ]
      : x.organizations,
  };
}

let files: string[];
const texts = new Map<string, string>();

async function withDatabase<T>(work: (db: Database, database: TestDatabase) => Promise<T>): Promise<T> {
  const database = await createTestDatabase();
  const db = createDatabase(database.url);
  try {
    return await work(db, database);
  } finally {
    await db.close();
    await database.drop();
  }
}

async function load(db: Database, which: readonly string[], rules: 'old' | 'new'): Promise<void> {
  for (const file of which) {
    const x = extractArticle(texts.get(file)!, { sourceFile: path.basename(file) });
    await loadArticle(db.prisma, rules === 'old' ? olderRules(x) : x, { extractorVersion: rules === 'old' ? OLD : extractorVersion() });
  }
}

/** The analysts' corrections both databases get: an agreement's sectors and title, a fact rejected, a person's role, two organizations merged. */
async function correct(db: Database): Promise<void> {
  const meta = { reason: 'checked against the source', actor: 'analyst-a', requestId: 'test-request' };
  // Any two companies stand in for duplicates: what matters is that the merged-away key stays merged.
  const [target, source] = await db.prisma.organization.findMany({ where: { kind: 'COMPANY' }, orderBy: { key: 'asc' }, take: 2, select: { id: true, key: true } });
  expect((await mergeOrganizations(db.prisma, { targetId: target!.id, sourceIds: [source!.id], reason: 'same agency', requestId: null })).ok).toBe(true);
  const agreement = await db.prisma.agreement.findFirstOrThrow({ orderBy: { key: 'asc' }, select: { id: true } });
  const fact = await db.prisma.fact.findFirstOrThrow({ orderBy: { key: 'asc' }, select: { id: true } });
  const person = await db.prisma.person.findFirstOrThrow({ where: { role: { not: null } }, orderBy: { key: 'asc' }, select: { id: true } });
  expect((await correctRecord(db.prisma, { type: 'Agreement', id: agreement.id }, { sectors: ['TOURISM'], title: 'Corrected title' }, meta)).ok).toBe(true);
  expect((await setRejected(db.prisma, { type: 'Fact', id: fact.id }, true, meta)).ok).toBe(true);
  expect((await correctRecord(db.prisma, { type: 'Person', id: person.id }, { role: 'Corrected role' }, meta)).ok).toBe(true);
}

function runCli(databaseUrl: string, script: string, args: string[] = []) {
  // One process (node with tsx's loader, as `npm start` runs), so SIGKILL reaches the process doing the work.
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, HOME: '/tmp', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // 'close', not 'exit': the output is read once the child's stdout and stderr are drained.
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output })));
  return { child, done, output: () => output };
}

let fresh: Record<string, string[]>;
let freshCorrected: Record<string, string[]>;

beforeAll(async () => {
  files = [...(await collectArticleFiles([SEED_DIR])), ...(await collectArticleFiles([FIXTURES]))];
  for (const f of files) texts.set(f, readFileSync(f, 'utf8'));
  fresh = await withDatabase(async (db) => {
    await load(db, files, 'new');
    return recordSnapshot(db.pool);
  });
  freshCorrected = await withDatabase(async (db) => {
    await load(db, files, 'new');
    await correct(db);
    return recordSnapshot(db.pool);
  });
});

test('an older version differs from a fresh load, and re-extraction turns it into exactly the fresh load, corrections kept', async () => {
  await withDatabase(async (db) => {
    await load(db, files, 'old');
    await correct(db);
    expect(Object.keys(snapshotDiff(await recordSnapshot(db.pool), freshCorrected))).toEqual(expect.arrayContaining(['statements', 'agreements', 'persons', 'organizations', 'evidence']));

    const before = await recordSnapshot(db.pool);
    const dry = await reextractArticles(db.prisma, { dryRun: true });
    expect(dry.articles).toBe(files.length);
    expect(snapshotDiff(await recordSnapshot(db.pool), before)).toEqual({});

    const lines: string[] = [];
    const summary = await reextractArticles(db.prisma, { onArticle: (o, done, total) => lines.push(`${done}/${total} ${o.status} +${o.added} ~${o.changed} -${o.removed}`) });
    expect(summary).toMatchObject({ articles: files.length, failed: 0 });
    expect(summary.added).toBeGreaterThan(0);
    expect(summary.removed).toBeGreaterThan(0);
    expect(lines).toHaveLength(files.length);
    expect(snapshotDiff(await recordSnapshot(db.pool), freshCorrected)).toEqual({});
    const { mismatches } = await checkEvidenceSlices(db.pool);
    expect(mismatches).toEqual([]);

    const again = await reextractArticles(db.prisma);
    expect(again).toMatchObject({ articles: 0, added: 0, changed: 0, removed: 0, failed: 0 });
  });
});

test('a database loaded before claims existed (older rules, no claims) also ends as exactly a fresh load', async () => {
  await withDatabase(async (db) => {
    await load(db, files, 'old');
    await correct(db);
    await db.pool.query('DELETE FROM claims');
    await db.pool.query(`UPDATE articles SET extractor_version = 'unversioned'`);
    const summary = await reextractArticles(db.prisma);
    expect(summary).toMatchObject({ articles: files.length, failed: 0 });
    expect(snapshotDiff(await recordSnapshot(db.pool), freshCorrected)).toEqual({});
  });
});

test('the dry run reports what the real run then does', async () => {
  await withDatabase(async (db) => {
    await load(db, files, 'old');
    const dry = await reextractArticles(db.prisma, { dryRun: true });
    const real = await reextractArticles(db.prisma);
    expect(dry.articles).toBe(real.articles);
    // Each article of a dry run is rolled back, so later articles see the older records: counts agree where articles share nothing.
    expect(dry.added + dry.changed + dry.removed).toBeGreaterThan(0);
    expect(snapshotDiff(await recordSnapshot(db.pool), fresh)).toEqual({});
  });
});

test('npm run reextract killed with SIGKILL in the middle, then run again, ends as a fresh load; its last line counts the work', async () => {
  await withDatabase(async (db, database) => {
    await load(db, files, 'old');
    const first = runCli(database.url, 'src/cli/reextract.ts');
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if ((first.output().match(/^\[\s*\d+\/\d+\] reextracted/gm) ?? []).length >= 2) {
          clearInterval(check);
          first.child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await first.done;
    const partly = await db.prisma.article.count({ where: { extractorVersion: extractorVersion() } });
    expect(partly).toBeGreaterThanOrEqual(2);
    expect(partly).toBeLessThan(files.length);

    const second = runCli(database.url, 'src/cli/reextract.ts');
    const { code, output } = await second.done;
    expect(code).toBe(0);
    const last = output.trim().split('\n').at(-1)!;
    expect(last).toMatch(new RegExp(`^REEXTRACT articles=${files.length - partly} changed=\\d+$`));
    expect(snapshotDiff(await recordSnapshot(db.pool), fresh)).toEqual({});

    const third = await runCli(database.url, 'src/cli/reextract.ts').done;
    expect(third.output.trim().split('\n').at(-1)).toBe('REEXTRACT articles=0 changed=0');
  });
});

test('a seed loading new articles while re-extraction runs ends as a fresh load of everything', async () => {
  await withDatabase(async (db, database) => {
    const seeds = files.filter((f) => f.startsWith(SEED_DIR));
    const others = files.filter((f) => !f.startsWith(SEED_DIR));
    await load(db, others, 'old');
    const reextract = runCli(database.url, 'src/cli/reextract.ts');
    const seed = runCli(database.url, 'src/cli/seed.ts', [SEED_DIR]);
    const [r, s] = await Promise.all([reextract.done, seed.done]);
    expect(r.code).toBe(0);
    expect(s.code).toBe(0);
    // The seed's articles may have been loaded before the older ones were re-extracted: record order
    // then differs from the fresh load's only where a record's first article decides, which a second
    // pass cannot change; the sets of keys and evidence must agree.
    const now = await recordSnapshot(db.pool);
    const keys = (snap: Record<string, string[]>) => Object.fromEntries(Object.entries(snap).map(([t, lines]) => [t, lines.map((l) => JSON.stringify(JSON.parse(l)[0])).sort()]));
    expect(keys(now)).toEqual(keys(fresh));
    expect(now.evidence).toEqual(fresh.evidence);
  });
});
