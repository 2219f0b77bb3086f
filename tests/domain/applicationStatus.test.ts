import { mayWithdraw, parseApplicationNumber, standingOf } from '../../domain/applicationStatus';
import type { AwardRecord } from '../../domain/opportunity';
import { anOpportunity, beforeClosing } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';

const award: AwardRecord = {
  secret: 's',
  seed: 'x',
  candidates: ['AAAAAAAA', 'BBBBBBBB'],
  winner: 'AAAAAAAA',
  supplierName: 'Jordan',
  supplierKey: 'k',
  splitting: null,
  releaseReason: null,
};

describe('a confirmation number as typed', () => {
  test.each([
    ['MA-2029-0001-7K3Q9XH2', { opportunityId: 'MA-2029-0001', confirmation: '7K3Q9XH2' }],
    [' ma-2029-0001-7k3q9xh2 ', { opportunityId: 'MA-2029-0001', confirmation: '7K3Q9XH2' }],
    ['MA-2029-0001 - 7K3Q 9XH2', { opportunityId: 'MA-2029-0001', confirmation: '7K3Q9XH2' }],
  ])('%s is read', (text, expected) => {
    expect(parseApplicationNumber(text)).toEqual(expected);
  });

  test.each(['', '7K3Q9XH2', 'MA-2029-0001', 'MA-2029-0001-7K3Q9XHI', 'X-MA-2029-0001-7K3Q9XH2'])(
    '%j is not',
    (text) => {
      expect(parseApplicationNumber(text)).toBeNull();
    },
  );

  test('nor is anything but a short string', () => {
    expect(parseApplicationNumber(['MA-2029-0001-7K3Q9XH2'])).toBeNull();
    expect(parseApplicationNumber(`MA-2029-0001-7K3Q9XH2${' '.repeat(60)}`)).toBeNull();
  });
});

describe('where an application stands', () => {
  test('open: received, and withdrawable until the closing time only', () => {
    const record = anOpportunity({ state: 'posted' });
    expect(standingOf(record, 'AAAAAAAA', false)).toBe('received');
    expect(mayWithdraw(record, beforeClosing)).toBe(true);
    expect(mayWithdraw(record, afterClosing)).toBe(false);
    expect(mayWithdraw({ ...record, state: 'evaluating' }, beforeClosing)).toBe(false);
  });

  test('a held award is not public yet: still under evaluation', () => {
    const held = anOpportunity({ state: 'awardHeld', award, awardedAt: null });
    expect(standingOf(held, 'AAAAAAAA', false)).toBe('evaluating');
  });

  test('once awarded, the result as the result e-mails derive it', () => {
    const awarded = anOpportunity({
      state: 'awarded',
      award,
      awardedAt: afterClosing.toISOString(),
    });
    expect(standingOf(awarded, 'AAAAAAAA', false)).toBe('chosen');
    expect(standingOf(awarded, 'BBBBBBBB', false)).toBe('notDrawn');
    expect(standingOf(awarded, 'CCCCCCCC', false)).toBe('notPassed');
    expect(standingOf({ ...awarded, state: 'paid' }, 'AAAAAAAA', false)).toBe('chosen');
  });

  test('withdrawn and cancelled say so whatever else holds', () => {
    const cancelled = anOpportunity({ state: 'cancelled' });
    expect(standingOf(cancelled, 'AAAAAAAA', false)).toBe('cancelled');
    expect(standingOf(cancelled, 'AAAAAAAA', true)).toBe('withdrawn');
  });
});
