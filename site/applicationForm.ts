import { applicationFields } from '../domain/applications';
import {
  maxApplicationAnswerLength,
  maxApplicationAnswerWords,
  maxSupplierNameLength,
} from '../domain/limits';
import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { emptyFormState, formParts, type FormState } from './formParts';
import { html, type SafeHtml } from './html';

/** Where the form posts: the server's public endpoint, one address per language and opportunity. */
export function applicationAction(applyUrl: string, id: string, locale: Locale): string {
  return `${applyUrl.replace(/\/+$/, '')}/${locale}/${encodeURIComponent(id)}`;
}

export type { FormState } from './formParts';

/** The form field a problem belongs to: answers are reported as `answers[i]`. */
export function inputNameOf(field: string): string {
  const answer = /^answers\[(\d+)\]$/.exec(field);
  return answer ? applicationFields.answer(Number(answer[1])) : field;
}

const inputId = (name: string) => `apply-${name}`;

/**
 * The application form on an open opportunity's page: plain HTML that works without script and
 * posts to the server. The same markup shows a refused form again, each problem beside its field
 * and listed in a summary at the top.
 */
export function renderApplicationForm(
  r: Opportunity,
  locale: Locale,
  action: string,
  state: FormState = emptyFormState,
): SafeHtml {
  const { value, error, described, invalid, required, summary, fieldClass, honeypot } = formParts(
    state,
    locale,
    {
      inputId,
      inputNameOf,
      problemsHeading: 'site.applyForm.problemsHeading',
    },
  );
  const text = (
    name: string,
    label: string,
    options: { type: string; autocomplete: string; optional?: boolean },
  ) =>
    html`<div class="${fieldClass('form-field', name)}">
      <label for="${inputId(name)}">${label} ${options.optional ? '' : required}</label>
      ${error(name)}
      <input
        id="${inputId(name)}"
        name="${name}"
        type="${options.type}"
        autocomplete="${options.autocomplete}"
        maxlength="${options.type === 'email' ? 254 : maxSupplierNameLength}"
        value="${value(name)}"
        ${options.optional ? '' : html`required`}${described(name)}${invalid(name)}
      />
    </div>`;
  const answers = r.fields.evaluationCriteria.map((criterion, i) => {
    const name = applicationFields.answer(i);
    const hint = `${inputId(name)}-hint`;
    const label = t(locale, 'site.applyForm.answerLabel', { n: i + 1 });
    return html`<div class="${fieldClass('form-field', name)}">
      <label for="${inputId(name)}">${label} ${required}</label>
      <p class="criterion" id="${hint}-criterion">${criterion[locale]}</p>
      <p class="hint" id="${hint}">
        ${t(locale, 'site.applyForm.answerHint', { words: maxApplicationAnswerWords })}
      </p>
      ${error(name)}
      <textarea
        id="${inputId(name)}"
        name="${name}"
        rows="8"
        maxlength="${maxApplicationAnswerLength}"
        data-max-words="${maxApplicationAnswerWords}"
        data-words-label="${label}"
        required${described(name, `${hint}-criterion ${hint}`)}${invalid(name)}
      >
${value(name)}</textarea>
    </div>`;
  });
  const checkbox = (name: string, label: string) =>
    html`<div class="${fieldClass('form-check', name)}">
      ${error(name)}
      <input
        id="${inputId(name)}"
        name="${name}"
        type="checkbox"
        value="yes"
        required
        ${value(name) === 'yes' ? html`checked` : ''}${described(name)}${invalid(name)}
      />
      <label for="${inputId(name)}">${label}</label>
    </div>`;
  const licence = r.fields.licence ?? '';
  return html`<form
    class="application-form"
    method="post"
    action="${action}"
    accept-charset="utf-8"
  >
    ${summary}
    <p>${t(locale, 'site.applyForm.intro')}</p>
    <fieldset>
      <legend>${t(locale, 'site.applyForm.aboutYou')}</legend>
      <p class="hint">${t(locale, 'site.applyForm.privacy')}</p>
      ${text(applicationFields.name, t(locale, 'field.name'), { type: 'text', autocomplete: 'name' })}
      ${text(applicationFields.businessName, t(locale, 'field.businessName'), {
        type: 'text',
        autocomplete: 'organization',
        optional: true,
      })}
      ${text(applicationFields.email, t(locale, 'field.email'), { type: 'email', autocomplete: 'email' })}
    </fieldset>
    <fieldset>
      <legend>${t(locale, 'site.applyForm.answers')}</legend>
      <p class="hint">${t(locale, 'site.apply.answers')}</p>
      ${answers}
    </fieldset>
    <fieldset>
      <legend>${t(locale, 'site.applyForm.attestations')}</legend>
      ${checkbox(applicationFields.eligible, t(locale, 'site.applyForm.eligible'))}
      ${checkbox(applicationFields.terms, t(locale, 'site.applyForm.terms', { licence }))}
    </fieldset>
    ${honeypot(applicationFields.honeypot)}
    <button type="submit" class="button">${t(locale, 'site.applyForm.submit')}</button>
  </form>`;
}
