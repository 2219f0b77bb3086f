import { backup } from '../../storage/backup/backup';
import { containerPlace, placeOf } from '../../storage/backup/places';
import { restore } from '../../storage/backup/restore';
import { rowsFile } from '../../storage/backup/format';
import { people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anOpportunityIn, applied } from '../support/storageHelpers';
import { startBlobService, type RunningBlobService } from '../site/support/azuriteBlob';
import { contentOf, emptyStorage } from '../support/backupRows';

let blobs: RunningBlobService;
beforeAll(async () => {
  blobs = await startBlobService();
});
afterAll(() => blobs.stop());

test('backups go into a blob container and come back from it, full and incremental', async () => {
  const storage = await testStorage();
  const container = blobs.container('backups');
  const place = containerPlace(container.url, container);
  const record = await anOpportunityIn(storage, 'awaitingFunds');
  const full = await backup(storage.tables, { place, tablePrefix: 'x', overlapMs: 0 });
  await applied(
    storage,
    record.id,
    { kind: 'approveFunds', comment: 'Funds reserved' },
    people.cardholder,
  );
  const increment = await backup(storage.tables, { place, tablePrefix: 'x', overlapMs: 0 });
  expect(increment.base).toBe(full.id);
  expect(increment.tables.opportunities!.rows.count).toBe(2);

  const names: string[] = [];
  for await (const blob of container.listBlobsFlat()) names.push(blob.name);
  expect(names).toContain(`${increment.id}/manifest.json`);

  const target = emptyStorage();
  await restore(target, { place });
  expect(await contentOf(target)).toEqual(await contentOf(storage.tables));
});

test('a blob changed after the backup is refused', async () => {
  const storage = await testStorage();
  const container = blobs.container('tampered');
  const place = containerPlace(container.url, container);
  await anOpportunityIn(storage, 'draft');
  const manifest = await backup(storage.tables, { place, tablePrefix: 'x' });
  const blob = container.getBlockBlobClient(`${manifest.id}/${rowsFile('people')}`);
  const text = (await blob.downloadToBuffer()).toString('utf8');
  await blob.upload(text.replace('client', 'admin'), Buffer.byteLength(text));

  await expect(restore(emptyStorage(), { place })).rejects.toThrow(
    `${manifest.id}/people.jsonl does not match its manifest`,
  );
});

test('a loopback http address is Azurite’s blob service; anything else not https is a folder', () => {
  expect(placeOf('http://127.0.0.1:10000/devstoreaccount1/backups').description).toBe(
    'http://127.0.0.1:10000/devstoreaccount1/backups',
  );
  expect(placeOf('https://acct.blob.core.windows.net/backups').description).toBe(
    'https://acct.blob.core.windows.net/backups',
  );
  expect(placeOf('backups').description).toMatch(/\/backups$/);
});
