import type { Browser, Page } from 'playwright-core';
import { easternDay } from '../../domain/businessDays';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
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

const { cardholder: away, otherCardholder: covering } = people;
const dayMs = 24 * 60 * 60 * 1000;
const day = (offset: number) => easternDay(Date.now() + offset * dayMs);

async function openInbox(
  person: Person,
  options: { lang?: 'en' | 'fr'; theme?: 'light' | 'dark' | 'contrast' } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(tabUrl(server, person, { ...options, view: 'inbox' }));
  return page;
}

test('a cardholder names a delegate, and the delegate finds the step in their inbox', async () => {
  const record = await anOpportunityIn(server.storage, 'awaitingFunds', { cardholder: away });
  const page = await openInbox(away);
  const panel = page.getByRole('region', { name: 'Out of office' });
  await panel
    .getByRole('combobox', { name: 'Delegate' })
    .getByRole('option', { name: covering.name })
    .waitFor({ state: 'attached' });
  expect(await axeViolations(page)).toEqual([]);

  // Nothing chosen: each field says what it needs, beside it, and nothing is stored.
  await panel.getByRole('button', { name: 'Name this delegate' }).click();
  await panel.getByText('Delegate: required.').waitFor();
  await panel.getByText('Reason: required.').waitFor();
  expect((await server.storage.people.get(away.id))!.delegation).toBeUndefined();

  await panel.getByRole('combobox', { name: 'Delegate' }).selectOption(covering.id);
  await panel.getByLabel('First day').fill(day(0));
  await panel.getByLabel('Last day').fill(day(4));
  await panel.getByLabel('Reason (your delegate and the audit trail read it)').fill('Annual leave');
  await panel.getByRole('button', { name: 'Name this delegate' }).click();
  await panel.getByText(`Saved: ${covering.name} is your delegate`, { exact: false }).waitFor();
  expect((await server.storage.people.get(away.id))!.delegation).toMatchObject({
    delegateId: covering.id,
    from: day(0),
    to: day(4),
  });

  const theirs = await openInbox(covering);
  await theirs.getByText(`You decide today on behalf of: ${away.name}.`).waitFor();
  await theirs.getByRole('row', { name: new RegExp(record.id) }).waitFor();
  expect(await axeViolations(theirs)).toEqual([]);
});

test.each([
  ['en', 'dark'],
  ['fr', 'contrast'],
] as const)('the panel in %s, %s theme, has no accessibility violation', async (lang, theme) => {
  const page = await openInbox(away, { lang, theme });
  const heading = lang === 'en' ? 'Out of office' : 'Absence du bureau';
  const panel = page.getByRole('region', { name: heading });
  await panel.waitFor();
  await panel
    .getByRole('button', { name: lang === 'en' ? 'Name this delegate' : 'Désigner ce délégué' })
    .click();
  await panel
    .getByText(lang === 'en' ? 'Reason: required.' : 'Motif\u00a0: obligatoire.')
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test('ending the delegation gives the step back to the cardholder alone', async () => {
  await server.storage.people.delegate(
    away.id,
    {
      delegateId: covering.id,
      delegateName: covering.name,
      from: day(0),
      to: day(2),
      reason: 'Away',
      roles: ['cardholder'],
    },
    'Away',
  );
  const page = await openInbox(away);
  const panel = page.getByRole('region', { name: 'Out of office' });
  await panel.getByRole('button', { name: 'End the delegation now' }).click();
  await panel.getByText('The delegation ended: only you decide again.').waitFor();
  expect((await server.storage.people.get(away.id))!.delegation).toBeUndefined();
});
