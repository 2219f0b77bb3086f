import type { Locale } from './locale';

/**
 * Where public pages live, relative to the site's root. The dev server serves the site at
 * `/opportunities/`; in Azure it is the storage account's static website. The bot and the tab
 * link here, so these paths are a contract: change them only with a redirect.
 */
export function opportunityPath(id: string, locale: Locale): string {
  return `${locale}/${encodeURIComponent(id)}.html`;
}

export function indexPath(locale: Locale): string {
  return `${locale}/index.html`;
}

/** An absolute link to an opportunity's public page, from the configured site address. */
export function publicUrl(siteBaseUrl: string, id: string, locale: Locale): string {
  return `${siteBaseUrl.replace(/\/+$/, '')}/${opportunityPath(id, locale)}`;
}
