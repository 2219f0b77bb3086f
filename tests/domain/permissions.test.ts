import { createDraft, decide, type Decision } from '../../domain/decide';
import type { IntentKind } from '../../domain/intents';
import type { Opportunity } from '../../domain/opportunity';
import {
  awardAccess,
  canListAll,
  canSeeDashboard,
  canSeeFundCentre,
  canSeeRefusals,
  canSeeWinner,
  mayRead,
} from '../../domain/permissions';
import { scheduler, type Actor, type Person } from '../../domain/people';
import type { State } from '../../domain/states';
import {
  actor,
  anOpportunity,
  aPerson,
  beforeClosing,
  completeFields,
  people,
  withRoles,
} from '../support/builders';
import {
  afterClosing,
  aValidIntent,
  closedWithJordanPassing,
  factsFor,
} from '../support/domainArbitraries';

const cast: Record<string, Actor> = {
  author: actor(people.author),
  cardholder: actor(people.cardholder),
  otherCardholder: actor(people.otherCardholder),
  procurement: actor(people.procurement),
  manager: actor(people.manager),
  admin: actor(people.admin),
  allRoles: actor(people.allRoles),
  outsider: actor(people.outsider),
  scheduler,
};

/** 'ok', a refusal reason, or a missing role written `missingRole:<role>`. */
type Outcome = string;

const authorOnly = {
  author: 'ok',
  cardholder: 'notAuthor',
  otherCardholder: 'notAuthor',
  procurement: 'notAuthor',
  manager: 'notAuthor',
  admin: 'notAuthor',
  allRoles: 'notAuthor',
  outsider: 'notAuthor',
  scheduler: 'peopleOnly',
};
const designatedCardholder = {
  author: 'ownOpportunity',
  cardholder: 'ok',
  otherCardholder: 'notDesignatedCardholder',
  procurement: 'notDesignatedCardholder',
  manager: 'notDesignatedCardholder',
  admin: 'notDesignatedCardholder',
  allRoles: 'notDesignatedCardholder',
  outsider: 'notDesignatedCardholder',
  scheduler: 'peopleOnly',
};
const independentProcurement = {
  author: 'ownOpportunity',
  cardholder: 'cardholderOfThis',
  otherCardholder: 'missingRole:procurement',
  procurement: 'ok',
  manager: 'missingRole:procurement',
  admin: 'missingRole:procurement',
  allRoles: 'ok',
  outsider: 'missingRole:procurement',
  scheduler: 'peopleOnly',
};
const schedulerOnly = {
  author: 'systemOnly',
  cardholder: 'systemOnly',
  otherCardholder: 'systemOnly',
  procurement: 'systemOnly',
  manager: 'systemOnly',
  admin: 'systemOnly',
  allRoles: 'systemOnly',
  outsider: 'systemOnly',
  scheduler: 'ok',
};
const authorOrProcurement = {
  author: 'ok',
  cardholder: 'notAuthor',
  otherCardholder: 'notAuthor',
  procurement: 'ok',
  manager: 'notAuthor',
  admin: 'notAuthor',
  allRoles: 'ok',
  outsider: 'notAuthor',
  scheduler: 'peopleOnly',
};

/** Who may do what on `anOpportunity()` (author: people.author, cardholder: people.cardholder). */
const matrix: { kind: IntentKind; state: State; expected: Record<string, Outcome> }[] = [
  { kind: 'editDraft', state: 'draft', expected: authorOnly },
  { kind: 'submit', state: 'draft', expected: authorOnly },
  { kind: 'approveFunds', state: 'awaitingFunds', expected: designatedCardholder },
  { kind: 'approvePosting', state: 'awaitingProcurement', expected: independentProcurement },
  { kind: 'returnToAuthor', state: 'awaitingFunds', expected: designatedCardholder },
  { kind: 'returnToAuthor', state: 'awaitingProcurement', expected: independentProcurement },
  { kind: 'reject', state: 'awaitingFunds', expected: designatedCardholder },
  { kind: 'reject', state: 'awaitingProcurement', expected: independentProcurement },
  { kind: 'amend', state: 'posted', expected: authorOnly },
  { kind: 'close', state: 'posted', expected: schedulerOnly },
  { kind: 'evaluate', state: 'evaluating', expected: authorOnly },
  { kind: 'award', state: 'evaluating', expected: authorOnly },
  { kind: 'releaseAward', state: 'awardHeld', expected: independentProcurement },
  { kind: 'recordDelivery', state: 'awarded', expected: authorOnly },
  { kind: 'accept', state: 'delivered', expected: authorOnly },
  { kind: 'recordPayment', state: 'accepted', expected: designatedCardholder },
  { kind: 'cancel', state: 'draft', expected: authorOrProcurement },
  { kind: 'cancel', state: 'posted', expected: authorOrProcurement },
  { kind: 'cancel', state: 'delivered', expected: authorOrProcurement },
];

