import type { State } from '../../domain/states';
import { defaultStepTargets } from '../../domain/targets';
import { dashboardFigures, figureRow, type FigureRow } from '../../server/api/dashboardFigures';
import type { Outcome } from '../../storage/opportunityEntities';

/** A row whose trail enters each state at 08:00 Eastern (12:00 UTC in summer) of the date given. */
function rowOf(
  id: string,
  trail: Array<[State, string, string?]>,
  outcome: Partial<Outcome> = {},
  closingAt: string | null = null,
): FigureRow {
  const stages = trail.map(([state, date, by]) => ({
    state,
    at: date.length > 10 ? date : `${date}T12:00:00.000Z`,
    ...(by ? { by } : {}),
  }));
  const current = stages.at(-1)!;
  return figureRow({
    id,
    state: current.state,
    titleEn: `Work ${id}`,
    titleFr: `Travail ${id}`,
    totalCents: 500_000,
    stateSince: current.at,
    payment: null,
    stages,
    closingAt,
    awaiting: null,
    outcome: { applications: 0, qualified: 0, evaluationDone: false, winnerKey: null, ...outcome },
  });
}

// Business days in these figures were counted by hand on a calendar: 2026's Victoria Day is
// Monday 18 May, 2025's Monday 19 May.
const rows = [
  // Submitted Monday 4 May, awarded Thursday 21 May: 17 days, 12 business days.
  rowOf(
    'MA-2026-0001',
    [
      ['draft', '2026-05-01', 'author'],
      ['awaitingFunds', '2026-05-04', 'author'],
      ['awaitingProcurement', '2026-05-05', 'cardholder'],
      // Tuesday to Thursday: the officer's decision waited 2 business days.
      ['posted', '2026-05-07', 'proc-1'],
      ['evaluating', '2026-05-19', 'system'],
      ['awarded', '2026-05-21', 'author'],
      ['delivered', '2026-05-26', 'author'],
      ['accepted', '2026-05-27', 'author'],
      // Wednesday to Monday: paid 3 business days after acceptance.
      ['paid', '2026-06-01', 'cardholder'],
    ],
    { applications: 3, qualified: 2, evaluationDone: true, winnerKey: 'supplier-k1' },
  ),
  // Returned once, then held and released: submitted 20 April 13:00 UTC, awarded 19 May 12:00.
  rowOf(
    'MA-2026-0002',
    [
      ['draft', '2026-04-20', 'author'],
      ['awaitingFunds', '2026-04-20T13:00:00.000Z', 'author'],
      ['awaitingProcurement', '2026-04-21', 'cardholder'],
      // Tuesday to Friday: 3 business days, then returned.
      ['draft', '2026-04-24', 'proc-2'],
      ['awaitingFunds', '2026-04-27', 'author'],
      ['awaitingProcurement', '2026-04-28', 'cardholder'],
      ['posted', '2026-04-29', 'proc-1'],
      ['evaluating', '2026-05-11', 'system'],
      ['awardHeld', '2026-05-12', 'author'],
      // Tuesday 12 to Tuesday 19 May, Victoria Day off: 4 business days.
      ['awarded', '2026-05-19', 'proc-2'],
    ],
    { applications: 1, qualified: 1, evaluationDone: true, winnerKey: 'supplier-k2' },
  ),
  // Closed with no application: no qualified applicant.
  rowOf(
    'MA-2026-0003',
    [
      ['draft', '2026-05-01', 'author'],
      ['awaitingFunds', '2026-05-01T13:00:00.000Z', 'author'],
      ['awaitingProcurement', '2026-05-04', 'cardholder'],
      ['posted', '2026-05-05', 'proc-1'],
      ['evaluating', '2026-05-15', 'system'],
    ],
    { applications: 0, qualified: 0, evaluationDone: true },
    '2026-05-15T12:00:00.000Z',
  ),
  // Cancelled by its author while it waited for procurement: no officer decided.
  rowOf('MA-2026-0005', [
    ['draft', '2026-05-01', 'author'],
    ['awaitingFunds', '2026-05-01T13:00:00.000Z', 'author'],
    ['awaitingProcurement', '2026-05-04', 'cardholder'],
    ['cancelled', '2026-05-06', 'author'],
  ]),
  // Awarded last fiscal year to the first supplier, from a trail stored before it kept who.
  rowOf(
    'MA-2025-0009',
    [
      ['draft', '2025-05-01'],
      ['awaitingFunds', '2025-05-01T13:00:00.000Z'],
      ['awaitingProcurement', '2025-05-02'],
      ['posted', '2025-05-05'],
      ['evaluating', '2025-05-20'],
      ['awarded', '2025-06-10'],
    ],
    { applications: 2, qualified: 1, evaluationDone: true, winnerKey: 'supplier-k1' },
  ),
];

