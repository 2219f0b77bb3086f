import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;

/**
 * A duration rounded to one meaningful unit: whole minutes under an hour, whole hours under two
 * days, whole days beyond. `formatDuration` writes it and the chart draws it, so two bars with
 * the same label have the same length.
 */
export function roundDuration(ms: number): { n: number; unit: 'minutes' | 'hours' | 'days' } {
  const minutes = Math.round(ms / minute);
  if (minutes < 60) return { n: minutes, unit: 'minutes' };
  if (ms / hour < 48) return { n: Math.round(ms / hour), unit: 'hours' };
  return { n: Math.round(ms / day), unit: 'days' };
}

export const unitMs = { minutes: minute, hours: hour, days: day } as const;

/** "3 d", "5 h", "12 min": durations on the dashboard, rounded to one meaningful unit. */
export function formatDuration(ms: number | null, locale: Locale): string {
  if (ms === null) return t(locale, 'tab.dash.noData');
  const { n, unit } = roundDuration(ms);
  return t(locale, `tab.duration.${unit}`, { n });
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    timeZone: 'America/Toronto',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The day of an instant, in Eastern time: "Nov 21, 2025". */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    timeZone: 'America/Toronto',
    dateStyle: 'medium',
  }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) in the same style as `formatDay`; noon UTC is that day in Toronto. */
export function formatCalendarDay(date: string, locale: Locale): string {
  return formatDay(`${date}T12:00:00.000Z`, locale);
}
