import { otherLocale, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { easternDate } from '../domain/text';
import { daysLeftText, formatCalendarDate, formatInstant, formatValue, tHtml } from './format';
import { html, type SafeHtml } from './html';
import { renderPage } from './layout';
import { archivePagePath, contentPath, indexPagePath, relativeHref } from './paths';
import { publicStatus } from './publicView';
import { subscribePageUrl } from './subscriptionForm';
import { indexPath, opportunityPath } from '../domain/publicUrls';

const title = (r: Opportunity, locale: Locale) =>
  locale === 'en' ? r.fields.titleEn : r.fields.titleFr;
const summary = (r: Opportunity, locale: Locale) =>
  locale === 'en' ? r.fields.summaryEn : r.fields.summaryFr;

function closingTime(closingAt: string | null, locale: Locale): SafeHtml | string {
  return closingAt
    ? html`<time datetime="${closingAt}">${formatInstant(closingAt, locale)}</time>`
    : '';
}

/** One open opportunity in the list: what a supplier needs to decide whether to read on. */
export function openItem(r: Opportunity, locale: Locale, now: Date): SafeHtml {
  const { closingAt } = r.fields;
  return html`<li class="opportunity">
    <h3>
      <a href="${relativeHref(indexPath(locale), opportunityPath(r.id, locale))}"
        >${title(r, locale)}</a
      >
    </h3>
    <p>${summary(r, locale)}</p>
    <dl class="facts">
      <div>
        <dt>${t(locale, 'site.field.value')}</dt>
        <dd>${formatValue(r.fields, locale)}</dd>
      </div>
      <div>
        <dt>${t(locale, 'site.field.skills')}</dt>
        <dd>${r.fields.skills.map((s) => s[locale]).join(', ')}</dd>
      </div>
      <div>
        <dt>${t(locale, 'site.field.closingAt')}</dt>
        <dd>
          ${closingTime(closingAt, locale)}
          <strong class="days-left" data-closing-at="${closingAt ?? ''}"
            >${daysLeftText(closingAt, now, locale)}</strong
          >
        </dd>
      </div>
      <div class="reference">
        <dt>${t(locale, 'site.field.reference')}</dt>
        <dd>${r.id}</dd>
      </div>
    </dl>
  </li>`;
}

/** One closed, awarded or cancelled opportunity: where it stands, and who was selected. */
export function otherItem(r: Opportunity, locale: Locale): SafeHtml {
  const status = publicStatus(r) ?? 'closed';
  const supplier =
    status === 'awarded' && r.supplierName
      ? html`<div>
          <dt>${t(locale, 'site.field.supplier')}</dt>
          <dd>${r.supplierName}</dd>
        </div>`
      : '';
  return html`<li class="opportunity opportunity--${status}">
    <h3>
      <a href="${relativeHref(indexPath(locale), opportunityPath(r.id, locale))}"
        >${title(r, locale)}</a
      >
    </h3>
    <dl class="facts">
      <div>
        <dt>${t(locale, 'site.field.status')}</dt>
        <dd>${t(locale, `site.status.${status}`)}</dd>
      </div>
      ${supplier}
      <div>
        <dt>${t(locale, 'site.field.value')}</dt>
        <dd>${formatValue(r.fields, locale)}</dd>
      </div>
      <div>
        <dt>${t(locale, 'site.field.closedAt')}</dt>
        <dd>${closingTime(r.fields.closingAt, locale)}</dd>
      </div>
      <div class="reference">
        <dt>${t(locale, 'site.field.reference')}</dt>
        <dd>${r.id}</dd>
      </div>
    </dl>
  </li>`;
}

export interface IndexInput {
  locale: Locale;
  /** 1-based, among the pages of open opportunities. */
  page: number;
  pageCount: number;
  /** This page's open opportunities, soonest closing first. */
  openItems: readonly SafeHtml[];
  openTotal: number;
  /** Page 1 only: the most recently closed, most recent first. */
  recentItems: readonly SafeHtml[];
  otherTotal: number;
  /** The archive's last (most recent) page; 0 when nothing has closed. */
  newestArchivePage: number;
  dateModified?: string;
  siteUrl?: string;
  /** Where suppliers subscribe to new opportunities by e-mail, when the site takes forms. */
  subscribeUrl?: string;
}

function pagination(input: IndexInput, path: string): SafeHtml | string {
  const { locale, page, pageCount } = input;
  if (pageCount <= 1) return '';
  const link = (n: number, text: string, rel?: string) =>
    html`<a href="${relativeHref(path, indexPagePath(locale, n))}" ${rel ? html` rel="${rel}"` : ''}
      >${text}</a
    >`;
  const numbers = Array.from({ length: pageCount }, (_, i) => i + 1).map((n) =>
    n === page
      ? html`<li><span aria-current="page">${n}</span></li>`
      : html`<li>${link(n, String(n))}</li>`,
  );
  return html`<nav class="pagination" aria-label="${t(locale, 'site.pagination.label')}">
    <p>${t(locale, 'site.pagination.page', { n: page, count: pageCount })}</p>
    <ul>
      ${page > 1 ? html`<li>${link(page - 1, t(locale, 'site.pagination.previous'), 'prev')}</li>` : ''}${numbers}${
        page < pageCount
          ? html`<li>${link(page + 1, t(locale, 'site.pagination.next'), 'next')}</li>`
          : ''
      }
    </ul>
  </nav>`;
}

const list = (items: readonly SafeHtml[]) =>
  html`<ul class="opportunities">
    ${items}
  </ul>`;

/** Page 1 lists the open opportunities, then the latest closed ones and the way to the rest. */
export function renderIndexPage(input: IndexInput): string {
  const { locale, page, pageCount } = input;
  const path = indexPagePath(locale, page);
  const open = html`<section aria-labelledby="open-heading">
    <h2 id="open-heading">
      ${t(locale, 'site.index.open')}
      <span class="count">(${t(locale, 'site.index.openCount', { count: input.openTotal })})</span>
    </h2>
    ${input.openItems.length ? list(input.openItems) : html`<p>${t(locale, 'site.index.noneOpen')}</p>`}
    ${pagination(input, path)}
    ${page === 1 && input.subscribeUrl ? html`<p class="subscribe"><a href="${subscribePageUrl(input.subscribeUrl, locale)}">${t(locale, 'site.subscribe.link')}</a></p>` : ''}
  </section>`;
  const archive = input.newestArchivePage
    ? html`<p>
        <a href="${relativeHref(path, archivePagePath(locale, input.newestArchivePage))}"
          >${t(locale, 'site.index.allOthers', { count: input.otherTotal })}</a
        >
      </p>`
    : '';
  const others =
    page === 1
      ? html`<section aria-labelledby="others-heading">
          <h2 id="others-heading">${t(locale, 'site.index.recent')}</h2>
          ${input.recentItems.length ? list(input.recentItems) : html`<p>${t(locale, 'site.index.noneOthers')}</p>`}
          ${archive}
        </section>`
      : '';
  const main = html`<h1>${t(locale, 'site.index.title')}</h1>
    ${page === 1 ? html`<p class="lead">${t(locale, 'site.index.lead')} <a href="${relativeHref(path, contentPath('about', locale))}">${t(locale, 'site.index.learnMore')}</a></p>` : ''}
    ${open} ${others}
    ${
      page === 1
        ? html`<section class="program" aria-labelledby="program-heading">
            <h2 id="program-heading">${t(locale, 'site.nav.about')}</h2>
            <p>${t(locale, 'site.index.program')}</p>
            <p>
              <a href="${relativeHref(path, contentPath('client-guide', locale))}"
                >${t(locale, 'site.index.clientGuide')}</a
              >
            </p>
          </section>`
        : ''
    }`;
  return renderPage({
    locale,
    path,
    twinPath: indexPagePath(otherLocale(locale), page),
    title:
      page === 1
        ? t(locale, 'site.index.title')
        : `${t(locale, 'site.index.title')} - ${t(locale, 'site.pagination.page', { n: page, count: pageCount })}`,
    description: t(locale, 'site.index.lead'),
    crumbs: [],
    dateModified: input.dateModified,
    siteUrl: input.siteUrl,
    main,
  });
}

export interface ArchiveInput {
  locale: Locale;
  page: number;
  /** This page's opportunities, most recently closed first. */
  items: readonly SafeHtml[];
  /** The closing dates of the oldest and the most recent on the page. */
  from: string;
  to: string;
  hasNewer: boolean;
  dateModified?: string;
  siteUrl?: string;
}

/**
 * One page of the archive. It names the closing dates it covers, not "page n of m": a page's
 * text must not change when a later page is added.
 */
export function renderArchivePage(input: ArchiveInput): string {
  const { locale, page } = input;
  const path = archivePagePath(locale, page);
  const day = (at: string) => (at ? formatCalendarDate(easternDate(at), locale) : '-');
  const when = (at: string) => (at ? html`<time datetime="${at}">${day(at)}</time>` : '-');
  const caption = tHtml(locale, 'site.archive.range', {
    from: when(input.from),
    to: when(input.to),
  });
  const link = (n: number, text: string, rel: string) =>
    html`<li>
      <a href="${relativeHref(path, archivePagePath(locale, n))}" rel="${rel}">${text}</a>
    </li>`;
  const nav =
    input.hasNewer || page > 1
      ? html`<nav class="pagination" aria-label="${t(locale, 'site.archive.label')}">
          <ul>
            ${input.hasNewer ? link(page + 1, t(locale, 'site.archive.newer'), 'next') : ''}${page > 1 ? link(page - 1, t(locale, 'site.archive.older'), 'prev') : ''}
          </ul>
        </nav>`
      : '';
  const heading = t(locale, 'site.archive.title');
  const main = html`<h1>${heading}</h1>
    <p class="lead">${caption}</p>
    ${list(input.items)} ${nav}`;
  return renderPage({
    locale,
    path,
    twinPath: archivePagePath(otherLocale(locale), page),
    title: `${heading} - ${t(locale, 'site.archive.range', { from: day(input.from), to: day(input.to) })}`,
    description: t(locale, 'site.index.lead'),
    crumbs: [{ path: indexPath(locale), text: t(locale, 'site.nav.opportunities') }],
    dateModified: input.dateModified,
    siteUrl: input.siteUrl,
    main,
  });
}
