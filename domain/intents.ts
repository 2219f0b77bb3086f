import { maxCommentLength, maxReferenceLength, maxSupplierNameLength } from './limits';
import type { OpportunityFields, Payment } from './opportunity';
import { parseFieldChanges } from './parseFields';
import { problem, type Problem } from './problems';
import { err, ok, type Result } from './result';
import { isCalendarDate, readText } from './text';

/** Every change to an opportunity is one of these; nothing edits a record directly. */
export type Intent =
  | { kind: 'editDraft'; changes: Partial<OpportunityFields> }
  | { kind: 'submit' }
  | { kind: 'approveFunds'; comment: string }
  | { kind: 'approvePosting'; comment: string }
  | { kind: 'returnToAuthor'; comment: string }
  | { kind: 'reject'; comment: string }
  | { kind: 'amend'; en: string; fr: string }
  | { kind: 'close' }
  | { kind: 'award'; supplierName: string }
  | { kind: 'recordDelivery'; deliveryUrl: string }
  | { kind: 'accept'; comment: string }
  | ({ kind: 'recordPayment' } & Payment)
  | { kind: 'cancel'; reason: string };

export type IntentKind = Intent['kind'];

export const intentKinds = [
  'editDraft',
  'submit',
  'approveFunds',
  'approvePosting',
  'returnToAuthor',
  'reject',
  'amend',
  'close',
  'award',
  'recordDelivery',
  'accept',
  'recordPayment',
  'cancel',
] as const satisfies readonly IntentKind[];

function text(
  input: Record<string, unknown>,
  field: string,
  max: number,
  problems: Problem[],
): string {
  return readText(field, input[field] ?? '', max, problems) ?? '';
}

/** Reads an untrusted intent (card data, a tab request): a typed intent or the problems found. */
export function parseIntent(input: unknown): Result<Intent, Problem[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([problem('intent', 'wrongType', { expected: 'item' })]);
  }
  const raw = input as Record<string, unknown>;
  const kind = intentKinds.find((k) => k === raw.kind);
  if (!kind) return err([problem('kind', 'invalidChoice')]);
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
      intent = { kind };
      break;
    case 'approveFunds':
    case 'approvePosting':
    case 'returnToAuthor':
    case 'reject':
    case 'accept':
      intent = { kind, comment: text(raw, 'comment', maxCommentLength, problems) };
      break;
    case 'cancel':
      intent = { kind, reason: text(raw, 'reason', maxCommentLength, problems) };
      break;
    case 'amend':
      intent = {
        kind,
        en: text(raw, 'en', maxCommentLength, problems),
        fr: text(raw, 'fr', maxCommentLength, problems),
      };
      break;
    case 'award':
      intent = { kind, supplierName: text(raw, 'supplierName', maxSupplierNameLength, problems) };
      break;
    case 'recordDelivery':
      intent = { kind, deliveryUrl: text(raw, 'deliveryUrl', 500, problems) };
      break;
    case 'recordPayment': {
      const method = raw.method === 'card' || raw.method === 'paypal' ? raw.method : undefined;
      if (!method) problems.push(problem('method', 'invalidChoice'));
      const amountCents = raw.amountCents;
      if (typeof amountCents !== 'number' || !Number.isSafeInteger(amountCents)) {
        problems.push(problem('amountCents', 'wrongType', { expected: 'cents' }));
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
  }
  return problems.length ? err(problems) : ok(intent);
}
