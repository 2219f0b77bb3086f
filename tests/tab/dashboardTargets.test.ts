import type { Browser } from 'playwright-core';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { aPastOpportunity } from './stageHistory';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  // Waiting for funds for 30 days: past the 2-business-day target whatever the calendar.
  await aPastOpportunity(server.storage, 'MA-2026-9101', [['draft', 24]], 'awaitingFunds', 720);
  // Waiting for funds for an hour: within its target.
  await aPastOpportunity(server.storage, 'MA-2026-9102', [['draft', 24]], 'awaitingFunds');
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each(['light', 'dark', 'contrast'] as const)(
  'the manager sees each stage against its target and what is overdue, with no axe violation, %s theme',
  async (theme) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await page.goto(tabUrl(server, people.manager, { theme, view: 'dashboard' }));
    const overdue = page.getByTestId('overdue');
    await overdue.waitFor();
    expect(await overdue.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(
        /^MA-2026-9101 Accessible date picker — Awaiting funds \(cardholder\), \d+ business days \(target 2\), waits for Megan Cardholder$/,
      ),
    ]);
    const funds = await page.getByTestId('target-awaitingFunds').locator('td').allInnerTexts();
    // Stage, target, median, 90th percentile, over target, overdue now.
    expect(funds[1]).toBe('2');
    expect(funds[5]).toBe('1');
    // Only stages with a target: not the draft, nor posted (waiting for the closing time).
    expect(await page.getByTestId('target-draft').count()).toBe(0);
    expect(await page.getByTestId('target-posted').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `dashboard-targets-${theme}`);
    await context.close();
  },
  60_000,
);

test('in French', async () => {
  const page = await browser.newPage();
  await page.goto(tabUrl(server, people.manager, { lang: 'fr', view: 'dashboard' }));
  await page.getByText('Chaque étape par rapport à sa cible, en jours ouvrables').waitFor();
  expect(await page.getByTestId('overdue').innerText()).toMatch(
    /MA-2026-9101 .* jours ouvrables \(cible\u00a0: 2\)/,
  );
  await page.close();
});
