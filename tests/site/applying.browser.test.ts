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
    next: 'What happens next',
    fix: 'Your application was not sent',
  },
  fr: {
    name: 'Votre nom',
    email: 'Adresse courriel',
    answer: 'Votre réponse à l’énoncé 1',
    submit: 'Envoyer ma candidature',
    received: 'Candidature reçue',
    next: 'Prochaines étapes',
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
    // What happens next, step by step, under its own heading (read with the page's axe check).
    await expect(page.getByRole('heading', { name: l.next }).isVisible()).resolves.toBe(true);
    expect(await page.locator('ol.next-steps li').count()).toBe(6);
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

const counting = {
  en: {
    none: 'Words: 0 of 300',
    three: 'Words: 3 of 300',
    over: 'Words: 302 of 300, 2 too many. Shorten this answer to send it.',
    overSaid: 'Your answer to statement 1: more than 300 words.',
    backSaid: 'Your answer to statement 1: 300 words or fewer again.',
    hint: 'At most 300 words.',
    refused: 'Your answer to statement 1: at most 300 words.',
  },
  fr: {
    none: 'Mots\u00a0: 0 sur 300',
    three: 'Mots\u00a0: 3 sur 300',
    over: 'Mots\u00a0: 302 sur 300, 2 de trop. Raccourcissez cette réponse pour pouvoir l’envoyer.',
    overSaid: 'Votre réponse à l’énoncé 1\u00a0: plus de 300 mots.',
    backSaid: 'Votre réponse à l’énoncé 1\u00a0: de nouveau 300 mots ou moins.',
    hint: 'Au plus 300 mots.',
    refused: 'Votre réponse à l’énoncé 1\u00a0: au plus 300 mots.',
  },
} as const;

const wordsOf = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe.each(['en', 'fr'] as const)('the word count under each answer (%s)', (locale) => {
  const c = counting[locale];
  const l = labels[locale];

  test('with script: counted as the server counts, part of the description, spoken only when crossing the limit', async () => {
    const { page, problems } = await open(`${locale}/${server.record.id}.html`, true);
    const answer = page.getByLabel(l.answer);
    const count = page.locator('#apply-answer1-count');
    const said = page.locator('#apply-answer1-count-said');
    await expect(count.textContent()).resolves.toBe(c.none);
    // Every answer has its own count, read with the field's description when it is focused.
    expect(await page.locator('textarea[data-max-words]').count()).toBe(
      await page.locator('.word-count').count(),
    );
    expect((await answer.getAttribute('aria-describedby'))!.split(' ')).toContain(
      'apply-answer1-count',
    );
    expect(await said.getAttribute('aria-live')).toBe('polite');
    // Count the times the live region changes: it must not speak on every keystroke.
    await page.evaluate(`{
      window.spoken = [];
      const said = document.querySelector('#apply-answer1-count-said');
      new MutationObserver(() => window.spoken.push(said.textContent)).observe(said, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    }`);
    const spoken = () => page.evaluate('window.spoken') as Promise<string[]>;
    const shows = (n: number) => count.filter({ hasText: new RegExp(`\\b${n} `) }).waitFor();

    await answer.fill('  one\ttwo\n three ');
    await expect(count.textContent()).resolves.toBe(c.three);
    await answer.fill(wordsOf(299));
    await shows(299);
    await answer.press('End');
    await answer.pressSequentially(' x y');
    await shows(301);
    await answer.pressSequentially(' z');
    await expect(count.textContent()).resolves.toBe(c.over);
    expect(await count.getAttribute('class')).toContain('word-count--over');
    expect(await spoken()).toEqual([c.overSaid]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, `${locale}-word-count-over.png`), fullPage: true });

    await answer.fill(wordsOf(12));
    await shows(12);
    expect(await count.getAttribute('class')).not.toContain('word-count--over');
    expect(await spoken()).toEqual([c.overSaid, c.backSaid]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  test('without script: the hint states the limit and the server refuses a longer answer beside its field', async () => {
    const { page } = await open(`${locale}/${server.record.id}.html`, false);
    expect(await page.locator('.word-count').count()).toBe(0);
    await expect(page.locator('#apply-answer1-hint').textContent()).resolves.toContain(c.hint);
    await page.getByLabel(l.answer).fill(wordsOf(301));
    await page
      .locator('form.application-form')
      .evaluate((form) => form.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: l.submit }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#apply-answer1-error').textContent()).resolves.toContain(c.refused);
    expect(await page.getByLabel(l.answer).inputValue()).toBe(wordsOf(301));
    await page.context().close();
  }, 60_000);
});

describe.each([
  ['en', true],
  ['fr', false],
] as const)('the Apply link on a phone (%s, JavaScript %s)', (locale, javaScriptEnabled) => {
  test('from the key facts, the link brings the application form into view', async () => {
    const context = await browser.newContext({
      javaScriptEnabled,
      viewport: { width: 375, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(`${server.siteUrl}/${locale}/${server.record.id}.html`, {
      waitUntil: 'networkidle',
    });
    const link = page.locator('p.apply-link a');
    const form = page.locator('form.application-form');
    // Before: the link is on the first screens, the form far below them.
    expect((await link.boundingBox())!.y).toBeLessThan(2 * 740);
    expect((await form.boundingBox())!.y).toBeGreaterThan(3 * 740);
    await expect(link.getAttribute('href')).resolves.toBe('#apply');
    await link.click();
    await page.waitForFunction('location.hash === "#apply"');
    const section = (await page.locator('#apply').boundingBox())!;
    // After: the form's section starts within the screen.
    expect(section.y).toBeGreaterThanOrEqual(-1);
    expect(section.y).toBeLessThan(740);
    expect(await axeViolations(page, javaScriptEnabled)).toEqual([]);
    await context.close();
  }, 60_000);
});
