import { totalCents } from '../../domain/completeness';
import type { Intent } from '../../domain/intents';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import { easternDate } from '../../domain/text';
import { Background } from '../../runtime/background';
import { startClosingScheduler } from '../../server/closingScheduler';
import { createLogger } from '../../runtime/logger';
import type { Storage } from '../../storage/storage';
import { beforeClosing } from './builders';
import { afterClosing } from './domainArbitraries';
import { anApplication, anOpportunityIn, applied, evaluated } from './storageHelpers';

export type AfterPostingState =
  | 'evaluating'
  | 'awardHeld'
  | 'awarded'
  | 'delivered'
  | 'accepted'
  | 'paid'
  | 'cancelled'
  | 'rejected';

export const afterPostingStates: AfterPostingState[] = [
  'evaluating',
  'awardHeld',
  'awarded',
  'delivered',
  'accepted',
  'paid',
  'cancelled',
  'rejected',
];

/** One opportunity to prepare: the state to reach and the people it names. */
export interface Wanted {
  state: AfterPostingState;
  author: Person;
  cardholder: Person;
  /** Who approves the posting (procurement by default). */
  procurement?: Person;
}

/** One application each, from a supplier of its own, in a fund centre of its own. */
interface Posted {
  wanted: Wanted;
  record: Opportunity;
  confirmation: string;
  /** For `awardHeld`: an earlier opportunity of the same fund centre won by the same supplier. */
  earlier?: { record: Opportunity; confirmation: string };
}

/** At most `limit` at a time: opportunity numbers come from one counter row. */
async function inTurn<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function posted(storage: Storage, wanted: Wanted, index: number): Promise<Posted> {
  const { author, cardholder, procurement } = wanted;
  const fields = { fundCentre: `FC-AFTER-${index}` };
  const supplier = { name: `Supplier ${index}`, email: `supplier-${index}@example.com` };
  const post = async () => {
    const record = await anOpportunityIn(storage, 'posted', {
      author,
      cardholder,
      procurement,
      fields,
    });
    return { record, confirmation: await anApplication(storage, record, supplier) };
  };
  const earlier = wanted.state === 'awardHeld' ? await post() : undefined;
  return { wanted, ...(await post()), earlier };
}

/** From closed (`evaluating`, nothing evaluated yet) on to the state wanted. */
async function walkOn(storage: Storage, { wanted, record, confirmation, earlier }: Posted) {
  const { author, cardholder, state } = wanted;
  if (earlier) {
    await evaluated(storage, earlier.record, earlier.confirmation, true, author);
    const won = await applied(storage, earlier.record.id, { kind: 'award' }, author);
    expect(won.state).toBe('awarded');
  }
  let current = await evaluated(storage, record, confirmation, true, author);
  type Step = [AfterPostingState, Intent, Person];
  const cancel: Step = ['cancelled', { kind: 'cancel', reason: 'No longer needed' }, author];
  const steps: Step[] = [
    // With the earlier award the totals pass $10,000 including tax: the award is held.
    [earlier ? 'awardHeld' : 'awarded', { kind: 'award' }, author],
    ...(state === 'cancelled' ? [cancel] : []),
    [
      'delivered',
      { kind: 'recordDelivery', deliveryUrl: 'https://github.com/example/date-picker/pull/7' },
      author,
    ],
    [
      'accepted',
      {
        kind: 'accept',
        comment: '',
        checks: record.fields.acceptanceCriteria.map(() => ({ met: true, note: 'Checked.' })),
        certified: true,
      },
      author,
    ],
    [
      'paid',
      {
        kind: 'recordPayment',
        method: 'card',
        paidOn: easternDate(afterClosing),
        amountCents: totalCents(record.fields)!,
        reference: 'CARD-0001',
      },
      cardholder,
    ],
  ];
  for (const [reached, intent, by] of steps) {
    if (current.state === state) break;
    current = await applied(storage, record.id, intent, by);
    expect(current.state).toBe(reached);
  }
  return current;
}

/**
 * Opportunities in states after posting, walked there through the store by the people each
 * names, in the order given. `clock` is the storage's: it is set before the default closing date
 * while they are posted and take their applications, then after it, when the closing scheduler
 * closes them; every application passes. `evaluating` is left there, ready for the draw;
 * `awardHeld` first has an earlier award to the same supplier from the same fund centre;
 * `cancelled` is cancelled by its author after the award; `rejected` is rejected by its
 * cardholder while awaiting funds, never posted.
 */
export async function opportunitiesAfterPosting(
  storage: Storage,
  clock: { now: Date },
  wanted: Wanted[],
): Promise<Opportunity[]> {
  clock.now = beforeClosing;
  const rejected = async ({ author, cardholder, procurement }: Wanted) => {
    const record = await anOpportunityIn(storage, 'awaitingFunds', {
      author,
      cardholder,
      procurement,
    });
    return applied(storage, record.id, { kind: 'reject', comment: 'Out of scope' }, cardholder);
  };
  const prepared = await inTurn(
    wanted.map((w, index) => ({ w, index })),
    6,
    ({ w, index }): Promise<Posted | Opportunity> =>
      w.state === 'rejected' ? rejected(w) : posted(storage, w, index),
  );

  clock.now = afterClosing;
  const logger = createLogger('silent');
  const scheduler = startClosingScheduler({
    storage,
    background: new Background(logger),
    logger,
    clock: () => clock.now,
    intervalMs: 3_600_000,
  });
  try {
    await scheduler.tick();
  } finally {
    scheduler.stop();
  }
  const toClose = prepared.flatMap((p) =>
    'wanted' in p ? [p.record, ...(p.earlier ? [p.earlier.record] : [])] : [],
  );
  for (const { id } of toClose)
    expect((await storage.opportunities.get(id))?.state).toBe('evaluating');

  const walked = await inTurn(prepared, 6, async (p) => ('wanted' in p ? walkOn(storage, p) : p));
  walked.forEach((record, index) => expect(record.state).toBe(wanted[index]!.state));
  return walked;
}
