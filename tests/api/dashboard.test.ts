import { replay, type AuditEvent } from '../../domain/events';
import type { Opportunity } from '../../domain/opportunity';
import type { State } from '../../domain/states';
import {
  dashboardFigures,
  figureRow,
  figureRowOf,
  fiscalYear,
  type FigureRow,
} from '../../server/api/dashboardFigures';
import { defaultStepTargets } from '../../domain/targets';
import { StorageUnavailable } from '../../storage/errors';
import { anOpportunity, completeFields, people } from '../support/builders';
import { startApiServer, type ApiServer } from './apiServer';

const hour = 60 * 60 * 1000;
const day = 24 * hour;

/** The record's row once its trail is this: each step enters `to` at the time given (ms after the start). */
function withTrail(
  record: Opportunity,
  steps: Array<[State, number, AuditEvent['details']['kind']]>,
): FigureRow {
  const start = Date.parse('2026-05-01T12:00:00Z');
  const events = steps.map(([to, offset, kind], index): AuditEvent => ({
    opportunityId: record.id,
    version: index + 1,
    at: new Date(start + offset).toISOString(),
    actorId: 'someone',
    actorName: 'Someone',
    from: index === 0 ? null : steps[index - 1]![0],
    to,
    comment: null,
    details:
      kind === 'create'
        ? { kind, authorName: 'Someone', fields: record.fields }
        : kind === 'editDraft'
          ? { kind, changes: {} }
          : ({ kind } as AuditEvent['details']),
  }));
  // The stages as the domain keeps them, event by event.
  return figureRowOf({ ...record, stages: replay(events)!.stages });
}

describe('dashboard figures', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  test('fiscal years run April to March, in Eastern time', () => {
    expect(fiscalYear(new Date('2026-04-01T05:00:00Z'))).toEqual({
      start: '2026-04-01',
      end: '2027-03-31',
    });
    // 00:30 UTC on April 1 is still March 31 in Ottawa.
    expect(fiscalYear(new Date('2026-04-01T00:30:00Z'))).toEqual({
      start: '2025-04-01',
      end: '2026-03-31',
    });
  });

  test('counts, money, stage medians, long waits and delivery to payment', () => {
    const fundedFields = completeFields({ amountCents: 100_000, amountBasis: 'taxIncluded' });
    const items = [
      withTrail(
        anOpportunity({
          id: 'MA-2026-0001',
          state: 'awaitingProcurement',
          fields: fundedFields,
          stateSince: '2026-05-02T12:00:00Z',
        }),
        [
          ['draft', 0, 'create'],
          ['draft', hour, 'editDraft'],
          ['awaitingFunds', 2 * hour, 'submit'],
          ['awaitingProcurement', day + 2 * hour, 'approveFunds'],
        ],
      ),
      withTrail(
        anOpportunity({
          id: 'MA-2026-0002',
          state: 'paid',
          fields: completeFields({ amountCents: 200_000, amountBasis: 'taxIncluded' }),
          payment: { method: 'card', paidOn: '2026-05-20', amountCents: 200_000, reference: 'R1' },
        }),
        [
          ['draft', 0, 'create'],
          ['awaitingFunds', 4 * hour, 'submit'],
          ['awaitingProcurement', 3 * day + 4 * hour, 'approveFunds'],
          ['delivered', 10 * day, 'recordDelivery'],
          ['accepted', 11 * day, 'accept'],
          ['paid', 13 * day, 'recordPayment'],
        ],
      ),
      withTrail(anOpportunity({ id: 'MA-2026-0003', state: 'cancelled', fields: fundedFields }), [
        ['draft', 0, 'create'],
        ['awaitingFunds', 6 * hour, 'submit'],
        ['awaitingProcurement', 2 * day, 'approveFunds'],
        ['cancelled', 3 * day, 'cancel'],
      ]),
    ];
    const figures = dashboardFigures(items, now, 5);
    expect(figures.total).toBe(3);
    expect(figures.countsByState).toMatchObject({
      awaitingProcurement: 1,
      paid: 1,
      cancelled: 1,
      draft: 0,
    });
    // The cancelled one's commitment was released.
    expect(figures.committedCents).toBe(300_000);
    expect(figures.paidCents).toBe(200_000);
    const stage = (state: State) => figures.stages.find((s) => s.state === state);
    // Draft visits: 2 h (with an edit inside), 4 h, 6 h.
    expect(stage('draft')).toMatchObject({
      count: 3,
      medianMs: 4 * hour,
      slowestMs: 6 * hour,
      slowestId: 'MA-2026-0003',
    });
    expect(stage('awaitingFunds')).toMatchObject({
      count: 3,
      slowestMs: 3 * day,
      slowestId: 'MA-2026-0002',
    });
    expect(figures.deliveryToPayment).toMatchObject({ count: 1, medianMs: 3 * day });
    expect(figures.waitingLong.map((w) => w.id)).toEqual(['MA-2026-0001']);
    expect(dashboardFigures(items, now, 60).waitingLong).toEqual([]);
  });
});

