import type { Browser, Page } from 'playwright-core';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { anApplication, anOpportunityIn } from '../support/storageHelpers';
import { aPastOpportunity } from './stageHistory';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

/**
 * The dashboard's targets and the notices to suppliers at a 400-px Teams side panel (issue 19):
 * nothing wider than the panel but inside a labelled scroll region a keyboard can reach, and no
 * cell that clips its text, in light, dark and high contrast.
 */
let server: ApiServer;
let browser: Browser;
let posted: Opportunity;
const pageErrors: string[] = [];
const themes = ['light', 'dark', 'contrast'] as const;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  await aPastOpportunity(server.storage, 'MA-2026-9201', [['draft', 24]], 'awaitingFunds', 720);
  posted = await anOpportunityIn(server.storage, 'posted', { fields: { titleEn: 'Notices' } });
  for (const email of ['ada@example.com', 'bob@example.com'])
    await anApplication(server.storage, posted, { email });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

async function at(person: Person, theme: (typeof themes)[number], view: string, lang = 'en') {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(tabUrl(server, person, { theme, view, lang: lang as 'en' | 'fr' }));
  return page;
}

/** The page's own globals, as the callback below uses them (this project's Node types have no DOM). */
type Box = { left: number; right: number };
type El = {
  getBoundingClientRect(): Box;
  closest(selector: string): El | null;
  getAttribute(name: string): string | null;
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  tagName: string;
};
type Win = {
  innerWidth: number;
  document: {
    documentElement: { scrollWidth: number };
    querySelectorAll(selector: string): Iterable<El>;
    getElementById(id: string): El | null;
  };
  getComputedStyle(element: El): { overflowX: string };
};

/**
 * How the table under `selector` lays out: the page's width, its scroll region (role, label, in
 * the tab order, scrolling, within the viewport), the elements outside the viewport but not in
 * a scroll region, and the cells whose text is cut off.
 */
function layoutOf(page: Page, selector: string) {
  return page.evaluate((tableSelector) => {
    const win = globalThis as unknown as Win;
    const doc = win.document;
    const table = [...doc.querySelectorAll(tableSelector)][0]!;
    const region = table.closest('[role="region"]');
    const labelId = region?.getAttribute('aria-labelledby');
    const outside = [...doc.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (box.right > win.innerWidth + 0.5 || box.left < -0.5) && box.right > box.left;
      })
      .filter((el) => {
        const scroller = el.closest('[role="region"]');
        return !scroller || win.getComputedStyle(scroller).overflowX !== 'auto';
      })
      .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`);
    // Text that runs out of its box (the box itself fits) widens the page just the same.
    const spilling = [...doc.querySelectorAll('body *')]
      .filter(
        (el) =>
          el.getBoundingClientRect().right + el.scrollWidth - el.clientWidth > win.innerWidth + 0.5,
      )
      .filter(
        (el) => !el.closest('[role="region"]') && win.getComputedStyle(el).overflowX === 'visible',
      )
      .map(
        (el) =>
          `${el.tagName} ${el.getAttribute('class') ?? ''} ${(el.textContent ?? '').slice(0, 40)}`,
      );
    const clipped = [...doc.querySelectorAll(`${tableSelector} th, ${tableSelector} td`)]
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => (cell.textContent ?? '').slice(0, 40));
    return {
      pageWidth: doc.documentElement.scrollWidth,
      region: region
        ? {
            label: labelId ? (doc.getElementById(labelId)?.textContent ?? '') : '',
            tabIndex: region.getAttribute('tabindex'),
            overflowX: win.getComputedStyle(region).overflowX,
            right: region.getBoundingClientRect().right,
          }
        : null,
      outside,
      spilling,
      clipped,
    };
  }, selector);
}

describe.each(themes)('at a 400-px side panel, %s theme', (theme) => {
  test('the dashboard’s targets table scrolls in its labelled region, nothing clipped', async () => {
    const page = await at(people.manager, theme, 'dashboard');
    await page.getByTestId('target-awaitingFunds').waitFor();
    const layout = await layoutOf(page, '[data-testid="targets"]');
    expect(layout).toEqual({
      pageWidth: 400,
      region: {
        label: 'Each stage against its target, in business days',
        tabIndex: '0',
        overflowX: 'auto',
        right: expect.any(Number),
      },
      outside: [],
      spilling: [],
      clipped: [],
    });
    expect(layout.region!.right).toBeLessThanOrEqual(400);
    // Reached by keyboard, named by its heading.
    await page
      .getByRole('region', { name: 'Each stage against its target, in business days' })
      .focus();
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `narrow-targets-${theme}`);
    await page.context().close();
  }, 60_000);

  test('the notices table scrolls in its labelled region, nothing clipped', async () => {
    const page = await at(people.author, theme, `detail/${posted.id}`);
    const panel = page.getByRole('region', { name: 'Notices to suppliers' });
    await panel.getByRole('row').filter({ hasText: 'Queued' }).first().waitFor();
    const layout = await layoutOf(page, '[data-testid="notice-table"]');
    expect(layout).toEqual({
      pageWidth: 400,
      region: {
        label: 'Each notice',
        tabIndex: '0',
        overflowX: 'auto',
        right: expect.any(Number),
      },
      outside: [],
      spilling: [],
      clipped: [],
    });
    expect(layout.region!.right).toBeLessThanOrEqual(400);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `narrow-notices-${theme}`);
    await page.context().close();
  }, 60_000);
});
