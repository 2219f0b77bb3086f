import type { AuditEvent } from './events';
import type { IntentKind } from './intents';
import { formatCalendarDate, formatDateTime, type Locale } from './locale';
import { t } from './messages';
import { inLanguage, type NoticeKind, type NoticeMessage } from './notices';
import { totalCents } from './completeness';
import type { EvaluationResult } from './intents';
import { formatCents } from './money';
import type { AwardRecord, Opportunity, Payment } from './opportunity';
import type { State } from './states';

/**
 * Suppliers a change is told to by e-mail: who asked the question it answers, who applied, or
 * the supplier the contract was awarded to.
 */
export type SupplierAudience = 'asker' | 'applicants' | 'winner';

/** Which changes suppliers hear of by e-mail (GC Notify), and who; every other change, nobody. */
export const supplierNotices: Partial<Record<IntentKind, readonly SupplierAudience[]>> = {
  answerQuestion: ['asker', 'applicants'],
  extendClosing: ['applicants'],
  amend: ['applicants'],
  cancel: ['applicants'],
  recordPayment: ['winner'],
  close: ['applicants'],
  award: ['applicants'],
  releaseAward: ['applicants'],
};

/** The evaluator's reasons for an application, criterion by criterion, as last recorded. */
export type Rationales = ReadonlyMap<string, readonly EvaluationResult[]>;

/** Cancelling from these states ends an open competition: everyone who applied is told why. */
const cancelledBeforeAward: readonly State[] = ['posted', 'evaluating', 'awardHeld'];

/**
 * Who a stored change tells. A held award tells nobody yet (its release does); a cancellation
 * after the award is the contract's (non-delivery), and the applicants are not its parties.
 */
export function supplierAudienceOf(event: AuditEvent): readonly SupplierAudience[] {
  const { details } = event;
  if (details.kind === 'create') return [];
  if (details.kind === 'award' && event.to !== 'awarded') return [];
  if (details.kind === 'cancel' && !(event.from && cancelledBeforeAward.includes(event.from)))
    return [];
  return supplierNotices[details.kind] ?? [];
}

/** Each application the change concerns, once, with its recipient (the first row kept). */
function perApplication(
  applicants: readonly Recipient[],
  concerned: readonly string[],
): (Recipient & { confirmation: string })[] {
  const left = new Set(concerned);
  return applicants.flatMap((to) => {
    const { confirmation } = to;
    if (!confirmation || !left.delete(confirmation)) return [];
    return [{ ...to, confirmation }];
  });
}

/** A supplier to write to: the address they gave and the language of the form they used. */
export interface Recipient {
  email: string;
  language: Locale;
  /** The application's confirmation number, when the recipient applied. */
  confirmation?: string;
  /** The name they gave, when they applied (the selected supplier's letter greets them by it). */
  name?: string;
}

export interface Recipients {
  /** Who asked the question the event answers, when it answers one. */
  asker: Recipient | null;
  /** Everyone who applied so far. */
  applicants: readonly Recipient[];
  /** The supplier the contract went to, once awarded. */
  winner?: Recipient | null;
  /** For the results: each application's reasons, by confirmation number. */
  rationales?: Rationales;
}

/** One recipient per address, the first kept (addresses compared case-folded). */
function unique(recipients: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = r.email.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The closing moved: from when to when, why, and that the application stands. */
function closingExtended(
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
  return {
    kind: 'closingExtended',
    to: to.email,
    language: to.language,
    ...text,
    opportunityId: record.id,
  };
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
  return {
    kind,
    to: to.email,
    language: to.language,
    ...text,
    opportunityId: record.id,
    ...(confirmation ? { confirmation } : {}),
  };
}

/** What changed in the catalogue's words (`lead`), then the text the author gave under its heading. */
function toApplicants(
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
function paymentRecorded(
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
function results(
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
    return {
      kind,
      to: to.email,
      language: to.language,
      ...text,
      opportunityId: record.id,
      confirmation,
    };
  });
}

/** Applications closed: the recipient's is one of the `count` received in time. */
function applicationsClosed(
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

/** The public page in a language, for the notice to link to (none when the site's address is unknown). */
export type PageUrl = ((locale: Locale) => string) | null;

/**
 * The notices a stored change sends to suppliers, one per address (the asker's own notice when
 * they also applied), each in its recipient's language with the public page's address.
 */
export function supplierNoticesOf(
  record: Opportunity,
  event: AuditEvent,
  recipients: Recipients,
  pageUrl: PageUrl,
): NoticeMessage[] {
  const audience = supplierAudienceOf(event);
  if (!audience.length) return [];
  const details = event.details;
  if (details.kind === 'extendClosing') {
    const moved = { from: details.from, to: details.closingAt, en: details.en, fr: details.fr };
    return unique(recipients.applicants).map((to) => closingExtended(record, moved, to, pageUrl));
  }
  if (details.kind === 'award' || details.kind === 'releaseAward')
    return record.award
      ? results(
          record,
          record.award,
          recipients.applicants,
          recipients.rationales ?? new Map(),
          pageUrl,
        )
      : [];
  if (details.kind === 'recordPayment')
    return recipients.winner
      ? [paymentRecorded(record, details.payment, recipients.winner, pageUrl)]
      : [];
  if (details.kind === 'close') {
    const closedAt = record.fields.closingAt ?? event.at;
    const count = details.applications.length;
    return perApplication(recipients.applicants, details.applications).map((to) =>
      applicationsClosed(record, closedAt, to, count, pageUrl),
    );
  }
  if (details.kind === 'amend')
    return toApplicants(
      record,
      'addendumPublished',
      'notice.addendumPublished.text',
      { en: details.en, fr: details.fr },
      recipients.applicants,
      pageUrl,
    );
  if (details.kind === 'cancel') {
    // The reason is recorded as the author gave it, in one language: both notices carry it.
    const reason = event.comment ?? '';
    return toApplicants(
      record,
      'opportunityCancelled',
      'notice.opportunityCancelled.reason',
      { en: reason, fr: reason },
      recipients.applicants,
      pageUrl,
    );
  }
  if (details.kind !== 'answerQuestion') return [];
  const seen = new Set<string>();
  const notices: NoticeMessage[] = [];
  const add = (to: Recipient, role: 'asker' | 'applicant') => {
    const key = to.email.trim().toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const text = inLanguage(to.language, (locale) => {
      const title = locale === 'en' ? record.fields.titleEn : record.fields.titleFr;
      const params = { id: record.id, title };
      return {
        subject: t(locale, `notice.questionAnswered.${role}.subject`, params),
        body: [
          t(locale, `notice.questionAnswered.${role}.lead`, params),
          `${t(locale, 'site.answers.question')}${locale === 'fr' ? '\u00a0:' : ':'}\n${
            locale === 'en' ? details.questionEn : details.questionFr
          }`,
          `${t(locale, 'site.answers.answer')}${locale === 'fr' ? '\u00a0:' : ':'}\n${
            locale === 'en' ? details.answerEn : details.answerFr
          }`,
          ...(pageUrl ? [t(locale, 'notice.questionAnswered.page', { url: pageUrl(locale) })] : []),
        ].join('\n\n'),
      };
    });
    notices.push({
      kind: 'questionAnswered',
      to: to.email,
      language: to.language,
      ...text,
      opportunityId: record.id,
    });
  };
  if (audience.includes('asker') && recipients.asker) add(recipients.asker, 'asker');
  if (audience.includes('applicants'))
    for (const applicant of recipients.applicants) add(applicant, 'applicant');
  return notices;
}
