import type { Browser, Page } from 'playwright-core';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { aPerson, people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { axeViolations, startTabServer, tabUrl } from './tabServer';

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

/** An opportunity waiting for a cardholder whose role an administrator has since revoked. */
async function blockedOpportunity(name: string) {
  const leaving = aPerson({ id: `leaving-${Date.now()}`, name, roles: ['cardholder'] });
  await server.storage.people.put(leaving);
  const record = await anOpportunityIn(server.storage, 'awaitingFunds', { cardholder: leaving });
  await server.storage.people.put({ ...leaving, roles: [] });
  return record;
}

test('the author sees why it is blocked and names another cardholder', async () => {
  const record = await blockedOpportunity('Nadia Leaving');
  // Their list says it is blocked before they open it.
  const list = await browser.newPage();
  list.on('pageerror', (error) => pageErrors.push(error.message));
  await list.goto(tabUrl(server, people.author, { view: 'mine' }));
  await list
    .getByRole('row', { name: new RegExp(record.id) })
    .getByText('(blocked: the cardholder no longer holds the role)', { exact: false })
    .waitFor();
  await list.close();
  const page = await openDetail(people.author, record.id);
  const blocked = page.getByText(
    'Blocked: the named cardholder Nadia Leaving no longer holds the cardholder role.',
  );
  await blocked.waitFor();
  const form = page.getByRole('region', { name: 'Name another cardholder' });
  await form.waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The comment is asked for beside its field before anything is sent.
  await form
    .getByRole('combobox', { name: 'New cardholder' })
    .selectOption(people.otherCardholder.id);
  await form.getByRole('button', { name: 'Name this cardholder' }).click();
  await form.getByText('required', { exact: false }).first().waitFor();
  expect((await server.storage.opportunities.get(record.id))?.version).toBe(record.version);

  await form.getByLabel('Why (the new cardholder reads it)').fill('Nadia’s card was cancelled.');
  await form.getByRole('button', { name: 'Name this cardholder' }).click();
  await page.getByText(`Waiting for ${people.otherCardholder.name}`, { exact: false }).waitFor();
  await blocked.waitFor({ state: 'detached' });
  expect(await server.storage.opportunities.get(record.id)).toMatchObject({
    version: record.version + 1,
    fields: { cardholderId: people.otherCardholder.id },
  });
});

test('in French, the administrator reads why it is blocked; the form is the author’s', async () => {
  const record = await blockedOpportunity('Paul Parti');
  const page = await openDetail(people.admin, record.id, 'fr');
  await page
    .getByText('Bloquée : le titulaire de carte désigné, Paul Parti, n’a plus le rôle', {
      exact: false,
    })
    .waitFor();
  expect(
    await page.getByRole('region', { name: 'Désigner un autre titulaire de carte' }).count(),
  ).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});
