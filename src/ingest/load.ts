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
import type { Evidence as EvidenceSpan, ExtractedArticle, OrganizationRecord } from './types';
import { agreementKey, factKey, organizationKey, personKey, regionKey, statementKey } from './resolve';

type Tx = Prisma.TransactionClient;

/** Arbitrary but fixed: the advisory lock that serializes loaders. */
const INGEST_LOCK_KEY = 0x6b636131; // "kca1"

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

/** Writes one new article; lives for one transaction. */
class ArticleWriter {
  private readonly created = emptyCounts();
  private readonly merged = emptyCounts();
  private readonly evidenceRows: Prisma.EvidenceCreateManyInput[] = [];
  private articleId = 0;
  private readonly countryIds = new Map<string, number>();
  private readonly organizationIds = new Map<string, number>();
  private readonly personIds = new Map<string, number>();

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
    await this.countries();
    await this.regions();
    await this.organizations();
    await this.persons();
    await this.agreements();
    await this.statements();
    await this.facts();
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

  private async countries(): Promise<void> {
    for (const c of this.x.countries) {
      const iso2 = c.iso2.toUpperCase();
      const found = await this.tx.country.findUnique({ where: { iso2 }, select: { id: true, aliases: true } });
      const row = found
        ? await this.tx.country.update({ where: { id: found.id }, data: { aliases: union(found.aliases, c.aliasesSeen) }, select: { id: true } })
        : await this.tx.country.create({ data: { iso2, iso3: c.iso3.toUpperCase(), name: c.name, aliases: c.aliasesSeen }, select: { id: true } });
      this.count('countries', !found);
      this.countryIds.set(iso2, row.id);
      this.addEvidence({ countryId: row.id }, c.evidence);
    }
  }

  /** Countries referenced (members, home countries) but not mentioned get a row without evidence. */
  private async ensureCountry(iso2: string): Promise<number | undefined> {
    const code = iso2.toUpperCase();
    const known = this.countryIds.get(code);
    if (known) return known;
    const row = await this.tx.country.findUnique({ where: { iso2: code }, select: { id: true } });
    if (row) this.countryIds.set(code, row.id);
    return row?.id;
  }

  private async regions(): Promise<void> {
    for (const r of this.x.regions) {
      const key = regionKey(r.name);
      const found = await this.tx.region.findUnique({ where: { key }, select: { id: true, aliases: true } });
      const row = found
        ? await this.tx.region.update({ where: { id: found.id }, data: { aliases: union(found.aliases, r.aliasesSeen) }, select: { id: true } })
        : await this.tx.region.create({ data: { key, name: r.name, aliases: r.aliasesSeen }, select: { id: true } });
      this.count('regions', !found);
      const memberIds = (await Promise.all(r.members.map((m) => this.ensureCountry(m)))).filter((id): id is number => id !== undefined);
      if (memberIds.length) {
        await this.tx.regionMember.createMany({ data: memberIds.map((countryId) => ({ regionId: row.id, countryId })), skipDuplicates: true });
      }
      this.addEvidence({ regionId: row.id }, r.evidence);
    }
  }

  /**
   * An organization already stored under its key, or under one of its
   * acronyms ("KCCI" introduced in one article, spelled out in another).
   */
  private async findOrganization(o: OrganizationRecord, key: string) {
    const select = { id: true, aliases: true, acronyms: true, countryId: true } as const;
    const byKey = await this.tx.organization.findUnique({ where: { key }, select });
    if (byKey || o.acronyms.length === 0) return byKey;
    return this.tx.organization.findFirst({ where: { acronyms: { hasSome: o.acronyms } }, select, orderBy: { id: 'asc' } });
  }

  private async organizations(): Promise<void> {
    for (const o of this.x.organizations) {
      const key = organizationKey(o.name);
      const found = await this.findOrganization(o, key);
      const countryId = this.countryId(o.country) ?? (o.country ? await this.ensureCountry(o.country) : undefined);
      const row = found
        ? await this.tx.organization.update({
            where: { id: found.id },
            data: {
              aliases: union(found.aliases, o.aliasesSeen),
              acronyms: union(found.acronyms, o.acronyms),
              countryId: found.countryId ?? countryId ?? null,
            },
            select: { id: true },
          })
        : await this.tx.organization.create({
            data: { key, name: o.name, aliases: o.aliasesSeen, acronyms: o.acronyms, kind: o.kind, countryId: countryId ?? null },
            select: { id: true },
          });
      this.count('organizations', !found);
      this.organizationIds.set(o.name, row.id);
      this.addEvidence({ organizationId: row.id }, o.evidence);
    }
  }

