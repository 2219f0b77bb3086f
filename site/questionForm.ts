import { maxQuestionLength } from '../domain/limits';
import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { questionFields } from '../domain/questions';
import { formatInstant } from './format';
import { emptyFormState, formParts, type FormState } from './formParts';
import { html, type SafeHtml } from './html';

/**
 * The question endpoint's address: beside the application endpoint on the same server
 * (`…/apply` → `…/questions`), so the site's form-action origin covers both.
 */
export function questionsUrlOf(applyUrl: string): string {
  return applyUrl.replace(/\/+$/, '').replace(/\/apply$/, '') + '/questions';
}

/** Where the form posts: one address per language and opportunity. */
export function questionAction(questionsUrl: string, id: string, locale: Locale): string {
  return `${questionsUrl.replace(/\/+$/, '')}/${locale}/${encodeURIComponent(id)}`;
}

const inputId = (name: string) => `ask-${name}`;

/**
 * The question form on an open opportunity's page, until the cut-off: plain HTML that works
 * without script and posts to the server; the same markup shows a refused question again.
 */
export function renderQuestionForm(
  locale: Locale,
  action: string,
  deadline: Date,
  state: FormState = emptyFormState,
): SafeHtml {
  const { value, error, described, invalid, required, summary, fieldClass, honeypot } = formParts(
    state,
    locale,
    { inputId, problemsHeading: 'site.questionForm.problemsHeading' },
  );
  const question = questionFields.question;
  const email = questionFields.email;
  const deadlineIso = deadline.toISOString();
  return html`<form class="question-form" method="post" action="${action}" accept-charset="utf-8">
    ${summary}
    <p>${t(locale, 'site.questionForm.intro', { deadline: formatInstant(deadlineIso, locale) })}</p>
    <div class="${fieldClass('form-field', question)}">
      <label for="${inputId(question)}">${t(locale, 'field.question')} ${required}</label>
      <p class="hint" id="${inputId(question)}-hint">
        ${t(locale, 'site.questionForm.questionHint', { max: maxQuestionLength })}
      </p>
      ${error(question)}
      <textarea
        id="${inputId(question)}"
        name="${question}"
        rows="5"
        maxlength="${maxQuestionLength}"
        required${described(question, `${inputId(question)}-hint`)}${invalid(question)}
      >
${value(question)}</textarea>
    </div>
    <div class="${fieldClass('form-field', email)}">
      <label for="${inputId(email)}"
        >${t(locale, 'site.questionForm.emailLabel')} ${required}</label
      >
      <p class="hint" id="${inputId(email)}-hint">${t(locale, 'site.questionForm.emailHint')}</p>
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
    ${honeypot(questionFields.honeypot)}
    <button type="submit" class="button">${t(locale, 'site.questionForm.submit')}</button>
  </form>`;
}
