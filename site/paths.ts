import type { Locale } from '../domain/locale';
import { indexPath } from './urls';

/** Pages of content the pilot team writes, one Markdown file per language in site/content/. */
export const contentPages = ['about', 'supplier-guide', 'feedback', 'privacy', 'terms'] as const;
export type ContentPage = (typeof contentPages)[number];

export function contentPath(page: ContentPage, locale: Locale): string {
  return `${locale}/${page}.html`;
}

/** The list of opportunities comes in pages of this many, so one change rewrites little. */
export const indexPageSize = 50;

/** Page 1 is the index itself (a contract, see urls.ts); later pages are index-2.html, … */
export function indexPagePath(locale: Locale, page: number): string {
  return page <= 1 ? indexPath(locale) : `${locale}/index-${page}.html`;
}

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
