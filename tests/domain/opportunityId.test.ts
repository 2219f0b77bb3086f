import { t } from '../../domain/messages';
import {
  defaultEligibility,
  emptyFields,
  formatOpportunityId,
  isOpportunityId,
  readOpportunityId,
  withFieldDefaults,
  type OpportunityFields,
} from '../../domain/opportunity';

test.each([
  ['MA-2026-0001', 'MA-2026-0001'],
  ['ma-2026-1', 'MA-2026-0001'],
  ['  Ma-2026-07 ', 'MA-2026-0007'],
  ['MA 2026 12', 'MA-2026-0012'],
  ['2026-3', 'MA-2026-0003'],
  ['MA2026-45', 'MA-2026-0045'],
  ['ma-2026-123456', 'MA-2026-123456'],
])('%j reads as %s', (typed, id) => {
  expect(readOpportunityId(typed)).toBe(id);
});

test.each(['', 'ma-2026', 'MA-26-1', 'MA-2026-0', 'MA-2026-1234567', 'XY-2026-1', 'ma-2026-1x'])(
  '%j is not an opportunity number',
  (typed) => {
    expect(readOpportunityId(typed)).toBeNull();
  },
);

test('a stored number is MA, the year and a count of four to six digits, nothing else', () => {
  for (const id of ['MA-2026-0001', 'MA-2026-123456']) expect(isOpportunityId(id)).toBe(true);
  const notText = [['MA-2026-0001'], 2026];
  for (const value of [
    'ma-2026-0001',
    'MA-2026-001',
    'MA-2026-1234567',
    ' MA-2026-0001',
    ...notText,
  ])
    expect(isOpportunityId(value)).toBe(false);
  expect(formatOpportunityId(2026, 7)).toBe('MA-2026-0007');
  expect(formatOpportunityId(2026, 12_345)).toBe('MA-2026-12345');
});

test('records stored before the eligibility field get the program’s, in both languages', () => {
  const eligibility = {
    eligibilityEn: t('en', 'eligibility.default'),
    eligibilityFr: t('fr', 'eligibility.default'),
  };
  expect(defaultEligibility()).toEqual(eligibility);
  expect(eligibility.eligibilityEn).not.toBe(eligibility.eligibilityFr);
  const older: Partial<OpportunityFields> = emptyFields();
  delete older.eligibilityEn;
  delete older.eligibilityFr;
  expect(withFieldDefaults(older as OpportunityFields)).toEqual({ ...older, ...eligibility });
  // A record that has them keeps its own, even blank.
  const own = { ...emptyFields(), eligibilityEn: '', eligibilityFr: 'x' };
  expect(withFieldDefaults(own)).toBe(own);
});
