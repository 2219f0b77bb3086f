import type { Storage } from '../../storage/storage';
import { actor, beforeClosing, completeFields, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anOpportunityIn, applied, countKinds, listAll } from '../support/storageHelpers';

let storage: Storage;

beforeEach(async () => {
  storage = await testStorage({ clock: () => beforeClosing });
});

const approve = { kind: 'approveFunds', comment: 'Funds reserved' } as const;

describe('applying the same intent twice with one idempotency key', () => {
  it('writes one event and answers the second time "replayed"', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');
    const cardholder = actor(people.cardholder);

    const first = await storage.opportunities.apply(waiting.id, approve, cardholder, {
      idempotencyKey: 'card-click-1',
    });
    const second = await storage.opportunities.apply(waiting.id, approve, cardholder, {
      idempotencyKey: 'card-click-1',
    });

    expect(first.kind).toBe('applied');
    if (first.kind !== 'applied') return;
    expect(second).toEqual({ kind: 'replayed', record: first.record });
    const events = await storage.opportunities.events(waiting.id);
    expect(events.map((e) => e.details.kind)).toEqual(['create', 'submit', 'approveFunds']);
    expect(await storage.opportunities.get(waiting.id)).toEqual(first.record);
    expect(await storage.opportunities.refusals(waiting.id)).toEqual([]);
  });

  it('applies once when the same key arrives many times at once', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');

    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () =>
        storage.opportunities.apply(waiting.id, approve, actor(people.cardholder), {
          idempotencyKey: 'double-click',
          expectedVersion: waiting.version,
        }),
      ),
    );

    expect(countKinds(outcomes)).toEqual({ applied: 1, replayed: 7 });
    const winner = outcomes.find((o) => o.kind === 'applied')!;
    for (const outcome of outcomes) {
      if (outcome.kind === 'replayed') expect(outcome.record).toEqual(winner.record);
    }
    const events = await storage.opportunities.events(waiting.id);
    expect(events.filter((e) => e.details.kind === 'approveFunds')).toHaveLength(1);
    expect(await storage.opportunities.refusals(waiting.id)).toEqual([]);
  });

  it('still replays after later changes, and changes nothing', async () => {
    const draft = await anOpportunityIn(storage, 'draft');
    const submitted = await applied(storage, draft.id, { kind: 'submit' }, people.author, {
      idempotencyKey: 'submit-1',
    });
    const approved = await applied(storage, draft.id, approve, people.cardholder, {
      idempotencyKey: 'approve-1',
    });

    // The author's retry arrives late, with the version they saw then.
    const late = await storage.opportunities.apply(
      draft.id,
      { kind: 'submit' },
      actor(people.author),
      {
        idempotencyKey: 'submit-1',
        expectedVersion: draft.version,
      },
    );

    expect(submitted.state).toBe('awaitingFunds');
    expect(late).toEqual({ kind: 'replayed', record: approved });
    expect(await storage.opportunities.get(draft.id)).toEqual(approved);
    expect((await storage.opportunities.events(draft.id)).map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('does not remember the key of a refused attempt, so a later valid retry goes through', async () => {
    const draft = await anOpportunityIn(storage, 'draft');
    const early = await storage.opportunities.apply(draft.id, approve, actor(people.cardholder), {
      idempotencyKey: 'approve-early',
    });
    expect(early.kind).toBe('refused');

    await applied(storage, draft.id, { kind: 'submit' }, people.author);
    const retry = await storage.opportunities.apply(draft.id, approve, actor(people.cardholder), {
      idempotencyKey: 'approve-early',
    });
    expect(retry.kind).toBe('applied');
  });

  it('without a key, a repeated intent is decided again (and here refused)', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');
    await applied(storage, waiting.id, approve, people.cardholder);
    const again = await storage.opportunities.apply(waiting.id, approve, actor(people.cardholder));
    expect(again).toMatchObject({
      kind: 'refused',
      refusal: { kind: 'wrongState', intent: 'approveFunds', state: 'awaitingProcurement' },
    });
  });
});

