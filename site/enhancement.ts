import { locales } from '../domain/locale';
import { t } from '../domain/messages';

/**
 * The one script of our own, two enhancements of pages that work without it:
 * - "days left" kept true on the day a person reads the page, since the page itself was written
 *   when the opportunity last changed. Without it the page still says when the opportunity closes,
 *   and how many days were left when it was published.
 * - a word count under each answer of the application form (`textarea[data-max-words]`), counted
 *   as the server counts (`countWords`). The count is part of the answer's description, read when
 *   the field is focused; a polite live region speaks only when the answer goes over the limit or
 *   back under it, never on each keystroke. Without script the hint above the field states the
 *   limit, and the server refuses a longer answer beside its field.
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
        count: t(locale, 'site.wordCount.count'),
        over: t(locale, 'site.wordCount.over'),
        overSaid: t(locale, 'site.wordCount.overSaid'),
        backSaid: t(locale, 'site.wordCount.backSaid'),
      },
    ]),
  );
  return `const words = ${JSON.stringify(words)};
const lang = words[document.documentElement.lang] ? document.documentElement.lang : 'en';
const w = words[lang];
for (const el of document.querySelectorAll('[data-closing-at]')) {
  const ms = Date.parse(el.dataset.closingAt) - Date.now();
  if (Number.isNaN(ms)) continue;
  const days = Math.floor(ms / 86400000);
  el.textContent = ms <= 0 ? w.closed : days === 0 ? w.lastDay : days === 1 ? w.one : w.many.replace('{days}', String(days));
}
const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA');
const fill = (text, params) => text.replace(/\\{(\\w+)\\}/g, (whole, name) => (name in params ? params[name] : whole));
const countWords = (text) => {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\\s+/u).length;
};
for (const area of document.querySelectorAll('textarea[data-max-words]')) {
  const max = Number(area.dataset.maxWords);
  if (!area.id || !(max > 0)) continue;
  const shown = document.createElement('p');
  shown.id = area.id + '-count';
  shown.className = 'word-count';
  const said = document.createElement('p');
  said.id = area.id + '-count-said';
  said.className = 'sr-only';
  said.setAttribute('aria-live', 'polite');
  area.after(shown, said);
  const described = area.getAttribute('aria-describedby');
  area.setAttribute('aria-describedby', described ? described + ' ' + shown.id : shown.id);
  let wasOver = null;
  const update = () => {
    const count = countWords(area.value);
    const over = count > max;
    shown.textContent = fill(over ? w.over : w.count, {
      count: number.format(count),
      max: number.format(max),
      over: number.format(count - max),
    });
    shown.classList.toggle('word-count--over', over);
    if (wasOver !== null && over !== wasOver)
      said.textContent = fill(over ? w.overSaid : w.backSaid, { label: area.dataset.wordsLabel || '', max: number.format(max) });
    wasOver = over;
  };
  update();
  area.addEventListener('input', update);
}
`;
}
