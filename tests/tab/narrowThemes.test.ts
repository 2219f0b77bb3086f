import type { Browser, Page } from 'playwright-core';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { completeFields, people } from '../support/builders';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
let draftId: string;

const themes = ['light', 'dark', 'contrast'] as const;

/** The page's own globals, as the callbacks below use them (this project's Node types have no DOM). */
type Win = {
  document: { documentElement: { scrollWidth: number } };
  getComputedStyle(element: unknown): {
    borderTopWidth: string;
    borderTopColor: string;
    outlineStyle: string;
    colorScheme: string;
  };
};
const pageWidth = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as Win).document.documentElement.scrollWidth);
const longWord = 'Interoperability-and-accessibility-improvements';

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  const author = { kind: 'person' as const, ...people.author };
  const draft = await server.storage.opportunities.create(author, {
    titleEn: 'Half-written draft',
    // Long enough to wrap over many lines at 400 px.
    backgroundEn: Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of the background.`).join(
      ' ',
    ),
  });
  const long = await server.storage.opportunities.create(author, {
    ...completeFields(),
    titleEn: `${longWord} for the public forms`,
  });
  if (draft.kind !== 'applied' || long.kind !== 'applied') throw new Error('fixtures not created');
  draftId = draft.record.id;
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function at(width: number, theme: (typeof themes)[number], view: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(tabUrl(server, people.author, { theme, view }));
  return page;
}

/** Boxes of the cells of each body row, left to right, with how far their content overflows. */
async function rowCells(page: Page) {
  return page.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td')]
        .map((cell) => {
          const box = cell.getBoundingClientRect();
          return {
            text: cell.textContent ?? '',
            left: box.left,
            right: box.right,
            width: box.width,
            overflow: cell.scrollWidth - cell.clientWidth,
          };
        })
        .filter((cell) => cell.width > 0),
    ),
  );
}

describe.each(themes)('at a 400-px side panel, %s theme', (theme) => {
  test('My opportunities: three columns that do not overlap, the number under the title, the whole page within 400 px', async () => {
    const page = await at(400, theme, 'mine');
    await page.getByText('Half-written draft').waitFor();
    const rows = await rowCells(page);
    expect(rows.length).toBe(2);
    for (const cells of rows) {
      expect(cells).toHaveLength(3);
      cells.forEach((cell) => expect(cell.overflow).toBeLessThanOrEqual(0));
      cells
        .slice(1)
        .forEach((cell, i) => expect(cell.left).toBeGreaterThanOrEqual(cells[i]!.right - 0.5));
      expect(cells[0]!.text).toMatch(/MA-\d{4}-\d{4}$/);
    }
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(400);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `narrow-mine-${theme}`);
    await page.context().close();
  }, 30_000);

  test('the draft form: text areas show all their text, fields in error are marked, date pickers draw their icon, axe clean', async () => {
    const page = await at(400, theme, `draft/${draftId}`);
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByText(/fields need attention/).waitFor();
    // Every text area as tall as its text: nothing to scroll inside it.
    const clipped = await page
      .locator('textarea')
      .evaluateAll((areas) =>
        areas.filter((a) => a.scrollHeight > a.clientHeight + 1).map((a) => a.id),
      );
    expect(clipped).toEqual([]);
    const background = page.getByRole('textbox', { name: 'Background (English)' });
    await expect(background.evaluate((a) => a.clientHeight)).resolves.toBeGreaterThan(150);

    const border = (label: string) =>
      page.getByRole('textbox', { name: label, exact: true }).evaluate((input) => {
        const wrapper = input.closest('.fui-Input, .fui-Textarea')!;
        const style = (globalThis as unknown as Win).getComputedStyle(wrapper);
        return {
          width: style.borderTopWidth,
          colour: style.borderTopColor,
          outline: style.outlineStyle,
        };
      });
    const inError = await border('Title (French)');
    const fine = await border('Title (English)');
    expect(inError.width).toBe('2px');
    // In high contrast every border is white: the field in error has a dashed outline too.
    if (theme === 'contrast') {
      expect(inError.outline).toBe('dashed');
      expect(fine.outline).not.toBe('dashed');
    } else expect(inError.colour).not.toBe(fine.colour);

    // Chromium draws the calendar icon in the page's colour scheme: light on dark themes.
    await expect(
      page
        .getByLabel('Closing date')
        .evaluate((input) => (globalThis as unknown as Win).getComputedStyle(input).colorScheme),
    ).resolves.toBe(theme === 'light' ? 'light' : 'dark');
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(400);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, `narrow-draft-problems-${theme}`);
    await page.context().close();
  }, 30_000);
});

test('at 1280 px the list keeps its five columns', async () => {
  const page = await at(1280, 'light', 'mine');
  await page.getByText('Half-written draft').waitFor();
  const rows = await rowCells(page);
  for (const cells of rows) expect(cells).toHaveLength(5);
  await expect(page.getByRole('columnheader').allTextContents()).resolves.toEqual([
    'Number',
    'Title',
    'State',
    'Value (tax included)',
    'Last change',
  ]);
  await page.context().close();
}, 30_000);
