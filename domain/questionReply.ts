import { parseIntent, type Intent } from './intents';
import { formatDateTime, type Locale } from './locale';
import { t } from './messages';
import type { State } from './states';
import { problem, type Problem } from './problems';
import { questionReplyTexts, type QuestionToAnswer } from './questionStatus';
import { err, ok, type Result } from './result';

/** The texts a reply to a question is typed in: the public question and answer, or a reason. */
export const questionReplyInputs = [
  'questionEn',
  'questionFr',
  'answerEn',
  'answerFr',
  'reason',
] as const;
export type QuestionReplyInput = (typeof questionReplyInputs)[number];
export type QuestionReplyTyped = Partial<Record<QuestionReplyInput, string>>;
export type QuestionReplyKind = keyof typeof questionReplyTexts;

/** An answer to a supplier's question, or declining it, as the author's form sends it. */
export type QuestionReply = Extract<Intent, { kind: QuestionReplyKind }>;

/** The untrusted intent a reply makes, as `parseIntent` reads it; only the texts of its kind. */
export function questionReplyBody(
  kind: QuestionReplyKind,
  number: string,
  typed: QuestionReplyTyped,
): Record<string, unknown> {
  return {
    kind,
    question: number,
    ...Object.fromEntries(questionReplyTexts[kind].map((id) => [id, typed[id] ?? ''])),
  };
}

/**
 * Reads a reply as the server will, and names every problem at once: what `parseIntent` finds
 * (too long, wrong type) and every required text left blank, which `decide` would otherwise name
 * only once the rest reads. The card and the tab run it before sending; the server still decides.
 */
export function readQuestionReply(
  kind: QuestionReplyKind,
  number: string,
  typed: QuestionReplyTyped,
): Result<QuestionReply, Problem[]> {
  const parsed = parseIntent(questionReplyBody(kind, number, typed));
  const found = parsed.ok ? [] : parsed.error;
  const missing = questionReplyTexts[kind]
    .filter((f) => !(typed[f] ?? '').trim() && !found.some((p) => p.field === f))
    .map((f) => problem(f, 'required'));
  const problems = [...found, ...missing];
  if (problems.length || !parsed.ok) return err(problems);
  const reply = parsed.value;
  // The body was built for `kind`, so it reads as that intent; anything else is a bug here.
  if (reply.kind !== 'answerQuestion' && reply.kind !== 'declineQuestion')
    throw new Error(`a ${kind} read as ${reply.kind}`);
  return ok(reply);
}

/** Where the question stands, in the reader's words. */
export function questionStatusText(
  question: QuestionToAnswer,
  state: State,
  locale: Locale,
): string {
  if (question.answer)
    return t(locale, 'question.status.answered', {
      at: formatDateTime(question.answer.at, locale),
    });
  if (question.declinedAt)
    return t(locale, 'question.status.declined', {
      at: formatDateTime(question.declinedAt, locale),
    });
  return state === 'posted'
    ? t(locale, 'question.status.waiting')
    : t(locale, 'question.status.closed');
}
