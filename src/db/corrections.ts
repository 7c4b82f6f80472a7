/**
 * Analyst corrections: a record's fields corrected by hand, a record rejected
 * as wrong, or restored. Each is one `corrections` row (the audit trail, kept
 * forever) that is also applied to the record.
 *
 * Corrections are found by the record's KEY (`record_key`), never by its row
 * id, and their values name other records by key too (a country by ISO
 * alpha-2, an organization or person by its key): re-extraction may delete a
 * row and create it again under a new id, and a later article may merge new
 * sectors or parties into it, but the key stays. After every write of a
 * record, the writer calls `reapplyCorrections`, which folds the record's
 * corrections in id order (the latest value of each corrected field, the
 * latest reject/restore) and writes them over whatever extraction left, so a
 * correction always wins.
 *
 * Writes run in one transaction under the ingest advisory lock
 * (src/db/locks.ts), like article loads and merges, so no load interleaves.
 * Input problems come back as plain `CorrectionProblem`s (field path, code,
 * message) and nothing is written; the API layer turns them into userErrors.
 */
import type { Pool } from 'pg';
import { Prisma, type Correction, type PrismaClient } from '../generated/prisma/client';
import { AgreementKind, AgreementStatus, OrganizationKind, Sector, StatementKind, type CorrectionTarget } from '../generated/prisma/enums';
import { isCalendarDate } from '../lib/calendarDate';
import { partialDateStart } from './recordFolds';
import { takeIngestLock } from './locks';
import { emptyKeySets, idsOfKeys, replaceJoinRows, type KeyIds } from './references';
import { columnsOf, tableOf } from './records';
import { JOINS, kindOf, RECORD_TYPES, type CorrectableType, type JoinSpec, type RowOf } from './registry';

type Tx = Prisma.TransactionClient;
type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

/** A statement's speaker as a correction stores it: by kind and key. */
export interface SpeakerRef {
  type: 'PERSON' | 'ORGANIZATION';
  key: string;
}

/**
 * Each type's correctable fields as corrections store them (`before`/`after`
 * JSON): countries by ISO alpha-2, organizations and persons by key.
 */
export interface StoredFieldsOf {
  Agreement: {
    title: string;
    kind: AgreementKind;
    status: AgreementStatus;
    date: string | null;
    quantity: string | null;
    sectors: Sector[];
    partyCountries: string[];
    partyOrganizations: string[];
    signatories: string[];
  };
  Statement: {
    kind: StatementKind;
    text: string;
    date: string | null;
    occasion: string | null;
    sectors: Sector[];
    speaker: SpeakerRef;
    mentionedCountries: string[];
    mentionedOrganizations: string[];
  };
  Fact: { subject: string; metric: string; value: number; unit: string; date: string | null };
  Person: { name: string; role: string | null; country: string | null; organization: string | null };
  Organization: { name: string; kind: OrganizationKind; country: string | null };
}

/** Some of a type's stored fields: what one correction sets, or the fold of several. */
export type StoredFields<T extends CorrectableType> = Partial<StoredFieldsOf[T]>;

/** A record given by row id (the API decodes global ids first). */
export interface RecordRef<T extends CorrectableType = CorrectableType> {
  type: T;
  id: number;
}

/**
 * What a correction request gives for each field: the new value (null clears
 * an optional field; a field left out is not corrected). Other records are
 * row ids, countries ISO alpha-2 codes.
 */
export interface CorrectionInputOf {
  Agreement: Omit<StoredFieldsOf['Agreement'], 'partyOrganizations' | 'signatories'> & { partyOrganizations: number[]; signatories: number[] };
  Statement: Omit<StoredFieldsOf['Statement'], 'speaker' | 'mentionedOrganizations'> & { speaker: RecordRef<'Person' | 'Organization'>; mentionedOrganizations: number[] };
  Fact: StoredFieldsOf['Fact'];
  Person: Omit<StoredFieldsOf['Person'], 'organization'> & { organization: number | null };
  Organization: StoredFieldsOf['Organization'];
}

/** A correction request's fields: each optional, null allowed (validated: null only clears optional fields). */
export type CorrectionInput<T extends CorrectableType> = { [F in keyof CorrectionInputOf[T]]?: CorrectionInputOf[T][F] | null };

