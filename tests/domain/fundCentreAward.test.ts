import { anOpportunity, completeFields } from '../support/builders';
import { totalCents } from '../../domain/completeness';
import { capCents } from '../../domain/money';
import { isPublic, mayBePublicIn, publicStatus } from '../../domain/publicStatus';
import {
  fundCentreAward,
  fundCentreHistory,
  fundCentreKey,
  splittingConcern,
  type FundCentreAward,
  type FundCentreFacts,
} from '../../domain/splitting';
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

describe('the splitting rule: the same supplier, the same fund centre, twelve months', () => {
  const now = new Date('2027-03-15T16:00:00.000Z');
  const record = anOpportunity({
    id: 'MA-2027-0042',
    state: 'evaluating',
    fields: completeFields({ fundCentre: 'FC-7070' }),
  });
  const own = totalCents(record.fields)!;
  const award = (overrides: Partial<FundCentreAward>): FundCentreAward => ({
    opportunityId: 'MA-2026-0007',
    fundCentre: 'FC-7070',
    supplierKey: 'k-jordan',
    at: '2026-09-01T15:00:00.000Z',
    totalCents: 1_000_00,
    ...overrides,
  });

  test('fund centres compare trimmed and in capitals, the form storage keys them by', () => {
    expect(fundCentreKey('  fc-7070 ')).toBe('FC-7070');
  });

  test('the history is the other opportunities of the fund centre since twelve months before', () => {
    const history = fundCentreHistory(
      record,
      [
        award({ opportunityId: 'MA-2026-0001', fundCentre: ' fc-7070', totalCents: 2_000_00 }),
        award({
          opportunityId: 'MA-2026-0002',
          at: '2026-03-15T16:00:00.000Z',
          totalCents: 3_000_00,
        }),
        award({ opportunityId: 'MA-2026-0003', at: '2026-03-15T15:59:59.999Z' }),
        award({ opportunityId: 'MA-2026-0004', fundCentre: 'FC-7071' }),
        award({ opportunityId: record.id, totalCents: own }),
      ],
      now,
    );
    expect(history.items.map((item) => item.opportunityId)).toEqual([
      'MA-2026-0001',
      'MA-2026-0002',
    ]);
    expect(history.totalCents).toBe(5_000_00);
  });

  test("an award is held only when the supplier's earlier awards and this one pass the limit", () => {
    const earlier = (cents: number, supplierKey = 'k-jordan') => [
      award({ opportunityId: 'MA-2026-0011', totalCents: cents - 1_00, supplierKey }),
      award({ opportunityId: 'MA-2026-0012', totalCents: 1_00, supplierKey }),
    ];
    expect(splittingConcern(record, 'k-jordan', earlier(capCents - own), now)).toBeNull();
    expect(splittingConcern(record, 'k-jordan', earlier(capCents - own + 1), now)).toEqual({
      opportunityIds: ['MA-2026-0011', 'MA-2026-0012'],
      priorCents: capCents - own + 1,
    });
    expect(splittingConcern(record, 'k-alex', earlier(capCents), now)).toBeNull();
    expect(splittingConcern(record, 'k-jordan', earlier(capCents, 'k-alex'), now)).toBeNull();
    expect(splittingConcern(record, 'k-jordan', [], now)).toBeNull();
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
