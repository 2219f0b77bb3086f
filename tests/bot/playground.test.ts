import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createBot } from '../../bot';
import { Background } from '../../server/background';
import { createApp, listen } from '../../server/app';
import { playgroundTenantId } from '../../server/config';
import { createLogger } from '../../server/logger';
import { readDevPeople } from '../../storage/devPeople';
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

  test('type new, fill the card, submit, and see the confirmation card', async () => {
    await page.goto(playground.url);
    const compose = page.locator('[data-lexical-editor=true][role=textbox]');
    await compose.click({ timeout: 20_000 });
    await page.keyboard.type('new');
    await page.keyboard.press('Enter');
    await textbox('Title (English)').waitFor({ timeout: 15_000 });

    const texts: Record<string, string> = {
      'Title (English)': 'Accessible date picker',
      'Title (French)': 'Sélecteur de date accessible',
      'Short description (English)': 'Build an accessible date picker.',
      'Short description (French)': 'Créer un sélecteur de date accessible.',
      'Background (English)': 'Our forms need one.',
      'Background (French)': 'Nos formulaires en ont besoin.',
      'The work (English)': 'A React component with tests.',
      'The work (French)': 'Un composant React avec des tests.',
      Skills: 'React',
      Value: '8,690.00',
      'Work acceptance criteria':
        'quality | Passes axe checks | Réussit les tests axe\nfunctional | Picks a date | Choisit une date\nsecurity | No new npm audit finding | Aucune nouvelle alerte npm audit',
      'Application evaluation criteria':
        'Has shipped a React component | A livré un composant React',
      'Repository URL': 'https://github.com/example/date-picker',
      'Contact e-mail': 'team@example.gc.ca',
      'Fund centre': 'FC-1234',
    };
    for (const [name, value] of Object.entries(texts)) await textbox(name).fill(value);
    for (const [name, option] of [
      ['Value entered', 'before tax'],
      ['Province or territory for tax', 'NB'],
      ['Open-source licence', 'MIT'],
      ['Cardholder', 'Megan Bowen'],
    ] as const) {
      await (await combobox(name)).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    }
    for (const [name, date] of [
      ['Closing date (Eastern time)', '1/15/2030'],
      ['Start date', '1/20/2030'],
      ['Delivery date', '2/20/2030'],
    ] as const) {
      const input = await combobox(name);
      await input.fill(date);
      await input.press('Enter');
      // Close the calendar if it opened: while it is open the rest of the page is hidden from assistive tech.
      await page.keyboard.press('Escape');
      expect(await input.inputValue()).toMatch(/20\d\d/);
    }
    await page
      .locator('input[type=checkbox][aria-label="The work is unclassified"]')
      .last()
      .check();
    await page.screenshot({ path: `${screenshots}/playground-draft.png`, fullPage: true });

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
