import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createBot } from '../../bot';
import { Background } from '../../runtime/background';
import { createApp, listen } from '../../server/app';
import { playgroundTenantId } from '../../server/botConfig';
import { createLogger } from '../../runtime/logger';
import { readDevPeople } from '../../storage/devPeople';
import { actorFromPerson } from '../../domain/people';
import type { Storage } from '../../storage/storage';
import { launchChromium, testOutput } from '../support/browser';
import { startPlayground, type Playground } from '../support/playground';
import { testStorage } from '../support/storage';

/**
 * The local Teams client against the running bot, in Chromium: Alex Wilber (the playground's
 * current user, a client in config/dev-people.json) drafts and submits an opportunity.
 */
describe('the Agents Playground in Chromium', () => {
  let storage: Storage;
  let server: { url: string; close(): Promise<void> };
  let playground: Playground;
  let browser: Browser;
  let background: Background;
  let page: Page;
  const screenshots = `${testOutput}/bot`;

  beforeAll(async () => {
    storage = await testStorage({ seed: await readDevPeople('config/dev-people.json') });
    const logger = createLogger('silent');
    background = new Background(createLogger('silent'));
    const bot = createBot({
      background,
      config: {
        appId: '',
        appType: 'SingleTenant',
        tenantId: playgroundTenantId,
        password: '',
        serviceUrlAllowlist: null,
        channels: null,
      },
      storage,
      logger,
      publicSiteUrl: 'http://127.0.0.1/opportunities',
    });
    server = await listen(
      createApp({ storage, logger, routes: [['POST /api/messages', bot.endpoint]] }),
      '127.0.0.1',
      0,
    );
    playground = await startPlayground(`${server.url}/api/messages`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
    mkdirSync(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await server?.close();
  });

  const textbox = (name: string) => page.getByRole('textbox', { name, exact: true }).last();
  const combobox = async (name: string) =>
    (await page.getByRole('combobox', { name }).last().elementHandle())!;

  test('type new, fill the short card, save, finish in the tab, submit from the card', async () => {
    await page.goto(playground.url);
    const compose = page.locator('[data-lexical-editor=true][role=textbox]');
    await compose.click({ timeout: 20_000 });
    await page.keyboard.type('new');
    await page.keyboard.press('Enter');
    await textbox('Title (English)').waitFor({ timeout: 15_000 });
    // The hints are text on the card, not placeholders that go away once typed.
    await page
      .getByText('A few words a supplier will recognize', { exact: false })
      .first()
      .waitFor();

    const texts: Record<string, string> = {
      'Title (English)': 'Accessible date picker',
      'Title (French)': 'Sélecteur de date accessible',
      'Short description (English)': 'Build an accessible date picker.',
      'Short description (French)': 'Créer un sélecteur de date accessible.',
    };
    for (const [name, value] of Object.entries(texts)) await textbox(name).fill(value);
    await (await combobox('Cardholder')).click();
    await page.getByRole('option', { name: 'Megan Bowen', exact: true }).click();
    await page.screenshot({ path: `${screenshots}/playground-draft.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save draft' }).last().click();
    await page
      .getByText('still to complete', { exact: false })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${screenshots}/playground-saved.png`, fullPage: true });
    await page.getByText('Finish in the tab', { exact: true }).last().waitFor({ timeout: 5_000 });

    // The tab finishes the draft (its own tests drive it); here, through storage as it would.
    const { items: drafts } = await storage.opportunities.list({ kind: 'all' });
    expect(drafts).toHaveLength(1);
    const draft = drafts[0]!;
    const author = (await storage.people.get(draft.authorId))!;
    const finished = await storage.opportunities.apply(
      draft.id,
      {
        kind: 'editDraft',
        changes: {
          backgroundEn: 'Our forms need one.',
          backgroundFr: 'Nos formulaires en ont besoin.',
          workEn: 'A React component with tests.',
          workFr: 'Un composant React avec des tests.',
          skills: [{ en: 'React', fr: 'React' }],
          amountCents: 869_000,
          amountBasis: 'preTax',
          province: 'NB',
          closingAt: '2030-01-15T19:00:00.000Z',
          startDate: '2030-01-20',
          deliveryDate: '2030-02-20',
          acceptanceCriteria: [
            { kind: 'quality', en: 'Passes axe checks', fr: 'Réussit les tests axe' },
            { kind: 'functional', en: 'Picks a date', fr: 'Choisit une date' },
            {
              kind: 'security',
              en: 'No new npm audit finding',
              fr: 'Aucune nouvelle alerte npm audit',
            },
          ],
          evaluationCriteria: [
            { en: 'Has shipped a React component', fr: 'A livré un composant React' },
          ],
          licence: 'MIT',
          repositoryUrl: 'https://github.com/example/date-picker',
          contactEmail: 'team@example.gc.ca',
          fundCentre: 'FC-1234',
          unclassified: true,
        },
      },
      actorFromPerson(author),
    );
    expect(finished.kind).toBe('applied');

    // Save on the card again: it now says the draft is complete and offers Submit.
    await page.getByRole('button', { name: 'Save draft' }).last().click();
    await page
      .getByText('Every field is filled in', { exact: false })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Submit for approval' }).last().click();
    const confirmation = page.getByText(
      'Megan Bowen has not opened the Micro-Acquisition app in Teams yet',
      { exact: false },
    );
    await confirmation.first().waitFor({ timeout: 15_000 });
    // The follow-up work (notifications, card updates) must not erase what the author was told.
    await background.idle();
    await page.waitForTimeout(500);
    await expect(confirmation.first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${screenshots}/playground-submitted.png`, fullPage: true });

    const { items } = await storage.opportunities.list({ kind: 'all' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      state: 'awaitingFunds',
      authorName: 'Alex Wilber',
      fields: {
        titleFr: 'Sélecteur de date accessible',
        amountCents: 869_000,
        province: 'NB',
        closingAt: '2030-01-15T19:00:00.000Z',
        startDate: '2030-01-20',
        cardholderId: '00000000-0000-0000-0000-0000000000021',
        unclassified: true,
      },
    });
    await expect(page.getByText('Awaiting funds (cardholder)').first().isVisible()).resolves.toBe(
      true,
    );
  }, 90_000);
});
