import { anOpportunity } from '../support/builders';
import { isPublic, mayBePublicIn, publicStatus } from '../../domain/publicStatus';
import { fundCentreAward, type FundCentreFacts } from '../../domain/splitting';
import { states } from '../../domain/states';

const posted: FundCentreFacts = {
  opportunityId: 'MA-2026-0007',
  fundCentre: 'FC-7070',
  state: 'posted',
  postedAt: '2026-05-04T14:00:00.000Z',
  awardedAt: null,
  winnerKey: '',
  totalCents: 5_650_00,
};

describe('an opportunity as the splitting rule counts it', () => {
  test('a posted one counts from its posting, with no supplier', () => {
    expect(fundCentreAward(posted)).toEqual({
      opportunityId: 'MA-2026-0007',
      fundCentre: 'FC-7070',
      supplierKey: '',
      at: '2026-05-04T14:00:00.000Z',
      totalCents: 5_650_00,
    });
  });

  test('an awarded one counts from its award, with its winner', () => {
    const awarded = {
      ...posted,
      state: 'awarded' as const,
      awardedAt: '2026-06-01T15:30:00.000Z',
      winnerKey: 'k-jordan',
    };
    expect(fundCentreAward(awarded)).toMatchObject({
      at: '2026-06-01T15:30:00.000Z',
      supplierKey: 'k-jordan',
    });
  });

  test('a winner key without an award date names no supplier', () => {
    expect(fundCentreAward({ ...posted, winnerKey: 'k-jordan' })?.supplierKey).toBe('');
  });

  test('one never posted, cancelled or rejected does not count', () => {
    expect(fundCentreAward({ ...posted, state: 'draft', postedAt: null })).toBeNull();
    expect(fundCentreAward({ ...posted, state: 'cancelled' })).toBeNull();
    expect(fundCentreAward({ ...posted, state: 'rejected' })).toBeNull();
  });
});

test('a state may be public exactly when a posted record in it is public', () => {
  for (const state of states) {
    const record = { ...anOpportunity(), state, postedAt: '2026-05-04T14:00:00.000Z' };
    expect([state, mayBePublicIn(state)]).toEqual([state, isPublic(record)]);
  }
  expect(mayBePublicIn('draft')).toBe(false);
  expect(mayBePublicIn('cancelled')).toBe(true);
  expect(publicStatus({ ...anOpportunity(), state: 'cancelled', postedAt: null })).toBeNull();
});
