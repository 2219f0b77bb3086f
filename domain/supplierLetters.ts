/**
 * The e-mails suppliers are sent (GC Notify), each in its recipient's language from the message
 * catalogue: whom each change tells is `domain/supplierAudience.ts`, which letters a change sends
 * is `supplierNoticesOf` (`domain/supplierNotices.ts`).
 */
import { totalCents } from './completeness';
import type { QuestionAnswer } from './intents';
import { formatCalendarDate, formatDateTime, type Locale } from './locale';
import { t } from './messages';
import { formatCents } from './money';
import { inLanguage, type NoticeKind, type NoticeMessage } from './notices';
import type { AwardRecord, Opportunity, Payment } from './opportunity';
import {
  perApplication,
  unique,
  type PageUrl,
  type Rationales,
  type Recipient,
} from './supplierAudience';

/** A notice of `kind` to one supplier about the opportunity, its text already in their language. */
function addressed(
  record: Opportunity,
  kind: NoticeKind,
  to: Recipient,
  text: { subject: string; body: string },
  confirmation?: string,
): NoticeMessage {
  const { email, language } = to;
  return {
    kind,
    to: email,
    language,
    ...text,
    opportunityId: record.id,
    ...(confirmation ? { confirmation } : {}),
  };
}

/** The closing moved: from when to when, why, and that the application stands. */
export function closingExtended(
  record: Opportunity,
  moved: { from: string; to: string; en: string; fr: string },
  to: Recipient,
  pageUrl: PageUrl,
): NoticeMessage {
  const text = inLanguage(to.language, (locale) => {
    const title = locale === 'en' ? record.fields.titleEn : record.fields.titleFr;
    const when = (iso: string) => (iso ? formatDateTime(iso, locale) : '');
    return {
      subject: t(locale, 'notice.closingExtended.subject', { id: record.id, title }),
      body: [
        t(locale, 'notice.closingExtended.lead', {
          id: record.id,
          title,
          from: when(moved.from),
          to: when(moved.to),
        }),
        `${t(locale, 'notice.closingExtended.reason')}\n${moved[locale]}`,
        pageUrl
          ? t(locale, 'notice.closingExtended.stands', { url: pageUrl(locale) })
          : t(locale, 'notice.closingExtended.standsNoLink'),
      ].join('\n\n'),
    };
  });
  return addressed(record, 'closingExtended', to, text);
}

/** The notices whose subject and lines are their own (`notice.<kind>.*`), ending with the page. */
type LetterKind =
  'addendumPublished' | 'opportunityCancelled' | 'paymentRecorded' | 'applicationsClosed';

/**
 * A notice of `kind` to one supplier in their language: the catalogue's subject, the lines the
 * kind writes (given the title and number), then the public page when its address is known.
 */
function letterTo(
  record: Opportunity,
  kind: LetterKind,
  to: Recipient,
  pageUrl: PageUrl,
  lines: (locale: Locale, params: { id: string; title: string }) => string[],
  confirmation?: string,
): NoticeMessage {
  const text = inLanguage(to.language, (locale) => {
    const title = locale === 'en' ? record.fields.titleEn : record.fields.titleFr;
    const params = { id: record.id, title };
    return {
      subject: t(locale, `notice.${kind}.subject`, params),
      body: [
        ...lines(locale, params),
        ...(pageUrl ? [t(locale, 'notice.page', { url: pageUrl(locale) })] : []),
      ].join('\n\n'),
    };
  });
  return addressed(record, kind, to, text, confirmation);
}

/** What changed in the catalogue's words (`lead`), then the text the author gave under its heading. */
export function toApplicants(
  record: Opportunity,
  kind: 'addendumPublished' | 'opportunityCancelled',
  heading: 'notice.addendumPublished.text' | 'notice.opportunityCancelled.reason',
  given: Record<Locale, string>,
  applicants: readonly Recipient[],
  pageUrl: PageUrl,
): NoticeMessage[] {
  return unique(applicants).map((to) =>
    letterTo(record, kind, to, pageUrl, (locale, params) => [
      t(locale, `notice.${kind}.lead`, params),
      `${t(locale, heading)}\n${given[locale]}`,
    ]),
  );
}

/** The payment to the supplier, as the cardholder recorded it, and whom to ask if it does not arrive. */
export function paymentRecorded(
  record: Opportunity,
  payment: Payment,
  to: Recipient,
  pageUrl: PageUrl,
): NoticeMessage {
  return letterTo(
    record,
    'paymentRecorded',
    to,
    pageUrl,
    (locale, params) => [
      t(locale, 'notice.paymentRecorded.lead', {
        ...params,
        amount: formatCents(payment.amountCents, locale),
        date: formatCalendarDate(payment.paidOn, locale),
        method: t(locale, `bot.payment.${payment.method}`),
        reference: payment.reference,
      }),
      t(locale, 'notice.paymentRecorded.contact', { contact: record.fields.contactEmail }),
    ],
    to.confirmation,
  );
}

