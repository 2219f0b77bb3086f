import type { IntentKind } from '../../domain/intents';
import { allowedIntents, canSeeNotices } from '../../domain/permissions';
import { scheduler } from '../../domain/people';
import { states, type State } from '../../domain/states';
import { actor, anOpportunity, aPerson, people } from '../support/builders';

type Cast = keyof typeof people;

/**
 * What each person of the cast may ask for in each state, on an opportunity by `author` whose
 * cardholder is `cardholder`: the buttons the card and the tab show. Nobody not named gets any.
 */
const matrix: Record<State, Partial<Record<Cast, IntentKind[]>>> = {
  draft: {
    author: ['editDraft', 'submit', 'cancel'],
    procurement: ['cancel'],
    allRoles: ['cancel'],
  },
  awaitingFunds: {
    author: ['changeCardholder', 'cancel'],
    cardholder: ['approveFunds', 'returnToAuthor', 'reject'],
    procurement: ['cancel'],
    allRoles: ['cancel'],
  },
  awaitingProcurement: {
    author: ['cancel'],
    procurement: ['approvePosting', 'returnToAuthor', 'reject', 'cancel'],
    allRoles: ['approvePosting', 'returnToAuthor', 'reject', 'cancel'],
  },
  posted: {
    author: ['amend', 'extendClosing', 'answerQuestion', 'declineQuestion', 'cancel'],
    procurement: ['cancel'],
    allRoles: ['cancel'],
  },
  evaluating: {
    author: ['evaluate', 'award', 'cancel'],
    procurement: ['cancel'],
    allRoles: ['cancel'],
  },
  awardHeld: {
    author: ['cancel'],
    procurement: ['releaseAward', 'cancel'],
    allRoles: ['releaseAward', 'cancel'],
  },
  awarded: { author: ['recordDelivery', 'cancel'], procurement: ['cancel'], allRoles: ['cancel'] },
  delivered: { author: ['accept', 'cancel'], procurement: ['cancel'], allRoles: ['cancel'] },
  accepted: { cardholder: ['recordPayment'] },
  paid: {},
  cancelled: {},
  rejected: {},
};

describe.each(states)('allowed in %s', (state) => {
  test('for each person of the cast', () => {
    const record = anOpportunity({ state });
    const allowed = Object.fromEntries(
      (Object.keys(people) as Cast[])
        .map((name) => [name, allowedIntents(record, actor(people[name]))] as const)
        .filter(([, kinds]) => kinds.length),
    );
    expect(allowed).toEqual(matrix[state]);
  });

  test('the scheduler only closes a posted opportunity', () => {
    expect(allowedIntents(anOpportunity({ state }), scheduler)).toEqual(
      state === 'posted' ? ['close'] : [],
    );
  });
});

test('the notices sent about an opportunity: its author, its cardholder and procurement officers see them', () => {
  const record = anOpportunity({ state: 'posted' });
  const sees = (name: Cast) => canSeeNotices(record, actor(people[name]));
  expect((Object.keys(people) as Cast[]).filter(sees)).toEqual([
    'author',
    'cardholder',
    'procurement',
    'allRoles',
  ]);
  expect(canSeeNotices(record, scheduler)).toBe(false);
  // A cardholder sees only their own opportunities' notices.
  const another = anOpportunity({ state: 'posted' });
  another.fields.cardholderId = people.otherCardholder.id;
  expect(canSeeNotices(another, actor(people.cardholder))).toBe(false);
  expect(canSeeNotices(another, actor(people.otherCardholder))).toBe(true);
  expect(canSeeNotices(record, actor(aPerson({ id: 'x', roles: ['manager', 'admin'] })))).toBe(
    false,
  );
});
