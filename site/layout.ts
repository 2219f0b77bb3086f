import { otherLocale, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { contentSecurityPolicyFor } from './csp';
import { html, type SafeHtml } from './html';
import { indexPath } from '../domain/publicUrls';
import {
  assetsDir,
  contentPath,
  feedPath,
  ocdsListPath,
  openDataPath,
  relativeHref,
} from './paths';

export interface Crumb {
  path: string;
  text: string;
}

export interface PageShell {
  locale: Locale;
  /** Where this page lives, relative to the site's root, e.g. `en/index.html`. */
  path: string;
  /** The same page in the other language. */
  twinPath: string;
  /** The twin's full address instead, for a page the server renders outside the site (status, subscriptions). */
  twinUrl?: string;
  title: string;
  description?: string;
  /** Links above this page, after Canada.ca. */
  crumbs: Crumb[];
  /** YYYY-MM-DD: when what this page says last changed. */
  dateModified?: string;
  /** The site's public address, for canonical links; relative links work without it. */
  siteUrl?: string;
  /** Where this page's form posts, if it has one: its origin is the only one forms may reach. */
  formAction?: string;
  /**
   * For pages the server renders outside the site (the application's answers): the site's
   * address, so that links and assets point there instead of being relative.
   */
  baseUrl?: string;
  main: SafeHtml;
}

function head(page: PageShell, href: (to: string) => string): SafeHtml {
  const { locale } = page;
  const canonical = page.siteUrl ? `${page.siteUrl.replace(/\/+$/, '')}/${page.path}` : null;
  return html`<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta
      http-equiv="Content-Security-Policy"
      content="${contentSecurityPolicyFor(page.formAction, page.baseUrl)}"
    />
    <title>${page.title} - ${t(locale, 'site.name')}</title>
    ${page.description ? html`<meta name="description" content="${page.description}" />` : ''}
    ${canonical ? html`<link rel="canonical" href="${canonical}" />` : ''}
    <link
      rel="alternate"
      hreflang="${otherLocale(locale)}"
      href="${page.twinUrl ?? href(page.twinPath)}"
    />
    <link
      rel="alternate"
      type="application/atom+xml"
      title="${t(locale, 'site.feed.title')}"
      href="${href(feedPath(locale))}"
    />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${href(`${assetsDir}/gcds/gcds.css`)}" />
    <link rel="stylesheet" href="${href(`${assetsDir}/site.css`)}" />
    <script type="module" src="${href(`${assetsDir}/gcds/gcds.esm.js`)}"></script>
    <script type="module" src="${href(`${assetsDir}/site.js`)}"></script>
  </head>`;
}

/** The design system's header with its breadcrumbs, and plain HTML for browsers without script. */
function header(page: PageShell, href: (to: string) => string): SafeHtml {
  const { locale } = page;
  const twin = page.twinUrl ?? href(page.twinPath);
  const crumbs = page.crumbs.map((c) => ({ href: href(c.path), text: c.text }));
  return html`<gcds-header lang-href="${twin}" skip-to-href="#main-content">
      <gcds-breadcrumbs slot="breadcrumb"
        >${crumbs.map(
          (c) => html`<gcds-breadcrumbs-item href="${c.href}">${c.text}</gcds-breadcrumbs-item>`,
        )}</gcds-breadcrumbs
      >
    </gcds-header>
    <header class="plain-header">
      <nav class="skip-link" aria-label="${t(locale, 'site.skipToContent')}">
        <a href="#main-content">${t(locale, 'site.skipToContent')}</a>
      </nav>
      <div class="container plain-header__brand">
        <a class="plain-header__signature" href="${t(locale, 'site.canadaHref')}"
          >${t(locale, 'site.government')}</a
        >
        <section class="plain-header__toggle">
          <h2 class="sr-only">${t(locale, 'site.otherLanguageLabel')}</h2>
          <a href="${twin}" lang="${otherLocale(locale)}" hreflang="${otherLocale(locale)}"
            >${t(locale, 'site.otherLanguage')}</a
          >
        </section>
      </div>
      <nav class="container plain-breadcrumbs" aria-label="${t(locale, 'site.breadcrumbs')}">
        <ol>
          <li><a href="${t(locale, 'site.canadaHref')}">Canada.ca</a></li>
          ${crumbs.map((c) => html`<li><a href="${c.href}">${c.text}</a></li>`)}
        </ol>
      </nav>
    </header>`;
}

const siteNavPaths = (locale: Locale) => [
  indexPath(locale),
  contentPath('about', locale),
  contentPath('supplier-guide', locale),
  contentPath('feedback', locale),
];

function siteNav(page: PageShell, href: (to: string) => string): SafeHtml {
  const { locale } = page;
  const texts = [
    t(locale, 'site.nav.opportunities'),
    t(locale, 'site.nav.about'),
    t(locale, 'site.nav.guide'),
    t(locale, 'site.nav.feedback'),
  ];
  const links = siteNavPaths(locale).map((path, i) => ({ path, text: texts[i]! }));
  return html`<nav class="site-nav" aria-label="${t(locale, 'site.nav.label')}">
    <ul class="container">
      ${links.map(
        (l) =>
          html`<li>
            <a href="${href(l.path)}" ${l.path === page.path ? html` aria-current="page"` : ''}
              >${l.text}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

function footer(page: PageShell, href: (to: string) => string): SafeHtml {
  const { locale } = page;
  const links: [string, string][] = [
    [t(locale, 'site.footer.atom'), href(feedPath(locale))],
    [t(locale, 'site.footer.json'), href(openDataPath)],
    [t(locale, 'site.footer.ocds'), href(ocdsListPath)],
  ];
  // This site's own privacy notice and terms, in place of Canada.ca's in the footer's last band.
  const about: [string, string][] = [
    [t(locale, 'site.footer.privacy'), href(contentPath('privacy', locale))],
    [t(locale, 'site.footer.terms'), href(contentPath('terms', locale))],
  ];
  return html`<gcds-footer
      display="full"
      contextual-heading="${t(locale, 'site.footer.openData')}"
      contextual-links="${JSON.stringify(Object.fromEntries(links))}"
      sub-links="${JSON.stringify(Object.fromEntries(about))}"
    ></gcds-footer>
    <footer class="plain-footer">
      <div class="container">
        <h2 class="sr-only">${t(locale, 'site.footer.heading')}</h2>
        <nav aria-label="${t(locale, 'site.footer.openData')}">
          <h3>${t(locale, 'site.footer.openData')}</h3>
          <ul>
            ${links.map(([text, link]) => html`<li><a href="${link}">${text}</a></li>`)}
          </ul>
        </nav>
        <ul class="plain-footer__about">
          ${about.map(([text, link]) => html`<li><a href="${link}">${text}</a></li>`)}
        </ul>
        <p><a href="${t(locale, 'site.canadaHref')}">${t(locale, 'site.government')}</a></p>
      </div>
    </footer>`;
}

/** The footer and menu are the same on every page of one language and folder: made once each. */
const shared = new Map<string, SafeHtml>();
function once(key: string, make: () => SafeHtml): SafeHtml {
  let made = shared.get(key);
  if (!made) shared.set(key, (made = make()));
  return made;
}

/** A whole page: the same shell for every page in one language. */
export function renderPage(page: PageShell): string {
  const base = page.baseUrl?.replace(/\/+$/, '');
  const href = base ? (to: string) => `${base}/${to}` : (to: string) => relativeHref(page.path, to);
  const folder = (base ? `${base} ` : '') + page.path.slice(0, page.path.lastIndexOf('/') + 1);
  const menuKey = siteNavPaths(page.locale).includes(page.path) ? page.path : folder;
  const modified = page.dateModified
    ? html`<dl class="date-modified">
        <dt>${t(page.locale, 'site.dateModified')}</dt>
        <dd><time datetime="${page.dateModified}">${page.dateModified}</time></dd>
      </dl>`
    : '';
  return html`<!doctype html>
    <html lang="${page.locale}">
      ${head(page, href)}
      <body>
        ${header(page, href)} ${once(`nav ${page.locale} ${menuKey}`, () => siteNav(page, href))}
        <main id="main-content" class="container">${page.main} ${modified}</main>
        ${once(`footer ${page.locale} ${folder}`, () => footer(page, href))}
      </body>
    </html> `.value;
}
