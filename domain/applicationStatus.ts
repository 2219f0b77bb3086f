import { isConfirmationNumber, takesApplications } from './applications';
import { formatDateTime } from './locale';
import { t } from './messages';
import { inLanguage, type NoticeLanguage, type NoticeMessage } from './notices';
import { isOpportunityId, type Opportunity } from './opportunity';

/**
 * Where an application stands, as its supplier may see it: only what the public page shows or
 * what was already e-mailed to them, and nothing about any other applicant.
 */
export type ApplicationStanding =
  /** Received, the opportunity still open: it may be withdrawn until the closing time. */
  | 'received'
  /** Closed, being evaluated (or the award held for the contract-splitting check, not yet public). */
  | 'evaluating'
  | 'chosen'
  /** Passed every criterion, not drawn: the published draw lists it among the candidates. */
  | 'notDrawn'
  | 'notPassed'
  | 'cancelled'
  | 'withdrawn';

/** The status form's fields, shared by the page, the endpoint and the tests. */
export const statusFields = {
  number: 'number',
  email: 'email',
  /** The withdrawal's "yes, withdraw it" box: a withdrawal cannot be undone. */
  confirm: 'confirm',
} as const;

/** What the supplier types: the number the receipt gave, `MA-2026-0001-7K3Q9XH2`. */
export interface ApplicationNumber {
  opportunityId: string;
  confirmation: string;
}

/** Reads a full confirmation number as typed: spaces and case forgiven, anything else refused. */
export function parseApplicationNumber(text: unknown): ApplicationNumber | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const cleaned = text.replace(/\s+/g, '').toUpperCase();
  const at = cleaned.lastIndexOf('-');
  const opportunityId = cleaned.slice(0, at);
  const confirmation = cleaned.slice(at + 1);
  return at > 0 && isOpportunityId(opportunityId) && isConfirmationNumber(confirmation)
    ? { opportunityId, confirmation }
    : null;
}

/**
 * The standing of one application of `record`. A result is shown only once the award is public
 * (a held award is still "under evaluation"), and derived as the result e-mails derive it.
 */
export function standingOf(
  record: Opportunity,
  confirmation: string,
  withdrawn: boolean,
): ApplicationStanding {
  if (withdrawn) return 'withdrawn';
  if (record.state === 'cancelled') return 'cancelled';
  if (record.state === 'posted') return 'received';
  const { award } = record;
  if (!award || !record.awardedAt) return 'evaluating';
  if (award.winner === confirmation) return 'chosen';
  return award.candidates.includes(confirmation) ? 'notDrawn' : 'notPassed';
}

/** Whether the supplier may still withdraw: only while the opportunity takes applications. */
export function mayWithdraw(record: Opportunity, now: Date): boolean {
  return takesApplications(record, now);
}

/** The confirmation of a withdrawal, to the address that applied, in the language it applied in. */
export function applicationWithdrawn(
  record: Opportunity,
  application: { to: string; confirmation: string; at: string },
  language: NoticeLanguage,
): NoticeMessage {
  const number = `${record.id}-${application.confirmation}`;
  const text = inLanguage(language, (locale) => {
    const title = locale === 'en' ? record.fields.titleEn : record.fields.titleFr;
    return {
      subject: t(locale, 'notice.applicationWithdrawn.subject', { id: record.id, title }),
      body: [
        t(locale, 'notice.applicationWithdrawn.lead', {
          number,
          title,
          id: record.id,
          at: formatDateTime(application.at, locale),
        }),
        t(locale, 'notice.applicationWithdrawn.after', { contact: record.fields.contactEmail }),
      ].join('\n\n'),
    };
  });
  return {
    kind: 'applicationWithdrawn',
    to: application.to,
    language,
    ...text,
    opportunityId: record.id,
    confirmation: application.confirmation,
  };
}
