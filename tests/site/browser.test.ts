import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createPublisher } from '../../site/publisher';
import { createSiteHandler } from '../../site/serveSite';
import { launchChromium, testOutput } from '../support/browser';
import { parsePage } from './support/htmlQuery';
import { sampleNow, sampleRecords, siteUrl } from './support/sampleRecords';

const shots = join(testOutput, 'site');
let server: Server;
let base: string;
let browser: Browser;
let files: string[];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'browse-'));
  const report = await createPublisher({
    outputDir: dir,
    siteUrl,
    clock: () => sampleNow,
  }).publishChanged(sampleRecords());
  files = report.written;
  const handler = createSiteHandler({ dir });
  server = createServer(async (req, res) => {
    if (!(await handler(req, res, new URL(req.url ?? '/', 'http://x').pathname)))
      res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/opportunities/`;
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

/** Opens a page and collects what went wrong loading it: failed requests and CSP refusals. */
async function open(
  path: string,
  javaScriptEnabled = true,
  clock?: Date,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
  });
  if (clock) await context.clock.setFixedTime(clock);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) =>
    r.status() >= 400 ? problems.push(`${r.status()} ${r.url()}`) : undefined,
  );
  page.on('requestfailed', (r) => problems.push(`failed ${r.url()}`));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (javaScriptEnabled) await page.locator('gcds-footer nav').first().waitFor();
  return { page, problems };
}

const pages = [
  'en/index.html',
  'fr/index.html',
  'en/MA-2029-0001.html',
  'fr/MA-2029-0001.html',
  // The archive of closed, awarded and cancelled opportunities.
  'en/closed-1.html',
  'fr/closed-1.html',
  // The pages the pilot team writes in Markdown.
  ...['about', 'supplier-guide', 'client-guide', 'feedback', 'privacy', 'terms'].flatMap((page) => [
    `en/${page}.html`,
    `fr/${page}.html`,
  ]),
];

test.each(pages)(
  '%s has no WCAG 2.1 A or AA violation, loads everything it asks for and breaks no CSP rule',
  async (path) => {
    const { page, problems } = await open(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.locator('gcds-header').evaluate((el) => el.shadowRoot !== null)).toBe(true);
    // The opportunity's page is checked with a published answer on it (issue 16).
    if (path.includes('MA-2029-0001'))
      await expect(page.locator('#answer-1 dd').count()).resolves.toBe(2);
    if (path === 'en/index.html' || path === 'en/MA-2029-0001.html')
      await page.screenshot({
        path: join(shots, path.replace('/', '-').replace('.html', '.png')),
        fullPage: true,
      });
    await page.context().close();
  },
);

test.each(['en/index.html', 'fr/MA-2029-0001.html'])(
  '%s reads and works without JavaScript',
  async (path) => {
    const { page, problems } = await open(path, false);
    expect(problems).toEqual([]);
    const other = path.startsWith('en') ? 'fr' : 'en';
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    const toggle = page.locator(`header a[lang="${other}"]`);
    await expect(toggle.isVisible()).resolves.toBe(true);
    await expect(page.locator('gcds-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.plain-breadcrumbs').isVisible()).resolves.toBe(true);
    await expect(page.locator('.plain-footer').isVisible()).resolves.toBe(true);
    await page.screenshot({
      path: join(shots, `${path.replace('/', '-').replace('.html', '')}-no-js.png`),
      fullPage: true,
    });
    await toggle.click();
    expect(page.url()).toBe(`${base}${other}/${path.split('/')[1]}`);
    await page.context().close();
  },
);

test('printing leaves out the navigation and keeps the content', async () => {
  const { page } = await open('en/MA-2029-0001.html');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
  await expect(page.locator('gcds-footer').isVisible()).resolves.toBe(false);
  await expect(page.locator('#apply').isVisible()).resolves.toBe(true);
  await page.screenshot({ path: join(shots, 'en-MA-2029-0001-print.png'), fullPage: true });
  await page.context().close();
});

test('the days left follow the reader’s clock when JavaScript runs', async () => {
  // Published on January 5; read on January 7 at 10:00 Eastern, two days closer to closing.
  const { page } = await open('en/index.html', true, new Date('2030-01-07T15:00:00.000Z'));
  expect(await page.locator('.days-left').allTextContents()).toEqual(['1 day left', '8 days left']);
  await page.context().close();
});

test('every internal link and resource of every page resolves', async () => {
  const html = files.filter((f) => f.endsWith('.html'));
  expect(html.length).toBeGreaterThan(15);
  const targets = new Set<string>();
  for (const path of html) {
    const markup = await (await fetch(base + path)).text();
    const page = parsePage(markup);
    for (const { attribs } of page.elements())
      for (const name of ['href', 'src', 'lang-href']) {
        const value = attribs[name];
        if (!value || /^(?:https?:|mailto:|data:|#)/.test(value)) continue;
        targets.add(new URL(value, base + path).href.split('#')[0]!);
      }
  }
  expect(targets.size).toBeGreaterThan(20);
  const broken: string[] = [];
  await Promise.all(
    [...targets].map(async (url) =>
      (await fetch(url)).status === 200 ? undefined : broken.push(url),
    ),
  );
  expect(broken).toEqual([]);
});