/** Why a request was refused (the API's UserErrorCode has every one of these). */
export type CorrectionProblemCode = 'NOT_FOUND' | 'BLANK' | 'REQUIRED' | 'INVALID_DATE' | 'TOO_LONG' | 'BINARY' | 'TOO_MANY' | 'NO_FIELDS';

export interface CorrectionProblem {
  /** Path to the request field at fault, e.g. ['partyOrganizations', '1'], ['id'], ['reason']. */
  field: string[];
  code: CorrectionProblemCode;
  message: string;
}

/** Who and why: kept on the correction row. */
export interface CorrectionMeta {
  reason: string | null;
  /** The write token's label (src/auth), never the token. */
  actor: string;
  requestId: string | null;
}

export type CorrectionOutcome<T extends CorrectableType> =
  /** `correction`: the row written; for a no-op (rejecting a rejected record, restoring one that is not rejected) the latest earlier row of that action, or null. */
  | { ok: true; record: RowOf<T>; correction: Correction | null; changed: boolean }
  | { ok: false; problems: CorrectionProblem[] };

/** Longest short text accepted (titles, names, roles, units, reasons...). */
export const MAX_SHORT_TEXT = 1000;
/** Longest statement text accepted. */
export const MAX_LONG_TEXT = 20_000;
/** Most items in one corrected list (parties, signatories, mentions, sectors). */
export const MAX_LIST_ITEMS = 100;

// ---------------------------------------------------------------------------
// Field kinds: how each field is validated, read, stored and applied.

type FieldKind =
  | { kind: 'text'; max: number; nullable: boolean }
  | { kind: 'enum'; values: readonly string[]; pgType: string }
  | { kind: 'sectors' }
  | { kind: 'date' }
  | { kind: 'number' }
  | { kind: 'country' }
  | { kind: 'organization' }
  | { kind: 'countries'; join: JoinSpec }
  | { kind: 'organizations'; join: JoinSpec }
  | { kind: 'persons'; join: JoinSpec }
  | { kind: 'speaker' };

const text = (max = MAX_SHORT_TEXT): FieldKind => ({ kind: 'text', max, nullable: false });
const optionalText = (max = MAX_SHORT_TEXT): FieldKind => ({ kind: 'text', max, nullable: true });
const enumOf = (values: Record<string, string>, pgType: string): FieldKind => ({ kind: 'enum', values: Object.values(values), pgType });

/** Every correctable field of each type, and the column that holds it (scalar fields). */
const FIELDS: { [T in CorrectableType]: { [F in keyof StoredFieldsOf[T]]-?: FieldKind & { column?: string } } } = {
  Agreement: {
    title: { ...text(), column: 'title' },
    kind: { ...enumOf(AgreementKind, 'AgreementKind'), column: 'kind' },
    status: { ...enumOf(AgreementStatus, 'AgreementStatus'), column: 'status' },
    date: { kind: 'date', column: 'date' },
    quantity: { ...optionalText(), column: 'quantity' },
    sectors: { kind: 'sectors', column: 'sectors' },
    partyCountries: { kind: 'countries', join: JOINS.agreementPartyCountries },
    partyOrganizations: { kind: 'organizations', join: JOINS.agreementPartyOrganizations },
    signatories: { kind: 'persons', join: JOINS.agreementSignatories },
  },
  Statement: {
    kind: { ...enumOf(StatementKind, 'StatementKind'), column: 'kind' },
    text: { ...text(MAX_LONG_TEXT), column: 'text' },
    date: { kind: 'date', column: 'date' },
    occasion: { ...optionalText(), column: 'occasion' },
    sectors: { kind: 'sectors', column: 'sectors' },
    speaker: { kind: 'speaker' },
    mentionedCountries: { kind: 'countries', join: JOINS.statementMentionCountries },
    mentionedOrganizations: { kind: 'organizations', join: JOINS.statementMentionOrganizations },
  },
  Fact: {
    subject: { ...text(), column: 'subject' },
    metric: { ...text(), column: 'metric' },
    value: { kind: 'number', column: 'value' },
    unit: { ...text(), column: 'unit' },
    date: { kind: 'date', column: 'date' },
  },
  Person: {
    name: { ...text(), column: 'name' },
    role: { ...optionalText(), column: 'role' },
    country: { kind: 'country', column: 'country_id' },
    organization: { kind: 'organization', column: 'organization_id' },
  },
  Organization: {
    name: { ...text(), column: 'name' },
    kind: { ...enumOf(OrganizationKind, 'OrganizationKind'), column: 'kind' },
    country: { kind: 'country', column: 'country_id' },
  },
};