function attempt(record: Opportunity, kind: IntentKind, who: Actor, cardholder: Person): Decision {
  const now = kind === 'close' ? afterClosing : beforeClosing;
  return decide(record, aValidIntent(kind, now), who, {
    now,
    cardholder,
    ...factsFor(record, now),
  });
}

function expectOutcome(decision: Decision, kind: IntentKind, outcome: Outcome): void {
  if (outcome === 'ok') {
    if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
    return;
  }
  const [reason, role] = outcome.split(':');
  expect(decision).toEqual({
    ok: false,
    refusal: { kind: 'forbidden', intent: kind, reason, ...(role ? { role } : {}) },
  });
}

const cells = matrix.flatMap(({ kind, state, expected }) =>
  Object.entries(expected).map(([who, outcome]) => ({
    kind,
    state,
    who,
    outcome,
    name: `${kind} in ${state} by ${who}: ${outcome}`,
  })),
);

describe('the permission matrix', () => {
  test('covers every person of the cast in every row', () => {
    for (const row of matrix)
      expect(Object.keys(row.expected).sort()).toEqual(Object.keys(cast).sort());
  });

  test.each(cells)('$name', ({ kind, state, who, outcome }) => {
    const record = anOpportunity({ state, ...closedWithJordanPassing() });
    const decision = attempt(record, kind, cast[who]!, people.cardholder);
    expectOutcome(decision, kind, outcome);
  });
});

describe('separation of duties', () => {
  const byAllRoles = (state: State) =>
    anOpportunity({ state, authorId: people.allRoles.id, authorName: people.allRoles.name });

  test('someone with every role cannot approve the posting of their own opportunity', () => {
    const decision = attempt(
      byAllRoles('awaitingProcurement'),
      'approvePosting',
      actor(people.allRoles),
      people.cardholder,
    );
    expectOutcome(decision, 'approvePosting', 'ownOpportunity');
  });

  test('someone with every role cannot approve funds, return or reject their own opportunity', () => {
    for (const kind of ['approveFunds', 'returnToAuthor', 'reject'] as const) {
      const decision = attempt(
        byAllRoles('awaitingFunds'),
        kind,
        actor(people.allRoles),
        people.cardholder,
      );
      expectOutcome(decision, kind, 'ownOpportunity');
    }
  });

  test('another procurement officer may post what someone with every role wrote', () => {
    const decision = attempt(
      byAllRoles('awaitingProcurement'),
      'approvePosting',
      actor(people.procurement),
      people.cardholder,
    );
    expectOutcome(decision, 'approvePosting', 'ok');
  });

  test('a procurement officer who is the cardholder may approve funds but not the posting', () => {
    const record = (state: State) =>
      anOpportunity({ state, fields: completeFields({ cardholderId: people.allRoles.id }) });
    const officer = actor(people.allRoles);

    expectOutcome(
      attempt(record('awaitingFunds'), 'approveFunds', officer, people.allRoles),
      'approveFunds',
      'ok',
    );
    for (const kind of ['approvePosting', 'returnToAuthor', 'reject'] as const) {
      expectOutcome(
        attempt(record('awaitingProcurement'), kind, officer, people.allRoles),
        kind,
        'cardholderOfThis',
      );
    }
  });

  test('a procurement officer who is the cardholder cannot cancel, and is told why as an officer', () => {
    // A cardholder who is not an officer is told cancelling is the author's (the matrix's
    // `notAuthor`); an officer is told what keeps them, as one, from it.
    for (const state of ['posted', 'delivered'] as const) {
      const record = anOpportunity({
        state,
        fields: completeFields({ cardholderId: people.allRoles.id }),
        ...closedWithJordanPassing(),
      });
      expectOutcome(
        attempt(record, 'cancel', actor(people.allRoles), people.allRoles),
        'cancel',
        'cardholderOfThis',
      );
    }
  });

  test.each(['editDraft', 'submit', 'amend', 'award', 'recordDelivery', 'accept'] as const)(
    'an author without the client role cannot %s',
    (kind) => {
      const state = (
        {
          editDraft: 'draft',
          submit: 'draft',
          amend: 'posted',
          award: 'evaluating',
          recordDelivery: 'awarded',
          accept: 'delivered',
        } as const
      )[kind];
      const formerClient = actor(withRoles(people.author, []));
      expectOutcome(
        attempt(anOpportunity({ state }), kind, formerClient, people.cardholder),
        kind,
        'missingRole:client',
      );
    },
  );

  test('an author without the client role cannot cancel either', () => {
    const formerClient = actor(withRoles(people.author, ['manager']));
    expectOutcome(
      attempt(anOpportunity({ state: 'posted' }), 'cancel', formerClient, people.cardholder),
      'cancel',
      'missingRole:client',
    );
  });

  test('a designated cardholder who lost the cardholder role cannot approve funds or pay', () => {
    const formerCardholder = actor(withRoles(people.cardholder, []));
    expectOutcome(
      attempt(
        anOpportunity({ state: 'awaitingFunds' }),
        'approveFunds',
        formerCardholder,
        people.cardholder,
      ),
      'approveFunds',
      'missingRole:cardholder',
    );
    expectOutcome(
      attempt(
        anOpportunity({ state: 'accepted' }),
        'recordPayment',
        formerCardholder,
        people.cardholder,
      ),
      'recordPayment',
      'missingRole:cardholder',
    );
  });
});

