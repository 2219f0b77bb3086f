import type { Storage } from '../../storage/storage';
import { actor, beforeClosing, completeFields, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anOpportunityIn, fixedClock, listAll } from '../support/storageHelpers';

describe('unknown and malformed ids', () => {
  let storage: Storage;
  let existing: string;
  beforeAll(async () => {
    storage = await testStorage({ clock: () => beforeClosing });
    existing = (await anOpportunityIn(storage, 'draft')).id;
  });

  it.each([
    ['an unknown number', 'MA-2029-9999'],
    ['a path', 'x/../y'],
    ['a path to a real one', `x/../${'MA-2029-0001'}`],
    ['a real one with a newline', 'MA-2029-0001\n'],
    ['a real one in lower case', 'ma-2029-0001'],
    ['a real one with a NUL', 'MA-2029-0001\u0000'],
    ['an OData quote', "MA-2029-0001' or RowKey ne '"],
    ['the empty string', ''],
    ['5,000 characters', 'MA-2029-'.padEnd(5_000, '0')],
  ])('%s is not found, by any entry point', async (_, id) => {
    expect(existing).toBe('MA-2029-0001');
    expect(await storage.opportunities.get(id)).toBeNull();
    expect(await storage.opportunities.events(id)).toEqual([]);
    expect(await storage.opportunities.refusals(id)).toEqual([]);
    const outcome = await storage.opportunities.apply(
      id,
      { kind: 'editDraft', changes: { titleEn: 'hijacked' } },
      actor(people.author),
    );
    expect(outcome).toEqual({ kind: 'notFound', id });
    expect((await storage.opportunities.get(existing))!.fields.titleEn).not.toBe('hijacked');
  });
});

describe('opportunity numbers', () => {
  it('are unique and follow on under 10 concurrent creations', async () => {
    const storage = await testStorage({ clock: () => beforeClosing });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        storage.opportunities.create(actor(people.author), completeFields({ titleEn: `No. ${n}` })),
      ),
    );
    const ids = outcomes.map((o) => (o.kind === 'applied' ? o.record.id : o.kind));
    expect([...ids].sort()).toEqual(
      Array.from({ length: 10 }, (_, n) => `MA-2029-${String(n + 1).padStart(4, '0')}`),
    );
    // Each number holds the draft that got it.
    for (const outcome of outcomes) {
      if (outcome.kind !== 'applied') continue;
      expect((await storage.opportunities.get(outcome.record.id))!.fields.titleEn).toBe(
        outcome.record.fields.titleEn,
      );
    }
  });

  it('restart at 1 each year, the year being Eastern time', async () => {
    const clock = fixedClock(new Date('2029-06-01T12:00:00.000Z'));
    const storage = await testStorage({ clock: clock.read });
    const create = async () => {
      const outcome = await storage.opportunities.create(actor(people.author), completeFields());
      return outcome.kind === 'applied' ? outcome.record.id : outcome.kind;
    };

    expect(await create()).toBe('MA-2029-0001');
    expect(await create()).toBe('MA-2029-0002');
    clock.now = new Date('2030-01-01T04:59:59.000Z'); // 23:59:59 on 31 December in Ottawa
    expect(await create()).toBe('MA-2029-0003');
    clock.now = new Date('2030-01-01T05:00:00.000Z');
    expect(await create()).toBe('MA-2030-0001');
    expect(await create()).toBe('MA-2030-0002');
    clock.now = new Date('2029-12-31T12:00:00.000Z'); // a server with a late clock
    expect(await create()).toBe('MA-2029-0004');
    expect((await listAll(storage, { kind: 'all' })).ids).toHaveLength(6);
  });

  it('are not used up by a refused creation', async () => {
    const storage = await testStorage({ clock: () => beforeClosing });
    const refused = await storage.opportunities.create(actor(people.outsider), completeFields());
    expect(refused).toEqual({
      kind: 'refused',
      refusal: { kind: 'forbidden', intent: 'create', reason: 'missingRole', role: 'client' },
    });
    const created = await storage.opportunities.create(actor(people.author), completeFields());
    expect(created.kind === 'applied' && created.record.id).toBe('MA-2029-0001');
  });
});
