import { createDraft, decide } from '../../domain/decide';
import { evolve, replay, type AuditEvent } from '../../domain/events';
import type { Intent } from '../../domain/intents';
import { emptyFields, type Opportunity } from '../../domain/opportunity';
import { scheduler, type Actor } from '../../domain/people';
import { aDay, actor, beforeClosing, completeFields, people } from '../support/builders';
import {
  afterClosing,
  applicationNumbers,
  aValidIntent,
  evaluation,
  factsFor,
} from '../support/domainArbitraries';

/** Walks one opportunity through a script of (who, what, when), failing loudly on any refusal. */
function walk(script: [Actor, Intent, Date][]): { record: Opportunity; events: AuditEvent[] } {
  const created = createDraft(
    'MA-2029-0007',
    completeFields(),
    actor(people.author),
    beforeClosing,
  );
  if (!created.ok) throw new Error('createDraft refused');
  let record = created.record;
  const events = [created.event];
  for (const [who, intent, now] of script) {
    const decision = decide(record, intent, who, {
      now,
      cardholder: people.cardholder,
      ...factsFor(record, now),
    });
    if (!decision.ok)
      throw new Error(`${intent.kind} refused: ${JSON.stringify(decision.refusal)}`);
    record = decision.record;
    events.push(decision.event);
  }
  return { record, events };
}

const at = (days: number) => new Date(beforeClosing.getTime() + days * aDay);
const author = actor(people.author);
const cardholder = actor(people.cardholder);
const procurement = actor(people.procurement);

