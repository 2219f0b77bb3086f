import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startApplyServer, type ApplyServer } from '../support/applyServer';
import { axeViolations, launchChromium, testOutput } from '../support/browser';

const shots = join(testOutput, 'ask');
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
    question: 'Your question',
    email: 'Your e-mail',
    submit: 'Send my question',
    received: 'Question received',
    fix: 'Your question was not sent',
  },
  fr: {
    question: 'Votre question',
    email: 'Votre courriel',
    submit: 'Envoyer ma question',
    received: 'Question reçue',
    fix: 'Votre question n’a pas été envoyée',
  },
} as const;

describe.each([
  ['en', true],
  ['fr', true],
  ['en', false],
  ['fr', false],
] as const)('asking in %s (JavaScript %s)', (locale, javaScript) => {
  const l = labels[locale];
  const tag = `${locale}-${javaScript ? 'js' : 'no-js'}`;

  test('a refused question comes back with its problems and what was typed; then it goes through', async () => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    await page.goto(`${server.siteUrl}/${locale}/${server.record.id}.html`, {
      waitUntil: 'networkidle',
    });
    expect(await axeViolations(page, javaScript)).toEqual([]);
    const before = (await server.storage.questions.received(server.record.id)).length;

    await page.getByLabel(l.question).fill(`Is <script>alert(1)</script> fine? ${tag}`);
    await page.getByLabel(l.email).fill('not an address');
    await page
      .locator('form.question-form')
      .evaluate((form) => form.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.error-summary h3').textContent()).resolves.toContain(l.fix);
    expect(await page.locator('.error-summary li').count()).toBe(2);
    expect(await page.getByLabel(l.question).inputValue()).toBe(
      `Is <script>alert(1)</script> fine? ${tag}`,
    );
    expect(await page.getByLabel(l.email).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.screenshot({ path: join(shots, `${tag}-refused.png`), fullPage: true });
    expect((await server.storage.questions.received(server.record.id)).length).toBe(before);

    await page.getByLabel(l.question).fill(`May the work use Python 3.12? ${tag}`);
    await page.getByLabel(l.email).fill(`robin-${tag}@example.com`);
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first().textContent()).resolves.toBe(l.received);
    expect(await axeViolations(page, javaScript)).toEqual([]);
    await page.screenshot({ path: join(shots, `${tag}-received.png`), fullPage: true });
    const asked = await server.storage.questions.received(server.record.id);
    expect(asked.filter((q) => q.question === `May the work use Python 3.12? ${tag}`)).toEqual([
      expect.objectContaining({ language: locale }),
    ]);
    expect(asked).toHaveLength(before + 1);
    // The refused form's own 400 is expected; nothing else may fail (a CSP refusal, a script error).
    expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 60_000);
});
