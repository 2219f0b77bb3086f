import type { TableClient } from '@azure/data-tables';
import type { AuditEvent } from '../../domain/events';
import { eventHash } from '../../storage/auditChain';
import { eventRowKey } from '../../storage/keys';
import { verifyAudit } from '../../storage/verifyAudit';
import type { Storage } from '../../storage/storage';
import { people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anOpportunityIn, applied } from '../support/storageHelpers';

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string };

async function rowOf(table: TableClient, id: string, rowKey: string): Promise<Row> {
  return without(await table.getEntity<Row>(id, rowKey), ['etag', 'timestamp']);
}

function without(row: Row, names: string[]): Row {
  const copy: Row = { ...row };
  for (const name of names) delete copy[name];
  return copy;
}

/** Rewrites a row straight in storage, as a bad script or a person with the account key could. */
async function rewrite(table: TableClient, row: Row): Promise<void> {
  await table.upsertEntity(row, 'Replace');
}

async function aPostedOpportunity(): Promise<{ storage: Storage; id: string; table: TableClient }> {
  const storage = await testStorage();
  const record = await anOpportunityIn(storage, 'posted');
  await anOpportunityIn(storage, 'draft');
  return { storage, id: record.id, table: storage.tables.clients.opportunities };
}

test('every event is chained to the one before, the head names the latest, and an untouched history verifies', async () => {
  const { storage, id, table } = await aPostedOpportunity();
  const [first, second] = [
    await rowOf(table, id, eventRowKey(1)),
    await rowOf(table, id, eventRowKey(2)),
  ];
  expect(first.prevHash).toBe('');
  expect(second.prevHash).toBe(first.hash);
  expect((await rowOf(table, id, 'head')).chainHead).toBe(
    (await rowOf(table, id, eventRowKey(4))).hash,
  );
  expect(await verifyAudit(storage.tables.clients.opportunities)).toEqual({
    opportunities: 2,
    events: 5,
    unchainedEvents: 0,
    breaks: [],
  });
});

test('an event changed in storage is named', async () => {
  const { id, table } = await aPostedOpportunity();
  const row = await rowOf(table, id, eventRowKey(3));
  expect(row.event_0).toContain('Funds reserved');
  await rewrite(table, {
    ...row,
    event_0: String(row.event_0).replace('Funds reserved', 'Funds found'),
  });
  expect((await verifyAudit(table)).breaks).toEqual([
    {
      opportunityId: id,
      version: 3,
      problem: 'its content does not match its hash: the event was changed',
    },
  ]);
});

test('an event changed with its hash recomputed still breaks the chain at the next event', async () => {
  const { id, table } = await aPostedOpportunity();
  const row = await rowOf(table, id, eventRowKey(3));
  const changed = String(row.event_0).replace('Funds reserved', 'Funds found');
  // Whoever rewrites an event may also rewrite its own hash: the next event still names the old one.
  const hash = eventHash(String(row.prevHash), JSON.parse(changed) as AuditEvent);
  await rewrite(table, { ...row, event_0: changed, hash });
  expect((await verifyAudit(table)).breaks).toEqual([
    { opportunityId: id, version: 4, problem: 'it does not follow event 3 (prevHash)' },
  ]);
});

test('a deleted event is named', async () => {
  const { id, table } = await aPostedOpportunity();
  await table.deleteEntity(id, eventRowKey(2));
  expect((await verifyAudit(table)).breaks).toEqual([
    { opportunityId: id, version: 2, problem: 'event 2 is missing' },
  ]);
});

test('two swapped events are named at the first of them', async () => {
  const { id, table } = await aPostedOpportunity();
  const [two, three] = [
    await rowOf(table, id, eventRowKey(2)),
    await rowOf(table, id, eventRowKey(3)),
  ];
  await rewrite(table, { ...three, rowKey: two.rowKey });
  await rewrite(table, { ...two, rowKey: three.rowKey });
  expect((await verifyAudit(table)).breaks).toEqual([
    { opportunityId: id, version: 2, problem: `the row holds event 3 of ${id}` },
  ]);
});

test('a head row changed in storage is named: it no longer equals its replayed events', async () => {
  const { id, table } = await aPostedOpportunity();
  const head = await rowOf(table, id, 'head');
  const text = String(head.record_0);
  expect(text).toContain('"state":"posted"');
  await rewrite(table, { ...head, record_0: text.replace('"state":"posted"', '"state":"paid"') });
  expect((await verifyAudit(table)).breaks).toEqual([
    { opportunityId: id, problem: 'the head differs from its replayed events' },
  ]);
});

test('records written before the chain are chained from their next change, not rewritten', async () => {
  const { storage, id, table } = await aPostedOpportunity();
  // As stored before this change: no chain columns on the head or the events.
  for (const rowKey of ['head', ...[1, 2, 3, 4].map(eventRowKey)]) {
    const old = without(await rowOf(table, id, rowKey), [
      'chainHead',
      'chainStart',
      'prevHash',
      'hash',
    ]);
    await rewrite(table, old);
  }
  const before = await verifyAudit(table);
  expect(before).toMatchObject({ unchainedEvents: 4, breaks: [] });

  await applied(storage, id, { kind: 'cancel', reason: 'No longer needed' }, people.author);
  const fifth = await rowOf(table, id, eventRowKey(5));
  expect(fifth.prevHash).toBe('');
  expect(await rowOf(table, id, 'head')).toMatchObject({ chainStart: 5, chainHead: fifth.hash });
  expect(await verifyAudit(table)).toMatchObject({ unchainedEvents: 4, breaks: [] });

  await rewrite(table, { ...fifth, event_0: String(fifth.event_0).replace('No longer', 'Not') });
  expect((await verifyAudit(table)).breaks).toEqual([
    expect.objectContaining({ opportunityId: id, version: 5 }),
  ]);
});
