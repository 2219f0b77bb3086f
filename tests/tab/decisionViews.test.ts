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

async function openDetail(
  person: Person,
  id: string,
  options: { lang?: 'en' | 'fr'; theme?: 'light' | 'dark' | 'contrast'; width?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1100, height: 800 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(tabUrl(server, person, { ...options, view: `detail/${id}` }));
  return page;
}

/** The value of a fact in a labelled list (`<dt>` then `<dd>`). */
async function fact(page: Page, label: string): Promise<string> {
  return page
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .innerText();
}

const fields = { fundCentre: 'FC-DEC1' };

test('the cardholder sees everything they certify and the fund centre’s year before approving funds', async () => {
  const earlier = await anOpportunityIn(server.storage, 'posted', {
    fields: { ...fields, titleEn: 'An earlier piece' },
  });
  const waiting = await anOpportunityIn(server.storage, 'awaitingFunds', { fields });
  const page = await openDetail(people.cardholder, waiting.id);
  const panel = page.getByRole('region', { name: 'What you certify' });
  await panel.waitFor();
  // $8,690.00 before tax in New Brunswick (15 % HST).
  await expect(fact(page, 'Before tax')).resolves.toBe('$8,690.00');
  await expect(fact(page, 'Tax')).resolves.toBe('$1,303.50');
  await expect(fact(page, 'Total, tax included')).resolves.toBe('$9,993.50');
  await expect(fact(page, 'Province or territory for tax')).resolves.toBe('NB');
  await expect(fact(page, 'Fund centre')).resolves.toBe('FC-DEC1');
  // 20:00 UTC is 15:00 in Toronto.
  await expect(fact(page, 'Closing date and time')).resolves.toMatch(/Jan 15, 2030.*3:00/);
  await expect(fact(page, 'Start date')).resolves.toBe('Jan 20, 2030');
  await expect(fact(page, 'Delivery date')).resolves.toBe('Feb 20, 2030');
  await expect(fact(page, 'Open-source licence')).resolves.toBe('MIT');
  await expect(fact(page, 'Repository URL')).resolves.toBe(
    'https://github.com/example/date-picker',
  );
  await expect(fact(page, 'Contact e-mail')).resolves.toBe('team@example.gc.ca');
  await expect(fact(page, 'The work is unclassified')).resolves.toBe('Attested by the author');
  const english = panel.getByRole('region', { name: 'English text' });
  const french = panel.getByRole('region', { name: 'French text' });
  await english.getByText('Our forms need a date picker that works with screen readers.').waitFor();
  await english.getByText('A React component with tests.').waitFor();
  await english.getByText('No new npm audit finding (security)').waitFor();
  await english.getByText('Has shipped a React component').waitFor();
  await french.getByText('Un composant React avec des tests.').waitFor();
  await french.getByText('A livré un composant React').waitFor();
  await panel.getByText('No comments yet.').waitFor();

  const history = page.getByRole('region', { name: /Fund centre FC-DEC1/ });
  await history.getByRole('cell', { name: 'An earlier piece' }).waitFor();
  await history.getByText(earlier.id).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'decide-funds-en');
}, 60_000);

test('the procurement officer reads both languages, the cardholder’s comment and the history, in every theme', async () => {
  const waiting = await anOpportunityIn(server.storage, 'awaitingProcurement', { fields });
  for (const lang of ['en', 'fr'] as const)
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const page = await openDetail(people.procurement, waiting.id, { lang, theme });
      const panel = page.getByRole('region', {
        name: lang === 'en' ? 'What you certify' : 'Ce que vous attestez',
      });
      await panel.getByText('Funds reserved').waitFor();
      await panel.getByText(/Megan Cardholder/).waitFor();
      await expect(fact(page, lang === 'en' ? 'Before tax' : 'Avant taxes')).resolves.toMatch(
        /8[,\s\u00a0\u202f]690[.,]00/,
      );
      await page.getByRole('region', { name: /FC-DEC1/ }).waitFor();
      await panel.getByText('Sélecteur de date accessible').first().waitFor();
      expect({ lang, theme, violations: await axeViolations(page) }).toEqual({
        lang,
        theme,
        violations: [],
      });
      await shoot(page, `decide-posting-${lang}-${theme}`);
      await page.context().close();
    }
}, 120_000);

