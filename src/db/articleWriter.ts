/**
 * Writes one article and its records in ONE transaction, so a failure (bad
 * data, killed process, lost database) leaves nothing half-written. The
 * caller (src/ingest/load.ts) has already keyed every record (src/ingest/resolve.ts).
 *
 * - Idempotent: an article whose content hash is already stored is skipped
 *   (INSERT … ON CONFLICT on the hash: two loaders of the same text store it once).
 * - Safe to run concurrently with itself, without a global lock: loads take
 *   the ingest lock SHARED (src/db/locks.ts; merges, corrections and
 *   re-extraction take it exclusive). New rows go in with INSERT … ON
 *   CONFLICT (key) DO NOTHING, sorted by key; a row this article changes (or
 *   one a concurrent loader inserted first) is locked FOR NO KEY UPDATE, in
 *   id order, read again and folded again before it is updated. Rows it does
 *   not change are not locked: the fold (src/db/recordFolds.ts) is
 *   commutative and only grows a record, so a claim that changes nothing on
 *   the row read changes nothing on any later state of it either. Tables go
 *   in a fixed order, so two loads cannot wait for each other in a cycle; a
 *   deadlock or serialization failure anyway retries the whole transaction.
 * - Merges: an entity or record whose key exists gains aliases, parties,
 *   sectors and a new piece of evidence instead of a duplicate; a key that a
 *   correction merge folded away (src/db/merge.ts) resolves to its target.
 */
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { AgreementKind, AgreementStatus, OrganizationKind, Sector, StatementKind } from '../generated/prisma/enums';
import { insertArticleRow, withRetry, type ArticleFields } from './loadTransaction';
import { insertArticleRows, type ClaimRowToWrite, type EvidenceRow, type JoinTable } from './articleRows';
import { insertRecordRows, recordTable, updateRecordRow } from './recordWrites';
import { readStoredForArticle, type ArticleKeys, type StoredForArticle, type StoredRow } from './articleReads';
import { reapplyCorrections } from './corrections';
import {
  CORRECTABLE_TYPES,
  JOINS,
  RECORD_COLUMN,
  RECORD_KINDS,
  RECORD_TYPES,
  TYPE_OF_KIND,
  type EvidenceField,
  type FieldsOf,
  type JoinsOf,
  type RecordKind,
} from './registry';
import { claimFieldsOf, REFERENCES } from './claims';
import type { ReferencedKind } from './references';
import { canonical, foldRecord, partialDateStart, type Provenance } from './recordFolds';

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

/** The rule that found a record and how sure it is (src/ingest/confidence.ts). */
interface Extraction {
  extraction?: { method: string; confidence: number };
}

/**
 * Kinds with a writer step of their own below: how their rows are found (acronyms, correction merges, ISO codes),
 * what they refer to and their join rows are particular to them. Every other kind of the registry (facts, and any
 * kind added since) is written by the one generic step, `keyed()`, from records shaped as KeyedRecord.
 */
const OWN_STEPS = ['countries', 'regions', 'organizations', 'persons', 'agreements', 'statements'] as const;

/** The kinds the generic step writes. */
export type KeyedKind = Exclude<RecordKind, (typeof OWN_STEPS)[number]>;
const KEYED_KINDS = RECORD_KINDS.filter((kind): kind is KeyedKind => !(OWN_STEPS as readonly string[]).includes(kind));

/** The fields of kind K that refer to other rows (`subjectCountryId`). */
type RefField<K extends RecordKind> = Extract<keyof FieldsOf<K>, `${string}Id`>;

/**
 * A record the generic step writes: its resolver key, its own fields as the
 * registry types them (date_start is derived from `date`), and the rows it
 * refers to by what the article calls them (countries by ISO alpha-2,
 * organizations and persons by canonical name; claims.ts REFERENCES says
 * which is which).
 */
export type KeyedRecord<K extends KeyedKind> = {
  key: string;
  fields: Omit<FieldsOf<K>, RefField<K> | 'dateStart'>;
  refs: { [F in RefField<K>]: string | null };
  evidence: EvidenceSpan[];
} & Required<Extraction>;

