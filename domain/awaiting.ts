import type { Opportunity } from './opportunity';
import type { Role } from './people';

/** Whom an opportunity waits for: a named person, or anyone holding a role. */
export type Awaiting = { personId: string } | { role: Role } | null;

export function awaiting(record: Opportunity): Awaiting {
  switch (record.state) {
    case 'draft':
    case 'evaluating':
    case 'awarded':
    case 'delivered':
      return { personId: record.authorId };
    case 'awaitingFunds':
    case 'accepted':
      return record.fields.cardholderId ? { personId: record.fields.cardholderId } : null;
    case 'awaitingProcurement':
    case 'awardHeld':
      return { role: 'procurement' };
    default:
      return null;
  }
}
