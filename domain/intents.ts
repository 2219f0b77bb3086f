import { isConfirmationNumber } from './applications';
import {
  maxCommentLength,
  maxDeliveryUrlLength,
  maxItems,
  maxQuestionLength,
  maxRationaleLength,
  maxReferenceLength,
} from './limits';
import type { AcceptanceCheck, OpportunityFields, Payment } from './opportunity';
import { parseFieldChanges } from './parseFields';
import { problem, type Problem } from './problems';
import { err, ok, type Result } from './result';
import { isCalendarDate, readText } from './text';

/** Evaluation results and acceptance checks come one per criterion; no list of criteria is longer. */
const maxListLength = Math.max(maxItems.acceptanceCriteria, maxItems.evaluationCriteria);

/** Every change to an opportunity is one of these; nothing edits a record directly. */
export type Intent =
  | { kind: 'editDraft'; changes: Partial<OpportunityFields> }
  | { kind: 'submit' }
  | { kind: 'approveFunds'; comment: string }
  | { kind: 'approvePosting'; comment: string }
  | { kind: 'returnToAuthor'; comment: string }
  | { kind: 'reject'; comment: string }
  /** The author names another cardholder while the funds wait (the one named lost the role or left). */
  | { kind: 'changeCardholder'; cardholderId: string; comment: string }
  | { kind: 'amend'; en: string; fr: string }
  /** Moves the closing later (never earlier); `en`/`fr` say why, published as an addendum. */
  | { kind: 'extendClosing'; closingAt: string; en: string; fr: string }
  | ({ kind: 'answerQuestion' } & QuestionAnswer)
  | { kind: 'declineQuestion'; question: string; reason: string }
  | { kind: 'close' }
  | { kind: 'evaluate'; application: string; results: EvaluationResult[] }
  | { kind: 'award' }
  | { kind: 'releaseAward'; reason: string }
  | { kind: 'recordDelivery'; deliveryUrl: string }
  | { kind: 'accept'; comment: string; checks: AcceptanceCheck[]; certified: boolean }
  | ({ kind: 'recordPayment' } & Payment)
  | { kind: 'cancel'; reason: string };

/**
 * The author's answer to a supplier's question, published for everyone: the question as the
 * author rewords it for the public (no asker named) and its answer, each in both languages.
 */
export interface QuestionAnswer {
  /** The question's number, as the question form gave it. */
  question: string;
  questionEn: string;
  questionFr: string;
  answerEn: string;
  answerFr: string;
}

/** One evaluation criterion, marked pass or fail, with the reason (the pilot's lesson: always a reason). */
export interface EvaluationResult {
  pass: boolean;
  rationale: string;
}

export type IntentKind = Intent['kind'];

function text(
  input: Record<string, unknown>,
  field: string,
  max: number,
  problems: Problem[],
  reportAs = field,
): string {
  return readText(reportAs, input[field] ?? '', max, problems) ?? '';
}

/** A list of plain objects, at most one per criterion an opportunity may have. */
function list(
  input: Record<string, unknown>,
  field: string,
  problems: Problem[],
): Record<string, unknown>[] {
  const value = input[field];
  const isItem = (item: unknown): item is Record<string, unknown> =>
    typeof item === 'object' && item !== null && !Array.isArray(item);
  if (!Array.isArray(value) || !value.every(isItem)) {
    problems.push(problem(field, 'wrongType', { expected: 'list' }));
    return [];
  }
  if (value.length > maxListLength) {
    problems.push(problem(field, 'tooMany', { max: maxListLength }));
    return [];
  }
  return value;
}

function flag(
  input: Record<string, unknown>,
  field: string,
  reportAs: string,
  problems: Problem[],
): boolean {
  const value = input[field];
  if (typeof value !== 'boolean')
    problems.push(problem(reportAs, 'wrongType', { expected: 'yesNo' }));
  return value === true;
}

