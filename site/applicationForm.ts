import { applicationFields } from '../domain/applications';
import {
  maxApplicationAnswerLength,
  maxApplicationAnswerWords,
  maxSupplierNameLength,
} from '../domain/limits';
import type { Locale } from '../domain/locale';
import { describeProblem, t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import type { Problem } from '../domain/problems';
import { html, type SafeHtml } from './html';

/** Where the form posts: the server's public endpoint, one address per language and opportunity. */
export function applicationAction(applyUrl: string, id: string, locale: Locale): string {
  return `${applyUrl.replace(/\/+$/, '')}/${locale}/${encodeURIComponent(id)}`;
}

/** The form's fields and the problems found with them, to show a refused form again as sent. */
export interface FormState {
  values: Readonly<Record<string, string>>;
  problems: readonly Problem[];
}

const emptyState: FormState = { values: {}, problems: [] };

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
  state: FormState = emptyState,
): SafeHtml {
  const byInput = new Map<string, string[]>();
  for (const p of state.problems) {
    const name = inputNameOf(p.field);
    byInput.set(name, [...(byInput.get(name) ?? []), describeProblem(p, locale)]);
  }
  const value = (name: string) => state.values[name] ?? '';
  const error = (name: string) => {
    const messages = byInput.get(name);
    return messages
      ? html`<p class="field-error" id="${inputId(name)}-error">
          ${messages.map((m, i) => html`${i ? html`<br />` : ''}${m}`)}
        </p>`
      : '';
  };
  const described = (name: string, hint?: string) => {
    const ids = [hint, byInput.has(name) ? `${inputId(name)}-error` : undefined].filter(Boolean);
    return ids.length ? html` aria-describedby="${ids.join(' ')}"` : '';
  };
  const invalid = (name: string) => (byInput.has(name) ? html` aria-invalid="true"` : '');
  const required = html`<span class="required">(${t(locale, 'site.applyForm.required')})</span>`;
  const text = (
    name: string,
    label: string,
    options: { type: string; autocomplete: string; optional?: boolean },
  ) =>
    html`<div class="form-field${byInput.has(name) ? ' form-field--error' : ''}">
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
    return html`<div class="form-field${byInput.has(name) ? ' form-field--error' : ''}">
      <label for="${inputId(name)}"
        >${t(locale, 'site.applyForm.answerLabel', { n: i + 1 })} ${required}</label
      >
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
        required${described(name, `${hint}-criterion ${hint}`)}${invalid(name)}
      >
${value(name)}</textarea>
    </div>`;
  });
  const checkbox = (name: string, label: string) =>
    html`<div class="form-check${byInput.has(name) ? ' form-field--error' : ''}">
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
  const summary = state.problems.length
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
        <h3>${t(locale, 'site.applyForm.problemsHeading', { count: state.problems.length })}</h3>
        <ul>
          ${state.problems.map(
            (p) =>
              html`<li>
                <a href="#${inputId(inputNameOf(p.field))}">${describeProblem(p, locale)}</a>
              </li>`,
          )}
        </ul>
      </div>`
    : '';
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
    <div class="form-field trap">
      <label for="${inputId(applicationFields.honeypot)}">${t(locale, 'field.website')}</label>
      <input
        id="${inputId(applicationFields.honeypot)}"
        name="${applicationFields.honeypot}"
        type="text"
        autocomplete="off"
        tabindex="-1"
        value=""
      />
    </div>
    <button type="submit" class="button">${t(locale, 'site.applyForm.submit')}</button>
  </form>`;
}
