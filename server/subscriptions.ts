import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, otherLocale, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { maxKeywordsText, subscriptionFields } from '../domain/subscriptions';
import type { FormState } from '../site/formParts';
import { html } from '../site/html';
import {
  renderLinkButton,
  renderSubscriptionForm,
  subscribePageUrl,
  subscriptionLinks,
} from '../site/subscriptionForm';
import { StorageUnavailable } from '../storage/errors';
import type { Handler } from '../runtime/http';
import { localeGuard, route, routeTable } from './routeTable';
import { readFormOrRefuse, textValues } from './formBody';
import { publicFormPages, type PublicFormMessages, type PublicFormOptions } from './publicForm';

/** The same allowance per client address as the application form. */
export { applicationRateLimit as subscriptionRateLimit } from './applications';

export interface SubscriptionEndpointOptions extends Omit<PublicFormOptions, 'formUrl' | 'twinOf'> {
  /** This endpoint's public address, e.g. `https://app.example.ca/subscribe`. */
  subscribeUrl: string;
}

/** An address, ten keywords of up to 9 bytes a character once form-encoded, and the rest. */
const bodyLimit = 4_096 + maxKeywordsText * 9;
/** A link's id and secret. */
const linkBodyLimit = 1_024;

const messages: PublicFormMessages = {
  title: 'site.subscribeError.title',
  notFound: 'site.subscribeError.notFound',
  tooLarge: 'site.subscribeError.tooLarge',
  wrongType: 'site.subscribeError.wrongType',
  origin: 'site.subscribeError.origin',
  rateLimited: 'site.subscribeError.rateLimited',
  unavailable: 'site.subscribeError.unavailable',
};

type LinkStep = 'confirm' | 'unsubscribe';

/**
 * Subscriptions to new opportunities (`/subscribe/{en|fr}`), with the application form's defences:
 * the form, "check your e-mail", and the two links every subscriber's e-mail carries. A link
 * opens a page with one button: mail scanners that follow links (Safe Links and the like) do
 * not press buttons, so they neither confirm nor unsubscribe anyone.
 */
