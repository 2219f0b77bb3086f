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

type Button = Record<string, unknown>;

/** Each row of buttons on a card and its second steps: a card's last row and every ActionSet. */
function rowsOf(node: unknown, path: string): Array<{ path: string; row: Button[] }> {
  if (Array.isArray(node)) return node.flatMap((n) => rowsOf(n, path));
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const own =
    (n.type === 'AdaptiveCard' || n.type === 'ActionSet') && Array.isArray(n.actions)
      ? [{ path: `${path} ${String(n.type)}`, row: n.actions as Button[] }]
      : [];
  const inner = Object.entries(n)
    .filter(([key]) => key !== 'fallback')
    .flatMap(([, value]) => rowsOf(value, path));
  return [...own, ...inner];
}

/** Reject and Cancel: a second step whose own button ends the opportunity. */
const endsIt = (button: Button) =>
  button.type === 'Action.ShowCard' &&
  JSON.stringify((button.card as { actions?: unknown }).actions).match(/"verb":"(reject|cancel)"/);

test("a row holds at most two buttons, and Reject or Cancel is alone in the card's last row", () => {
  const wrong = gallery.flatMap((entry) => {
    const name = `${entry.name} (${entry.locale})`;
    return [
      ...rowsOf(entry.card, name)
        .filter(({ row }) => row.length > 2)
        .map(({ path, row }) => `${path}: ${row.length} buttons side by side`),
      ...rowsOf(entry.card.body, name)
        .filter(({ row }) => row.some(endsIt))
        .map(({ path }) => `${path}: Reject or Cancel in the body`),
      ...((entry.card.actions ?? []).some(endsIt) && entry.card.actions!.length > 1
        ? [`${name}: Reject or Cancel beside another button`]
        : []),
    ];
  });
  expect(wrong).toEqual([]);
  // The check sees what it looks for.
  expect(gallery.some((e) => (e.card.actions ?? []).some(endsIt))).toBe(true);
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
        expect({ problems, violations, cut }).toEqual({ problems: [], violations: [], cut: [] });
      } finally {
        await context.close();
      }
    },
  );
});
