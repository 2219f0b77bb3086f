import { totalCents } from '../../domain/completeness';
import { formatCalendarDate, type Locale } from '../../domain/locale';
import { t, type MessageKey } from '../../domain/messages';
import { formatCents } from '../../domain/money';
import type { AwardRecord, Opportunity } from '../../domain/opportunity';
import { publicUrl } from '../../site/urls';

/** The three letters after an award: to the winner, to those drawn against, to those who did not pass. */
export const noticeKinds = ['successful', 'passedNotDrawn', 'notPassed'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export interface Notice {
  /** How many applicants this letter is for. */
  recipients: number;
  /** The whole letter, subject line first, ready to copy. */
  text: Record<Locale, string>;
}

/** A calendar date in words, or nothing when the draft had none. */
function calendarDate(date: string | null, locale: Locale): string {
  return date ? formatCalendarDate(date, locale) : '';
}

const keys: Record<NoticeKind, { subject: MessageKey; body: MessageKey }> = {
  successful: { subject: 'tab.notice.successful.subject', body: 'tab.notice.successful.body' },
  passedNotDrawn: {
    subject: 'tab.notice.passedNotDrawn.subject',
    body: 'tab.notice.passedNotDrawn.body',
  },
  notPassed: { subject: 'tab.notice.notPassed.subject', body: 'tab.notice.notPassed.body' },
};

/**
 * The notices in both languages, from the catalogue. Only the winner's letter names anyone, and
 * only the winner; the others point to the public draw, which each supplier can check with the
 * confirmation number they were given.
 */
export function awardNotices(
  record: Opportunity,
  award: AwardRecord,
  winnerName: string,
  /** The public site's address: each letter then ends with the opportunity's page. */
  siteUrl?: string,
): Record<NoticeKind, Notice> {
  const { fields } = record;
  const params = (locale: Locale) => ({
    id: record.id,
    title: locale === 'fr' ? fields.titleFr : fields.titleEn,
    name: winnerName,
    confirmation: award.winner,
    winner: award.winner,
    count: award.candidates.length,
    value: formatCents(totalCents(fields) ?? 0, locale),
    start: calendarDate(fields.startDate, locale),
    delivery: calendarDate(fields.deliveryDate, locale),
    contact: fields.contactEmail,
  });
  const letter = (kind: NoticeKind, locale: Locale) => {
    const subject = t(locale, keys[kind].subject, params(locale));
    const page = siteUrl
      ? `\n\n${t(locale, 'tab.notice.page', { url: publicUrl(siteUrl, record.id, locale) })}`
      : '';
    return `${t(locale, 'tab.notice.subjectLine', { subject })}\n\n${t(locale, keys[kind].body, params(locale))}${page}`;
  };
  const recipients: Record<NoticeKind, number> = {
    successful: 1,
    passedNotDrawn: award.candidates.length - 1,
    notPassed: Math.max(0, record.applications.length - award.candidates.length),
  };
  return Object.fromEntries(
    noticeKinds.map((kind) => [
      kind,
      { recipients: recipients[kind], text: { en: letter(kind, 'en'), fr: letter(kind, 'fr') } },
    ]),
  ) as Record<NoticeKind, Notice>;
}
