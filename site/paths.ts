import type { Locale } from '../domain/locale';
import { indexPath } from '../domain/publicUrls';

/** Pages of content the pilot team writes, one Markdown file per language in site/content/. */
export const contentPages = [
  'about',
  'supplier-guide',
  'client-guide',
  'feedback',
  'privacy',
  'terms',
] as const;
export type ContentPage = (typeof contentPages)[number];

export function contentPath(page: ContentPage, locale: Locale): string {
  return `${locale}/${page}.html`;
}

/** Open opportunities come in pages of this many (soonest closing first). */
export const indexPageSize = 50;

/** Page 1 is the index itself (a contract, see urls.ts); later pages are index-2.html, … */
export function indexPagePath(locale: Locale, page: number): string {
  return page <= 1 ? indexPath(locale) : `${locale}/index-${page}.html`;
}

/** The most recently closed opportunities, shown on the index after the open ones. */
export const recentSize = 10;

/**
 * Closed, awarded and cancelled opportunities are archived in pages counted from the oldest: what
 * closes next joins the last page, so a closing rewrites one archive page, never all of them.
 */
export const archivePageSize = 50;
export const archivePagePath = (locale: Locale, page: number) => `${locale}/closed-${page}.html`;

/** The archive as open data, in parts of this many, counted from the oldest as the pages are. */
export const archiveDataSize = 500;
export const archiveDataPath = (part: number) => `data/closed-${part}.json`;

/** The OCDS packages listed in order of posting, in parts of this many: a posting joins the last. */
export const packageListSize = 1_000;
export const packageListPartPath = (part: number) => `ocds/packages-${part}.json`;

export const feedPath = (locale: Locale) => `${locale}/feed.xml`;
export const openDataPath = 'opportunities.json';
export const opportunityDataPath = (id: string) => `data/${encodeURIComponent(id)}.json`;
/** One OCDS release package per opportunity, and the list of them. */
export const ocdsPackagePath = (id: string) => `ocds/${encodeURIComponent(id)}.json`;
export const ocdsListPath = 'ocds/packages.json';
export const splashPath = 'index.html';
export const assetsDir = 'assets';
export const enhancementPath = `${assetsDir}/site.js`;

/** The href that leads from the page at `from` to `to`, both relative to the site's root. */
export function relativeHref(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (
    common < fromDirs.length &&
    common < toParts.length - 1 &&
    fromDirs[common] === toParts[common]
  )
    common++;
  return '../'.repeat(fromDirs.length - common) + toParts.slice(common).join('/');
}
