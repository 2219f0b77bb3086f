import type { TableEntity } from '@azure/data-tables';
import { actorFromPerson, type Person } from '../domain/people';
import { startAzurite } from '../storage/azurite';
import { openStorage } from '../storage/storage';
import { ms, summary, timed } from './stats';

const author: Person = {
  id: 'bench-author',
  name: 'Bench Author',
  email: 'a@example.gc.ca',
  roles: ['client'],
  locale: 'en',
};
const iterations = 600;

/** The row's own properties, without what the service adds when it is read. */
export function withoutMetadata(entity: object): TableEntity<Record<string, unknown>> {
  const row: Record<string, unknown> = { ...entity };
  delete row.etag;
  delete row.timestamp;
  return row as TableEntity<Record<string, unknown>>;
}

const warmup = 60;

/**
 * One intent through the store (read the head, decide, one transaction of head + event) against
 * the storage work it cannot avoid: a getEntity and a submitTransaction of the same two rows,
 * written straight with the SDK. Measured alternately in one run against one Azurite.
 */
export async function intentBench(): Promise<void> {
  const azurite = await startAzurite();
  try {
    const storage = await openStorage({
      kind: 'connectionString',
      connectionString: azurite.connectionString,
    });
    await storage.people.put(author);
    const actor = actorFromPerson(author);
    const table = storage.tables.clients.opportunities;

    const create = async () => {
      const created = await storage.opportunities.create(actor, {
        titleEn: 'Benchmark',
        summaryEn: 'x'.repeat(400),
      });
      if (created.kind !== 'applied') throw new Error(`create: ${created.kind}`);
      return created.record.id;
    };
    const throughStore: string[] = [];
    const bare: string[] = [];
    for (let i = 0; i < 50; i++) {
      throughStore.push(await create());
      bare.push(await create());
    }
    // Same-shaped rows for the bare path: the head as stored, and a real event row.
    const sampleEvent = await table.getEntity<Record<string, unknown>>(
      bare[0]!,
      'event-0000000001',
    );
    const bareVersions = new Map(bare.map((id) => [id, 1]));

    const viaStore = async (i: number) => {
      const id = throughStore[i % throughStore.length]!;
      const outcome = await storage.opportunities.apply(
        id,
        { kind: 'editDraft', changes: { titleEn: `Benchmark ${i}` } },
        actor,
      );
      if (outcome.kind !== 'applied') throw new Error(`apply: ${outcome.kind}`);
    };
    const viaSdk = async (i: number) => {
      const id = bare[i % bare.length]!;
      const head = await table.getEntity<Record<string, unknown>>(id, 'head');
      const version = bareVersions.get(id)! + 1;
      bareVersions.set(id, version);
      const etag = head.etag;
      const headRow = withoutMetadata(head);
      const eventRow = withoutMetadata(sampleEvent);
      await table.submitTransaction([
        ['update', { ...headRow, version }, 'Replace', { etag }],
        [
          'create',
          {
            ...eventRow,
            partitionKey: id,
            rowKey: `event-${String(version).padStart(10, '0')}`,
            version,
          },
        ],
      ]);
    };

    const store: number[] = [];
    const sdk: number[] = [];
    for (let i = 0; i < warmup + iterations; i++) {
      const a = await timed(() => viaStore(i));
      const b = await timed(() => viaSdk(i));
      if (i >= warmup) {
        store.push(a);
        sdk.push(b);
      }
    }
    const s = summary(store);
    const b = summary(sdk);
    console.log(
      `\n## Workflow core: one intent vs the bare storage work (${iterations} each, alternated, Azurite in memory)`,
    );
    console.log(`intent (read + decide + transaction)   p50 ${ms(s.p50)}  p95 ${ms(s.p95)}`);
    console.log(`bare getEntity + submitTransaction     p50 ${ms(b.p50)}  p95 ${ms(b.p95)}`);
    console.log(
      `intent/bare ratio  p50 ${(s.p50 / b.p50).toFixed(2)}  p95 ${(s.p95 / b.p95).toFixed(2)}  (target ≤ 1.3)`,
    );
  } finally {
    await azurite.stop();
  }
}
