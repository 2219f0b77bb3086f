import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { odata, TableClient } from '@azure/data-tables';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { backup } from '../../storage/backup/backup';
import { folderPlace } from '../../storage/backup/places';
import { restore } from '../../storage/backup/restore';
import { encodeKey } from '../../storage/keys';
import { ListIndex, type RunLater } from '../../storage/listIndex';
import { indexPartition, type IndexKind } from '../../storage/listIndexRows';
import { headEntity } from '../../storage/opportunityEntities';
import type { ListQuery } from '../../storage/opportunityQueries';
import { openStorage, type Storage } from '../../storage/storage';
import { emptyStorage } from '../support/backupRows';
import { aPerson, beforeClosing, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { aDraft, anOpportunityIn, applied, listAll } from '../support/storageHelpers';

const { author, cardholder, procurement } = people;
/** Stands in for the cardholder: their delegate. */
const deputy = aPerson({ id: 'deputy', roles: ['client'] });

/** The work the server runs after its answer, held until the test lets it run. */
function heldWork() {
  const held: Array<() => Promise<void>> = [];
  const runLater: RunLater = (_name, task) => void held.push(task);
  return {
    runLater,
    held,
    async runAll(): Promise<void> {
      while (held.length) await Promise.all(held.splice(0).map((task) => task()));
    },
  };
}

async function ids(storage: Storage, query: ListQuery): Promise<string[]> {
  return (await listAll(storage, query, 2)).ids;
}

/** The index rows of one partition: opportunity id and the version they were written for. */
async function indexRows(
  storage: Storage,
  kind: IndexKind,
  value: string,
): Promise<Array<[string, number]>> {
  const partitionKey = indexPartition(kind, value);
  const rows: Array<[string, number]> = [];
  for await (const row of storage.tables.clients.listindex.listEntities<{ version: number }>({
    queryOptions: { filter: odata`PartitionKey eq ${partitionKey}` },
  }))
    rows.push([String(row.rowKey), row.version]);
  return rows;
}

describe('lists by person read the list index', () => {
  it('a change is on its lists at once, before the work after the answer has run', async () => {
    const work = heldWork();
    const storage = await testStorage({ clock: () => beforeClosing, runLater: work.runLater });
    const draft = await aDraft(storage, { fields: { cardholderId: cardholder.id } });
    expect(work.held.length).toBeGreaterThan(0);
    expect(await ids(storage, { kind: 'author', personId: author.id })).toEqual([draft.id]);
    expect(await ids(storage, { kind: 'awaiting', person: author })).toEqual([draft.id]);
    expect(await ids(storage, { kind: 'cardholder', personId: cardholder.id })).toEqual([draft.id]);

    await applied(storage, draft.id, { kind: 'submit' }, author);
    expect(await ids(storage, { kind: 'awaiting', person: author })).toEqual([]);
    expect(await ids(storage, { kind: 'awaiting', person: cardholder })).toEqual([draft.id]);
    const asDeputy: ListQuery = { kind: 'awaiting', person: deputy, principals: [cardholder.id] };
    expect(await ids(storage, asDeputy)).toEqual([draft.id]);
    expect(await ids(storage, { kind: 'awaiting', person: deputy })).toEqual([]);

    await applied(storage, draft.id, { kind: 'approveFunds', comment: 'Reserved' }, cardholder);
    expect(await ids(storage, { kind: 'awaiting', person: cardholder })).toEqual([]);
    expect(await ids(storage, asDeputy)).toEqual([]);
    expect(await ids(storage, { kind: 'awaiting', person: procurement })).toEqual([draft.id]);
    expect(await ids(storage, { kind: 'author', personId: author.id })).toEqual([draft.id]);

    const key = encodeKey(draft.id);
    expect(await indexRows(storage, 'awaitingRole', 'procurement')).toEqual([[key, 3]]);
    // Still its author's: the row written at creation stays as it was.
    expect(await indexRows(storage, 'author', author.id)).toEqual([[key, 1]]);
  });

  it('merges partitions in id order, page by page, each opportunity once', async () => {
    const deputyFor = aPerson({ id: 'also-cardholder', roles: ['cardholder'] });
    const storage = await testStorage({
      clock: () => beforeClosing,
      seed: [...Object.values(people), deputyFor],
    });
    const made = [
      await anOpportunityIn(storage, 'awaitingFunds', { cardholder: deputyFor }),
      await anOpportunityIn(storage, 'awaitingProcurement'),
      await anOpportunityIn(storage, 'awaitingFunds'),
      await anOpportunityIn(storage, 'awaitingFunds', { cardholder: deputyFor }),
    ];
    const officer = { ...procurement, roles: [...procurement.roles, 'cardholder' as const] };
    const query: ListQuery = { kind: 'awaiting', person: officer, principals: [deputyFor.id] };
    for (const size of [1, 2, 3, 100])
      expect((await listAll(storage, query, size)).ids).toEqual([
        made[0]!.id,
        made[1]!.id,
        made[3]!.id,
      ]);
  });

  it('drops a row whose head has moved on, and removes it after the answer', async () => {
    const work = heldWork();
    const storage = await testStorage({ clock: () => beforeClosing, runLater: work.runLater });
    const waiting = await anOpportunityIn(storage, 'awaitingFunds');
    await work.runAll();
    await applied(storage, waiting.id, { kind: 'approveFunds', comment: 'Reserved' }, cardholder);
    await work.runAll();
    // The row of the step it left is left behind by the write: the next read cleans it.
    expect(await indexRows(storage, 'awaitingPerson', cardholder.id)).toEqual([
      [encodeKey(waiting.id), 2],
    ]);
    expect(await ids(storage, { kind: 'awaiting', person: cardholder })).toEqual([]);
    expect(work.held).toHaveLength(1);
    await work.runAll();
    expect(await indexRows(storage, 'awaitingPerson', cardholder.id)).toEqual([]);
    expect(await indexRows(storage, 'awaitingRole', 'procurement')).toEqual([
      [encodeKey(waiting.id), 3],
    ]);
  });

  it('a change writes only the rows of the lists it adds the opportunity to', async () => {
    const work = heldWork();
    const storage = await testStorage({ clock: () => beforeClosing, runLater: work.runLater });
    const draft = await aDraft(storage, { fields: { cardholderId: cardholder.id } });
    await work.runAll();
    const rows = async () => {
      const found = new Map<string, string>();
      for await (const row of storage.tables.clients.listindex.listEntities())
        if (row.partitionKey !== 'watermark')
          found.set(`${row.partitionKey}/${row.rowKey}`, row.etag);
      return found;
    };
    const created = await rows();
    expect(created.size).toBe(3);

    // An edit keeps the draft on the same lists: nothing is written.
    await applied(
      storage,
      draft.id,
      { kind: 'editDraft', changes: { titleEn: 'Renamed' } },
      author,
    );
    await work.runAll();
    expect(await rows()).toEqual(created);
    expect(await ids(storage, { kind: 'author', personId: author.id })).toEqual([draft.id]);

    // Submitting moves it from its author's inbox to its cardholder's: one row is added.
    await applied(storage, draft.id, { kind: 'submit' }, author);
    await work.runAll();
    const submitted = await rows();
    const added = [...submitted.keys()].filter((key) => !created.has(key));
    expect(added).toEqual([
      `${indexPartition('awaitingPerson', cardholder.id)}/${encodeKey(draft.id)}`,
    ]);
    for (const [key, etag] of created) expect(submitted.get(key)).toBe(etag);
    expect(await ids(storage, { kind: 'awaiting', person: cardholder })).toEqual([draft.id]);
    expect(await ids(storage, { kind: 'awaiting', person: author })).toEqual([]);
  });

  it('keeps a row that does not match a head no newer than itself', async () => {
    const work = heldWork();
    const storage = await testStorage({ clock: () => beforeClosing, runLater: work.runLater });
    const draft = await aDraft(storage);
    await work.runAll();
    const partitionKey = indexPartition('author', 'someone-else');
    for (const version of [1, 2]) {
      const rowKey = encodeKey(draft.id);
      await storage.tables.clients.listindex.upsertEntity({ partitionKey, rowKey, version });
      expect(await ids(storage, { kind: 'author', personId: 'someone-else' })).toEqual([]);
      await work.runAll();
      expect(await indexRows(storage, 'author', 'someone-else')).toEqual([[rowKey, version]]);
    }
  });

  it('does not scan the opportunities: a head stored beside the store is listed once repaired', async () => {
    const storage = await testStorage({ clock: () => beforeClosing });
    const draft = await aDraft(storage);
    const ghost = { ...draft, id: 'MA-2025-0042', authorId: 'ghost-author' };
    await storage.tables.clients.opportunities.createEntity(headEntity(ghost, []));
    const theirs: ListQuery = { kind: 'author', personId: 'ghost-author' };
    expect(await ids(storage, theirs)).toEqual([]);
    // The first start: no watermark yet, so every head is read.
    const report = await storage.listIndex.repair();
    expect(report).toMatchObject({ since: null, heads: 2 });
    expect(await ids(storage, theirs)).toEqual([ghost.id]);
    expect(await ids(storage, { kind: 'author', personId: author.id })).toEqual([draft.id]);
  });

  it('a change whose index write was lost is listed again after the repair at start', async () => {
    const storage = await testStorage({ clock: () => beforeClosing });
    await storage.listIndex.repair();
    const draft = await aDraft(storage, { fields: { cardholderId: cardholder.id } });
    await applied(storage, draft.id, { kind: 'submit' }, author);
    expect(await ids(storage, { kind: 'awaiting', person: cardholder })).toEqual([draft.id]);
    // As if the server stopped between the change and its index write.
    const index = storage.tables.clients.listindex;
    for (const [kind, value] of [
      ['author', author.id],
      ['cardholder', cardholder.id],
      ['awaitingPerson', cardholder.id],
    ] as const)
      await index.deleteEntity(indexPartition(kind, value), encodeKey(draft.id));
    expect(await ids(storage, { kind: 'awaiting', person: cardholder })).toEqual([]);

    const report = await storage.listIndex.repair();
    expect(report.since).toBeInstanceOf(Date);
    expect(report.heads).toBe(1);
    expect(await ids(storage, { kind: 'awaiting', person: cardholder })).toEqual([draft.id]);
    expect(await ids(storage, { kind: 'author', personId: author.id })).toEqual([draft.id]);
  });

  it('the repair reads only the heads stored since its watermark (less the overlap)', async () => {
    const storage = await testStorage({ clock: () => beforeClosing });
    await aDraft(storage);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await storage.tables.clients.listindex.upsertEntity({
      partitionKey: 'watermark',
      rowKey: 'heads',
      at: future,
    });
    expect(await storage.listIndex.repair()).toMatchObject({ heads: 0, rows: 0 });
  });

  it('a write storage did not answer is written by the next list', async () => {
    const work = heldWork();
    const storage = await testStorage({ clock: () => beforeClosing });
    const draft = await aDraft(storage);
    let failures = 1;
    const dropsTheFirst: PipelinePolicy = {
      name: 'dropsTheFirst',
      sendRequest: (request, next) => {
        if (failures-- > 0) throw Object.assign(new Error('reset'), { code: 'ECONNRESET' });
        return next(request);
      },
    };
    const flaky = TableClient.fromConnectionString(
      process.env.TEST_STORAGE_CONNECTION_STRING!,
      storage.tables.names.listindex,
      {
        allowInsecureConnection: true,
        retryOptions: { maxRetries: 0 },
        additionalPolicies: [{ policy: dropsTheFirst, position: 'perCall' }],
      },
    );
    const index = new ListIndex(flaky, storage.tables.clients.opportunities, work.runLater);
    const other = { ...draft, authorId: 'flaky-author' };
    index.changed(other);
    await expect(work.runAll()).rejects.toThrow('storage unavailable');
    const page = await index.page({ kind: 'author', personId: 'flaky-author' }, {});
    expect(page.items).toEqual([]); // its stored head names another author
    expect(await indexRows(storage, 'author', 'flaky-author')).toEqual([[encodeKey(draft.id), 1]]);
  });

  it('refuses a continuation token it did not give', async () => {
    const storage = await testStorage();
    await expect(
      storage.opportunities.list(
        { kind: 'author', personId: author.id },
        { continuationToken: 'not-ours' },
      ),
    ).rejects.toThrow('not a continuation token');
  });
});

describe('the list index and backups', () => {
  it('is not backed up; a restore empties it and the repair builds it from the heads', async () => {
    const storage = await testStorage({ clock: () => beforeClosing });
    const draft = await aDraft(storage);
    await storage.listIndex.repair();
    const place = folderPlace(await mkdtemp(join(tmpdir(), 'list-index-')));
    const made = await backup(storage.tables, { place, tablePrefix: 'x' });
    expect(Object.keys(made.tables)).not.toContain('listindex');

    const target = emptyStorage();
    await target.clients.listindex.createTable();
    await target.clients.listindex.upsertEntity({ partitionKey: 'stale', rowKey: 'row' });
    await restore(target, { place });
    const left = [];
    for await (const row of target.clients.listindex.listEntities()) left.push(row);
    expect(left).toEqual([]);

    const restored = await openStorage(
      { kind: 'connectionString', connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! },
      { tablePrefix: target.names.people.slice(0, -'people'.length) },
    );
    expect(await ids(restored, { kind: 'author', personId: author.id })).toEqual([]);
    expect(await restored.listIndex.repair()).toMatchObject({ since: null, heads: 1 });
    expect(await ids(restored, { kind: 'author', personId: author.id })).toEqual([draft.id]);
  });
});
