import { decide, explanationProblems } from '../../domain/decide';
import type { IntentKind } from '../../domain/intents';
import { scheduler, type Actor } from '../../domain/people';
import { finalStates, states, type State } from '../../domain/states';
import {
  abandons,
  abandonedStates,
  applicationFormStates,
  awardStandsStates,
  intentKinds,
  intentsOn,
  isAnnounced,
  isIntentOn,
  nextState,
  postedStates,
  statesFrom,
  tellsSomeone,
  transitions,
} from '../../domain/transitions';
import { actor, anOpportunity, beforeClosing, people } from '../support/builders';
import {
  afterClosing,
  aValidIntent,
  closedWithJordanPassing,
  factsFor,
} from '../support/domainArbitraries';

/**
 * The lifecycle as DESIGN.md draws it, written out independently of `transitions.ts` so that a
 * wrong row in the table fails here.
 */
/** Cancelling stops at acceptance: after s.34 certification the supplier is owed payment. */
const cancellable: State[] = [
  'draft',
  'awaitingFunds',
  'awaitingProcurement',
  'posted',
  'evaluating',
  'awardHeld',
  'awarded',
  'delivered',
];
const lifecycle: Record<IntentKind, { from: State[]; to: State | 'unchanged' }> = {
  editDraft: { from: ['draft'], to: 'unchanged' },
  submit: { from: ['draft'], to: 'awaitingFunds' },
  approveFunds: { from: ['awaitingFunds'], to: 'awaitingProcurement' },
  approvePosting: { from: ['awaitingProcurement'], to: 'posted' },
  returnToAuthor: { from: ['awaitingFunds', 'awaitingProcurement'], to: 'draft' },
  reject: { from: ['awaitingFunds', 'awaitingProcurement'], to: 'rejected' },
  changeCardholder: { from: ['awaitingFunds'], to: 'unchanged' },
  amend: { from: ['posted'], to: 'unchanged' },
  extendClosing: { from: ['posted'], to: 'unchanged' },
  answerQuestion: { from: ['posted'], to: 'unchanged' },
  declineQuestion: { from: ['posted'], to: 'unchanged' },
  close: { from: ['posted'], to: 'evaluating' },
  evaluate: { from: ['evaluating'], to: 'unchanged' },
  award: { from: ['evaluating'], to: 'awarded' },
  releaseAward: { from: ['awardHeld'], to: 'awarded' },
  recordDelivery: { from: ['awarded'], to: 'delivered' },
  accept: { from: ['delivered'], to: 'accepted' },
  recordPayment: { from: ['accepted'], to: 'paid' },
  cancel: { from: cancellable, to: 'cancelled' },
};

/** The person each intent waits for on `anOpportunity()` (author, cardholder, CFOB, scheduler). */
function permittedActor(kind: IntentKind, state: State): Actor {
  switch (kind) {
    case 'approveFunds':
    case 'recordPayment':
      return actor(people.cardholder);
    case 'approvePosting':
    case 'releaseAward':
      return actor(people.procurement);
    case 'returnToAuthor':
    case 'reject':
      return actor(state === 'awaitingProcurement' ? people.procurement : people.cardholder);
    case 'close':
      return scheduler;
    default:
      return actor(people.author);
  }
}

const rows = intentKinds.flatMap((kind) =>
  states.map((state) => {
    const allowed = lifecycle[kind].from.includes(state);
    const to = lifecycle[kind].to === 'unchanged' ? state : lifecycle[kind].to;
    return {
      kind,
      state,
      allowed,
      to,
      name: allowed ? `${kind}: ${state} → ${to}` : `${kind}: refused from ${state} (wrongState)`,
    };
  }),
);

describe('the transition table, row by row', () => {
  test.each(rows)('$name', ({ kind, state, allowed, to }) => {
    const now = kind === 'close' ? afterClosing : beforeClosing;
    const record = anOpportunity({ state, version: 4, ...closedWithJordanPassing() });

    const decision = decide(record, aValidIntent(kind, now), permittedActor(kind, state), {
      now,
      cardholder: people.cardholder,
      ...factsFor(record, now),
    });

    if (allowed) {
      if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
      expect(decision.record.state).toBe(to);
      expect(decision.event).toMatchObject({ from: state, to, version: 5 });
      expect(decision.record.version).toBe(5);
    } else {
      expect(decision).toEqual({ ok: false, refusal: { kind: 'wrongState', intent: kind, state } });
    }
  });
});