describe('stages against their targets, in business days', () => {
  // Friday 1 May 2026, 08:00 Eastern; now is Monday 1 June, 08:00 Eastern.
  const start = Date.parse('2026-05-01T12:00:00Z');
  const now = new Date('2026-06-01T12:00:00Z');
  /** A row whose trail enters each state at the offset given from the start; the last is current. */
  const rowOf = (id: string, trail: Array<[State, number]>): FigureRow => {
    const stages = trail.map(([state, offset]) => ({
      state,
      at: new Date(start + offset).toISOString(),
    }));
    const current = stages.at(-1)!;
    return figureRow({
      id,
      state: current.state,
      titleEn: 'Accessible date picker',
      titleFr: 'Sélecteur de date accessible',
      totalCents: 0,
      stateSince: current.at,
      payment: null,
      stages,
      closingAt: null,
      awaiting: null,
      outcome: { applications: 0, qualified: 0, evaluationDone: false, winnerKey: null },
    });
  };
  const rows = [
    rowOf('MA-2026-0001', [
      ['draft', -day],
      ['awaitingFunds', 0],
      // Friday to Monday: 1 business day.
      ['awaitingProcurement', 3 * day],
      // Monday to Thursday: 3, over the target of 2.
      ['posted', 6 * day],
      ['evaluating', 20 * day],
      // Thursday 21 to Thursday 28 May: 5 (Victoria Day, 18 May, is before).
      ['awarded', 27 * day],
      ['delivered', 40 * day],
      ['accepted', 41 * day],
      // Thursday 11 to Saturday 20 June: 6, over the payment target of 5.
      ['paid', 50 * day],
    ]),
    // Funds approved on a Saturday: 0 business days; waiting for posting since, 20 business days
    // by Monday 1 June (Victoria Day not counted).
    rowOf('MA-2026-0002', [
      ['draft', -day],
      ['awaitingFunds', 0],
      ['awaitingProcurement', day],
    ]),
    // Submitted Friday 29 May 08:00: due Tuesday 2 June 08:00, not yet overdue.
    rowOf('MA-2026-0003', [
      ['draft', 27 * day],
      ['awaitingFunds', 28 * day],
    ]),
  ];

  test('median, 90th percentile and over target per stage; what is overdue now', () => {
    const figures = dashboardFigures(rows, now, 5);
    const stage = (state: State) => figures.againstTarget.find((s) => s.state === state);
    expect(stage('awaitingFunds')).toEqual({
      state: 'awaitingFunds',
      targetDays: 2,
      count: 2,
      medianDays: 0,
      p90Days: 1,
      overTarget: 0,
      overdueNow: 0,
    });
    expect(stage('awaitingProcurement')).toMatchObject({
      targetDays: 2,
      count: 1,
      medianDays: 3,
      overTarget: 1,
      overdueNow: 1,
    });
    expect(stage('evaluating')).toMatchObject({ targetDays: 7, medianDays: 5, overTarget: 0 });
    expect(stage('delivered')).toMatchObject({ targetDays: 5, medianDays: 1, overTarget: 0 });
    expect(stage('accepted')).toMatchObject({ targetDays: 5, medianDays: 6, overTarget: 1 });
    expect(stage('posted')).toMatchObject({ targetDays: null, overTarget: 0 });
    expect(figures.overdue).toEqual([
      {
        id: 'MA-2026-0002',
        titleEn: 'Accessible date picker',
        titleFr: 'Sélecteur de date accessible',
        state: 'awaitingProcurement',
        since: '2026-05-02T12:00:00.000Z',
        waitedDays: 20,
        targetDays: 2,
        awaiting: null,
      },
    ]);
  });

  test('targets come from the settings given', () => {
    const figures = dashboardFigures(rows, now, 5, {
      ...defaultStepTargets,
      postingApproval: 30,
      payment: 6,
    });
    expect(figures.overdue).toEqual([]);
    expect(figures.againstTarget.find((s) => s.state === 'accepted')?.overTarget).toBe(0);
  });
});

describe('dashboard API', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  test('managers see the numbers change; others get 403', async () => {
    const before = await api.call('GET', '/api/dashboard', { as: people.manager });
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ total: 0, committedCents: 0 });
    const author = { kind: 'person' as const, ...people.author };
    const created = await api.storage.opportunities.create(author, completeFields());
    if (created.kind !== 'applied') throw new Error('not created');
    const id = created.record.id;
    await api.storage.opportunities.apply(id, { kind: 'submit' }, author);
    await api.storage.opportunities.apply(
      id,
      { kind: 'approveFunds', comment: '' },
      { kind: 'person', ...people.cardholder },
    );
    const after = await api.call('GET', '/api/dashboard?thresholdDays=0', { as: people.manager });
    expect(after.body).toMatchObject({
      total: 1,
      countsByState: { awaitingProcurement: 1 },
      committedCents: 999_350,
      waitingLong: [{ id }],
    });
    // The row read for the first answer is read again once the opportunity changes.
    await api.storage.opportunities.apply(
      id,
      { kind: 'approvePosting', comment: '' },
      { kind: 'person', ...people.procurement },
    );
    const posted = await api.call('GET', '/api/dashboard', { as: people.manager });
    expect(posted.body.countsByState).toMatchObject({ awaitingProcurement: 0, posted: 1 });
    const stages = posted.body.stages as Array<{ state: string; count: number }>;
    expect(stages.find((s) => s.state === 'awaitingProcurement')?.count).toBe(1);
    for (const person of [people.author, people.cardholder, people.procurement]) {
      const refused = await api.call('GET', '/api/dashboard', { as: person });
      expect(refused.status).toBe(403);
    }
    expect(
      (await api.call('GET', '/api/dashboard?thresholdDays=-1', { as: people.manager })).status,
    ).toBe(400);
  });

  test('a storage outage answers 503 with a bilingual try-again and no internals', async () => {
    api.storage.people.contact = () =>
      Promise.reject(new StorageUnavailable('ECONNREFUSED 127.0.0.1:10002'));
    const response = await api.call('GET', '/api/me', { as: people.manager });
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      error: 'storageUnavailable',
      message: { en: expect.stringMatching(/try again/), fr: expect.stringMatching(/réessayer/) },
    });
    expect(JSON.stringify(response.body)).not.toContain('10002');
  });
});
