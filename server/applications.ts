import type { IncomingMessage, ServerResponse } from 'node:http';
import { maxApplicationAnswerLength } from '../domain/limits';
import { isLocale, type Locale } from '../domain/locale';
import { bilingual, t, type MessageKey } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { applicationAction, renderApplicationForm, type FormState } from '../site/applicationForm';
import { sitePageHeaders } from '../site/csp';
import { formatInstant } from '../site/format';
import { html, type SafeHtml } from '../site/html';
import { renderPage } from '../site/layout';
import { indexPath, opportunityPath } from '../site/urls';
import { StorageUnavailable } from '../storage/errors';
import type { Storage } from '../storage/storage';
import { readTextBody, type Handler } from './http';
import type { Logger } from './logger';
import type { RateLimiter } from './api/rateLimit';

/** Per client address: a few tries to fix a refused form, not a flood. */
export const applicationRateLimit = { perMinute: 6, burst: 10 };

export interface ApplicationEndpointOptions {
  storage: Storage;
  logger: Logger;
  /** This endpoint's public address, e.g. `https://app.example.ca/apply`. */
  applyUrl: string;
  /** The public site's address: refused forms are shown with its look, and its origin may post. */
  siteUrl: string;
  /** Per client address. */
  rateLimiter: RateLimiter;
  /** How the client's address is found: the socket's peer, or the nth address a trusted proxy added. */
  clientAddress(req: IncomingMessage): string;
}

/** Everything but the answers is short; each answer may be 3,000 characters of up to 9 bytes once form-encoded. */
function bodyLimit(record: Opportunity): number {
  return 16_384 + record.fields.evaluationCriteria.length * maxApplicationAnswerLength * 9;
}

type BodyOutcome =
  | { ok: true; fields: Record<string, string | string[]> }
  | { ok: false; status: 400 | 413 | 415; message: MessageKey };

async function readForm(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
    return { ok: false, status: 415, message: 'site.error.wrongType' };
  }
  const body = await readTextBody(req, limit);
  if (!body.ok) {
    return body.error === 'tooLarge'
      ? { ok: false, status: 413, message: 'site.error.tooLarge' }
      : { ok: false, status: 400, message: 'site.error.wrongType' };
  }
  const { text } = body;
  const params = new URLSearchParams(text);
  // Bytes that are not UTF-8 once percent-decoded turn into U+FFFD; refuse them rather than guess.
  if (text.includes('%') && [...params].some(([k, v]) => `${k}${v}`.includes('\ufffd'))) {
    return { ok: false, status: 400, message: 'site.error.wrongType' };
  }
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const seen = fields[key];
    // A field sent twice is not a text: the form's reader refuses it as the wrong type.
    fields[key] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return { ok: true, fields };
}

/**
 * Browsers send Origin with every form post. The form lives on the public site, which in Azure is
 * another origin than this server; a post from any other origin is refused, so no other site can
 * send applications through a visitor's browser.
 */
function originAllowed(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] === undefined;
  return allowed.has(origin);
}

