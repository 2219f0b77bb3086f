import { maxCommentLength } from '../../domain/limits';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import { easternDateTime, easternToInstant } from '../../domain/text';
import { confirmFirst } from './confirmFirst';
import {
  actionSet,
  card,
  execute,
  facts,
  heading,
  inputText,
  openUrl,
  section,
  text,
  type Card,
} from './elements';
import { noticeBlock, titleIn, type Notice } from './opportunityCards';
import { reasonInput } from './reasonInput';

export const addendumInputIds = {
  en: 'en',
  fr: 'fr',
  closingDate: 'closingDate',
  closingTime: 'closingTime',
} as const;

/** The addendum's two texts as sent (`amend`). */
export function readAddendum(raw: Readonly<Record<string, unknown>>): { en: string; fr: string } {
  return { en: inputText(raw, addendumInputIds.en), fr: inputText(raw, addendumInputIds.fr) };
}

/**
 * The later closing as sent (`extendClosing`), with the addendum that explains it. It is typed in
 * Eastern time, as the draft's is, 14:00 when no time is given; a bad one reads as `invalid`.
 */
export function readClosing(raw: Readonly<Record<string, unknown>>): {
  closingAt: string;
  en: string;
  fr: string;
} {
  const date = inputText(raw, addendumInputIds.closingDate).trim();
  const time = inputText(raw, addendumInputIds.closingTime).trim() || '14:00';
  const instant = date ? easternToInstant(date, time) : '';
  return { closingAt: instant ?? 'invalid', ...readAddendum(raw) };
}

/**
 * The author's view of a posted opportunity: its public page (a button that opens it), then two
 * sections each with its own button, an addendum in both languages and the later closing it
 * explains; cancelling is apart in the card's last row, asking its reason and confirmation in its
 * own second step, so no reason sits under the addendum and Cancel is not beside Publish.
 */
export function addendumCard(
  record: Opportunity,
  locale: Locale,
  publicUrl: string,
  context: { notice?: Notice } = {},
): Card {
  const data = { opportunityId: record.id, version: record.version };
  const closing = record.fields.closingAt
    ? easternDateTime(record.fields.closingAt)
    : { date: '', time: '' };
  const addenda = record.addenda.map((a, i): [string, string] => [
    t(locale, 'bot.addendum.label', { n: i + 1 }),
    a[locale],
  ]);
  return card(
    [
      heading(`${record.id} · ${titleIn(record, locale)}`),
      ...noticeBlock(context.notice),
      facts([
        [t(locale, 'bot.fact.state'), t(locale, `state.${record.state}`)],
        [t(locale, 'bot.fact.publicPage'), publicUrl],
        ...addenda,
      ]),
      actionSet([openUrl(t(locale, 'bot.action.openPublicPage'), publicUrl)]),
      section([
        text(t(locale, 'bot.addendum.intro')),
        {
          type: 'Input.Text',
          id: addendumInputIds.en,
          label: t(locale, 'bot.addendum.en'),
          isMultiline: true,
          maxLength: maxCommentLength,
        },
        {
          type: 'Input.Text',
          id: addendumInputIds.fr,
          label: t(locale, 'bot.addendum.fr'),
          isMultiline: true,
          maxLength: maxCommentLength,
        },
        actionSet([execute(t(locale, 'bot.action.amend'), 'amend', data, 'positive')]),
      ]),
      // The addendum's texts above say why when the closing moves later (`extendClosing`).
      section([
        text(t(locale, 'bot.extendClosing.intro')),
        {
          type: 'Input.Date',
          id: addendumInputIds.closingDate,
          label: t(locale, 'tab.extendClosing.date'),
          value: closing.date,
          ...(closing.date ? { min: closing.date } : {}),
        },
        {
          type: 'Input.Time',
          id: addendumInputIds.closingTime,
          label: `${t(locale, 'tab.extendClosing.time')} (${t(locale, 'tab.hint.closing')})`,
          value: closing.time,
        },
        actionSet([execute(t(locale, 'tab.extendClosing.submit'), 'extendClosing', data)]),
      ]),
    ],
    [confirmFirst(locale, 'cancel', data, [reasonInput(locale)])],
  );
}