describe('the shape of the lifecycle', () => {
  test.each(intentKinds)('the table row for %s is the one the design draws', (kind) => {
    expect([...transitions[kind].from].sort()).toEqual([...lifecycle[kind].from].sort());
    expect(transitions[kind].to).toBe(lifecycle[kind].to);
  });

  test('what follows each change, as the design says: republishing, the notice on cards, who is written to', () => {
    const facts = Object.fromEntries(
      intentKinds.map((kind) => {
        const { public: isPublic, announced, tells } = transitions[kind];
        return [kind, { isPublic, announced, tells: [...tells].sort() }];
      }),
    );
    // Written out independently of the table: the public page follows posting to withdrawal, and
    // every decision a person takes on the record is shown on its cards.
    expect(facts).toEqual({
      editDraft: { isPublic: false, announced: false, tells: [] },
      submit: { isPublic: false, announced: false, tells: ['cardholder'] },
      approveFunds: { isPublic: false, announced: true, tells: ['procurement'] },
      approvePosting: { isPublic: true, announced: true, tells: ['author'] },
      returnToAuthor: { isPublic: false, announced: true, tells: ['author'] },
      reject: { isPublic: false, announced: true, tells: ['author'] },
      // The card goes to the new cardholder; every copy, the old cardholder's too, says so.
      changeCardholder: { isPublic: false, announced: true, tells: ['cardholder'] },
      amend: { isPublic: true, announced: false, tells: [] },
      // Published as an addendum; the applicants hear of it by e-mail (domain/supplierNotices.ts).
      extendClosing: { isPublic: true, announced: false, tells: [] },
      // An answer is published for every supplier; a declined question and its reason never are.
      answerQuestion: { isPublic: true, announced: false, tells: [] },
      declineQuestion: { isPublic: false, announced: false, tells: [] },
      close: { isPublic: true, announced: false, tells: ['author'] },
      evaluate: { isPublic: false, announced: false, tells: [] },
      award: { isPublic: true, announced: true, tells: ['author', 'cardholder', 'procurement'] },
      releaseAward: { isPublic: true, announced: true, tells: ['author', 'cardholder'] },
      recordDelivery: { isPublic: true, announced: true, tells: [] },
      accept: { isPublic: true, announced: true, tells: ['cardholder'] },
      recordPayment: { isPublic: true, announced: true, tells: ['author'] },
      cancel: { isPublic: true, announced: true, tells: [] },
    });
  });

  test('the state lists read from the table', () => {
    expect(postedStates).toEqual([
      'posted',
      'evaluating',
      'awardHeld',
      'awarded',
      'delivered',
      'accepted',
      'paid',
      'cancelled',
    ]);
    expect(applicationFormStates).toEqual(['posted', 'evaluating', 'awardHeld', 'awarded']);
    expect(awardStandsStates).toEqual(['awarded', 'delivered', 'accepted', 'paid']);
    expect(abandonedStates).toEqual(['cancelled', 'rejected']);
    expect(statesFrom('draft')).toEqual(states);
  });

  test('nextState keeps the state for edits and addenda, and follows the table otherwise', () => {
    expect(nextState('editDraft', 'draft')).toBe('draft');
    expect(nextState('amend', 'posted')).toBe('posted');
    expect(nextState('close', 'posted')).toBe('evaluating');
  });

  test('no intent leaves a final state', () => {
    const leaving = intentKinds.filter((kind) =>
      transitions[kind].from.some((s) => finalStates.includes(s)),
    );
    expect(leaving).toEqual([]);
  });

  test('every state that is not final can be cancelled, except accepted work, which is owed payment', () => {
    const stuck = states.filter(
      (s) => !finalStates.includes(s) && !transitions.cancel.from.includes(s),
    );
    expect(stuck).toEqual(['accepted']);
  });

  test('every state can be reached from a draft', () => {
    const reached = new Set<State>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const kind of intentKinds) {
        for (const from of transitions[kind].from) {
          // `decide` sends an award the contract-splitting rule holds to awardHeld instead.
          const targets =
            kind === 'award'
              ? [nextState(kind, from), 'awardHeld' as const]
              : [nextState(kind, from)];
          for (const to of targets) {
            if (reached.has(from) && !reached.has(to)) {
              reached.add(to);
              grew = true;
            }
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...states].sort());
  });

  test('the state is checked before the person: a stranger learns only that it is too late', () => {
    const decision = decide(
      anOpportunity({ state: 'paid' }),
      aValidIntent('cancel', beforeClosing),
      actor(people.outsider),
      { now: beforeClosing, cardholder: people.cardholder },
    );
    expect(decision).toEqual({
      ok: false,
      refusal: { kind: 'wrongState', intent: 'cancel', state: 'paid' },
    });
  });

  test('the person is checked before completeness', () => {
    const decision = decide(
      anOpportunity({ state: 'draft', fields: { ...anOpportunity().fields, titleFr: '' } }),
      aValidIntent('submit', beforeClosing),
      actor(people.procurement),
      { now: beforeClosing, cardholder: people.cardholder },
    );
    expect(decision).toMatchObject({
      ok: false,
      refusal: { kind: 'forbidden', reason: 'notAuthor' },
    });
  });
});