/** The public application endpoint: the product's only write that needs no sign-in. */
export function applicationEndpoint(options: ApplicationEndpointOptions): Handler {
  const { storage, logger, siteUrl } = options;
  const applyUrl = options.applyUrl.replace(/\/+$/, '');
  const prefix = new URL(applyUrl).pathname.replace(/\/+$/, '');
  const allowedOrigins = new Set([new URL(applyUrl).origin, new URL(siteUrl).origin]);
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    // strict-origin: with no referrer at all a browser sends `Origin: null`, and the next post is refused.
    ...sitePageHeaders(applyUrl, siteUrl),
    'cache-control': 'no-store',
  };

  const page = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    title: string,
    main: SafeHtml,
    record: Opportunity | null,
    extraHeaders: Record<string, string> = {},
  ) => {
    const crumbs = [{ path: indexPath(locale), text: t(locale, 'site.nav.opportunities') }];
    if (record) {
      crumbs.push({
        path: opportunityPath(record.id, locale),
        text: locale === 'en' ? record.fields.titleEn : record.fields.titleFr,
      });
    }
    const body = renderPage({
      locale,
      path: record ? opportunityPath(record.id, locale) : indexPath(locale),
      twinPath: record
        ? opportunityPath(record.id, locale === 'en' ? 'fr' : 'en')
        : indexPath(locale === 'en' ? 'fr' : 'en'),
      title,
      crumbs,
      baseUrl: siteUrl,
      formAction: applyUrl,
      main,
    });
    res.writeHead(status, {
      ...headers,
      ...extraHeaders,
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  };

  /** A refusal that is not about one field: said in the page's language, then in the other. */
  const problemPage = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    message: MessageKey,
    record: Opportunity | null,
    params: Record<string, string | number> = {},
    extraHeaders: Record<string, string> = {},
  ) => {
    const other: Locale = locale === 'en' ? 'fr' : 'en';
    const both = bilingual(message, params);
    page(
      res,
      status,
      locale,
      t(locale, 'site.error.title'),
      html`<h1>${t(locale, 'site.error.title')}</h1>
        <p>${both[locale]}</p>
        <p lang="${other}">${both[other]}</p>
        ${
          record
            ? html`<p>
                <a href="${`${siteUrl}/${opportunityPath(record.id, locale)}`}"
                  >${t(locale, 'site.received.back')}</a
                >
              </p>`
            : ''
        }`,
      record,
      extraHeaders,
    );
  };

  const titleOf = (record: Opportunity, locale: Locale) =>
    locale === 'en' ? record.fields.titleEn : record.fields.titleFr;

  const post = async (res: ServerResponse, req: IncomingMessage, locale: Locale, id: string) => {
    if (!originAllowed(req, allowedOrigins))
      return problemPage(res, 403, locale, 'site.error.origin', null);
    const wait = options.rateLimiter.take(options.clientAddress(req));
    if (wait > 0) {
      return problemPage(
        res,
        429,
        locale,
        'site.error.rateLimited',
        null,
        { seconds: wait },
        {
          'retry-after': String(wait),
        },
      );
    }
    const record = await storage.opportunities.get(id);
    if (!record || !record.postedAt)
      return problemPage(res, 404, locale, 'site.error.notFound', null);
    const body = await readForm(req, bodyLimit(record));
    if (!body.ok) {
      // Leave nothing unread behind a refusal: the browser is still sending.
      req.resume();
      return problemPage(res, body.status, locale, body.message, record);
    }
    const outcome = await storage.applications.submit(id, body.fields, locale);
    if (outcome.kind === 'notFound')
      return problemPage(res, 404, locale, 'site.error.notFound', null);
    if (outcome.kind === 'refused') {
      logger.info(
        { opportunityId: id, problems: outcome.problems.map((p) => `${p.field}:${p.code}`) },
        'application refused',
      );
      const values: Record<string, string> = {};
      for (const [key, value] of Object.entries(body.fields))
        if (typeof value === 'string') values[key] = value;
      const state: FormState = { values: { ...values, website: '' }, problems: outcome.problems };
      const title = t(locale, 'site.applyForm.title', { title: titleOf(record, locale) });
      return page(
        res,
        400,
        locale,
        title,
        html`<h1>${title}</h1>
          <p>${t(locale, 'site.applyForm.refusedLead')}</p>
          ${renderApplicationForm(record, locale, applicationAction(applyUrl, id, locale), state)}`,
        record,
      );
    }
    logger.info({ opportunityId: id, confirmation: outcome.confirmation }, 'application received');
    // Post, redirect, get: reloading the confirmation never sends the application twice.
    res.writeHead(303, {
      location: `${applicationAction(applyUrl, id, locale)}/received/${outcome.confirmation}`,
      'cache-control': 'no-store',
    });
    res.end();
  };

  const received = async (
    res: ServerResponse,
    locale: Locale,
    id: string,
    confirmation: string,
  ) => {
    const record = await storage.opportunities.get(id);
    if (!record || !(await storage.applications.exists(id, confirmation)))
      return problemPage(res, 404, locale, 'site.error.notFound', null);
    const title = t(locale, 'site.received.title');
    const back = `${siteUrl}/${opportunityPath(id, locale)}`;
    page(
      res,
      200,
      locale,
      title,
      html`<h1>${title}</h1>
        <p class="lead">${t(locale, 'site.received.lead', { title: titleOf(record, locale) })}</p>
        <h2>${t(locale, 'site.received.number')}</h2>
        <p class="confirmation-number">${id}-${confirmation}</p>
        <p>${t(locale, 'site.received.keep')}</p>
        <p>
          ${t(locale, 'site.received.next', {
            closing: record.fields.closingAt ? formatInstant(record.fields.closingAt, locale) : '',
          })}
        </p>
        <p><a href="${back}">${t(locale, 'site.received.back')}</a></p>`,
      record,
    );
  };

  return async ({ req, res, url }) => {
    const rest = url.pathname.slice(prefix.length).split('/').filter(Boolean);
    const [lang, id, step, confirmation] = rest;
    const locale: Locale = isLocale(lang) ? lang : 'en';
    try {
      if (isLocale(lang) && id && rest.length === 2 && req.method === 'POST')
        return await post(res, req, locale, id);
      if (
        isLocale(lang) &&
        id &&
        step === 'received' &&
        confirmation &&
        rest.length === 4 &&
        (req.method === 'GET' || req.method === 'HEAD')
      )
        return await received(res, locale, id, confirmation);
      if (isLocale(lang) && id && rest.length === 2) {
        // Someone followed the form's address: send them to the page the form is on.
        res.writeHead(303, {
          location: `${siteUrl}/${opportunityPath(id, locale)}`,
          allow: 'POST',
        });
        return void res.end();
      }
      return problemPage(res, 404, locale, 'site.error.notFound', null);
    } catch (error) {
      if (!(error instanceof StorageUnavailable)) throw error;
      logger.warn('application refused: storage unavailable');
      if (!res.headersSent)
        problemPage(res, 503, locale, 'site.error.unavailable', null, {}, { 'retry-after': '60' });
    }
  };
}
