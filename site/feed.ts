import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { feedPath } from './paths';
import { publicStatus } from './publicView';
import { indexPath, publicUrl } from '../domain/publicUrls';
import { escapeXml as x } from './xml';

/** Feeds carry the latest changes; the full list is in opportunities.json. */
export const feedSize = 50;

export interface FeedEntry {
  updated: string;
  xml: string;
}

export function feedEntry(
  r: Opportunity,
  locale: Locale,
  siteUrl: string,
  updated: string,
): FeedEntry {
  const status = publicStatus(r) ?? 'closed';
  const url = publicUrl(siteUrl, r.id, locale);
  const f = r.fields;
  const answered = r.answers.length
    ? ` ${t(locale, 'site.feed.answered', { count: r.answers.length })}`
    : '';
  const summary = `${t(locale, `site.status.${status}`)}. ${locale === 'en' ? f.summaryEn : f.summaryFr}${answered}`;
  const xml = `<entry>
<id>${x(url)}</id>
<title>${x(locale === 'en' ? f.titleEn : f.titleFr)}</title>
<published>${x(r.postedAt ?? updated)}</published>
<updated>${x(updated)}</updated>
<link rel="alternate" type="text/html" href="${x(url)}"/>
<category term="${status}" label="${x(t(locale, `site.status.${status}`))}"/>
<summary type="text">${x(summary)}</summary>
</entry>
`;
  return { updated, xml };
}

/** An Atom feed (RFC 4287) of the most recently changed opportunities, newest first. */
export function renderFeed(
  entries: readonly FeedEntry[],
  locale: Locale,
  siteUrl: string,
  now: Date,
): string {
  const base = siteUrl.replace(/\/+$/, '');
  const latest = [...entries]
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
    .slice(0, feedSize);
  const updated = latest[0]?.updated ?? now.toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale === 'en' ? 'en-CA' : 'fr-CA'}">
<id>${x(`${base}/${feedPath(locale)}`)}</id>
<title>${x(t(locale, 'site.feed.title'))}</title>
<subtitle>${x(t(locale, 'site.feed.subtitle'))}</subtitle>
<updated>${x(updated)}</updated>
<author><name>${x(t(locale, 'site.buyer.name'))}</name></author>
<link rel="self" type="application/atom+xml" href="${x(`${base}/${feedPath(locale)}`)}"/>
<link rel="alternate" type="text/html" href="${x(`${base}/${indexPath(locale)}`)}"/>
${latest.map((e) => e.xml).join('')}</feed>
`;
}
