import type { Browser, Page } from 'playwright-core';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

async function openDetail(person: Person, id: string, lang: 'en' | 'fr' = 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(tabUrl(server, person, { lang, view: `detail/${id}` }));
  return page;
}

test('the author extends a posted opportunity’s closing from the tab, never earlier', async () => {
  // Closing January 15, 2030 at 15:00 Eastern; the work starts January 20.
  const posted = await anOpportunityIn(server.storage, 'posted');
  const page = await openDetail(people.author, posted.id);
  const panel = page.getByRole('region', { name: 'Extend the closing' });
  await expect(panel.getByLabel(/New closing date/).inputValue()).resolves.toBe('2030-01-15');
  expect(await axeViolations(page)).toEqual([]);

  await panel.getByLabel(/New closing date/).fill('2030-01-10');
  await panel.getByRole('textbox', { name: /Reason, in English/ }).fill('A late answer.');
  await panel.getByRole('textbox', { name: /Reason, in French/ }).fill('Une réponse tardive.');
  await panel.getByRole('button', { name: 'Extend the closing' }).click();
  await page
    .getByText(/must be later than the current closing/)
    .first()
    .waitFor();
  expect((await server.storage.opportunities.get(posted.id))!.fields.closingAt).toBe(
    posted.fields.closingAt,
  );

  await panel.getByLabel(/New closing date/).fill('2030-01-17');
  await panel.getByRole('button', { name: 'Extend the closing' }).click();
  await page.getByText(/Done: extend the closing/).waitFor();
  const record = (await server.storage.opportunities.get(posted.id))!;
  // 15:00 Eastern (EST) is 20:00 UTC.
  expect(record.fields.closingAt).toBe('2030-01-17T20:00:00.000Z');
  expect(record.addenda.at(-1)).toMatchObject({ en: 'A late answer.', fr: 'Une réponse tardive.' });
  await shoot(page, 'extend-closing');

  // Only the author: the cardholder sees no such form.
  const other = await openDetail(people.cardholder, posted.id, 'fr');
  await other.getByRole('heading', { name: new RegExp(posted.id) }).waitFor();
  await expect(other.getByRole('button', { name: 'Reporter la clôture' }).count()).resolves.toBe(0);
}, 60_000);
