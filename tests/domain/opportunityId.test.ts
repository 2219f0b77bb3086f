import { readOpportunityId } from '../../domain/opportunity';

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
