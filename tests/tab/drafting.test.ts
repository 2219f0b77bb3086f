import type { Page } from 'playwright-core';
import type { Person } from '../../domain/people';
import { completeFields, people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { axeViolations, shoot, tabSuite, tabUrl } from './tabServer';

const suite = tabSuite();

async function openTab(person: Person, view: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => suite.pageErrors.push(error.message));
  await page.goto(tabUrl(suite.server, person, { view }));
  return page;
}

async function aDraft(fields: Record<string, unknown> = {}): Promise<string> {
  const created = await suite.server.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'Keep my work', ...fields },
  });
  return (created.body.record as { id: string }).id;
}

test('a criterion row without its kind saves the rest, keeps the row as typed with its problem, and Save names no missing field', async () => {
  const id = await aDraft();
  const page = await openTab(people.author, `draft/${id}`);
  await page.getByLabel('Title (French)', { exact: true }).fill('Garder mon travail');
  const english = page.getByLabel('Acceptance criterion 1 (English)', { exact: true });
  await english.fill('Passes axe checks');
  await page
    .getByLabel('Acceptance criterion 1 (French)', { exact: true })
    .fill('Réussit les tests axe');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByText(/Saved everything that reads correctly\. 1 field needs attention/).waitFor();
  // The row stays as typed, with what is wrong with it beside it.
  await expect(english.inputValue()).resolves.toBe('Passes axe checks');
  await page
    .getByTestId('row-acceptanceCriteria')
    .getByText('Work acceptance criteria, item 1, type: not one of the allowed choices.')
    .waitFor();
  // Required fields wait for Submit.
  await expect(page.getByText('Short description (English): required.').count()).resolves.toBe(0);
  await shoot(page, 'drafting-bad-line');

  const stored = await suite.server.storage.opportunities.get(id);
  expect(stored?.fields.titleFr).toBe('Garder mon travail');
  expect(stored?.fields.acceptanceCriteria).toEqual([]);

  // Submit names everything at once, and never contradicts the row's own problem.
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page.getByText('Short description (English): required.').first().waitFor();
  await expect(english.inputValue()).resolves.toBe('Passes axe checks');
  await expect(page.getByText(/Work acceptance criteria: at least 1/).count()).resolves.toBe(0);
  expect((await suite.server.storage.opportunities.get(id))?.state).toBe('draft');
}, 60_000);

test('after Submit the author reads who has it now, and sees no decision panel of their own', async () => {
  const fields = completeFields({ cardholderId: people.cardholder.id });
  const id = await aDraft({ ...fields, titleEn: 'Submit me' });
  const page = await openTab(people.author, `draft/${id}`);
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page
    .getByText('Submitted. It now waits for Megan Cardholder (cardholder) to approve the funds.')
    .waitFor();
  await page.getByText('State: Awaiting funds (cardholder)').waitFor();
  await expect(page.getByRole('heading', { name: 'Your decision' }).count()).resolves.toBe(0);
  await page.getByRole('heading', { name: 'Cancel the opportunity' }).waitFor();
  await shoot(page, 'drafting-submitted');

  // The cardholder still decides, and reads whom it waits for.
  const cardholder = await openTab(people.cardholder, `detail/${id}`);
  await cardholder.getByRole('heading', { name: 'Your decision' }).waitFor();
  await cardholder
    .getByText('Waiting for Megan Cardholder (cardholder) to approve the funds.')
    .waitFor();
}, 60_000);

test('a posted opportunity links its public page in both languages', async () => {
  const posted = await anOpportunityIn(suite.server.storage, 'posted');
  const page = await openTab(people.author, `detail/${posted.id}`);
  const en = page.getByRole('link', { name: 'Public page (English)' });
  await en.waitFor();
  await expect(en.getAttribute('href')).resolves.toBe(
    `https://example.gc.ca/opportunities/en/${posted.id}.html`,
  );
  await expect(
    page.getByRole('link', { name: 'Public page (French)' }).getAttribute('href'),
  ).resolves.toBe(`https://example.gc.ca/opportunities/fr/${posted.id}.html`);
  // A draft has no public page.
  const draft = await openTab(people.author, `detail/${await aDraft()}`);
  await draft.getByText('State: Draft').waitFor();
  await expect(draft.getByRole('link', { name: /Public page/ }).count()).resolves.toBe(0);
}, 60_000);

test('leaving a draft with unsaved changes asks first: stay keeps the text, leave goes without saving', async () => {
  const id = await aDraft();
  const page = await openTab(people.author, 'mine');
  await page.getByRole('heading', { name: 'My opportunities' }).waitFor();
  await page.goto(tabUrl(suite.server, people.author, { view: `draft/${id}` }));
  const title = page.getByLabel('Title (French)', { exact: true });
  await title.fill('Pas encore enregistré');
  await page.getByRole('button', { name: 'My opportunities' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await dialog.waitFor();
  await expect(axeViolations(page)).resolves.toEqual([]);
  await shoot(page, 'drafting-leave-dialog');
  await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect(title.inputValue()).resolves.toBe('Pas encore enregistré');

  // The back button asks too.
  await page.goBack();
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect(title.inputValue()).resolves.toBe('Pas encore enregistré');

  await page.getByRole('button', { name: 'My opportunities' }).click();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await page.getByRole('heading', { name: 'My opportunities' }).waitFor();
  await expect(dialog.count()).resolves.toBe(0);
  expect((await suite.server.storage.opportunities.get(id))?.fields.titleFr).toBe('');

  // Saved work leaves without a question.
  await page.goto(tabUrl(suite.server, people.author, { view: `draft/${id}` }));
  await title.fill('Enregistré');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByText('Draft saved (version 2).').waitFor();
  await page.getByRole('button', { name: 'My opportunities' }).click();
  await page.getByRole('heading', { name: 'My opportunities' }).waitFor();
  await expect(dialog.count()).resolves.toBe(0);
}, 60_000);

test('Copy starts a new draft from an earlier opportunity and opens it; the timeline names the source', async () => {
  const source = await anOpportunityIn(suite.server.storage, 'posted');
  const page = await openTab(people.author, `detail/${source.id}`);
  await page.getByRole('button', { name: 'Copy to a new draft' }).click();
  const heading = page.getByRole('heading', { name: /Draft MA-\d{4}-\d{4} \(version 1\)/ });
  await heading.waitFor();
  const id = /MA-\d{4}-\d{4}/.exec((await heading.textContent()) ?? '')![0];
  expect(id).not.toBe(source.id);
  await expect(page.getByLabel('Title (English)', { exact: true }).inputValue()).resolves.toBe(
    source.fields.titleEn,
  );
  await expect(page.getByLabel('Closing date', { exact: true }).inputValue()).resolves.toBe('');
  expect((await suite.server.storage.opportunities.get(id))?.copiedFrom).toBe(source.id);
  await page.goto(tabUrl(suite.server, people.author, { view: `detail/${id}` }));
  await page.getByText(`copied from ${source.id}`).waitFor();
  // Only the author is offered the copy.
  const cardholder = await openTab(people.cardholder, `detail/${source.id}`);
  await cardholder.getByText('Timeline').waitFor();
  await expect(
    cardholder.getByRole('button', { name: 'Copy to a new draft' }).count(),
  ).resolves.toBe(0);
}, 60_000);
