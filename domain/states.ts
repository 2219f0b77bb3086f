export const states = [
  'draft',
  'awaitingFunds',
  'awaitingProcurement',
  'posted',
  'evaluating',
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
