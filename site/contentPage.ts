import { otherLocale, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { contentSecurityPolicy } from './csp';
import { html, trustedHtml } from './html';
import { renderPage } from './layout';
import { fillContacts, type SiteContacts } from './contacts';
import { renderContentMarkdown } from './markdown';
import { taxTableMarkdown } from './taxTable';
import { assetsDir, contentPath, type ContentPage } from './paths';
import { indexPath } from '../domain/publicUrls';
import { defaultApplicantRetentionDays } from '../domain/retention';

/** The pilot team's Markdown for each page and language. */
export type SiteContent = Record<Locale, Record<ContentPage, string>>;

/** The first level-1 heading names the page; the file reads on its own too. */
export function contentTitle(markdown: string): string {
  return /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? '';
}

/**
 * The pilot team's Markdown names no address, no rate and no period: `{contactEmail}`,
 * `{feedback}`, `{taxTable}`, `{applicantRetentionDays}` (the setting the retention job uses).
 */
function fillTokens(
  markdown: string,
  contacts: SiteContacts,
  locale: Locale,
  retentionDays: number,
): string {
  return fillContacts(
    markdown
      .replaceAll('{taxTable}', taxTableMarkdown(locale))
      .replaceAll('{applicantRetentionDays}', formatCount(retentionDays, locale)),
    contacts,
    locale,
  );
}

/** A whole number as each language writes it (French: a no-break space between thousands). */
const formatCount = (n: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA').format(n).replace(/\u202f/g, '\u00a0');

export function renderContentPage(
  page: ContentPage,
  locale: Locale,
  markdown: string,
  contacts: SiteContacts,
  siteUrl?: string,
  retentionDays: number = defaultApplicantRetentionDays,
): string {
  const title = contentTitle(markdown);
  return renderPage({
    locale,
    path: contentPath(page, locale),
    twinPath: contentPath(page, otherLocale(locale)),
    title,
    crumbs: [{ path: indexPath(locale), text: t(locale, 'site.nav.opportunities') }],
    siteUrl,
    main: html`<div class="content">
      ${trustedHtml(renderContentMarkdown(fillTokens(markdown, contacts, locale, retentionDays)))}
    </div>`,
  });
}

/** The site's root: both languages side by side, as Canada.ca splash pages do. */
export function renderSplashPage(): string {
  const side = (locale: Locale) =>
    html`<div lang="${locale}">
      <h2>${t(locale, 'site.name')}</h2>
      <p>
        <a href="${indexPath(locale)}" hreflang="${locale}">${t(locale, 'site.splash.enter')}</a>
      </p>
    </div>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />
        <title>${t('en', 'site.name')} - ${t('fr', 'site.name')}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="${assetsDir}/gcds/gcds.css" />
        <link rel="stylesheet" href="${assetsDir}/site.css" />
      </head>
      <body>
        <main class="container splash">
          <h1>
            <span>${t('en', 'site.splash.title')}</span> /
            <span lang="fr">${t('fr', 'site.splash.title')}</span>
          </h1>
          <div class="splash__languages">${side('en')}${side('fr')}</div>
        </main>
      </body>
    </html> `.value;
}
