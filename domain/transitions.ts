import type { IntentKind } from './intents';
import { states, type State } from './states';

/**
 * Who may ask for a change, relative to the opportunity:
 * - author: the person who drafted it;
 * - cardholder: the cardholder it names (section 32 of the FAA);
 * - procurement: any procurement officer (CFOB) who is neither its author nor its cardholder;
 * - approver: whoever the current approval step waits for (cardholder, then procurement);
 * - authorOrProcurement: either of those;
 * - system: the scheduler, never a person.
 */
export type Party =
  'author' | 'cardholder' | 'procurement' | 'approver' | 'authorOrProcurement' | 'system';

export interface Transition {
  from: readonly State[];
  /** `from` keeps the state as it is (an edit or an addendum). */
  to: State | 'unchanged';
  by: Party;
}

/** FAA s.34: once the work is certified the supplier is owed payment, so cancelling stops there. */
const cancellable = states.filter(
  (s) => !['accepted', 'paid', 'cancelled', 'rejected'].includes(s),
);

/** The lifecycle at a glance: one row an intent. */
export const transitions: Readonly<Record<IntentKind, Transition>> = {
  editDraft: { from: ['draft'], to: 'unchanged', by: 'author' },
  submit: { from: ['draft'], to: 'awaitingFunds', by: 'author' },
  approveFunds: { from: ['awaitingFunds'], to: 'awaitingProcurement', by: 'cardholder' },
  approvePosting: { from: ['awaitingProcurement'], to: 'posted', by: 'procurement' },
  returnToAuthor: { from: ['awaitingFunds', 'awaitingProcurement'], to: 'draft', by: 'approver' },
  reject: { from: ['awaitingFunds', 'awaitingProcurement'], to: 'rejected', by: 'approver' },
  amend: { from: ['posted'], to: 'unchanged', by: 'author' },
  close: { from: ['posted'], to: 'evaluating', by: 'system' },
  evaluate: { from: ['evaluating'], to: 'unchanged', by: 'author' },
  // `decide` sends an award to awardHeld instead when the contract-splitting rule holds it.
  award: { from: ['evaluating'], to: 'awarded', by: 'author' },
  releaseAward: { from: ['awardHeld'], to: 'awarded', by: 'procurement' },
  recordDelivery: { from: ['awarded'], to: 'delivered', by: 'author' },
  accept: { from: ['delivered'], to: 'accepted', by: 'author' },
  recordPayment: { from: ['accepted'], to: 'paid', by: 'cardholder' },
  cancel: { from: cancellable, to: 'cancelled', by: 'authorOrProcurement' },
};

export function nextState(kind: IntentKind, from: State): State {
  const to = transitions[kind].to;
  return to === 'unchanged' ? from : to;
}