/** Join rows need a step of their own (none is generic yet): a kind with `joins` in the registry that no own step writes fails here, named. */
type KeyedWithJoins = { [K in KeyedKind]: keyof JoinsOf<K> extends never ? never : K }[KeyedKind];
const keyedKindsHaveNoJoins: [KeyedWithJoins] extends [never] ? true : KeyedWithJoins = true;
void keyedKindsHaveNoJoins;

/** What the writer reads of an extracted article (src/ingest/types.ts), each record with its resolver key. */
export type ArticleToWrite = OwnStepRecords & { readonly [K in KeyedKind]: readonly KeyedRecord<K>[] };

interface OwnStepRecords {
  article: ArticleFields;
  countries: readonly ({ iso2: string; iso3: string; name: string; aliasesSeen: string[]; evidence: EvidenceSpan[] } & Extraction)[];
  regions: readonly ({ key: string; name: string; members: string[]; aliasesSeen: string[]; evidence: EvidenceSpan[] } & Extraction)[];
  organizations: readonly ({ key: string; name: string; aliasesSeen: string[]; acronyms: string[]; kind: OrganizationKind; country: string | null; evidence: EvidenceSpan[] } & Extraction)[];
  persons: readonly ({ key: string; name: string; aliasesSeen: string[]; role: string | null; country: string | null; organization: string | null; evidence: EvidenceSpan[] } & Extraction)[];
  agreements: readonly ({
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
  } & Extraction)[];
  /** Statements carry their key only when their speaker is one of the article's persons or organizations. */
  statements: readonly ({
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
  } & Extraction)[];
}

// The own steps' kinds are the registry's (compile-time check: a kind renamed or dropped there fails here).
const ownStepsAreKinds: [Exclude<keyof OwnStepRecords, 'article'>] extends [(typeof OWN_STEPS)[number]] ? ([(typeof OWN_STEPS)[number]] extends [RecordKind] ? true : false) : false = true;
void ownStepsAreKinds;

export async function writeArticle(prisma: PrismaClient, article: ArticleToWrite, options: { timeoutMs?: number } = {}): Promise<LoadResult> {
  return withRetry(() =>
    prisma.$transaction(
      async (tx) => {
        const articleId = await insertArticleRow(tx, article.article);
        if (articleId === null) {
          const existing = await tx.article.findUniqueOrThrow({ where: { contentHash: article.article.contentHash }, select: { id: true } });
          return { articleId: existing.id, status: 'unchanged', created: emptyCounts(), merged: emptyCounts() };
        }
        const writer = new ArticleWriter(tx, article, articleId);
        await writer.write();
        if (writer.mayBeCorrected) await writer.reapplyCorrections();
        return writer.result();
      },
      { timeout: options.timeoutMs ?? 60_000, maxWait: options.timeoutMs ?? 60_000 },
    ),
  );
}

/**
 * One row of a keyed table as this article leaves it: found in the database
 * (`stored`, `before` = its stored fields) or new (inserted in one batch).
 * Each of the article's records that lands on the row is kept in `claims`
 * and folded into `now`; a row that changed is updated once.
 */
interface Staged<F> {
  id: number;
  key: string;
  stored: boolean;
  before: F | null;
  now: F;
  /** What this article's records say about the row (its own fields and provenance), folded into `now`. */
  claims: F[];
}

/** How one keyed table takes the rows an article stages: new ones in one INSERT (conflicting keys skipped), changed ones one UPDATE each (src/db/recordWrites.ts). */
interface TableWrites<F> {
  kind: RecordKind;
  /** The stored rows with these ids or keys. */
  read(ids: number[], keys: string[]): Promise<{ id: number; key: string; fields: F }[]>;
}

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** The Prisma calls the generic step makes on a record table: one shape for every model (their delegates differ only in types). */
type KeyedWhere = { key: { in: string[] } } | { OR: [{ id: { in: number[] } }, { key: { in: string[] } }] };
interface KeyedModel {
  findMany(args: { where: KeyedWhere; select: Record<string, true> }): Promise<({ id: number; key: string } & Record<string, unknown>)[]>;
}

