import { statusFields, type ApplicationStanding } from '../domain/applicationStatus';
import type { Locale } from '../domain/locale';
import { t, type MessageKey } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { formatInstant } from './format';
import { html, type SafeHtml } from './html';

/**
 * The status endpoint's address: beside the application endpoint on the same server
 * (`…/apply` → `…/status`), so the site's form-action origin covers it.
 */
export function statusUrlOf(applyUrl: string): string {
  return applyUrl.replace(/\/+$/, '').replace(/\/apply$/, '') + '/status';
}

/** The lookup page, where its form posts, in one language. */
export function statusAction(statusUrl: string, locale: Locale): string {
  return `${statusUrl.replace(/\/+$/, '')}/${locale}`;
}

export function withdrawAction(statusUrl: string, locale: Locale): string {
  return `${statusAction(statusUrl, locale)}/withdraw`;
}

const inputId = (name: string) => `status-${name}`;

/**
 * The lookup form: plain HTML that posts to the server and works without script. After a lookup
 * that found nothing it comes back with what was typed and one message, the same whichever of the
 * two was wrong.
 */
export function renderStatusForm(
  locale: Locale,
  action: string,
  values: { number?: string; email?: string } = {},
  notFound = false,
): SafeHtml {
  const { number, email } = statusFields;
  const error = notFound
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
        <p>${t(locale, 'site.applicationStatus.notFound')}</p>
      </div>`
    : '';
  const invalid = notFound ? html` aria-invalid="true"` : '';
  return html`<form class="status-form" method="post" action="${action}" accept-charset="utf-8">
    ${error}
    <p>${t(locale, 'site.applicationStatus.lead')}</p>
    <div class="form-field">
      <label for="${inputId(number)}">${t(locale, 'site.applicationStatus.number')}</label>
      <p class="hint" id="${inputId(number)}-hint">
        ${t(locale, 'site.applicationStatus.numberHint')}
      </p>
      <input
        id="${inputId(number)}"
        name="${number}"
        type="text"
        autocomplete="off"
        spellcheck="false"
        maxlength="64"
        value="${values.number ?? ''}"
        required
        aria-describedby="${inputId(number)}-hint"
        ${invalid}
      />
    </div>
    <div class="form-field">
      <label for="${inputId(email)}">${t(locale, 'site.applicationStatus.email')}</label>
      <p class="hint" id="${inputId(email)}-hint">
        ${t(locale, 'site.applicationStatus.emailHint')}
      </p>
      <input
        id="${inputId(email)}"
        name="${email}"
        type="email"
        autocomplete="email"
        maxlength="254"
        value="${values.email ?? ''}"
        required
        aria-describedby="${inputId(email)}-hint"
        ${invalid}
      />
    </div>
    <button type="submit" class="button">${t(locale, 'site.applicationStatus.submit')}</button>
  </form>`;
}

export interface StatusView {
  record: Opportunity;
  confirmation: string;
  receivedAt: string;
  withdrawnAt: string | null;
  standing: ApplicationStanding;
  withdrawable: boolean;
}

/**
 * Where the application stands, and, while the opportunity is open, the withdrawal form: it posts
 * the same pair again (hidden), with a box to tick, since a withdrawal cannot be undone.
 */
export function renderStatus(
  view: StatusView,
  locale: Locale,
  options: {
    email: string;
    withdrawAction: string;
    lookupUrl: string;
    opportunityUrl: string;
    /** A refusal to show above the status (withdrawal not confirmed, or too late). */
    problem?: { key: MessageKey; params?: Record<string, string> };
  },
): SafeHtml {
  const { record, confirmation, standing } = view;
  const number = `${record.id}-${confirmation}`;
  const heading = t(locale, 'site.applicationStatus.heading', { number });
  const title = locale === 'en' ? record.fields.titleEn : record.fields.titleFr;
  const detail = t(locale, `site.applicationStatus.detail.${standing}`, {
    received: view.receivedAt ? formatInstant(view.receivedAt, locale) : '',
    closing: record.fields.closingAt ? formatInstant(record.fields.closingAt, locale) : '',
    at: view.withdrawnAt ? formatInstant(view.withdrawnAt, locale) : '',
  });
  const problem = options.problem
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
        <p>${t(locale, options.problem.key, options.problem.params ?? {})}</p>
      </div>`
    : '';
  const withdraw = view.withdrawable
    ? html`<h2>${t(locale, 'site.applicationStatus.withdrawHeading')}</h2>
        <form
          class="withdraw-form"
          method="post"
          action="${options.withdrawAction}"
          accept-charset="utf-8"
        >
          <p>${t(locale, 'site.applicationStatus.withdrawLead')}</p>
          <input type="hidden" name="${statusFields.number}" value="${number}" />
          <input type="hidden" name="${statusFields.email}" value="${options.email}" />
          <div class="form-check">
            <input
              id="${inputId(statusFields.confirm)}"
              name="${statusFields.confirm}"
              type="checkbox"
              value="yes"
              required
            />
            <label for="${inputId(statusFields.confirm)}"
              >${t(locale, 'site.applicationStatus.withdrawConfirm')}</label
            >
          </div>
          <button type="submit" class="button">
            ${t(locale, 'site.applicationStatus.withdrawSubmit')}
          </button>
        </form>`
    : '';
  return html`<h1>${heading}</h1>
    ${problem}
    <dl class="status-summary">
      <dt>${t(locale, 'site.applicationStatus.opportunity')}</dt>
      <dd><a href="${options.opportunityUrl}">${title}</a> (${record.id})</dd>
      <dt>${t(locale, 'site.applicationStatus.standing')}</dt>
      <dd><strong>${t(locale, `site.applicationStatus.standing.${standing}`)}</strong></dd>
    </dl>
    <p class="status-detail" id="status-${standing}">${detail}</p>
    ${withdraw}
    <p><a href="${options.lookupUrl}">${t(locale, 'site.applicationStatus.again')}</a></p>`;
}