  private async persons(): Promise<void> {
    for (const p of this.x.persons) {
      const key = personKey(p.name);
      const found = await this.tx.person.findUnique({ where: { key }, select: { id: true, aliases: true, role: true, countryId: true, organizationId: true } });
      const countryId = this.countryId(p.country) ?? (p.country ? await this.ensureCountry(p.country) : undefined);
      const organizationId = p.organization ? this.organizationIds.get(p.organization) : undefined;
      const row = found
        ? await this.tx.person.update({
            where: { id: found.id },
            data: {
              aliases: union(found.aliases, p.aliasesSeen),
              role: found.role ?? p.role,
              countryId: found.countryId ?? countryId ?? null,
              organizationId: found.organizationId ?? organizationId ?? null,
            },
            select: { id: true },
          })
        : await this.tx.person.create({
            data: { key, name: p.name, aliases: p.aliasesSeen, role: p.role, countryId: countryId ?? null, organizationId: organizationId ?? null },
            select: { id: true },
          });
      this.count('persons', !found);
      this.personIds.set(p.name, row.id);
      this.addEvidence({ personId: row.id }, p.evidence);
    }
  }

  private ids(names: readonly string[], map: Map<string, number>): number[] {
    return [...new Set(names.map((n) => map.get(n)).filter((id): id is number => id !== undefined))];
  }

  private countryIdsOf(codes: readonly string[]): number[] {
    return this.ids(codes.map((c) => c.toUpperCase()), this.countryIds);
  }

  private async agreements(): Promise<void> {
    for (const g of this.x.agreements) {
      const key = agreementKey(g);
      const found = await this.tx.agreement.findUnique({ where: { key }, select: { id: true, sectors: true, date: true, quantity: true } });
      const row = found
        ? await this.tx.agreement.update({
            where: { id: found.id },
            data: {
              sectors: union(found.sectors, g.sectors),
              date: found.date ?? g.date,
              dateStart: partialDateStart(found.date ?? g.date),
              quantity: found.quantity ?? g.quantity,
            },
            select: { id: true },
          })
        : await this.tx.agreement.create({
            data: { key, title: g.title, kind: g.kind, status: g.status, date: g.date, dateStart: partialDateStart(g.date), quantity: g.quantity, sectors: g.sectors },
            select: { id: true },
          });
      this.count('agreements', !found);
      const agreementId = row.id;
      await this.tx.agreementPartyCountry.createMany({ data: this.countryIdsOf(g.parties.countries).map((countryId) => ({ agreementId, countryId })), skipDuplicates: true });
      await this.tx.agreementPartyOrganization.createMany({
        data: this.ids(g.parties.organizations, this.organizationIds).map((organizationId) => ({ agreementId, organizationId })),
        skipDuplicates: true,
      });
      await this.tx.agreementSignatory.createMany({ data: this.ids(g.signatories, this.personIds).map((personId) => ({ agreementId, personId })), skipDuplicates: true });
      this.addEvidence({ agreementId }, g.evidence);
    }
  }

  private async statements(): Promise<void> {
    for (const s of this.x.statements) {
      const speakerPersonId = s.speakerType === 'PERSON' ? this.personIds.get(s.speaker) : undefined;
      const speakerOrganizationId = s.speakerType === 'ORGANIZATION' ? this.organizationIds.get(s.speaker) : undefined;
      // A statement whose speaker the article does not define cannot be attributed: skip it rather than store an orphan.
      if (speakerPersonId === undefined && speakerOrganizationId === undefined) continue;
      const key = statementKey(s);
      const found = await this.tx.statement.findUnique({ where: { key }, select: { id: true, sectors: true, date: true, occasion: true } });
      const row = found
        ? await this.tx.statement.update({
            where: { id: found.id },
            data: { sectors: union(found.sectors, s.sectors), date: found.date ?? s.date, dateStart: partialDateStart(found.date ?? s.date), occasion: found.occasion ?? s.occasion },
            select: { id: true },
          })
        : await this.tx.statement.create({
            data: {
              key,
              kind: s.kind,
              text: s.text,
              date: s.date,
              dateStart: partialDateStart(s.date),
              occasion: s.occasion,
              sectors: s.sectors,
              speakerPersonId: speakerPersonId ?? null,
              speakerOrganizationId: speakerOrganizationId ?? null,
            },
            select: { id: true },
          });
      this.count('statements', !found);
      const statementId = row.id;
      await this.tx.statementMentionCountry.createMany({ data: this.countryIdsOf(s.mentions.countries).map((countryId) => ({ statementId, countryId })), skipDuplicates: true });
      await this.tx.statementMentionOrganization.createMany({
        data: this.ids(s.mentions.organizations, this.organizationIds).map((organizationId) => ({ statementId, organizationId })),
        skipDuplicates: true,
      });
      this.addEvidence({ statementId }, s.evidence);
    }
  }

  private async facts(): Promise<void> {
    for (const f of this.x.facts) {
      const key = factKey(f);
      const found = await this.tx.fact.findUnique({ where: { key }, select: { id: true } });
      const subjectIso2 = this.x.countries.find((c) => c.name === f.subject || c.aliasesSeen.includes(f.subject))?.iso2;
      const row =
        found ??
        (await this.tx.fact.create({
          data: {
            key,
            subject: f.subject,
            metric: f.metric,
            value: f.value,
            unit: f.unit,
            date: f.date,
            dateStart: partialDateStart(f.date),
            subjectCountryId: this.countryId(subjectIso2) ?? null,
            subjectOrganizationId: this.organizationIds.get(f.subject) ?? null,
          },
          select: { id: true },
        }));
      this.count('facts', !found);
      this.addEvidence({ factId: row.id }, f.evidence);
    }
  }
}