const SECTORS: readonly string[] = Object.values(Sector);

/** "2024", "2024-06" or a calendar day "2024-06-12". */
export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return Number(value) >= 1;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Number(month[1]) >= 1 && Number(month[2]) >= 1 && Number(month[2]) <= 12;
  return isCalendarDate(value);
}

/** The correction target (enum value) of a record type. */
const targetOf = (type: CorrectableType): CorrectionTarget => kindOf(type);

// ---------------------------------------------------------------------------
// Re-applying corrections over what extraction wrote.

interface CorrectionRowLite {
  type: CorrectableType;
  recordId: number;
  action: 'CORRECT' | 'REJECT' | 'RESTORE';
  after: unknown;
}

/** The fold of one record's corrections: the latest value of every corrected field, the latest reject/restore. */
interface Folded<T extends CorrectableType = CorrectableType> {
  type: T;
  id: number;
  fields: StoredFields<T>;
  rejected: boolean | undefined;
}

const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/**
 * Re-applies the corrections of the given rows over what was just written
 * (an article load, a re-extraction): for each row, its corrections by
 * (target, record key) in id order, folded to the latest value of every
 * corrected field and the latest reject/restore, are written to the row and
 * its join rows (a corrected list replaces the join rows). Relation values
 * name records by key (a key a merge folded away stands for the merge's
 * target); one that no longer resolves is left out.
 *
 * Call it inside the writing transaction, under the ingest lock. With no
 * corrections for these rows it costs one indexed query (none when `records`
 * holds no ids).
 */
export async function reapplyCorrections(tx: Prisma.TransactionClient, records: { type: CorrectableType; ids: readonly number[] }[]): Promise<void> {
  const idsByType = new Map<CorrectableType, Set<number>>();
  for (const { type, ids } of records) {
    const set = idsByType.get(type) ?? new Set<number>();
    for (const id of ids) set.add(id);
    idsByType.set(type, set);
  }
  const branches = [...idsByType].filter(([, ids]) => ids.size > 0).map(([type, ids]) => {
    const { table } = RECORD_TYPES[type];
    return sql`SELECT ${type}::text AS "type", t.id AS "recordId", c.id AS "id", c.action::text AS "action", c.after AS "after"
      FROM ${raw(table)} t JOIN corrections c ON c.target = ${targetOf(type)}::"CorrectionTarget" AND c.record_key = t.key
      WHERE t.id = ANY(${[...ids]}::int[])`;
  });
  if (branches.length === 0) return;
  const rows = await tx.$queryRaw<(CorrectionRowLite & { id: number })[]>(sql`${join(branches, ' UNION ALL ')} ORDER BY "id"`);
  if (rows.length === 0) return;
  const folds = new Map<string, Folded>();
  for (const row of rows) {
    const k = `${row.type}:${row.recordId}`;
    const fold = folds.get(k) ?? { type: row.type, id: row.recordId, fields: {}, rejected: undefined };
    if (row.action === 'CORRECT') Object.assign(fold.fields, parseJson(row.after) as object);
    else fold.rejected = row.action === 'REJECT';
    folds.set(k, fold);
  }
  await applyFolds(tx, [...folds.values()]);
}

/** Writes each fold to its row and join rows. */
async function applyFolds(tx: Tx, folds: Folded[]): Promise<void> {
  const wanted = emptyKeySets();
  for (const fold of folds) {
    const specs = FIELDS[fold.type] as Record<string, FieldKind>;
    for (const [field, value] of Object.entries(fold.fields)) {
      const spec = specs[field];
      if (!spec || value === null || value === undefined) continue;
      if (spec.kind === 'country') wanted.countries.add(value as string);
      else if (spec.kind === 'countries') for (const v of value as string[]) wanted.countries.add(v);
      else if (spec.kind === 'organization') wanted.organizations.add(value as string);
      else if (spec.kind === 'organizations') for (const v of value as string[]) wanted.organizations.add(v);
      else if (spec.kind === 'persons') for (const v of value as string[]) wanted.persons.add(v);
      else if (spec.kind === 'speaker') (value as SpeakerRef).type === 'PERSON' ? wanted.persons.add((value as SpeakerRef).key) : wanted.organizations.add((value as SpeakerRef).key);
    }
  }
  const ids = await idsOfKeys(tx, wanted);
  for (const fold of folds) await applyFold(tx, fold, ids);
}

