import type { AuditEvent } from './events';
import type { EvaluationResult, IntentKind } from './intents';
import type { Locale } from './locale';
import type { State } from './states';

/**
 * Suppliers a change is told to by e-mail: who asked the question it answers, who applied, or
 * the supplier the contract was awarded to.
 */
export type SupplierAudience = 'asker' | 'applicants' | 'winner';

/** Which changes suppliers hear of by e-mail (GC Notify), and who; every other change, nobody. */
export const supplierNotices: Partial<Record<IntentKind, readonly SupplierAudience[]>> = {
  answerQuestion: ['asker', 'applicants'],
  extendClosing: ['applicants'],
  amend: ['applicants'],
  cancel: ['applicants'],
  recordPayment: ['winner'],
  close: ['applicants'],
  award: ['applicants'],
  releaseAward: ['applicants'],
};

/** Cancelling from these states ends an open competition: everyone who applied is told why. */
const cancelledBeforeAward: readonly State[] = ['posted', 'evaluating', 'awardHeld'];

/**
 * Who a stored change tells. A held award tells nobody yet (its release does); a cancellation
 * after the award is the contract's (non-delivery), and the applicants are not its parties.
 */
export function supplierAudienceOf(event: AuditEvent): readonly SupplierAudience[] {
  const { details } = event;
  if (details.kind === 'create') return [];
  if (details.kind === 'award' && event.to !== 'awarded') return [];
  if (details.kind === 'cancel' && !(event.from && cancelledBeforeAward.includes(event.from)))
    return [];
  return supplierNotices[details.kind] ?? [];
}

/** A supplier to write to: the address they gave and the language of the form they used. */
export interface Recipient {
  email: string;
  language: Locale;
  /** The application's confirmation number, when the recipient applied. */
  confirmation?: string;
  /** The name they gave, when they applied (the selected supplier's letter greets them by it). */
  name?: string;
}

export interface Recipients {
  /** Who asked the question the event answers, when it answers one. */
  asker: Recipient | null;
  /** Everyone who applied so far. */
  applicants: readonly Recipient[];
  /** The supplier the contract went to, once awarded. */
  winner?: Recipient | null;
  /** For the results: each application's reasons, by confirmation number. */
  rationales?: Rationales;
}

/** The evaluator's reasons for an application, criterion by criterion, as last recorded. */
export type Rationales = ReadonlyMap<string, readonly EvaluationResult[]>;

/** The public page in a language, for the notice to link to (none when the site's address is unknown). */
export type PageUrl = ((locale: Locale) => string) | null;

/** One recipient per address, the first kept (addresses compared case-folded). */
export function unique(recipients: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = r.email.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Each application the change concerns, once, with its recipient (the first row kept). */
export function perApplication(
  applicants: readonly Recipient[],
  concerned: readonly string[],
): (Recipient & { confirmation: string })[] {
  const left = new Set(concerned);
  return applicants.flatMap((to) => {
    const { confirmation } = to;
    if (!confirmation || !left.delete(confirmation)) return [];
    return [{ ...to, confirmation }];
  });
}
