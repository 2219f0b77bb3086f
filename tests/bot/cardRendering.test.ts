import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { cardGallery } from '../../bot/cards/gallery';
import {
  browserScript,
  teamsCss,
  teamsHostConfig,
  themes,
  widths,
  type Theme,
} from '../../bot/cards/galleryPage';
import { launchChromium, testOutput } from '../support/browser';

/**
 * Every card the bot sends, rendered as a Teams client does: the `adaptivecards` renderer in
 * Chromium, Teams-like host configurations, a phone's width and a desktop chat's.
 */
const renderer = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const shots = join(testOutput, 'cards');
const gallery = cardGallery();

// Six pages of about ninety cards each, an axe run and a screenshot per card.
jest.setTimeout(240_000);

/**
 * Button titles the renderer cuts, found by this test and not yet shortened (docs/bot.md, "How
 * the cards are checked"): the list may only shrink; a new cut title fails the test.
 */
const knownCut: Record<(typeof widths)[number], string[]> = {
  360: [
    'acceptance (en): Cancel the opportunity',
    'acceptance (fr): Accepter le travail',
    'acceptance (fr): Annuler l’occasion',
    'approval-funds (en): Approve funds',
    'approval-funds (en): Return to author',
    'approval-funds (fr): Approuver les fonds',
    'approval-funds (fr): Renvoyer à l’auteur',
    'approval-posting (en): Approve posting',
    'approval-posting (en): Return to author',
    'approval-posting (fr): Approuver la publication',
    'approval-posting (fr): Renvoyer à l’auteur',
    'delivery (en): Cancel the opportunity',
    'delivery (fr): Annuler l’occasion',
    'delivery (fr): Consigner la livraison',
    'draft-complete (en): Finish in the tab',
    'draft-complete (en): Save draft',
    'draft-complete (en): Submit for approval',
    'draft-complete (fr): Enregistrer l’ébauche',
    'draft-complete (fr): Soumettre pour approbation',
    'draft-complete (fr): Terminer dans l’onglet',
    'draft-problems (fr): Enregistrer l’ébauche',
    'draft-problems (fr): Terminer dans l’onglet',
    'evaluation-first (en): Save this evaluation',
    'evaluation-first (fr): Candidat suivant',
    'evaluation-first (fr): Enregistrer cette évaluation',
    'evaluation-last (en): Draw and award',
    'evaluation-last (en): Previous applicant',
    'evaluation-last (en): Save this evaluation',
    'evaluation-last (fr): Candidat précédent',
    'evaluation-last (fr): Enregistrer cette évaluation',
    'evaluation-last (fr): Tirer au sort et attribuer',
    'release (en): Cancel the opportunity',
    'release (en): Release the award',
    'release (fr): Annuler l’occasion',
    'release (fr): Lever la suspension',
  ],
  560: [
    'approval-funds (fr): Approuver les fonds',
    'approval-funds (fr): Renvoyer à l’auteur',
    'approval-posting (fr): Approuver la publication',
    'approval-posting (fr): Renvoyer à l’auteur',
    'draft-complete (en): Submit for approval',
    'draft-complete (fr): Enregistrer l’ébauche',
    'draft-complete (fr): Soumettre pour approbation',
    'draft-complete (fr): Terminer dans l’onglet',
    'evaluation-last (en): Previous applicant',
    'evaluation-last (en): Save this evaluation',
    'evaluation-last (fr): Candidat précédent',
    'evaluation-last (fr): Enregistrer cette évaluation',
    'evaluation-last (fr): Tirer au sort et attribuer',
  ],
};

interface Rendered {
  id: string;
  path: string;
  messages: string[];
  truncated: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function renderAll(page: Page, theme: Theme, width: number): Promise<Rendered[]> {
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Cards</title><style>body{margin:0}${teamsCss()}</style></head>` +
      '<body><main id="cards"></main></body></html>',
  );
  await page.addScriptTag({ path: renderer });
  await page.addScriptTag({ content: browserScript });
  return page.evaluate(
    ([entries, hostConfig, theme, width]) =>
      (
        globalThis as unknown as {
          renderCards: (...args: unknown[]) => Rendered[];
        }
      ).renderCards(entries, hostConfig, theme, width, 'cards'),
    [gallery, teamsHostConfig(theme), theme, width] as const,
  );
}

test('the gallery holds every kind of card in both languages, each name once per language', () => {
  const names = gallery.map((e) => `${e.locale}:${e.name}`);
  expect(new Set(names).size).toBe(names.length);
  const en = gallery.filter((e) => e.locale === 'en').map((e) => e.name);
  expect(gallery.filter((e) => e.locale === 'fr').map((e) => e.name)).toEqual(en);
  for (const kind of ['draft-', 'status-', 'approval-', 'question-', 'evaluation-', 'list'])
    expect(en.some((n) => n.startsWith(kind))).toBe(true);
  expect(en).toEqual(
    expect.arrayContaining(['addendum', 'release', 'delivery', 'acceptance', 'payment', 'help']),
  );
});

test('the checks can fail: a cut title and an unknown element are reported', async () => {
  const page = await browser.newPage();
  try {
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>t</title><style>${teamsCss()}</style></head><body><main id="cards"></main></body></html>`,
    );
    await page.addScriptTag({ path: renderer });
    await page.addScriptTag({ content: browserScript });
    const bad = {
      name: 'bad',
      locale: 'en',
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'Widget' },
          {
            type: 'Image',
            url: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
            width: '900px',
            altText: 'x',
          },
        ],
        actions: [
          {
            type: 'Action.Execute',
            title: 'A title far too long for a button on a phone',
            verb: 'a',
          },
          { type: 'Action.Execute', title: 'Another long title', verb: 'b' },
        ],
      },
    };
    const [result] = await page.evaluate(
      ([entries, hostConfig]) =>
        (globalThis as unknown as { renderCards: (...args: unknown[]) => Rendered[] }).renderCards(
          entries,
          hostConfig,
          'light',
          360,
          'cards',
        ),
      [[bad], teamsHostConfig('light')] as const,
    );
    expect(result!.messages.join('\n')).toMatch(/Widget/);
    expect(result!.truncated).toContain('A title far too long for a button on a phone');
  } finally {
    await page.close();
  }
});

describe.each(themes)('in the %s theme', (theme) => {
  test.each(widths)(
    'at %i px every card parses without a message, no button title is cut, and axe finds nothing',
    async (width) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        const results = await renderAll(page, theme, width);
        expect(results.length).toBeGreaterThan(gallery.length);
        const problems = results.flatMap((r) => r.messages.map((m) => `${r.path}: ${m}`));
        const cut = results.flatMap((r) => r.truncated.map((title) => `${r.path}: ${title}`));
        const axe = await new AxeBuilder({ page })
          .include('#cards')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const violations = axe.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        // One picture per card the bot sends (a shown step is in its card's run of the gallery).
        for (const r of results.filter((r) => !r.id.includes('-shown-')))
          await page
            .locator(`[id="${r.id}"]`)
            .screenshot({ path: join(shots, `${theme}-${width}-${r.id}.png`) });
        expect({ problems, violations }).toEqual({ problems: [], violations: [] });
        expect(cut.sort()).toEqual([...knownCut[width]].sort());
      } finally {
        await context.close();
      }
    },
  );
});
