import type { IncomingMessage, ServerResponse } from 'node:http';
import { statusFields } from '../domain/applicationStatus';
import { isLocale, type Locale } from '../domain/locale';
import { bilingual, t, type MessageKey } from '../domain/messages';
import { sitePageHeaders } from '../site/csp';
import { formatInstant } from '../site/format';
import { html, type SafeHtml } from '../site/html';
import { renderPage } from '../site/layout';
import { renderStatus, renderStatusForm, statusAction, withdrawAction } from '../site/statusPage';
import { indexPath, opportunityPath } from '../site/urls';
import type { ApplicationStatus } from '../storage/applicationStatusStore';
import { StorageUnavailable } from '../storage/errors';
import type { Storage } from '../storage/storage';
import type { Handler } from './http';
import type { Logger } from './logger';
import type { ClientRateLimiter } from './api/rateLimit';
import { originAllowed, readForm } from './publicForm';

/** Per client address: a few lookups, not a search through numbers and addresses. */
export const statusRateLimit = { perMinute: 6, burst: 10 };

/** Two short fields and a box: anything larger was not sent by the form. */
const bodyLimit = 4_096;

export interface StatusEndpointOptions {
  storage: Storage;
  logger: Logger;
  /** This endpoint's public address, e.g. `https://app.example.ca/status`. */
  statusUrl: string;
  /** The public site's address: the pages have its look, and its origin may post. */
  siteUrl: string;
  /** Per client address. */
  rateLimiter: ClientRateLimiter;
  clientAddress(req: IncomingMessage): string;
}

type Fields = Record<string, string | string[]>;
const text = (fields: Fields, name: string) =>
  typeof fields[name] === 'string' ? fields[name] : '';

/**
 * The application status page (`/status/{en|fr}`): a supplier's number and e-mail show where their
 * application stands, and before closing it can be withdrawn (`/status/{en|fr}/withdraw`). Plain
 * form posts answered with a page (no redirect: the answer is for the pair just typed, never in an
 * address), with the defences of `/apply/`: the site's origin only, a rate limit per client
 * address, a small form-encoded UTF-8 body. A wrong number and a wrong address get the same page.
 */
