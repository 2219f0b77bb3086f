import type { Browser, Page } from 'playwright-core';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { anApplication, anOpportunityIn } from '../support/storageHelpers';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
let record: Opportunity;
const pageErrors: string[] = [];
const addresses = ['ada@example.com', 'bob@example.com', 'carol@example.com'];
const confirmations: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  record = await anOpportunityIn(server.storage, 'posted', { fields: { titleEn: 'Notices' } });
  for (const email of addresses)
    confirmations.push(await anApplication(server.storage, record, { email }));
  // GC Notify refused one receipt for good, as the dispatcher records it.
  const [due] = await server.storage.notices.due(new Date(), 1);
  const claim = await server.storage.notices.claim(
    due!,
    'a dispatcher',
    new Date(Date.now() + 60_000),
  );
  expect(
    await server.storage.notices.failed(
      claim!,
      '400 BadRequestError: Can’t send to this recipient using a team-only API key',
      1,
    ),
  ).toBe(true);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

async function openDetail(
  person: Person,
  options: { lang?: 'en' | 'fr'; theme?: 'light' | 'dark' | 'contrast' } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(tabUrl(server, person, { ...options, view: `detail/${record.id}` }));
  return page;
}

test('the author sees what was sent, to how many, and the failure marked with its reason; notices are said to be queued, not sent', async () => {
  const page = await openDetail(people.author);
  const panel = page.getByRole('region', { name: 'Notices to suppliers' });
  await panel
    .getByText('Application received, 3 suppliers: 2 queued, 1 failed', { exact: true })
    .waitFor();
  await panel.getByText(/notices are queued and are not being sent/).waitFor();
  await panel.getByText('1 notice was not received by the supplier.', { exact: false }).waitFor();
  const failedRow = panel.getByRole('row').filter({ hasText: 'Failed' });
  await expect(failedRow.count()).resolves.toBe(1);
  await failedRow
    .getByText(
      'GC Notify refused it for good (400 BadRequestError: Can’t send to this recipient using a team-only API key); it will not be tried again, and the supplier did not get it.',
    )
    .waitFor();
  // Marked by more than its text: the row has the danger background.
  const background = (row: unknown) =>
    (
      globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
    ).getComputedStyle(row).backgroundColor;
  const [failedBackground, queuedBackground] = await Promise.all([
    failedRow.evaluate(background),
    panel.getByRole('row').filter({ hasText: 'Queued' }).last().evaluate(background),
  ]);
  expect(failedBackground).not.toBe(queuedBackground);
  // Before the award a receipt carries no time: when someone applied could name an applicant.
  await expect(panel.getByText('hidden until the award').count()).resolves.toBe(6);
  const html = await page.content();
  for (const text of [...addresses, ...confirmations]) expect(html).not.toContain(text);
  await shoot(page, 'notices-author');
});

test('the cardholder and procurement see it; a manager does not', async () => {
  for (const who of [people.cardholder, people.procurement]) {
    const page = await openDetail(who);
    await page
      .getByRole('region', { name: 'Notices to suppliers' })
      .getByText('Application received, 3 suppliers: 2 queued, 1 failed')
      .waitFor();
  }
  const manager = await openDetail(people.manager);
  await manager.getByRole('heading', { name: 'Timeline' }).waitFor();
  await expect(manager.getByRole('region', { name: 'Notices to suppliers' }).count()).resolves.toBe(
    0,
  );
});

test('in French', async () => {
  const page = await openDetail(people.author, { lang: 'fr' });
  const panel = page.getByRole('region', { name: 'Avis aux fournisseurs' });
  await panel
    .getByText('Candidature reçue, 3 fournisseurs\u00a0: 2 en attente, 1 en échec', { exact: true })
    .waitFor();
  await panel.getByText(/les avis sont mis en file d’attente et ne sont pas envoyés/).waitFor();
  await panel
    .getByText(/Notification GC l’a refusé définitivement \(400 BadRequestError/)
    .waitFor();
});

test.each(['light', 'dark', 'contrast'] as const)(
  'axe finds no WCAG 2.1 AA violation on the notices in English and French, %s theme',
  async (theme) => {
    const found: Record<string, string[]> = {};
    for (const lang of ['en', 'fr'] as const) {
      const page = await openDetail(people.author, { lang, theme });
      await page.getByRole('table').last().waitFor();
      found[lang] = await axeViolations(page);
      await shoot(page, `notices-${lang}-${theme}`);
    }
    expect(found).toEqual({ en: [], fr: [] });
  },
);
