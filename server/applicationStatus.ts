import type { IncomingMessage, ServerResponse } from 'node:http';
import { statusFields } from '../domain/applicationStatus';
import { isLocale, type Locale } from '../domain/locale';
import { t, type MessageKey } from '../domain/messages';
import { formatInstant } from '../site/format';
import { html } from '../site/html';
import { renderStatus, renderStatusForm, statusAction, withdrawAction } from '../site/statusPage';
import type { ApplicationStatus } from '../storage/applicationStatusStore';
import { StorageUnavailable } from '../storage/errors';
import type { Handler, RequestContext } from '../runtime/http';
import { localeGuard, route, routeTable } from './routeTable';
import { readFormOrRefuse } from './formBody';
import { publicFormPages, type PublicFormMessages, type PublicFormOptions } from './publicForm';

/** Per client address: a few lookups, not a search through numbers and addresses. */
export const statusRateLimit = { perMinute: 6, burst: 10 };

/** Two short fields and a box: anything larger was not sent by the form. */
const bodyLimit = 4_096;

export interface StatusEndpointOptions extends Omit<PublicFormOptions, 'formUrl' | 'twinOf'> {
  /** This endpoint's public address, e.g. `https://app.example.ca/status`. */
  statusUrl: string;
}

const messages: PublicFormMessages = {
  title: 'site.applicationStatus.error.title',
  notFound: 'site.applicationStatus.error.notFound',
  tooLarge: 'site.applicationStatus.error.tooLarge',
  wrongType: 'site.applicationStatus.error.wrongType',
  origin: 'site.applicationStatus.error.origin',
  rateLimited: 'site.applicationStatus.error.rateLimited',
  unavailable: 'site.applicationStatus.error.unavailable',
  again: 'site.applicationStatus.again',
};

type Fields = Record<string, string | string[]>;
const text = (fields: Fields, name: string) =>
  typeof fields[name] === 'string' ? fields[name] : '';

/**
 * The application status page (`/status/{en|fr}`): a supplier's number and e-mail show where their
 * application stands, and before closing it can be withdrawn (`/status/{en|fr}/withdraw`). Plain
 * form posts answered with a page (no redirect: the answer is for the pair just typed, never in an
 * address), with the defences of `/apply/` (`publicFormPages`): the site's origin only, a rate
 * limit per client address, a small form-encoded UTF-8 body. A wrong number and a wrong address
 * get the same page.
 */
