import type { Browser } from 'playwright-core';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function guide(person: Person, theme: 'light' | 'dark' | 'contrast' = 'light', width = 1100) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(tabUrl(server, person, { theme, view: 'guide' }));
  await page.getByRole('heading', { name: 'Separation of duties' }).waitFor();
  return page;
}

test('a cardholder reads the cardholder part first; drafting is behind "What the other roles do"', async () => {
  const page = await guide(people.cardholder);
  await expect(page.getByRole('heading', { name: 'For cardholders' }).isVisible()).resolves.toBe(
    true,
  );
  const drafting = page.getByText(/^Draft the opportunity in both languages/);
  await expect(drafting.isVisible()).resolves.toBe(false);
  await page.getByText('What the other roles do').click();
  await drafting.waitFor();
  // Their own part comes before the rules, the others after.
  const order = await page
    .locator('h3')
    .allTextContents()
    .then((headings) => headings.slice(0, 2));
  expect(order).toEqual(['For cardholders', 'Separation of duties']);
  await page.context().close();
});

test('someone with several roles reads each of theirs in the order of the work; the other roles stay folded', async () => {
  const page = await guide(people.allRoles);
  await expect(page.locator('h3').allTextContents()).resolves.toEqual([
    'For clients (authors)',
    'For cardholders',
    'For procurement officers (CFOB)',
    'Separation of duties',
    'For managers',
    'For administrators',
  ]);
  await expect(page.getByText('For managers').isVisible()).resolves.toBe(false);
  await page.context().close();
});

test('someone without a role is told how to get one', async () => {
  const page = await guide(people.outsider);
  await page.getByText(/^You have no role yet/).waitFor();
  await page.context().close();
});

test.each(['light', 'dark', 'contrast'] as const)(
  'the guide at 400 px, %s theme, disclosure open: axe clean',
  async (theme) => {
    const page = await guide(people.manager, theme, 400);
    await page.getByText('What the other roles do').click();
    await page.getByRole('heading', { name: 'For clients (authors)' }).waitFor();
    // Every section's button inside the panel: the navigation wraps.
    const rights = await page
      .getByRole('navigation')
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(400);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `guide-manager-${theme}`);
    await page.context().close();
  },
  30_000,
);
