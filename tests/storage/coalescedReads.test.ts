import { coalescedReads } from '../../storage/coalescedReads';

/** A read the test finishes by hand, counting how many started and how many ran at once. */
function manualReads() {
  const started: Array<{ finish: () => void; fail: (e: Error) => void }> = [];
  let running = 0;
  let mostAtOnce = 0;
  let stored = 'v0';
  const read = () =>
    new Promise<string>((resolve, reject) => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      // What the read returns is what was stored when it began.
      const seen = stored;
      started.push({
        finish: () => {
          running--;
          resolve(seen);
        },
        fail: (e) => {
          running--;
          reject(e);
        },
      });
    });
  const nth = (n: number) => {
    const read = started[n];
    if (!read) throw new Error(`read ${n} has not started`);
    return read;
  };
  return {
    read,
    started,
    finish: (n: number) => nth(n).finish(),
    fail: (n: number, e: Error) => nth(n).fail(e),
    store: (v: string) => (stored = v),
    mostAtOnce: () => mostAtOnce,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('calls made before a read starts share it', async () => {
  const reads = manualReads();
  const next = coalescedReads(reads.read);
  const calls = [next(), next(), next()];
  await settle();
  expect(reads.started).toHaveLength(1);
  reads.finish(0);
  expect(await Promise.all(calls)).toEqual(['v0', 'v0', 'v0']);
});

test('calls made while a read runs join one read after it, which sees the change made meanwhile', async () => {
  const reads = manualReads();
  const next = coalescedReads(reads.read);
  const first = next();
  await settle();
  expect(reads.started).toHaveLength(1);

  // A change lands while the first read runs; calls made after it must see it.
  reads.store('v1');
  const later = [next(), next(), next()];
  await settle();
  // The later calls wait: reads never overlap.
  expect(reads.started).toHaveLength(1);

  reads.finish(0);
  expect(await first).toBe('v0');
  await settle();
  expect(reads.started).toHaveLength(2);
  reads.finish(1);
  expect(await Promise.all(later)).toEqual(['v1', 'v1', 'v1']);
  expect(reads.mostAtOnce()).toBe(1);

  // Once everything settled, a new call starts a new read.
  const again = next();
  await settle();
  expect(reads.started).toHaveLength(3);
  reads.finish(2);
  expect(await again).toBe('v1');
});

test('a failed read fails only its own callers; the next read runs', async () => {
  const reads = manualReads();
  const next = coalescedReads(reads.read);
  const failing = [next(), next()];
  await settle();
  const after = next();
  reads.fail(0, new Error('storage unavailable'));
  for (const call of failing) await expect(call).rejects.toThrow('storage unavailable');
  await settle();
  expect(reads.started).toHaveLength(2);
  reads.finish(1);
  expect(await after).toBe('v0');
});
