import { addBusinessDays } from './businessDays';
import type { AuditEvent } from './events';
import type { Locale } from './locale';
import type { Opportunity, PublishedAnswer } from './opportunity';

/** A question as received, without who asked: what the store gives the author's views. */
export interface AskedQuestion {
  number: string;
  askedAt: string;
  /** The language of the page the supplier asked from. */
  language: Locale;
  /** As the supplier wrote it: plain text, to reword for the public answer. */
  question: string;
}

/** The texts a reply to a question must carry: `decide` requires them, card and tab name them all at once. */
export const questionReplyTexts = {
  answerQuestion: ['questionEn', 'questionFr', 'answerEn', 'answerFr'],
  declineQuestion: ['reason'],
} as const;

/** A question still waiting one business day after it was asked is flagged to its author. */
export const questionFlagBusinessDays = 1;

/** One supplier's question as the author and procurement officers see it: never who asked. */
export interface QuestionToAnswer extends AskedQuestion {
  status: 'waiting' | 'answered' | 'declined';
  /** The published question and answer, once answered. */
  answer: PublishedAnswer | null;
  /** Why it was declined, never published. */
  declineReason: string | null;
  /** When it was declined, else null (an answer carries its own `at`). */
  declinedAt: string | null;
  /** Still waiting one business day after it was asked (`questionFlagBusinessDays`). */
  overdue: boolean;
}

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