/**
 * The result, to each application closing fixed: the winner's letter, the draw's result to those
 * who passed, and to those who did not, each criterion's result and the evaluator's reason. Sent
 * once the award is final: at the award, or when a held award is released.
 */
export function results(
  record: Opportunity,
  award: AwardRecord,
  applicants: readonly Recipient[],
  rationales: Rationales,
  pageUrl: PageUrl,
): NoticeMessage[] {
  return perApplication(applicants, record.applications).map((to) => {
    const { confirmation } = to;
    const kind: NoticeKind =
      confirmation === award.winner
        ? 'resultSelected'
        : award.candidates.includes(confirmation)
          ? 'resultNotDrawn'
          : 'resultNotPassed';
    const text = inLanguage(to.language, (locale) => {
      const params = {
        id: record.id,
        title: locale === 'en' ? record.fields.titleEn : record.fields.titleFr,
        name: to.name ?? '',
        confirmation,
        winner: award.winner,
        count: award.candidates.length,
        value: formatCents(totalCents(record.fields) ?? 0, locale),
        start: record.fields.startDate ? formatCalendarDate(record.fields.startDate, locale) : '',
        delivery: record.fields.deliveryDate
          ? formatCalendarDate(record.fields.deliveryDate, locale)
          : '',
        contact: record.fields.contactEmail,
      };
      const letter =
        kind === 'resultSelected'
          ? 'successful'
          : kind === 'resultNotDrawn'
            ? 'passedNotDrawn'
            : 'notPassed';
      const body =
        kind === 'resultNotPassed'
          ? [
              t(locale, 'notice.resultNotPassed.body', params),
              ...record.fields.evaluationCriteria.map((criterion, index) => {
                const result = rationales.get(confirmation)?.[index];
                return t(locale, 'notice.result.criterion', {
                  n: index + 1,
                  criterion: criterion[locale],
                  result: t(locale, result?.pass ? 'notice.result.pass' : 'notice.result.fail'),
                  rationale: result?.rationale ?? '',
                });
              }),
              t(locale, 'notice.result.closing', params),
            ].join('\n\n')
          : t(locale, `tab.notice.${letter}.body`, params);
      return {
        subject: t(locale, `tab.notice.${letter}.subject`, params),
        body: pageUrl ? `${body}\n\n${t(locale, 'notice.page', { url: pageUrl(locale) })}` : body,
      };
    });
    return addressed(record, kind, to, text, confirmation);
  });
}

/** Applications closed: the recipient's is one of the `count` received in time. */
export function applicationsClosed(
  record: Opportunity,
  closedAt: string,
  to: Recipient & { confirmation: string },
  count: number,
  pageUrl: PageUrl,
): NoticeMessage {
  return letterTo(
    record,
    'applicationsClosed',
    to,
    pageUrl,
    (locale, params) => [
      t(locale, 'notice.applicationsClosed.lead', {
        ...params,
        closing: formatDateTime(closedAt, locale),
        confirmation: `${record.id}-${to.confirmation}`,
        count,
      }),
    ],
    to.confirmation,
  );
}

/** A question answered, to its asker or to an applicant: the question and the answer as published. */
export function questionAnswered(
  record: Opportunity,
  answered: QuestionAnswer,
  to: Recipient,
  role: 'asker' | 'applicant',
  pageUrl: PageUrl,
): NoticeMessage {
  const text = inLanguage(to.language, (locale) => {
    const title = locale === 'en' ? record.fields.titleEn : record.fields.titleFr;
    const params = { id: record.id, title };
    return {
      subject: t(locale, `notice.questionAnswered.${role}.subject`, params),
      body: [
        t(locale, `notice.questionAnswered.${role}.lead`, params),
        `${t(locale, 'site.answers.question')}${locale === 'fr' ? '\u00a0:' : ':'}\n${
          locale === 'en' ? answered.questionEn : answered.questionFr
        }`,
        `${t(locale, 'site.answers.answer')}${locale === 'fr' ? '\u00a0:' : ':'}\n${
          locale === 'en' ? answered.answerEn : answered.answerFr
        }`,
        ...(pageUrl ? [t(locale, 'notice.questionAnswered.page', { url: pageUrl(locale) })] : []),
      ].join('\n\n'),
    };
  });
  return addressed(record, 'questionAnswered', to, text);
}
