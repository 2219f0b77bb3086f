import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { aPastOpportunity } from './stageHistory';
import { shoot, stageBars, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
let context: BrowserContext;

/** The chart's own chunk, as esbuild names it (`StageChart-<hash>.js`). */
const chartChunk = /\/tab\/StageChart-[A-Z0-9]+\.js$/;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  // Draft: 2 and 4 days (median 3 d, slowest 4 d); awaiting funds: 1 and 3 days (median 2 d,
  // slowest 3 d); awaiting procurement: 6 and 24 hours (median 15 h, slowest 24 h).
  await aPastOpportunity(
    server.storage,
    'MA-2026-9001',
    [
      ['draft', 48],
      ['awaitingFunds', 24],
      ['awaitingProcurement', 6],
    ],
    'posted',
  );
  await aPastOpportunity(
    server.storage,
    'MA-2026-9002',
    [
      ['draft', 96],
      ['awaitingFunds', 72],
      ['awaitingProcurement', 24],
    ],
    'posted',
  );
}, 90_000);
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
});
afterEach(async () => {
  await context?.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function dashboard(
  lang: 'en' | 'fr' = 'en',
  theme: 'light' | 'dark' | 'contrast' = 'light',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(tabUrl(server, people.manager, { lang, theme, view: 'dashboard' }));
  return page;
}

/** Each bar's name and drawn length in pixels, in the order the chart draws them. */
async function bars(page: Page): Promise<Array<[string, number]>> {
  await stageBars(page).first().waitFor();
  return stageBars(page).evaluateAll((divs) =>
    divs.map((d): [string, number] => [
      d.getAttribute('data-bar') ?? '',
      d.getBoundingClientRect().width,
    ]),
  );
}

/** The text boxes of the chart's labels (bar values, stage names, ticks) and the chart's own box. */
async function labelBoxes(page: Page) {
  return page.getByTestId('stage-chart').evaluate((chart) => {
    // Runs in the page; this project's Node types have no DOM.
    type Boxed = {
      textContent: string | null;
      getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
    };
    const box = (e: Boxed) => {
      const r = e.getBoundingClientRect();
      return {
        text: e.textContent ?? '',
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      };
    };
    const all = (selector: string) => [...chart.querySelectorAll(selector)].map(box);
    return {
      chart: box(chart),
      ticks: all('[data-tick]'),
      values: all('[data-bar-label]'),
      viewport: (globalThis as unknown as { innerWidth: number }).innerWidth,
    };
  });
}

test('the chart draws the median and slowest of each measured stage, to scale', async () => {
  const page = await dashboard();
  const drawn = await bars(page);
  expect(drawn.map(([label]) => label)).toEqual([
    'Draft, Median, 3 d',
    'Draft, Slowest, 4 d',
    'Awaiting funds (cardholder), Median, 2 d',
    'Awaiting funds (cardholder), Slowest, 3 d',
    'Awaiting procurement approval (CFOB), Median, 15 h',
    'Awaiting procurement approval (CFOB), Slowest, 24 h',
  ]);
  const height = Object.fromEntries(drawn);
  const ratio = (a: string, b: string) => height[a]! / height[b]!;
  // One axis for all bars: 4 d is twice 2 d, 24 h is a quarter of 4 d.
  expect(ratio('Draft, Slowest, 4 d', 'Awaiting funds (cardholder), Median, 2 d')).toBeCloseTo(
    2,
    1,
  );
  expect(
    ratio('Draft, Slowest, 4 d', 'Awaiting procurement approval (CFOB), Slowest, 24 h'),
  ).toBeCloseTo(4, 1);
  // Each bar says its duration, as the table does.
  const chart = page.getByTestId('stage-chart');
  await expect(chart.locator('[data-bar-label]').allTextContents()).resolves.toEqual([
    '3 d',
    '4 d',
    '2 d',
    '3 d',
    '15 h',
    '24 h',
  ]);
  // The legend names the two series; the table below carries the same figures as text.
  await page.getByTestId('stage-chart').getByText('Median', { exact: true }).waitFor();
  await page.getByTestId('stage-chart').getByText('Slowest', { exact: true }).waitFor();
  const draftRow = page.getByRole('row', { name: /^Draft/ });
  await expect(draftRow.getByRole('cell').allTextContents()).resolves.toEqual([
    'Draft',
    '3 d',
    '4 d (MA-2026-9002)',
    '2',
  ]);
  await shoot(page, 'dashboard-chart');
}, 30_000);

test('the chart is a picture of the table: out of the keyboard order and the accessibility tree', async () => {
  const page = await dashboard();
  await stageBars(page).first().waitFor();
  await expect(page.getByTestId('stage-chart').getAttribute('inert')).resolves.toBe('');
  // Chromium's own accessibility tree: the table's figures are there, none of the chart's
  // (inert takes the bars, their values and the axis out of it).
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }>;
  };
  const exposed = nodes
    .filter((n) => !n.ignored && n.name?.value)
    .map((n) => `${n.role?.value}: ${n.name?.value}`);
  expect(exposed).toContain('cell: 4 d (MA-2026-9002)');
  expect(
    exposed.filter((n) => /Median,|Slowest,|StaticText: 4 d$|StaticText: 0 d$/i.test(n)),
  ).toEqual([]);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('stage-chart').locator(':focus').count()).resolves.toBe(0);
  }
}, 30_000);

