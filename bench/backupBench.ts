import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableEntity, TransactionAction } from '@azure/data-tables';
import { actorFromPerson, type Person } from '../domain/people';
import { startAzurite } from '../storage/azurite';
import { backup } from '../storage/backup/backup';
import { folderPlace } from '../storage/backup/places';
import { restore } from '../storage/backup/restore';
import { connect, tableNames, type Tables } from '../storage/connection';
import { openStorage } from '../storage/storage';
import { withoutMetadata } from './intentBench';
import { timed } from './stats';

const opportunities = Number(process.env.BENCH_OPPORTUNITIES ?? 10_000);
const eventsEach = 10;
const author: Person = {
  id: 'bench-author',
  name: 'Bench Author',
  email: 'a@example.gc.ca',
  roles: ['client'],
  locale: 'en',
};

/** Runs `work` on every item, `width` at a time. */
export async function eachAtOnce<T>(
  items: T[],
  width: number,
  work: (item: T) => Promise<unknown>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Every row of every table read and counted, nothing written: the floor under a backup. */
async function bareListing(tables: Tables): Promise<number> {
  let rows = 0;
  for (const name of tableNames)
    for await (const page of tables.clients[name]
      .listEntities({ disableTypeConversion: true })
      .byPage({ maxPageSize: 1_000 }))
      rows += page.length;
  return rows;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000))} rows/s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Backup and restore of 10,000 opportunities with 100,000 events (a real head row and real
 * event rows, made through the store and copied to each opportunity's partition), against a bare
 * listing of the same tables in the same run.
 */
export async function backupBench(): Promise<void> {
  const azurite = await startAzurite();
  const dir = await mkdtemp(join(tmpdir(), 'backup-bench-'));
  try {
    const target = {
      kind: 'connectionString' as const,
      connectionString: azurite.connectionString,
    };
    const storage = await openStorage(target);
    // Batch work, as the scripts connect: Azurite slows down as a table grows past 100,000 rows.
    const tables = connect(target, '', 120_000);
    await storage.people.put(author);
    const actor = actorFromPerson(author);
    const created = await storage.opportunities.create(actor, {
      titleEn: 'Benchmark',
      titleFr: 'Banc d’essai',
      summaryEn: 'x'.repeat(400),
      summaryFr: 'y'.repeat(400),
    });
    if (created.kind !== 'applied') throw new Error(`create: ${created.kind}`);
    const sample = created.record.id;
    for (let i = 1; i < eventsEach; i++) {
      const outcome = await storage.opportunities.apply(
        sample,
        { kind: 'editDraft', changes: { titleEn: `Benchmark ${i}` } },
        actor,
      );
      if (outcome.kind !== 'applied') throw new Error(`apply: ${outcome.kind}`);
    }
    const table = tables.clients.opportunities;
    const rows: TableEntity<Record<string, unknown>>[] = [];
    for await (const row of table.listEntities({
      queryOptions: { filter: `PartitionKey eq '${sample}'` },
    }))
      rows.push(withoutMetadata(row));
    const ids = Array.from(
      { length: opportunities - 1 },
      (_, i) => `MA-2020-${String(i).padStart(5, '0')}`,
    );
    let seeded = 0;
    const seeding = await timed(() =>
      eachAtOnce(ids, 8, async (id) => {
        await table.submitTransaction(
          rows.map((row): TransactionAction => ['create', { ...row, partitionKey: id }]),
        );
        if (++seeded % 1_000 === 0) console.log(`  seeded ${seeded} opportunities…`);
      }),
    );

    let listed = 0;
    const listing = await timed(async () => (listed = await bareListing(tables)));
    const place = folderPlace(dir);
    let bytes = 0;
    const full = await timed(async () => {
      const manifest = await backup(tables, { place, tablePrefix: '' });
      bytes = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows.bytes, 0);
    });
    let changed = 0;
    const incremental = await timed(async () => {
      const manifest = await backup(tables, { place, tablePrefix: '', overlapMs: 0 });
      changed = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows.count, 0);
    });
    const fresh = connect(target, 'restored', 120_000);
    const restoring = await timed(() => restore(fresh, { place }));
    const restored = await bareListing(fresh);
    if (restored !== listed) throw new Error(`restored ${restored} rows of ${listed}`);

    console.log(
      `\n## Backup and restore: ${opportunities} opportunities, ${opportunities * eventsEach} events (Azurite in memory, folder on local disk)`,
    );
    console.log(`seeded ${listed} rows in ${seconds(seeding)}`);
    console.log(
      `bare listing of every table     ${seconds(listing)}  ${perSecond(listed, listing)}`,
    );
    console.log(
      `full backup                     ${seconds(full)}  ${perSecond(listed, full)}  ${megabytes(bytes)}  backup/listing ${(full / listing).toFixed(2)}`,
    );
    console.log(
      `incremental, nothing changed    ${seconds(incremental)}  ${changed} rows taken  incremental/listing ${(incremental / listing).toFixed(2)}`,
    );
    console.log(
      `restore (check + write)         ${seconds(restoring)}  ${perSecond(listed, restoring)}  restore/listing ${(restoring / listing).toFixed(2)}`,
    );
  } finally {
    await azurite.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
