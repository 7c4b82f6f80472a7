/**
 * Analyst corrections over HTTP against a real server and Postgres (the seed
 * articles loaded): each kind of correction with its audit row (actor = the
 * token's label, request id, before/after), reject/restore, bad input that
 * writes nothing, rejected records hidden from lists, nested lists, search and
 * counts unless asked for, `minConfidence`, and corrections that survive the
 * re-ingestion of a republished copy of an article.
 */
import { createHash } from 'node:crypto';
import { ConfigError, loadConfig } from '../../src/config';
import { reapplyCorrections } from '../../src/db/corrections';
import { startTestApp, type TestApp } from '../support/app';

const ALICE = 'token-alice-0123456789';
const PLAIN = 'token-plain-9876543210';
const PLAIN_LABEL = `token-${createHash('sha256').update(PLAIN).digest('hex').slice(0, 8)}`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { ADMIN_TOKEN: `alice:${ALICE}, ${PLAIN}` } });
});
afterAll(async () => {
  await t?.close();
});

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: await res.json() };
}

const as = (token: string, requestId?: string) => ({ authorization: `Bearer ${token}`, ...(requestId ? { 'x-request-id': requestId } : {}) });

/** Data of a query that must succeed. */
async function data(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
  const { status, body } = await post(query, variables, headers);
  expect([status, body.errors]).toEqual([200, undefined]);
  return body.data;
}

const rowId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const globalId = (type: string, id: number): string => Buffer.from(`${type}:${id}`).toString('base64url');

async function correctionCount(): Promise<number> {
  return t.db.prisma.correction.count();
}

/** Runs `action` and returns the SQL statements the app's pool sent meanwhile. */
async function sqlDuring(action: () => Promise<unknown>): Promise<string[]> {
  const from = t.statements.length;
  await action();
  return t.statements.slice(from);
}

const CORRECTION_FIELDS = `id target recordKey action reason actor requestId createdAt changes { field before after }
  record { __typename ... on Agreement { id } ... on Statement { id } ... on Fact { id } ... on Person { id } ... on Organization { id } }`;

const CORRECT_AGREEMENT = `mutation($input: CorrectAgreementInput!, $reason: String) { correctAgreement(input: $input, reason: $reason) {
  agreement { id title kind status date quantity sectors partyCountries { iso2 } partyOrganizations { id } signatories { id } rejected corrections(first: 5) { totalCount nodes { id } } }
  correction { ${CORRECTION_FIELDS} }
  userErrors { field code message } } }`;

describe('ADMIN_TOKEN labels (src/config.ts)', () => {
  test('label:token entries and plain tokens; a bad label or a missing token stops the start', () => {
    const tokens = loadConfig({ ADMIN_TOKEN: ` alice:${ALICE} , ${PLAIN},ops.bot@example.org:a:b ` }).adminTokens;
    expect(tokens).toEqual([
      { label: 'alice', token: ALICE },
      { label: PLAIN_LABEL, token: PLAIN },
      { label: 'ops.bot@example.org', token: 'a:b' },
    ]);
    for (const bad of ['two words:token', 'alice:', ':token']) {
      expect(() => loadConfig({ ADMIN_TOKEN: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ ADMIN_TOKEN: bad })).toThrow(/ADMIN_TOKEN=/);
    }
    // The error names the variable but never repeats a token.
    expect(() => loadConfig({ ADMIN_TOKEN: 'bad label:secret-token-value' })).not.toThrow(/secret-token-value/);
  });
});

describe('provenance fields', () => {
  test('records carry confidence and extraction; correctable ones rejected and corrections; articles their extractor version', async () => {
    const d = await data(`{
      agreements(first: 2) { nodes { confidence extraction { method version } rejected corrections { totalCount } } }
      countries(first: 2) { nodes { confidence extraction { method version } } }
      regions(first: 1) { nodes { confidence extraction { method } } }
      organizations(first: 1) { nodes { confidence rejected } }
      persons(first: 1) { nodes { confidence rejected } }
      statements(first: 1) { nodes { confidence rejected } }
      facts(first: 1) { nodes { confidence rejected } }
      articles(first: 1) { nodes { extractorVersion extractedAt } } }`);
    for (const list of ['agreements', 'countries', 'organizations', 'persons', 'statements', 'facts']) {
      for (const node of d[list].nodes) {
        expect(node.confidence).toBeGreaterThan(0);
        expect(node.confidence).toBeLessThanOrEqual(1);
      }
    }
    expect(d.agreements.nodes[0]).toMatchObject({ rejected: false, corrections: { totalCount: 0 }, extraction: { method: expect.any(String), version: expect.any(String) } });
    expect(d.articles.nodes[0].extractorVersion).toEqual(expect.any(String));
    expect(new Date(d.articles.nodes[0].extractedAt).getTime()).not.toBeNaN();
  });
});

