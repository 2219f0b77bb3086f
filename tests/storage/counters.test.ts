import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { connect, ensureTables } from '../../storage/connection';
import { OpportunityNumbers } from '../../storage/counters';
import { withStorageBudget } from '../../storage/deadline';
import { StorageUnavailable } from '../../storage/errors';

/** A fresh counters table on the run's Azurite, and a count of the writes made to it. */
async function countersTable(): Promise<{
  table: TableClient;
  writes: () => number;
  reads: () => number;
}> {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
  const tables = connect(
    { kind: 'connectionString', connectionString },
    `t${randomBytes(5).toString('hex')}`,
  );
  await ensureTables(tables);
  const table = tables.clients.counters;
  let writes = 0;
  let reads = 0;
  for (const method of ['updateEntity', 'createEntity', 'getEntity'] as const) {
    const original = table[method].bind(table) as (...args: unknown[]) => Promise<unknown>;
    (table as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      if (method === 'getEntity') reads++;
      else writes++;
      return original(...args);
    };
  }
  return { table, writes: () => writes, reads: () => reads };
}

const now = new Date('2029-06-01T15:00:00Z');
const expected = (n: number) =>
  Array.from({ length: n }, (_, i) => `MA-2029-${String(i + 1).padStart(4, '0')}`);

test('two servers handing out numbers at once: every number once, none skipped', async () => {
  const { table } = await countersTable();
  const servers = [new OpportunityNumbers(table), new OpportunityNumbers(table)];
  const ids = await Promise.all(Array.from({ length: 80 }, (_, i) => servers[i % 2]!.next(now)));
  expect([...ids].sort()).toEqual(expected(80));
});

test('servers taking turns each notice the other took numbers: every number once, in order', async () => {
  const { table, reads } = await countersTable();
  const [a, b] = [new OpportunityNumbers(table), new OpportunityNumbers(table)];
  const ids: string[] = [];
  for (const server of [a, a, b, a, b, b, a]) ids.push(await server.next(now));
  expect(ids).toEqual(expected(7));
  // A server that wrote the row last takes its next numbers without reading it again.
  const before = reads();
  expect(await a.next(now)).toBe('MA-2029-0008');
  expect(await a.next(now)).toBe('MA-2029-0009');
  expect(reads() - before).toBe(0);
});

test('people creating at once on one server share a write of the counter', async () => {
  const { table, writes } = await countersTable();
  const numbers = new OpportunityNumbers(table);
  const ids = await Promise.all(Array.from({ length: 50 }, () => numbers.next(now)));
  expect([...ids].sort()).toEqual(expected(50));
  // The first request writes alone; the 49 that came meanwhile take theirs in the next write.
  expect(writes()).toBe(2);
  expect(await numbers.next(now)).toBe('MA-2029-0051');
});

test('the year is Eastern time’s: a new year starts again at 1', async () => {
  const { table } = await countersTable();
  const numbers = new OpportunityNumbers(table);
  const [late, early] = await Promise.all([
    numbers.next(new Date('2029-12-31T23:00:00Z')),
    // 00:30 UTC on January 1 is still December 31 in Ottawa.
    numbers.next(new Date('2030-01-01T00:30:00Z')),
  ]);
  expect([late, early]).toEqual(['MA-2029-0001', 'MA-2029-0002']);
  expect(await numbers.next(new Date('2030-01-01T06:00:00Z'))).toBe('MA-2030-0001');
});

/**
 * A reservation serves everyone waiting, so it must not run on the budget of the person whose
 * creation started it: once that person's time is spent (and they are told to try again), the
 * others still get their numbers. (Their number is skipped, as for any creation that fails.)
 */
test('one person giving up does not fail the others waiting for numbers', async () => {
  const { table } = await countersTable();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const read = table.getEntity.bind(table);
  (table as unknown as Record<string, unknown>).getEntity = async (
    ...args: Parameters<typeof read>
  ) => {
    await gate;
    return read(...args);
  };
  const numbers = new OpportunityNumbers(table);
  const first = withStorageBudget(20, () => numbers.next(now));
  const others = Promise.all([numbers.next(now), numbers.next(now)]);
  // Storage unavailable, as any storage failure is: a creation without a key is told "try again".
  await expect(first).rejects.toBeInstanceOf(StorageUnavailable);
  open();
  // The first reservation still lands (its number goes unused); the others follow it.
  expect((await others).sort()).toEqual(expected(3).slice(1));
});