/** WCAG relative luminance contrast of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

test.each(['light', 'dark', 'contrast'] as const)(
  'the chart follows the %s theme: its text and bars stand out from the page',
  async (theme) => {
    const page = await dashboard('en', theme);
    await stageBars(page).first().waitFor();
    // axe skips inert content, so the page-wide check never measures the chart.
    const colours = await page.getByTestId('stage-chart').evaluate((chart) => {
      // Runs in the page; this project's Node types have no DOM.
      type Painted = { backgroundColor: string; color: string };
      const style = (e: unknown) =>
        (globalThis as unknown as { getComputedStyle(e: unknown): Painted }).getComputedStyle(e);
      let background = 'rgba(0, 0, 0, 0)';
      for (let e = chart; e && /rgba\(.*, 0\)|transparent/.test(background); e = e.parentElement)
        background = style(e).backgroundColor;
      const texts = [...chart.querySelectorAll('*')].filter((e) =>
        [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
      );
      return {
        background,
        text: texts.map((e) => style(e).color),
        bars: [...chart.querySelectorAll('[data-bar]')].map((e) => style(e).backgroundColor),
      };
    });
    expect(colours.text.length).toBeGreaterThan(10);
    expect(colours.bars).toHaveLength(6);
    // Labels and ticks are small text (4.5:1); bars are graphics (3:1, WCAG 1.4.11).
    for (const fill of colours.text)
      expect(contrast(fill, colours.background)).toBeGreaterThan(4.5);
    for (const fill of colours.bars) expect(contrast(fill, colours.background)).toBeGreaterThan(3);
    // Median and slowest are told apart by colour too, not only by order.
    expect(new Set(colours.bars).size).toBe(2);
    await shoot(page, `dashboard-chart-${theme}`);
  },
  30_000,
);

test.each([1100, 400])(
  'at %i px the axis labels are whole numbers of one unit, none clipped or overlapping, and the bars agree with the table',
  async (width) => {
    await context.close();
    context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await dashboard();
    const drawn = await bars(page);
    const boxes = await labelBoxes(page);
    // Whole days from 0 to the first whole day past the longest bar (4 d).
    expect(boxes.ticks.map((t) => t.text)).toEqual(['0 d', '1 d', '2 d', '3 d', '4 d']);
    // Every label inside the chart and the window, and no two ticks overlapping.
    for (const label of [...boxes.ticks, ...boxes.values]) {
      expect(label.left).toBeGreaterThanOrEqual(boxes.chart.left - 0.5);
      expect(label.right).toBeLessThanOrEqual(Math.min(boxes.chart.right, boxes.viewport) + 0.5);
    }
    boxes.ticks
      .slice(1)
      .forEach((tick, i) => expect(tick.left).toBeGreaterThan(boxes.ticks[i]!.right));
    // Each bar's value is the table's, and bars with the same value are equally long.
    const table = await page
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? '')),
      );
    for (const [name, length] of drawn) {
      const [stage, series, value] = name.split(', ');
      const row = table.find((cells) => cells[0] === stage)!;
      expect(series === 'Median' ? row[1] : row[2]!.replace(/ \(.*\)$/, '')).toBe(value);
      for (const [other, otherLength] of drawn)
        if (other.endsWith(`, ${value}`)) expect(otherLength).toBeCloseTo(length, 0);
    }
    const three = drawn.filter(([name]) => name.endsWith(', 3 d'));
    expect(three).toHaveLength(2);
    await shoot(page, `dashboard-chart-${width}`);
  },
  30_000,
);

test('in French, the bars and the axis speak French', async () => {
  const page = await dashboard('fr');
  const drawn = await bars(page);
  expect(drawn[0]![0]).toBe('Ébauche, Médiane, 3 j');
  await page.getByTestId('stage-chart').getByText('Plus lent', { exact: true }).waitFor();
  await page
    .getByTestId('stage-chart')
    .locator('[data-tick]', { hasText: /^\d+ j$/ })
    .first()
    .waitFor();
  await shoot(page, 'dashboard-chart-fr');
}, 30_000);

test('a spinner while the chart loads, then the chart', async () => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(chartChunk, async (route) => {
    await released;
    await route.continue();
  });
  const page = await dashboard();
  // The figures are on the page (the table) while the chart is still on its way.
  await page.getByRole('row', { name: /^Draft/ }).waitFor();
  await page.getByRole('progressbar').waitFor();
  await page.getByText('Loading…').waitFor();
  expect(await stageBars(page).count()).toBe(0);
  release();
  await stageBars(page).first().waitFor();
  await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
}, 30_000);

test('when the chart cannot load: a clear error, the table still there, and Try again works', async () => {
  await context.route(chartChunk, (route) => route.abort('connectionfailed'));
  const page = await dashboard();
  const alert = page.getByRole('alert').filter({ hasText: 'The server could not be reached' });
  await alert.waitFor();
  await page
    .getByRole('row', { name: /^Draft/ })
    .getByText('3 d')
    .waitFor();
  await shoot(page, 'dashboard-chart-failed');
  await context.unroute(chartChunk);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await stageBars(page).first().waitFor();
  await expect(alert.count()).resolves.toBe(0);
}, 30_000);

test('"By state" lists only the states that hold opportunities, each opening its list', async () => {
  const page = await dashboard();
  const counts = page
    .getByRole('heading', { name: 'By state' })
    .locator('+ ul')
    .getByRole('button');
  await counts.first().waitFor();
  await expect(counts.allTextContents()).resolves.toEqual(['Posted: 2']);
  await counts.first().click();
  await page.getByRole('row', { name: /MA-2026-9001/ }).waitFor();
  await expect(page.getByRole('row', { name: /MA-2026-9002/ }).count()).resolves.toBe(1);
}, 30_000);
