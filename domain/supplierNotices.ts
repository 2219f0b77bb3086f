import type { AuditEvent } from './events';
import type { NoticeMessage } from './notices';
import type { Opportunity } from './opportunity';
import {
  applicationsClosed,
  closingExtended,
  paymentRecorded,
  questionAnswered,
  results,
  toApplicants,
} from './supplierLetters';
import {
  perApplication,
  supplierAudienceOf,
  unique,
  type PageUrl,
  type Recipient,
  type Recipients,
} from './supplierAudience';

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
    notices.push(questionAnswered(record, details, to, role, pageUrl));
  };
  if (audience.includes('asker') && recipients.asker) add(recipients.asker, 'asker');
  if (audience.includes('applicants'))
    for (const applicant of recipients.applicants) add(applicant, 'applicant');
  return notices;
}
