import type { Opportunity } from '../../domain/opportunity';
import type { State } from '../../domain/states';
import { createApp, listen } from '../../server/app';
import { createDevSigner, createTabApi } from '../../server/api';
import { DashboardProjection } from '../../server/api/dashboardProjection';
import { syncOverlapMs } from '../../storage/changeCursor';
import { createLogger } from '../../runtime/logger';
import { chunkJson, unchunkJson } from '../../storage/entityLimits';
import { headRowKey } from '../../storage/keys';
import { headEntity, partitionKeyOf } from '../../storage/opportunityEntities';
import { openStorage, type Storage } from '../../storage/storage';
import { actor, anOpportunity, completeFields, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { startApiServer } from './apiServer';

const author = actor(people.author);
const cardholder = actor(people.cardholder);
const procurement = actor(people.procurement);

/** A draft submitted and funded: stages draft, awaitingFunds, awaitingProcurement. */
async function funded(storage: Storage): Promise<Opportunity> {
  const created = await storage.opportunities.create(author, completeFields());
  if (created.kind !== 'applied') throw new Error(`not created: ${created.kind}`);
  const id = created.record.id;
  await storage.opportunities.apply(id, { kind: 'submit' }, author);
  const outcome = await storage.opportunities.apply(
    id,
    { kind: 'approveFunds', comment: '' },
    cardholder,
  );
  if (outcome.kind !== 'applied') throw new Error(`not funded: ${outcome.kind}`);
  return outcome.record;
}

/**
 * Azurite stamps a row with the time its request began, finer than a millisecond, and a sync with
 * no overlap reads rows stamped at or after its own start, to the millisecond. A write answered in
 * the same millisecond as the next sync starts (or in the one before, once its stamp is rounded)
 * is read again; counts of rows read are exact only once the clock has passed it. Waits for that.
 */
async function clockPastLastWrite(): Promise<void> {
  const last = Date.now();
  while (Date.now() <= last + 1) await new Promise((resolve) => setImmediate(resolve));
}

/** The same tables seen through another server's storage (its own store, its own memory). */
async function anotherServer(storage: Storage): Promise<Storage> {
  const prefix = storage.tables.names.opportunities.slice(0, -'opportunities'.length);
  return openStorage(
    { kind: 'connectionString', connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! },
    { tablePrefix: prefix },
  );
}

/** The tab API of one server over `storage`, its dashboard's clock at `now`: GET /api/dashboard as the manager. */
async function serve(storage: Storage, now: Date) {
  const signer = await createDevSigner();
  const logger = createLogger('silent');
  const api = createTabApi({
    storage,
    logger,
    auth: signer.auth,
    mode: 'development',
    clock: () => now,
  });
  const server = await listen(
    createApp({ storage, logger, routes: api.routes, mounts: api.mounts }),
    '127.0.0.1',
    0,
  );
  return {
    close: server.close,
    async dashboard(query = ''): Promise<Record<string, unknown>> {
      const response = await fetch(`${server.url}/api/dashboard${query}`, {
        headers: { authorization: `Bearer ${await signer.sign(people.manager.id)}` },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    },
  };
}

/** Rewrites a head row as it was stored before the record kept its stages (and their columns). */
async function makeItOld(storage: Storage, id: string): Promise<void> {
  const table = storage.tables.clients.opportunities;
  const partitionKey = partitionKeyOf(id);
  const head = await table.getEntity<Record<string, unknown>>(partitionKey, headRowKey);
  const record: Partial<Opportunity> = unchunkJson<Opportunity>('record', head);
  delete record.stages;
  const old: Record<string, unknown> = { ...head };
  for (const column of ['stages', 'titleFr', 'paidOn', 'paidCents', 'etag', 'timestamp'])
    delete old[column];
  for (const column of Object.keys(old)) if (column.startsWith('record_')) delete old[column];
  await table.updateEntity(
    { ...old, ...chunkJson('record', record), partitionKey, rowKey: headRowKey },
    'Replace',
    { etag: head.etag },
  );
}

describe('the dashboard projection', () => {
  test('a change stored by another server shows in the next answer', async () => {
    const api = await startApiServer();
    try {
      const record = await funded(api.storage);
      const first = await api.call('GET', '/api/dashboard', { as: people.manager });
      expect(first.body.countsByState).toMatchObject({ awaitingProcurement: 1, posted: 0 });

      // Another instance posts it: this server's store is never told.
      const other = await anotherServer(api.storage);
      const posted = await other.opportunities.apply(
        record.id,
        { kind: 'approvePosting', comment: '' },
        procurement,
      );
      expect(posted.kind).toBe('applied');

      const second = await api.call('GET', '/api/dashboard', { as: people.manager });
      expect(second.body.countsByState).toMatchObject({ awaitingProcurement: 0, posted: 1 });
      const stages = second.body.stages as Array<{ state: State; count: number }>;
      expect(stages.find((s) => s.state === 'awaitingProcurement')?.count).toBe(1);
    } finally {
      await api.close();
    }
  });

  test('after the first sync, each reads only what storage wrote since the previous one began, less the overlap', async () => {
    const storage = await testStorage();
    const records = [];
    for (let i = 0; i < 4; i++) records.push(await funded(storage));
    const exact = new DashboardProjection(storage, 0);
    const overlapping = new DashboardProjection(storage);
    await clockPastLastWrite();
    expect(await exact.sync()).toBe(4);
    expect(await overlapping.sync()).toBe(4);

    const changed = records[1]!;
    await storage.opportunities.apply(
      changed.id,
      { kind: 'approvePosting', comment: '' },
      procurement,
    );
    await clockPastLastWrite();
    expect(await exact.sync()).toBe(1);
    const row = (await exact.current()).find((r) => r.id === changed.id);
    expect(row?.state).toBe('posted');
    expect(row?.passages.map((p) => p.state)).toEqual([
      'draft',
      'awaitingFunds',
      'awaitingProcurement',
    ]);
    expect(await exact.sync()).toBe(0);
    // Two minutes' overlap: everything written in the two minutes before the previous sync.
    expect(await overlapping.sync()).toBe(4);
    expect((await overlapping.current()).find((r) => r.id === changed.id)?.state).toBe('posted');
  });

  test('once the overlap has passed, a quiet system reads nothing', async () => {
    const storage = await testStorage();
    for (let i = 0; i < 3; i++) await funded(storage);
    let minutesLater = 0;
    const projection = new DashboardProjection(
      storage,
      syncOverlapMs,
      () => Date.now() + minutesLater * 60_000,
    );
    expect(await projection.sync()).toBe(3);
    minutesLater = 3;
    // The previous sync began less than two minutes after the writes: they are read again.
    expect(await projection.sync()).toBe(3);
    // This one began three minutes after them.
    expect(await projection.sync()).toBe(0);
    expect(await projection.current()).toHaveLength(3);
  });

  test('calls at the same time share a sync that has not started', async () => {
    const storage = await testStorage();
    for (let i = 0; i < 3; i++) await funded(storage);
    const projection = new DashboardProjection(storage, 0);
    await clockPastLastWrite();
    // One read of every row for all three; a sync of their own would read nothing new.
    expect(await Promise.all([projection.sync(), projection.sync(), projection.sync()])).toEqual([
      3, 3, 3,
    ]);
    expect(await projection.sync()).toBe(0);
  });

  test('records stored before they kept their stages: figures from their events, stages stored at the next change', async () => {
    const now = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const storage = await testStorage();
    const fresh = await funded(storage);
    const old = await funded(storage);
    const one = await serve(storage, now);
    const expected = await one.dashboard('?thresholdDays=0');
    await one.close();
    expect(expected.total).toBe(2);

    await makeItOld(storage, old.id);
    const raw = await storage.tables.clients.opportunities.getEntity<Record<string, unknown>>(
      partitionKeyOf(old.id),
      headRowKey,
    );
    expect(raw.stages).toBeUndefined();
    expect(unchunkJson<Partial<Opportunity>>('record', raw).stages).toBeUndefined();

    // A server that has never seen it gives the figures it gave before the row was made old.
    const other = await anotherServer(storage);
    const two = await serve(other, now);
    try {
      expect(await two.dashboard('?thresholdDays=0')).toEqual(expected);

      // The store completes the record from its events, for reads and lists alike.
      expect((await other.opportunities.get(old.id))?.stages).toEqual(old.stages);
      const listed = await other.opportunities.list({ kind: 'all' });
      expect(listed.items.find((r) => r.id === old.id)?.stages).toEqual(old.stages);
      expect(listed.items.find((r) => r.id === fresh.id)?.stages).toEqual(fresh.stages);

      // The next change stores the whole trail on the head row.
      const posted = await other.opportunities.apply(
        old.id,
        { kind: 'approvePosting', comment: '' },
        procurement,
      );
      expect(posted.kind).toBe('applied');
      const written = await storage.tables.clients.opportunities.getEntity<Record<string, unknown>>(
        partitionKeyOf(old.id),
        headRowKey,
      );
      expect(
        (JSON.parse(String(written.stages)) as Array<[State, string]>).map(([s]) => s),
      ).toEqual(['draft', 'awaitingFunds', 'awaitingProcurement', 'posted']);
      expect((await two.dashboard()).countsByState).toMatchObject({
        awaitingProcurement: 1,
        posted: 1,
      });
    } finally {
      await two.close();
    }
  });

  test('a trail too long for one column is left to the record, and still counted', async () => {
    const storage = await testStorage();
    const at = (n: number) =>
      new Date(Date.parse('2026-05-01T12:00:00Z') + n * 60_000).toISOString();
    // Returned to its author 600 times: 1,201 stages, past a property's 32,767 characters.
    const stages = Array.from({ length: 1_201 }, (_, n) => ({
      state: (n % 2 ? 'awaitingFunds' : 'draft') as State,
      at: at(n),
    }));
    const record = anOpportunity({
      id: 'MA-2026-0099',
      version: 1_201,
      state: 'draft',
      stateSince: at(1_200),
      stages,
    });
    const head = headEntity(record, []);
    expect(head.stages).toBeUndefined();
    await storage.tables.clients.opportunities.createEntity(head);

    const rows = await new DashboardProjection(storage).current();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.passages).toHaveLength(1_200);
  });

  test('rows stored before the outcome columns: one past closing is read whole, the others need not be', async () => {
    const storage = await testStorage();
    const at = (n: number) =>
      new Date(Date.parse('2026-05-04T12:00:00Z') + n * 86_400_000).toISOString();
    const fields = completeFields();
    const passes = fields.evaluationCriteria.map(() => true);
    const awarded = anOpportunity({
      id: 'MA-2026-0101',
      version: 6,
      state: 'awarded',
      stateSince: at(9),
      stages: [
        { state: 'draft', at: at(0) },
        { state: 'awaitingFunds', at: at(0) },
        { state: 'awaitingProcurement', at: at(1) },
        { state: 'posted', at: at(2) },
        { state: 'evaluating', at: at(8) },
        { state: 'awarded', at: at(9) },
      ],
      closedAt: at(8),
      applications: ['A0000001', 'A0000002'],
      evaluations: { A0000001: passes, A0000002: passes.map(() => false) },
      awardedAt: at(9),
      award: {
        secret: '0'.repeat(64),
        seed: '1'.repeat(64),
        candidates: ['A0000001'],
        winner: 'A0000001',
        supplierName: 'Supplier',
        supplierKey: 'supplier-key',
        splitting: null,
        releaseReason: null,
      },
    });
    const waiting = anOpportunity({
      id: 'MA-2026-0102',
      state: 'awaitingFunds',
      stateSince: at(3),
    });
    for (const record of [awarded, waiting]) {
      const head: Record<string, unknown> = headEntity(record, []);
      for (const column of ['applicationCount', 'qualifiedCount', 'evaluationDone', 'winnerKey'])
        delete head[column];
      await storage.tables.clients.opportunities.createEntity(
        head as Parameters<typeof storage.tables.clients.opportunities.createEntity>[0],
      );
    }
    const rows = await new DashboardProjection(storage).current();
    const outcome = (id: string) => rows.find((r) => r.id === id)?.outcome;
    expect(outcome(awarded.id)).toEqual({
      applications: 2,
      qualified: 1,
      evaluationDone: true,
      winnerKey: 'supplier-key',
    });
    expect(outcome(waiting.id)).toEqual({
      applications: 0,
      qualified: 0,
      evaluationDone: false,
      winnerKey: null,
    });
  });
});
