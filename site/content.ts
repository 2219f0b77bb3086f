import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { locales } from '../domain/locale';
import type { SiteContent } from './contentPage';
import { contentPages } from './paths';

/** Where the pilot team edits the site's text: one Markdown file per page and language. */
export const contentDir = join(__dirname, 'content');

export async function loadContent(dir = contentDir): Promise<SiteContent> {
  const read = (locale: string, page: string) => readFile(join(dir, locale, `${page}.md`), 'utf8');
  const entries = await Promise.all(
    locales.map(async (locale) => {
      const pages = await Promise.all(
        contentPages.map(async (page) => [page, await read(locale, page)]),
      );
      return [locale, Object.fromEntries(pages)];
    }),
  );
  return Object.fromEntries(entries) as SiteContent;
}
