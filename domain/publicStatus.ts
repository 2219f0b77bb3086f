import type { Opportunity } from './opportunity';

/** How an opportunity shows on the public page. Drafts and anything never posted never show. */
export type PublicStatus = 'open' | 'closed' | 'awarded' | 'cancelled';

/**
 * What the public may see of an opportunity's state: the public site and the bot's link previews
 * both read it here, so a draft is never shown in either.
 */
export function publicStatus(record: Opportunity): PublicStatus | null {
  switch (record.state) {
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
      return record.postedAt ? 'cancelled' : null;
    default:
      return null;
  }
}

export function isPublic(record: Opportunity): boolean {
  return publicStatus(record) !== null;
}
