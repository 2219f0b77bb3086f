import { isLocale } from '../../domain/locale';
import type { Opportunity } from '../../domain/opportunity';
import { canSeeFundCentre } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import { siteAssets } from '../../site/assets';
import { renderOpportunityPage } from '../../site/opportunityPage';
import { assetsDir } from '../../site/paths';
import { isPublic } from '../../site/publicView';
import { fail } from './respond';
import { securityHeaders, teamsFrameAncestors } from './securityHeaders';
import { refuseRead, type SubResource } from './subResources';

/**
 * The preview's policy: the page's own inline styles and data: images, nothing else; no script,
 * no form, no link followed from inside (`sandbox`), and framed only by the tab's hosts.
 */
export const previewCsp = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors 'self' ${teamsFrameAncestors.join(' ')}`,
  'sandbox',
].join('; ');

/**
 * The record as the public page would show it once posted: a record not public yet is shown as
 * posted now (its closing, fields and texts as they stand); a public one as it is.
 */
export function asPublished(record: Opportunity, now: Date): Opportunity {
  if (isPublic(record)) return record;
  const at = now.toISOString();
  return { ...record, state: 'posted', postedAt: at, stateSince: at };
}

let styles: Promise<string> | null = null;

/** The site's two stylesheets (the design system's and ours), read once. */
function siteStyles(): Promise<string> {
  styles ??= siteAssets().then((files) =>
    [`${assetsDir}/gcds/gcds.css`, `${assetsDir}/site.css`]
      .map((name) => files.get(name)?.toString('utf8') ?? '')
      .join('\n')
      // Never the end of the element that holds it.
      .replace(/<\/style/gi, '<\\/style'),
  );
  return styles;
}

/**
 * The page made to stand alone in a frame that loads nothing: the site's stylesheets inline
 * instead of linked, and no script elements (the page reads without script, as the site's does
 * before its components load).
 */
export function standalone(page: string, css: string): string {
  return page
    .replace(/<link rel="stylesheet"[^>]*>/g, '')
    .replace(/<script\b[^>]*><\/script>/g, '')
    .replace('</head>', () => `<style>${css}</style></head>`);
}

/**
 * Whether `actor` may preview the public page: once public, anyone who may read the record (the
 * page is public anyway); before, those who answer for it or approve it (`canSeeFundCentre`: its
 * author, its cardholder or their delegate, procurement officers and managers), not admins, who
 * administer people rather than purchases.
 */
export function mayPreview(
  record: Opportunity,
  actor: Parameters<typeof canSeeFundCentre>[1],
): boolean {
  return isPublic(record) || canSeeFundCentre(record, actor);
}

/**
 * GET /api/opportunities/{id}/preview?lang=en|fr: the public page of this opportunity in one
 * language, as the site renders it (site/opportunityPage.ts), for the decision views' preview.
 * HTML under a strict policy; the tab shows it in a sandboxed frame.
 */
/** Where the public site's forms post, and when its questions close, as the site is built. */
export interface PublicForms {
  applyUrl: string;
  questionCutoffHours?: number;
}

export function previewRoute(
  storage: Storage,
  clock: () => Date,
  forms?: PublicForms,
): SubResource {
  return async (context) => {
    const { record } = context;
    const { res, url, actor } = context;
    const lang = url.searchParams.get('lang') ?? 'en';
    if (!isLocale(lang)) return fail(res, 400, 'invalidQuery', 'tab.api.previewLanguage');
    if (!mayPreview(record, actor))
      return refuseRead(
        storage,
        context,
        record,
        { intent: 'readPublicPreview', because: 'forbidden' },
        () => fail(res, 403, 'forbidden', 'tab.api.previewForbidden'),
      );
    const page = standalone(
      // The forms show as the page will show them; the frame's policy keeps them from posting.
      renderOpportunityPage(asPublished(record, clock()), lang, clock(), forms ?? {}),
      await siteStyles(),
    );
    res.writeHead(200, {
      ...securityHeaders(previewCsp),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-language': lang,
    });
    res.end(page);
  };
}
