import {
  maxApplicationAnswerLength,
  maxApplicationAnswerWords,
  maxSupplierNameLength,
} from './limits';
import type { Opportunity } from './opportunity';
import { problem, type Problem } from './problems';
import { err, ok, type Result } from './result';
import { emailKey, isEmail } from './email';
import { readIdentityText, readText } from './text';

/**
 * A supplier's application, split in two on the way in: the answers, which the author evaluates
 * as "Applicant N", and the identity, kept in another table that no evaluation view reads.
 */
export interface ApplicationAnswers {
  /** One answer per evaluation criterion, in the criteria's order. */
  answers: string[];
}

export interface ApplicantIdentity {
  name: string;
  businessName: string;
  email: string;
}

export interface ApplicationForm extends ApplicationAnswers {
  identity: ApplicantIdentity;
}

/**
 * Names of the form's fields, shared by the public page, the endpoint and the tests. Problems
 * with an answer name it `answers[i]`, counted from 0 like the criteria.
 */
export const applicationFields = {
  name: 'name',
  businessName: 'businessName',
  email: 'email',
  answer: (index: number) => `answer${index + 1}`,
  eligible: 'eligible',
  terms: 'terms',
  /** Hidden from people; a bot that fills it in is refused. */
  honeypot: 'website',
} as const;

/** Confirmation numbers: eight characters of Crockford's base 32, no I, L, O or U to misread. */
const confirmationPattern = /^[0-9A-HJKMNP-TV-Z]{8}$/;
export const confirmationAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function isConfirmationNumber(value: unknown): value is string {
  return typeof value === 'string' && confirmationPattern.test(value);
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words[0] === '' ? 0 : words.length;
}

/** Whether the opportunity takes applications at `now`: posted, and before its closing time. */
export function takesApplications(record: Opportunity, now: Date): boolean {
  return (
    record.state === 'posted' &&
    record.fields.closingAt !== null &&
    now.getTime() < Date.parse(record.fields.closingAt)
  );
}

/**
 * Answers are plain text, escaped wherever they are shown; markup that would run or load something
 * if it ever were not is refused outright, with a message that says why. `List<String>` is fine.
 */
const activeMarkup =
  /<\s*\/?\s*(script|iframe|frame|object|embed|svg|math|img|style|link|meta|base|form|input|button|a|body|html)\b|javascript\s*:|\bon[a-z]+\s*=\s*["'`]/i;

export function hasActiveMarkup(text: string): boolean {
  return activeMarkup.test(text);
}

function field(input: Readonly<Record<string, unknown>>, name: string): unknown {
  return input[name] ?? '';
}

/**
 * Reads an untrusted application form (the fields as posted) against the opportunity it is for.
 * Every problem is reported at once; a late application is refused whatever else it holds.
 */
export function parseApplication(
  input: Readonly<Record<string, unknown>>,
  record: Opportunity,
  now: Date,
): Result<ApplicationForm, Problem[]> {
  if (!takesApplications(record, now)) {
    return err([problem('closingAt', 'closed', { closingAt: record.fields.closingAt ?? '' })]);
  }
  const problems: Problem[] = [];
  const text = (name: string, max: number) => {
    const value = readIdentityText(name, field(input, name), max, problems) ?? '';
    if (hasActiveMarkup(value)) problems.push(problem(name, 'markup'));
    return value;
  };
  const name = text(applicationFields.name, maxSupplierNameLength);
  if (!name && !problems.some((p) => p.field === applicationFields.name)) {
    problems.push(problem(applicationFields.name, 'required'));
  }
  const businessName = text(applicationFields.businessName, maxSupplierNameLength);
  const email = text(applicationFields.email, 254);
  if (!problems.some((p) => p.field === applicationFields.email)) {
    if (!email) problems.push(problem(applicationFields.email, 'required'));
    else if (!isEmail(email)) problems.push(problem(applicationFields.email, 'invalidEmail'));
  }
  const answers = record.fields.evaluationCriteria.map((_, index) => {
    const fieldName = `answers[${index}]`;
    const before = problems.length;
    const answer =
      readText(
        fieldName,
        field(input, applicationFields.answer(index)),
        maxApplicationAnswerLength,
        problems,
      ) ?? '';
    if (problems.length > before) return answer;
    if (!answer) problems.push(problem(fieldName, 'required'));
    else if (hasActiveMarkup(answer)) problems.push(problem(fieldName, 'markup'));
    else if (countWords(answer) > maxApplicationAnswerWords) {
      problems.push(problem(fieldName, 'tooManyWords', { max: maxApplicationAnswerWords }));
    }
    return answer;
  });
  for (const attestation of [applicationFields.eligible, applicationFields.terms]) {
    if (input[attestation] !== 'yes') problems.push(problem(attestation, 'mustConfirm'));
  }
  if (field(input, applicationFields.honeypot) !== '') {
    problems.push(problem(applicationFields.honeypot, 'mustBeEmpty'));
  }
  return problems.length ? err(problems) : ok({ identity: { name, businessName, email }, answers });
}

/** Who the supplier is for one-application-per-address and the contract-splitting rule. */
export function supplierKeyText(email: string): string {
  return emailKey(email);
}
