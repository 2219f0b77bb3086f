import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, otherLocale, type Locale } from '../domain/locale';
import { bilingual, t, type MessageKey } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { sitePageHeaders } from '../site/csp';
import { html, type SafeHtml } from '../site/html';
import { renderPage } from '../site/layout';
import { indexPath, opportunityPath } from '../domain/publicUrls';
import { StorageUnavailable } from '../storage/errors';
import type { Storage } from '../storage/storage';
import type { ParamsOf } from '../contract/routes';
import type { Handler } from '../runtime/http';
import { originAllowed } from './formBody';
import type { Logger } from '../runtime/logger';
import type { ClientRateLimiter } from './api/rateLimit';
import { localeGuard, route, routeTable } from './routeTable';

/**
 * What the public forms (applications, questions) share: the only writes that need no sign-in,
 * each at `{prefix}/{en|fr}/{id}`, with the same defences: the site's origin only, a rate limit per
 * client address, a bounded form-encoded body, a 303 to a confirmation page (post, redirect, get),
 * and refusals said in the page's language and then the other.
 */
export interface PublicFormOptions {
  storage: Storage;
  logger: Logger;
  /** This endpoint's public address, e.g. `https://app.example.ca/apply`. */
  formUrl: string;
  /** The public site's address: refusals are shown with its look, and its origin may post. */
  siteUrl: string;
  /** Per client address. */
  rateLimiter: ClientRateLimiter;
  /** How the client's address is found: the socket's peer, or the nth address a trusted proxy added. */
  clientAddress(req: IncomingMessage): string;
  /** A form not about one opportunity: its page in `locale`, where the language toggle leads. */
  twinOf?(locale: Locale): string;
}

/** The refusals that are not about one field, worded for each form. */
export interface PublicFormMessages {
  title: MessageKey;
  notFound: MessageKey;
  tooLarge: MessageKey;
  wrongType: MessageKey;
  origin: MessageKey;
  rateLimited: MessageKey;
  unavailable: MessageKey;
  /** For a form about no opportunity: a refusal links back to the form's page (`twinOf`) with these words. */
  again?: MessageKey;
}

export interface FormPages {
  /** A page with the public site's look, for the opportunity if there is one. */
  page(
    res: ServerResponse,
    status: number,
    locale: Locale,
    title: string,
    main: SafeHtml,
    record: Opportunity | null,
    /** The same page in the other language, when it is not the opportunity's or the list's. */
    twinUrl?: string,
  ): void;
  /** A refusal that is not about one field: said in the page's language, then in the other. */
  problem(
    res: ServerResponse,
    status: number,
    locale: Locale,
    message: MessageKey,
    record: Opportunity | null,
    params?: Record<string, string | number>,
    extraHeaders?: Record<string, string>,
  ): void;
  /**
   * The form again with each problem beside its field and what was typed (400): "nothing was
   * stored", under the form's own title.
   */
  refused(
    res: ServerResponse,
    locale: Locale,
    title: string,
    form: SafeHtml,
    record: Opportunity,
  ): void;
  /** Post, redirect, get: reloading the confirmation never sends the form twice. */
  redirect(res: ServerResponse, location: string): void;
  titleOf(record: Opportunity, locale: Locale): string;
  /** The opportunity's page on the public site. */
  pageUrl(id: string, locale: Locale): string;
}

export interface PublicFormHandlers {
  /** Origin, rate limit and the opportunity are checked; the body is this form's to read. */
  post(
    res: ServerResponse,
    req: IncomingMessage,
    locale: Locale,
    record: Opportunity,
  ): Promise<void>;
  /** `GET {prefix}/{lang}/{id}/received/{number}`. */
  received(res: ServerResponse, locale: Locale, id: string, number: string): Promise<void>;
}