const present = (ids: Map<string, number>, keys: readonly string[]): number[] => [...new Set(keys.map((k) => ids.get(k)).filter((id): id is number => id !== undefined))];

async function applyFold(tx: Tx, fold: Folded, ids: KeyIds): Promise<void> {
  const specs = FIELDS[fold.type] as Record<string, FieldKind & { column?: string }>;
  const sets: Sql[] = [];
  const set = (column: string, value: Sql) => sets.push(sql`${raw(`"${column}"`)} = ${value}`);
  for (const [field, value] of Object.entries(fold.fields)) {
    const spec = specs[field];
    if (!spec) continue; // a field this version no longer corrects
    switch (spec.kind) {
      case 'text':
        set(spec.column!, sql`${value as string | null}::text`);
        break;
      case 'enum':
        set(spec.column!, sql`${value as string}::${raw(`"${spec.pgType}"`)}`);
        break;
      case 'sectors':
        set(spec.column!, sql`${value as string[]}::"Sector"[]`);
        break;
      case 'date':
        set('date', sql`${value as string | null}::text`);
        set('date_start', sql`${partialDateStart(value as string | null)}::date`);
        break;
      case 'number':
        set(spec.column!, sql`${value as number}::float8`);
        break;
      case 'country': {
        const id = value === null ? null : ids.countries.get(value as string);
        if (id !== undefined) set(spec.column!, sql`${id}::int`);
        break;
      }
      case 'organization': {
        const id = value === null ? null : ids.organizations.get(value as string);
        if (id !== undefined) set(spec.column!, sql`${id}::int`);
        break;
      }
      case 'speaker': {
        const ref = value as SpeakerRef;
        const id = ref.type === 'PERSON' ? ids.persons.get(ref.key) : ids.organizations.get(ref.key);
        if (id === undefined) break;
        set('speaker_person_id', sql`${ref.type === 'PERSON' ? id : null}::int`);
        set('speaker_organization_id', sql`${ref.type === 'ORGANIZATION' ? id : null}::int`);
        break;
      }
      case 'countries':
      case 'organizations':
      case 'persons': {
        const map = spec.kind === 'countries' ? ids.countries : spec.kind === 'organizations' ? ids.organizations : ids.persons;
        await replaceJoinRows(tx, spec.join, fold.id, present(map, value as string[]));
        break;
      }
    }
  }
  if (fold.rejected !== undefined) set('rejected', sql`${fold.rejected}::boolean`);
  if (sets.length) await tx.$executeRaw(sql`UPDATE ${raw(RECORD_TYPES[fold.type].table)} SET ${join(sets, ', ')} WHERE id = ${fold.id}::int`);
}

// ---------------------------------------------------------------------------
// Recording corrections.

/** The record row, locked for the transaction. */
async function lockRecord<T extends CorrectableType>(tx: Tx, type: T, id: number): Promise<RowOf<T> | null> {
  const rows = await tx.$queryRaw<RowOf<T>[]>(sql`SELECT ${columnsOf(type)} FROM ${tableOf(type)} WHERE t.id = ${id}::int FOR UPDATE`);
  return rows[0] ?? null;
}

async function readRecord<T extends CorrectableType>(tx: Tx, type: T, id: number): Promise<RowOf<T>> {
  const rows = await tx.$queryRaw<RowOf<T>[]>(sql`SELECT ${columnsOf(type)} FROM ${tableOf(type)} WHERE t.id = ${id}::int`);
  return rows[0]!;
}

/** Problems of a text value: blank, NUL characters, too long. */
function textProblems(field: string[], value: string, max: number): CorrectionProblem[] {
  const name = field.join('.');
  if (!value.trim()) return [{ field, code: 'BLANK', message: `${name} is blank; to clear an optional field, send null.` }];
  if (value.includes('\u0000')) return [{ field, code: 'BINARY', message: `${name} contains a NUL character (U+0000).` }];
  if (value.trim().length > max) return [{ field, code: 'TOO_LONG', message: `${name} is ${value.trim().length} characters; the limit is ${max}.` }];
  return [];
}

/** Checks a reason (required for rejections); returns it trimmed, or null when absent. */
function reasonProblems(reason: string | null, required: boolean): CorrectionProblem[] {
  if (reason === null || !reason.trim()) return required ? [{ field: ['reason'], code: 'BLANK', message: 'reason is empty: say why, for the audit.' }] : [];
  return textProblems(['reason'], reason, MAX_SHORT_TEXT);
}

