import { candidatesOf, decide, type DecisionContext } from '../../domain/decide';
import type { Intent } from '../../domain/intents';
import type { Opportunity } from '../../domain/opportunity';
import { scheduler, type Actor } from '../../domain/people';
import type { Problem } from '../../domain/problems';
import { actor, anOpportunity, beforeClosing, completeFields, people } from '../support/builders';
import {
  afterClosing,
  applicationNumbers,
  closedWithJordanPassing,
  factsFor,
  validIntent,
} from '../support/domainArbitraries';

/** Edges of `decide` that only the API's tests reached (the mutation run of `decide.ts`). */
function attempt(
  record: Opportunity,
  intent: Intent,
  who: Actor,
  now: Date,
  context: Partial<DecisionContext> = {},
) {
  return decide(record, intent, who, {
    now,
    cardholder: people.cardholder,
    ...factsFor(record, now),
    ...context,
  });
}

function problemsOf(decision: ReturnType<typeof decide>): Problem[] {
  if (decision.ok || decision.refusal.kind !== 'incomplete')
    throw new Error(`not refused as incomplete: ${JSON.stringify(decision)}`);
  return decision.refusal.problems;
}

describe('closing', () => {
  const posted = anOpportunity({ state: 'posted' });
  const closingInstant = new Date(posted.fields.closingAt!);

  test('closes at the published instant itself, not a millisecond before', () => {
    expect(attempt(posted, { kind: 'close' }, scheduler, closingInstant).ok).toBe(true);
    const early = new Date(closingInstant.getTime() - 1);
    expect(problemsOf(attempt(posted, { kind: 'close' }, scheduler, early))).toEqual([
      { field: 'closingAt', code: 'notYetClosed' },
    ]);
  });

  test('does not close without what closing fixes (the applications, the draw commitment)', () => {
    const decision = attempt(posted, { kind: 'close' }, scheduler, afterClosing, {
      closing: undefined,
    });
    expect(problemsOf(decision)).toEqual([{ field: 'drawCommitment', code: 'required' }]);
  });
});

describe('the draw', () => {
  test('an application is a candidate only when evaluated, on every criterion, and passing all', () => {
    const record = anOpportunity({
      applications: ['ALLPASS1', 'ONEFAIL2', 'NOCRIT03', 'NOTYET04'],
      evaluations: { ALLPASS1: [true, true], ONEFAIL2: [true, false], NOCRIT03: [] },
    });
    expect(candidatesOf(record)).toEqual(['ALLPASS1']);
  });

  test('an award whose drawn application has no supplier on file is refused, not made', () => {
    const record = anOpportunity({ state: 'evaluating', ...closedWithJordanPassing() });
    const facts = factsFor(record, afterClosing).award;
    const withoutJordan = { ...facts.suppliers };
    delete withoutJordan[applicationNumbers.jordan];
    const decision = attempt(record, { kind: 'award' }, actor(people.author), afterClosing, {
      award: { ...facts, suppliers: withoutJordan },
    });
    expect(problemsOf(decision)).toEqual([{ field: 'supplierName', code: 'required' }]);
  });
});

describe('what an intent must say', () => {
  test('a cancellation whose reason is only spaces is refused', () => {
    const decision = attempt(
      anOpportunity({ state: 'posted' }),
      { kind: 'cancel', reason: '   ' },
      actor(people.author),
      beforeClosing,
    );
    expect(problemsOf(decision)).toEqual([{ field: 'reason', code: 'required' }]);
  });

  test('an acceptance with another number of checks says how many the record has', () => {
    const count = completeFields().acceptanceCriteria.length;
    const decision = attempt(
      anOpportunity({ state: 'delivered' }),
      { ...validIntent.accept(beforeClosing), checks: [] },
      actor(people.author),
      beforeClosing,
    );
    expect(problemsOf(decision)).toEqual([
      { field: 'checks', code: 'wrongCount', params: { count } },
    ]);
  });

  test('a payment of nothing names the amount paid, not the opportunity’s value', () => {
    const decision = attempt(
      anOpportunity({ state: 'accepted' }),
      { ...validIntent.recordPayment(beforeClosing), amountCents: 0 },
      actor(people.cardholder),
      beforeClosing,
    );
    expect(problemsOf(decision)).toContainEqual({
      field: 'amountCents',
      code: 'notPositive',
      params: { label: 'field.paidAmount' },
    });
  });

  test('a submission keeps to the minimum posting period the context gives', () => {
    const draft = anOpportunity({ state: 'draft' });
    const closing = Date.parse(draft.fields.closingAt!);
    const postingPeriod = { days: 5, earliestClosing: new Date(closing + 60_000).toISOString() };
    const decision = attempt(draft, { kind: 'submit' }, actor(people.author), beforeClosing, {
      postingPeriod,
    });
    expect(problemsOf(decision)).toEqual([
      {
        field: 'closingAt',
        code: 'tooSoon',
        params: { days: 5, closingAt: postingPeriod.earliestClosing },
      },
    ]);
    const inTime = { days: 5, earliestClosing: draft.fields.closingAt! };
    expect(
      attempt(draft, { kind: 'submit' }, actor(people.author), beforeClosing, {
        postingPeriod: inTime,
      }).ok,
    ).toBe(true);
  });
});
