import { formatDateTime, locales, type Locale } from './locale';
import { t, type MessageKey } from './messages';
import type { Opportunity } from './opportunity';

/** What causes a notice; each kind has its texts in the catalogue (`notice.<kind>.*`). */
export type NoticeKind =
  | 'applicationReceived'
  | 'questionAnswered'
  | 'closingExtended'
  | 'addendumPublished'
  | 'opportunityCancelled'
  | 'paymentRecorded'
  | 'resultSelected'
  | 'resultNotDrawn'
  | 'resultNotPassed'
  | 'applicationsClosed'
  /** To a new subscriber: confirm before anything else is sent (double opt-in). */
  | 'subscriptionConfirm'
  /** To each confirmed subscriber whose keywords a newly posted opportunity matches. */
  | 'opportunityPosted'
  | 'applicationWithdrawn';

/**
 * Notices to subscribers, not about anything an author did: no author is told when one fails (a
 * subscriber's address that bounces is theirs to fix), and no opportunity's view lists them.
 */
export const subscriberNoticeKinds: ReadonlySet<NoticeKind> = new Set([
  'subscriptionConfirm',
  'opportunityPosted',
]);

/** A recipient's language, or `both` when it is not known: the notice is then in English and French. */
export type NoticeLanguage = Locale | 'both';

/** What a notice says, ready for any way of sending it: GC Notify's template takes subject and body. */
export interface NoticeMessage {
  kind: NoticeKind;
  to: string;
  language: NoticeLanguage;
  subject: string;
  body: string;
  opportunityId: string;
  /** The application it is about, when it is about one. */
  confirmation?: string;
}

/** A message in one language or, for `both`, English then French. */
export function inLanguage(
  language: NoticeLanguage,
  write: (locale: Locale) => { subject: string; body: string },
): { subject: string; body: string } {
  if (language !== 'both') return write(language);
  const [en, fr] = locales.map(write) as [
    { subject: string; body: string },
    { subject: string; body: string },
  ];
  return {
    subject: `${en.subject} / ${fr.subject}`,
    body: `${en.body}\n\n---\n\n${fr.body}`,
  };
}

const line = (locale: Locale, key: MessageKey, params: Record<string, string | number> = {}) =>
  t(locale, key, params);

/**
 * The receipt of an application: its confirmation number, when the opportunity closes, and a copy
 * of the answers beside each criterion, so the supplier keeps what they sent.
 */
export function applicationReceived(
  record: Opportunity,
  application: { to: string; confirmation: string; answers: readonly string[] },
  language: NoticeLanguage,
): NoticeMessage {
  const text = inLanguage(language, (locale) => {
    const title = locale === 'en' ? record.fields.titleEn : record.fields.titleFr;
    const answers = record.fields.evaluationCriteria.map((criterion, index) =>
      [
        line(locale, 'notice.applicationReceived.criterion', {
          n: index + 1,
          criterion: criterion[locale],
        }),
        application.answers[index] ?? '',
      ].join('\n'),
    );
    return {
      subject: line(locale, 'notice.applicationReceived.subject', { id: record.id, title }),
      body: [
        line(locale, 'notice.applicationReceived.lead', { title, id: record.id }),
        line(locale, 'notice.applicationReceived.number', {
          number: `${record.id}-${application.confirmation}`,
        }),
        line(locale, 'notice.applicationReceived.next', {
          closing: record.fields.closingAt ? formatDateTime(record.fields.closingAt, locale) : '',
        }),
        line(locale, 'notice.applicationReceived.copy'),
        ...answers,
      ].join('\n\n'),
    };
  });
  return {
    kind: 'applicationReceived',
    to: application.to,
    language,
    ...text,
    opportunityId: record.id,
    confirmation: application.confirmation,
  };
}
