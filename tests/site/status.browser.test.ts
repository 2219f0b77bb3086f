import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { otherLocale } from '../../domain/locale';
import { startApplyServer, type ApplyServer } from '../support/applyServer';
import { axeViolations, launchChromium, testOutput } from '../support/browser';
import { anApplication } from '../support/storageHelpers';

const shots = join(testOutput, 'status');
let server: ApplyServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startApplyServer();
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const labels = {
  en: {
    title: 'Your application’s status',
    number: 'Confirmation number',
    email: 'E-mail address',
    submit: 'Show the status',
    notFound: 'We found no application',
    received: 'Received',
    confirm: 'Yes, withdraw my application',
    withdraw: 'Withdraw my application',
    withdrawn: 'Application withdrawn',
    toggle: 'Français',
  },
  fr: {
    title: 'État de votre candidature',
    number: 'Numéro de confirmation',
    email: 'Adresse courriel',
    submit: 'Afficher l’état',
    notFound: 'Nous n’avons trouvé aucune candidature',
    received: 'Reçue',
    confirm: 'Oui, retirer ma candidature',
    withdraw: 'Retirer ma candidature',
    withdrawn: 'Candidature retirée',
    toggle: 'English',
  },
} as const;

describe.each([
  ['en', true],
  ['fr', false],
  ['fr', true],
  ['en', false],
] as const)('the status page in %s (JavaScript %s)', (locale, javaScript) => {
  const l = labels[locale];
  const tag = `${locale}-${javaScript ? 'js' : 'no-js'}`;

  test('look up a wrong pair, then the right one, then withdraw: every page accessible', async () => {
    const email = `sam-${tag}@example.com`;
    const confirmation = await anApplication(server.storage, server.record, { email });
    const number = `${server.record.id}-${confirmation}`;
    const context = await browser.newContext({
      javaScriptEnabled: javaScript,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.statusUrl}/${locale}`, { waitUntil: 'networkidle' });
    await expect(page.locator('h1').first().textContent()).resolves.toBe(l.title);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    const other = otherLocale(locale);
    expect(
      await page.locator(`.plain-header__toggle a[hreflang="${other}"]`).getAttribute('href'),
    ).toBe(`${server.statusUrl}/${other}`);
    expect(await axeViolations(page, javaScript)).toEqual([]);

    await page.getByLabel(l.number).fill(number);
    await page.getByLabel(l.email).fill(`someone-else-${tag}@example.com`);
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(l.notFound);
    expect(await page.getByLabel(l.number).inputValue()).toBe(number);
    expect(await axeViolations(page, javaScript)).toEqual([]);

    await page.getByLabel(l.email).fill(email);
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first().textContent()).resolves.toContain(number);
    await expect(page.locator('.status-summary').textContent()).resolves.toContain(l.received);
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.screenshot({ path: join(shots, `${tag}-status.png`), fullPage: true });

    await page.getByLabel(l.confirm).check();
    await page.getByRole('button', { name: l.withdraw }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first().textContent()).resolves.toBe(l.withdrawn);
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.screenshot({ path: join(shots, `${tag}-withdrawn.png`), fullPage: true });
    const status = await server.storage.applicationStatus.status(number, email);
    expect(status?.standing).toBe('withdrawn');
    // The wrong pair's own 404 is expected; nothing else may fail (a CSP refusal, a script error).
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
    await context.close();
  }, 60_000);
});
