/**
 * Headless Chromium for the explorer's test and benchmark (playwright-core
 * driving Debian's Chromium, as the IDE test does). CHROMIUM_PATH or
 * /usr/bin/chromium; without it the tests skip with an install hint, except
 * with CI=true, where they fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM_PATH);
export const IN_CI = process.env.CI === 'true';
export const HOW_TO_ENABLE = `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome executable`;

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Waits for the explorer's `explorer:data:<view>` mark (set when a view first
 * paints real data, src/explorer/client/ui.tsx) and returns its time in ms
 * since the navigation started.
 */
export async function waitForPainted(page: Page, view: string, timeoutMs = 30_000): Promise<number> {
  const name = `explorer:data:${view}`;
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, { timeout: timeoutMs });
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]!.startTime, name);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;

/** axe-core's violations on the page (its script from node_modules, evaluated through DevTools: the page's CSP stays on). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Strings, not functions: this file is compiled without the DOM's types.
  if (!(await page.evaluate("'axe' in window"))) await page.evaluate(axeSource);
  return page.evaluate<AxeViolation[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))`);
}