/** Reads an untrusted intent (card data, a tab request): a typed intent or the problems found. */
export function parseIntent(input: unknown): Result<Intent, Problem[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([problem('intent', 'wrongType', { expected: 'item' })]);
  }
  const raw = input as Record<string, unknown>;
  // Every kind has its case below; any other value falls to the default.
  const kind = raw.kind as IntentKind;
  const problems: Problem[] = [];
  let intent: Intent;
  switch (kind) {
    case 'editDraft': {
      const parsed = parseFieldChanges(raw.changes);
      problems.push(...parsed.problems);
      intent = { kind, changes: parsed.changes };
      break;
    }
    case 'submit':
    case 'close':
    case 'award':
      intent = { kind };
      break;
    case 'approveFunds':
    case 'approvePosting':
    case 'returnToAuthor':
    case 'reject':
      intent = { kind, comment: text(raw, 'comment', maxCommentLength, problems) };
      break;
    case 'changeCardholder':
      intent = {
        kind,
        // The same reading of a person's id as the draft's cardholder field.
        cardholderId: text(raw, 'cardholderId', 100, problems),
        comment: text(raw, 'comment', maxCommentLength, problems),
      };
      break;
    case 'cancel':
    case 'releaseAward':
      intent = { kind, reason: text(raw, 'reason', maxCommentLength, problems) };
      break;
    case 'evaluate': {
      const application = raw.application;
      if (!isConfirmationNumber(application))
        problems.push(problem('application', 'invalidChoice'));
      const results = list(raw, 'results', problems).map((item, index) => ({
        pass: flag(item, 'pass', `results[${index}].pass`, problems),
        rationale: text(
          item,
          'rationale',
          maxRationaleLength,
          problems,
          `results[${index}].rationale`,
        ),
      }));
      intent = { kind, application: isConfirmationNumber(application) ? application : '', results };
      break;
    }
    case 'accept': {
      const checks = list(raw, 'checks', problems).map((item, index) => ({
        met: flag(item, 'met', `checks[${index}].met`, problems),
        note: text(item, 'note', maxRationaleLength, problems, `checks[${index}].note`),
      }));
      intent = {
        kind,
        comment: text(raw, 'comment', maxCommentLength, problems),
        checks,
        certified: raw.certified === true,
      };
      break;
    }
    case 'amend':
      intent = {
        kind,
        en: text(raw, 'en', maxCommentLength, problems),
        fr: text(raw, 'fr', maxCommentLength, problems),
      };
      break;
    case 'extendClosing': {
      // The same reading of an instant as the draft's closing field.
      const parsed = parseFieldChanges({ closingAt: raw.closingAt ?? '' });
      problems.push(...parsed.problems);
      intent = {
        kind,
        closingAt: parsed.changes.closingAt ?? '',
        en: text(raw, 'en', maxCommentLength, problems),
        fr: text(raw, 'fr', maxCommentLength, problems),
      };
      break;
    }
    case 'answerQuestion':
    case 'declineQuestion': {
      const question = raw.question;
      if (!isConfirmationNumber(question)) problems.push(problem('question', 'invalidChoice'));
      const number = isConfirmationNumber(question) ? question : '';
      intent =
        kind === 'declineQuestion'
          ? { kind, question: number, reason: text(raw, 'reason', maxCommentLength, problems) }
          : {
              kind,
              question: number,
              questionEn: text(raw, 'questionEn', maxQuestionLength, problems),
              questionFr: text(raw, 'questionFr', maxQuestionLength, problems),
              answerEn: text(raw, 'answerEn', maxCommentLength, problems),
              answerFr: text(raw, 'answerFr', maxCommentLength, problems),
            };
      break;
    }
    case 'recordDelivery':
      intent = { kind, deliveryUrl: text(raw, 'deliveryUrl', maxDeliveryUrlLength, problems) };
      break;
    case 'recordPayment': {
      const method = raw.method === 'card' || raw.method === 'paypal' ? raw.method : undefined;
      if (!method) problems.push(problem('method', 'invalidChoice'));
      const amountCents = raw.amountCents;
      if (typeof amountCents !== 'number' || !Number.isSafeInteger(amountCents)) {
        problems.push(
          problem('amountCents', 'wrongType', { expected: 'cents', label: 'field.paidAmount' }),
        );
      }
      const before = problems.length;
      const paidOn = text(raw, 'paidOn', 10, problems);
      if (problems.length === before && !isCalendarDate(paidOn))
        problems.push(problem('paidOn', 'invalidDate'));
      intent = {
        kind,
        method: method ?? 'card',
        amountCents: typeof amountCents === 'number' ? amountCents : 0,
        paidOn,
        reference: text(raw, 'reference', maxReferenceLength, problems),
      };
      break;
    }
    default:
      return err([problem('kind', 'invalidChoice')]);
  }
  return problems.length ? err(problems) : ok(intent);
}
