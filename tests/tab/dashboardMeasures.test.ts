import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { ApiServer } from '../api/apiServer';
import { opportunitiesAfterPosting } from '../support/afterPostingStates';
import { launchChromium } from '../support/browser';
import { beforeClosing, people } from '../support/builders';
import { parseCsv } from '../support/csv';
import { fixedClock } from '../support/storageHelpers';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;

beforeAll(async () => {
  const clock = fixedClock(beforeClosing);
  [server, browser] = await Promise.all([
    startTabServer({ storageClock: clock.read }),
    launchChromium(),
  ]);
  const { author, cardholder } = people;
  // Posted by the one procurement officer; awarded 46 days after submission.
  await opportunitiesAfterPosting(server.storage, clock, [
    { state: 'paid', author, cardholder },
    { state: 'awardHeld', author, cardholder },
    { state: 'evaluating', author, cardholder },
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The file a click on the export button saves, as text. */
async function exported(page: Page, testId: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFile((await download.path())!, 'utf8');
}

test.each(['light', 'dark', 'contrast'] as const)(
  "the manager reads the pilot's measures and exports them, with no axe violation, %s theme",
  async (theme) => {
    const context = await browser.newContext({
      viewport: { width: 1100, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(tabUrl(server, people.manager, { theme, view: 'dashboard' }));
    await page.getByTestId('measures').waitFor();
    // Saturday 1 December 2029 to Wednesday 16 January 2030, counted on a calendar: 30 business
    // days (Christmas, Boxing Day and New Year's Day off).
    expect(await page.getByTestId('measures-award-summary').innerText()).toBe(
      '2 awarded: median 46 days (30 business days), 90th percentile 46 days; 0 within the 23 days the pilot planned (it took 57.75).',
    );
    // 46 days: the bar "up to 60 days" counts both.
    const awardRows = page.getByTestId('measures-award-bars').locator('tbody tr');
    expect(await awardRows.nth(5).locator('td').allInnerTexts()).toEqual(['up to 60 days', '2']);
    expect(await page.getByTestId('measures-applications-summary').innerText()).toBe(
      '4 closed, 4 applications, median 1 per opportunity.',
    );
    expect(
      await page.getByTestId('measures-officers').locator('tbody tr td').allInnerTexts(),
    ).toEqual([people.procurement.name, '4', '4', '0', '0', '0', '0', '0', '0']);
    expect(await page.getByTestId('measures-payment').innerText()).toMatch(
      /^1 paid: median 0 business days/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `dashboard-measures-${theme}`);

    const officers = parseCsv((await exported(page, 'export-officers')).slice(1));
    expect(officers).toEqual([
      [
        'Procurement officer',
        'Decisions',
        'Approved',
        'Returned',
        'Rejected',
        'Awards released',
        'Median wait (business days)',
        '90th percentile (business days)',
        'Longest (business days)',
      ],
      [people.procurement.name, '4', '4', '0', '0', '0', '0', '0', '0'],
    ]);
    await context.close();
  },
  60_000,
);

test('in French, the measures and the export are French', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(tabUrl(server, people.manager, { lang: 'fr', view: 'dashboard' }));
  await page.getByTestId('measures').waitFor();
  expect(await page.getByTestId('measures-award-summary').innerText()).toMatch(
    /^2 attribuées\u00a0: médiane de 46 jours .* \(il en a fallu 57,75\)\.$/,
  );
  const text = await exported(page, 'export-opportunities');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...records] = parseCsv(text.slice(1));
  expect(header!.slice(0, 4)).toEqual(['Occasion', 'Titre (anglais)', 'Titre (français)', 'État']);
  expect(records).toHaveLength(4);
  await context.close();
});
