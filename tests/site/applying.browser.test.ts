import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startApplyServer, type ApplyServer } from '../support/applyServer';
import { axeViolations, launchChromium, testOutput } from '../support/browser';

const shots = join(testOutput, 'apply');
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

async function open(
  path: string,
  javaScriptEnabled: boolean,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.siteUrl}/${path}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

const labels = {
  en: {
    name: 'Your name',
    email: 'E-mail address',
    answer: 'Your answer to statement 1',
    submit: 'Send my application',
    received: 'Application received',
    fix: 'Your application was not sent',
  },
  fr: {
    name: 'Votre nom',
    email: 'Adresse courriel',
    answer: 'Votre réponse à l’énoncé 1',
    submit: 'Envoyer ma candidature',
    received: 'Candidature reçue',
    fix: 'Votre candidature n’a pas été envoyée',
  },
} as const;

describe.each([
  ['en', false],
  ['fr', true],
  ['en', true],
  ['fr', false],
] as const)('applying in %s (JavaScript %s)', (locale, javaScript) => {
  const l = labels[locale];
  const tag = `${locale}-${javaScript ? 'js' : 'no-js'}`;

  test('a refused form comes back with the problems beside the fields and what was typed; then it goes through', async () => {
    const { page, problems } = await open(`${locale}/${server.record.id}.html`, javaScript);
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.getByLabel(l.name).fill(`Sam ${tag}`);
    await page.getByLabel(l.email).fill(`not-an-address-${tag}`);
    await page.getByLabel(l.answer).fill('I shipped <script>alert(1)</script> twice.');
    // Browsers check `required` and `type=email` themselves; the server must hold on its own too.
    await page
      .locator('form.application-form')
      .evaluate((form) => form.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');

    await expect(page.locator('.error-summary h3').textContent()).resolves.toContain(l.fix);
    expect(await page.locator('.error-summary li').count()).toBe(4);
    expect(await page.getByLabel(l.name).inputValue()).toBe(`Sam ${tag}`);
    expect(await page.getByLabel(l.answer).inputValue()).toBe(
      'I shipped <script>alert(1)</script> twice.',
    );
    await expect(page.locator(`#apply-email-error`).isVisible()).resolves.toBe(true);
    // The answer's problem names the field as its label does.
    await expect(page.locator('#apply-answer1-error').textContent()).resolves.toContain(
      `${l.answer}${locale === 'fr' ? '\u00a0' : ''}:`,
    );
    expect(await page.getByLabel(l.email).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.screenshot({ path: join(shots, `${tag}-refused.png`), fullPage: true });
    // The refused form stored nothing: the count is what the other runs left.
    const before = (await server.storage.applications.received(server.record.id)).length;
    expect(await server.storage.applications.identities(server.record.id)).toHaveProperty(
      'size',
      before,
    );

    await page.getByLabel(l.email).fill(`sam-${tag}@example.com`);
    await page.getByLabel(l.answer).fill('I shipped two accessible components, with tests.');
    await page.locator('#apply-eligible').check();
    await page.locator('#apply-terms').check();
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');

    await expect(page.locator('h1').first().textContent()).resolves.toBe(l.received);
    const number = (await page.locator('.confirmation-number').textContent())!;
    expect(number).toMatch(new RegExp(`^${server.record.id}-[0-9A-Z]{8}$`));
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.screenshot({ path: join(shots, `${tag}-received.png`), fullPage: true });
    expect((await server.storage.applications.received(server.record.id)).length).toBe(before + 1);
    const confirmation = number.slice(server.record.id.length + 1);
    const identity = await server.storage.applications.identity(server.record.id, confirmation);
    expect(identity).toMatchObject({ name: `Sam ${tag}`, email: `sam-${tag}@example.com` });
    // The refused form's own 400 is expected; nothing else may fail (a CSP refusal, a script error).
    expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
    await page.context().close();
  }, 60_000);
});