const cleanReason = (reason: string | null): string | null => (reason && reason.trim() ? reason.trim() : null);

/**
 * Validates a request's fields without the database, and turns them into
 * stored values where no lookup is needed. Relation fields are left for
 * `resolveReferences`.
 */
function checkFields<T extends CorrectableType>(type: T, input: CorrectionInput<T>): { problems: CorrectionProblem[]; given: [string, unknown][] } {
  const specs = FIELDS[type] as Record<string, FieldKind>;
  const problems: CorrectionProblem[] = [];
  const given = Object.entries(input).filter(([, v]) => v !== undefined);
  for (const [field, value] of given) {
    const spec = specs[field];
    const path = [field];
    if (!spec) {
      problems.push({ field: path, code: 'NOT_FOUND', message: `${type} has no correctable field ${field}.` });
      continue;
    }
    const nullable = (spec.kind === 'text' && spec.nullable) || spec.kind === 'date' || spec.kind === 'country' || spec.kind === 'organization';
    if (value === null) {
      if (!nullable) problems.push({ field: path, code: 'REQUIRED', message: `${field} cannot be null: every ${type} has one${spec.kind === 'countries' || spec.kind === 'organizations' || spec.kind === 'persons' || spec.kind === 'sectors' ? ' (send [] for an empty list)' : ''}.` });
      continue;
    }
    switch (spec.kind) {
      case 'text':
        problems.push(...textProblems(path, value as string, spec.max));
        break;
      case 'enum':
        if (!spec.values.includes(value as string)) problems.push({ field: path, code: 'NOT_FOUND', message: `${field} ${JSON.stringify(value)} is not one of ${spec.values.join(', ')}.` });
        break;
      case 'sectors':
        (value as string[]).forEach((s, i) => {
          if (!SECTORS.includes(s)) problems.push({ field: [field, String(i)], code: 'NOT_FOUND', message: `${JSON.stringify(s)} is not a sector.` });
        });
        break;
      case 'date':
        if (!isPartialDate((value as string).trim())) {
          problems.push({ field: path, code: 'INVALID_DATE', message: `${field} ${JSON.stringify(String(value).slice(0, 40))} is not a date as YYYY, YYYY-MM or YYYY-MM-DD.` });
        }
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ field: path, code: 'NOT_FOUND', message: `${field} is not a finite number.` });
        break;
      default:
        break; // references: checked against the database
    }
    if (Array.isArray(value) && value.length > MAX_LIST_ITEMS) problems.push({ field: path, code: 'TOO_MANY', message: `${field} holds ${value.length} items; the limit is ${MAX_LIST_ITEMS}.` });
  }
  if (given.length === 0) problems.push({ field: [], code: 'NO_FIELDS', message: `Nothing to correct: give at least one of ${Object.keys(specs).join(', ')}.` });
  return { problems, given };
}

/**
 * The request's values as stored values (relations by key), or the problems
 * of those that name nothing: unknown ISO codes, organization or person ids.
 */
