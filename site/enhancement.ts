import { locales } from '../domain/locale';
import { t } from '../domain/messages';

/**
 * The one script of our own: it keeps "days left" true on the day a person reads the page, since
 * the page itself was written when the opportunity last changed. Without it the page still says
 * when the opportunity closes, and how many days were left when it was published.
 */
export function renderEnhancementScript(): string {
  const words = Object.fromEntries(
    locales.map((locale) => [
      locale,
      {
        many: t(locale, 'site.daysLeft.many'),
        one: t(locale, 'site.daysLeft.one'),
        lastDay: t(locale, 'site.daysLeft.lastDay'),
        closed: t(locale, 'site.daysLeft.closed'),
      },
    ]),
  );
  return `const words = ${JSON.stringify(words)};
const w = words[document.documentElement.lang] || words.en;
for (const el of document.querySelectorAll('[data-closing-at]')) {
  const ms = Date.parse(el.dataset.closingAt) - Date.now();
  if (Number.isNaN(ms)) continue;
  const days = Math.floor(ms / 86400000);
  el.textContent = ms <= 0 ? w.closed : days === 0 ? w.lastDay : days === 1 ? w.one : w.many.replace('{days}', String(days));
}
`;
}
