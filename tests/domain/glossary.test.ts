import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../domain/locale';
import { catalogues } from '../../domain/messages';

const root = join(__dirname, '..', '..');

/** The variants `docs/glossary.md` says to avoid, per language, read from its table. */
function avoidedVariants(): Record<Locale, string[]> {
  const rows = readFileSync(join(root, 'docs', 'glossary.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1);
  const ticked = (cell: string | undefined) =>
    [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const avoid: Record<Locale, string[]> = { en: [], fr: [] };
  for (const row of rows) {
    const cells = row.split('|').slice(1, -1);
    avoid.en.push(...ticked(cells[1]));
    avoid.fr.push(...ticked(cells[3]));
  }
  return avoid;
}

/** Apostrophes, non-breaking spaces and case are not what makes a term right or wrong. */
const normalise = (text: string) =>
  text
    .replace(/[’‘]/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .toLowerCase();

/** Whole words: "raison" is not found in "comparaison". */
function finds(text: string, variant: string): boolean {
  const v = normalise(variant);
  const escaped = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^\p{L}/u.test(v) ? '(?<!\\p{L})' : '';
  const after = /\p{L}$/u.test(v) ? '(?!\\p{L})' : '';
  return new RegExp(`${before}${escaped}${after}`, 'u').test(normalise(text));
}

function texts(locale: Locale): { where: string; text: string }[] {
  const folder = join(root, 'site', 'content', locale);
  return [
    ...Object.entries(catalogues[locale]).map(([key, text]) => ({ where: key, text })),
    ...readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({
        where: `site/content/${locale}/${name}`,
        text: readFileSync(join(folder, name), 'utf8'),
      })),
  ];
}

describe('the glossary', () => {
  const avoid = avoidedVariants();

  test('lists variants to avoid in both languages', () => {
    expect(avoid.fr.length).toBeGreaterThan(10);
    expect(avoid.en).toContain('(s)');
  });

  test('finds a variant as a whole word, whatever the apostrophe, space or case', () => {
    expect(finds('Votre motif est conservé dans la piste d’audit.', "piste d'audit")).toBe(true);
    expect(finds('Attribution\u00a0retenue', 'attribution retenue')).toBe(true);
    expect(finds('une comparaison', 'raison')).toBe(false);
    expect(finds('2 candidature(s)', '(s)')).toBe(true);
  });

  test.each(['en', 'fr'] as const)(
    'no %s catalogue message or content page uses a variant to avoid',
    (locale) => {
      const found = texts(locale).flatMap(({ where, text }) =>
        avoid[locale].filter((variant) => finds(text, variant)).map((v) => `${where}: ${v}`),
      );
      expect(found).toEqual([]);
    },
  );

  test('French punctuation: a non-breaking space before ":" and inside « », none before ";"', () => {
    const wrong = texts('fr').flatMap(({ where, text }) =>
      [
        / :(?=[\s'"]|$)/m.test(text) && 'a plain space before ":"',
        /[\s\u00a0\u202f];/.test(text) && 'a space before ";"',
        /« | »/.test(text) && 'a plain space inside « »',
      ]
        .filter(Boolean)
        .map((problem) => `${where}: ${problem}`),
    );
    expect(wrong).toEqual([]);
  });
});
