import type { Page } from 'playwright-core';
import type { Locale } from '../../domain/locale';
import { fieldLabel, t } from '../../domain/messages';
import { people } from '../support/builders';
import { axeViolations, shoot, tabSuite, tabUrl } from './tabServer';

const suite = tabSuite();

const pairs = ['title', 'summary', 'background', 'work', 'eligibility'];

async function openDraft(width: number, lang: Locale): Promise<Page> {
  const created = await suite.server.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'Side by side' },
  });
  const id = (created.body.record as { id: string }).id;
  const context = await suite.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => suite.pageErrors.push(error.message));
  await page.goto(tabUrl(suite.server, people.author, { lang, view: `draft/${id}` }));
  await page.getByRole('heading', { name: new RegExp(id) }).waitFor();
  return page;
}

async function boxes(page: Page, base: string, lang: Locale) {
  const box = (id: string) => page.getByLabel(fieldLabel(id, lang), { exact: true }).boundingBox();
  const [en, fr] = await Promise.all([box(`${base}En`), box(`${base}Fr`)]);
  return { en: en!, fr: fr! };
}

test.each([['en' as const], ['fr' as const]])(
  'at desktop width each English field has its French one beside it on the same row (%s)',
  async (lang) => {
    const page = await openDraft(1280, lang);
    let previousBottom = 0;
    for (const base of pairs) {
      const { en, fr } = await boxes(page, base, lang);
      expect(Math.abs(fr.y - en.y)).toBeLessThan(2);
      expect(fr.x).toBeGreaterThanOrEqual(en.x + en.width);
      // Each pair starts below the one before: no pair is split across rows.
      expect(en.y).toBeGreaterThanOrEqual(previousBottom);
      previousBottom = Math.max(en.y + en.height, fr.y + fr.height);
    }
    // A new draft starts with the program's eligibility, in each language, for the author to edit.
    for (const locale of ['en', 'fr'] as const) {
      const id = locale === 'en' ? 'eligibilityEn' : 'eligibilityFr';
      await expect(
        page.getByLabel(fieldLabel(id, lang), { exact: true }).inputValue(),
      ).resolves.toBe(t(locale, 'eligibility.default'));
    }
    await expect(axeViolations(page)).resolves.toEqual([]);
    await shoot(page, `draft-pairs-1280-${lang}`);
  },
  60_000,
);

test.each([['en' as const], ['fr' as const]])(
  'in a 400-px side panel each French field comes right under its English one (%s)',
  async (lang) => {
    const page = await openDraft(400, lang);
    for (const base of pairs) {
      const { en, fr } = await boxes(page, base, lang);
      expect(fr.y).toBeGreaterThanOrEqual(en.y + en.height);
      expect(Math.abs(fr.x - en.x)).toBeLessThan(2);
      expect(en.x + en.width).toBeLessThanOrEqual(400);
    }
    // Nothing of the editor is wider than the panel (the development bar is not in Teams).
    const overflowing = await page.evaluate<string[]>(
      `[...document.querySelectorAll('form[aria-labelledby="draft-heading"] *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth)
        .map((e) => e.outerHTML.slice(0, 80))`,
    );
    expect(overflowing).toEqual([]);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await shoot(page, `draft-pairs-400-${lang}`);
  },
  60_000,
);
