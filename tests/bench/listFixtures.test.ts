import type { TransactionAction } from '@azure/data-tables';
import {
  copyRows,
  eventsEach,
  listCast,
  rowsScannedInKeyOrder,
  throughStore,
  type HeadColumns,
} from '../../bench/listFixtures';
import { verifyAudit } from '../../storage/verifyAudit';
import { testStorage } from '../support/storage';

const { prolific, busyCardholder, others } = listCast;

/** The list benchmark's copies must read like the store's own rows, or its lists measure nothing real. */
describe('the list benchmark’s copied opportunities', () => {
  it('read back through the store as another author’s, with an unbroken audit chain', async () => {
    const storage = await testStorage({ seed: [prolific, busyCardholder, others[0]!] });
    const store = storage.opportunities;
    const template = await throughStore(store, prolific, busyCardholder.id, true);
    expect(template.events).toHaveLength(eventsEach);

    const rows = copyRows(template.events, 'MA-2025-0001', others[0]!);
    await storage.tables.clients.opportunities.submitTransaction(
      rows.map((row): TransactionAction => ['create', row]),
    );
    // Rows written beside the store reach the lists' index as the benchmark's do: by the repair.
    await storage.listIndex.repair();

    const copy = await store.get('MA-2025-0001');
    const original = await store.get(template.id);
    expect(copy).toMatchObject({
      id: 'MA-2025-0001',
      authorId: others[0]!.id,
      authorName: others[0]!.name,
      state: 'awaitingFunds',
      version: eventsEach,
      fields: original!.fields,
    });
    const mine = await store.list({ kind: 'author', personId: others[0]!.id });
    expect(mine.items.map((r) => r.id)).toEqual(['MA-2025-0001']);
    const inbox = await store.list({ kind: 'awaiting', person: busyCardholder });
    expect(inbox.items.map((r) => r.id).sort()).toEqual(['MA-2025-0001', template.id].sort());
    const audit = await verifyAudit(storage.tables.clients.opportunities);
    expect(audit).toMatchObject({ opportunities: 2, events: 2 * eventsEach, breaks: [] });
  });
});

describe('rows a scan in key order reads before it answers', () => {
  const head = (partitionKey: string, authorId: string): HeadColumns => ({
    partitionKey,
    authorId,
    state: 'draft',
    awaitingPersonId: authorId,
  });
  const heads = [head('a', 'x'), head('b', 'y'), head('c', 'x'), head('d', 'y')];
  const rowsIn = (partitionKey: string) => (partitionKey === 'b' ? 5 : 11);
  const byX = (h: HeadColumns) => h.authorId === 'x';

  it('stops at the partition holding the last match the page needs', () => {
    expect(rowsScannedInKeyOrder(heads, rowsIn, byX, 1)).toBe(11);
    expect(rowsScannedInKeyOrder(heads, rowsIn, byX, 2)).toBe(27);
  });

  it('reads every row when fewer match than the page holds', () => {
    expect(rowsScannedInKeyOrder(heads, rowsIn, byX, 3)).toBe(38);
    expect(rowsScannedInKeyOrder(heads, rowsIn, () => false, 1)).toBe(38);
  });
});