async function resolveReferences<T extends CorrectableType>(tx: Tx, type: T, given: [string, unknown][]): Promise<{ problems: CorrectionProblem[]; after: StoredFields<T> }> {
  const specs = FIELDS[type] as Record<string, FieldKind>;
  const problems: CorrectionProblem[] = [];
  const codes = new Set<string>();
  const orgIds = new Set<number>();
  const personIds = new Set<number>();
  for (const [field, value] of given) {
    const spec = specs[field]!;
    if (value === null) continue;
    if (spec.kind === 'country') codes.add(String(value).trim().toUpperCase());
    if (spec.kind === 'countries') for (const c of value as string[]) codes.add(c.trim().toUpperCase());
    if (spec.kind === 'organization') orgIds.add(value as number);
    if (spec.kind === 'organizations') for (const id of value as number[]) orgIds.add(id);
    if (spec.kind === 'persons') for (const id of value as number[]) personIds.add(id);
    if (spec.kind === 'speaker') (value as RecordRef).type === 'Person' ? personIds.add((value as RecordRef).id) : orgIds.add((value as RecordRef).id);
  }
  const [countries, orgs, persons] = await Promise.all([
    codes.size ? tx.country.findMany({ where: { iso2: { in: [...codes].filter((c) => /^[A-Z]{2}$/.test(c)) } }, select: { iso2: true } }) : [],
    orgIds.size ? tx.organization.findMany({ where: { id: { in: [...orgIds] } }, select: { id: true, key: true } }) : [],
    personIds.size ? tx.person.findMany({ where: { id: { in: [...personIds] } }, select: { id: true, key: true } }) : [],
  ]);
  const knownCodes = new Set(countries.map((c) => c.iso2));
  const orgKey = new Map(orgs.map((o) => [o.id, o.key]));
  const personKey = new Map(persons.map((p) => [p.id, p.key]));
  const country = (path: string[], code: string): string | undefined => {
    const c = code.trim().toUpperCase();
    if (knownCodes.has(c)) return c;
    problems.push({ field: path, code: 'NOT_FOUND', message: `${JSON.stringify(code.slice(0, 20))} is not the ISO alpha-2 code of a country in the knowledge base.` });
    return undefined;
  };
  const keyOf = (path: string[], id: number, keys: Map<number, string>, what: string): string | undefined => {
    const key = keys.get(id);
    if (key === undefined) problems.push({ field: path, code: 'NOT_FOUND', message: `No ${what} with that id.` });
    return key;
  };
  const after: Record<string, unknown> = {};
  for (const [field, value] of given) {
    const spec = specs[field]!;
    const path = [field];
    if (value === null) {
      after[field] = null;
      continue;
    }
    switch (spec.kind) {
      case 'text':
      case 'date':
        after[field] = (value as string).trim();
        break;
      case 'sectors':
        after[field] = [...new Set(value as string[])];
        break;
      case 'country':
        after[field] = country(path, value as string);
        break;
      case 'countries':
        after[field] = [...new Set((value as string[]).map((c, i) => country([field, String(i)], c)))];
        break;
      case 'organization':
        after[field] = keyOf(path, value as number, orgKey, 'Organization');
        break;
      case 'organizations':
        after[field] = [...new Set((value as number[]).map((id, i) => keyOf([field, String(i)], id, orgKey, 'Organization')))];
        break;
      case 'persons':
        after[field] = [...new Set((value as number[]).map((id, i) => keyOf([field, String(i)], id, personKey, 'Person')))];
        break;
      case 'speaker': {
        const ref = value as RecordRef;
        const key = ref.type === 'Person' ? keyOf(path, ref.id, personKey, 'Person') : keyOf(path, ref.id, orgKey, 'Organization');
        after[field] = { type: ref.type === 'Person' ? 'PERSON' : 'ORGANIZATION', key };
        break;
      }
      default:
        after[field] = value;
    }
  }
  return { problems, after: after as StoredFields<T> };
}

/** The record's current values of the given fields, as corrections store them. */
async function currentValues<T extends CorrectableType>(tx: Tx, type: T, row: RowOf<T>, fields: readonly string[]): Promise<StoredFields<T>> {
  const specs = FIELDS[type] as Record<string, FieldKind>;
  const r = row as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const spec = specs[field]!;
    switch (spec.kind) {
      case 'text':
      case 'enum':
      case 'date':
      case 'number':
        out[field] = r[field] ?? null;
        break;
      case 'sectors':
        out[field] = r[field] ?? [];
        break;
      case 'country': {
        const id = r.countryId as number | null;
        out[field] = id === null ? null : ((await tx.country.findUnique({ where: { id }, select: { iso2: true } }))?.iso2 ?? null);
        break;
      }
      case 'organization': {
        const id = r.organizationId as number | null;
        out[field] = id === null ? null : ((await tx.organization.findUnique({ where: { id }, select: { key: true } }))?.key ?? null);
        break;
      }
      case 'speaker': {
        const personId = r.speakerPersonId as number | null;
        const orgId = r.speakerOrganizationId as number | null;
        out[field] =
          personId !== null
            ? { type: 'PERSON', key: (await tx.person.findUnique({ where: { id: personId }, select: { key: true } }))?.key ?? null }
            : { type: 'ORGANIZATION', key: (await tx.organization.findUnique({ where: { id: orgId! }, select: { key: true } }))?.key ?? null };
        break;
      }
      case 'countries':
      case 'organizations':
      case 'persons': {
        const j = spec.join;
        const [table, column] = spec.kind === 'countries' ? ['countries', 'iso2'] : spec.kind === 'organizations' ? ['organizations', 'key'] : ['persons', 'key'];
        const rows = await tx.$queryRaw<{ v: string }[]>(
          sql`SELECT o.${raw(column)}::text AS v FROM ${raw(j.table)} j JOIN ${raw(table)} o ON o.id = j.${raw(j.other)} WHERE j.${raw(j.own)} = ${row.id}::int ORDER BY o.${raw(column)}`,
        );
        out[field] = rows.map((x) => x.v);
        break;
      }
    }
  }
  return out as StoredFields<T>;
}

