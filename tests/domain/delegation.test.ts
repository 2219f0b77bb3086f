import {
  decideDelegation,
  delegableRolesOf,
  isDelegationActive,
  parseDelegation,
  principalsOf,
  type Delegation,
} from '../../domain/delegation';
import { decide } from '../../domain/decide';
import { actorFromPerson, type Person } from '../../domain/people';
import { problem } from '../../domain/problems';
import { evolvePerson } from '../../domain/personEvents';
import { actingFor, canSeeFundCentre, mayAct, mayRead } from '../../domain/permissions';
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
  test('among people of whom most named no delegate', () => {
    const people = [away, delegating, covering];
    expect(principalsOf(covering, people, during)).toEqual([{ id: away.id, name: away.name }]);
  });
  test('a person who left delegates no role, whatever roles they held', () => {
    expect(delegableRolesOf(delegating)).toEqual(['cardholder']);
    expect(delegableRolesOf({ ...delegating, deactivated: true })).toEqual([]);
  });
  test('nobody outside its days, for another delegate, or a delegate who left', () => {
    expect(principalsOf(covering, [delegating], new Date('2026-12-12T05:00:00Z'))).toEqual([]);
    const toOther = { ...delegating, delegation: { ...delegation, delegateId: 'someone-else' } };
    expect(principalsOf(covering, [toOther], during)).toEqual([]);
    expect(principalsOf({ ...covering, deactivated: true }, [delegating], during)).toEqual([]);
  });
  test('in a role only when the delegation names that role and both hold it', () => {
    const both = (person: Person) =>
      ({ ...person, roles: ['cardholder', 'procurement'] }) as Person;
    const cardholderOnly = both(delegating);
    const procurementToo = {
      ...both(delegating),
      id: 'away-2',
      name: 'Sam Away',
      delegation: { ...delegation, roles: ['cardholder', 'procurement'] },
    } as Person;
    expect(
      principalsOf(both(covering), [cardholderOnly, procurementToo], during, 'procurement'),
    ).toEqual([{ id: 'away-2', name: 'Sam Away' }]);
    expect(principalsOf(both(covering), [cardholderOnly, procurementToo], during)).toEqual([
      { id: away.id, name: away.name },
      { id: 'away-2', name: 'Sam Away' },
    ]);
    expect(principalsOf(covering, [procurementToo], during, 'procurement')).toEqual([]);
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
  test('only a cardholder’s step is taken on their behalf; approving a posting is not one', () => {
    expect(actingFor('cardholder', { ...record, state: 'accepted' }, deputy)).toEqual({
      id: away.id,
      name: away.name,
    });
    expect(actingFor('approver', { ...record, state: 'awaitingProcurement' }, deputy)).toBeNull();
    expect(actingFor('author', record, deputy)).toBeNull();
  });
  test('see the fund centre’s history, as the cardholder would', () => {
    expect(canSeeFundCentre(record, deputy)).toBe(true);
    expect(canSeeFundCentre(record, actorFromPerson(covering))).toBe(false);
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
  test('the delegate is another active person holding a role the principal delegates', () => {
    const request = {
      delegateId: covering.id,
      from: '2026-12-08',
      to: '2026-12-09',
      reason: 'Leave',
    };
    const label = { label: 'field.delegate' };
    expect(decideDelegation(away, covering, request)).toEqual({
      ok: true,
      value: { ...request, delegateName: covering.name, roles: ['cardholder'] },
    });
    expect(decideDelegation(away, null, request)).toEqual({
      ok: false,
      error: [problem('delegateId', 'unknownPerson', label)],
    });
    expect(decideDelegation(away, { ...covering, deactivated: true }, request)).toEqual({
      ok: false,
      error: [problem('delegateId', 'unknownPerson', label)],
    });
    expect(decideDelegation(away, away, request)).toEqual({
      ok: false,
      error: [problem('delegateId', 'delegateSelf', label)],
    });
    const lacking = [
      decideDelegation(away, { ...covering, roles: ['client'] }, request),
      decideDelegation({ ...away, deactivated: true }, covering, request),
    ];
    for (const decided of lacking)
      expect(decided).toEqual({
        ok: false,
        error: [problem('delegateId', 'delegateLacksRole', label)],
      });
  });
  test('allows a range that started before today, not one that ended', () => {
    const base = { delegateId: covering.id, reason: 'Leave' };
    expect(parseDelegation({ ...base, from: '2026-12-01', to: '2026-12-08' }, now).ok).toBe(true);
    expect(parseDelegation({ ...base, from: '2026-12-01', to: '2026-12-07' }, now).ok).toBe(false);
  });
});

describe('what a delegation request must hold, each problem named with its field', () => {
  const now = new Date('2026-12-08T15:00:00Z'); // the 8th in Toronto
  const valid = { delegateId: covering.id, from: '2026-12-08', to: '2026-12-09', reason: 'Leave' };
  const problemsOf = (body: unknown) => {
    const parsed = parseDelegation(body, now);
    return parsed.ok ? [] : parsed.error;
  };
  const delegate = { label: 'field.delegate' };
  const from = { label: 'field.delegationFrom' };
  const to = { label: 'field.delegationTo' };
  const reason = { label: 'field.delegationReason' };

  test('a valid request reads trimmed, as given', () => {
    expect(
      parseDelegation({ ...valid, delegateId: ` ${covering.id} `, reason: ' Leave\r\n' }, now),
    ).toEqual({ ok: true, value: valid });
  });

  test.each([
    ['not an object', null, [problem('body', 'wrongType', { expected: 'object' })]],
    ['a list', [valid], [problem('body', 'wrongType', { expected: 'object' })]],
    ['a text', 'Leave', [problem('body', 'wrongType', { expected: 'object' })]],
    [
      'a field it does not know',
      { ...valid, roles: ['admin'] },
      [problem('roles', 'unknownField')],
    ],
    [
      'no delegate',
      { ...valid, delegateId: undefined },
      [problem('delegateId', 'required', delegate)],
    ],
    [
      'a blank delegate',
      { ...valid, delegateId: '   ' },
      [problem('delegateId', 'required', delegate)],
    ],
    [
      'a delegate id of 65',
      { ...valid, delegateId: 'd'.repeat(65) },
      [problem('delegateId', 'required', delegate)],
    ],
    ['no first day', { ...valid, from: undefined }, [problem('from', 'required', from)]],
    ['a null last day', { ...valid, to: null }, [problem('to', 'required', to)]],
    ['an empty last day', { ...valid, to: '' }, [problem('to', 'required', to)]],
    ['no such day', { ...valid, from: '2026-02-30' }, [problem('from', 'invalidDate', from)]],
    ['a month 13', { ...valid, to: '2026-13-01' }, [problem('to', 'invalidDate', to)]],
    [
      'a day not in ISO form',
      { ...valid, from: '2026-12-8' },
      [problem('from', 'invalidDate', from)],
    ],
    ['a day given as a number', { ...valid, to: 20261209 }, [problem('to', 'invalidDate', to)]],
    [
      'a day given in a list, whose text would read as one',
      { ...valid, from: [valid.from] },
      [problem('from', 'invalidDate', from)],
    ],
    [
      'a last day before the first',
      { ...valid, from: '2026-12-10', to: '2026-12-09' },
      [problem('to', 'notAfter', { ...to, other: 'delegationFrom' })],
    ],
    [
      'a range that ended',
      { ...valid, from: '2026-12-01', to: '2026-12-07' },
      [problem('to', 'inPast', to)],
    ],
    [
      'a range of 91 days',
      { ...valid, to: '2027-03-08' },
      [problem('to', 'rangeTooLong', { ...to, max: 90 })],
    ],
    ['no reason', { ...valid, reason: undefined }, [problem('reason', 'required', reason)]],
    ['a blank reason', { ...valid, reason: ' \n ' }, [problem('reason', 'required', reason)]],
    [
      'a reason of 2,001',
      { ...valid, reason: 'r'.repeat(2_001) },
      [problem('reason', 'tooLong', { max: 2_000, ...reason })],
    ],
    [
      'a reason with a control character',
      { ...valid, reason: 'Le\u0007ave' },
      [problem('reason', 'invalidCharacters', reason)],
    ],
  ])('%s', (_name, body, expected) => {
    expect(problemsOf(body)).toEqual(expected);
  });

  test('every problem at once, in the order of the fields', () => {
    expect(problemsOf({ extra: 1, delegateId: '', from: 'soon', to: '', reason: '' })).toEqual([
      problem('extra', 'unknownField'),
      problem('delegateId', 'required', delegate),
      problem('from', 'invalidDate', from),
      problem('to', 'required', to),
      problem('reason', 'required', reason),
    ]);
  });

  test('a range of 90 days or of one day, both ends counted, and a delegate id of 64 are accepted', () => {
    expect(problemsOf({ ...valid, to: '2027-03-07' })).toEqual([]);
    expect(problemsOf({ ...valid, from: '2026-12-07', to: '2026-12-08' })).toEqual([]);
    expect(problemsOf({ ...valid, from: '2026-12-08', to: '2026-12-08' })).toEqual([]);
    expect(problemsOf({ ...valid, delegateId: 'd'.repeat(64) })).toEqual([]);
  });
});