test('each surface offers its own intents: the draft, a decision, a step, a question, the reassignment, the scheduler', () => {
  // Written out independently of the table: what the cards, the tab and the scheduler each offer.
  expect(intentsOn('draft')).toEqual(['editDraft', 'submit']);
  expect(intentsOn('decision')).toEqual([
    'approveFunds',
    'approvePosting',
    'returnToAuthor',
    'reject',
  ]);
  expect(intentsOn('step')).toEqual([
    'amend',
    'extendClosing',
    'evaluate',
    'award',
    'releaseAward',
    'recordDelivery',
    'accept',
    'recordPayment',
    'cancel',
  ]);
  expect(intentsOn('question')).toEqual(['answerQuestion', 'declineQuestion']);
  expect(intentsOn('reassign')).toEqual(['changeCardholder']);
  expect(intentsOn('scheduler')).toEqual(['close']);
  expect(isIntentOn('question', 'declineQuestion')).toBe(true);
  expect(isIntentOn('question', 'amend')).toBe(false);
  expect(isIntentOn('step', 'notAnIntent')).toBe(false);
});

test('the cards name who took a decision, and the bot writes after the steps that wait for someone', () => {
  expect(intentKinds.filter(isAnnounced)).toEqual([
    'approveFunds',
    'approvePosting',
    'returnToAuthor',
    'reject',
    'changeCardholder',
    'award',
    'releaseAward',
    'recordDelivery',
    'accept',
    'recordPayment',
    'cancel',
  ]);
  expect(intentKinds.filter(tellsSomeone)).toEqual([
    'submit',
    'approveFunds',
    'approvePosting',
    'returnToAuthor',
    'reject',
    'changeCardholder',
    'close',
    'award',
    'releaseAward',
    'accept',
    'recordPayment',
  ]);
});

test('only cancelling and rejecting abandon an opportunity (the tab confirms them first)', () => {
  expect(intentKinds.filter(abandons).sort()).toEqual(['cancel', 'reject']);
});

test('returning, rejecting and cancelling must say why; blank text is no reason', () => {
  expect(explanationProblems({ kind: 'reject', comment: '  ' })).toEqual([
    { field: 'comment', code: 'required' },
  ]);
  expect(explanationProblems({ kind: 'returnToAuthor', comment: 'Fix the dates.' })).toEqual([]);
  expect(explanationProblems({ kind: 'cancel', reason: '' })).toEqual([
    { field: 'reason', code: 'required' },
  ]);
  expect(explanationProblems({ kind: 'approveFunds', comment: '' })).toEqual([]);
});