/** The Prisma model of a kind the generic step writes (the client names it after the type: `fact`), and the fields it reads back. */
function keyedModel(tx: Tx, kind: KeyedKind): { model: KeyedModel; select: Record<string, true> } {
  const type = TYPE_OF_KIND[kind];
  const model = (tx as unknown as Record<string, KeyedModel>)[type[0]!.toLowerCase() + type.slice(1)]!;
  const fields = Object.keys(RECORD_TYPES[type].columns).filter((f) => f !== 'rejected');
  return { model, select: Object.fromEntries(fields.map((f) => [f, true])) };
}

/** The rows of one keyed table an article touches, by key, in first-seen order. */
class Staging<F> {
  readonly byKey = new Map<string, Staged<F>>();

  /** `fold`: folds one claim into a row's fields in place (recordFolds.foldRecord for the table's kind). */
  constructor(private readonly fold: (now: F, claim: F) => void) {}

  /** Rows found in the database, in id order (acronym matching takes the oldest). */
  addExisting(rows: Iterable<{ id: number; key: string; fields: F }>): void {
    for (const r of rows) this.byKey.set(r.key, { id: r.id, key: r.key, stored: true, before: r.fields, now: structuredClone(r.fields), claims: [] });
  }

  /** An existing row by id (a merge target standing for another key), if it was read. */
  byId(id: number | undefined): Staged<F> | undefined {
    return id === undefined ? undefined : [...this.byKey.values()].find((r) => r.stored && r.id === id);
  }

  addNew(key: string, fields: F): Staged<F> {
    const row: Staged<F> = { id: 0, key, stored: false, before: null, now: structuredClone(fields), claims: [fields] };
    this.byKey.set(key, row);
    return row;
  }

  /** Folds one more claim of the article into a row. */
  claim(row: Staged<F>, fields: F): void {
    row.claims.push(fields);
    this.fold(row.now, fields);
  }

  /**
   * Inserts the new rows sorted by key (ids matched back by key). Rows that
   * changed, and new keys a concurrent loader inserted first, are then locked
   * in id order, read again, and this article's claims folded into what they
   * hold now before the update; a row this article does not change is left alone.
   */
  async write(tx: Tx, writes: TableWrites<F>): Promise<void> {
    const rows = [...this.byKey.values()];
    const fresh = rows.filter((r) => !r.stored).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (fresh.length) for (const r of await insertRecordRows(tx, writes.kind, fresh.map((s) => ({ key: s.key, fields: s.now as object })))) this.byKey.get(r.key)!.id = r.id;
    const taken = fresh.filter((r) => r.id === 0);
    const changed = rows.filter((r) => r.stored && differs(r.before, r.now));
    if (taken.length + changed.length === 0) return;
    const [ids, keys] = [changed.map((r) => r.id), taken.map((r) => r.key)];
    const { table, keyColumn } = recordTable(writes.kind);
    await tx.$queryRaw(Prisma.sql`SELECT id FROM ${Prisma.raw(table)} WHERE id = ANY(${ids}::int[]) OR ${Prisma.raw(keyColumn)} = ANY(${keys}::text[]) ORDER BY id FOR NO KEY UPDATE`);
    const current = await writes.read(ids, keys);
    for (const r of [...taken, ...changed]) {
      const row = current.find((c) => (r.stored ? c.id === r.id : c.key === r.key));
      if (!row) throw new Error(`${table} row ${r.stored ? r.id : r.key} vanished during an article load`);
      Object.assign(r, { id: row.id, stored: true, before: row.fields, now: structuredClone(row.fields) });
      for (const c of r.claims) this.fold(r.now, c);
      if (differs(r.before, r.now)) await updateRecordRow(tx, writes.kind, r.id, r.now as object);
    }
  }
}

/** A claim waiting for its record's id (known once the record's table is written). */
interface PendingClaim {
  kind: RecordKind;
  row: { id: number };
  fields: object;
  /** Country references as the article states them (ISO alpha-2), whether or not that country has a row yet. */
  stated: Record<string, string | string[] | null>;
  method: string;
  confidence: number;
}

/** ISO alpha-2 codes as a claim states them: upper case, each once. */
const codes = (list: readonly string[]) => [...new Set(list.map((c) => c.toUpperCase()))];
const code = (c: string | null | undefined) => (c ? c.toUpperCase() : null);

const PROVENANCE = { confidence: true, extractionMethod: true, extractionVersion: true } as const;


