import type { Locale } from '../domain/locale';
import { describeByInput, describeProblem, t, type MessageKey } from '../domain/messages';
import type { Problem } from '../domain/problems';
import { html, type SafeHtml } from './html';

/** A public form's fields and the problems found with them, to show a refused form again as sent. */
export interface FormState {
  values: Readonly<Record<string, string>>;
  problems: readonly Problem[];
}

export const emptyFormState: FormState = { values: {}, problems: [] };

/**
 * The parts every public form (application, question) is made of: each problem beside its field
 * and listed in a summary at the top, fields described by their hints and errors, the honeypot.
 */
export function formParts(
  state: FormState,
  locale: Locale,
  options: {
    /** The id of a field's input, e.g. `apply-email`. */
    inputId(name: string): string;
    /** The input a problem's field belongs to. */
    inputNameOf?(field: string): string;
    problemsHeading: MessageKey;
  },
) {
  const { inputId } = options;
  const inputNameOf = options.inputNameOf ?? ((field: string) => field);
  const byInput = describeByInput(state.problems, locale, inputNameOf);
  const parts = {
    value: (name: string) => state.values[name] ?? '',
    hasError: (name: string) => byInput.has(name),
    fieldClass: (base: string, name: string) =>
      byInput.has(name) ? `${base} form-field--error` : base,
    error(name: string): SafeHtml | string {
      const messages = byInput.get(name);
      return messages
        ? html`<p class="field-error" id="${inputId(name)}-error">
            ${messages.map((m, i) => html`${i ? html`<br />` : ''}${m}`)}
          </p>`
        : '';
    },
    described(name: string, hint?: string): SafeHtml | string {
      const ids = [hint, byInput.has(name) ? `${inputId(name)}-error` : undefined].filter(Boolean);
      return ids.length ? html` aria-describedby="${ids.join(' ')}"` : '';
    },
    invalid: (name: string) => (byInput.has(name) ? html` aria-invalid="true"` : ''),
    required: html`<span class="required">(${t(locale, 'site.applyForm.required')})</span>`,
    summary: state.problems.length
      ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
          <h3>${t(locale, options.problemsHeading, { count: state.problems.length })}</h3>
          <ul>
            ${state.problems.map(
              (p) =>
                html`<li>
                  <a href="#${inputId(inputNameOf(p.field))}">${describeProblem(p, locale)}</a>
                </li>`,
            )}
          </ul>
        </div>`
      : '',
    /** Hidden from people (off-screen, out of the tab order); a bot that fills it in is refused. */
    honeypot: (name: string) =>
      html`<div class="form-field trap">
        <label for="${inputId(name)}">${t(locale, 'field.website')}</label>
        <input
          id="${inputId(name)}"
          name="${name}"
          type="text"
          autocomplete="off"
          tabindex="-1"
          value=""
        />
      </div>`,
  };
  return parts;
}
