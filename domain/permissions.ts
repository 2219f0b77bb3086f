import type { IntentKind } from './intents';
import type { Opportunity } from './opportunity';
import { hasRole, type Actor, type Role } from './people';
import { intentKinds, transitions, type Party } from './transitions';

export type ForbiddenReason =
  | 'systemOnly'
  | 'peopleOnly'
  | 'notAuthor'
  | 'notDesignatedCardholder'
  | 'missingRole'
  | 'ownOpportunity'
  | 'cardholderOfThis';

export interface Forbidden {
  reason: ForbiddenReason;
  role?: Role;
}

function needRole(actor: Actor, role: Role): Forbidden | null {
  return hasRole(actor, role) ? null : { reason: 'missingRole', role };
}

/** Separation of duties: author, cardholder and approving procurement officer are three people. */
function mayActAs(
  party: Exclude<Party, 'approver' | 'authorOrProcurement'>,
  record: Opportunity,
  actor: Actor,
): Forbidden | null {
  if (party === 'system') return actor.kind === 'system' ? null : { reason: 'systemOnly' };
  if (actor.kind === 'system') return { reason: 'peopleOnly' };
  switch (party) {
    case 'author':
      return actor.id === record.authorId ? needRole(actor, 'client') : { reason: 'notAuthor' };
    case 'cardholder':
      if (actor.id === record.authorId) return { reason: 'ownOpportunity' };
      if (actor.id !== record.fields.cardholderId) return { reason: 'notDesignatedCardholder' };
      return needRole(actor, 'cardholder');
    case 'procurement':
      if (actor.id === record.authorId) return { reason: 'ownOpportunity' };
      if (actor.id === record.fields.cardholderId) return { reason: 'cardholderOfThis' };
      return needRole(actor, 'procurement');
  }
}

/** Whether `actor` is the party a transition names, for this opportunity as stored. */
export function mayAct(party: Party, record: Opportunity, actor: Actor): Forbidden | null {
  switch (party) {
    case 'approver':
      return mayActAs(
        record.state === 'awaitingFunds' ? 'cardholder' : 'procurement',
        record,
        actor,
      );
    case 'authorOrProcurement': {
      const asAuthor = mayActAs('author', record, actor);
      if (asAuthor === null) return null;
      const asProcurement = mayActAs('procurement', record, actor);
      if (asProcurement === null) return null;
      // Tell a procurement officer why they, as one, may not; tell anyone else it is the author's.
      return hasRole(actor, 'procurement') ? asProcurement : asAuthor;
    }
    default:
      return mayActAs(party, record, actor);
  }
}

/** The intents this state allows and this person may ask for now (completeness is checked later). */
export function allowedIntents(record: Opportunity, actor: Actor): IntentKind[] {
  return intentKinds.filter((kind) => {
    const transition = transitions[kind];
    return transition.from.includes(record.state) && mayAct(transition.by, record, actor) === null;
  });
}

export function mayCreate(actor: Actor): Forbidden | null {
  return actor.kind === 'system' ? { reason: 'peopleOnly' } : needRole(actor, 'client');
}

/** Who may read an opportunity and its timeline in the tab and the bot. */
export function mayRead(record: Opportunity, actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  if (actor.id === record.authorId || actor.id === record.fields.cardholderId) return true;
  return ['procurement', 'manager', 'admin'].some((role) => hasRole(actor, role as Role));
}
