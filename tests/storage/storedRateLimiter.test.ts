import { StoredRateLimiter } from '../../storage/storedRateLimiter';
import { testStorage } from '../support/storage';
import { fixedClock } from '../support/storageHelpers';

const limit = { perMinute: 6, burst: 10 };

test('two limiters on one table, as on two servers, draw from one bucket per client', async () => {
  const storage = await testStorage();
  const counters = storage.tables.clients.counters;
  const clock = fixedClock(new Date('2030-01-15T15:00:00Z'));
  const servers = [0, 1].map(() => new StoredRateLimiter(counters, 'apply', limit, clock.read));
  const waits: number[] = [];
  for (let i = 0; i < 12; i++) waits.push(await servers[i % 2]!.take('203.0.113.7'));
  expect(waits.slice(0, 10)).toEqual(Array(10).fill(0));
  // 6 a minute: the next token in 10 s.
  expect(waits.slice(10)).toEqual([10, 10]);
  // Another client, and the same client on another endpoint, have buckets of their own.
  expect(await servers[0]!.take('2001:db8::1')).toBe(0);
  expect(
    await new StoredRateLimiter(counters, 'status', limit, clock.read).take('203.0.113.7'),
  ).toBe(0);

  clock.now = new Date(clock.now.getTime() + 10_000);
  expect(await servers[1]!.take('203.0.113.7')).toBe(0);
  expect(await servers[0]!.take('203.0.113.7')).toBe(10);
});

test('takes at the same moment on both never grant more than the bucket holds', async () => {
  const storage = await testStorage();
  const counters = storage.tables.clients.counters;
  // One moment for every take, however long a busy machine takes to run them: nothing refills.
  const clock = fixedClock(new Date('2030-01-15T15:00:00Z'));
  const servers = [0, 1].map(() => new StoredRateLimiter(counters, 'apply', limit, clock.read));
  const waits = await Promise.all(
    Array.from({ length: 24 }, (_, i) => servers[i % 2]!.take('198.51.100.4')),
  );
  const granted = waits.filter((w) => w === 0).length;
  expect(granted).toBeGreaterThanOrEqual(1);
  expect(granted).toBeLessThanOrEqual(limit.burst);
  // What the racing takes left is exact: the bucket was taken from once per grant.
  const row = await counters.getEntity<{ tokens: number }>('rateLimit-apply', '198.51.100.4');
  expect(Number(row.tokens)).toBeCloseTo(limit.burst - granted, 0);
});

test('a sweep deletes only the buckets that are full again', async () => {
  const storage = await testStorage();
  const counters = storage.tables.clients.counters;
  const clock = fixedClock(new Date('2030-01-15T15:00:00Z'));
  const limiter = new StoredRateLimiter(counters, 'apply', limit, clock.read);
  await limiter.take('192.0.2.1');
  // 10 tokens at 6 a minute: full again 100 s later.
  clock.now = new Date(clock.now.getTime() + 60_000);
  await limiter.take('192.0.2.2');
  clock.now = new Date(clock.now.getTime() + 41_000);
  expect(await limiter.sweep()).toBe(1);
  expect(await limiter.sweep()).toBe(0);
  const left = [];
  for await (const row of counters.listEntities({
    queryOptions: { filter: "PartitionKey eq 'rateLimit-apply'" },
  }))
    left.push(row.rowKey);
  expect(left).toEqual(['192.0.2.2']);
});