/**
 * Writes one article's records; lives for one transaction. Its article row
 * is there already: just inserted (writeArticle), or the stored one being
 * re-extracted (src/db/reextract.ts), which gets its records, claims and evidence anew.
 *
 * Statements per article stay constant whatever its size: every table is read
 * for all the article's keys in ONE statement before the first write
 * (src/db/articleReads.ts), new rows go in one multi-row INSERT per table,
 * join rows, claims and evidence in one statement, and only existing
 * rows that actually gain something (an alias, a sector, a date) are locked,
 * read again and updated, one by one (see writeArticle on concurrent loads).
 */
export class ArticleWriter {
  private readonly created = emptyCounts();
  private readonly merged = emptyCounts();
  private readonly evidenceRows: EvidenceRow[] = [];
  private readonly claims: PendingClaim[] = [];
  /** Every row this article wrote to or claimed, by kind: new ones and found ones. */
  readonly touched = Object.fromEntries(RECORD_KINDS.map((k) => [k, new Set<number>()])) as Record<RecordKind, Set<number>>;
  /** The rows this article created, by kind. */
  readonly createdIds = Object.fromEntries(RECORD_KINDS.map((k) => [k, new Set<number>()])) as Record<RecordKind, Set<number>>;
  /** The key of every row the article refers to (claims name rows by key: ids change when a row is removed and made again). */
  private readonly keyOfId: Record<ReferencedKind, Map<number, string>> = { countries: new Map(), organizations: new Map(), persons: new Map() };
  /** Every stored country the article mentions or references (members, home countries), by ISO alpha-2; mentioned ones are added. */
  private readonly countryIds = new Map<string, number>();
  private readonly organizationIds = new Map<string, number>();
  private readonly personIds = new Map<string, number>();
  /** Region members, parties, signatories and mentions, per join table, as [own id, other id]. */
  private readonly joins: Record<JoinTable, [number, number][]> = Object.fromEntries(Object.keys(JOINS).map((t) => [t, []])) as unknown as Record<JoinTable, [number, number][]>;

  /** What the database held for the article's keys when the load began (src/db/articleReads.ts). */
  private stored: StoredForArticle | undefined;

  constructor(
    private readonly tx: Tx,
    private readonly x: ArticleToWrite,
    /** The article row: just inserted, or (re-extraction) the stored one whose claims and evidence were just removed. */
    private readonly articleId: number,
  ) {}

  async write(): Promise<void> {
    this.stored = await readStoredForArticle(this.tx, this.keys());
    for (const [id, key] of this.stored.refKeys.countries) this.keyOfId.countries.set(id, key);
    for (const [id, key] of this.stored.refKeys.organizations) this.keyOfId.organizations.set(id, key);
    await this.countries();
    await this.regions();
    await this.organizations();
    await this.persons();
    await this.agreements();
    await this.statements();
    for (const kind of KEYED_KINDS) await this.keyed(kind);
    await insertArticleRows(this.tx, this.articleId, { evidence: this.evidenceRows, claims: this.claims.map((c) => this.claimRow(c)), joins: this.joins });
  }

  /** Whether an analyst's correction names a row this article may have touched (else reapplyCorrections has nothing to do). */
  get mayBeCorrected(): boolean {
    return this.stored?.corrected ?? true;
  }

  /** Analysts' corrections of the rows this article touched win over what it said (src/db/corrections.ts). */
  reapplyCorrections(more: Partial<Record<RecordKind, readonly number[]>> = {}): Promise<void> {
    return reapplyCorrections(
      this.tx,
      CORRECTABLE_TYPES.map((type) => {
        const kind = RECORD_TYPES[type].evidence.plural;
        return { type, ids: [...new Set([...this.touched[kind], ...(more[kind] ?? [])])] };
      }),
    );
  }

  result(): LoadResult {
    return { articleId: this.articleId, status: 'created', created: this.created, merged: this.merged };
  }

  private claimRow(c: PendingClaim): ClaimRowToWrite {
    return { field: RECORD_COLUMN[c.kind], recordId: c.row.id, fields: { ...claimFieldsOf(c.fields, (kind, id) => this.keyOfId[kind].get(id)), ...c.stated }, method: c.method, confidence: c.confidence };
  }

  private provenanceOf(record: Extraction): Provenance {
    const e = record.extraction ?? { method: 'unknown', confidence: 1 };
    return { confidence: e.confidence, extractionMethod: e.method, extractionVersion: this.x.article.extractorVersion };
  }