describe('corrections', () => {
  test('correctAgreement: every field, the audit row (actor = label, request id, before/after), corrected lists replace the join rows', async () => {
    const d = await data(`{ agreements(first: 1, orderBy: { field: CREATED, direction: ASC }) { nodes { id title kind status date quantity sectors partyCountries { iso2 } } }
      organizations(first: 2, orderBy: { field: CREATED, direction: ASC }) { nodes { id } } persons(first: 1, orderBy: { field: CREATED, direction: ASC }) { nodes { id } } }`);
    const agreement = d.agreements.nodes[0];
    const [org] = d.organizations.nodes;
    const [person] = d.persons.nodes;
    const input = {
      id: agreement.id,
      title: '  Memorandum on energy cooperation  ',
      kind: 'MEMORANDUM',
      status: 'SIGNED',
      date: '2023-05',
      quantity: null,
      sectors: ['ENERGY', 'NUCLEAR', 'ENERGY'],
      partyCountries: ['kr', 'UZ'],
      partyOrganizations: [org.id],
      signatories: [person.id],
    };
    const anonymous = await post(CORRECT_AGREEMENT, { input, reason: 'x' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const res = await data(CORRECT_AGREEMENT, { input, reason: 'Checked against the signing ceremony report' }, as(ALICE, 'corr-agreement-1'));
    const payload = res.correctAgreement;
    expect(payload.userErrors).toEqual([]);
    expect(payload.agreement).toMatchObject({
      id: agreement.id,
      title: 'Memorandum on energy cooperation',
      kind: 'MEMORANDUM',
      status: 'SIGNED',
      date: '2023-05',
      quantity: null,
      sectors: ['ENERGY', 'NUCLEAR'],
      partyOrganizations: [{ id: org.id }],
      signatories: [{ id: person.id }],
      rejected: false,
      corrections: { totalCount: 1, nodes: [{ id: payload.correction.id }] },
    });
    expect(payload.agreement.partyCountries.map((c: any) => c.iso2).sort()).toEqual(['KR', 'UZ']);
    const c = payload.correction;
    expect(c).toMatchObject({ target: 'AGREEMENT', action: 'CORRECT', actor: 'alice', requestId: 'corr-agreement-1', reason: 'Checked against the signing ceremony report', record: { __typename: 'Agreement', id: agreement.id } });
    const change = (field: string) => c.changes.find((x: any) => x.field === field);
    expect(c.changes.map((x: any) => x.field)).toEqual(['title', 'kind', 'status', 'date', 'quantity', 'sectors', 'partyCountries', 'partyOrganizations', 'signatories']);
    expect(change('title')).toEqual({ field: 'title', before: JSON.stringify(agreement.title), after: JSON.stringify('Memorandum on energy cooperation') });
    expect(JSON.parse(change('sectors').before)).toEqual(agreement.sectors);
    expect(JSON.parse(change('partyCountries').before)).toEqual(agreement.partyCountries.map((x: any) => x.iso2).sort());
    expect(JSON.parse(change('partyCountries').after)).toEqual(['KR', 'UZ']);
    // Other records are stored by key, not by row id.
    const orgKey = (await t.db.prisma.organization.findUnique({ where: { id: rowId(org.id) } }))!.key;
    expect(JSON.parse(change('partyOrganizations').after)).toEqual([orgKey]);
    expect(change('quantity').after).toBeNull();
    // date_start follows the corrected date: date filters and order see it.
    const row = (await t.db.prisma.agreement.findUnique({ where: { id: rowId(agreement.id) } }))!;
    expect(row.dateStart!.toISOString().slice(0, 10)).toBe('2023-05-01');
    const inMay = await data(`{ agreements(filter: { dateFrom: "2023-05-01", dateTo: "2023-05-31" }) { nodes { id } } }`);
    expect(inMay.agreements.nodes).toContainEqual({ id: agreement.id });

    // The audit list: newest first, filterable by target and actor.
    const audit = await data(`{ corrections(first: 5, filter: { targets: [AGREEMENT], actors: ["alice"] }) { totalCount nodes { id actor } } }`);
    expect(audit.corrections.nodes[0]).toEqual({ id: c.id, actor: 'alice' });
  });

  test('correctStatement: text, kind, date, occasion, sectors, speaker (an organization), mentions', async () => {
    const d = await data(`{ statements(first: 1, orderBy: { field: CREATED, direction: ASC }) { nodes { id text speaker { __typename } } }
      organizations(first: 3, orderBy: { field: CREATED, direction: ASC }) { nodes { id name } } }`);
    const statement = d.statements.nodes[0];
    const [, speaker, mentioned] = d.organizations.nodes;
    const res = await data(
      `mutation($input: CorrectStatementInput!) { correctStatement(input: $input) {
        statement { id kind text date occasion sectors speaker { __typename ... on Organization { id } } mentionedCountries { iso2 } mentionedOrganizations { id } }
        correction { action actor reason changes { field before after } } userErrors { field code } } }`,
      { input: { id: statement.id, kind: 'REPORTED', text: 'The ministry said cooperation would deepen.', date: '2024-06-12', occasion: null, sectors: ['DIPLOMACY'], speaker: speaker.id, mentionedCountries: ['KZ'], mentionedOrganizations: [mentioned.id] } },
      as(PLAIN),
    );
    const payload = res.correctStatement;
    expect(payload.userErrors).toEqual([]);
    expect(payload.statement).toMatchObject({
      kind: 'REPORTED',
      text: 'The ministry said cooperation would deepen.',
      date: '2024-06-12',
      occasion: null,
      sectors: ['DIPLOMACY'],
      speaker: { __typename: 'Organization', id: speaker.id },
      mentionedCountries: [{ iso2: 'KZ' }],
      mentionedOrganizations: [{ id: mentioned.id }],
    });
    // A plain token's label: token- and the first 8 hex digits of its sha256. No reason given: none kept.
    expect(payload.correction).toMatchObject({ action: 'CORRECT', actor: PLAIN_LABEL, reason: null });
    const speakerChange = payload.correction.changes.find((x: any) => x.field === 'speaker');
    const speakerKey = (await t.db.prisma.organization.findUnique({ where: { id: rowId(speaker.id) } }))!.key;
    expect(JSON.parse(speakerChange.after)).toEqual({ type: 'ORGANIZATION', key: speakerKey });
    expect(JSON.parse(speakerChange.before).type).toBe(statement.speaker.__typename.toUpperCase());
  });

  test('correctFact, correctPerson, correctOrganization', async () => {
    const d = await data(`{ facts(first: 1) { nodes { id value } } persons(first: 1) { nodes { id role } }
      organizations(first: 2, orderBy: { field: CREATED, direction: DESC }) { nodes { id name country { iso2 } } } }`);
    const [fact] = d.facts.nodes;
    const [person] = d.persons.nodes;
    const [org, employer] = d.organizations.nodes;

    const f = (await data(`mutation($input: CorrectFactInput!) { correctFact(input: $input, reason: "unit misread") { fact { subject metric value unit date } correction { changes { field before after } } userErrors { code } } }`,
      { input: { id: fact.id, subject: 'Kazakhstan', metric: 'bilateral trade', value: 6.5e9, unit: 'USD', date: '2024' } }, as(ALICE))).correctFact;
    expect(f.userErrors).toEqual([]);
    expect(f.fact).toEqual({ subject: 'Kazakhstan', metric: 'bilateral trade', value: 6.5e9, unit: 'USD', date: '2024' });
    expect(f.correction.changes.find((x: any) => x.field === 'value')).toEqual({ field: 'value', before: JSON.stringify(fact.value), after: '6500000000' });

    const p = (await data(`mutation($input: CorrectPersonInput!) { correctPerson(input: $input) { person { name role country { iso2 } organization { id } } userErrors { code } } }`,
      { input: { id: person.id, name: 'Kim Sung-hwan', role: null, country: 'KR', organization: employer.id } }, as(ALICE))).correctPerson;
    expect(p.userErrors).toEqual([]);
    expect(p.person).toEqual({ name: 'Kim Sung-hwan', role: null, country: { iso2: 'KR' }, organization: { id: employer.id } });

    const o = (await data(`mutation($input: CorrectOrganizationInput!) { correctOrganization(input: $input) { organization { name kind country { iso2 } } correction { changes { field before after } } userErrors { code } } }`,
      { input: { id: org.id, name: 'Korea Trade-Investment Promotion Agency', kind: 'GOVERNMENT', country: null } }, as(ALICE))).correctOrganization;
    expect(o.userErrors).toEqual([]);
    expect(o.organization).toEqual({ name: 'Korea Trade-Investment Promotion Agency', kind: 'GOVERNMENT', country: null });
    expect(o.correction.changes.find((x: any) => x.field === 'country')).toEqual({ field: 'country', before: org.country ? JSON.stringify(org.country.iso2) : null, after: null });
    // Search follows the corrected name (the search column is generated from it).
    const hits = await data(`{ search(query: "Trade-Investment Promotion", kinds: [ORGANIZATION]) { nodes { ... on Organization { id } } } }`);
    expect(hits.search.nodes).toContainEqual({ id: org.id });
  });

  test('bad input is a userError naming the field, and nothing is written', async () => {
    const d = await data(`{ agreements(first: 1) { nodes { id } } persons(first: 1) { nodes { id } } countries(first: 1) { nodes { id } } }`);
    const agreement = d.agreements.nodes[0].id;
    const person = d.persons.nodes[0].id;
    const unknownAgreement = globalId('Agreement', 999999);
    const unknownOrg = globalId('Organization', 999999);
    const snapshot = async () => JSON.stringify((await data(`{ node(id: "${agreement}") { ... on Agreement { title kind status date quantity sectors partyCountries { iso2 } partyOrganizations { id } signatories { id } } } }`)).node);
    const before = await snapshot();
    const corrections = await correctionCount();
    const cases: [Record<string, unknown>, string | null, { field: string[]; code: string }[]][] = [
      [{ id: unknownAgreement, title: 'x' }, null, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]],
      [{ id: person, title: 'x' }, null, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]],
      [{ id: 'garbage', title: 'x' }, null, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]],
      [{ id: agreement, date: '2024-02-30' }, null, [{ field: ['input', 'date'], code: 'INVALID_DATE' }]],
      [{ id: agreement, date: 'June 2024' }, null, [{ field: ['input', 'date'], code: 'INVALID_DATE' }]],
      [{ id: agreement, date: '2024-13' }, null, [{ field: ['input', 'date'], code: 'INVALID_DATE' }]],
      [{ id: agreement, title: 'New', partyOrganizations: [unknownOrg] }, null, [{ field: ['input', 'partyOrganizations', '0'], code: 'NOT_FOUND' }]],
      [{ id: agreement, partyOrganizations: [person] }, null, [{ field: ['input', 'partyOrganizations', '0'], code: 'NOT_FOUND' }]],
      [{ id: agreement, signatories: [person, unknownOrg] }, null, [{ field: ['input', 'signatories', '1'], code: 'NOT_FOUND' }]],
      [{ id: agreement, partyCountries: ['KR', 'ZZ'] }, null, [{ field: ['input', 'partyCountries', '1'], code: 'NOT_FOUND' }]],
      [{ id: agreement }, null, [{ field: ['input'], code: 'NO_FIELDS' }]],
      [{ id: agreement, title: null }, null, [{ field: ['input', 'title'], code: 'REQUIRED' }]],
      [{ id: agreement, sectors: null }, null, [{ field: ['input', 'sectors'], code: 'REQUIRED' }]],
      [{ id: agreement, title: '   ' }, null, [{ field: ['input', 'title'], code: 'BLANK' }]],
      [{ id: agreement, title: 'T'.repeat(1001) }, null, [{ field: ['input', 'title'], code: 'TOO_LONG' }]],
      [{ id: agreement, title: 'ok' }, 'nul \u0000 reason', [{ field: ['reason'], code: 'BINARY' }]],
    ];
    for (const [input, reason, expected] of cases) {
      const res = await data(CORRECT_AGREEMENT, { input, reason }, as(ALICE));
      expect([input, res.correctAgreement.agreement, res.correctAgreement.correction]).toEqual([input, null, null]);
      expect([input, res.correctAgreement.userErrors.map(({ field, code }: any) => ({ field, code }))]).toEqual([input, expected]);
    }
    // Fields a kind lacks and values outside an enum are refused by the schema itself, before anything runs.
    for (const input of [{ id: agreement, name: 'x' }, { id: agreement, kind: 'TREATY' }, { id: agreement, sectors: ['SPACE'] }]) {
      let response!: { status: number; body: any };
      const sql = await sqlDuring(async () => (response = await post(CORRECT_AGREEMENT, { input }, as(ALICE))));
      expect([input, response.status, response.body.data]).toEqual([input, 400, undefined]);
      expect(sql).toEqual([]);
    }
    // Rejections: only correctable records, and a reason is required.
    const REJECT = `mutation($input: RejectRecordInput!) { rejectRecord(input: $input) { record { __typename } changed userErrors { field code } } }`;
    for (const [input, expected] of [
      [{ id: d.countries.nodes[0].id, reason: 'r' }, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]],
      [{ id: globalId('Fact', 999999), reason: 'r' }, [{ field: ['input', 'id'], code: 'NOT_FOUND' }]],
      [{ id: agreement, reason: '  ' }, [{ field: ['input', 'reason'], code: 'BLANK' }]],
    ] as const) {
      const res = await data(REJECT, { input }, as(ALICE));
      expect(res.rejectRecord).toEqual({ record: null, changed: null, userErrors: expected });
    }
    expect(await snapshot()).toBe(before);
    expect(await correctionCount()).toBe(corrections);
    expect(await t.db.prisma.agreement.count({ where: { rejected: true } })).toBe(0);
  });
});

