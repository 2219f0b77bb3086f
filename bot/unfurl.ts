import { formatDateTime, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { formatCents } from '../domain/money';
import { totalCents } from '../domain/completeness';
import { isOpportunityId, readOpportunityId, type Opportunity } from '../domain/opportunity';
import { publicStatus } from '../domain/publicStatus';
import { publicUrl } from '../domain/publicUrls';
import type { Storage } from '../storage/storage';
import { card, facts, heading, openUrl, type Card } from './cards/elements';

/**
 * Link previews and the search message extension. Whatever these cards show, everyone in the chat
 * sees, whether or not they may read the opportunity in the tab: so they show only what its public
 * page shows (title, number, public status, value with taxes, closing), and nothing of a draft.
 */

/** Teams renders a link's preview from Adaptive Cards 1.3 and earlier; these use nothing newer. */
export type SharedAdaptiveCard = Card & { version: '1.3' };

/** One result as Teams lists it: the card that goes into the message and its short preview. */
export interface SharedCard {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: SharedAdaptiveCard;
  preview: {
    contentType: 'application/vnd.microsoft.card.thumbnail';
    content: { title: string; subtitle: string; text: string };
  };
}

/** The opportunity and language a public page's address names; null for any other address. */
export function linkedOpportunity(
  siteBaseUrl: string,
  address: unknown,
): { id: string; locale: Locale } | null {
  if (typeof address !== 'string') return null;
  let url: URL;
  let base: URL;
  try {
    url = new URL(address);
    base = new URL(siteBaseUrl);
  } catch {
    return null;
  }
  if (url.host.toLowerCase() !== base.host.toLowerCase()) return null;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${prefix}/`)) return null;
  const match = /^(en|fr)\/([^/]+)\.html$/.exec(url.pathname.slice(prefix.length + 1));
  if (!match) return null;
  const id = decodeURIComponent(match[2]!);
  return isOpportunityId(id) ? { id, locale: match[1] as Locale } : null;
}

/** The card a public opportunity shows in a chat, in one language; null unless it is public. */
export function publicCard(
  record: Opportunity,
  locale: Locale,
  siteBaseUrl: string,
): SharedCard | null {
  const status = publicStatus(record);
  if (!status) return null;
  const f = record.fields;
  const title = locale === 'fr' ? f.titleFr : f.titleEn;
  const cents = totalCents(f);
  const value =
    cents === null ? '' : t(locale, 'site.value.total', { amount: formatCents(cents, locale) });
  const closing = f.closingAt ? formatDateTime(f.closingAt, locale) : '';
  const statusText = t(locale, `site.status.${status}`);
  const content: SharedAdaptiveCard = {
    ...card(
      [
        heading(title),
        facts([
          [t(locale, 'site.field.reference'), record.id],
          [t(locale, 'site.field.status'), statusText],
          [t(locale, 'site.field.value'), value],
          [t(locale, status === 'open' ? 'site.field.closingAt' : 'site.field.closedAt'), closing],
        ]),
      ],
      [openUrl(t(locale, 'unfurl.openPage'), publicUrl(siteBaseUrl, record.id, locale))],
    ),
    version: '1.3',
  };
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content,
    preview: {
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: {
        title,
        subtitle: t(locale, 'unfurl.preview', { id: record.id, status: statusText }),
        text: value,
      },
    },
  };
}

/** The preview of a pasted public link: the public card, or nothing for any other address. */
export async function unfurl(
  storage: Storage,
  siteBaseUrl: string,
  address: unknown,
): Promise<SharedCard | null> {
  const linked = linkedOpportunity(siteBaseUrl, address);
  if (!linked) return null;
  const record = await storage.opportunities.get(linked.id);
  return record ? publicCard(record, linked.locale, siteBaseUrl) : null;
}

/** Lower case without accents, so "Evaluation" finds "Évaluation". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const words = (text: string) =>
  folded(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A search never lists more than Teams shows. */
export const maxResults = 25;

/**
 * Open (posted) opportunities found by number ("MA-2026-7", "2026-0007") or by words of their title
 * in either language (every word must appear), most recently posted first.
 */
export async function searchOpen(
  storage: Storage,
  query: string,
  page: { skip: number; count: number },
): Promise<Opportunity[]> {
  const count = Math.min(Math.max(page.count, 1), maxResults);
  const skip = Math.max(page.skip, 0);
  const id = readOpportunityId(query);
  if (id) {
    const record = await storage.opportunities.get(id);
    return record?.state === 'posted' && skip === 0 ? [record] : [];
  }
  const wanted = words(query);
  const found: Opportunity[] = [];
  let continuationToken: string | undefined;
  do {
    const listed = await storage.opportunities.list(
      { kind: 'state', state: 'posted' },
      { size: 100, continuationToken },
    );
    for (const record of listed.items) {
      const titles = new Set([...words(record.fields.titleEn), ...words(record.fields.titleFr)]);
      const inTitle = (word: string) => [...titles].some((w) => w.startsWith(word));
      if (wanted.every(inTitle)) found.push(record);
    }
    continuationToken = listed.continuationToken;
  } while (continuationToken);
  found.sort(
    (a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? '') || b.id.localeCompare(a.id),
  );
  return found.slice(skip, skip + count);
}
