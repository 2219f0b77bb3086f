import type { Locale } from './locale';
import type { PublishedAnswer } from './opportunity';

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