  /**
   * One of the article's records: folded into the row found for it, or staged
   * as a new row; its claim and evidence wait for the row's id.
   */
  private place<K extends RecordKind>(kind: K, staging: Staging<FieldsOf<K> & Provenance>, key: string, found: Staged<FieldsOf<K> & Provenance> | undefined, own: FieldsOf<K>, record: Extraction): Staged<FieldsOf<K> & Provenance> {
    const claim = canonical(kind, { ...own, ...this.provenanceOf(record) });
    if (!found) return staging.addNew(key, claim);
    staging.claim(found, claim);
    return found;
  }

  /** The key of the row a reference field of a record points at (the fold compares references by key). */
  private readonly refKeyOf = (field: string, id: number): string | undefined => {
    const kind = (REFERENCES as Record<string, ReferencedKind | undefined>)[field];
    return kind ? this.keyOfId[kind].get(id) : undefined;
  };

  /** A staging area for one kind, folding with that kind's fold. */
  private staging<K extends RecordKind>(kind: K): Staging<FieldsOf<K> & Provenance> {
    return new Staging<FieldsOf<K> & Provenance>((now, claim) => foldRecord(kind, now, claim, this.refKeyOf));
  }

  /** After the row's table is written: the row is touched, and its claim and evidence are queued. */
  /**
   * `stated`: the record's country references as the article states them. A claim keeps those rather than the
   * rows found, since whether a country has a row yet depends on which articles came first; the claim must not.
   */
  private settle(kind: RecordKind, row: Staged<unknown>, own: object, record: Extraction & { evidence: readonly EvidenceSpan[] }, joins: object = {}, stated: PendingClaim['stated'] = {}): void {
    // A row this article inserted counts once as created; every other record landing on a row, as merged.
    this.count(kind, !row.stored && !this.touched[kind].has(row.id));
    this.touched[kind].add(row.id);
    if (kind === 'organizations' || kind === 'persons') this.keyOfId[kind].set(row.id, row.key);
    if (!row.stored) this.createdIds[kind].add(row.id);
    const provenance = this.provenanceOf(record);
    this.claims.push({ kind, row, fields: { ...own, ...joins }, stated, method: provenance.extractionMethod, confidence: provenance.confidence });
    this.addEvidence(RECORD_COLUMN[kind], row.id, record.evidence);
  }

  private count(kind: RecordKind, isNew: boolean): void {
    (isNew ? this.created : this.merged)[kind] += 1;
  }

  private addEvidence(field: EvidenceField, recordId: number, spans: readonly EvidenceSpan[]): void {
    const seen = new Set<string>();
    for (const s of spans) {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      this.evidenceRows.push({ start: s.start, end: s.end, sentence: s.text, field, recordId });
    }
  }

  /** Every key the article names, per kind: what readStoredForArticle looks up. */
  private keys(): ArticleKeys {
    const x = this.x;
    // Every kind but countries (found by ISO code, also where only referenced) is found by its records' keys.
    const byKey = Object.fromEntries(RECORD_KINDS.filter((kind) => kind !== 'countries').map((kind) => [kind, (x[kind] as readonly { key: string }[]).map((r) => r.key)]));
    return {
      ...(byKey as Record<Exclude<RecordKind, 'countries'>, string[]>),
      countries: [...this.countryCodes()],
      acronyms: [...new Set(x.organizations.flatMap((o) => o.acronyms))],
    };
  }

  /** The stored rows of `kind` read for the article, as `F`. */
  private storedRows<F>(kind: RecordKind): { id: number; key: string; fields: F }[] {
    return this.stored!.rows[kind] as (StoredRow & { fields: F })[];
  }

