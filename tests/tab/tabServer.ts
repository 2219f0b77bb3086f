import AxeBuilder from '@axe-core/playwright';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Person } from '../../domain/people';
import { buildTab } from '../../tab/build';
import { launchChromium, testOutput } from '../support/browser';
import { startApiServer, type ApiServer } from '../api/apiServer';

export const screenshots = join(testOutput, 'tab');

/** The real server with a freshly built tab in a folder of its own (other suites may build too). */
export async function startTabServer(
  options: Omit<NonNullable<Parameters<typeof startApiServer>[0]>, 'tabRoot'> = {},
): Promise<ApiServer & { tabRoot: string }> {
  const outdir = join(tmpdir(), `tab-${process.pid}-${Date.now()}`);
  await buildTab({ outdir });
  await mkdir(screenshots, { recursive: true });
  const server = await startApiServer({
    tabRoot: outdir,
    rateLimit: { perMinute: 6_000, burst: 1_000 },
    ...options,
  });
  return {
    ...server,
    tabRoot: outdir,
    close: async () => {
      await server.close();
      await rm(outdir, { recursive: true, force: true });
    },
  };
}

export interface TabSuite {
  server: ApiServer & { tabRoot: string };
  browser: Browser;
  /** Uncaught errors of the pages a test opens (push to it from `page.on('pageerror')`). */
  pageErrors: string[];
}

/**
 * A tab server and Chromium for one test file, started before its tests and closed after them;
 * a test whose pages threw an uncaught error fails.
 */
export function tabSuite(options: Parameters<typeof startTabServer>[0] = {}): TabSuite {
  const suite = { pageErrors: [] } as unknown as TabSuite;
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([startTabServer(options), launchChromium()]);
  }, 90_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  afterEach(() => expect(suite.pageErrors.splice(0)).toEqual([]));
  return suite;
}

export function tabUrl(
  server: ApiServer,
  person: Person,
  options: { lang?: 'en' | 'fr'; theme?: 'light' | 'dark' | 'contrast'; view?: string } = {},
): string {
  const params = new URLSearchParams({
    as: person.id,
    lang: options.lang ?? 'en',
    theme: options.theme ?? 'light',
  });
  return `${server.url}/tab/?${params}${options.view ? `#${options.view}` : ''}`;
}

/** WCAG 2.1 A and AA, as axe checks them; returns the violations (tests expect none). */
/**
 * Colours are checked at rest: the pointer leaves the page and transitions are switched off, so
 * axe never measures a button halfway through its hover or pressed animation.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.mouse.move(0, 0);
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** The dashboard chart's bars, each named in `data-bar` ("Draft, Median, 3 d"). */
export function stageBars(page: Page): Locator {
  return page.getByTestId('stage-chart').locator('[data-bar]');
}
