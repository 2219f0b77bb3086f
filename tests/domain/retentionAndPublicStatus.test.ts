import { publicStatus } from '../../domain/publicStatus';
import { endedStates, identitiesDue, removalCutoff } from '../../domain/retention';
import { states, type State } from '../../domain/states';
import { anOpportunity } from '../support/builders';

describe('when suppliers’ identities are due for removal', () => {
  const ended = { state: 'paid' as const, stateSince: '2026-05-04T12:00:00.000Z' };

  test('opportunities end where no intent leads on: paid, cancelled, rejected', () => {
    expect([...endedStates].sort()).toEqual(['cancelled', 'paid', 'rejected']);
  });

  test('due exactly `days` whole days after the end, not a millisecond before', () => {
    expect(identitiesDue(ended, new Date('2026-05-14T12:00:00.000Z'), 10)).toBe(true);
    expect(identitiesDue(ended, new Date('2026-05-14T11:59:59.999Z'), 10)).toBe(false);
    expect(identitiesDue(ended, new Date('2028-05-03T12:00:00.000Z'), 730)).toBe(true);
    expect(identitiesDue(ended, new Date('2028-05-03T11:59:59.999Z'), 730)).toBe(false);
  });

  test('never while the opportunity goes on, however old', () => {
    for (const state of states.filter((s) => !endedStates.includes(s)))
      expect([state, identitiesDue({ ...ended, state }, new Date('2040-01-01'), 0)]).toEqual([
        state,
        false,
      ]);
  });

  test('the cutoff is `days` whole days before now', () => {
    expect(removalCutoff(new Date('2026-05-14T12:00:00.000Z'), 10)).toBe(
      '2026-05-04T12:00:00.000Z',
    );
    expect(removalCutoff(new Date('2026-05-14T12:00:00.000Z'), 0)).toBe('2026-05-14T12:00:00.000Z');
  });
});

test('how each state shows on the public page', () => {
  const posted = '2026-05-04T14:00:00.000Z';
  const shown = (state: State, postedAt: string | null) =>
    publicStatus({ ...anOpportunity(), state, postedAt });
  expect(Object.fromEntries(states.map((state) => [state, shown(state, posted)]))).toEqual({
    draft: null,
    awaitingFunds: null,
    awaitingProcurement: null,
    posted: 'open',
    evaluating: 'closed',
    awardHeld: 'closed',
    awarded: 'awarded',
    delivered: 'awarded',
    accepted: 'awarded',
    paid: 'awarded',
    cancelled: 'cancelled',
    rejected: null,
  });
  // Cancelled before posting: never public.
  expect(shown('cancelled', null)).toBeNull();
});