describe('reject and restore', () => {
  const REJECT = `mutation($input: RejectRecordInput!) { rejectRecord(input: $input) {
    record { __typename ... on Organization { id rejected } ... on Agreement { id rejected } ... on Statement { id rejected } }
    correction { id action reason actor requestId changes { field before after } } changed userErrors { field code } } }`;
  const RESTORE = `mutation($input: RestoreRecordInput!) { restoreRecord(input: $input) {
    record { __typename ... on Organization { id rejected } ... on Agreement { id rejected } }
    correction { id action reason actor } changed userErrors { field code } } }`;

  test('a rejected organization is hidden from every list, nested list and search unless asked for; node(id) still returns it; restore brings it back', async () => {
    // The organization that is party to the most agreements, so nested and small lists show it.
    const { rows: [busiest] } = await t.db.pool.query<{ id: number; name: string; country: string | null }>(
      `SELECT o.id, o.name, c.iso2 AS country FROM organizations o JOIN agreement_party_organizations j ON j.organization_id = o.id LEFT JOIN countries c ON c.id = o.country_id
       WHERE o.country_id IS NOT NULL AND NOT o.rejected GROUP BY o.id, c.iso2 ORDER BY count(*) DESC, o.id LIMIT 1`,
    );
    const id = globalId('Organization', busiest!.id);
    const word = busiest!.name.split(/\s+/).find((w) => w.length > 3)!;
    const views = async (includeRejected: boolean) => {
      const d = await data(
        `query($c: String!, $q: String!, $inc: Boolean) {
          organizations(first: 100, includeRejected: $inc) { totalCount nodes { id } }
          country(code: $c) { organizations(first: 100, includeRejected: $inc) { nodes { id } } }
          search(query: $q, kinds: [ORGANIZATION], first: 100, includeRejected: $inc) { nodes { ... on Organization { id } } }
          agreements(first: 100, includeRejected: $inc) { nodes { partyOrganizations { id } } } }`,
        { c: busiest!.country, q: word, inc: includeRejected },
      );
      return {
        root: d.organizations.nodes.some((n: any) => n.id === id),
        total: d.organizations.totalCount,
        nested: d.country.organizations.nodes.some((n: any) => n.id === id),
        search: d.search.nodes.some((n: any) => n.id === id),
        party: d.agreements.nodes.some((a: any) => a.partyOrganizations.some((o: any) => o.id === id)),
      };
    };
    const visible = await views(false);
    expect(visible).toMatchObject({ root: true, nested: true, search: true, party: true });

    const res = (await data(REJECT, { input: { id, reason: 'Not an organization: a page heading' } }, as(ALICE, 'reject-1'))).rejectRecord;
    expect(res).toMatchObject({
      record: { __typename: 'Organization', id, rejected: true },
      correction: { action: 'REJECT', reason: 'Not an organization: a page heading', actor: 'alice', requestId: 'reject-1', changes: [{ field: 'rejected', before: 'false', after: 'true' }] },
      changed: true,
      userErrors: [],
    });
    expect(await views(false)).toEqual({ root: false, total: visible.total - 1, nested: false, search: false, party: false });
    // includeRejected applies to the list it is given to; the parties of an agreement (a plain list) never show a rejected organization.
    expect(await views(true)).toEqual({ ...visible, party: false });
    expect((await data(`{ node(id: "${id}") { ... on Organization { id rejected } } }`)).node).toEqual({ id, rejected: true });

    // Rejecting it again: no second row, the earlier rejection answers.
    const count = await correctionCount();
    const again = (await data(REJECT, { input: { id, reason: 'again' } }, as(ALICE))).rejectRecord;
    expect(again).toMatchObject({ record: { rejected: true }, correction: { id: res.correction.id }, changed: false, userErrors: [] });
    expect(await correctionCount()).toBe(count);

    const restored = (await data(RESTORE, { input: { id } }, as(PLAIN))).restoreRecord;
    expect(restored).toMatchObject({ record: { id, rejected: false }, correction: { action: 'RESTORE', reason: null, actor: PLAIN_LABEL }, changed: true, userErrors: [] });
    expect(await views(false)).toEqual(visible);
    const noop = (await data(RESTORE, { input: { id } }, as(PLAIN))).restoreRecord;
    expect(noop).toMatchObject({ changed: false, correction: { id: restored.correction.id } });

    const history = await data(`{ node(id: "${id}") { ... on Organization { corrections { totalCount nodes { action } } } } }`);
    expect(history.node.corrections).toEqual({ totalCount: 2, nodes: [{ action: 'RESTORE' }, { action: 'REJECT' }] });
    const audit = await data(`{ corrections(first: 2, filter: { actions: [REJECT, RESTORE] }) { nodes { action record { ... on Organization { id } } } } }`);
    expect(audit.corrections.nodes).toEqual([{ action: 'RESTORE', record: { id } }, { action: 'REJECT', record: { id } }]);
  });

  test('a rejected agreement leaves the counts, and a country\'s agreements unless includeRejected', async () => {
    const counts = async () => (await data(`{ agreementCounts(groupBy: []) { count } }`)).agreementCounts[0].count;
    const total = await counts();
    const { rows: [agreement] } = await t.db.pool.query<{ id: number; iso2: string }>(
      `SELECT a.id, c.iso2 FROM agreements a JOIN agreement_party_countries j ON j.agreement_id = a.id JOIN countries c ON c.id = j.country_id WHERE NOT a.rejected ORDER BY a.id DESC LIMIT 1`,
    );
    const id = globalId('Agreement', agreement!.id);
    expect((await data(REJECT, { input: { id, reason: 'duplicate report' } }, as(ALICE))).rejectRecord.userErrors).toEqual([]);
    expect(await counts()).toBe(total - 1);
    const nested = async (inc: boolean) =>
      (await data(`query($c: String!, $inc: Boolean) { country(code: $c) { agreements(first: 100, includeRejected: $inc) { nodes { id rejected } } } }`, { c: agreement!.iso2, inc })).country.agreements.nodes;
    expect(await nested(false)).not.toContainEqual({ id, rejected: true });
    expect(await nested(true)).toContainEqual({ id, rejected: true });
    await data(RESTORE, { input: { id } }, as(ALICE));
    expect(await counts()).toBe(total);
  });
});

