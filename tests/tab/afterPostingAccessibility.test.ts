import type { Browser } from 'playwright-core';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import { anApplicant, closedOpportunities, evaluateAll, walkOn } from '../api/afterPostingFixtures';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
const ids: Record<string, string> = {};

/** One opportunity in each state after posting, plus a posting approval with a fund-centre history. */
beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  const { storage } = server;
  const repeat = anApplicant('Again');
  const [evaluating, none, awarded, delivered, accepted, first, second] = await closedOpportunities(
    storage,
    [
      {
        applicants: [anApplicant('Eve'), anApplicant('Mallory')],
        fields: { fundCentre: 'FC-AX1' },
      },
      { applicants: [anApplicant('Trent')], fields: { fundCentre: 'FC-AX2' } },
      { applicants: [anApplicant('Peggy')], fields: { fundCentre: 'FC-AX3' } },
      { applicants: [anApplicant('Victor')], fields: { fundCentre: 'FC-AX4' } },
      { applicants: [anApplicant('Walter')], fields: { fundCentre: 'FC-AX5' } },
      { applicants: [repeat], fields: { fundCentre: 'FC-AX6', titleEn: 'First of two' } },
      { applicants: [repeat], fields: { fundCentre: 'FC-AX6', titleEn: 'Second of two' } },
    ],
  );
  await evaluateAll(storage, none!, false);
  for (const fixture of [awarded, delivered, accepted, first, second])
    await evaluateAll(storage, fixture!, true);
  await walkOn(storage, awarded!, 'awarded');
  await walkOn(storage, delivered!, 'delivered');
  await walkOn(storage, accepted!, 'accepted');
  await walkOn(storage, first!, 'awarded');
  // The same supplier's second win from the fund centre passes the limit: the award is held.
  expect(await walkOn(storage, second!, 'awarded')).toMatchObject({ state: 'awardHeld' });
  const approving = await anOpportunityIn(storage, 'awaitingProcurement', {
    fields: { fundCentre: 'FC-AX6', titleEn: 'A third piece' },
  });
  Object.assign(ids, {
    evaluating: evaluating!.record.id,
    none: none!.record.id,
    awarded: awarded!.record.id,
    delivered: delivered!.record.id,
    accepted: accepted!.record.id,
    held: second!.record.id,
    approving: approving.id,
  });
}, 150_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The new views, as the person each is for, and text that says the view has loaded. */
const views = (): Array<[string, Person, string, string]> => [
  ['evaluation', people.author, ids.evaluating!, 'Applicant 2 of 2'],
  ['evaluation-problems', people.author, ids.evaluating!, 'Applicant 2 of 2'],
  ['none-qualified', people.author, ids.none!, 'No application passed every criterion'],
  ['award-and-delivery', people.author, ids.awarded!, 'Results — selected, 1 supplier'],
  ['acceptance', people.author, ids.delivered!, 'Accept the work (FAA section 34)'],
  ['payment', people.cardholder, ids.accepted!, 'Record the payment'],
  ['held', people.procurement, ids.held!, 'Release the award'],
  ['fund-centre', people.procurement, ids.approving!, 'Other opportunities:'],
];

test.each(['light', 'dark', 'contrast'] as const)(
  'axe finds no WCAG 2.1 AA violation on the steps after posting, %s theme',
  async (theme) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const found: Record<string, string[]> = {};
    for (const [name, person, id, ready] of views()) {
      await page.goto(tabUrl(server, person, { theme, view: `detail/${id}` }));
      await page.getByText(ready, { exact: false }).first().waitFor();
      if (name === 'evaluation-problems') {
        await page.getByRole('button', { name: 'Save applicant 1' }).click();
        await page.getByText('Evaluation, item 1, pass or fail: required.').waitFor();
      }
      found[name] = await axeViolations(page);
      await shoot(page, `after-${name}-${theme}`);
    }
    expect(found).toEqual(Object.fromEntries(views().map(([name]) => [name, []])));
    expect(errors).toEqual([]);
    await context.close();
  },
  120_000,
);