describe('a key reused for a different request', () => {
  it('refuses another intent under a used key, audits it, and changes nothing', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds', {
      cardholder: people.allRoles,
    });
    // Lynne is cardholder and procurement officer: without the key, approvePosting is forbidden.
    const funded = await applied(storage, waiting.id, approve, people.allRoles, {
      idempotencyKey: 'K',
    });

    const reused = await storage.opportunities.apply(
      waiting.id,
      { kind: 'approvePosting', comment: 'Guardrails met' },
      actor(people.allRoles),
      { idempotencyKey: 'K' },
    );

    expect(reused).toEqual({
      kind: 'refused',
      record: funded,
      refusal: { kind: 'keyReused', intent: 'approvePosting' },
    });
    expect(await storage.opportunities.get(waiting.id)).toEqual(funded);
    expect((await storage.opportunities.refusals(waiting.id)).map((r) => r.refusal)).toEqual([
      { kind: 'keyReused', intent: 'approvePosting' },
    ]);
  });

  it('refuses the same intent with other details under a used key', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');
    await applied(storage, waiting.id, approve, people.cardholder, { idempotencyKey: 'K' });
    const other = await storage.opportunities.apply(
      waiting.id,
      { ...approve, comment: 'Another comment' },
      actor(people.cardholder),
      { idempotencyKey: 'K' },
    );
    expect(other).toMatchObject({ kind: 'refused', refusal: { kind: 'keyReused' } });
    const same = await storage.opportunities.apply(waiting.id, approve, actor(people.cardholder), {
      idempotencyKey: 'K',
    });
    expect(same.kind).toBe('replayed');
  });

  it('refuses a new draft with other fields under a used key, audited on the first draft', async () => {
    const author = actor(people.author);
    const first = await storage.opportunities.create(author, completeFields(), {
      idempotencyKey: 'new-draft',
    });
    const other = await storage.opportunities.create(
      author,
      completeFields({ titleEn: 'Another draft altogether' }),
      { idempotencyKey: 'new-draft' },
    );

    expect(first.kind).toBe('applied');
    if (first.kind !== 'applied') return;
    expect(other).toEqual({ kind: 'refused', refusal: { kind: 'keyReused', intent: 'create' } });
    expect((await listAll(storage, { kind: 'all' })).ids).toEqual([first.record.id]);
    expect(await storage.opportunities.get(first.record.id)).toEqual(first.record);
    expect(
      (await storage.opportunities.refusals(first.record.id)).map((r) => r.refusal.kind),
    ).toEqual(['keyReused']);
  });
});

describe('whose key it is', () => {
  it('does not let one person’s key swallow another person’s action', async () => {
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');
    // Two clients that number their actions the same way: both send "1".
    await applied(storage, waiting.id, approve, people.cardholder, { idempotencyKey: '1' });

    const posting = await storage.opportunities.apply(
      waiting.id,
      { kind: 'approvePosting', comment: 'Guardrails met' },
      actor(people.procurement),
      { idempotencyKey: '1' },
    );

    expect(posting.kind).toBe('applied');
    expect((await storage.opportunities.get(waiting.id))!.state).toBe('posted');
  });
});

describe('creating with an idempotency key', () => {
  it('gives one opportunity when the same key is sent twice', async () => {
    const author = actor(people.author);
    const first = await storage.opportunities.create(author, completeFields(), {
      idempotencyKey: 'new-draft',
    });
    const second = await storage.opportunities.create(author, completeFields(), {
      idempotencyKey: 'new-draft',
    });

    expect(first.kind).toBe('applied');
    if (first.kind !== 'applied') return;
    expect(second).toEqual({ kind: 'replayed', record: first.record });
    expect((await listAll(storage, { kind: 'all' })).ids).toEqual([first.record.id]);
    expect(await storage.opportunities.events(first.record.id)).toHaveLength(1);

    // The replay did not use up a number: the next opportunity follows on.
    const next = await storage.opportunities.create(author, completeFields());
    expect(next.kind === 'applied' && next.record.id).toBe('MA-2029-0002');
  });

  it('gives one opportunity when the same key is sent twice at once', async () => {
    const author = actor(people.author);
    const outcomes = await Promise.allSettled(
      [0, 1].map(() =>
        storage.opportunities.create(author, completeFields(), { idempotencyKey: 'raced' }),
      ),
    );

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
    const kinds = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.kind : 'threw'));
    expect(kinds.sort()).toEqual(['applied', 'replayed']);
    const { ids } = await listAll(storage, { kind: 'all' });
    expect(ids).toHaveLength(1);
  });

  it('does not use up numbers when the same key races', async () => {
    const author = actor(people.author);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        storage.opportunities.create(author, completeFields(), { idempotencyKey: 'raced' }),
      ),
    );
    const next = await storage.opportunities.create(author, completeFields());
    expect(next.kind === 'applied' && next.record.id).toBe('MA-2029-0002');
  });

  it('scopes the key to the person: two authors with the same key get two drafts', async () => {
    const mine = await storage.opportunities.create(actor(people.author), completeFields(), {
      idempotencyKey: 'draft-1',
    });
    const theirs = await storage.opportunities.create(actor(people.allRoles), completeFields(), {
      idempotencyKey: 'draft-1',
    });
    expect([mine.kind, theirs.kind]).toEqual(['applied', 'applied']);
    expect((await listAll(storage, { kind: 'all' })).ids.sort()).toEqual([
      'MA-2029-0001',
      'MA-2029-0002',
    ]);
  });
});