describe('creating a draft', () => {
  const fields = completeFields();

  test.each([
    ['author', 'ok'],
    ['allRoles', 'ok'],
    ['cardholder', 'missingRole:client'],
    ['otherCardholder', 'missingRole:client'],
    ['procurement', 'missingRole:client'],
    ['manager', 'missingRole:client'],
    ['admin', 'missingRole:client'],
    ['outsider', 'missingRole:client'],
    ['scheduler', 'peopleOnly'],
  ])('by %s: %s', (who, outcome) => {
    const decision = createDraft('MA-2029-0002', fields, cast[who]!, beforeClosing);
    if (outcome === 'ok') {
      if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
      expect(decision.record).toMatchObject({
        id: 'MA-2029-0002',
        version: 1,
        state: 'draft',
        authorId: cast[who]!.id,
        fields,
      });
      expect(decision.event).toMatchObject({ version: 1, from: null, to: 'draft' });
    } else {
      const [reason, role] = outcome.split(':');
      expect(decision).toEqual({
        ok: false,
        refusal: { kind: 'forbidden', intent: 'create', reason, ...(role ? { role } : {}) },
      });
    }
  });
});

describe('who may read an opportunity', () => {
  const record = anOpportunity({ state: 'awaitingFunds' });

  test.each([
    ['author', true],
    ['cardholder', true],
    ['otherCardholder', false],
    ['procurement', true],
    ['manager', true],
    ['admin', true],
    ['allRoles', true],
    ['outsider', false],
    ['scheduler', true],
  ])('%s: %s', (who, expected) => {
    expect(mayRead(record, cast[who]!)).toBe(expected);
  });

  test('another client who did not write it may not', () => {
    const colleague = actor(aPerson({ id: 'colleague', roles: ['client'] }));
    expect(mayRead(record, colleague)).toBe(false);
  });

  test('the cardholder it names may, even without a role that reads everything', () => {
    const named = anOpportunity({ fields: completeFields({ cardholderId: people.outsider.id }) });
    expect(mayRead(named, actor(people.outsider))).toBe(true);
  });
});

/** The record as the award leaves it, for reading the award in each state. */
function awarded(): Opportunity {
  const evaluating = anOpportunity({ state: 'evaluating', ...closedWithJordanPassing() });
  const decision = attempt(evaluating, 'award', actor(people.author), people.cardholder);
  if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
  return decision.record;
}

describe('who may see what, one role matrix', () => {
  const record = anOpportunity({ state: 'awaitingProcurement' });
  const final = awarded();
  const held = { ...final, state: 'awardHeld' as const, awardedAt: null };
  const before = anOpportunity({ state: 'evaluating', ...closedWithJordanPassing() });
  const seen = (who: string) => {
    const a = cast[who]!;
    return [
      canListAll(a) && 'listAll',
      canSeeRefusals(a) && 'refusals',
      canSeeDashboard(a) && 'dashboard',
      canSeeFundCentre(record, a) && 'fundCentre',
      `award held:${awardAccess(held, a)} final:${awardAccess(final, a)} before:${awardAccess(before, a)}`,
      canSeeWinner(final, a) && 'winner',
    ]
      .filter(Boolean)
      .join(' ');
  };
  const nothing = 'award held:none final:none before:none';

  test.each([
    ['author', 'fundCentre award held:draw final:identity before:wrongState winner'],
    ['cardholder', 'fundCentre award held:draw final:identity before:wrongState winner'],
    ['otherCardholder', nothing],
    ['procurement', 'listAll refusals fundCentre award held:draw final:none before:none'],
    // Admins see every record and the figures, not the guardrail beside a posting approval.
    ['manager', 'listAll refusals dashboard fundCentre award held:none final:none before:none'],
    ['admin', 'listAll refusals dashboard award held:none final:none before:none'],
    ['allRoles', 'listAll refusals fundCentre award held:draw final:none before:none'],
    ['outsider', nothing],
    ['scheduler', nothing],
  ])('%s: %s', (who, expected) => {
    expect(seen(who)).toBe(expected);
  });

  test('the winner stays hidden from everyone while the award is held', () => {
    for (const who of Object.keys(cast)) expect(canSeeWinner(held, cast[who]!)).toBe(false);
  });
});
