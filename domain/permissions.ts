import type { IntentKind } from './intents';
import type { Opportunity } from './opportunity';
import type { Principal } from './delegation';
import { deputyOf, hasRole, type Actor, type Role } from './people';
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
      if (actor.id !== record.fields.cardholderId && !deputyOf(actor, record.fields.cardholderId))
        return { reason: 'notDesignatedCardholder' };
      return needRole(actor, 'cardholder');
    case 'procurement':
      if (actor.id === record.authorId) return { reason: 'ownOpportunity' };
      // Whoever funds it, in person or as the cardholder's delegate, does not approve it too.
      if (actor.id === record.fields.cardholderId || deputyOf(actor, record.fields.cardholderId))
        return { reason: 'cardholderOfThis' };
      return needRole(actor, 'procurement');
  }
}

/**
 * Whom `actor` acts for when they take a cardholder's step as that cardholder's delegate: the
 * event then records "by D on behalf of P". Null when they act in their own name.
 */
export function actingFor(party: Party, record: Opportunity, actor: Actor): Principal | null {
  const asCardholder =
    party === 'cardholder' || (party === 'approver' && record.state === 'awaitingFunds');
  if (!asCardholder || actor.id === record.fields.cardholderId) return null;
  return deputyOf(actor, record.fields.cardholderId);
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

/** The roles that oversee every opportunity, beyond those an opportunity names. */
const oversight: readonly Role[] = ['procurement', 'manager', 'admin'];

function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.some((role) => hasRole(actor, role));
}

/** Who may read an opportunity and its timeline in the tab and the bot. */
export function mayRead(record: Opportunity, actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  if (actor.id === record.authorId || actor.id === record.fields.cardholderId) return true;
  if (deputyOf(actor, record.fields.cardholderId)) return true;
  return hasAnyRole(actor, oversight);
}

/** Oversight roles list every opportunity; everyone else, theirs and what waits for them. */
export function canListAll(actor: Actor): boolean {
  return hasAnyRole(actor, oversight);
}

/** Refused attempts show who tried what: for oversight roles only. */
export function canSeeRefusals(actor: Actor): boolean {
  return hasAnyRole(actor, oversight);
}

/** The fiscal year's figures are for managers and admins. */
export function canSeeDashboard(actor: Actor): boolean {
  return hasAnyRole(actor, ['manager', 'admin']);
}

/**
 * The fund centre's other opportunities of the last twelve months (the contract-splitting
 * guardrail): for those who approve (procurement), oversee spending (managers) or answer for this
 * one (its author and cardholder). Admins administer people and roles, not purchases.
 */
export function canSeeFundCentre(record: Opportunity, actor: Actor): boolean {
  return (
    hasAnyRole(actor, ['procurement', 'manager']) ||
    actor.id === record.authorId ||
    actor.id === record.fields.cardholderId ||
    deputyOf(actor, record.fields.cardholderId) !== null
  );
}

/**
 * How much of the award a reader sees: the draw with the winner's identity (the author and the
 * cardholder once the award is final), the draw alone (they and the procurement officers who may
 * release it while it is held), not yet (`wrongState`: they, before any award), or nothing.
 */
export type AwardAccess = 'identity' | 'draw' | 'wrongState' | 'none';

export function awardAccess(record: Opportunity, actor: Actor): AwardAccess {
  const party =
    mayAct('author', record, actor) === null || mayAct('cardholder', record, actor) === null;
  if (record.state === 'awardHeld')
    return party || mayAct('procurement', record, actor) === null ? 'draw' : 'none';
  if (!party) return 'none';
  return record.awardedAt && record.award ? 'identity' : 'wrongState';
}

/** The winner's name and e-mail: for the author and the cardholder, once the award is final. */
export function canSeeWinner(record: Opportunity, actor: Actor): boolean {
  return awardAccess(record, actor) === 'identity';
}

/**
 * The notices e-mailed to suppliers about an opportunity (what was sent, to how many, its status):
 * for its author and its cardholder, who answer for it, and procurement officers, who oversee
 * purchases. Never an address: the view holds none.
 */
export function canSeeNotices(record: Opportunity, actor: Actor): boolean {
  if (actor.kind === 'system') return false;
  return (
    actor.id === record.authorId ||
    actor.id === record.fields.cardholderId ||
    hasRole(actor, 'procurement')
  );
}
