import { addBusinessDays } from './businessDays';
import type { AuditEvent } from './events';
import type { Opportunity } from './opportunity';
import type { AskedQuestion, QuestionToAnswer } from './questionStatus';

/**
 * A question still waiting one business day after it was asked is flagged to its author. Apart
 * from `questionStatus.ts` because it reads the business-day clock, whose holiday tables the tab
 * must not download: the server computes `overdue` and the tab shows it.
 */
export const questionFlagBusinessDays = 1;

/**
 * Whether a question still waiting at `now` has waited past one business day (Eastern time,
 * weekends and federal holidays not counted): asked Friday 15:00, flagged Monday after 15:00.
 */
export function isOverdue(askedAt: string, now: Date): boolean {
  return now.getTime() > addBusinessDays(new Date(askedAt), questionFlagBusinessDays).getTime();
}

/**
 * Each question's status, from the stored record (answers, declined numbers) and its events (the
 * decline reasons, which the record does not keep because they are never published).
 */
export function questionStatuses(
  received: readonly AskedQuestion[],
  record: Opportunity,
  events: readonly AuditEvent[],
  now: Date,
): QuestionToAnswer[] {
  const answers = new Map(record.answers.map((a) => [a.question, a]));
  const declined = new Map<string, { reason: string; at: string }>();
  for (const event of events)
    if (event.details.kind === 'declineQuestion')
      declined.set(event.details.question, { reason: event.comment ?? '', at: event.at });
  return received.map((q) => {
    const answer = answers.get(q.number) ?? null;
    const decline = declined.get(q.number) ?? null;
    const status = answer ? 'answered' : decline ? 'declined' : 'waiting';
    return {
      ...q,
      status,
      answer,
      declineReason: decline?.reason ?? null,
      declinedAt: decline?.at ?? null,
      overdue: status === 'waiting' && record.state === 'posted' && isOverdue(q.askedAt, now),
    };
  });
}
