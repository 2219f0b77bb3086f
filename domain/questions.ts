import { hasActiveMarkup } from './applications';
import { isEmail } from './email';
import { maxQuestionLength } from './limits';
import type { Opportunity } from './opportunity';
import { problem, type Problem } from './problems';
import { err, ok, type Result } from './result';
import { readIdentityText, readText } from './text';

/**
 * A supplier's question before closing, split in two on the way in like an application: the
 * question, which the author answers for everyone, and the asker's e-mail, kept in another table
 * that nothing public reads.
 */
export interface QuestionForm {
  question: string;
  email: string;
}

/** Names of the question form's fields, shared by the public page, the endpoint and the tests. */
export const questionFields = {
  question: 'question',
  email: 'email',
  /** Hidden from people; a bot that fills it in is refused (the same trap as the application form). */
  honeypot: 'website',
} as const;

/** The last moment a question is taken: `cutoffHours` before closing. */
export function questionDeadline(record: Opportunity, cutoffHours: number): Date | null {
  const closing = record.fields.closingAt ? Date.parse(record.fields.closingAt) : NaN;
  return Number.isNaN(closing) ? null : new Date(closing - cutoffHours * 3_600_000);
}

/** Whether the opportunity takes questions at `now`: posted, and before the cut-off. */
export function takesQuestions(record: Opportunity, now: Date, cutoffHours: number): boolean {
  const deadline = questionDeadline(record, cutoffHours);
  return record.state === 'posted' && deadline !== null && now.getTime() < deadline.getTime();
}

/** Reads an untrusted question form against the opportunity as stored; every problem at once. */
export function parseQuestion(
  input: Readonly<Record<string, unknown>>,
  record: Opportunity,
  now: Date,
  cutoffHours: number,
): Result<QuestionForm, Problem[]> {
  if (!takesQuestions(record, now, cutoffHours)) {
    const deadline = questionDeadline(record, cutoffHours);
    return err([
      problem('closingAt', 'questionsClosed', { closingAt: deadline?.toISOString() ?? '' }),
    ]);
  }
  const problems: Problem[] = [];
  const before = problems.length;
  const question =
    readText(
      questionFields.question,
      input[questionFields.question] ?? '',
      maxQuestionLength,
      problems,
    ) ?? '';
  if (problems.length === before) {
    if (!question) problems.push(problem(questionFields.question, 'required'));
    else if (hasActiveMarkup(question)) problems.push(problem(questionFields.question, 'markup'));
  }
  const email =
    readIdentityText(questionFields.email, input[questionFields.email] ?? '', 254, problems) ?? '';
  if (!problems.some((p) => p.field === questionFields.email)) {
    if (!email) problems.push(problem(questionFields.email, 'required'));
    else if (!isEmail(email)) problems.push(problem(questionFields.email, 'invalidEmail'));
  }
  if ((input[questionFields.honeypot] ?? '') !== '') {
    problems.push(problem(questionFields.honeypot, 'mustBeEmpty'));
  }
  return problems.length ? err(problems) : ok({ question, email });
}
