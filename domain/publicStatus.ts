import type { Opportunity } from './opportunity';
import type { State } from './states';

/** How an opportunity shows on the public page. Drafts and anything never posted never show. */
export type PublicStatus = 'open' | 'closed' | 'awarded' | 'cancelled';

/**
 * What the public may see of an opportunity's state: the public site and the bot's link previews
 * both read it here, so a draft is never shown in either.
 */
export function publicStatus(record: Opportunity): PublicStatus | null {
  return statusIn(record.state, Boolean(record.postedAt));
}

/** Whether an opportunity in this state may be public (a cancelled one only if it was posted). */
export function mayBePublicIn(state: State): boolean {
  return statusIn(state, true) !== null;
}

function statusIn(state: State, posted: boolean): PublicStatus | null {
  switch (state) {
    case 'posted':
      return 'open';
    case 'evaluating':
    case 'awardHeld':
      return 'closed';
    case 'awarded':
    case 'delivered':
    case 'accepted':
    case 'paid':
      return 'awarded';
    case 'cancelled':
      return posted ? 'cancelled' : null;
    default:
      return null;
  }
}

export function isPublic(record: Opportunity): boolean {
  return publicStatus(record) !== null;
}