describe('the record an event trail builds', () => {
  test('a return leaves its comment on the draft until the author submits again', () => {
    const returned = walk([
      [author, { kind: 'submit' }, at(1)],
      [cardholder, { kind: 'returnToAuthor', comment: 'Add a security criterion.' }, at(2)],
    ]);
    expect(returned.record).toMatchObject({
      state: 'draft',
      returnComment: 'Add a security criterion.',
      stateSince: at(2).toISOString(),
    });
    expect(returned.events.at(-1)).toMatchObject({
      from: 'awaitingFunds',
      to: 'draft',
      actorId: people.cardholder.id,
      actorName: people.cardholder.name,
      comment: 'Add a security criterion.',
    });

    const resubmitted = walk([
      [author, { kind: 'submit' }, at(1)],
      [cardholder, { kind: 'returnToAuthor', comment: 'Add a security criterion.' }, at(2)],
      [author, { kind: 'submit' }, at(3)],
    ]);
    expect(resubmitted.record.returnComment).toBeNull();
  });

  test('the whole happy path records who did what, when, and the facts along the way', () => {
    const { record, events } = walk([
      [author, { kind: 'editDraft', changes: { fundCentre: 'FC-9999' } }, at(0.5)],
      [author, { kind: 'submit' }, at(1)],
      [cardholder, { kind: 'approveFunds', comment: '' }, at(2)],
      [procurement, { kind: 'approvePosting', comment: 'Guardrails met.' }, at(3)],
      [author, { kind: 'amend', en: 'Repository moved.', fr: 'Dépôt déplacé.' }, at(4)],
      [scheduler, { kind: 'close' }, afterClosing],
      [author, evaluation(applicationNumbers.jordan, true), at(49)],
      [author, evaluation(applicationNumbers.sam, false), at(49.5)],
      [author, { kind: 'award' }, at(50)],
      [author, { kind: 'recordDelivery', deliveryUrl: 'https://github.com/x/y/pull/1' }, at(70)],
      [author, aValidIntent('accept', at(71)), at(71)],
      [
        cardholder,
        {
          kind: 'recordPayment',
          method: 'paypal',
          amountCents: 999_350,
          paidOn: '2030-02-10',
          reference: 'PP-1',
        },
        at(72),
      ],
    ]);

    expect(events.map((e) => `${e.version} ${e.from ?? '∅'}→${e.to}`)).toEqual([
      '1 ∅→draft',
      '2 draft→draft',
      '3 draft→awaitingFunds',
      '4 awaitingFunds→awaitingProcurement',
      '5 awaitingProcurement→posted',
      '6 posted→posted',
      '7 posted→evaluating',
      '8 evaluating→evaluating',
      '9 evaluating→evaluating',
      '10 evaluating→awarded',
      '11 awarded→delivered',
      '12 delivered→accepted',
      '13 accepted→paid',
    ]);
    expect(record).toMatchObject({
      version: 13,
      state: 'paid',
      authorId: people.author.id,
      createdAt: beforeClosing.toISOString(),
      updatedAt: at(72).toISOString(),
      updatedById: people.cardholder.id,
      stateSince: at(72).toISOString(),
      postedAt: at(3).toISOString(),
      addenda: [{ at: at(4).toISOString(), en: 'Repository moved.', fr: 'Dépôt déplacé.' }],
      closedAt: afterClosing.toISOString(),
      applications: [applicationNumbers.jordan, applicationNumbers.sam],
      evaluations: { [applicationNumbers.jordan]: [true], [applicationNumbers.sam]: [false] },
      award: {
        candidates: [applicationNumbers.jordan],
        winner: applicationNumbers.jordan,
        supplierName: 'Jordan Developer',
        splitting: null,
      },
      awardedAt: at(50).toISOString(),
      supplierName: 'Jordan Developer',
      deliveryUrl: 'https://github.com/x/y/pull/1',
      acceptance: {
        checks: completeFields().acceptanceCriteria.map(() => ({ met: true, note: 'Checked.' })),
        certifiedAt: at(71).toISOString(),
      },
      payment: { method: 'paypal', amountCents: 999_350, paidOn: '2030-02-10', reference: 'PP-1' },
      cancelReason: null,
    });
    expect(record.fields.fundCentre).toBe('FC-9999');
    expect(events[6]).toMatchObject({ actorId: 'system', actorName: 'scheduler' });
    expect(replay(events)).toEqual(record);
  });

  test('an edit or an addendum keeps the time the state was entered', () => {
    const { record } = walk([
      [author, { kind: 'editDraft', changes: { fundCentre: 'FC-1' } }, at(1)],
      [author, { kind: 'editDraft', changes: { fundCentre: 'FC-2' } }, at(2)],
    ]);
    expect(record.stateSince).toBe(beforeClosing.toISOString());
    expect(record.updatedAt).toBe(at(2).toISOString());
    expect(record.stages).toEqual([
      { state: 'draft', at: beforeClosing.toISOString(), by: author.id },
    ]);

    const amended = walk([
      [author, { kind: 'submit' }, at(1)],
      [cardholder, { kind: 'approveFunds', comment: '' }, at(2)],
      [procurement, { kind: 'approvePosting', comment: '' }, at(3)],
      [author, { kind: 'amend', en: 'Moved.', fr: 'Déplacé.' }, at(4)],
    ]).record;
    expect(amended.stateSince).toBe(at(3).toISOString());
    expect(amended.stages.map((s) => s.state)).toEqual([
      'draft',
      'awaitingFunds',
      'awaitingProcurement',
      'posted',
    ]);
  });

  test('the stages list each state entered, when and by whom, a return to the author too', () => {
    const { record } = walk([
      [author, { kind: 'submit' }, at(1)],
      [cardholder, { kind: 'returnToAuthor', comment: 'Add a criterion.' }, at(2)],
      [author, { kind: 'editDraft', changes: { fundCentre: 'FC-1' } }, at(2.5)],
      [author, { kind: 'submit' }, at(3)],
      [cardholder, { kind: 'approveFunds', comment: '' }, at(4)],
    ]);
    expect(record.stages).toEqual([
      { state: 'draft', at: beforeClosing.toISOString(), by: author.id },
      { state: 'awaitingFunds', at: at(1).toISOString(), by: author.id },
      { state: 'draft', at: at(2).toISOString(), by: cardholder.id },
      { state: 'awaitingFunds', at: at(3).toISOString(), by: author.id },
      { state: 'awaitingProcurement', at: at(4).toISOString(), by: cardholder.id },
    ]);
  });

  test('a cancellation keeps its reason', () => {
    const { record, events } = walk([
      [author, { kind: 'submit' }, at(1)],
      [procurement, { kind: 'cancel', reason: 'Duplicate of MA-2029-0003.' }, at(2)],
    ]);
    expect(record).toMatchObject({
      state: 'cancelled',
      cancelReason: 'Duplicate of MA-2029-0003.',
    });
    expect(events.at(-1)?.comment).toBe('Duplicate of MA-2029-0003.');
  });

  test('an empty comment is recorded as none', () => {
    const { events } = walk([
      [author, { kind: 'submit' }, at(1)],
      [cardholder, { kind: 'approveFunds', comment: '' }, at(2)],
    ]);
    expect(events.at(-1)?.comment).toBeNull();
  });

  test('a copy remembers the opportunity it was copied from; an original has no such field', () => {
    const copy = createDraft(
      'MA-2029-0008',
      completeFields(),
      author,
      beforeClosing,
      'MA-2029-0007',
    );
    const original = createDraft('MA-2029-0009', completeFields(), author, beforeClosing);
    if (!copy.ok || !original.ok) throw new Error('createDraft refused');
    expect(replay([copy.event])?.copiedFrom).toBe('MA-2029-0007');
    expect(replay([original.event])).not.toHaveProperty('copiedFrom');
  });

  test('a draft created with nothing typed is blank, its amount tax included, nothing after posting', () => {
    const blank = createDraft('MA-2029-0010', emptyFields(), author, beforeClosing);
    if (!blank.ok) throw new Error('createDraft refused');
    const record = replay([blank.event])!;
    expect(record.fields).toMatchObject({
      amountCents: null,
      amountBasis: 'taxIncluded',
      repositoryUrl: '',
      contactEmail: '',
      evaluationCriteria: [],
    });
    expect(record).toMatchObject({
      closedAt: null,
      applications: [],
      evaluations: {},
      answers: [],
      declinedQuestions: [],
      addenda: [],
    });
  });

  test('replay of nothing is nothing, and an event without its record is an error', () => {
    const { events } = walk([[author, { kind: 'submit' }, at(1)]]);
    expect(replay([])).toBeNull();
    expect(() => evolve(null, events[1]!)).toThrow(/no record to apply to/);
  });
});
