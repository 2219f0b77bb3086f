import type { Storage } from '../../storage/storage';
import { actor, beforeClosing, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { aDraft, anOpportunityIn, applied, countKinds } from '../support/storageHelpers';

let storage: Storage;

beforeAll(async () => {
  storage = await testStorage({ clock: () => beforeClosing });
});

describe('two approvers pressing at once', () => {
  it('lets exactly one of 20 concurrent fund approvals win; the others are told who decided', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');

    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        storage.opportunities.apply(
          waiting.id,
          { kind: 'approveFunds', comment: `click ${n}` },
          actor(people.cardholder),
          { idempotencyKey: `approve-${n}`, expectedVersion: waiting.version },
        ),
      ),
    );

    expect(countKinds(outcomes)).toEqual({ applied: 1, conflict: 19 });
    const winner = outcomes.find((o) => o.kind === 'applied');
    if (winner?.kind !== 'applied') throw new Error('no winner');
    for (const outcome of outcomes) {
      if (outcome.kind !== 'conflict') continue;
      expect(outcome.record.version).toBe(waiting.version + 1);
      expect(outcome.record.state).toBe('awaitingProcurement');
      expect(outcome.record.updatedById).toBe(people.cardholder.id);
      expect(outcome.record.updatedByName).toBe('Megan Cardholder');
    }

    const events = await storage.opportunities.events(waiting.id);
    const approvals = events.filter((e) => e.details.kind === 'approveFunds');
    expect(approvals).toHaveLength(1);
    expect(approvals[0]!.comment).toBe(winner.event.comment);
    expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
    const stored = await storage.opportunities.get(waiting.id);
    expect(stored).toEqual(winner.record);
  });

  it('without an expected version, still writes one approval and never a second event', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');

    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        storage.opportunities.apply(
          waiting.id,
          { kind: 'approveFunds', comment: `click ${n}` },
          actor(people.cardholder),
          { idempotencyKey: `approve-${n}` },
        ),
      ),
    );

    const counts = countKinds(outcomes);
    expect(counts.applied).toBe(1);
    // A loser that read the record after the winner wrote it is refused (wrong state) rather
    // than told of a conflict; either way it must name the winner's change.
    expect((counts.conflict ?? 0) + (counts.refused ?? 0)).toBe(19);
    for (const outcome of outcomes) {
      if (outcome.kind === 'conflict' || outcome.kind === 'refused') {
        expect(outcome.record.state).toBe('awaitingProcurement');
        expect(outcome.record.updatedByName).toBe('Megan Cardholder');
      }
    }
    const events = await storage.opportunities.events(waiting.id);
    expect(events.filter((e) => e.details.kind === 'approveFunds')).toHaveLength(1);
    expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
  });
});

describe('two different people deciding at once', () => {
  it('lets one decide and tells the other who did', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');
    const options = { expectedVersion: waiting.version };

    const [approval, cancellation] = await Promise.all([
      storage.opportunities.apply(
        waiting.id,
        { kind: 'approveFunds', comment: 'Reserved' },
        actor(people.cardholder),
        { ...options, idempotencyKey: 'approve' },
      ),
      storage.opportunities.apply(
        waiting.id,
        { kind: 'cancel', reason: 'No longer needed' },
        actor(people.author),
        { ...options, idempotencyKey: 'cancel' },
      ),
    ]);

    expect([approval.kind, cancellation.kind].sort()).toEqual(['applied', 'conflict']);
    const [winner, loser, winnerName] =
      approval.kind === 'applied'
        ? [approval, cancellation, 'Megan Cardholder']
        : [cancellation, approval, 'Alex Author'];
    if (winner.kind !== 'applied' || loser.kind !== 'conflict') throw new Error('unreachable');
    expect(loser.record.updatedByName).toBe(winnerName);
    expect(loser.record.state).toBe(winner.record.state);
    expect(await storage.opportunities.get(waiting.id)).toEqual(winner.record);
    const events = await storage.opportunities.events(waiting.id);
    expect(events.map((e) => e.details.kind)).toEqual([
      'create',
      'submit',
      winner.event.details.kind,
    ]);
  });
});

describe('two writers editing one draft', () => {
  it('keeps exactly the winner’s change and tells the loser, losing nothing', async () => {
    const draft = await aDraft(storage);
    const editor = actor(people.author);

    const [first, second] = await Promise.all([
      storage.opportunities.apply(
        draft.id,
        { kind: 'editDraft', changes: { titleEn: 'Title from the tab' } },
        editor,
        { expectedVersion: draft.version, idempotencyKey: 'tab-edit' },
      ),
      storage.opportunities.apply(
        draft.id,
        { kind: 'editDraft', changes: { summaryEn: 'Summary from the bot' } },
        editor,
        { expectedVersion: draft.version, idempotencyKey: 'bot-edit' },
      ),
    ]);

    expect([first.kind, second.kind].sort()).toEqual(['applied', 'conflict']);
    const winner = first.kind === 'applied' ? first : second;
    const loser = first.kind === 'applied' ? second : first;
    if (winner.kind !== 'applied' || loser.kind !== 'conflict') throw new Error('unreachable');

    const stored = await storage.opportunities.get(draft.id);
    expect(stored).toEqual(winner.record);
    expect(loser.record).toEqual(winner.record);
    expect(stored!.version).toBe(draft.version + 1);
    const titleWon = winner === first;
    expect(stored!.fields.titleEn).toBe(titleWon ? 'Title from the tab' : draft.fields.titleEn);
    expect(stored!.fields.summaryEn).toBe(
      titleWon ? draft.fields.summaryEn : 'Summary from the bot',
    );
    // Apart from the one field the winner edited, the record is the draft one version on.
    expect({ ...stored!, fields: draft.fields }).toEqual({ ...draft, version: draft.version + 1 });
    const events = await storage.opportunities.events(draft.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toEqual(winner.event);

    // The loser re-reads and tries again on the version it was shown: now both changes are kept.
    const retried = await applied(
      storage,
      draft.id,
      loser === second
        ? { kind: 'editDraft', changes: { summaryEn: 'Summary from the bot' } }
        : { kind: 'editDraft', changes: { titleEn: 'Title from the tab' } },
      people.author,
      { expectedVersion: loser.record.version },
    );
    expect(retried.fields.titleEn).toBe('Title from the tab');
    expect(retried.fields.summaryEn).toBe('Summary from the bot');
  });

  it('answers a stale expected version with a conflict and writes nothing', async () => {
    const draft = await aDraft(storage);
    const edited = await applied(
      storage,
      draft.id,
      { kind: 'editDraft', changes: { titleEn: 'Newer title' } },
      people.author,
    );

    const stale = await storage.opportunities.apply(
      draft.id,
      { kind: 'editDraft', changes: { titleEn: 'Older idea' } },
      actor(people.author),
      { expectedVersion: draft.version },
    );

    expect(stale).toEqual({ kind: 'conflict', record: edited });
    expect(await storage.opportunities.get(draft.id)).toEqual(edited);
    expect(await storage.opportunities.events(draft.id)).toHaveLength(2);
    expect(await storage.opportunities.refusals(draft.id)).toEqual([]);
  });

  it('treats an expected version from the future as a conflict too', async () => {
    const draft = await aDraft(storage);
    const outcome = await storage.opportunities.apply(
      draft.id,
      { kind: 'submit' },
      actor(people.author),
      { expectedVersion: draft.version + 1 },
    );
    expect(outcome).toEqual({ kind: 'conflict', record: draft });
    expect((await storage.opportunities.get(draft.id))!.state).toBe('draft');
  });
});
