import { locales, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import {
  maxKeywords,
  maxKeywordsText,
  subscriptionFields,
  type SubscriptionLinks,
} from '../domain/subscriptions';
import { emptyFormState, formParts, type FormState } from './formParts';
import { html, type SafeHtml } from './html';

/**
 * The subscription endpoint's address: beside the application endpoint on the same server
 * (`…/apply` → `…/subscribe`), so the site's form-action origin covers it.
 */
export function subscribeUrlOf(applyUrl: string): string {
  return applyUrl.replace(/\/+$/, '').replace(/\/apply$/, '') + '/subscribe';
}

/** The form's page (and where it posts) in one language. */
export function subscribePageUrl(subscribeUrl: string, locale: Locale): string {
  return `${subscribeUrl.replace(/\/+$/, '')}/${locale}`;
}

/** The links of a subscriber's e-mails, in the language of their e-mails. */
export function subscriptionLinks(
  subscribeUrl: string,
  locale: Locale,
  id: string,
  token: string,
): SubscriptionLinks {
  const query = `?s=${encodeURIComponent(id)}&t=${encodeURIComponent(token)}`;
  const page = subscribePageUrl(subscribeUrl, locale);
  return { confirm: `${page}/confirm${query}`, unsubscribe: `${page}/unsubscribe${query}` };
}

const inputId = (name: string) => `subscribe-${name}`;

/** The subscription form: plain HTML that works without script; the same markup shows a refusal. */
export function renderSubscriptionForm(
  locale: Locale,
  action: string,
  state: FormState = emptyFormState,
): SafeHtml {
  const { value, error, described, invalid, required, summary, fieldClass, honeypot } = formParts(
    state,
    locale,
    { inputId, problemsHeading: 'site.subscribe.problemsHeading' },
  );
  const { email, language, keywords } = subscriptionFields;
  const chosen = value(language) || locale;
  return html`<form
    class="application-form"
    method="post"
    action="${action}"
    accept-charset="utf-8"
  >
    ${summary}
    <div class="${fieldClass('form-field', email)}">
      <label for="${inputId(email)}">${t(locale, 'field.email')} ${required}</label>
      <p class="hint" id="${inputId(email)}-hint">${t(locale, 'site.subscribe.emailHint')}</p>
      ${error(email)}
      <input
        id="${inputId(email)}"
        name="${email}"
        type="email"
        autocomplete="email"
        maxlength="254"
        value="${value(email)}"
        required${described(email, `${inputId(email)}-hint`)}${invalid(email)}
      />
    </div>
    <fieldset class="${fieldClass('form-field', language)}">
      <legend>${t(locale, 'site.subscribe.languageLegend')}</legend>
      ${error(language)}
      ${locales.map(
        (option) =>
          html`<div class="form-check">
            <input
              id="${inputId(`${language}-${option}`)}"
              name="${language}"
              type="radio"
              value="${option}"
              required
              ${option === chosen ? html`checked` : ''}
            />
            <label for="${inputId(`${language}-${option}`)}" lang="${option}"
              >${t(locale, option === 'en' ? 'site.subscribe.english' : 'site.subscribe.french')}</label
            >
          </div>`,
      )}
    </fieldset>
    <div class="${fieldClass('form-field', keywords)}">
      <label for="${inputId(keywords)}">${t(locale, 'site.subscribe.keywordsLabel')}</label>
      <p class="hint" id="${inputId(keywords)}-hint">
        ${t(locale, 'site.subscribe.keywordsHint', { max: maxKeywords })}
      </p>
      ${error(keywords)}
      <input
        id="${inputId(keywords)}"
        name="${keywords}"
        type="text"
        maxlength="${maxKeywordsText}"
        value="${value(keywords)}"
        ${described(keywords, `${inputId(keywords)}-hint`)}${invalid(keywords)}
      />
    </div>
    ${honeypot(subscriptionFields.honeypot)}
    <button type="submit" class="button">${t(locale, 'site.subscribe.submit')}</button>
  </form>`;
}

/** A page's one button: confirm or unsubscribe, posting the link's id and secret back. */
export function renderLinkButton(
  action: string,
  link: { id: string; token: string },
  label: string,
): SafeHtml {
  return html`<form method="post" action="${action}" accept-charset="utf-8">
    <input type="hidden" name="s" value="${link.id}" />
    <input type="hidden" name="t" value="${link.token}" />
    <button type="submit" class="button">${label}</button>
  </form>`;
}
