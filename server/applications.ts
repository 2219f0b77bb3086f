import type { IncomingMessage } from 'node:http';
import { maxApplicationAnswerLength } from '../domain/limits';
import type { Locale } from '../domain/locale';
import type { Opportunity } from '../domain/opportunity';
import { applicationAction } from '../site/applicationForm';
import { applicationReceivedPage, refusedApplicationPage } from '../site/applicationPages';
import type { Handler } from '../runtime/http';
import { readFormOrRefuse, textValues } from './formBody';
import { publicFormEndpoint, type PublicFormMessages, type PublicFormOptions } from './publicForm';

/** Per client address: a few tries to fix a refused form, not a flood. */
export const applicationRateLimit = { perMinute: 6, burst: 10 };

export interface ApplicationEndpointOptions extends Omit<PublicFormOptions, 'formUrl'> {
  /** This endpoint's public address, e.g. `https://app.example.ca/apply`. */
  applyUrl: string;
}

/** Everything but the answers is short; each answer may be 3,000 characters of up to 9 bytes once form-encoded. */
function bodyLimit(record: Opportunity): number {
  return 16_384 + record.fields.evaluationCriteria.length * maxApplicationAnswerLength * 9;
}

const messages: PublicFormMessages = {
  title: 'site.error.title',
  notFound: 'site.error.notFound',
  tooLarge: 'site.error.tooLarge',
  wrongType: 'site.error.wrongType',
  origin: 'site.error.origin',
  rateLimited: 'site.error.rateLimited',
  unavailable: 'site.error.unavailable',
};

/** The public application endpoint (`/apply/`). */
export function applicationEndpoint(options: ApplicationEndpointOptions): Handler {
  const { storage, logger } = options;
  const applyUrl = options.applyUrl.replace(/\/+$/, '');
  return publicFormEndpoint({ ...options, formUrl: applyUrl }, messages, (pages) => ({
    async post(res, req: IncomingMessage, locale: Locale, record) {
      const { id } = record;
      const fields = await readFormOrRefuse(
        req,
        res,
        bodyLimit(record),
        pages,
        messages,
        locale,
        record,
      );
      if (!fields) return;
      const outcome = await storage.applications.submit(id, fields, locale);
      if (outcome.kind === 'notFound')
        return pages.problem(res, 404, locale, messages.notFound, null);
      if (outcome.kind === 'refused') {
        logger.info(
          { opportunityId: id, problems: outcome.problems.map((p) => `${p.field}:${p.code}`) },
          'application refused',
        );
        const page = refusedApplicationPage(record, locale, applyUrl, {
          values: { ...textValues(fields), website: '' },
          problems: outcome.problems,
        });
        return pages.refused(res, locale, page.title, page.main, record);
      }
      logger.info(
        { opportunityId: id, confirmation: outcome.confirmation },
        'application received',
      );
      pages.redirect(
        res,
        `${applicationAction(applyUrl, id, locale)}/received/${outcome.confirmation}`,
      );
    },

    async received(res, locale, id, confirmation) {
      const record = await storage.opportunities.get(id);
      if (!record || !(await storage.applications.exists(id, confirmation)))
        return pages.problem(res, 404, locale, messages.notFound, null);
      const page = applicationReceivedPage(record, locale, confirmation, {
        applyUrl,
        pageUrl: pages.pageUrl(id, locale),
      });
      pages.page(res, 200, locale, page.title, page.main, record);
    },
  }));
}
