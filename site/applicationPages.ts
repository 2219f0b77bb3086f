import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { applicationAction, renderApplicationForm, type FormState } from './applicationForm';
import { formatInstant } from './format';
import { html, type SafeHtml } from './html';
import { statusAction, statusUrlOf } from './statusPage';

/**
 * The two pages the application endpoint answers with, besides its refusals: the form again after
 * a refusal, and the receipt. Records in, HTML out; the server wraps them in the site's layout.
 */
export interface ApplicationPage {
  title: string;
  main: SafeHtml;
}

const titleOf = (record: Opportunity, locale: Locale) =>
  locale === 'en' ? record.fields.titleEn : record.fields.titleFr;

/** The form as it was sent, each problem beside its field, under the form's own title. */
export function refusedApplicationPage(
  record: Opportunity,
  locale: Locale,
  applyUrl: string,
  state: FormState,
): ApplicationPage {
  return {
    title: t(locale, 'site.applyForm.title', { title: titleOf(record, locale) }),
    main: renderApplicationForm(
      record,
      locale,
      applicationAction(applyUrl, record.id, locale),
      state,
    ),
  };
}

/**
 * The receipt: the confirmation number to keep and what happens next. `pageUrl` is the
 * opportunity's page on the public site.
 */
export function applicationReceivedPage(
  record: Opportunity,
  locale: Locale,
  confirmation: string,
  links: { applyUrl: string; pageUrl: string },
): ApplicationPage {
  const title = t(locale, 'site.received.title');
  const closing = record.fields.closingAt ? formatInstant(record.fields.closingAt, locale) : '';
  return {
    title,
    main: html`<h1>${title}</h1>
      <p class="lead">${t(locale, 'site.received.lead', { title: titleOf(record, locale) })}</p>
      <h2>${t(locale, 'site.received.number')}</h2>
      <p class="confirmation-number">${record.id}-${confirmation}</p>
      <p>${t(locale, 'site.received.keep')}</p>
      <h2>${t(locale, 'site.received.nextHeading')}</h2>
      <ol class="next-steps">
        <li>${t(locale, 'site.received.step.receipt')}</li>
        ${closing ? html`<li>${t(locale, 'site.received.step.withdraw', { closing })}</li>` : ''}
        <li>${t(locale, 'site.received.step.evaluation')}</li>
        <li>${t(locale, 'site.received.step.draw')}</li>
        <li>${t(locale, 'site.received.step.result')}</li>
        <li>${t(locale, 'site.received.step.status')}</li>
      </ol>
      <p>
        <a href="${statusAction(statusUrlOf(links.applyUrl), locale)}"
          >${t(locale, 'site.applicationStatus.follow')}</a
        >
      </p>
      <p><a href="${links.pageUrl}">${t(locale, 'site.received.back')}</a></p>`,
  };
}
