import type { Browser } from 'playwright-core';
import { cardGallery } from '../../bot/cards/gallery';
import { launchChromium } from '../support/browser';
import { startApiServer, type ApiServer } from './apiServer';

/** The development card gallery, over real HTTP from the development server, in Chromium. */
let api: ApiServer;
let browser: Browser;

beforeAll(async () => {
  api = await startApiServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

test('the gallery serves every card with sample data and renders them in the chosen theme and width', async () => {
  const data = await api.call('GET', '/dev/cards/cards.json');
  expect(data.status).toBe(200);
  expect((data.body.cards as unknown[]).length).toBe(cardGallery().length);
  expect(Object.keys(data.body.hostConfigs as object)).toEqual(['light', 'dark', 'highContrast']);

  const page = await browser.newPage();
  try {
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    // The browser's own request for /favicon.ico is not the gallery's.
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(r.url());
    });
    await page.goto(`${api.url}/dev/cards`);
    const first = page.locator('#card-en-welcome');
    await first.waitFor();
    expect(await page.locator('#cards .ac-adaptiveCard').count()).toBeGreaterThan(
      cardGallery().length,
    );
    expect(await first.evaluate((e) => e.getBoundingClientRect().width)).toBe(360);
    await page.selectOption('#theme', 'dark');
    await page.selectOption('#width', '560');
    await page.locator('#cards.theme-dark #card-fr-payment').waitFor();
    expect(
      await page.locator('#card-fr-payment').evaluate((e) => e.getBoundingClientRect().width),
    ).toBe(560);
    await page.selectOption('#locale', 'fr');
    await page.locator('#card-en-welcome').waitFor({ state: 'detached' });
    expect(failed).toEqual([]);
  } finally {
    await page.close();
  }
});

test('the gallery answers only this machine, like the other development routes', async () => {
  for (const path of ['/dev/cards', '/dev/cards/cards.json', '/dev/cards/adaptivecards.js']) {
    const proxied = await api.call('GET', path, { headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect({ path, status: proxied.status }).toEqual({ path, status: 403 });
  }
});
