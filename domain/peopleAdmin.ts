import { isEmail, normaliseEmail } from './email';
import { maxCommentLength } from './limits';
import { hasRole, isRole, roles as allRoles, type Actor, type Person, type Role } from './people';
import type { PendingPersonChange, PersonEventAuthor } from './personEvents';
import { problem, type Problem } from './problems';
import { err, ok, type Result } from './result';
import { readText } from './text';

/** Administration of people: who may do it, what a request may say, and what it changes. */

/** Admins manage people; managers may read the list and a person's page, nothing more. */
export function canManagePeople(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}

export function canReadPeople(actor: Actor): boolean {
  return hasRole(actor, 'admin') || hasRole(actor, 'manager');
}

/** What the tab's People view is for this person: to manage, to read, or not shown at all. */
export type PeopleAccess = 'manage' | 'read' | null;

export function peopleAccess(actor: Actor): PeopleAccess {
  return canManagePeople(actor) ? 'manage' : canReadPeople(actor) ? 'read' : null;
}

/** Why an administrative change is refused; each is audited beside the person it aimed at. */
export type AdminRefusalReason =
  /** Only admins change roles, invite or deactivate. */
  | 'notAdmin'
  /** Nobody changes their own roles, nor deactivates themselves. */
  | 'ownRoles'
  /** The last admin cannot lose the role: nobody could then grant any role. */
  | 'lastAdmin';

export type AdminAction = 'changeRoles' | 'invite' | 'deactivate';

export interface AdminRefusal {
  reason: AdminRefusalReason;
  action: AdminAction;
}

export interface RoleChange {
  grant: Role[];
  revoke: Role[];
  reason: string;
}

export interface Invitation {
  /** The user principal name as typed; matched case-insensitively (`upnKey`). */
  upn: string;
  roles: Role[];
  reason: string;
}

export const maxAdminReasonLength = maxCommentLength;
const maxUpnLength = 254;

/** One user principal name, however it is written: matched case-insensitively. */
export function upnKey(upn: string): string {
  return normaliseEmail(upn).toLowerCase();
}

function readReason(value: unknown, problems: Problem[]): string {
  const label = { label: 'field.adminReason' };
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
    problems.push(problem('reason', 'required', label));
    return '';
  }
  const text = readText('reason', value, maxAdminReasonLength, problems);
  const last = problems.at(-1);
  if (last?.field === 'reason' && !last.params?.label) last.params = { ...last.params, ...label };
  return text ?? '';
}

