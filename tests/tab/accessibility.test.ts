import type { Browser, Page } from 'playwright-core';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { completeFields, people } from '../support/builders';
import { aPastOpportunity } from './stageHistory';
import { axeViolations, shoot, stageBars, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
let draftId: string;
let awaitingId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  const author = { kind: 'person' as const, ...people.author };
  const draft = await server.storage.opportunities.create(author, {
    titleEn: 'Half-written draft',
  });
  const ready = await server.storage.opportunities.create(author, completeFields());
  if (draft.kind !== 'applied' || ready.kind !== 'applied') throw new Error('fixtures not created');
  draftId = draft.record.id;
  awaitingId = ready.record.id;
  await server.storage.opportunities.apply(awaitingId, { kind: 'submit' }, author);
  // Days in three stages, so the dashboard's chart draws bars of several heights.
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
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The dashboard has finished loading once its chart has drawn its bars (the chart loads after the figures). */
const chartDrawn = async (page: Page) => {
  await page.getByText('Time in each stage').waitFor();
  await stageBars(page).first().waitFor();
};

/** Every view, as the person who normally sees it, and what says it has finished loading. */
const views = () =>
  [
    ['mine', people.author, 'mine', 'Half-written draft'],
    ['draft', people.author, `draft/${draftId}`, 'Save draft'],
    ['draft-problems', people.author, `draft/${draftId}`, 'Submit for approval'],
    ['detail', people.author, `detail/${awaitingId}`, 'Timeline'],
    ['inbox', people.cardholder, 'inbox', 'Accessible date picker'],
    ['decide', people.cardholder, `detail/${awaitingId}`, 'Your decision'],
    ['dashboard', people.manager, 'dashboard', chartDrawn],
    ['all', people.manager, 'all', 'Accessible date picker'],
    ['guide', people.author, 'guide', 'Separation of duties'],
    ['empty-inbox', people.otherCardholder, 'inbox', 'Nothing waits for you'],
  ] as const;

test.each(['light', 'dark', 'contrast'] as const)(
  'axe finds no WCAG 2.1 AA violation on any view, %s theme',
  async (theme) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const found: Record<string, string[]> = {};
    let chartBars = 0;
    for (const [name, person, view, ready] of views()) {
      await page.goto(tabUrl(server, person, { theme, view }));
      if (typeof ready === 'string')
        await page.getByText(ready, { exact: false }).first().waitFor();
      else await ready(page);
      if (name === 'draft-problems') {
        await page.getByRole('button', { name: 'Submit for approval' }).click();
        await page.getByText(/fields need attention/).waitFor();
      }
      found[name] = await axeViolations(page);
      if (name === 'dashboard') chartBars = await stageBars(page).count();
      await shoot(page, `${name}-${theme}`);
    }
    expect(found).toEqual(Object.fromEntries(views().map(([name]) => [name, []])));
    // The dashboard was checked with its chart drawn: a median and a slowest bar per measured stage.
    expect(chartBars).toEqual(6);
    expect(errors).toEqual([]);
    await context.close();
  },
  90_000,
);
