import type { Browser } from 'playwright-core';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { completeFields, people } from '../support/builders';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
let draftId: string;
let awaitingId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  const author = { kind: 'person' as const, ...people.author };
  const draft = await server.storage.opportunities.create(author, {
    titleEn: 'Half-written draft',
  });
  const ready = await server.storage.opportunities.create(author, completeFields());
  if (draft.kind !== 'applied' || ready.kind !== 'applied') throw new Error('fixtures not created');
  draftId = draft.record.id;
  awaitingId = ready.record.id;
  await server.storage.opportunities.apply(awaitingId, { kind: 'submit' }, author);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every view, as the person who normally sees it, and text that says it has finished loading. */
const views = () =>
  [
    ['mine', people.author, 'mine', 'Half-written draft'],
    ['draft', people.author, `draft/${draftId}`, 'Save draft'],
    ['draft-problems', people.author, `draft/${draftId}`, 'Submit for approval'],
    ['detail', people.author, `detail/${awaitingId}`, 'Timeline'],
    ['inbox', people.cardholder, 'inbox', 'Accessible date picker'],
    ['decide', people.cardholder, `detail/${awaitingId}`, 'Your decision'],
    ['dashboard', people.manager, 'dashboard', 'Time in each stage'],
    ['all', people.manager, 'all', 'Accessible date picker'],
    ['guide', people.author, 'guide', 'Separation of duties'],
    ['empty-inbox', people.otherCardholder, 'inbox', 'Nothing waits for you'],
  ] as const;

test.each(['light', 'dark', 'contrast'] as const)(
  'axe finds no WCAG 2.1 AA violation on any view, %s theme',
  async (theme) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const found: Record<string, string[]> = {};
    for (const [name, person, view, ready] of views()) {
      await page.goto(tabUrl(server, person, { theme, view }));
      await page.getByText(ready, { exact: false }).first().waitFor();
      if (name === 'draft-problems') {
        await page.getByRole('button', { name: 'Submit for approval' }).click();
        await page.getByText(/fields need attention/).waitFor();
      }
      found[name] = await axeViolations(page);
      await shoot(page, `${name}-${theme}`);
    }
    expect(found).toEqual(Object.fromEntries(views().map(([name]) => [name, []])));
    expect(errors).toEqual([]);
    await context.close();
  },
  90_000,
);
