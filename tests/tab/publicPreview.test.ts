import type { Page } from 'playwright-core';
import type { Person } from '../../domain/people';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { axeViolations, shoot, tabSuite, tabUrl } from './tabServer';

/**
 * The public page's preview where the cardholder and the procurement officer decide (issue 19):
 * collapsed until asked for, in either language, in a frame that runs nothing.
 */
const suite = tabSuite();

async function openDetail(
  person: Person,
  id: string,
  options: { lang?: 'en' | 'fr'; theme?: 'light' | 'dark' | 'contrast'; width?: number } = {},
): Promise<Page> {
  const context = await suite.browser.newContext({
    viewport: { width: options.width ?? 1100, height: 800 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => suite.pageErrors.push(error.message));
  await page.goto(tabUrl(suite.server, person, { ...options, view: `detail/${id}` }));
  return page;
}

const hostile = {
  titleEn: 'Accessible date picker <img src=x onerror="document.title=1">',
  titleFr: 'Sélecteur de date accessible',
};

test('the cardholder opens the preview and reads the public page in English then French, nothing run', async () => {
  const waiting = await anOpportunityIn(suite.server.storage, 'awaitingFunds', { fields: hostile });
  const page = await openDetail(people.cardholder, waiting.id);
  const summary = page.getByText('Preview the public page', { exact: true });
  await summary.waitFor();
  // Collapsed: no frame until asked for.
  await expect(page.locator('iframe').count()).resolves.toBe(0);
  // Axe on the view; not with the sandboxed frame open (axe's injection into it hangs at times).
  expect(await axeViolations(page)).toEqual([]);
  await summary.click();
  const english = page.getByTitle('Preview of the public page: English page');
  await english.waitFor();
  await expect(english.getAttribute('sandbox')).resolves.toBe('');
  const frame = page.frameLocator('iframe[title="Preview of the public page: English page"]');
  await frame.getByRole('heading', { level: 1, name: /Accessible date picker/ }).waitFor();
  await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('en');
  await frame.getByText(waiting.id, { exact: true }).first().waitFor();
  // The author's markup is text on the page, never an element.
  await expect(frame.locator('h1 img').count()).resolves.toBe(0);
  await shoot(page, 'preview-funds-en');

  await page.getByRole('radio', { name: 'French page' }).check();
  const french = page.frameLocator('iframe[title="Preview of the public page: French page"]');
  await french.getByRole('heading', { level: 1, name: 'Sélecteur de date accessible' }).waitFor();
  await expect(french.locator('html').getAttribute('lang')).resolves.toBe('fr');
  await page.context().close();
}, 60_000);

test('the procurement officer previews in French at a 400-px side panel, in every theme', async () => {
  const waiting = await anOpportunityIn(suite.server.storage, 'awaitingProcurement', {
    fields: hostile,
  });
  const width = 400;
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    const page = await openDetail(people.procurement, waiting.id, { lang: 'fr', theme, width });
    await page.getByText('Aperçu de la page publique', { exact: true }).click();
    // The tab in French previews the French page first.
    const frame = page.frameLocator(
      'iframe[title="Aperçu de la page publique\u00a0: Page en français"]',
    );
    await frame.getByRole('heading', { level: 1, name: 'Sélecteur de date accessible' }).waitFor();
    await expect(
      page.evaluate(() => {
        const d = (
          globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }
        ).document;
        return d.documentElement.scrollWidth;
      }),
    ).resolves.toBeLessThanOrEqual(width);
    await shoot(page, `preview-posting-fr-${theme}-${width}`);
    await page.context().close();
  }
}, 180_000);

test('the author, who does not decide, is not offered the preview', async () => {
  const waiting = await anOpportunityIn(suite.server.storage, 'awaitingFunds');
  const page = await openDetail(people.author, waiting.id);
  await page.getByRole('heading', { name: new RegExp(waiting.id) }).waitFor();
  await expect(page.getByText('Preview the public page', { exact: true }).count()).resolves.toBe(0);
  await page.context().close();
}, 60_000);

test('the preview page itself, forms and all, has no accessibility violation in either language', async () => {
  const open = await anOpportunityIn(suite.server.storage, 'awaitingProcurement', {
    fields: hostile,
  });
  // Opened as the frame opens it, but as a page of its own: axe does not run inside the sandbox.
  const context = await suite.browser.newContext({
    bypassCSP: true,
    extraHTTPHeaders: {
      authorization: `Bearer ${await suite.server.signer.sign(people.procurement.id)}`,
    },
  });
  const page = await context.newPage();
  for (const lang of ['en', 'fr'] as const) {
    await page.goto(`${suite.server.url}/api/opportunities/${open.id}/preview?lang=${lang}`);
    await page.locator(`form[action$="/${lang}/${open.id}"]`).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }
  await context.close();
}, 60_000);
