import { blockedCardholder } from '../../domain/blockedCardholder';
import { decide, type DecisionContext } from '../../domain/decide';
import type { Intent } from '../../domain/intents';
import { parseIntent } from '../../domain/intents';
import { describeRefusal } from '../../domain/messages';
import type { Person } from '../../domain/people';
import { actor, anOpportunity, beforeClosing, people, withRoles } from '../support/builders';

const waiting = anOpportunity({ state: 'awaitingFunds', version: 3 });
const toOlga: Intent = {
  kind: 'changeCardholder',
  cardholderId: people.otherCardholder.id,
  comment: 'Megan left the branch.',
};

function context(proposed: Person | null = people.otherCardholder): DecisionContext {
  return { now: beforeClosing, cardholder: people.cardholder, proposedCardholder: proposed };
}

describe('changeCardholder in decide', () => {
  test('the author names another cardholder: the record names them, the event keeps both', () => {
    const decision = decide(waiting, toOlga, actor(people.author), context());
    if (!decision.ok) throw new Error(JSON.stringify(decision.refusal));
    expect(decision.record.state).toBe('awaitingFunds');
    expect(decision.record.fields.cardholderId).toBe(people.otherCardholder.id);
    expect(decision.event).toMatchObject({
      from: 'awaitingFunds',
      to: 'awaitingFunds',
      version: 4,
      comment: 'Megan left the branch.',
      details: {
        kind: 'changeCardholder',
        cardholderId: people.otherCardholder.id,
        cardholderName: people.otherCardholder.name,
        previousCardholderId: people.cardholder.id,
      },
    });
  });

  test.each(['draft', 'awaitingProcurement', 'posted'] as const)('refused from %s', (state) => {
    const decision = decide(anOpportunity({ state }), toOlga, actor(people.author), context());
    expect(decision).toEqual({
      ok: false,
      refusal: { kind: 'wrongState', intent: 'changeCardholder', state },
    });
  });

  test.each([
    ['the cardholder named', people.cardholder, 'notAuthor'],
    ['a procurement officer', people.procurement, 'notAuthor'],
    ['an administrator', people.admin, 'notAuthor'],
    ['the new cardholder', people.otherCardholder, 'notAuthor'],
  ] as const)('refused to %s: only the author may', (_, who, reason) => {
    const decision = decide(waiting, toOlga, actor(who), context());
    expect(decision).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', intent: 'changeCardholder', reason },
    });
  });

  test('refused to the author once they lost the client role', () => {
    const decision = decide(waiting, toOlga, actor(withRoles(people.author, [])), context());
    expect(decision).toMatchObject({ ok: false, refusal: { kind: 'forbidden', role: 'client' } });
  });

  const problemsOf = (intent: Intent, proposed: Person | null) => {
    const decision = decide(waiting, intent, actor(people.author), context(proposed));
    if (decision.ok || decision.refusal.kind !== 'incomplete') throw new Error('not refused');
    return decision.refusal.problems.map((p) => `${p.field}:${p.code}`);
  };

  test('a comment is required', () => {
    expect(problemsOf({ ...toOlga, comment: '  ' }, people.otherCardholder)).toEqual([
      'comment:required',
    ]);
  });

  test('the new cardholder is checked as at submit (separation of duties, FAA s.32)', () => {
    expect(problemsOf({ ...toOlga, cardholderId: '' }, null)).toEqual(['cardholderId:required']);
    expect(problemsOf({ ...toOlga, cardholderId: people.author.id }, people.author)).toEqual([
      'cardholderId:sameAsAuthor',
    ]);
    expect(
      problemsOf({ ...toOlga, cardholderId: people.cardholder.id }, people.cardholder),
    ).toEqual(['cardholderId:sameCardholder']);
    expect(problemsOf({ ...toOlga, cardholderId: people.outsider.id }, people.outsider)).toEqual([
      'cardholderId:notACardholder',
    ]);
    // Unknown to storage, or deactivated (every role gone), or a role revoked: not a cardholder.
    expect(problemsOf({ ...toOlga, cardholderId: 'nobody' }, null)).toEqual([
      'cardholderId:notACardholder',
    ]);
    expect(problemsOf(toOlga, { ...people.otherCardholder, roles: [], deactivated: true })).toEqual(
      ['cardholderId:notACardholder'],
    );
    // The stored person must be the one the intent names.
    expect(problemsOf(toOlga, people.allRoles)).toEqual(['cardholderId:notACardholder']);
  });

  test('the refusal reads in both languages', () => {
    const decision = decide(waiting, { ...toOlga, comment: '' }, actor(people.author), context());
    if (decision.ok) throw new Error('allowed');
    expect(describeRefusal(decision.refusal, 'en')).toMatch(/required/i);
    expect(describeRefusal(decision.refusal, 'fr')).toMatch(/obligatoire/i);
  });

  test('parseIntent reads it from untrusted input', () => {
    expect(parseIntent({ kind: 'changeCardholder', cardholderId: 'x', comment: 'y' })).toEqual({
      ok: true,
      value: { kind: 'changeCardholder', cardholderId: 'x', comment: 'y' },
    });
    const tooLong = parseIntent({
      kind: 'changeCardholder',
      cardholderId: 'x'.repeat(101),
      comment: 'y',
    });
    expect(tooLong.ok).toBe(false);
  });
});

describe('blockedCardholder', () => {
  test('blocked while the funds wait for someone without the cardholder role', () => {
    expect(blockedCardholder(waiting, withRoles(people.cardholder, ['client']))).toEqual({
      reason: 'cardholderLostRole',
      cardholderId: people.cardholder.id,
      cardholderName: people.cardholder.name,
    });
    expect(
      blockedCardholder(waiting, { ...people.cardholder, roles: [], deactivated: true }),
    ).toMatchObject({ cardholderName: people.cardholder.name });
    expect(blockedCardholder(waiting, null)).toMatchObject({
      cardholderName: people.cardholder.id,
    });
  });

  test('not blocked when the cardholder still holds the role, nor in another state', () => {
    expect(blockedCardholder(waiting, people.cardholder)).toBeNull();
    const lost = withRoles(people.cardholder, []);
    expect(blockedCardholder(anOpportunity({ state: 'awaitingProcurement' }), lost)).toBeNull();
    expect(blockedCardholder(anOpportunity({ state: 'draft' }), lost)).toBeNull();
  });
});