export function statusEndpoint(options: StatusEndpointOptions): Handler {
  const { storage, logger, siteUrl } = options;
  const statusUrl = options.statusUrl.replace(/\/+$/, '');
  const prefix = new URL(statusUrl).pathname;
  const allowedOrigins = new Set([new URL(statusUrl).origin, new URL(siteUrl).origin]);
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    ...sitePageHeaders(statusUrl, siteUrl),
    'cache-control': 'no-store',
  };
  const other = (locale: Locale): Locale => (locale === 'en' ? 'fr' : 'en');

  const render = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    title: string,
    main: SafeHtml,
    extra: Record<string, string> = {},
  ) => {
    const body = renderPage({
      locale,
      // Not a page of the site: no link of its menu is "this page".
      path: `${locale}/status.html`,
      twinPath: `${other(locale)}/status.html`,
      twinUrl: statusAction(statusUrl, other(locale)),
      title,
      crumbs: [{ path: indexPath(locale), text: t(locale, 'site.nav.opportunities') }],
      baseUrl: siteUrl,
      formAction: statusUrl,
      main,
    });
    res.writeHead(status, { ...headers, ...extra, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  /** A refusal that is not about the pair: said in the page's language, then in the other. */
  const problem = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    message: MessageKey,
    params: Record<string, string | number> = {},
    extra: Record<string, string> = {},
  ) => {
    const both = bilingual(message, params);
    const title = t(locale, 'site.applicationStatus.error.title');
    render(
      res,
      status,
      locale,
      title,
      html`<h1>${title}</h1>
        <p>${both[locale]}</p>
        <p lang="${other(locale)}">${both[other(locale)]}</p>
        <p>
          <a href="${statusAction(statusUrl, locale)}"
            >${t(locale, 'site.applicationStatus.again')}</a
          >
        </p>`,
      extra,
    );
  };

  const lookupPage = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    values: { number?: string; email?: string } = {},
    notFound = false,
  ) => {
    const title = t(locale, 'site.applicationStatus.title');
    render(
      res,
      status,
      locale,
      title,
      html`<h1>${title}</h1>
        ${renderStatusForm(locale, statusAction(statusUrl, locale), values, notFound)}`,
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
    render(
      res,
      status,
      locale,
      t(locale, 'site.applicationStatus.heading', { number }),
      renderStatus(found, locale, {
        email,
        withdrawAction: withdrawAction(statusUrl, locale),
        lookupUrl: statusAction(statusUrl, locale),
        opportunityUrl: `${siteUrl}/${opportunityPath(found.record.id, locale)}`,
        ...(refusal ? { problem: refusal } : {}),
      }),
    );
  };

  /** Origin, rate limit and body: what every post passes before its pair is looked up. */
  const admit = async (
    req: IncomingMessage,
    res: ServerResponse,
    locale: Locale,
  ): Promise<Fields | null> => {
    if (!originAllowed(req, allowedOrigins)) {
      req.resume();
      problem(res, 403, locale, 'site.applicationStatus.error.origin');
      return null;
    }
    const wait = await options.rateLimiter.take(options.clientAddress(req));
    if (wait > 0) {
      req.resume();
      problem(
        res,
        429,
        locale,
        'site.applicationStatus.error.rateLimited',
        { seconds: wait },
        {
          'retry-after': String(wait),
        },
      );
      return null;
    }
    const body = await readForm(req, bodyLimit);
    if (body.ok) return body.fields;
    req.resume();
    problem(
      res,
      body.status,
      locale,
      body.message === 'tooLarge'
        ? 'site.applicationStatus.error.tooLarge'
        : 'site.applicationStatus.error.wrongType',
    );
    return null;
  };

  const lookup = async (req: IncomingMessage, res: ServerResponse, locale: Locale) => {
    const fields = await admit(req, res, locale);
    if (!fields) return;
    const number = text(fields, statusFields.number);
    const email = text(fields, statusFields.email);
    const found = await storage.applicationStatus.status(number, email);
    if (!found) return lookupPage(res, 404, locale, { number, email }, true);
    statusPage(res, 200, locale, found, email);
  };

  const withdraw = async (req: IncomingMessage, res: ServerResponse, locale: Locale) => {
    const fields = await admit(req, res, locale);
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
    render(
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
          <a href="${siteUrl}/${opportunityPath(status.record.id, locale)}"
            >${t(locale, 'site.received.back')}</a
          >
        </p>`,
    );
  };

  return async ({ req, res, url }) => {
    const rest = url.pathname.slice(prefix.length).split('/').filter(Boolean);
    const [lang, step] = rest;
    const locale: Locale = isLocale(lang) ? lang : 'en';
    const reading = req.method === 'GET' || req.method === 'HEAD';
    try {
      if (rest.length === 0 && reading) {
        res.writeHead(303, { location: statusAction(statusUrl, 'en') });
        return void res.end();
      }
      if (isLocale(lang) && rest.length === 1 && reading) return lookupPage(res, 200, locale);
      if (isLocale(lang) && rest.length === 1 && req.method === 'POST')
        return await lookup(req, res, locale);
      if (isLocale(lang) && step === 'withdraw' && rest.length === 2 && req.method === 'POST')
        return await withdraw(req, res, locale);
      if (isLocale(lang) && step === 'withdraw' && rest.length === 2 && reading) {
        // Someone followed the form's address: the withdrawal starts from a lookup.
        res.writeHead(303, { location: statusAction(statusUrl, locale), allow: 'POST' });
        return void res.end();
      }
      req.resume();
      return problem(res, 404, locale, 'site.applicationStatus.error.notFound');
    } catch (error) {
      if (!(error instanceof StorageUnavailable)) throw error;
      logger.warn({ form: prefix }, 'status page refused: storage unavailable');
      if (!res.headersSent)
        problem(
          res,
          503,
          locale,
          'site.applicationStatus.error.unavailable',
          {},
          { 'retry-after': '60' },
        );
    }
  };
}
