import type { Browser, Page } from 'playwright-core';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer & { tabRoot: string };
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  // The program's posting period, so a closing can be too soon (other tab tests post at once).
  [server, browser] = await Promise.all([
    startTabServer({ minPostingBusinessDays: 5 }),
    launchChromium(),
  ]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

async function aDraft(fields: Record<string, unknown> = {}): Promise<string> {
  const created = await server.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'One row per item', ...fields },
  });
  return (created.body.record as { id: string }).id;
}

async function openDraft(
  id: string,
  options: { width?: number; lang?: Locale; theme?: 'light' | 'dark' | 'contrast' } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(
    tabUrl(server, people.author, {
      lang: options.lang,
      theme: options.theme,
      view: `draft/${id}`,
    }),
  );
  await page.getByRole('heading', { name: new RegExp(id) }).waitFor();
  return page;
}

const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });

test('skills are added and removed one row at a time, and every other row keeps what was typed', async () => {
  const id = await aDraft();
  const page = await openDraft(id);
  // A new draft offers one empty row to type in.
  await expect(page.getByTestId('row-skills').count()).resolves.toBe(1);
  await field(page, 'Skill 1 (English)').fill('TypeScript');
  await page.getByRole('button', { name: 'Add a skill' }).click();
  // The new row takes the keyboard: what is typed next lands in it.
  await page.keyboard.type('Accessibility');
  await expect(field(page, 'Skill 2 (English)').inputValue()).resolves.toBe('Accessibility');
  await field(page, 'Skill 2 (French)').fill('Accessibilité');
  await page.getByRole('button', { name: 'Add a skill' }).click();
  await field(page, 'Skill 3 (English)').fill('Playwright');

  // Removing the middle row leaves the others as typed, renumbered.
  await page.getByRole('button', { name: 'Remove skill 2' }).click();
  await expect(page.getByTestId('row-skills').count()).resolves.toBe(2);
  await expect(field(page, 'Skill 1 (English)').inputValue()).resolves.toBe('TypeScript');
  await expect(field(page, 'Skill 2 (English)').inputValue()).resolves.toBe('Playwright');
  await expect(field(page, 'Skill 2 (French)').inputValue()).resolves.toBe('');

  // Criteria rows: the kind is a choice, English and French side by side.
  await field(page, 'Kind of acceptance criterion 1').selectOption('quality');
  await field(page, 'Acceptance criterion 1 (English)').fill('Passes axe checks');
  await field(page, 'Acceptance criterion 1 (French)').fill('Réussit les tests axe');
  await page.getByRole('button', { name: 'Add an acceptance criterion' }).click();
  await field(page, 'Kind of acceptance criterion 2').selectOption('security');
  await field(page, 'Acceptance criterion 2 (English)').fill('No new audit finding');
  await field(page, 'Acceptance criterion 2 (French)').fill('Aucune nouvelle alerte');
  await field(page, 'Evaluation criterion 1 (English)').fill('Has shipped a component');
  await field(page, 'Evaluation criterion 1 (French)').fill('A livré un composant');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByText('Draft saved (version 2).').waitFor();

  const stored = (await server.storage.opportunities.get(id))!.fields;
  // A skill whose French is left empty has the same name in both languages.
  expect(stored.skills).toEqual([
    { en: 'TypeScript', fr: 'TypeScript' },
    { en: 'Playwright', fr: 'Playwright' },
  ]);
  expect(stored.acceptanceCriteria).toEqual([
    { kind: 'quality', en: 'Passes axe checks', fr: 'Réussit les tests axe' },
    { kind: 'security', en: 'No new audit finding', fr: 'Aucune nouvelle alerte' },
  ]);
  expect(stored.evaluationCriteria).toEqual([
    { en: 'Has shipped a component', fr: 'A livré un composant' },
  ]);

  // Reopened, the rows come back as saved.
  await page.reload();
  await expect(field(page, 'Skill 2 (English)').inputValue()).resolves.toBe('Playwright');
  await expect(field(page, 'Kind of acceptance criterion 2').inputValue()).resolves.toBe(
    'security',
  );
  await shoot(page, 'draft-rows');
}, 60_000);

test('a bad row saves every other row and field, keeps its text, and says beside it what is wrong', async () => {
  const id = await aDraft();
  const page = await openDraft(id);
  await field(page, 'Title (French)').fill('Une rangée par élément');
  await field(page, 'Kind of acceptance criterion 1').selectOption('functional');
  await field(page, 'Acceptance criterion 1 (English)').fill('Picks a date');
  await field(page, 'Acceptance criterion 1 (French)').fill('Choisit une date');
  await page.getByRole('button', { name: 'Add an acceptance criterion' }).click();
  // No kind chosen: this row cannot be saved yet.
  await field(page, 'Acceptance criterion 2 (English)').fill('Passes axe checks');
  await field(page, 'Acceptance criterion 2 (French)').fill('Réussit les tests axe');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByText(/Saved everything that reads correctly\. 1 field needs attention/).waitFor();

  const row = page.getByTestId('row-acceptanceCriteria').nth(1);
  await row
    .getByText('Work acceptance criteria, item 2, type: not one of the allowed choices.')
    .waitFor();
  // The good row carries no problem; the bad one keeps its text.
  await expect(
    page
      .getByTestId('row-acceptanceCriteria')
      .nth(0)
      .getByText(/not one of/)
      .count(),
  ).resolves.toBe(0);
  await expect(field(page, 'Acceptance criterion 2 (English)').inputValue()).resolves.toBe(
    'Passes axe checks',
  );
  // Required fields wait for Submit.
  await expect(page.getByText('Short description (English): required.').count()).resolves.toBe(0);
  await shoot(page, 'draft-rows-bad-row');

  const stored = (await server.storage.opportunities.get(id))!.fields;
  expect(stored.titleFr).toBe('Une rangée par élément');
  expect(stored.acceptanceCriteria).toEqual([
    { kind: 'functional', en: 'Picks a date', fr: 'Choisit une date' },
  ]);

  // Choosing the kind saves the row too.
  await field(page, 'Kind of acceptance criterion 2').selectOption('quality');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByText('Draft saved (version 3).').waitFor();
  expect((await server.storage.opportunities.get(id))!.fields.acceptanceCriteria).toHaveLength(2);
}, 60_000);

