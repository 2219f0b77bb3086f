import {
  decideDelegation,
  isDelegationActive,
  parseDelegation,
  principalsOf,
  type Delegation,
} from '../../domain/delegation';
import { decide } from '../../domain/decide';
import { actorFromPerson, type Person } from '../../domain/people';
import { evolvePerson } from '../../domain/personEvents';
import { actingFor, mayAct, mayRead } from '../../domain/permissions';
import { aPerson, anOpportunity, completeFields, people } from '../support/builders';

const away = aPerson({ id: 'away', name: 'Paula Away', roles: ['cardholder'] });
const covering = aPerson({ id: 'covering', name: 'Dana Covering', roles: ['cardholder'] });
const delegation: Delegation = {
  delegateId: covering.id,
  delegateName: covering.name,
  from: '2026-12-07',
  to: '2026-12-11',
  reason: 'Leave',
  roles: ['cardholder'],
};
const delegating: Person = { ...away, delegation };

describe('the days a delegation covers are Eastern calendar days, both ends included', () => {
  test.each([
    ['2026-12-07T04:59:59Z', false], // 23:59 on the 6th in Toronto
    ['2026-12-07T05:00:00Z', true],
    ['2026-12-12T04:59:59Z', true], // 23:59 on the 11th
    ['2026-12-12T05:00:00Z', false],
  ])('%s: %s', (instant, active) => {
    expect(isDelegationActive(delegation, new Date(instant))).toBe(active);
  });
});

describe('whom a delegate stands in for', () => {
  const during = new Date('2026-12-08T15:00:00Z');
  test('the cardholder who named them, while both hold the role', () => {
    expect(principalsOf(covering, [delegating], during)).toEqual([
      { id: away.id, name: away.name },
    ]);
  });
  test('nobody once the principal lost the role, left, or the delegate lost it', () => {
    expect(principalsOf(covering, [{ ...delegating, roles: [] }], during)).toEqual([]);
    expect(principalsOf(covering, [{ ...delegating, deactivated: true }], during)).toEqual([]);
    expect(principalsOf({ ...covering, roles: ['client'] }, [delegating], during)).toEqual([]);
  });
  test('a deactivation ends the delegation with every role', () => {
    const left = evolvePerson(delegating, away.id, { kind: 'deactivated', roles: ['cardholder'] });
    expect(left.delegation).toBeUndefined();
  });
});

describe('what a delegate may do on one opportunity', () => {
  const record = anOpportunity({
    state: 'awaitingFunds',
    authorId: people.author.id,
    fields: { ...completeFields(), cardholderId: away.id },
  });
  const deputy = actorFromPerson(covering, [{ id: away.id, name: away.name }]);
  test('decide the funds, on behalf of the cardholder, and read it', () => {
    expect(mayAct('cardholder', record, deputy)).toBeNull();
    expect(mayRead(record, deputy)).toBe(true);
    expect(actingFor('approver', record, deputy)).toEqual({ id: away.id, name: away.name });
    const decided = decide(record, { kind: 'approveFunds', comment: '' }, deputy, {
      now: new Date('2026-12-08T15:00:00Z'),
      cardholder: away,
    });
    expect(decided.ok && decided.event.onBehalfOf).toEqual({ id: away.id, name: away.name });
  });
  test('nothing for a cardholder they do not stand in for', () => {
    const other = { ...record, fields: { ...record.fields, cardholderId: 'someone-else' } };
    expect(mayAct('cardholder', other, deputy)).toEqual({ reason: 'notDesignatedCardholder' });
    expect(mayRead(other, deputy)).toBe(false);
  });
  test('the cardholder in person acts in their own name', () => {
    expect(actingFor('approver', record, actorFromPerson(away))).toBeNull();
  });
});

describe('naming a delegate', () => {
  const now = new Date('2026-12-08T15:00:00Z');
  test('takes the roles both hold, and only those', () => {
    const both = { ...away, roles: ['cardholder', 'procurement'] } as Person;
    const parsed = parseDelegation(
      { delegateId: covering.id, from: '2026-12-08', to: '2026-12-09', reason: 'Leave' },
      now,
    );
    expect(parsed.ok).toBe(true);
    const decided = decideDelegation(both, covering, parsed.ok ? parsed.value : (null as never));
    expect(decided.ok && decided.value.roles).toEqual(['cardholder']);
  });
  test('allows a range that started before today, not one that ended', () => {
    const base = { delegateId: covering.id, reason: 'Leave' };
    expect(parseDelegation({ ...base, from: '2026-12-01', to: '2026-12-08' }, now).ok).toBe(true);
    expect(parseDelegation({ ...base, from: '2026-12-01', to: '2026-12-07' }, now).ok).toBe(false);
  });
});
