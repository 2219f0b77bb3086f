import type { Page } from 'playwright-core';
import type { Person } from '../../domain/people';
import { createTabApi } from '../../server/api';
import { createApp, listen } from '../../server/app';
import { createLogger } from '../../runtime/logger';
import { people } from '../support/builders';
import { shoot, tabSuite, tabUrl } from './tabServer';

const suite = tabSuite();

async function openTab(person: Person, options: Parameters<typeof tabUrl>[2] = {}): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => suite.pageErrors.push(error.message));
  await page.goto(tabUrl(suite.server, person, options));
  return page;
}

/** Every field the bot would ask for, typed as a person would. */
async function fillCompleteDraft(page: Page): Promise<void> {
  const text: Array<[string, string]> = [
    ['Title (French)', 'Sélecteur de date accessible'],
    ['Short description (English)', 'Build an accessible date picker.'],
    ['Short description (French)', 'Créer un sélecteur de date accessible.'],
    ['Background (English)', 'Our forms need a date picker.'],
    ['Background (French)', 'Nos formulaires ont besoin d’un sélecteur de date.'],
    ['The work (English)', 'A React component with tests.'],
    ['The work (French)', 'Un composant React avec des tests.'],
    ['Skill 1 (English)', 'React'],
    ['Acceptance criterion 1 (English)', 'Passes axe checks'],
    ['Acceptance criterion 1 (French)', 'Réussit les tests axe'],
    ['Acceptance criterion 2 (English)', 'Picks a date'],
    ['Acceptance criterion 2 (French)', 'Choisit une date'],
    ['Acceptance criterion 3 (English)', 'No new npm audit finding'],
    ['Acceptance criterion 3 (French)', 'Aucune nouvelle alerte npm audit'],
    ['Evaluation criterion 1 (English)', 'Has shipped a React component'],
    ['Evaluation criterion 1 (French)', 'A livré un composant React'],
    ['Value', '8,690.00'],
    ['Closing date', '2030-01-15'],
    ['Closing time', '15:00'],
    ['Start date', '2030-01-20'],
    ['Delivery date', '2030-02-20'],
    ['Repository URL', 'https://github.com/example/date-picker'],
    ['Contact e-mail', 'team@example.gc.ca'],
    ['Fund centre', 'FC-1234'],
  ];
  // Criteria are typed one row each: two more rows for the three kinds.
  const addCriterion = page.getByRole('button', { name: 'Add an acceptance criterion' });
  await addCriterion.click();
  await addCriterion.click();
  for (const [label, value] of text) await page.getByLabel(label, { exact: true }).fill(value);
  for (const [n, kind] of [
    [1, 'quality'],
    [2, 'functional'],
    [3, 'security'],
  ] as const)
    await page.getByLabel(`Kind of acceptance criterion ${n}`, { exact: true }).selectOption(kind);
  await page.getByLabel('Value entered').selectOption('preTax');
  await page.getByLabel('Province or territory for tax').selectOption('NB');
  await page.getByLabel('Open-source licence').selectOption('MIT');
  await page.getByLabel('Cardholder').selectOption({ label: people.cardholder.name });
  await page.getByLabel('I attest that the work is unclassified.').check();
}

