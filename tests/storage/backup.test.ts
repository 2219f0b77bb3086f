import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup } from '../../storage/backup/backup';
import { folderPlace, type BackupPlace } from '../../storage/backup/places';
import { restore, RestoreRefused } from '../../storage/backup/restore';
import { verifyAudit } from '../../storage/verifyAudit';
import { keysFile, manifestFile, rowsFile } from '../../storage/backup/format';
import { tableNames, type Tables } from '../../storage/connection';
import { contentOf, emptyStorage } from '../support/backupRows';
import { openStorage, type Storage } from '../../storage/storage';
import { beforeClosing, people } from '../support/builders';
import { testStorage } from '../support/storage';
import {
  anApplication,
  anOpportunityIn,
  applied,
  fixedClock,
  listAll,
} from '../support/storageHelpers';

/** The server's stores over restored tables. */
function connectStore(tables: Tables): Promise<Storage> {
  return openStorage(
    { kind: 'connectionString', connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! },
    { tablePrefix: tables.names.people.slice(0, -'people'.length) },
  );
}

async function idsOf(storage: Storage): Promise<string[]> {
  const { ids } = await listAll(storage, { kind: 'all' });
  expect(ids.length).toBeGreaterThan(1);
  return ids;
}

/** A row of every type storage keeps, beside the server's own rows. */
const typedRow = {
  partitionKey: 'types',
  rowKey: 'every-type',
  text: 'Évaluation « ouverte »',
  whole: 42,
  fraction: 2.5,
  yes: true,
  big: { value: '9007199254740993', type: 'Int64' },
  when: { value: '2026-01-02T03:04:05.1234567Z', type: 'DateTime' },
  bytes: { value: Buffer.from([0, 1, 2, 254, 255]).toString('base64'), type: 'Binary' },
  id: { value: '11111111-2222-3333-4444-555555555555', type: 'Guid' },
};

async function aBusyStorage(): Promise<Storage> {
  const clock = fixedClock(beforeClosing);
  const storage = await testStorage({ clock: clock.read });
  const posted = await anOpportunityIn(storage, 'posted');
  await anApplication(storage, posted);
  await anOpportunityIn(storage, 'awaitingFunds');
  await storage.tables.clients.counters.createEntity(typedRow);
  return storage;
}

async function aFolder(): Promise<BackupPlace> {
  return folderPlace(await mkdtemp(join(tmpdir(), 'backup-')));
}

test('a full backup restored into empty storage gives back every row of every table, types included', async () => {
  const storage = await aBusyStorage();
  const place = await aFolder();
  const manifest = await backup(storage.tables, { place, tablePrefix: 'x' });
  expect(manifest.kind).toBe('full');
  expect(manifest.tables.opportunities!.rows.count).toBeGreaterThan(4);
  expect(manifest.tables.applicants!.rows.count).toBeGreaterThan(0);

  const target = emptyStorage();
  // Storage that only a backup has touched (its clock row) is empty.
  await target.clients.counters.createTable();
  await target.clients.counters.upsertEntity({ partitionKey: 'backup', rowKey: 'clock' });
  await restore(target, { place });
  const original = await contentOf(storage.tables);
  expect(await contentOf(target)).toEqual(original);
  const typed = await target.clients.counters.getEntity('types', 'every-type', {
    disableTypeConversion: true,
  });
  expect(typed.big).toEqual({ value: '9007199254740993', type: 'Int64' });
  expect(typed.when).toEqual({ value: '2026-01-02T03:04:05.1234567Z', type: 'DateTime' });
  expect(typed.bytes).toEqual(typedRow.bytes);
  expect(typed.id).toEqual(typedRow.id);
  // Every restored head equals its replayed events, and every chain holds.
  const audit = await verifyAudit(target.clients.opportunities);
  expect(audit).toMatchObject({ opportunities: 2, breaks: [] });
  expect(audit.events).toBeGreaterThan(4);
  // The restored records read as the originals through the store itself.
  const restored = await connectStore(target);
  for (const id of await idsOf(storage))
    expect(await restored.opportunities.get(id)).toEqual(await storage.opportunities.get(id));
});

test('restore refuses storage that holds rows, and writes nothing there', async () => {
  const storage = await aBusyStorage();
  const place = await aFolder();
  await backup(storage.tables, { place, tablePrefix: 'x' });
  const target = emptyStorage();
  await target.clients.people.createTable();
  await target.clients.people.createEntity({ partitionKey: 'someone', rowKey: 'head' });

  await expect(restore(target, { place })).rejects.toThrow(RestoreRefused);
  await expect(restore(target, { place })).rejects.toThrow(/people/);
  expect([...(await contentOf(target)).keys()]).toEqual(['people/someone/head']);

  await restore(target, { place, force: true });
  const original = await contentOf(storage.tables);
  const after = await contentOf(target);
  for (const [key, row] of original) expect(after.get(key)).toBe(row);
});