  /** Every country code the article mentions or references (members, home countries), upper case. */
  private countryCodes(): Set<string> {
    const x = this.x;
    const codes = new Set<string>();
    for (const c of x.countries) codes.add(c.iso2.toUpperCase());
    for (const r of x.regions) for (const m of r.members) codes.add(m.toUpperCase());
    for (const e of [...x.organizations, ...x.persons]) if (e.country) codes.add(e.country.toUpperCase());
    return codes;
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
    if (this.countryCodes().size === 0) return;
    const select = { id: true, iso2: true, iso3: true, name: true, aliases: true, ...PROVENANCE } as const;
    const read = async (where: Prisma.CountryWhereInput) => (await this.tx.country.findMany({ where, select })).map(({ id, iso2, ...fields }) => ({ id, key: iso2, fields }));
    const staging = this.staging('countries');
    staging.addExisting(this.storedRows('countries'));
    const placed = x.countries.map((c) => {
      const key = c.iso2.toUpperCase();
      const own: FieldsOf<'countries'> = { iso3: c.iso3.toUpperCase(), name: c.name, aliases: c.aliasesSeen };
      return { c, own, row: this.place('countries', staging, key, staging.byKey.get(key), own, c) };
    });
    await staging.write(this.tx, {
      kind: 'countries',
      read: (ids, keys) => read({ OR: [{ id: { in: ids } }, { iso2: { in: keys } }] }),
    });
    for (const r of staging.byKey.values()) {
      this.countryIds.set(r.key, r.id);
      this.keyOfId.countries.set(r.id, r.key);
    }
    for (const { c, own, row } of placed) this.settle('countries', row, own, c);
  }

  private async regions(): Promise<void> {
    const regions = this.x.regions;
    if (regions.length === 0) return;
    const select = { id: true, key: true, name: true, aliases: true, ...PROVENANCE } as const;
    const read = async (where: Prisma.RegionWhereInput) => (await this.tx.region.findMany({ where, select })).map(({ id, key, ...fields }) => ({ id, key, fields }));
    const staging = this.staging('regions');
    staging.addExisting(this.storedRows('regions'));
    const placed = regions.map((r) => {
      const own: FieldsOf<'regions'> = { name: r.name, aliases: r.aliasesSeen };
      return { r, own, row: this.place('regions', staging, r.key, staging.byKey.get(r.key), own, r) };
    });
    await staging.write(this.tx, {
      kind: 'regions',
      read: (ids, keys) => read({ OR: [{ id: { in: ids } }, { key: { in: keys } }] }),
    });
    for (const { r, own, row } of placed) {
      const memberIds = this.countryIdsOf(r.members);
      this.joins.regionMembers.push(...memberIds.map((countryId): [number, number] => [row.id, countryId]));
      this.settle('regions', row, own, r, { memberIds }, { memberIds: codes(r.members) });
    }
  }

  /** Keeps the keys of the rows a stored organization or person refers to (the fold compares references by key). */
  private referencedKeys(rows: { country?: { iso2: string } | null; organization?: { id: number; key: string } | null; countryId: number | null }[]): void {
    for (const r of rows) {
      if (r.country && r.countryId !== null) this.keyOfId.countries.set(r.countryId, r.country.iso2);
      if (r.organization) this.keyOfId.organizations.set(r.organization.id, r.organization.key);
    }
  }

  /**
   * Organizations: stored under their key, or under one of their acronyms
   * ("KCCI" introduced in one article, spelled out in another; the oldest
   * such row wins), read in one statement for the whole article.
   */
  private async organizations(): Promise<void> {
    const orgs = this.x.organizations;
    if (orgs.length === 0) return;
    const merged = this.stored!.merged.organizations;
    const select = { id: true, key: true, name: true, aliases: true, acronyms: true, kind: true, countryId: true, ...PROVENANCE, country: { select: { iso2: true } } } as const;
    const read = async (where: Prisma.OrganizationWhereInput) => {
      const rows = await this.tx.organization.findMany({ where, select, orderBy: { id: 'asc' } });
      this.referencedKeys(rows);
      return rows.map(({ id, key, country: _country, ...fields }) => ({ id, key, fields }));
    };
    const staging = this.staging('organizations');
    staging.addExisting(this.storedRows('organizations'));
    const placed = orgs.map((o) => {
      const mergedInto = staging.byKey.has(o.key) ? undefined : staging.byId(merged.get(o.key));
      const found = staging.byKey.get(o.key) ?? mergedInto ?? (o.acronyms.length ? [...staging.byKey.values()].find((r) => r.now.acronyms.some((a) => o.acronyms.includes(a))) : undefined);
      // A name an analyst merged away speaks of the merge target: its claim carries the target's identity (as merge.ts re-points the sources' claims).
      const identity = mergedInto ? { name: mergedInto.now.name, kind: mergedInto.now.kind } : { name: o.name, kind: o.kind };
      const own: FieldsOf<'organizations'> = { ...identity, aliases: o.aliasesSeen, acronyms: o.acronyms, countryId: this.countryId(o.country) ?? null };
      return { o, own, row: this.place('organizations', staging, o.key, found, own, o) };
    });
    await staging.write(this.tx, {
      kind: 'organizations',
      read: (ids, keys) => read({ OR: [{ id: { in: ids } }, { key: { in: keys } }] }),
    });
    for (const { o, own, row } of placed) {
      this.organizationIds.set(o.name, row.id);
      this.settle('organizations', row, own, o, {}, { countryId: code(o.country) });
    }
  }

