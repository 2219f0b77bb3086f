import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';

/** "3 d", "5 h", "12 min": durations on the dashboard, rounded to one meaningful unit. */
export function formatDuration(ms: number | null, locale: Locale): string {
  if (ms === null) return t(locale, 'tab.dash.noData');
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t(locale, 'tab.duration.minutes', { n: minutes });
  const hours = ms / 3_600_000;
  if (hours < 48) return t(locale, 'tab.duration.hours', { n: Math.round(hours) });
  return t(locale, 'tab.duration.days', { n: Math.round(hours / 24) });
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
