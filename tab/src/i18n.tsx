import { createContext, useContext } from 'react';
import type { Locale } from '../../domain/locale';
import { t, type MessageKey } from '../../domain/messages';
import type { Bilingual } from './api';

/** The person's language; every string on screen comes from the shared catalogue through it. */
export const LocaleContext = createContext<Locale>('en');

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const locale = useLocale();
  return (key, params) => t(locale, key, params);
}

/** Server messages come in both languages; show the person's. */
export function pick(message: Bilingual | undefined, locale: Locale): string | undefined {
  return message?.[locale];
}