test('a client drafts and submits, the cardholder approves from the inbox, the manager sees the figures change', async () => {
  const manager = await openTab(people.manager);
  await expect(manager.getByTestId('committed').textContent()).resolves.toBe('$0.00');
  await shoot(manager, 'dashboard-before');

  const author = await openTab(people.author);
  await author.getByText('You have no opportunities yet').waitFor();
  await author.getByRole('button', { name: 'New draft' }).click();
  await author.getByRole('heading', { name: /Draft MA-\d{4}-\d{4} \(version 1\)/ }).waitFor();
  await author.getByLabel('Title (English)').fill('Accessible date picker');
  await author.getByRole('button', { name: 'Save draft' }).click();
  await author.getByText('Draft saved (version 2).').waitFor();

  // Submitting too early shows the same problems as the bot, beside the fields.
  await author.getByRole('button', { name: 'Submit for approval' }).click();
  await author.getByText(/fields need attention before you can submit/).waitFor();
  await expect(author.getByText('Title (French): required.').count()).resolves.toBeGreaterThan(0);
  await shoot(author, 'draft-problems');

  await fillCompleteDraft(author);
  await author.getByRole('button', { name: 'Submit for approval' }).click();
  await author.getByText('State: Awaiting funds (cardholder)').waitFor();
  await shoot(author, 'detail-submitted');

  const cardholder = await openTab(people.cardholder);
  await cardholder.getByRole('heading', { name: 'Approvals inbox' }).waitFor();
  await cardholder.getByRole('button', { name: 'Accessible date picker' }).click();
  await cardholder.getByLabel('Comment').fill('Funds reserved in FC-1234.');
  await cardholder.getByRole('button', { name: 'Approve funds' }).click();
  await cardholder.getByText(/Done: approve funds/).waitFor();
  await cardholder.getByText('Funds reserved in FC-1234.').waitFor();
  await shoot(cardholder, 'detail-approved');

  await manager.reload();
  await manager.getByTestId('committed').filter({ hasText: '$9,993.50' }).waitFor();
  await expect(manager.getByTestId('count-awaitingProcurement').textContent()).resolves.toMatch(
    /: 1$/,
  );
  await shoot(manager, 'dashboard-after');
}, 90_000);

test('two tabs on one draft: the later save is refused with who changed it, and nothing is overwritten', async () => {
  const created = await suite.server.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'Race' },
  });
  const id = (created.body.record as { id: string }).id;
  const first = await openTab(people.author, { view: `draft/${id}` });
  const second = await openTab(people.author, { view: `draft/${id}` });
  await first.getByLabel('Title (English)').fill('First wins');
  await second.getByLabel('Title (English)').fill('Second loses');
  await first.getByRole('button', { name: 'Save draft' }).click();
  await first.getByText('Draft saved (version 2).').waitFor();
  await second.getByRole('button', { name: 'Save draft' }).click();
  await second.getByText(/This draft changed since you opened it/).waitFor();
  await shoot(second, 'draft-stale');
  expect((await suite.server.storage.opportunities.get(id))?.fields.titleEn).toBe('First wins');
}, 30_000);

test('the French interface', async () => {
  const manager = await openTab(people.manager, { lang: 'fr' });
  await manager.getByRole('heading', { name: /^Exercice du/ }).waitFor();
  await manager.getByRole('button', { name: 'Toutes les occasions' }).waitFor();
  await shoot(manager, 'dashboard-fr');
  const author = await openTab(people.author, { lang: 'fr' });
  await author.getByRole('heading', { name: 'Mes occasions' }).waitFor();
  await author.getByRole('button', { name: 'Nouvelle ébauche' }).click();
  await author.getByRole('button', { name: 'Soumettre pour approbation' }).click();
  await author.getByText(/champs demandent votre attention/).waitFor();
  await expect(author.getByText('Titre (anglais) : obligatoire.').count()).resolves.toBeGreaterThan(
    0,
  );
  await shoot(author, 'draft-fr');
}, 30_000);

test('outside Teams against a production server there is no development mode', async () => {
  const logger = createLogger('silent');
  const api = createTabApi({
    storage: suite.server.storage,
    logger,
    mode: 'production',
    tabRoot: suite.server.tabRoot,
    auth: {
      ...suite.server.signer.auth,
      keys: { kind: 'remote', url: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' },
    },
  });
  const production = await listen(
    createApp({ storage: suite.server.storage, logger, routes: api.routes, mounts: api.mounts }),
    '127.0.0.1',
    0,
  );
  try {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => suite.pageErrors.push(error.message));
    await page.goto(`${production.url}/tab/?as=${people.manager.id}`);
    await page
      .getByText('Open this page from the Micro-Acquisition app in Microsoft Teams')
      .waitFor();
    await expect(page.getByText('Development mode: not in Teams').count()).resolves.toBe(0);
    await expect(page.getByRole('combobox').count()).resolves.toBe(0);
    await shoot(page, 'production-outside-teams');
    await context.close();
  } finally {
    await production.close();
  }
}, 30_000);