describe("the pilot's measures, against a fixture counted by hand", () => {
  const now = new Date('2026-06-01T16:00:00Z');
  const { measures } = dashboardFigures(rows, now, 5, defaultStepTargets);

  test('submission to award: calendar days against the 23 planned, and business days', () => {
    // 17, 28.96 and 39.96 days; 12, 20 and 27 business days.
    expect(measures.submissionToAward).toEqual({
      plannedDays: 23,
      pilotDays: 57.75,
      count: 3,
      medianDays: 29,
      p90Days: 40,
      medianBusinessDays: 20,
      withinPlanned: 1,
      bars: [
        { upTo: 7, count: 0 },
        { upTo: 14, count: 0 },
        { upTo: 23, count: 1 },
        { upTo: 30, count: 1 },
        { upTo: 45, count: 1 },
        { upTo: 60, count: 0 },
        { upTo: null, count: 0 },
      ],
    });
  });

  test('applications per closed opportunity, and those with no qualified applicant', () => {
    expect(measures.applications).toEqual({
      closed: 4,
      total: 6,
      median: 1,
      bars: [
        { upTo: 0, count: 1 },
        { upTo: 1, count: 1 },
        { upTo: 2, count: 1 },
        { upTo: 5, count: 1 },
        { upTo: 10, count: 0 },
        { upTo: null, count: 0 },
      ],
      noQualified: 1,
      noQualifiedItems: [
        {
          id: 'MA-2026-0003',
          titleEn: 'Work MA-2026-0003',
          titleFr: 'Travail MA-2026-0003',
          closingAt: '2026-05-15T12:00:00.000Z',
        },
      ],
    });
  });

  test('suppliers: distinct winners, and who won for the first time this fiscal year', () => {
    expect(measures.suppliers).toEqual({
      awards: 3,
      distinctWinners: 2,
      winnersThisYear: 2,
      firstTimeThisYear: 1,
    });
  });

  test("the CFO branch's decisions per officer and the business days each waited", () => {
    expect(measures.procurement).toEqual({
      decisions: 6,
      officers: [
        {
          personId: 'proc-1',
          decisions: 3,
          approvals: 3,
          returns: 0,
          rejections: 0,
          releases: 0,
          medianDays: 1,
          p90Days: 2,
          longestDays: 2,
        },
        {
          personId: 'proc-2',
          decisions: 2,
          approvals: 0,
          returns: 1,
          rejections: 0,
          releases: 1,
          medianDays: 3,
          p90Days: 4,
          longestDays: 4,
        },
        {
          personId: null,
          decisions: 1,
          approvals: 1,
          returns: 0,
          rejections: 0,
          releases: 0,
          medianDays: 1,
          p90Days: 1,
          longestDays: 1,
        },
      ],
    });
  });

  test('payment after acceptance against its target', () => {
    expect(measures.payment).toEqual({
      targetDays: 5,
      count: 1,
      medianDays: 3,
      p90Days: 3,
      withinTarget: 1,
    });
    const slower = dashboardFigures(rows, now, 5, { ...defaultStepTargets, payment: 2 });
    expect(slower.measures.payment).toMatchObject({ targetDays: 2, withinTarget: 0 });
  });
});
