/**
 * The explorer end to end: the real app over HTTP on the seeded database, and
 * one headless Chromium (tests/support/browser.ts; skipped without Chromium
 * unless CI=true, as the IDE test). Every view renders records that the API
 * returns for the same question (fetched here with the explorer's own typed
 * operations through the SDK client), navigation and back/forward work, the
 * highlighted evidence is the stored sentence, filters change the list and
 * the URL, nothing is requested from another origin, the console stays
 * clean, axe-core finds no serious or critical violation, and each view is
 * photographed at 1280 and 390 px (test-output/explorer/).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AgreementListDocument, RelationTimelineDocument, SearchAllDocument, StatementListDocument } from '../../src/explorer/client/generated';
import { createClient, type Client } from '../../src/sdk';
import { axeViolations, HAVE_CHROMIUM, HOW_TO_ENABLE, IN_CI, launchChromium, waitForPainted } from '../support/browser';
import { startTestApp, type TestApp } from '../support/app';
import { sampleRecords, viewUrls, type ExplorerSample } from '../support/explorerViews';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-output', 'explorer');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const WIDTHS = [1280, 390] as const;

jest.setTimeout(240_000);

describe('explorer over HTTP', () => {
  let t: TestApp;
  let origin: string;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    origin = new URL(t.url).origin;
  });
  afterAll(async () => {
    await t?.close();
  });

  test('/ and every view path answer the page; its assets are ours; other paths stay JSON 404s; GraphiQL stays at /graphql', async () => {
    for (const p of ['/', '/search?q=uranium', '/relation/KR/UZ', '/agreement/QWdyZWVtZW50OjE']) {
      const res = await fetch(origin + p, { headers: { accept: BROWSER_ACCEPT } });
      expect([p, res.status]).toEqual([p, 200]);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await res.text();
      expect(html).toContain('id="explorer"');
      expect(html).not.toMatch(/https?:\/\//);
      const assets = [...html.matchAll(/(?:src|href)="(\/explorer\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      expect(assets).toHaveLength(2); // script and stylesheet
      for (const a of assets) {
        const asset = await fetch(origin + a, { headers: { 'accept-encoding': 'gzip' } });
        expect([a, asset.status, asset.headers.get('cache-control')]).toEqual([a, 200, 'public, max-age=31536000, immutable']);
      }
    }
    const missing = await fetch(`${origin}/nowhere`, { headers: { accept: BROWSER_ACCEPT } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/json/);
    expect((await fetch(`${origin}/explorer/assets/nope.js`)).status).toBe(404);
    const ide = await fetch(t.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(await ide.text()).toContain('id="graphiql"');
  });
});

describe('explorer switched off (EXPLORER_ENABLED=false)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { EXPLORER_ENABLED: 'false' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('/ redirects to /graphql as before; the views and assets answer 404', async () => {
    const origin = new URL(t.url).origin;
    const root = await fetch(`${origin}/`, { redirect: 'manual', headers: { accept: BROWSER_ACCEPT } });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/graphql']);
    expect((await fetch(`${origin}/search?q=x`, { headers: { accept: BROWSER_ACCEPT } })).status).toBe(404);
    expect((await fetch(`${origin}/explorer/assets/x.js`)).status).toBe(404);
  });
});

const browserDescribe = HAVE_CHROMIUM || IN_CI ? describe : describe.skip;
browserDescribe(`explorer in headless Chromium${HAVE_CHROMIUM ? '' : ` (${IN_CI ? 'required with CI=true' : 'skipped'}: ${HOW_TO_ENABLE})`}`, () => {
  let t: TestApp;
  let origin: string;
  let api: Client;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];
  // What the API says, to compare with what the pages show.
  let sample: ExplorerSample;
  let agreement: ExplorerSample['agreement'];
  let statement: ExplorerSample['statement'];
  let fact: ExplorerSample['fact'];
  let organization: ExplorerSample['organization'];
  let kazakhstan: string;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI=true requires the browser test: ${HOW_TO_ENABLE}`);
    t = await startTestApp({ seed: true });
    origin = new URL(t.url).origin;
    api = createClient({ url: t.url });
    sample = await sampleRecords(api, ['KR', 'KZ']);
    ({ agreement, statement, fact, organization, countryName: kazakhstan } = sample);
    expect([agreement.evidence.totalCount, statement.evidence.totalCount, fact.evidence.totalCount].every((n) => n > 0)).toBe(true);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Nothing may leave the server's origin: a CDN asset or a stray fetch fails the test.
    await context.route(
      (u) => u.origin !== origin && !u.protocol.startsWith('data') && !u.protocol.startsWith('blob'),
      (route) => {
        problems.push(`request to another origin: ${route.request().url()}`);
        return route.abort();
      },
    );
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });
  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen).toEqual([]);
  });

  async function open(pathAndQuery: string, view: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${String(e)}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
    });
    // (A query the app cancels because the reader moved on is aborted on purpose; other-origin requests are counted by the route above.)
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`);
    });
    await page.goto(origin + pathAndQuery);
    await waitForPainted(page, view);
    return page;
  }

  const heading = (page: Page) => page.locator('h1').first().innerText();

  test('search: one box, hits grouped by kind with highlighted matches, paging per kind, back and forward', async () => {
    const page = await open('/', 'home');
    await page.getByLabel('Search articles, organizations, people, agreements, statements and facts').fill('uranium');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/search?q=uranium`);
    const all = await api.request(SearchAllDocument, { query: 'uranium', first: 5 });
    const groups = page.locator('section.group');
    await groups.first().waitFor();
    const expected = ['Agreements', 'Statements', 'Facts', 'Organizations', 'People', 'Articles'].filter((_, i) => [all.agreements, all.statements, all.facts, all.organizations, all.persons, all.articles][i]!.totalCount > 0);
    expect(expected.length).toBeGreaterThan(1);
    expect((await groups.locator('h2').allInnerTexts()).map((h) => h.replace(/\s*\d+$/, ''))).toEqual(expected);
    // The matched word is highlighted in the snippets (from the seed article on Kazakhstan's uranium).
    const marks = await page.locator('.hit-snippet mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toBe('uranium');

    // Paging: a word in many statements gets "All N statements", then page by page.
    await page.getByLabel(/Search articles/).fill('Korea');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${origin}/search?q=Korea`);
    const korea = await api.request(SearchAllDocument, { query: 'Korea', first: 5 });
    expect(korea.statements.totalCount).toBeGreaterThan(20);
    await page.getByRole('link', { name: `All ${korea.statements.totalCount} statements →` }).click();
    await page.waitForURL(/kind=STATEMENT/);
    await ui(page.locator('ol.hits > li')).toHaveCount(20);
    const firstPage = await page.locator('ol.hits > li').first().innerText();
    await page.getByRole('link', { name: 'Next 20 →' }).click();
    await page.waitForURL(/after=/);
    await ui(page.locator('ol.hits > li').first()).not.toHaveText(firstPage);
    expect(await page.locator('ol.hits > li').count()).toBe(Math.min(20, korea.statements.totalCount - 20));
    await page.goBack();
    await page.waitForURL(/kind=STATEMENT$/);
    await ui(page.locator('ol.hits > li').first()).toHaveText(firstPage);
    await page.goForward();
    await page.waitForURL(/after=/);
    await page.close();
  });

  test('relation: totals and timeline from the API; a bar and the filters narrow the list and go into the URL; back and forward', async () => {
    const between = ['KR', 'KZ'];
    const tl = await api.request(RelationTimelineDocument, { between, bySector: false });
    const page = await open('/relation/KR/KZ', 'relation');
    expect(await heading(page)).toContain(kazakhstan);
    const r = tl.relation!;
    await ui(page.locator('.totals')).toHaveText(`${r.agreements.totalCount} agreements · ${r.statements.totalCount} statements · ${r.facts.totalCount} facts`);
    const listTitles = () => page.locator('section.list').first().locator('.row-title').allInnerTexts();
    const all = await api.request(AgreementListDocument, { filter: { parties: between }, first: 10 });
    await ui(page.locator('section.list').first().locator('.row-title')).toHaveText(all.agreements.nodes.map((a) => a.title));

    // The chart: a segment per year and kind with the API's count, its height in proportion to it.
    // A function, not a string: the page's CSP forbids eval, which a string predicate needs.
    const segments = await page.locator('rect.bar').evaluateAll((rs) => rs.map((r) => ({ label: r.getAttribute('aria-label')!, height: Number(r.getAttribute('height')) })));
    const want = [
      ...(tl.agreementsByYear ?? []).map((g) => ['Agreements', g] as const),
      ...(tl.statementsByYear ?? []).map((g) => ['Statements', g] as const),
      ...tl.factsByYear.map((g) => ['Facts', g] as const),
    ]
      .filter(([, g]) => g.keys.year != null)
      .map(([k, g]) => `${g.keys.year}, ${k}: ${g.count}. Show them in the list.`);
    expect(want.some((w) => w.includes('Facts'))).toBe(true);
    expect(segments.map((x) => x.label).sort()).toEqual(want.sort());
    const perRecord = segments.map((x) => x.height / Number(/: (\d+)\./.exec(x.label)![1]));
    expect(Math.max(...perRecord) - Math.min(...perRecord)).toBeLessThan(0.01);

    // A bar: the statements of the year with most of them.
    const year = [...(tl.statementsByYear ?? [])].filter((g) => g.keys.year != null).sort((a, b) => b.count - a.count)[0]!;
    const bar = page.getByRole('button', { name: `${year.keys.year}, Statements: ${year.count}. Show them in the list.` });
    await bar.click();
    await page.waitForURL(`${origin}/relation/KR/KZ?kind=statement&from=${year.keys.year}-01-01&to=${year.keys.year}-12-31`);
    await ui(page.locator('#statements-h .count')).toHaveText(String(year.count));
    await ui(page.locator('#agreements-h')).toHaveCount(0); // only statements now
    const stYear = await api.request(StatementListDocument, { filter: { involving: between, dateFrom: `${year.keys.year}-01-01`, dateTo: `${year.keys.year}-12-31` }, first: 10 });
    await ui(page.locator('section.list .row-quote').first()).toContainText(stYear.statements.nodes[0]!.text.slice(0, 60));

    // Keyboard: Tab to a bar and press Enter does the same.
    await page.goBack();
    await page.waitForURL(`${origin}/relation/KR/KZ`);
    await bar.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/kind=statement/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(`${origin}/relation/KR/KZ`);

    // Filters: a sector narrows the agreements to the API's answer for it.
    const sector = all.agreements.nodes.flatMap((a) => a.sectors)[0]!;
    await page.getByLabel('Sector', { exact: true }).selectOption(sector);
    await page.waitForURL(`${origin}/relation/KR/KZ?sector=${sector}`);
    const bySector = await api.request(AgreementListDocument, { filter: { parties: between, sectors: [sector] }, first: 10 });
    await ui(page.locator('#agreements-h .count')).toHaveText(String(bySector.agreements.totalCount));
    await ui(page.locator('section.list').first().locator('.row-title')).toHaveText(bySector.agreements.nodes.map((a) => a.title));
    expect(bySector.agreements.totalCount).toBeLessThan(all.agreements.totalCount);
    await page.getByLabel('Status (agreements)').selectOption('SIGNED');
    await page.waitForURL(`${origin}/relation/KR/KZ?sector=${sector}&status=SIGNED`);
    const signed = await api.request(AgreementListDocument, { filter: { parties: between, sectors: [sector], statuses: ['SIGNED'] }, first: 10 });
    await ui(page.locator('#agreements-h .count')).toHaveText(String(signed.agreements.totalCount));

    // Back: the sector only, then everything again.
    await page.goBack();
    await page.waitForURL(`${origin}/relation/KR/KZ?sector=${sector}`);
    await ui(page.getByLabel('Status (agreements)')).toHaveValue('');
    await page.goBack();
    await page.waitForURL(`${origin}/relation/KR/KZ`);
    await ui(page.locator('section.list').first().locator('.row-title')).toHaveText(all.agreements.nodes.map((a) => a.title));
    expect(await listTitles()).toHaveLength(all.agreements.nodes.length);

    // Stack by sector: the URL says so and the legend lists sectors.
    await page.getByLabel('sector', { exact: true }).check();
    await page.waitForURL(`${origin}/relation/KR/KZ?stack=sector`);
    await ui(page.locator('.legend')).toContainText('Facts (no sector)');
    await page.close();
  });

  test('record pages: every field, parties as links, each evidence sentence highlighted in its article text and scrolled into view', async () => {
    for (const r of [agreement, statement, fact]) {
      const page = await open(`/${r.__typename.toLowerCase()}/${r.id}`, r.__typename.toLowerCase());
      const h1 = await heading(page);
      if (r.__typename === 'Agreement') {
        expect(h1).toBe(r.title);
        for (const c of r.partyCountries) await ui(page.locator('.fields').getByRole('link', { name: c.name, exact: true })).toHaveAttribute('href', `/country/${c.iso2}`);
      } else if (r.__typename === 'Statement') {
        await ui(page.locator('.statement-text')).toHaveText(r.text);
        await ui(page.locator('.fields').getByRole('link', { name: r.speaker.name })).toHaveAttribute('href', `/${r.speaker.__typename.toLowerCase()}/${r.speaker.id}`);
      } else {
        expect(h1).toBe(`${r.subject}: ${r.metric}`);
        await ui(page.locator('.fields')).toContainText(r.value.toLocaleString('en'));
      }
      const evidence = page.locator('article.evidence');
      await ui(evidence).toHaveCount(r.evidence.nodes.length);
      for (const [i, e] of r.evidence.nodes.entries()) {
        const box = evidence.nth(i).locator('.article-text');
        const mark = box.locator('mark.evidence-sentence');
        // The highlighted text is the stored sentence, at the stored offsets of the article's body.
        expect(await mark.textContent()).toBe(e.sentence);
        expect(e.article.body.slice(e.start, e.end)).toBe(e.sentence);
        expect(await box.textContent()).toBe(e.article.body);
        await ui(evidence.nth(i).locator('.meta')).toContainText(e.article.publishedOn ?? 'date not stated');
        // Scrolled into view inside its box.
        const [b, m] = [await box.boundingBox(), await mark.boundingBox()];
        expect(m!.y + Math.min(m!.height, 20)).toBeGreaterThan(b!.y);
        expect(m!.y).toBeLessThan(b!.y + b!.height);
      }
      await page.close();
    }
  });

  test('entity pages: a country, an organization and a person with their records; the network opens a node; back and forward', async () => {
    const page = await open('/country/KZ', 'country');
    expect(await heading(page)).toBe(kazakhstan);
    const kzAgreements = await api.request(AgreementListDocument, { filter: { parties: ['KZ'] }, first: 10 });
    await ui(page.locator('section.list').first().locator('.row-title')).toHaveText(kzAgreements.agreements.nodes.map((a) => a.title));
    await ui(page.locator('#agreements-h .count')).toHaveText(String(kzAgreements.agreements.totalCount));

    // The network: click the organization's node.
    // By keyboard: focus its node, Enter.
    await page.locator(`svg.graph a.node[aria-label^=${JSON.stringify(`${organization.name} (`)}]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/organization/${organization.id}`);
    await waitForPainted(page, 'organization');
    expect(await heading(page)).toBe(organization.name);
    const orgAgreements = await api.request(AgreementListDocument, { filter: { partyOrganizations: [organization.id] }, first: 10 });
    await ui(page.locator('section.list').first().locator('.row-title')).toHaveText(orgAgreements.agreements.nodes.map((a) => a.title));
    await page.goBack();
    await page.waitForURL(`${origin}/country/KZ`);
    await ui(page.locator('h1')).toHaveText(kazakhstan);
    await page.goForward();
    await page.waitForURL(`${origin}/organization/${organization.id}`);
    await ui(page.locator('h1')).toHaveText(organization.name);
    await page.close();

    const speaker = statement.speaker;
    const person = await open(`/person/${speaker.id}`, 'person');
    expect(await heading(person)).toBe(speaker.name);
    const said = await api.request(StatementListDocument, { filter: { speakers: [speaker.id] }, first: 10 });
    await ui(person.locator('#statements-h .count')).toHaveText(String(said.statements.totalCount));
    await ui(person.locator('.row-quote').first()).toContainText(said.statements.nodes[0]!.text.slice(0, 60));
    // From a statement to its record page, and back.
    await person.locator('.row-quote a').first().click();
    await person.waitForURL(`${origin}/statement/${said.statements.nodes[0]!.id}`);
    await person.goBack();
    await person.waitForURL(`${origin}/person/${speaker.id}`);
    await person.close();
  });

  test('every view at 1280 and 390 px: no serious or critical axe-core violation, no horizontal scrolling; screenshots', async () => {
    const views = viewUrls(sample, 'uranium');
    const serious: string[] = [];
    for (const width of WIDTHS) {
      for (const [view, url, text] of views) {
        const page = await open(url, view, width);
        await ui(page.locator('main')).toContainText(text);
        for (const v of await axeViolations(page)) {
          if (v.impact === 'serious' || v.impact === 'critical') serious.push(`${view} @${width}: ${v.id} (${v.impact}) ${v.help}: ${v.targets.slice(0, 3).join(', ')}`);
        }
        const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect([view, width, overflow]).toEqual([view, width, 0]);
        await page.screenshot({ path: path.join(SHOTS, `${view}-${width}.png`), fullPage: true });
        await page.close();
      }
    }
    expect(serious).toEqual([]);
  });
});

if (!HAVE_CHROMIUM && !IN_CI) console.warn(`Explorer browser tests skipped. ${HOW_TO_ENABLE}.`);

/** Playwright's web-first assertions without @playwright/test: poll until the locator matches. */
function ui(loc: import('playwright-core').Locator) {
  const poll = async (what: string, check: () => Promise<[boolean, unknown]>, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      const [ok, value] = await check().catch((e: unknown) => [false, e] as [boolean, unknown]);
      if (ok) return;
      last = value;
      if (Date.now() > deadline) throw new Error(`${what}: last seen ${JSON.stringify(last instanceof Error ? last.message : last)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const texts = async () => (await loc.allInnerTexts()).map((s) => s.trim());
  return {
    not: {
      toHaveText: (unwanted: string) => poll(`expected another text than ${JSON.stringify(unwanted)}`, async () => [(await texts())[0] !== unwanted.trim(), await texts()]),
    },
    toHaveText: (want: string | string[]) =>
      poll(`expected text ${JSON.stringify(want)}`, async () => {
        const got = await texts();
        return [Array.isArray(want) ? JSON.stringify(got) === JSON.stringify(want) : got.length > 0 && got[0] === want, got];
      }),
    toContainText: (want: string) =>
      poll(`expected to contain ${JSON.stringify(want)}`, async () => {
        const got = (await texts()).join('\n');
        return [got.includes(want), got.slice(0, 300)];
      }),
    toHaveCount: (n: number) => poll(`expected ${n} elements`, async () => [(await loc.count()) === n, await loc.count()]),
    toHaveAttribute: (name: string, want: string) => poll(`expected ${name}=${want}`, async () => [(await loc.first().getAttribute(name)) === want, await loc.first().getAttribute(name)]),
    toHaveValue: (want: string) => poll(`expected value ${want}`, async () => [(await loc.inputValue()) === want, await loc.inputValue()]),
  };
}