test('the author, who does not decide, sees no certification panel', async () => {
  const waiting = await anOpportunityIn(server.storage, 'awaitingFunds', { fields });
  const page = await openDetail(people.author, waiting.id);
  await page.getByRole('heading', { name: new RegExp(waiting.id) }).waitFor();
  await expect(page.getByRole('region', { name: 'What you certify' }).count()).resolves.toBe(0);
}, 60_000);

test('Reject asks for the comment beside it, then to confirm; going back changes nothing', async () => {
  const waiting = await anOpportunityIn(server.storage, 'awaitingProcurement', { fields });
  const page = await openDetail(people.procurement, waiting.id);
  const panel = page.getByRole('region', { name: 'Your decision' });
  const comment = panel.getByRole('textbox', { name: /Comment/ });
  await panel.getByRole('button', { name: 'Reject' }).click();
  await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true');
  await panel.getByText('Comment: required.').waitFor();
  await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);

  await comment.fill('Not a fit for the program.');
  await panel.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Reject ${waiting.id}?` });
  await dialog.getByText(/Rejecting is final/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'confirm-reject');
  // Escape goes back, as does the default button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await panel.getByRole('button', { name: 'Reject' }).click();
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect((await server.storage.opportunities.get(waiting.id))!.state).toBe('awaitingProcurement');

  await panel.getByRole('button', { name: 'Reject' }).click();
  await dialog.getByRole('button', { name: 'Yes, reject it' }).click();
  await page.getByText(/Done: reject/).waitFor();
  const record = (await server.storage.opportunities.get(waiting.id))!;
  expect(record.state).toBe('rejected');
}, 60_000);

test('returning to the author needs its comment but no confirmation', async () => {
  const waiting = await anOpportunityIn(server.storage, 'awaitingFunds', { fields });
  const page = await openDetail(people.cardholder, waiting.id, { lang: 'fr' });
  const panel = page.getByRole('region', { name: 'Votre décision' });
  await panel.getByRole('button', { name: 'Renvoyer à l’auteur' }).click();
  await panel.getByText('Commentaire : obligatoire.').waitFor();
  await panel.getByRole('textbox', { name: /Commentaire/ }).fill('Précisez le centre financier.');
  await panel.getByRole('button', { name: 'Renvoyer à l’auteur' }).click();
  await page.getByText(/Fait\s*:\s*renvoyer/).waitFor();
  expect((await server.storage.opportunities.get(waiting.id))!.state).toBe('draft');
}, 60_000);

test('the author cancels a posted opportunity only after giving a reason and confirming', async () => {
  const posted = await anOpportunityIn(server.storage, 'posted', { fields });
  for (const theme of ['dark', 'contrast'] as const) {
    const page = await openDetail(people.author, posted.id, { lang: 'fr', theme });
    const panel = page.getByRole('region', { name: 'Annuler l’occasion' });
    await panel.getByRole('button', { name: 'Annuler l’occasion' }).click();
    await panel.getByText(/Motif.*: obligatoire\./).waitFor();
    await panel.getByRole('textbox').fill('Le besoin a disparu.');
    await panel.getByRole('button', { name: 'Annuler l’occasion' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Annuler ${posted.id}?` });
    await dialog.getByText(/L’annulation est définitive/).waitFor();
    expect({ theme, violations: await axeViolations(page) }).toEqual({ theme, violations: [] });
    await shoot(page, `confirm-cancel-fr-${theme}`);
    await dialog.getByRole('button', { name: 'Revenir' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  }
  expect((await server.storage.opportunities.get(posted.id))!.state).toBe('posted');

  const page = await openDetail(people.author, posted.id);
  const panel = page.getByRole('region', { name: 'Cancel the opportunity' });
  await panel.getByRole('textbox').fill('The need went away.');
  await panel.getByRole('button', { name: 'Cancel the opportunity' }).click();
  await page
    .getByRole('alertdialog', { name: `Cancel ${posted.id}?` })
    .getByRole('button', { name: 'Yes, cancel it' })
    .click();
  await page.getByText(/Done: cancel/).waitFor();
  const record = (await server.storage.opportunities.get(posted.id))!;
  expect(record).toMatchObject({ state: 'cancelled', cancelReason: 'The need went away.' });
}, 90_000);