function readRoles(field: string, value: unknown, problems: Problem[]): Role[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(problem(field, 'wrongType', { expected: 'list', label: `field.${field}Roles` }));
    return [];
  }
  const roles: Role[] = [];
  for (const item of value.slice(0, allRoles.length + 1)) {
    if (!isRole(item)) {
      problems.push(problem(field, 'unknownRole', { label: `field.${field}Roles` }));
      return [];
    }
    if (!roles.includes(item)) roles.push(item);
  }
  if (value.length > allRoles.length)
    problems.push(
      problem(field, 'tooMany', { max: allRoles.length, label: `field.${field}Roles` }),
    );
  return roles;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ grant, revoke, reason }` as the API receives it. */
export function parseRoleChange(body: unknown): Result<RoleChange, Problem[]> {
  if (!isObject(body)) return err([problem('body', 'wrongType', { expected: 'object' })]);
  const problems: Problem[] = [];
  for (const key of Object.keys(body))
    if (!['grant', 'revoke', 'reason'].includes(key)) problems.push(problem(key, 'unknownField'));
  const grant = readRoles('grant', body.grant, problems);
  const revoke = readRoles('revoke', body.revoke, problems);
  const reason = readReason(body.reason, problems);
  if (!problems.length && !grant.length && !revoke.length)
    problems.push(problem('grant', 'tooFew', { min: 1, label: 'field.grantRoles' }));
  if (grant.some((role) => revoke.includes(role)))
    problems.push(problem('revoke', 'grantedAndRevoked', { label: 'field.revokeRoles' }));
  return problems.length ? err(problems) : ok({ grant, revoke, reason });
}

/** `{ upn, roles, reason }` as the API receives it. */
export function parseInvitation(body: unknown): Result<Invitation, Problem[]> {
  if (!isObject(body)) return err([problem('body', 'wrongType', { expected: 'object' })]);
  const problems: Problem[] = [];
  for (const key of Object.keys(body))
    if (!['upn', 'roles', 'reason'].includes(key)) problems.push(problem(key, 'unknownField'));
  const label = { label: 'field.upn' };
  const upn =
    typeof body.upn === 'string' ? normaliseEmail(body.upn).slice(0, maxUpnLength + 1) : '';
  if (!upn) problems.push(problem('upn', 'required', label));
  else if (!isEmail(upn)) problems.push(problem('upn', 'invalidEmail', label));
  const roles = readRoles('grant', body.roles, problems);
  if (!problems.some((p) => p.field === 'grant') && !roles.length)
    problems.push(problem('grant', 'tooFew', { min: 1, label: 'field.grantRoles' }));
  const reason = readReason(body.reason, problems);
  return problems.length ? err(problems) : ok({ upn, roles, reason });
}

/** `{ reason }` as the API receives it. */
export function parseDeactivation(body: unknown): Result<{ reason: string }, Problem[]> {
  if (!isObject(body)) return err([problem('body', 'wrongType', { expected: 'object' })]);
  const problems: Problem[] = [];
  for (const key of Object.keys(body))
    if (key !== 'reason') problems.push(problem(key, 'unknownField'));
  const reason = readReason(body.reason, problems);
  return problems.length ? err(problems) : ok({ reason });
}

function authorOf(actor: Actor): PersonEventAuthor {
  return { kind: actor.kind, id: actor.id, name: actor.name };
}

/** What an administrative decision is: the changes to write, or why nothing is written. */
export type AdminDecision =
  { ok: true; changes: PendingPersonChange[] } | { ok: false; refusal: AdminRefusal };

function refuse(action: AdminAction, reason: AdminRefusalReason): AdminDecision {
  return { ok: false, refusal: { action, reason } };
}

/**
 * Checked in this order: the actor is an admin, the person is not themselves, the last admin
 * keeps the role. `admins` is everyone who holds `admin` now, as stored, read after the actor was:
 * with the first two rules the last bites when an admin's request runs after their own role went
 * (two admins revoking each other: the second is refused).
 */
export function decideRoleChange(
  actor: Actor,
  target: Person,
  change: RoleChange,
  admins: readonly string[],
): AdminDecision {
  if (!canManagePeople(actor)) return refuse('changeRoles', 'notAdmin');
  if (actor.id === target.id) return refuse('changeRoles', 'ownRoles');
  const losesAdmin = change.revoke.includes('admin') && target.roles.includes('admin');
  if (losesAdmin && admins.filter((id) => id !== target.id).length === 0)
    return refuse('changeRoles', 'lastAdmin');
  const by = authorOf(actor);
  const changes: PendingPersonChange[] = [];
  const granted = change.grant.filter((role) => !target.roles.includes(role));
  const revoked = change.revoke.filter((role) => target.roles.includes(role));
  if (granted.length)
    changes.push({
      by,
      why: 'rolesChanged',
      reason: change.reason,
      change: { kind: 'rolesGranted', roles: granted },
    });
  if (revoked.length)
    changes.push({
      by,
      why: 'rolesChanged',
      reason: change.reason,
      change: { kind: 'rolesRevoked', roles: revoked },
    });
  return { ok: true, changes };
}

/** Every role goes; the person stays in the list, marked as gone, with their timeline. */
export function decideDeactivation(
  actor: Actor,
  target: Person,
  reason: string,
  admins: readonly string[],
): AdminDecision {
  if (!canManagePeople(actor)) return refuse('deactivate', 'notAdmin');
  if (actor.id === target.id) return refuse('deactivate', 'ownRoles');
  if (target.roles.includes('admin') && admins.filter((id) => id !== target.id).length === 0)
    return refuse('deactivate', 'lastAdmin');
  if (target.deactivated) return { ok: true, changes: [] };
  return {
    ok: true,
    changes: [
      {
        by: authorOf(actor),
        why: 'deactivated',
        reason,
        change: { kind: 'deactivated', roles: [...target.roles] },
      },
    ],
  };
}

/** An invitation waits for a user principal name; only admins send one, never to themselves. */
export function decideInvitation(
  actor: Actor,
  invitation: Invitation,
  actorEmail: string,
): AdminRefusal | null {
  if (!canManagePeople(actor)) return { action: 'invite', reason: 'notAdmin' };
  if (actorEmail && upnKey(actorEmail) === upnKey(invitation.upn))
    return { action: 'invite', reason: 'ownRoles' };
  return null;
}