test('Submit puts a missing French beside its own row, even after an empty row', async () => {
  const id = await aDraft();
  const page = await openDraft(id);
  await page.getByRole('button', { name: 'Add an evaluation criterion' }).click();
  // Row 1 stays empty (left out); row 2 has English only. Saved, it is the list's first item, yet
  // the problem names the row the person sees.
  await field(page, 'Evaluation criterion 2 (English)').fill('Has shipped a component');
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  const second = page.getByTestId('row-evaluationCriteria').nth(1);
  await second.getByText(/Application evaluation criteria, item 2, French: required/).waitFor();
  await expect(
    page
      .getByTestId('row-evaluationCriteria')
      .nth(0)
      .getByText(/required/)
      .count(),
  ).resolves.toBe(0);
}, 60_000);

const sections: Record<Locale, string[]> = {
  en: ['Describe', 'The work', 'Criteria', 'Money', 'Dates', 'Approvals'],
  fr: ['Description', 'Le travail', 'Critères', 'Argent', 'Dates', 'Approbations'],
};

test.each([['en' as const], ['fr' as const]])(
  'the editor is in sections, in writing order, each named by its heading (%s)',
  async (lang) => {
    const page = await openDraft(await aDraft(), { lang });
    const headings = await page.locator('form section > h3').allTextContents();
    expect(headings).toEqual(sections[lang]);
    expect(sections[lang]).toEqual(
      (
        [
          'tab.section.describe',
          'tab.section.work',
          'tab.section.criteria',
          'money.heading',
          'tab.section.dates',
          'tab.section.approvals',
        ] as const
      ).map((key) => t(lang, key)),
    );
    // Each section is a region named by its heading, and holds its own fields.
    const dates = page.getByRole('region', { name: sections[lang][4] });
    await dates.getByLabel(t(lang, 'tab.field.closingDate'), { exact: true }).waitFor();
    const work = page.getByRole('region', { name: sections[lang][1] });
    await expect(work.getByTestId('rows-skills').count()).resolves.toBe(1);
  },
  60_000,
);

test('a closing sooner than the minimum posting period is said beside the date before Submit', async () => {
  const id = await aDraft();
  // The draft's view carries the period as the server counts it (holidays stay on the server).
  const view = await server.call('GET', `/api/opportunities/${id}`, { as: people.author });
  expect(view.body.postingPeriod).toMatchObject({ days: 5 });
  const page = await openDraft(id);
  const closing = field(page, 'Closing date');
  // The earliest closing the server allows today, as a hint, from the server's count.
  const hint = page.getByText(/If approved today, the earliest closing allowed is/);
  await hint.waitFor();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await closing.fill(tomorrow);
  const tooSoon = page.getByText(/Closing date and time: .*business days/);
  await tooSoon.waitFor();
  await shoot(page, 'draft-closing-too-soon');
  // A closing a month away is fine, and the message goes.
  const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  await closing.fill(later);
  await tooSoon.waitFor({ state: 'detached' });
}, 60_000);

const themes = ['light', 'dark', 'contrast'] as const;
test.each(
  themes.flatMap((theme) =>
    (['en', 'fr'] as const).flatMap((lang) =>
      [1280, 400].map((width) => [theme, lang, width] as const),
    ),
  ),
)(
  'axe finds no violation on the editor with rows and a problem: %s, %s, %i px',
  async (theme, lang, width) => {
    const page = await openDraft(await aDraft(), { theme, lang, width });
    const name = (key: 'en' | 'fr' | 'add') =>
      key === 'add' ? t(lang, 'tab.rows.skills.add') : t(lang, `tab.rows.skills.${key}`, { n: 2 });
    await page.getByRole('button', { name: name('add') }).click();
    await field(page, name('en')).fill('x'.repeat(81));
    await page.getByRole('button', { name: t(lang, 'tab.draft.save') }).click();
    await page.getByTestId('row-skills').nth(1).getByText(/80/).waitFor();
    if (width === 400) {
      const overflowing = await page.evaluate<string[]>(
        `[...document.querySelectorAll('form[aria-labelledby="draft-heading"] *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth)
        .map((e) => e.outerHTML.slice(0, 80))`,
      );
      expect(overflowing).toEqual([]);
    }
    await expect(axeViolations(page)).resolves.toEqual([]);
    await shoot(page, `draft-rows-${theme}-${lang}-${width}`);
    await page.context().close();
  },
  60_000,
);
