import { maxCommentLength } from './limits';
import type { Person, Role } from './people';
import { problem, type Problem } from './problems';
import { err, ok, type Result } from './result';
import { easternDate, readText } from './text';

/**
 * Out of office: a cardholder or a procurement officer names a delegate who holds the same role,
 * for a range of Eastern calendar days. During it the delegate also gets the approval cards and
 * may decide on the person's behalf (the event names both); separation of duties holds for the
 * delegate exactly as for the person. The delegation is stored on the person who delegates.
 */

/** The roles whose decisions can be delegated. */
export const delegableRoles = ['cardholder', 'procurement'] as const satisfies readonly Role[];

export interface Delegation {
  delegateId: string;
  delegateName: string;
  /** First and last day (YYYY-MM-DD, Eastern), both included. */
  from: string;
  to: string;
  reason: string;
  /** The roles both held when it was named: what the delegate may do for the person. */
  roles: Role[];
}

/** Who a delegate acts for: the person who named them, as the audit line shows them. */
export interface Principal {
  id: string;
  name: string;
}

/** The longest absence one delegation covers; a longer one is a role for an admin to grant. */
export const maxDelegationDays = 90;

export interface DelegationRequest {
  delegateId: string;
  from: string;
  to: string;
  reason: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function daysBetween(first: string, last: string): number {
  return Math.round(
    (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000,
  );
}

/** `{ delegateId, from, to, reason }` as the API receives it; dates checked against today. */
export function parseDelegation(body: unknown, now: Date): Result<DelegationRequest, Problem[]> {
  if (!isObject(body)) return err([problem('body', 'wrongType', { expected: 'object' })]);
  const problems: Problem[] = [];
  for (const key of Object.keys(body))
    if (!['delegateId', 'from', 'to', 'reason'].includes(key))
      problems.push(problem(key, 'unknownField'));
  const delegateId = typeof body.delegateId === 'string' ? body.delegateId.trim() : '';
  if (!delegateId || delegateId.length > 64)
    problems.push(problem('delegateId', 'required', { label: 'field.delegate' }));
  const dates: Record<'from' | 'to', string> = { from: '', to: '' };
  for (const field of ['from', 'to'] as const) {
    const label = { label: field === 'from' ? 'field.delegationFrom' : 'field.delegationTo' };
    const value = body[field];
    if (value === undefined || value === null || value === '')
      problems.push(problem(field, 'required', label));
    else if (typeof value !== 'string' || !isCalendarDate(value))
      problems.push(problem(field, 'invalidDate', label));
    else dates[field] = value;
  }
  const { from, to } = dates;
  if (from && to) {
    if (to < from)
      problems.push(
        problem('to', 'notAfter', {
          label: 'field.delegationTo',
          other: 'delegationFrom',
        }),
      );
    else if (to < easternDate(now))
      problems.push(problem('to', 'inPast', { label: 'field.delegationTo' }));
    else if (daysBetween(from, to) + 1 > maxDelegationDays)
      problems.push(
        problem('to', 'rangeTooLong', { label: 'field.delegationTo', max: maxDelegationDays }),
      );
  }
  const label = { label: 'field.delegationReason' };
  let reason = '';
  if (typeof body.reason !== 'string' || !body.reason.trim())
    problems.push(problem('reason', 'required', label));
  else {
    reason = readText('reason', body.reason, maxCommentLength, problems) ?? '';
    const last = problems.at(-1);
    if (last?.field === 'reason' && !last.params?.label) last.params = { ...last.params, ...label };
  }
  return problems.length ? err(problems) : ok({ delegateId, from, to, reason });
}

/** The delegable roles a person holds now. */
export function delegableRolesOf(person: Person): Role[] {
  return person.deactivated ? [] : delegableRoles.filter((role) => person.roles.includes(role));
}

/**
 * The delegation to store, or why not: the delegate is a registered, active person other than
 * the one delegating, holding at least one of the roles delegated.
 */
export function decideDelegation(
  principal: Person,
  delegate: Person | null,
  request: DelegationRequest,
): Result<Delegation, Problem[]> {
  const label = { label: 'field.delegate' };
  if (!delegate || delegate.deactivated)
    return err([problem('delegateId', 'unknownPerson', label)]);
  if (delegate.id === principal.id) return err([problem('delegateId', 'delegateSelf', label)]);
  const roles = delegableRolesOf(principal).filter((role) => delegate.roles.includes(role));
  if (!roles.length) return err([problem('delegateId', 'delegateLacksRole', label)]);
  const { from, to, reason } = request;
  return ok({ delegateId: delegate.id, delegateName: delegate.name, from, to, reason, roles });
}

/** Whether today (Eastern) falls within the delegation's days. */
export function isDelegationActive(delegation: Delegation, now: Date): boolean {
  const today = easternDate(now);
  return delegation.from <= today && today <= delegation.to;
}

/**
 * Those who `delegate` acts for now in `role`: each principal's delegation names them, covers
 * today and that role, and both still hold the role as stored.
 */
export function principalsOf(
  delegate: Person,
  people: readonly Person[],
  now: Date,
  role: Role = 'cardholder',
): Principal[] {
  if (delegate.deactivated || !delegate.roles.includes(role)) return [];
  return people
    .filter(
      (p) =>
        p.delegation?.delegateId === delegate.id &&
        p.delegation.roles.includes(role) &&
        delegableRolesOf(p).includes(role) &&
        isDelegationActive(p.delegation, now),
    )
    .map((p) => ({ id: p.id, name: p.name }));
}
