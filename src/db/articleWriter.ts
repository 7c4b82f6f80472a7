/**
 * Writes one article and its records in ONE transaction, so a failure (bad
 * data, killed process, lost database) leaves nothing half-written. The
 * caller (src/ingest/load.ts) has already keyed every record (src/ingest/resolve.ts).
 *
 * - Idempotent: an article whose content hash is already stored is skipped.
 * - Safe to run concurrently with itself: every write takes the ingest
 *   advisory lock first (src/db/locks.ts), so two loaders never race on the
 *   entity keys; extraction (the CPU-heavy part) happens before, in parallel.
 * - Merges: an entity or record whose key exists gains aliases, parties,
 *   sectors and a new piece of evidence instead of a duplicate; a key that a
 *   correction merge folded away (src/db/merge.ts) resolves to its target.
 */
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { AgreementKind, AgreementStatus, OrganizationKind, Sector, StatementKind } from '../generated/prisma/enums';
import { takeIngestLock } from './locks';
import { RECORD_KINDS, type EvidenceField, type RecordKind } from './registry';

type Tx = Prisma.TransactionClient;

/** Rows per record kind (the registry's plural names: countries, regions, ...). */
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
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, 0])) as KindCounts;
}

/** A span of the article body and its sentence: `body.slice(start, end) === text`. */
interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
}

/** What the writer reads of an extracted article (src/ingest/types.ts), each record with its resolver key. */
export interface ArticleToWrite {
  article: { contentHash: string; title: string | null; publisher: string | null; publishedOn: string | null; body: string; sourceFile: string | null; url: string | null };
  countries: readonly { iso2: string; iso3: string; name: string; aliasesSeen: string[]; evidence: EvidenceSpan[] }[];
  regions: readonly { key: string; name: string; members: string[]; aliasesSeen: string[]; evidence: EvidenceSpan[] }[];
  organizations: readonly { key: string; name: string; aliasesSeen: string[]; acronyms: string[]; kind: OrganizationKind; country: string | null; evidence: EvidenceSpan[] }[];
  persons: readonly { key: string; name: string; aliasesSeen: string[]; role: string | null; country: string | null; organization: string | null; evidence: EvidenceSpan[] }[];
  agreements: readonly {
    key: string;
    title: string;
    kind: AgreementKind;
    status: AgreementStatus;
    date: string | null;
    quantity: string | null;
    sectors: Sector[];
    parties: { countries: string[]; organizations: string[] };
    signatories: string[];
    evidence: EvidenceSpan[];
  }[];
  /** Statements carry their key only when their speaker is one of the article's persons or organizations. */
  statements: readonly {
    key: string;
    speaker: string;
    speakerType: 'PERSON' | 'ORGANIZATION';
    kind: StatementKind;
    text: string;
    date: string | null;
    occasion: string | null;
    sectors: Sector[];
    mentions: { countries: string[]; organizations: string[] };
    evidence: EvidenceSpan[];
  }[];
  /** `subjectCountry`: ISO alpha-2 of the article's country the subject names, if any. */
  facts: readonly { key: string; subject: string; subjectCountry: string | null; metric: string; value: number; unit: string; date: string | null; evidence: EvidenceSpan[] }[];
}

// Every record kind of the registry is something the writer takes (compile-time check: a new kind needs its writer step).
const writesEveryKind: [Exclude<keyof ArticleToWrite, 'article'>] extends [RecordKind] ? ([RecordKind] extends [Exclude<keyof ArticleToWrite, 'article'>] ? true : false) : false = true;
void writesEveryKind;

/** "2024", "2024-06", "2024-06-12" → first day, as a UTC date (the date_start column); null when unparseable. */
export function partialDateStart(date: string | null | undefined): Date | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')));
  return Number.isNaN(d.getTime()) ? null : d;
}