/**
 * Corrects some fields of one record: validates them, records a CORRECT row
 * with the fields' values before and after (relations by key), and applies
 * every correction of the record (this one last). A correction is recorded
 * even when a value equals the stored one: it pins the value against later
 * extraction.
 */
export async function correctRecord<T extends CorrectableType>(prisma: PrismaClient, ref: RecordRef<T>, input: CorrectionInput<T>, meta: CorrectionMeta): Promise<CorrectionOutcome<T>> {
  const checked = checkFields(ref.type, input);
  const problems = [...checked.problems, ...reasonProblems(meta.reason, false)];
  if (problems.length) return { ok: false, problems };
  return prisma.$transaction(async (tx) => {
    await takeIngestLock(tx);
    const row = await lockRecord(tx, ref.type, ref.id);
    if (!row) return { ok: false, problems: [{ field: ['id'], code: 'NOT_FOUND', message: `No ${ref.type} with that id.` }] };
    const resolved = await resolveReferences(tx, ref.type, checked.given);
    if (resolved.problems.length) return { ok: false, problems: resolved.problems };
    const fields = checked.given.map(([field]) => field);
    const before = await currentValues(tx, ref.type, row, fields);
    const correction = await tx.correction.create({
      data: {
        target: targetOf(ref.type),
        recordKey: (row as { key: string }).key,
        recordId: row.id,
        action: 'CORRECT',
        before: before as Prisma.InputJsonValue,
        after: resolved.after as Prisma.InputJsonValue,
        reason: cleanReason(meta.reason),
        actor: meta.actor,
        requestId: meta.requestId,
      },
    });
    await reapplyCorrections(tx, [{ type: ref.type, ids: [row.id] }]);
    return { ok: true, record: await readRecord(tx, ref.type, row.id), correction, changed: true };
  });
}

/**
 * Rejects (hides) or restores one record. A reject needs a reason. Rejecting
 * a rejected record, or restoring one that is not rejected, is a no-op that
 * writes no row and answers with the record and the latest earlier row of
 * that action (or null).
 */
export async function setRejected<T extends CorrectableType>(prisma: PrismaClient, ref: RecordRef<T>, rejected: boolean, meta: CorrectionMeta): Promise<CorrectionOutcome<T>> {
  const problems = reasonProblems(meta.reason, rejected);
  if (problems.length) return { ok: false, problems };
  const action = rejected ? 'REJECT' : 'RESTORE';
  return prisma.$transaction(async (tx) => {
    await takeIngestLock(tx);
    const row = await lockRecord(tx, ref.type, ref.id);
    if (!row) return { ok: false, problems: [{ field: ['id'], code: 'NOT_FOUND', message: `No ${ref.type} with that id.` }] };
    const key = (row as { key: string }).key;
    if ((row as { rejected: boolean }).rejected === rejected) {
      const earlier = await tx.correction.findFirst({ where: { target: targetOf(ref.type), recordKey: key, action }, orderBy: { id: 'desc' } });
      return { ok: true, record: row, correction: earlier, changed: false };
    }
    const correction = await tx.correction.create({
      data: { target: targetOf(ref.type), recordKey: key, recordId: row.id, action, reason: cleanReason(meta.reason), actor: meta.actor, requestId: meta.requestId },
    });
    await reapplyCorrections(tx, [{ type: ref.type, ids: [row.id] }]);
    return { ok: true, record: await readRecord(tx, ref.type, row.id), correction, changed: true };
  });
}

// ---------------------------------------------------------------------------
// Reads for the API (through the loaders).

/** Correctable records by key, of one type (Correction.record: found by key, as re-extraction may have given the row a new id). */
export async function rowsByKeys<T extends CorrectableType>(pool: Pick<Pool, 'query'>, type: T, keys: readonly string[]): Promise<RowOf<T>[]> {
  const q = sql`SELECT ${columnsOf(type)} FROM ${tableOf(type)} WHERE t.key = ANY(${[...keys]}::text[])`;
  return (await pool.query<RowOf<T>>(q.text, q.values)).rows;
}