export function subscriptionEndpoint(options: SubscriptionEndpointOptions): Handler {
  const { storage, logger } = options;
  const subscribeUrl = options.subscribeUrl.replace(/\/+$/, '');
  const prefix = new URL(subscribeUrl).pathname;
  const { pages, admit } = publicFormPages(
    {
      ...options,
      formUrl: subscribeUrl,
      twinOf: (locale) => subscribePageUrl(subscribeUrl, locale),
    },
    messages,
  );
  const pageOf = (locale: Locale) => subscribePageUrl(subscribeUrl, locale);

  const formPage = (res: ServerResponse, locale: Locale, status: number, state?: FormState) => {
    const title = t(locale, 'site.subscribe.title');
    pages.page(
      res,
      status,
      locale,
      title,
      html`<h1>${title}</h1>
        ${state ? html`<p>${t(locale, 'site.applyForm.refusedLead')}</p>` : ''}
        <p class="lead">${t(locale, 'site.subscribe.lead')}</p>
        ${renderSubscriptionForm(locale, pageOf(locale), state)}`,
      null,
    );
  };

  const message = (
    res: ServerResponse,
    status: number,
    locale: Locale,
    title: string,
    lines: string[],
    twinUrl = pageOf(otherLocale(locale)),
  ) =>
    pages.page(
      res,
      status,
      locale,
      title,
      html`<h1>${title}</h1>
        ${lines.map((line) => html`<p>${line}</p>`)}`,
      null,
      twinUrl,
    );

  const badLink = (res: ServerResponse, locale: Locale) =>
    pages.page(
      res,
      400,
      locale,
      t(locale, 'site.subscribe.badLinkTitle'),
      html`<h1>${t(locale, 'site.subscribe.badLinkTitle')}</h1>
        <p>${t(locale, 'site.subscribe.badLink')}</p>
        <p><a href="${pageOf(locale)}">${t(locale, 'site.subscribe.again')}</a></p>`,
      null,
    );

  const subscribe = async (req: IncomingMessage, res: ServerResponse, locale: Locale) => {
    const fields = await readFormOrRefuse(req, res, bodyLimit, pages, messages, locale, null);
    if (!fields) return;
    const outcome = await storage.subscriptions.subscribe(fields, (id, token, language) =>
      subscriptionLinks(subscribeUrl, language, id, token),
    );
    if (outcome.kind === 'refused') {
      // Codes only: never the address or the keywords.
      logger.info(
        { problems: outcome.problems.map((p) => `${p.field}:${p.code}`) },
        'subscription refused',
      );
      return formPage(res, locale, 400, {
        values: { ...textValues(fields), [subscriptionFields.honeypot]: '' },
        problems: outcome.problems,
      });
    }
    logger.info('subscription requested');
    pages.redirect(res, `${pageOf(locale)}/sent`);
  };

  /** The page a link opens: what the button will do, and the button. */
  const linkPage = (
    res: ServerResponse,
    locale: Locale,
    step: LinkStep,
    query: URLSearchParams,
  ) => {
    const link = { id: query.get('s') ?? '', token: query.get('t') ?? '' };
    const [title, lead, button] =
      step === 'confirm'
        ? ([
            'site.subscribe.confirmTitle',
            'site.subscribe.confirmLead',
            'site.subscribe.confirmButton',
          ] as const)
        : (['site.unsubscribe.title', 'site.unsubscribe.lead', 'site.unsubscribe.button'] as const);
    const action = `${pageOf(locale)}/${step}`;
    pages.page(
      res,
      200,
      locale,
      t(locale, title),
      html`<h1>${t(locale, title)}</h1>
        <p>${t(locale, lead)}</p>
        ${renderLinkButton(action, link, t(locale, button))}`,
      null,
      `${pageOf(otherLocale(locale))}/${step}?${query.toString()}`,
    );
  };

  /** The button pressed: the secret is checked against what is stored, and the answer given. */
  const pressed = async (
    res: ServerResponse,
    locale: Locale,
    step: LinkStep,
    fields: Record<string, string | string[]>,
  ) => {
    const id = typeof fields.s === 'string' ? fields.s : '';
    const token = typeof fields.t === 'string' ? fields.t : '';
    if (step === 'unsubscribe') {
      const outcome = await storage.subscriptions.unsubscribe(id, token);
      if (outcome.kind !== 'unsubscribed') return badLink(res, locale);
      logger.info('subscription deleted');
      return message(res, 200, locale, t(locale, 'site.unsubscribe.doneTitle'), [
        t(locale, 'site.unsubscribe.done'),
      ]);
    }
    const outcome = await storage.subscriptions.confirm(id, token);
    if (outcome.kind !== 'confirmed') return badLink(res, locale);
    logger.info('subscription confirmed');
    message(res, 200, locale, t(locale, 'site.subscribe.confirmedTitle'), [
      outcome.keywords.length
        ? t(locale, 'site.subscribe.confirmedKeywords', { keywords: outcome.keywords.join(', ') })
        : t(locale, 'site.subscribe.confirmedEverything'),
      t(locale, 'site.subscribe.confirmedUnsubscribe'),
    ]);
  };

  /** Paths whose first part is not a language are not the page's. */
  const inLocale = localeGuard((res) => pages.problem(res, 404, 'en', messages.notFound, null));
  const form = inLocale(({ res }, locale) => formPage(res, locale, 200));
  const sent = inLocale(({ res }, locale) =>
    message(
      res,
      200,
      locale,
      t(locale, 'site.subscribe.sentTitle'),
      [t(locale, 'site.subscribe.sentLead')],
      `${pageOf(otherLocale(locale))}/sent`,
    ),
  );
  const link = (step: LinkStep) =>
    inLocale(({ res, url }, locale) => linkPage(res, locale, step, url.searchParams));
  const press = (step: LinkStep) =>
    inLocale(async ({ req, res }, locale) => {
      if (!(await admit(req, res, locale))) return;
      const fields = await readFormOrRefuse(req, res, linkBodyLimit, pages, messages, locale, null);
      if (fields) await pressed(res, locale, step, fields);
    });
  // Paths below the page's prefix: `/{en|fr}`, and the steps after it.
  const routes = routeTable([
    route('GET /:lang', form),
    route('HEAD /:lang', form),
    route(
      'POST /:lang',
      inLocale(async ({ req, res }, locale) => {
        if (await admit(req, res, locale)) await subscribe(req, res, locale);
      }),
    ),
    route('GET /:lang/sent', sent),
    route('HEAD /:lang/sent', sent),
    ...(['confirm', 'unsubscribe'] as const).flatMap((step) => [
      route(`GET /:lang/${step}`, link(step)),
      route(`HEAD /:lang/${step}`, link(step)),
      route(`POST /:lang/${step}`, press(step)),
    ]),
  ]);

  return async (context) => {
    const { req, res, url } = context;
    const path = url.pathname.slice(prefix.length);
    const lang = path.split('/')[1];
    const locale: Locale = isLocale(lang) ? lang : 'en';
    try {
      const match = routes.match(req.method ?? 'GET', path);
      if (match.kind === 'found') return await match.handler({ ...context, params: match.params });
      return pages.problem(res, 404, locale, messages.notFound, null);
    } catch (error) {
      if (!(error instanceof StorageUnavailable)) throw error;
      logger.warn({ form: prefix }, 'subscription refused: storage unavailable');
      if (!res.headersSent)
        pages.problem(res, 503, locale, messages.unavailable, null, {}, { 'retry-after': '60' });
    }
  };
}