describe('minConfidence', () => {
  test('on a root list, a nested list, search and an aggregate; out of range is refused', async () => {
    const { rows: [low] } = await t.db.pool.query<{ id: number; title: string }>(`SELECT id, title FROM agreements WHERE NOT rejected ORDER BY id LIMIT 1`);
    await t.db.pool.query(`UPDATE agreements SET confidence = 0.2 WHERE id = $1`, [low!.id]);
    const atLeastHalf = (await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM agreements WHERE NOT rejected AND confidence >= 0.5`)).rows[0]!.n;
    const id = globalId('Agreement', low!.id);
    const word = low!.title.split(/\s+/).find((w) => w.length > 4) ?? low!.title;
    const d = await data(
      `query($q: String!) {
        all: agreements(first: 100) { totalCount }
        sure: agreements(first: 100, minConfidence: 0.5) { totalCount nodes { id confidence } }
        hits: search(query: $q, kinds: [AGREEMENT], first: 100) { nodes { ... on Agreement { id } } }
        sureHits: search(query: $q, kinds: [AGREEMENT], first: 100, minConfidence: 0.5) { nodes { ... on Agreement { id } } }
        allCounts: agreementCounts(groupBy: []) { count }
        sureCounts: agreementCounts(groupBy: [], minConfidence: 0.5) { count }
        relation(between: ["KR", "UZ"]) { agreements(first: 100, minConfidence: 0.99) { nodes { confidence } } } }`,
      { q: word },
    );
    expect(d.sure.totalCount).toBe(atLeastHalf);
    expect(d.sure.totalCount).toBeLessThan(d.all.totalCount);
    expect(d.sure.nodes.every((n: any) => n.confidence >= 0.5)).toBe(true);
    expect(d.sure.nodes).not.toContainEqual(expect.objectContaining({ id }));
    expect(d.hits.nodes).toContainEqual({ id });
    expect(d.sureHits.nodes).not.toContainEqual({ id });
    expect(d.sureCounts[0].count).toBe(atLeastHalf);
    expect(d.allCounts[0].count).toBeGreaterThan(d.sureCounts[0].count);
    expect(d.relation.agreements.nodes.every((n: any) => n.confidence >= 0.99)).toBe(true);

    for (const bad of [1.5, -0.1]) {
      const res = await post(`query($m: Float) { agreements(minConfidence: $m) { totalCount } }`, { m: bad });
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'minConfidence' });
      const counted = await post(`query($m: Float) { agreementCounts(groupBy: [], minConfidence: $m) { count } }`, { m: bad });
      expect(counted.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('corrections win over what is written later', () => {
  test('reapplyCorrections: fields, lists and the rejected flag over a writer; one query when a record has no corrections', async () => {
    const p = t.db.prisma;
    const { rows: [a] } = await t.db.pool.query<{ id: number }>(`SELECT id FROM agreements WHERE id NOT IN (SELECT record_id FROM corrections) ORDER BY id DESC LIMIT 1`);
    const id = globalId('Agreement', a!.id);
    const corrected = (await data(CORRECT_AGREEMENT, { input: { id, sectors: ['TRADE'], partyCountries: ['KR'] } }, as(ALICE))).correctAgreement;
    expect(corrected.userErrors).toEqual([]);
    // A writer (a later article, a re-extraction) adds a sector and a party.
    const other = (await p.country.findFirst({ where: { iso2: { not: 'KR' } } }))!;
    await p.agreement.update({ where: { id: a!.id }, data: { sectors: ['TRADE', 'ENERGY'], rejected: false } });
    await p.agreementPartyCountry.createMany({ data: [{ agreementId: a!.id, countryId: other.id }], skipDuplicates: true });
    await p.$transaction((tx) => reapplyCorrections(tx, [{ type: 'Agreement', ids: [a!.id] }]));
    const after = (await data(`{ node(id: "${id}") { ... on Agreement { sectors partyCountries { iso2 } } } }`)).node;
    expect(after).toEqual({ sectors: ['TRADE'], partyCountries: [{ iso2: 'KR' }] });

    // Records without corrections: one statement (the lookup), nothing written.
    const { rows: plain } = await t.db.pool.query<{ id: number }>(`SELECT id FROM facts WHERE id NOT IN (SELECT record_id FROM corrections WHERE target = 'FACT') LIMIT 3`);
    const sent: string[] = [];
    const before = t.statements.length;
    await p.$transaction((tx) => reapplyCorrections(tx, [{ type: 'Fact', ids: plain.map((r) => r.id) }, { type: 'Person', ids: [] }]));
    sent.push(...t.statements.slice(before));
    expect(sent.filter((s) => /corrections/.test(s))).toHaveLength(1);
    expect(sent.filter((s) => /\b(update|insert|delete)\b/i.test(s))).toEqual([]);
  });

  test('a corrected party merged into another organization afterwards stands for the merge target', async () => {
    const { rows } = await t.db.pool.query<{ id: number }>(`SELECT id FROM organizations WHERE NOT rejected ORDER BY id DESC LIMIT 2`);
    const [source, target] = rows.map((r) => globalId('Organization', r.id));
    const { rows: [a] } = await t.db.pool.query<{ id: number }>(`SELECT id FROM agreements WHERE NOT rejected ORDER BY id LIMIT 1 OFFSET 2`);
    const id = globalId('Agreement', a!.id);
    expect((await data(CORRECT_AGREEMENT, { input: { id, partyOrganizations: [source] } }, as(ALICE))).correctAgreement.userErrors).toEqual([]);
    const merged = await data(`mutation($input: MergeInput!) { mergeOrganizations(input: $input) { userErrors { code } } }`, { input: { sourceIds: [source], targetId: target, reason: 'same body' } }, as(ALICE));
    expect(merged.mergeOrganizations.userErrors).toEqual([]);
    await t.db.prisma.$transaction((tx) => reapplyCorrections(tx, [{ type: 'Agreement', ids: [a!.id] }]));
    expect((await data(`{ node(id: "${id}") { ... on Agreement { partyOrganizations { id } } } }`)).node.partyOrganizations).toEqual([{ id: target }]);
  });

  test('a correction survives re-ingesting a republished copy of its article (the same text and one more line)', async () => {
    // An agreement found in an article, and that article's body.
    const { rows: [found] } = await t.db.pool.query<{ id: number; body: string }>(
      `SELECT g.id, a.body FROM agreements g JOIN evidence e ON e.agreement_id = g.id JOIN articles a ON a.id = e.article_id
       WHERE g.id NOT IN (SELECT record_id FROM corrections WHERE target = 'AGREEMENT') AND cardinality(g.sectors) > 0 ORDER BY g.id LIMIT 1`,
    );
    const id = globalId('Agreement', found!.id);
    const corrected = (await data(CORRECT_AGREEMENT, { input: { id, title: 'Corrected by an analyst', sectors: ['TOURISM'], partyCountries: ['KR'] } }, as(ALICE))).correctAgreement;
    expect(corrected.userErrors).toEqual([]);
    const { rows: [statementRow] } = await t.db.pool.query<{ id: number }>(
      `SELECT s.id FROM statements s JOIN evidence e ON e.statement_id = s.id JOIN articles a ON a.id = e.article_id WHERE a.body = $1 AND NOT s.rejected LIMIT 1`,
      [found!.body],
    );
    if (statementRow) await data(`mutation($input: RejectRecordInput!) { rejectRecord(input: $input) { userErrors { code } } }`, { input: { id: globalId('Statement', statementRow.id), reason: 'not a statement' } }, as(ALICE));

    const ingested = await data(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyExisted mergedRecords { agreements } userErrors { code } } }`,
      { input: { text: `${found!.body}\nThis article was republished by another outlet.` } },
      as(ALICE),
    );
    expect(ingested.ingestArticle).toMatchObject({ alreadyExisted: false, userErrors: [] });
    expect(ingested.ingestArticle.mergedRecords.agreements).toBeGreaterThan(0);
    const node = (await data(`{ node(id: "${id}") { ... on Agreement { title sectors partyCountries { iso2 } evidence { totalCount } } } }`)).node;
    expect(node.evidence.totalCount).toBeGreaterThan(1); // the republished copy was merged into this agreement
    expect(node).toMatchObject({ title: 'Corrected by an analyst', sectors: ['TOURISM'], partyCountries: [{ iso2: 'KR' }] });
    if (statementRow) {
      const s = (await data(`{ node(id: "${globalId('Statement', statementRow.id)}") { ... on Statement { rejected } } }`)).node;
      expect(s).toEqual({ rejected: true });
    }
  });
});
