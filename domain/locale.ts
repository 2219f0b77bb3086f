export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}

/** The language a page's toggle leads to, and a refusal is said in second. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'fr' : 'en';
}

/** Teams sends tags like `fr-CA`; anything not French is served in English. */
export function localeFromTag(tag: string | undefined | null): Locale {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Dates are stored in UTC and shown in Eastern time, where the program runs. */
export const displayTimeZone = 'America/Toronto';

const dateTimeFormats = Object.fromEntries(
  locales.map((locale) => [
    locale,
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
      timeZone: displayTimeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

export function formatDateTime(iso: string, locale: Locale): string {
  return dateTimeFormats[locale].format(new Date(iso));
}

const calendarDateFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A calendar date (YYYY-MM-DD) in words; being a date, no time zone shifts it. */
export function formatCalendarDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return calendarDateFormats[locale].format(new Date(Date.UTC(y!, m! - 1, d!)));
}