test('an incremental backup holds only the rows written since, and full + increment restore the latest state', async () => {
  const storage = await aBusyStorage();
  const place = await aFolder();
  const full = await backup(storage.tables, { place, tablePrefix: 'x', overlapMs: 0 });
  const before = await contentOf(storage.tables);

  const draft = await anOpportunityIn(storage, 'draft');
  await applied(storage, draft.id, { kind: 'submit' }, people.author);
  await storage.tables.clients.counters.deleteEntity('types', 'every-type');
  const after = await contentOf(storage.tables);
  const changed = [...after].filter(([key, row]) => before.get(key) !== row).map(([key]) => key);
  expect(changed.length).toBeGreaterThan(2);

  const increment = await backup(storage.tables, { place, tablePrefix: 'x', overlapMs: 0 });
  expect(increment).toMatchObject({ kind: 'incremental', base: full.id });
  const taken: string[] = [];
  for (const table of tableNames) {
    const text = await place.readText(`${increment.id}/${rowsFile(table)}`);
    for (const line of text!.split('\n').filter(Boolean)) {
      const row = JSON.parse(line) as { partitionKey: string; rowKey: string };
      taken.push(`${table}/${row.partitionKey}/${row.rowKey}`);
    }
  }
  expect(taken.sort()).toEqual(changed.sort());
  const keys = await place.readText(`${increment.id}/${keysFile('counters')}`);
  expect(keys).not.toContain('every-type');

  const target = emptyStorage();
  const chain = await restore(target, { place });
  expect(chain.map((m) => m.id)).toEqual([increment.id, full.id]);
  expect(await contentOf(target)).toEqual(after);
  // Restoring to the full backup alone gives the earlier state.
  const earlier = emptyStorage();
  await restore(earlier, { place, backup: full.id });
  expect(await contentOf(earlier)).toEqual(before);
});

test('a backup without its manifest is incomplete: the next backup does not add to it and restore skips it', async () => {
  const storage = await aBusyStorage();
  const dir = await mkdtemp(join(tmpdir(), 'backup-'));
  const place = folderPlace(dir);
  const full = await backup(storage.tables, { place, tablePrefix: 'x' });
  // A later backup that stopped before its manifest (a crash mid-way).
  await mkdir(join(dir, '9999-01-01T00-00-00-000Z-full'));
  await writeFile(join(dir, '9999-01-01T00-00-00-000Z-full', rowsFile('people')), '{"partial');

  const next = await backup(storage.tables, { place, tablePrefix: 'x' });
  expect(next.base).toBe(full.id);
  const target = emptyStorage();
  expect((await restore(target, { place })).map((m) => m.id)).toEqual([next.id, full.id]);
});

test('a file changed after the backup is named by the manifest hash, and nothing is restored', async () => {
  const storage = await aBusyStorage();
  const dir = await mkdtemp(join(tmpdir(), 'backup-'));
  const place = folderPlace(dir);
  const manifest = await backup(storage.tables, { place, tablePrefix: 'x' });
  const file = join(dir, manifest.id, rowsFile('opportunities'));
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('"state":"posted"', '"state":"drafts"'));
  expect(await readFile(file, 'utf8')).not.toBe(text);

  const target = emptyStorage();
  await expect(restore(target, { place })).rejects.toThrow(
    `${manifest.id}/opportunities.jsonl does not match its manifest (sha256)`,
  );
  expect((await contentOf(target)).size).toBe(0);
});

test('a backup made before a table was added restores that table empty', async () => {
  const storage = await aBusyStorage();
  const dir = await mkdtemp(join(tmpdir(), 'backup-'));
  const manifest = await backup(storage.tables, { place: folderPlace(dir), tablePrefix: 'x' });
  // As a backup made before subscriptions existed: no `subscribers` in its manifest.
  const path = join(dir, manifest.id, manifestFile);
  const old = JSON.parse(await readFile(path, 'utf8')) as { tables: Record<string, unknown> };
  delete old.tables.subscribers;
  await writeFile(path, JSON.stringify(old));

  const target = emptyStorage();
  await restore(target, { place: folderPlace(dir) });
  const restored = await contentOf(target);
  expect(restored).toEqual(await contentOf(storage.tables));
  const rows: unknown[] = [];
  for await (const row of target.clients.subscribers.listEntities()) rows.push(row);
  expect(rows).toEqual([]);
});