  private async persons(): Promise<void> {
    const persons = this.x.persons;
    if (persons.length === 0) return;
    const merged = this.stored!.merged.persons;
    const select = {
      id: true, key: true, name: true, aliases: true, role: true, countryId: true, organizationId: true, ...PROVENANCE,
      country: { select: { iso2: true } }, organization: { select: { id: true, key: true } },
    } as const;
    const read = async (where: Prisma.PersonWhereInput) => {
      const rows = await this.tx.person.findMany({ where, select });
      this.referencedKeys(rows);
      return rows.map(({ id, key, country: _c, organization: _o, ...fields }) => ({ id, key, fields }));
    };
    const staging = this.staging('persons');
    staging.addExisting(this.storedRows('persons'));
    const placed = persons.map((p) => {
      const mergedInto = staging.byKey.has(p.key) ? undefined : staging.byId(merged.get(p.key));
      const found = staging.byKey.get(p.key) ?? mergedInto;
      const organizationId = (p.organization ? this.organizationIds.get(p.organization) : undefined) ?? null;
      const own: FieldsOf<'persons'> = { name: mergedInto?.now.name ?? p.name, aliases: p.aliasesSeen, role: p.role, countryId: this.countryId(p.country) ?? null, organizationId };
      return { p, own, row: this.place('persons', staging, p.key, found, own, p) };
    });
    await staging.write(this.tx, {
      kind: 'persons',
      read: (ids, keys) => read({ OR: [{ id: { in: ids } }, { key: { in: keys } }] }),
    });
    for (const { p, own, row } of placed) {
      this.personIds.set(p.name, row.id);
      this.settle('persons', row, own, p, {}, { countryId: code(p.country) });
    }
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
    const select = { id: true, key: true, title: true, kind: true, status: true, date: true, dateStart: true, quantity: true, sectors: true, ...PROVENANCE } as const;
    const read = async (where: Prisma.AgreementWhereInput) => (await this.tx.agreement.findMany({ where, select })).map(({ id, key, ...fields }) => ({ id, key, fields }));
    const staging = this.staging('agreements');
    staging.addExisting(this.storedRows('agreements'));
    const placed = agreements.map((g) => {
      const own: FieldsOf<'agreements'> = { title: g.title, kind: g.kind, status: g.status, date: g.date, dateStart: partialDateStart(g.date), quantity: g.quantity, sectors: g.sectors };
      return { g, own, row: this.place('agreements', staging, g.key, staging.byKey.get(g.key), own, g) };
    });
    await staging.write(this.tx, {
      kind: 'agreements',
      read: (ids, keys) => read({ OR: [{ id: { in: ids } }, { key: { in: keys } }] }),
    });
    for (const { g, own, row } of placed) {
      const agreementId = row.id;
      const joins = { partyCountryIds: this.countryIdsOf(g.parties.countries), partyOrganizationIds: this.ids(g.parties.organizations, this.organizationIds), signatoryIds: this.ids(g.signatories, this.personIds) };
      this.joins.agreementPartyCountries.push(...joins.partyCountryIds.map((id): [number, number] => [agreementId, id]));
      this.joins.agreementPartyOrganizations.push(...joins.partyOrganizationIds.map((id): [number, number] => [agreementId, id]));
      this.joins.agreementSignatories.push(...joins.signatoryIds.map((id): [number, number] => [agreementId, id]));
      this.settle('agreements', row, own, g, joins, { partyCountryIds: codes(g.parties.countries) });
    }
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
    const select = { id: true, key: true, kind: true, text: true, date: true, dateStart: true, occasion: true, sectors: true, speakerPersonId: true, speakerOrganizationId: true, ...PROVENANCE } as const;
    const read = async (where: Prisma.StatementWhereInput) => (await this.tx.statement.findMany({ where, select })).map(({ id, key, ...fields }) => ({ id, key, fields }));
    const staging = this.staging('statements');
    staging.addExisting(this.storedRows('statements'));
    const placed = attributed.map(({ s, speakerPersonId, speakerOrganizationId }) => {
      const own: FieldsOf<'statements'> = { kind: s.kind, text: s.text, date: s.date, dateStart: partialDateStart(s.date), occasion: s.occasion, sectors: s.sectors, speakerPersonId, speakerOrganizationId };
      return { s, own, row: this.place('statements', staging, s.key, staging.byKey.get(s.key), own, s) };
    });
    await staging.write(this.tx, {
      kind: 'statements',
      read: (ids, keys) => read({ OR: [{ id: { in: ids } }, { key: { in: keys } }] }),
    });
    for (const { s, own, row } of placed) {
      const statementId = row.id;
      const joins = { mentionCountryIds: this.countryIdsOf(s.mentions.countries), mentionOrganizationIds: this.ids(s.mentions.organizations, this.organizationIds) };
      this.joins.statementMentionCountries.push(...joins.mentionCountryIds.map((id): [number, number] => [statementId, id]));
      this.joins.statementMentionOrganizations.push(...joins.mentionOrganizationIds.map((id): [number, number] => [statementId, id]));
      this.settle('statements', row, own, s, joins, { mentionCountryIds: codes(s.mentions.countries) });
    }
  }

