import type { Opportunity } from './opportunity';
import type { Person } from './people';
import { problem, type Problem } from './problems';

/** Whether a person, as stored, may be named the cardholder of an opportunity now. */
export function holdsCardholderRole(person: Person | null | undefined): boolean {
  return !!person && !person.deactivated && person.roles.includes('cardholder');
}

/**
 * Why the funds step cannot go on: the cardholder the record names lost the role or left, so
 * nobody can approve until the author names another (`changeCardholder`). Read from the person as
 * stored, never from a browser or a card.
 */
export interface BlockedCardholder {
  reason: 'cardholderLostRole';
  cardholderId: string;
  cardholderName: string;
}

export function blockedCardholder(
  record: Opportunity,
  cardholder: Person | null,
): BlockedCardholder | null {
  const id = record.fields.cardholderId;
  if (record.state !== 'awaitingFunds' || !id) return null;
  if (holdsCardholderRole(cardholder)) return null;
  return { reason: 'cardholderLostRole', cardholderId: id, cardholderName: cardholder?.name ?? id };
}

/** The cardholder a `changeCardholder` names: someone else, not the author, holding the role (FAA s.32). */
export function newCardholderProblems(
  record: Opportunity,
  cardholderId: string,
  proposed: Person | null,
): Problem[] {
  if (!cardholderId) return [problem('cardholderId', 'required')];
  if (cardholderId === record.authorId) return [problem('cardholderId', 'sameAsAuthor')];
  if (cardholderId === record.fields.cardholderId)
    return [problem('cardholderId', 'sameCardholder')];
  if (proposed?.id !== cardholderId || !holdsCardholderRole(proposed))
    return [problem('cardholderId', 'notACardholder')];
  return [];
}