export function statusEndpoint(options: StatusEndpointOptions): Handler {
  const { storage, logger } = options;
  const statusUrl = options.statusUrl.replace(/\/+$/, '');
  const prefix = new URL(statusUrl).pathname;
  const { pages, admit } = publicFormPages(
    { ...options, formUrl: statusUrl, twinOf: (locale) => statusAction(statusUrl, locale) },
    messages,
  );

  const lookupPage = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    values: { number?: string; email?: string } = {},
    notFound = false,
  ) => {
    const title = t(locale, 'site.applicationStatus.title');
    pages.page(
      res,
      status,
      locale,
      title,
      html`<h1>${title}</h1>
        ${renderStatusForm(locale, statusAction(statusUrl, locale), values, notFound)}`,
      null,
    );
  };

  const statusPage = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    found: ApplicationStatus,
    email: string,
    refusal?: { key: MessageKey; params?: Record<string, string> },
  ) => {
    const number = `${found.record.id}-${found.confirmation}`;
    pages.page(
      res,
      status,
      locale,
      t(locale, 'site.applicationStatus.heading', { number }),
      renderStatus(found, locale, {
        email,
        withdrawAction: withdrawAction(statusUrl, locale),
        lookupUrl: statusAction(statusUrl, locale),
        opportunityUrl: pages.pageUrl(found.record.id, locale),
        ...(refusal ? { problem: refusal } : {}),
      }),
      null,
    );
  };

  /** Origin, rate limit and body: what every post passes before its pair is looked up. */
  const admitted = async (
    req: IncomingMessage,
    res: ServerResponse,
    locale: Locale,
  ): Promise<Fields | null> =>
    (await admit(req, res, locale))
      ? readFormOrRefuse(req, res, bodyLimit, pages, messages, locale, null)
      : null;

  const lookup = async (req: IncomingMessage, res: ServerResponse, locale: Locale) => {
    const fields = await admitted(req, res, locale);
    if (!fields) return;
    const number = text(fields, statusFields.number);
    const email = text(fields, statusFields.email);
    const found = await storage.applicationStatus.status(number, email);
    if (!found) return lookupPage(res, 404, locale, { number, email }, true);
    statusPage(res, 200, locale, found, email);
  };

  const withdraw = async (req: IncomingMessage, res: ServerResponse, locale: Locale) => {
    const fields = await admitted(req, res, locale);
    if (!fields) return;
    const number = text(fields, statusFields.number);
    const email = text(fields, statusFields.email);
    if (fields[statusFields.confirm] !== 'yes') {
      const found = await storage.applicationStatus.status(number, email);
      if (!found) return lookupPage(res, 404, locale, { number, email }, true);
      return statusPage(res, 400, locale, found, email, {
        key: 'site.applicationStatus.mustConfirm',
      });
    }
    const outcome = await storage.applicationStatus.withdraw(number, email);
    if (outcome.kind === 'notFound') return lookupPage(res, 404, locale, { number, email }, true);
    const { status } = outcome;
    if (outcome.kind === 'closed') {
      const closing = status.record.fields.closingAt ?? '';
      return statusPage(res, 409, locale, status, email, {
        key: 'site.applicationStatus.closed',
        params: { closing: closing ? formatInstant(closing, locale) : '' },
      });
    }
    if (outcome.kind === 'withdrawn')
      logger.info(
        { opportunityId: status.record.id, confirmation: status.confirmation },
        'application withdrawn',
      );
    const title = t(locale, 'site.applicationStatus.withdrawnTitle');
    pages.page(
      res,
      200,
      locale,
      title,
      html`<h1>${title}</h1>
        <p class="lead">
          ${t(locale, 'site.applicationStatus.withdrawnLead', {
            number: `${status.record.id}-${status.confirmation}`,
          })}
        </p>
        <p>
          <a href="${pages.pageUrl(status.record.id, locale)}"
            >${t(locale, 'site.received.back')}</a
          >
        </p>`,
      null,
    );
  };

  const redirect = (res: ServerResponse, location: string) => {
    res.writeHead(303, { location, allow: 'POST' });
    res.end();
  };
  /** Paths whose first part is not a language are not the page's. */
  const inLocale = localeGuard((res) => pages.problem(res, 404, 'en', messages.notFound, null));
  const start = ({ res }: RequestContext) => redirect(res, statusAction(statusUrl, 'en'));
  const page = inLocale(({ res }, locale) => lookupPage(res, 200, locale));
  // Someone followed the withdrawal form's address: the withdrawal starts from a lookup.
  const toLookup = inLocale(({ res }, locale) => redirect(res, statusAction(statusUrl, locale)));
  // Paths below the page's prefix: `/{en|fr}` and its withdrawal.
  const routes = routeTable([
    route('GET /', start),
    route('HEAD /', start),
    route('GET /:lang', page),
    route('HEAD /:lang', page),
    route(
      'POST /:lang',
      inLocale(({ req, res }, locale) => lookup(req, res, locale)),
    ),
    route(
      'POST /:lang/withdraw',
      inLocale(({ req, res }, locale) => withdraw(req, res, locale)),
    ),
    route('GET /:lang/withdraw', toLookup),
    route('HEAD /:lang/withdraw', toLookup),
  ]);

  return async (context) => {
    const { req, res, url } = context;
    const path = url.pathname.slice(prefix.length);
    const lang = path.split('/')[1];
    const locale: Locale = isLocale(lang) ? lang : 'en';
    try {
      const match = routes.match(req.method ?? 'GET', path);
      if (match.kind === 'found') return await match.handler({ ...context, params: match.params });
      req.resume();
      return pages.problem(res, 404, locale, messages.notFound, null);
    } catch (error) {
      if (!(error instanceof StorageUnavailable)) throw error;
      logger.warn({ form: prefix }, 'status page refused: storage unavailable');
      if (!res.headersSent)
        pages.problem(res, 503, locale, messages.unavailable, null, {}, { 'retry-after': '60' });
    }
  };
}
