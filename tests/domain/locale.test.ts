import { formatCalendarDate, isLocale, localeFromTag, otherLocale } from '../../domain/locale';

test('the other language of each is the other one, never itself', () => {
  expect(otherLocale('en')).toBe('fr');
  expect(otherLocale('fr')).toBe('en');
});

test('a Teams language tag is French when it starts with fr, in any case; anything else is English', () => {
  for (const tag of ['fr', 'fr-CA', 'FR-ca', 'Fr-FR']) expect(localeFromTag(tag)).toBe('fr');
  for (const tag of ['en-CA', 'en', 'es-fr', 'de', '', undefined, null])
    expect(localeFromTag(tag)).toBe('en');
});

test('only en and fr are languages of the product', () => {
  expect(isLocale('en')).toBe(true);
  expect(isLocale('fr')).toBe(true);
  for (const value of ['EN', 'fr-CA', '', null, undefined, 1]) expect(isLocale(value)).toBe(false);
});

test('a calendar date is written as that day in each language, whatever the time zone', () => {
  expect(formatCalendarDate('2026-01-01', 'en')).toBe('January 1, 2026');
  expect(formatCalendarDate('2026-12-31', 'fr')).toBe('31 décembre 2026');
  expect(formatCalendarDate('2026-07-15', 'en')).toBe('July 15, 2026');
});
