/**
 * The load stage: writes one extracted article and its records in ONE
 * transaction, so a failure (bad data, killed process, lost database) leaves
 * nothing half-written.
 *
 * - Idempotent: an article whose content hash is already stored is skipped.
 * - Safe to run concurrently with itself: every load takes the same
 *   transaction-scoped advisory lock first, so two loaders never race on the
 *   entity keys; extraction (the CPU-heavy part) happens before, in parallel.
 * - Merges: an entity or record whose resolver key exists gains aliases,
 *   parties, sectors and a new piece of evidence instead of a duplicate.
 */
import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { AgreementRecord, Evidence as EvidenceSpan, ExtractedArticle, OrganizationRecord, StatementRecord } from './types';
import { agreementKey, factKey, organizationKey, personKey, regionKey, statementKey } from './resolve';

type Tx = Prisma.TransactionClient;

/** Arbitrary but fixed: the advisory lock that serializes loaders. */
export const INGEST_LOCK_KEY = 0x6b636131; // "kca1" (also taken by merges, src/db/merge.ts)

export const RECORD_KINDS = ['countries', 'regions', 'organizations', 'persons', 'agreements', 'statements', 'facts'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type KindCounts = Record<RecordKind, number>;

export interface LoadResult {
  articleId: number;
  /** 'unchanged': the same cleaned body was loaded before; nothing was written. */
  status: 'created' | 'unchanged';
  /** New rows per record kind. */
  created: KindCounts;
  /** Existing rows that gained evidence (and aliases, parties...) from this article. */
  merged: KindCounts;
}

export function emptyCounts(): KindCounts {
  return { countries: 0, regions: 0, organizations: 0, persons: 0, agreements: 0, statements: 0, facts: 0 };
}

export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** "2024", "2024-06", "2024-06-12" → first day, as a UTC date; null when unparseable. */
export function partialDateStart(date: string | null | undefined): Date | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')));
  return Number.isNaN(d.getTime()) ? null : d;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

type EvidenceTarget =
  | { countryId: number }
  | { regionId: number }
  | { organizationId: number }
  | { personId: number }
  | { agreementId: number }
  | { statementId: number }
  | { factId: number };

export async function loadArticle(
  prisma: PrismaClient,
  extracted: ExtractedArticle,
  options: { timeoutMs?: number } = {},
): Promise<LoadResult> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY}::bigint)`;
      const existing = await tx.article.findUnique({ where: { contentHash: extracted.article.contentHash }, select: { id: true } });
      if (existing) return { articleId: existing.id, status: 'unchanged', created: emptyCounts(), merged: emptyCounts() };
      return new ArticleWriter(tx, extracted).write();
    },
    { timeout: options.timeoutMs ?? 60_000, maxWait: options.timeoutMs ?? 60_000 },
  );
}

/**
 * One row of a keyed table as this article leaves it: found in the database
 * (`before` = its stored fields) or new (`before` = null, inserted in one
 * batch). Merges from several records of the article accumulate in `now`;
 * an existing row is updated once, and only when `now` differs from `before`.
 */
interface Staged<F> {
  id: number;
  key: string;
  before: F | null;
  now: F;
}

/** The rows of one keyed table an article touches, by key, in first-seen order. */
class Staging<F> {
  readonly byKey = new Map<string, Staged<F>>();

  /** Rows found in the database, in id order (acronym matching takes the oldest). */
  addExisting(rows: Iterable<{ id: number; key: string; fields: F }>): void {
    for (const r of rows) this.byKey.set(r.key, { id: r.id, key: r.key, before: r.fields, now: { ...r.fields } });
  }

  /** An existing row by id (a merge target standing for another key), if it was read. */
  byId(id: number | undefined): Staged<F> | undefined {
    return id === undefined ? undefined : [...this.byKey.values()].find((r) => r.before !== null && r.id === id);
  }

  addNew(key: string, fields: F): Staged<F> {
    const row: Staged<F> = { id: 0, key, before: null, now: fields };
    this.byKey.set(key, row);
    return row;
  }

  get created(): Staged<F>[] {
    return [...this.byKey.values()].filter((r) => r.before === null);
  }

  get changed(): Staged<F>[] {
    return [...this.byKey.values()].filter((r) => r.before !== null && JSON.stringify(r.before) !== JSON.stringify(r.now));
  }

  /** Ids of inserted rows, matched back by their unique key. */
  assignIds(inserted: ReadonlyArray<{ id: number; key: string }>): void {
    for (const r of inserted) this.byKey.get(r.key)!.id = r.id;
  }
}

type OrganizationFields = { name: string; aliases: string[]; acronyms: string[]; kind: OrganizationRecord['kind']; countryId: number | null };
type PersonFields = { name: string; aliases: string[]; role: string | null; countryId: number | null; organizationId: number | null };
type AgreementFields = Omit<Prisma.AgreementCreateManyInput, 'id' | 'key'> & { sectors: AgreementRecord['sectors'] };
type StatementFields = Omit<Prisma.StatementCreateManyInput, 'id' | 'key'> & { sectors: StatementRecord['sectors'] };
type FactFields = Omit<Prisma.FactCreateManyInput, 'id' | 'key'>;

/**
 * Writes one new article; lives for one transaction.
 *
 * Statements per article stay constant whatever its size: each table is read
 * once for all the article's keys, new rows go in one multi-row INSERT per
 * table, join rows and evidence in one INSERT each, and only existing rows
 * that actually gain something (an alias, a sector, a date) are updated, one
 * by one. The advisory lock makes read-then-insert safe.
 */
class ArticleWriter {
  private readonly created = emptyCounts();
  private readonly merged = emptyCounts();
  private readonly evidenceRows: Prisma.EvidenceCreateManyInput[] = [];
  private articleId = 0;
  /** Countries this article has placed so far (mentioned or referenced), as the extractors name them. */
  private readonly countryIds = new Map<string, number>();
  /** Every stored country the article could reference, read once. */
  private readonly storedCountries = new Map<string, { id: number; aliases: string[] }>();
  private readonly organizationIds = new Map<string, number>();
  private readonly personIds = new Map<string, number>();
  private readonly agreementParties: { countries: Prisma.AgreementPartyCountryCreateManyInput[]; organizations: Prisma.AgreementPartyOrganizationCreateManyInput[]; signatories: Prisma.AgreementSignatoryCreateManyInput[] } = {
    countries: [],
    organizations: [],
    signatories: [],
  };
  private readonly statementMentions: { countries: Prisma.StatementMentionCountryCreateManyInput[]; organizations: Prisma.StatementMentionOrganizationCreateManyInput[] } = {
    countries: [],
    organizations: [],
  };

  constructor(
    private readonly tx: Tx,
    private readonly x: ExtractedArticle,
  ) {}

  async write(): Promise<LoadResult> {
    const a = this.x.article;
    const article = await this.tx.article.create({
      data: {
        contentHash: a.contentHash,
        title: a.title,
        publisher: a.publisher,
        publishedOn: partialDateStart(a.publishedOn),
        body: a.body,
        sourceFile: a.sourceFile,
        url: a.url,
      },
      select: { id: true },
    });
    this.articleId = article.id;
    await this.readCountries();
    await this.countries();
    await this.regions();
    await this.organizations();
    await this.persons();
    await this.agreements();
    await this.statements();
    await this.facts();
    await this.joinRows();
    if (this.evidenceRows.length) await this.tx.evidence.createMany({ data: this.evidenceRows });
    return { articleId: article.id, status: 'created', created: this.created, merged: this.merged };
  }

  private count(kind: RecordKind, isNew: boolean): void {
    (isNew ? this.created : this.merged)[kind] += 1;
  }

  private addEvidence(target: EvidenceTarget, spans: readonly EvidenceSpan[]): void {
    const seen = new Set<string>();
    for (const s of spans) {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      this.evidenceRows.push({ articleId: this.articleId, start: s.start, end: s.end, sentence: s.text, ...target });
    }
  }

  private countryId(iso2: string | null | undefined): number | undefined {
    return iso2 ? this.countryIds.get(iso2.toUpperCase()) : undefined;
  }

  /** One read for every country code the article mentions or references (members, home countries). */
  private async readCountries(): Promise<void> {
    const x = this.x;
    const codes = new Set<string>();
    for (const c of x.countries) codes.add(c.iso2.toUpperCase());
    for (const r of x.regions) for (const m of r.members) codes.add(m.toUpperCase());
    for (const e of [...x.organizations, ...x.persons]) if (e.country) codes.add(e.country.toUpperCase());
    if (codes.size === 0) return;
    const rows = await this.tx.country.findMany({ where: { iso2: { in: [...codes] } }, select: { id: true, iso2: true, aliases: true } });
    for (const r of rows) this.storedCountries.set(r.iso2, { id: r.id, aliases: r.aliases });
  }

  private async countries(): Promise<void> {
    for (const c of this.x.countries) {
      const iso2 = c.iso2.toUpperCase();
      const found = this.storedCountries.get(iso2);
      let id: number;
      if (found) {
        const aliases = union(found.aliases, c.aliasesSeen);
        if (!sameList(aliases, found.aliases)) await this.tx.country.update({ where: { id: found.id }, data: { aliases }, select: { id: true } });
        found.aliases = aliases;
        id = found.id;
      } else {
        id = (await this.tx.country.create({ data: { iso2, iso3: c.iso3.toUpperCase(), name: c.name, aliases: c.aliasesSeen }, select: { id: true } })).id;
        this.storedCountries.set(iso2, { id, aliases: c.aliasesSeen });
      }
      this.count('countries', !found);
      this.countryIds.set(iso2, id);
      this.addEvidence({ countryId: id }, c.evidence);
    }
  }

  /** Countries referenced (members, home countries) but not mentioned: only rows that exist; none is created. */
  private ensureCountry(iso2: string): number | undefined {
    const code = iso2.toUpperCase();
    const known = this.countryIds.get(code);
    if (known) return known;
    const row = this.storedCountries.get(code);
    if (row) this.countryIds.set(code, row.id);
    return row?.id;
  }

  private async regions(): Promise<void> {
    if (this.x.regions.length === 0) return;
    const keys = this.x.regions.map((r) => regionKey(r.name));
    const stored = new Map((await this.tx.region.findMany({ where: { key: { in: keys } }, select: { id: true, key: true, aliases: true } })).map((r) => [r.key, r]));
    const members: Prisma.RegionMemberCreateManyInput[] = [];
    for (const [i, r] of this.x.regions.entries()) {
      const key = keys[i]!;
      const found = stored.get(key);
      let id: number;
      if (found) {
        const aliases = union(found.aliases, r.aliasesSeen);
        if (!sameList(aliases, found.aliases)) await this.tx.region.update({ where: { id: found.id }, data: { aliases }, select: { id: true } });
        found.aliases = aliases;
        id = found.id;
      } else {
        id = (await this.tx.region.create({ data: { key, name: r.name, aliases: r.aliasesSeen }, select: { id: true } })).id;
        stored.set(key, { id, key, aliases: r.aliasesSeen });
      }
      this.count('regions', !found);
      for (const m of r.members) {
        const countryId = this.ensureCountry(m);
        if (countryId !== undefined) members.push({ regionId: id, countryId });
      }
      this.addEvidence({ regionId: id }, r.evidence);
    }
    if (members.length) await this.tx.regionMember.createMany({ data: members, skipDuplicates: true });
  }

  /**
   * Organizations: stored under their key, or under one of their acronyms
   * ("KCCI" introduced in one article, spelled out in another; the oldest
   * such row wins), read in one statement for the whole article.
   */
  private async organizations(): Promise<void> {
    const orgs = this.x.organizations;
    if (orgs.length === 0) return;
    const keys = orgs.map((o) => organizationKey(o.name));
    const merged = await this.mergedKeyTargets('ORGANIZATION', keys);
    const acronyms = [...new Set(orgs.flatMap((o) => o.acronyms))];
    const rows = await this.tx.organization.findMany({
      where: { OR: [{ key: { in: keys } }, { id: { in: [...merged.values()] } }, ...(acronyms.length ? [{ acronyms: { hasSome: acronyms } }] : [])] },
      select: { id: true, key: true, name: true, aliases: true, acronyms: true, kind: true, countryId: true },
      orderBy: { id: 'asc' },
    });
    const staging = new Staging<OrganizationFields>();
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf: Staged<OrganizationFields>[] = [];
    for (const [i, o] of orgs.entries()) {
      const key = keys[i]!;
      const found = staging.byKey.get(key) ?? staging.byId(merged.get(key)) ?? (o.acronyms.length ? [...staging.byKey.values()].find((r) => r.now.acronyms.some((a) => o.acronyms.includes(a))) : undefined);
      const countryId = this.countryId(o.country) ?? (o.country ? this.ensureCountry(o.country) : undefined);
      if (found) {
        found.now.aliases = union(found.now.aliases, o.aliasesSeen);
        found.now.acronyms = union(found.now.acronyms, o.acronyms);
        found.now.countryId = found.now.countryId ?? countryId ?? null;
      }
      rowOf.push(found ?? staging.addNew(key, { name: o.name, aliases: o.aliasesSeen, acronyms: o.acronyms, kind: o.kind, countryId: countryId ?? null }));
      this.count('organizations', !found);
    }
    const fresh = staging.created;
    if (fresh.length) staging.assignIds(await this.tx.organization.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.now })), select: { id: true, key: true } }));
    for (const r of staging.changed) {
      await this.tx.organization.update({ where: { id: r.id }, data: { aliases: r.now.aliases, acronyms: r.now.acronyms, countryId: r.now.countryId }, select: { id: true } });
    }
    for (const [i, o] of orgs.entries()) {
      this.organizationIds.set(o.name, rowOf[i]!.id);
      this.addEvidence({ organizationId: rowOf[i]!.id }, o.evidence);
    }
  }

  private async persons(): Promise<void> {
    const persons = this.x.persons;
    if (persons.length === 0) return;
    const keys = persons.map((p) => personKey(p.name));
    const merged = await this.mergedKeyTargets('PERSON', keys);
    const rows = await this.tx.person.findMany({
      where: { OR: [{ key: { in: keys } }, { id: { in: [...merged.values()] } }] },
      select: { id: true, key: true, name: true, aliases: true, role: true, countryId: true, organizationId: true },
    });
    const staging = new Staging<PersonFields>();
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf: Staged<PersonFields>[] = [];
    for (const [i, p] of persons.entries()) {
      const found = staging.byKey.get(keys[i]!) ?? staging.byId(merged.get(keys[i]!));
      const countryId = this.countryId(p.country) ?? (p.country ? this.ensureCountry(p.country) : undefined);
      const organizationId = p.organization ? this.organizationIds.get(p.organization) : undefined;
      if (found) {
        found.now.aliases = union(found.now.aliases, p.aliasesSeen);
        found.now.role = found.now.role ?? p.role;
        found.now.countryId = found.now.countryId ?? countryId ?? null;
        found.now.organizationId = found.now.organizationId ?? organizationId ?? null;
      }
      rowOf.push(found ?? staging.addNew(keys[i]!, { name: p.name, aliases: p.aliasesSeen, role: p.role, countryId: countryId ?? null, organizationId: organizationId ?? null }));
      this.count('persons', !found);
    }
    const fresh = staging.created;
    if (fresh.length) staging.assignIds(await this.tx.person.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.now })), select: { id: true, key: true } }));
    for (const r of staging.changed) {
      const { aliases, role, countryId, organizationId } = r.now;
      await this.tx.person.update({ where: { id: r.id }, data: { aliases, role, countryId, organizationId }, select: { id: true } });
    }
    for (const [i, p] of persons.entries()) {
      this.personIds.set(p.name, rowOf[i]!.id);
      this.addEvidence({ personId: rowOf[i]!.id }, p.evidence);
    }
  }

  /**
   * Keys that a correction merge folded into another row (src/db/merge.ts),
   * mapped to the row that now stands for them, following merges of merges.
   * So an article naming a merged-away organization or person resolves to the
   * merge target instead of creating the duplicate again.
   */
  private async mergedKeyTargets(kind: 'ORGANIZATION' | 'PERSON', keys: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.tx.$queryRaw<{ key: string; targetId: number }[]>`
      WITH RECURSIVE redirect(key, target_id, depth) AS (
        SELECT k, a.target_id, 1 FROM merge_audits a CROSS JOIN LATERAL unnest(a.source_keys) k
        WHERE a.kind = ${kind}::"MergeKind" AND a.source_keys && ${keys}::text[] AND k = ANY(${keys}::text[])
        UNION ALL
        SELECT r.key, a.target_id, r.depth + 1 FROM redirect r JOIN merge_audits a ON a.kind = ${kind}::"MergeKind" AND r.target_id = ANY(a.source_ids)
        WHERE r.depth < 20
      )
      SELECT DISTINCT ON (key) key, target_id AS "targetId" FROM redirect ORDER BY key, depth DESC`;
    return new Map(rows.map((r) => [r.key, r.targetId]));
  }

  private ids(names: readonly string[], map: Map<string, number>): number[] {
    return [...new Set(names.map((n) => map.get(n)).filter((id): id is number => id !== undefined))];
  }

  private countryIdsOf(codes: readonly string[]): number[] {
    return this.ids(codes.map((c) => c.toUpperCase()), this.countryIds);
  }

  private async agreements(): Promise<void> {
    const agreements = this.x.agreements;
    if (agreements.length === 0) return;
    const keys = agreements.map((g) => agreementKey(g));
    const rows = await this.tx.agreement.findMany({
      where: { key: { in: keys } },
      select: { id: true, key: true, title: true, kind: true, status: true, date: true, dateStart: true, quantity: true, sectors: true },
    });
    const staging = new Staging<AgreementFields>();
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf: Staged<AgreementFields>[] = [];
    for (const [i, g] of agreements.entries()) {
      const found = staging.byKey.get(keys[i]!);
      if (found) {
        const date = found.now.date ?? g.date;
        found.now.sectors = union(found.now.sectors, g.sectors);
        found.now.date = date;
        found.now.dateStart = partialDateStart(date);
        found.now.quantity = found.now.quantity ?? g.quantity;
      }
      rowOf.push(found ?? staging.addNew(keys[i]!, { title: g.title, kind: g.kind, status: g.status, date: g.date, dateStart: partialDateStart(g.date), quantity: g.quantity, sectors: g.sectors }));
      this.count('agreements', !found);
    }
    const fresh = staging.created;
    if (fresh.length) staging.assignIds(await this.tx.agreement.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.now })), select: { id: true, key: true } }));
    for (const r of staging.changed) {
      const { sectors, date, dateStart, quantity } = r.now;
      await this.tx.agreement.update({ where: { id: r.id }, data: { sectors, date, dateStart, quantity }, select: { id: true } });
    }
    for (const [i, g] of agreements.entries()) {
      const agreementId = rowOf[i]!.id;
      this.agreementParties.countries.push(...this.countryIdsOf(g.parties.countries).map((countryId) => ({ agreementId, countryId })));
      this.agreementParties.organizations.push(...this.ids(g.parties.organizations, this.organizationIds).map((organizationId) => ({ agreementId, organizationId })));
      this.agreementParties.signatories.push(...this.ids(g.signatories, this.personIds).map((personId) => ({ agreementId, personId })));
      this.addEvidence({ agreementId }, g.evidence);
    }
  }

  private async statements(): Promise<void> {
    // A statement whose speaker the article does not define cannot be attributed: skip it rather than store an orphan.
    const attributed = this.x.statements
      .map((s) => ({
        s,
        speakerPersonId: s.speakerType === 'PERSON' ? this.personIds.get(s.speaker) : undefined,
        speakerOrganizationId: s.speakerType === 'ORGANIZATION' ? this.organizationIds.get(s.speaker) : undefined,
      }))
      .filter((a) => a.speakerPersonId !== undefined || a.speakerOrganizationId !== undefined);
    if (attributed.length === 0) return;
    const keys = attributed.map(({ s }) => statementKey(s));
    const rows = await this.tx.statement.findMany({
      where: { key: { in: keys } },
      select: { id: true, key: true, kind: true, text: true, date: true, dateStart: true, occasion: true, sectors: true, speakerPersonId: true, speakerOrganizationId: true },
    });
    const staging = new Staging<StatementFields>();
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf: Staged<StatementFields>[] = [];
    for (const [i, { s, speakerPersonId, speakerOrganizationId }] of attributed.entries()) {
      const found = staging.byKey.get(keys[i]!);
      if (found) {
        const date = found.now.date ?? s.date;
        found.now.sectors = union(found.now.sectors, s.sectors);
        found.now.date = date;
        found.now.dateStart = partialDateStart(date);
        found.now.occasion = found.now.occasion ?? s.occasion;
      }
      rowOf.push(
        found ??
          staging.addNew(keys[i]!, {
            kind: s.kind,
            text: s.text,
            date: s.date,
            dateStart: partialDateStart(s.date),
            occasion: s.occasion,
            sectors: s.sectors,
            speakerPersonId: speakerPersonId ?? null,
            speakerOrganizationId: speakerOrganizationId ?? null,
          }),
      );
      this.count('statements', !found);
    }
    const fresh = staging.created;
    if (fresh.length) staging.assignIds(await this.tx.statement.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.now })), select: { id: true, key: true } }));
    for (const r of staging.changed) {
      const { sectors, date, dateStart, occasion } = r.now;
      await this.tx.statement.update({ where: { id: r.id }, data: { sectors, date, dateStart, occasion }, select: { id: true } });
    }
    for (const [i, { s }] of attributed.entries()) {
      const statementId = rowOf[i]!.id;
      this.statementMentions.countries.push(...this.countryIdsOf(s.mentions.countries).map((countryId) => ({ statementId, countryId })));
      this.statementMentions.organizations.push(...this.ids(s.mentions.organizations, this.organizationIds).map((organizationId) => ({ statementId, organizationId })));
      this.addEvidence({ statementId }, s.evidence);
    }
  }

  private async facts(): Promise<void> {
    const facts = this.x.facts;
    if (facts.length === 0) return;
    const keys = facts.map((f) => factKey(f));
    // A fact found again only gains evidence: its fields never change.
    const stored = new Map((await this.tx.fact.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } })).map((r) => [r.key, r.id]));
    const staging = new Staging<FactFields>();
    for (const [i, f] of facts.entries()) {
      const key = keys[i]!;
      const found = stored.has(key) || staging.byKey.has(key);
      if (!found) {
        const subjectIso2 = this.x.countries.find((c) => c.name === f.subject || c.aliasesSeen.includes(f.subject))?.iso2;
        staging.addNew(key, {
          subject: f.subject,
          metric: f.metric,
          value: f.value,
          unit: f.unit,
          date: f.date,
          dateStart: partialDateStart(f.date),
          subjectCountryId: this.countryId(subjectIso2) ?? null,
          subjectOrganizationId: this.organizationIds.get(f.subject) ?? null,
        });
      }
      this.count('facts', !found);
    }
    const fresh = staging.created;
    if (fresh.length) staging.assignIds(await this.tx.fact.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.now })), select: { id: true, key: true } }));
    for (const [i, f] of facts.entries()) this.addEvidence({ factId: stored.get(keys[i]!) ?? staging.byKey.get(keys[i]!)!.id }, f.evidence);
  }

  /** Parties, signatories and mentions of every agreement and statement: one INSERT per join table. */
  private async joinRows(): Promise<void> {
    const { countries, organizations, signatories } = this.agreementParties;
    if (countries.length) await this.tx.agreementPartyCountry.createMany({ data: countries, skipDuplicates: true });
    if (organizations.length) await this.tx.agreementPartyOrganization.createMany({ data: organizations, skipDuplicates: true });
    if (signatories.length) await this.tx.agreementSignatory.createMany({ data: signatories, skipDuplicates: true });
    const mentions = this.statementMentions;
    if (mentions.countries.length) await this.tx.statementMentionCountry.createMany({ data: mentions.countries, skipDuplicates: true });
    if (mentions.organizations.length) await this.tx.statementMentionOrganization.createMany({ data: mentions.organizations, skipDuplicates: true });
  }
}
