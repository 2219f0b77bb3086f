export const states = [
  'draft',
  'awaitingFunds',
  'awaitingProcurement',
  'posted',
  'evaluating',
  /** The contract-splitting rule held the award until a procurement officer releases it. */
  'awardHeld',
  'awarded',
  'delivered',
  'accepted',
  'paid',
  'cancelled',
  'rejected',
] as const;
export type State = (typeof states)[number];

export function isState(value: unknown): value is State {
  return typeof value === 'string' && (states as readonly string[]).includes(value);
}

/** No intent leaves these states. */
export const finalStates: readonly State[] = ['paid', 'cancelled', 'rejected'];
