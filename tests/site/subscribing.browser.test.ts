import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startApplyServer, type ApplyServer } from '../support/applyServer';
import { axeViolations, launchChromium, testOutput } from '../support/browser';

const shots = join(testOutput, 'subscribe');
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
    title: 'Get new opportunities by e-mail',
    email: 'E-mail address',
    keywords: 'Keywords (optional)',
    french: 'French',
    submit: 'Subscribe',
    fix: 'The subscription was not saved',
    sent: 'Check your e-mail',
    confirm: 'Confirm my subscription',
    confirmed: 'You are subscribed',
    unsubscribe: 'Unsubscribe',
    unsubscribed: 'You are unsubscribed',
  },
  fr: {
    title: 'Recevoir les nouvelles occasions par courriel',
    email: 'Adresse courriel',
    keywords: 'Mots clés (facultatif)',
    french: 'Français',
    submit: 'M’abonner',
    fix: 'L’abonnement n’a pas été enregistré',
    sent: 'Consultez vos courriels',
    confirm: 'Confirmer mon abonnement',
    confirmed: 'Votre abonnement est confirmé',
    unsubscribe: 'Me désabonner',
    unsubscribed: 'Votre abonnement est annulé',
  },
} as const;

/** The link of a kind in the last e-mail queued to `email`. */
async function linkTo(email: string, step: 'confirm' | 'unsubscribe'): Promise<string> {
  const bodies: string[] = [];
  for await (const row of server.storage.tables.clients.subscribers.listEntities()) {
    const partition = String(row.partitionKey);
    for (const notice of await server.storage.notices.forOpportunity(partition))
      if (notice.message.to === email) bodies.push(notice.message.body);
  }
  const match = new RegExp(`${server.subscribeUrl}/\\w\\w/${step}\\?s=\\w+&t=[\\w-]+`).exec(
    bodies.join('\n'),
  );
  if (!match) throw new Error(`no ${step} link to ${email}`);
  return match[0];
}

describe.each([
  ['en', true],
  ['fr', true],
  ['en', false],
  ['fr', false],
] as const)('subscribing in %s (JavaScript %s)', (locale, javaScript) => {
  const l = labels[locale];
  const tag = `${locale}-${javaScript ? 'js' : 'no-js'}`;

  test('from the list of opportunities to a confirmed subscription, and out again', async () => {
    const email = `kim-${tag}@example.com`;
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));

    // The list's first page links to the form, in its language.
    await page.goto(`${server.siteUrl}/${locale}/index.html`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: l.title }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').textContent()).resolves.toBe(l.title);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await axeViolations(page, javaScript)).toEqual([]);

    // A refused form comes back with its problem beside the field and what was typed.
    await page.getByLabel(l.email).fill('not an address');
    await page.getByLabel(l.keywords).fill('<b>Python</b>, React');
    await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.error-summary h3').textContent()).resolves.toContain(l.fix);
    expect(await page.getByLabel(l.keywords).inputValue()).toBe('<b>Python</b>, React');
    expect(await axeViolations(page, javaScript)).toEqual([]);

    await page.getByLabel(l.email).fill(email);
    await page.getByLabel(l.keywords).fill('Python, React');
    await page.getByLabel(l.french, { exact: true }).check();
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').textContent()).resolves.toBe(l.sent);
    expect(await axeViolations(page, javaScript)).toEqual([]);

    // The e-mail's link, in the language chosen for the e-mails, opens a page with one button.
    const confirm = await linkTo(email, 'confirm');
    expect(confirm).toContain('/fr/confirm');
    await page.goto(confirm.replace('/fr/', `/${locale}/`), { waitUntil: 'networkidle' });
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.getByRole('button', { name: l.confirm }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').textContent()).resolves.toBe(l.confirmed);
    await expect(page.locator('main').textContent()).resolves.toContain('python, react');
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.screenshot({ path: join(shots, `${tag}-confirmed.png`), fullPage: true });

    await page.goto((await linkTo(email, 'unsubscribe')).replace('/fr/', `/${locale}/`), {
      waitUntil: 'networkidle',
    });
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.getByRole('button', { name: l.unsubscribe }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').textContent()).resolves.toBe(l.unsubscribed);
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await expect(linkTo(email, 'confirm')).rejects.toThrow('no confirm link');

    // The refused form's own 400 is expected; nothing else may fail (a CSP refusal, a script error).
    expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 60_000);
});