/** The pages of a public form, and the defences every post goes through first. */
export function publicFormPages(
  options: Omit<PublicFormOptions, 'storage' | 'logger'>,
  messages: PublicFormMessages,
): {
  pages: FormPages;
  /** The site's origin only, and the client's allowance: false when refused (and answered). */
  admit(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<boolean>;
} {
  const { siteUrl } = options;
  const formUrl = options.formUrl.replace(/\/+$/, '');
  const allowedOrigins = new Set([new URL(formUrl).origin, new URL(siteUrl).origin]);
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    // strict-origin: with no referrer at all a browser sends `Origin: null`, and the next post is refused.
    ...sitePageHeaders(formUrl, siteUrl),
    'cache-control': 'no-store',
  };
  // A page about no opportunity is not a page of the site: a path none of its menu links has, so
  // no link claims to be the current page (the list's path made "Opportunities" current).
  const formName = new URL(formUrl).pathname.split('/').filter(Boolean).pop() ?? 'form';
  const recordlessPath = (locale: Locale) => `${locale}/${formName}.html`;
  const titleOf = (record: Opportunity, locale: Locale) =>
    locale === 'en' ? record.fields.titleEn : record.fields.titleFr;
  const pageUrl = (id: string, locale: Locale) => `${siteUrl}/${opportunityPath(id, locale)}`;

  const render = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    title: string,
    main: SafeHtml,
    record: Opportunity | null,
    extraHeaders: Record<string, string> = {},
    twinUrl = record ? undefined : options.twinOf?.(otherLocale(locale)),
  ) => {
    const crumbs = [{ path: indexPath(locale), text: t(locale, 'site.nav.opportunities') }];
    if (record)
      crumbs.push({ path: opportunityPath(record.id, locale), text: titleOf(record, locale) });
    const body = renderPage({
      locale,
      path: record ? opportunityPath(record.id, locale) : recordlessPath(locale),
      twinPath: record
        ? opportunityPath(record.id, otherLocale(locale))
        : indexPath(otherLocale(locale)),
      twinUrl,
      title,
      crumbs,
      baseUrl: siteUrl,
      formAction: formUrl,
      main,
    });
    res.writeHead(status, {
      ...headers,
      ...extraHeaders,
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  };

  const problem: FormPages['problem'] = (
    res,
    status,
    locale,
    message,
    record,
    params = {},
    extra = {},
  ) => {
    const second = otherLocale(locale);
    const both = bilingual(message, params);
    const formPage = options.twinOf?.(locale);
    const back = record
      ? { href: pageUrl(record.id, locale), text: t(locale, 'site.received.back') }
      : messages.again && formPage
        ? { href: formPage, text: t(locale, messages.again) }
        : null;
    render(
      res,
      status,
      locale,
      t(locale, messages.title),
      html`<h1>${t(locale, messages.title)}</h1>
        <p>${both[locale]}</p>
        <p lang="${second}">${both[second]}</p>
        ${back ? html`<p><a href="${back.href}">${back.text}</a></p>` : ''}`,
      record,
      extra,
    );
  };

  const pages: FormPages = {
    page: (res, status, locale, title, main, record, twinUrl) =>
      render(res, status, locale, title, main, record, {}, twinUrl),
    problem,
    refused: (res, locale, title, form, record) =>
      render(
        res,
        400,
        locale,
        title,
        html`<h1>${title}</h1>
          <p>${t(locale, 'site.applyForm.refusedLead')}</p>
          ${form}`,
        record,
      ),
    redirect: (res, location) => {
      res.writeHead(303, { location, 'cache-control': 'no-store' });
      res.end();
    },
    titleOf,
    pageUrl,
  };
  const admit = async (
    req: IncomingMessage,
    res: ServerResponse,
    locale: Locale,
  ): Promise<boolean> => {
    if (!originAllowed(req, allowedOrigins)) {
      req.resume();
      problem(res, 403, locale, messages.origin, null);
      return false;
    }
    const wait = await options.rateLimiter.take(options.clientAddress(req));
    if (wait > 0) {
      req.resume();
      problem(
        res,
        429,
        locale,
        messages.rateLimited,
        null,
        { seconds: wait },
        {
          'retry-after': String(wait),
        },
      );
      return false;
    }
    return true;
  };
  return { pages, admit };
}

/** A public form's endpoint: the routes, the shared defences, and its pages. */
export function publicFormEndpoint(
  options: PublicFormOptions,
  messages: PublicFormMessages,
  handlers: (pages: FormPages) => PublicFormHandlers,
): Handler {
  const { storage, logger } = options;
  const formUrl = options.formUrl.replace(/\/+$/, '');
  const prefix = new URL(formUrl).pathname.replace(/\/+$/, '');
  const pageUrl = (id: string, locale: Locale) =>
    `${options.siteUrl}/${opportunityPath(id, locale)}`;
  const { pages, admit } = publicFormPages(options, messages);
  const { problem } = pages;
  const form = handlers(pages);

  const post = async (res: ServerResponse, req: IncomingMessage, locale: Locale, id: string) => {
    if (!(await admit(req, res, locale))) return;
    const record = await storage.opportunities.get(id);
    if (!record || !record.postedAt) return problem(res, 404, locale, messages.notFound, null);
    return form.post(res, req, locale, record);
  };

  // Someone followed the form's address: send them to the page the form is on.
  const toPage = (res: ServerResponse, locale: Locale, id: string) => {
    res.writeHead(303, { location: pageUrl(id, locale), allow: 'POST' });
    res.end();
  };
  /** Paths whose first part is not a language are not the form's. */
  const inLocale = localeGuard((res) => problem(res, 404, 'en', messages.notFound, null));
  const received = inLocale<ParamsOf<'/:lang/:id/received/:number'>>(({ res, params }, locale) =>
    form.received(res, locale, params.id, params.number),
  );
  const redirect = inLocale<ParamsOf<'/:lang/:id'>>(({ res, params }, locale) =>
    toPage(res, locale, params.id),
  );
  // Paths below the form's prefix: `/{en|fr}/{id}` and its receipts.
  const routes = routeTable([
    route(
      'POST /:lang/:id',
      inLocale(({ req, res, params }, locale) => post(res, req, locale, params.id)),
    ),
    route('GET /:lang/:id', redirect),
    route('HEAD /:lang/:id', redirect),
    route('GET /:lang/:id/received/:number', received),
    route('HEAD /:lang/:id/received/:number', received),
  ]);

  return async (context) => {
    const { req, res, url } = context;
    const path = url.pathname.slice(prefix.length);
    const lang = path.split('/')[1];
    const locale: Locale = isLocale(lang) ? lang : 'en';
    try {
      const match = routes.match(req.method ?? 'GET', path);
      if (match.kind === 'found') return await match.handler({ ...context, params: match.params });
      return problem(res, 404, locale, messages.notFound, null);
    } catch (error) {
      if (!(error instanceof StorageUnavailable)) throw error;
      logger.warn({ form: prefix }, 'public form refused: storage unavailable');
      if (!res.headersSent)
        problem(res, 503, locale, messages.unavailable, null, {}, { 'retry-after': '60' });
    }
  };
}
