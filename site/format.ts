import { displayTimeZone, formatDateTime, type Locale } from '../domain/locale';
import { t, type MessageKey } from '../domain/messages';
import { breakdown, formatCents } from '../domain/money';
import type { OpportunityFields } from '../domain/opportunity';
import { escapeHtml, html, SafeHtml, type HtmlValue } from './html';
import { daysLeft } from './publicView';

/** A message whose placeholders are HTML (a link, a <time>): the message text itself is escaped. */
export function tHtml(
  locale: Locale,
  key: MessageKey,
  params: Record<string, HtmlValue>,
): SafeHtml {
  const rendered = escapeHtml(t(locale, key)).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? html`${params[name]}`.value : whole,
  );
  return new SafeHtml(rendered);
}

/** Intl formatters cost far more to make than to use; a site of thousands of pages makes them once. */
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', dateStyle: 'long' }),
  fr: new Intl.DateTimeFormat('fr-CA', { timeZone: 'UTC', dateStyle: 'long' }),
};

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: displayTimeZone,
  timeZoneName: 'longOffset',
});

/** Eastern time's offset from UTC on a calendar date, e.g. "-05:00". */
export function easternOffset(date: string): string {
  const name = offsetFormat
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  return name?.replace('GMT', '') || '-05:00';
}

/** Each closing time shows on several pages: formatting it once each is plenty. */
const formattedInstants = new Map<string, string>();

/** An instant in Eastern time, with the zone named: "January 15, 2030 at 3:00 p.m. EST". */
export function formatInstant(iso: string, locale: Locale): string {
  const key = locale + iso;
  let text = formattedInstants.get(key);
  if (text === undefined) {
    if (formattedInstants.size > 100_000) formattedInstants.clear();
    text = formatDateTime(iso, locale);
    formattedInstants.set(key, text);
  }
  return text;
}

export function formatMoney(cents: number, locale: Locale): string {
  return formatCents(cents, locale);
}

/** A calendar date (YYYY-MM-DD) in words; it is a date, so no time zone shifts it. */
export function formatCalendarDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return dateFormats[locale].format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** The total including tax, which is what the cap and suppliers care about. */
export function totalCents(fields: OpportunityFields): number | null {
  if (fields.amountCents === null) return null;
  if (!fields.province) return fields.amountBasis === 'taxIncluded' ? fields.amountCents : null;
  return breakdown(fields.amountCents, fields.amountBasis, fields.province).totalCents;
}

export function formatValue(fields: OpportunityFields, locale: Locale): string | null {
  const cents = totalCents(fields);
  return cents === null
    ? null
    : t(locale, 'site.value.total', { amount: formatMoney(cents, locale) });
}

export function daysLeftText(closingAt: string | null, now: Date, locale: Locale): string {
  const days = daysLeft(closingAt, now);
  if (days === null) return t(locale, 'site.daysLeft.closed');
  if (days === 0) return t(locale, 'site.daysLeft.lastDay');
  if (days === 1) return t(locale, 'site.daysLeft.one');
  return t(locale, 'site.daysLeft.many', { days });
}