export async function writeArticle(prisma: PrismaClient, article: ArticleToWrite, options: { timeoutMs?: number } = {}): Promise<LoadResult> {
  return prisma.$transaction(
    async (tx) => {
      await takeIngestLock(tx);
      const existing = await tx.article.findUnique({ where: { contentHash: article.article.contentHash }, select: { id: true } });
      if (existing) return { articleId: existing.id, status: 'unchanged', created: emptyCounts(), merged: emptyCounts() };
      return new ArticleWriter(tx, article).write();
    },
    { timeout: options.timeoutMs ?? 60_000, maxWait: options.timeoutMs ?? 60_000 },
  );
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** An agreement or statement found again gains the article's sectors, and its date when it had none. */
function gainSectorsAndDate(now: { sectors: Sector[]; date?: string | null; dateStart?: Date | string | null }, record: { sectors: Sector[]; date: string | null }): void {
  now.sectors = union(now.sectors, record.sectors);
  now.date = now.date ?? record.date;
  now.dateStart = partialDateStart(now.date);
}

/** The one record an evidence row points at. */
type EvidenceTarget = { [F in EvidenceField]: { [K in F]: number } }[EvidenceField];

/**
 * One row of a keyed table as this article leaves it: found in the database
 * (`stored`, `before` = its stored fields) or new (inserted in one batch).
 * Merges from several records of the article accumulate in `now`; a stored
 * row is updated once, and only when `now` differs from `before`.
 */
interface Staged<F> {
  id: number;
  key: string;
  stored: boolean;
  before: F | null;
  now: F;
}

/** How one keyed table takes the rows an article stages: new ones in one INSERT, changed ones one UPDATE each. */
interface TableWrites<F> {
  insert(rows: { key: string; fields: F }[]): Promise<{ id: number; key: string }[]>;
  /** Writes the fields a merge can change; absent for tables whose rows never change. */
  update?(id: number, fields: F): Promise<unknown>;
}

/** The rows of one keyed table an article touches, by key, in first-seen order. */
class Staging<F> {
  readonly byKey = new Map<string, Staged<F>>();

  /** Rows found in the database, in id order (acronym matching takes the oldest). */
  addExisting(rows: Iterable<{ id: number; key: string; fields: F }>): void {
    for (const r of rows) this.byKey.set(r.key, { id: r.id, key: r.key, stored: true, before: r.fields, now: structuredClone(r.fields) });
  }

  /** An existing row by id (a merge target standing for another key), if it was read. */
  byId(id: number | undefined): Staged<F> | undefined {
    return id === undefined ? undefined : [...this.byKey.values()].find((r) => r.stored && r.id === id);
  }

  addNew(key: string, fields: F): Staged<F> {
    const row: Staged<F> = { id: 0, key, stored: false, before: null, now: fields };
    this.byKey.set(key, row);
    return row;
  }

  /** Inserts the new rows (ids matched back by key), then updates the existing rows that changed. */
  async write(writes: TableWrites<F>): Promise<void> {
    const rows = [...this.byKey.values()];
    const fresh = rows.filter((r) => !r.stored);
    if (fresh.length) for (const r of await writes.insert(fresh.map((s) => ({ key: s.key, fields: s.now })))) this.byKey.get(r.key)!.id = r.id;
    if (!writes.update) return;
    for (const r of rows) if (r.stored && JSON.stringify(r.before) !== JSON.stringify(r.now)) await writes.update(r.id, r.now);
  }
}

type CountryFields = { iso3: string; name: string; aliases: string[] };
type RegionFields = { name: string; aliases: string[] };
type OrganizationFields = { name: string; aliases: string[]; acronyms: string[]; kind: OrganizationKind; countryId: number | null };
type PersonFields = { name: string; aliases: string[]; role: string | null; countryId: number | null; organizationId: number | null };
type AgreementFields = Omit<Prisma.AgreementCreateManyInput, 'id' | 'key'> & { sectors: Sector[] };
type StatementFields = Omit<Prisma.StatementCreateManyInput, 'id' | 'key'> & { sectors: Sector[] };
type FactFields = Omit<Prisma.FactCreateManyInput, 'id' | 'key'>;

const KEYED = { select: { id: true, key: true } } as const;
const ID = { select: { id: true } } as const;

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
  /** Every stored country the article mentions or references (members, home countries), by ISO alpha-2; mentioned ones are added. */
  private readonly countryIds = new Map<string, number>();
  private readonly organizationIds = new Map<string, number>();
  private readonly personIds = new Map<string, number>();
  private readonly regionMembers: Prisma.RegionMemberCreateManyInput[] = [];
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
    private readonly x: ArticleToWrite,
  ) {}

  async write(): Promise<LoadResult> {
    const a = this.x.article;
    const article = await this.tx.article.create({
      data: { contentHash: a.contentHash, title: a.title, publisher: a.publisher, publishedOn: partialDateStart(a.publishedOn), body: a.body, sourceFile: a.sourceFile, url: a.url },
      ...ID,
    });
    this.articleId = article.id;
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

  /** A stored (or just created) country by ISO alpha-2 in any case; referenced countries are never created. */
  private countryId(iso2: string | null | undefined): number | undefined {
    return iso2 ? this.countryIds.get(iso2.toUpperCase()) : undefined;
  }

  /**
   * One read for every country code the article mentions or references
   * (members, home countries); the mentioned ones are created when missing
   * (keyed by ISO alpha-2) or gain the aliases seen.
   */
  private async countries(): Promise<void> {
    const x = this.x;
    const codes = new Set<string>();
    for (const c of x.countries) codes.add(c.iso2.toUpperCase());
    for (const r of x.regions) for (const m of r.members) codes.add(m.toUpperCase());
    for (const e of [...x.organizations, ...x.persons]) if (e.country) codes.add(e.country.toUpperCase());
    if (codes.size === 0) return;
    const rows = await this.tx.country.findMany({ where: { iso2: { in: [...codes] } }, select: { id: true, iso2: true, iso3: true, name: true, aliases: true } });
    const staging = new Staging<CountryFields>();
    staging.addExisting(rows.map(({ id, iso2, ...fields }) => ({ id, key: iso2, fields })));
    const rowOf = x.countries.map((c) => {
      const found = staging.byKey.get(c.iso2.toUpperCase());
      if (found) found.now.aliases = union(found.now.aliases, c.aliasesSeen);
      this.count('countries', !found);
      return found ?? staging.addNew(c.iso2.toUpperCase(), { iso3: c.iso3.toUpperCase(), name: c.name, aliases: c.aliasesSeen });
    });
    await staging.write({
      insert: (fresh) => this.tx.country.createManyAndReturn({ data: fresh.map((r) => ({ iso2: r.key, ...r.fields })), select: { id: true, iso2: true } }).then((ids) => ids.map((r) => ({ id: r.id, key: r.iso2 }))),
      update: (id, { aliases }) => this.tx.country.update({ where: { id }, data: { aliases }, ...ID }),
    });
    for (const r of staging.byKey.values()) this.countryIds.set(r.key, r.id);
    x.countries.forEach((c, i) => this.addEvidence({ countryId: rowOf[i]!.id }, c.evidence));
  }

  private async regions(): Promise<void> {
    const regions = this.x.regions;
    if (regions.length === 0) return;
    const staging = new Staging<RegionFields>();
    const rows = await this.tx.region.findMany({ where: { key: { in: regions.map((r) => r.key) } }, select: { id: true, key: true, name: true, aliases: true } });
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf = regions.map((r) => {
      const found = staging.byKey.get(r.key);
      if (found) found.now.aliases = union(found.now.aliases, r.aliasesSeen);
      this.count('regions', !found);
      return found ?? staging.addNew(r.key, { name: r.name, aliases: r.aliasesSeen });
    });
    await staging.write({
      insert: (fresh) => this.tx.region.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.fields })), ...KEYED }),
      update: (id, { aliases }) => this.tx.region.update({ where: { id }, data: { aliases }, ...ID }),
    });
    regions.forEach((r, i) => {
      const regionId = rowOf[i]!.id;
      this.regionMembers.push(...this.countryIdsOf(r.members).map((countryId) => ({ regionId, countryId })));
      this.addEvidence({ regionId }, r.evidence);
    });
  }

  /**
   * Organizations: stored under their key, or under one of their acronyms
   * ("KCCI" introduced in one article, spelled out in another; the oldest
   * such row wins), read in one statement for the whole article.
   */
  private async organizations(): Promise<void> {
    const orgs = this.x.organizations;
    if (orgs.length === 0) return;
    const keys = orgs.map((o) => o.key);
    const merged = await mergedKeyTargets(this.tx, 'ORGANIZATION', keys);
    const acronyms = [...new Set(orgs.flatMap((o) => o.acronyms))];
    const rows = await this.tx.organization.findMany({
      where: { OR: [{ key: { in: keys } }, { id: { in: [...merged.values()] } }, ...(acronyms.length ? [{ acronyms: { hasSome: acronyms } }] : [])] },
      select: { id: true, key: true, name: true, aliases: true, acronyms: true, kind: true, countryId: true },
      orderBy: { id: 'asc' },
    });
    const staging = new Staging<OrganizationFields>();
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf = orgs.map((o) => {
      const found = staging.byKey.get(o.key) ?? staging.byId(merged.get(o.key)) ?? (o.acronyms.length ? [...staging.byKey.values()].find((r) => r.now.acronyms.some((a) => o.acronyms.includes(a))) : undefined);
      const countryId = this.countryId(o.country) ?? null;
      if (found) {
        found.now.aliases = union(found.now.aliases, o.aliasesSeen);
        found.now.acronyms = union(found.now.acronyms, o.acronyms);
        found.now.countryId = found.now.countryId ?? countryId;
      }
      this.count('organizations', !found);
      return found ?? staging.addNew(o.key, { name: o.name, aliases: o.aliasesSeen, acronyms: o.acronyms, kind: o.kind, countryId });
    });
    await staging.write({
      insert: (fresh) => this.tx.organization.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.fields })), ...KEYED }),
      update: (id, { aliases, acronyms, countryId }) => this.tx.organization.update({ where: { id }, data: { aliases, acronyms, countryId }, ...ID }),
    });
    orgs.forEach((o, i) => {
      this.organizationIds.set(o.name, rowOf[i]!.id);
      this.addEvidence({ organizationId: rowOf[i]!.id }, o.evidence);
    });
  }

  private async persons(): Promise<void> {
    const persons = this.x.persons;
    if (persons.length === 0) return;
    const keys = persons.map((p) => p.key);
    const merged = await mergedKeyTargets(this.tx, 'PERSON', keys);
    const rows = await this.tx.person.findMany({
      where: { OR: [{ key: { in: keys } }, { id: { in: [...merged.values()] } }] },
      select: { id: true, key: true, name: true, aliases: true, role: true, countryId: true, organizationId: true },
    });
    const staging = new Staging<PersonFields>();
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf = persons.map((p) => {
      const found = staging.byKey.get(p.key) ?? staging.byId(merged.get(p.key));
      const countryId = this.countryId(p.country) ?? null;
      const organizationId = (p.organization ? this.organizationIds.get(p.organization) : undefined) ?? null;
      if (found) {
        found.now.aliases = union(found.now.aliases, p.aliasesSeen);
        found.now.role = found.now.role ?? p.role;
        found.now.countryId = found.now.countryId ?? countryId;
        found.now.organizationId = found.now.organizationId ?? organizationId;
      }
      this.count('persons', !found);
      return found ?? staging.addNew(p.key, { name: p.name, aliases: p.aliasesSeen, role: p.role, countryId, organizationId });
    });
    await staging.write({
      insert: (fresh) => this.tx.person.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.fields })), ...KEYED }),
      update: (id, { aliases, role, countryId, organizationId }) => this.tx.person.update({ where: { id }, data: { aliases, role, countryId, organizationId }, ...ID }),
    });
    persons.forEach((p, i) => {
      this.personIds.set(p.name, rowOf[i]!.id);
      this.addEvidence({ personId: rowOf[i]!.id }, p.evidence);
    });
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
    const rows = await this.tx.agreement.findMany({
      where: { key: { in: agreements.map((g) => g.key) } },
      select: { id: true, key: true, title: true, kind: true, status: true, date: true, dateStart: true, quantity: true, sectors: true },
    });
    const staging = new Staging<AgreementFields>();
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf = agreements.map((g) => {
      const found = staging.byKey.get(g.key);
      if (found) {
        gainSectorsAndDate(found.now, g);
        found.now.quantity = found.now.quantity ?? g.quantity;
      }
      this.count('agreements', !found);
      return found ?? staging.addNew(g.key, { title: g.title, kind: g.kind, status: g.status, date: g.date, dateStart: partialDateStart(g.date), quantity: g.quantity, sectors: g.sectors });
    });
    await staging.write({
      insert: (fresh) => this.tx.agreement.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.fields })), ...KEYED }),
      update: (id, { sectors, date, dateStart, quantity }) => this.tx.agreement.update({ where: { id }, data: { sectors, date, dateStart, quantity }, ...ID }),
    });
    agreements.forEach((g, i) => {
      const agreementId = rowOf[i]!.id;
      this.agreementParties.countries.push(...this.countryIdsOf(g.parties.countries).map((countryId) => ({ agreementId, countryId })));
      this.agreementParties.organizations.push(...this.ids(g.parties.organizations, this.organizationIds).map((organizationId) => ({ agreementId, organizationId })));
      this.agreementParties.signatories.push(...this.ids(g.signatories, this.personIds).map((personId) => ({ agreementId, personId })));
      this.addEvidence({ agreementId }, g.evidence);
    });
  }

  private async statements(): Promise<void> {
    // A statement whose speaker the article does not define cannot be attributed: skip it rather than store an orphan.
    const attributed = this.x.statements
      .map((s) => ({
        s,
        speakerPersonId: (s.speakerType === 'PERSON' ? this.personIds.get(s.speaker) : undefined) ?? null,
        speakerOrganizationId: (s.speakerType === 'ORGANIZATION' ? this.organizationIds.get(s.speaker) : undefined) ?? null,
      }))
      .filter((a) => a.speakerPersonId !== null || a.speakerOrganizationId !== null);
    if (attributed.length === 0) return;
    const rows = await this.tx.statement.findMany({
      where: { key: { in: attributed.map(({ s }) => s.key) } },
      select: { id: true, key: true, kind: true, text: true, date: true, dateStart: true, occasion: true, sectors: true, speakerPersonId: true, speakerOrganizationId: true },
    });
    const staging = new Staging<StatementFields>();
    staging.addExisting(rows.map(({ id, key, ...fields }) => ({ id, key, fields })));
    const rowOf = attributed.map(({ s, speakerPersonId, speakerOrganizationId }) => {
      const found = staging.byKey.get(s.key);
      if (found) {
        gainSectorsAndDate(found.now, s);
        found.now.occasion = found.now.occasion ?? s.occasion;
      }
      this.count('statements', !found);
      return (
        found ??
        staging.addNew(s.key, { kind: s.kind, text: s.text, date: s.date, dateStart: partialDateStart(s.date), occasion: s.occasion, sectors: s.sectors, speakerPersonId, speakerOrganizationId })
      );
    });
    await staging.write({
      insert: (fresh) => this.tx.statement.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.fields })), ...KEYED }),
      update: (id, { sectors, date, dateStart, occasion }) => this.tx.statement.update({ where: { id }, data: { sectors, date, dateStart, occasion }, ...ID }),
    });
    attributed.forEach(({ s }, i) => {
      const statementId = rowOf[i]!.id;
      this.statementMentions.countries.push(...this.countryIdsOf(s.mentions.countries).map((countryId) => ({ statementId, countryId })));
      this.statementMentions.organizations.push(...this.ids(s.mentions.organizations, this.organizationIds).map((organizationId) => ({ statementId, organizationId })));
      this.addEvidence({ statementId }, s.evidence);
    });
  }

  private async facts(): Promise<void> {
    const facts = this.x.facts;
    if (facts.length === 0) return;
    // A fact found again only gains evidence: its fields never change (no update).
    const rows = await this.tx.fact.findMany({ where: { key: { in: facts.map((f) => f.key) } }, select: { id: true, key: true } });
    const staging = new Staging<FactFields | null>();
    staging.addExisting(rows.map(({ id, key }) => ({ id, key, fields: null })));
    const rowOf = facts.map((f) => {
      const found = staging.byKey.get(f.key);
      this.count('facts', !found);
      return (
        found ??
        staging.addNew(f.key, {
          subject: f.subject,
          metric: f.metric,
          value: f.value,
          unit: f.unit,
          date: f.date,
          dateStart: partialDateStart(f.date),
          subjectCountryId: this.countryId(f.subjectCountry) ?? null,
          subjectOrganizationId: this.organizationIds.get(f.subject) ?? null,
        })
      );
    });
    await staging.write({ insert: (fresh) => this.tx.fact.createManyAndReturn({ data: fresh.map((r) => ({ key: r.key, ...r.fields! })), ...KEYED }) });
    facts.forEach((f, i) => this.addEvidence({ factId: rowOf[i]!.id }, f.evidence));
  }

  /** Region members, parties, signatories and mentions: one INSERT per join table. */
  private async joinRows(): Promise<void> {
    const skipDuplicates = true;
    if (this.regionMembers.length) await this.tx.regionMember.createMany({ data: this.regionMembers, skipDuplicates });
    const { countries, organizations, signatories } = this.agreementParties;
    if (countries.length) await this.tx.agreementPartyCountry.createMany({ data: countries, skipDuplicates });
    if (organizations.length) await this.tx.agreementPartyOrganization.createMany({ data: organizations, skipDuplicates });
    if (signatories.length) await this.tx.agreementSignatory.createMany({ data: signatories, skipDuplicates });
    const mentions = this.statementMentions;
    if (mentions.countries.length) await this.tx.statementMentionCountry.createMany({ data: mentions.countries, skipDuplicates });
    if (mentions.organizations.length) await this.tx.statementMentionOrganization.createMany({ data: mentions.organizations, skipDuplicates });
  }
}

/**
 * Keys that a correction merge folded into another row (src/db/merge.ts),
 * mapped to the row that now stands for them, following merges of merges.
 * So an article naming a merged-away organization or person resolves to the
 * merge target instead of creating the duplicate again.
 */
async function mergedKeyTargets(tx: Tx, kind: 'ORGANIZATION' | 'PERSON', keys: readonly string[]): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ key: string; targetId: number }[]>`
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
