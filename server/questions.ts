import { defaultQuestionCutoffHours, maxQuestionLength } from '../domain/limits';
import { t } from '../domain/messages';
import { questionDeadline, questionFields } from '../domain/questions';
import type { FormState } from '../site/formParts';
import { html } from '../site/html';
import { questionAction, renderQuestionForm } from '../site/questionForm';
import type { Handler } from '../runtime/http';
import { readFormOrRefuse, textValues } from './formBody';
import { publicFormEndpoint, type PublicFormMessages, type PublicFormOptions } from './publicForm';

/** The same allowance per client address as the application form. */
export { applicationRateLimit as questionRateLimit } from './applications';

export interface QuestionEndpointOptions extends Omit<PublicFormOptions, 'formUrl'> {
  /** This endpoint's public address, e.g. `https://app.example.ca/questions`. */
  questionsUrl: string;
  /** Questions are taken until this many hours before closing; the store enforces it, the page says it. */
  cutoffHours?: number;
}

/** A question of 1,000 characters of up to 9 bytes once form-encoded, and a short address. */
const bodyLimit = 4_096 + maxQuestionLength * 9;

const messages: PublicFormMessages = {
  title: 'site.questionError.title',
  notFound: 'site.error.notFound',
  tooLarge: 'site.questionError.tooLarge',
  wrongType: 'site.questionError.wrongType',
  origin: 'site.questionError.origin',
  rateLimited: 'site.questionError.rateLimited',
  unavailable: 'site.questionError.unavailable',
};

/** The public question endpoint (`/questions/`): a supplier asks before the cut-off. */
export function questionEndpoint(options: QuestionEndpointOptions): Handler {
  const { storage, logger } = options;
  const questionsUrl = options.questionsUrl.replace(/\/+$/, '');
  const cutoffHours = options.cutoffHours ?? defaultQuestionCutoffHours;
  return publicFormEndpoint({ ...options, formUrl: questionsUrl }, messages, (pages) => ({
    async post(res, req, locale, record) {
      const { id } = record;
      const fields = await readFormOrRefuse(req, res, bodyLimit, pages, messages, locale, record, {
        max: maxQuestionLength,
      });
      if (!fields) return;
      const outcome = await storage.questions.ask(id, fields, locale);
      if (outcome.kind === 'notFound')
        return pages.problem(res, 404, locale, messages.notFound, null);
      if (outcome.kind === 'refused') {
        // Codes only: never the question or the address.
        logger.info(
          { opportunityId: id, problems: outcome.problems.map((p) => `${p.field}:${p.code}`) },
          'question refused',
        );
        const title = t(locale, 'site.questionForm.title', {
          title: pages.titleOf(record, locale),
        });
        const deadline = questionDeadline(record, cutoffHours) ?? new Date(0);
        const state: FormState = {
          values: { ...textValues(fields), [questionFields.honeypot]: '' },
          problems: outcome.problems,
        };
        return pages.refused(
          res,
          locale,
          title,
          renderQuestionForm(locale, questionAction(questionsUrl, id, locale), deadline, state),
          record,
        );
      }
      logger.info({ opportunityId: id, question: outcome.number }, 'question received');
      pages.redirect(res, `${questionAction(questionsUrl, id, locale)}/received/${outcome.number}`);
    },

    async received(res, locale, id, number) {
      const record = await storage.opportunities.get(id);
      if (!record || !(await storage.questions.exists(id, number)))
        return pages.problem(res, 404, locale, messages.notFound, null);
      const title = t(locale, 'site.questionReceived.title');
      pages.page(
        res,
        200,
        locale,
        title,
        html`<h1>${title}</h1>
          <p class="lead">
            ${t(locale, 'site.questionReceived.lead', { title: pages.titleOf(record, locale) })}
          </p>
          <p>${t(locale, 'site.questionReceived.next')}</p>
          <p><a href="${pages.pageUrl(id, locale)}">${t(locale, 'site.received.back')}</a></p>`,
        record,
      );
    },
  }));
}