  /**
   * A kind without a step of its own (facts, and any kind added since): its
   * rows found by key in one read, new ones inserted in one statement,
   * changed ones updated; its references resolved among the article's rows.
   */
  private async keyed<K extends KeyedKind>(kind: K): Promise<void> {
    const keyed: { readonly [J in KeyedKind]: readonly KeyedRecord<J>[] } = this.x;
    const records = keyed[kind];
    if (records.length === 0) return;
    const { model, select } = keyedModel(this.tx, kind);
    const read = async (where: KeyedWhere) => (await model.findMany({ where, select })).map(({ id, key, ...fields }) => ({ id, key, fields: fields as FieldsOf<K> & Provenance }));
    const staging = this.staging(kind);
    staging.addExisting(this.storedRows(kind));
    const placed = records.map((r) => {
      const own = this.ownFields(r);
      return { r, own, row: this.place(kind, staging, r.key, staging.byKey.get(r.key), own, r) };
    });
    await staging.write(this.tx, {
      kind,
      read: (ids, keys) => read({ OR: [{ id: { in: ids } }, { key: { in: keys } }] }),
    });
    // Country references as the record states them (a claim must not depend on which countries have rows yet).
    const stated = (r: KeyedRecord<K>) =>
      Object.fromEntries(Object.entries(r.refs as Record<string, string | null>).filter(([field]) => (REFERENCES as Record<string, string>)[field] === 'countries').map(([field, c]) => [field, code(c)]));
    for (const { r, own, row } of placed) this.settle(kind, row, own, r, {}, stated(r));
  }

  /** A KeyedRecord's fields as the row holds them: references as ids of the article's rows, date_start from date. */
  private ownFields<K extends KeyedKind>(r: KeyedRecord<K>): FieldsOf<K> {
    const refs = Object.entries(r.refs as Record<string, string | null>).map(([field, name]) => [field, this.idOf(REFERENCES[field as keyof typeof REFERENCES], name) ?? null]);
    const dated = 'date' in r.fields ? { dateStart: partialDateStart(r.fields.date as string | null) } : {};
    return { ...r.fields, ...Object.fromEntries(refs), ...dated } as FieldsOf<K>;
  }

  /** The id of one of the article's rows: a country by ISO alpha-2, an organization or person by canonical name. */
  private idOf(kind: ReferencedKind, name: string | null): number | undefined {
    if (name === null) return undefined;
    return kind === 'countries' ? this.countryId(name) : (kind === 'organizations' ? this.organizationIds : this.personIds).get(name);
  }
}
