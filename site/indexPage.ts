import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { daysLeftText, formatInstant, formatValue } from './format';
import { html, type SafeHtml } from './html';
import { renderPage } from './layout';
import { contentPath, indexPagePath, relativeHref } from './paths';
import { publicStatus } from './publicView';
import { indexPath, opportunityPath } from './urls';

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
  /** 1-based. */
  page: number;
  pageCount: number;
  /** This page's items: open ones first, in order, then the others. */
  openItems: readonly SafeHtml[];
  otherItems: readonly SafeHtml[];
  openTotal: number;
  otherTotal: number;
  dateModified?: string;
  siteUrl?: string;
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

export function renderIndexPage(input: IndexInput): string {
  const { locale, page, pageCount } = input;
  const path = indexPagePath(locale, page);
  const list = (items: readonly SafeHtml[]) =>
    html`<ul class="opportunities">
      ${items}
    </ul>`;
  const showOpen = input.openItems.length > 0 || (page === 1 && input.openTotal === 0);
  const showOthers = input.otherItems.length > 0 || (page === pageCount && input.otherTotal === 0);
  const open = showOpen
    ? html`<section aria-labelledby="open-heading">
        <h2 id="open-heading">
          ${t(locale, 'site.index.open')}
          <span class="count"
            >(${t(locale, 'site.index.openCount', { count: input.openTotal })})</span
          >
        </h2>
        ${input.openItems.length ? list(input.openItems) : html`<p>${t(locale, 'site.index.noneOpen')}</p>`}
      </section>`
    : '';
  const others = showOthers
    ? html`<section aria-labelledby="others-heading">
        <h2 id="others-heading">${t(locale, 'site.index.others')}</h2>
        ${input.otherItems.length ? list(input.otherItems) : html`<p>${t(locale, 'site.index.noneOthers')}</p>`}
      </section>`
    : '';
  const main = html`<h1>${t(locale, 'site.index.title')}</h1>
    ${page === 1 ? html`<p class="lead">${t(locale, 'site.index.lead')} <a href="${relativeHref(path, contentPath('about', locale))}">${t(locale, 'site.index.learnMore')}</a></p>` : ''}
    ${open} ${others} ${pagination(input, path)}`;
  return renderPage({
    locale,
    path,
    twinPath: indexPagePath(locale === 'en' ? 'fr' : 'en', page),
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
