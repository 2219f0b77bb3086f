import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Opportunity } from '../domain/opportunity';
import { maxOperations } from './entityLimits';
import { guard, statusOf } from './errors';
import { decodeKey, encodeKey } from './keys';
import { listColumnsOf, type ListColumns } from './opportunityEntities';
import { headsStoredSince, selectedRows, type ListQuery } from './opportunityQueries';
import { byKey } from './transactions';

/**
 * The list index's rows: one per opportunity in each partition it is listed under, keyed
 * `<kind>\n<value>` (encoded) by the head row's list columns, with the opportunity's id
 * (encoded, as its own partition key) as row key, so a partition reads in the lists' order.
 */
export type IndexKind = 'author' | 'cardholder' | 'awaitingPerson' | 'awaitingRole';

/** The lists the index answers; the others ('all', 'state', 'closingDue') read the head rows. */
export type IndexedQuery = Extract<ListQuery, { kind: 'author' | 'cardholder' | 'awaiting' }>;

export function isIndexed(query: ListQuery): query is IndexedQuery {
  return query.kind === 'author' || query.kind === 'cardholder' || query.kind === 'awaiting';
}

export function indexPartition(kind: IndexKind, value: string): string {
  return encodeKey(`${kind}\n${value}`);
}

/** The partitions an opportunity with these head columns is listed under; '' is no value. */
export function partitionsOf(columns: ListColumns): string[] {
  const pairs: Array<[IndexKind, string]> = [
    ['author', columns.authorId],
    ['cardholder', columns.cardholderId],
    ['awaitingPerson', columns.awaitingPersonId],
    ['awaitingRole', columns.awaitingRole],
  ];
  return pairs
    .filter(([, value]) => value !== '')
    .map(([kind, value]) => indexPartition(kind, value));
}

/**
 * The partitions a list reads: the same conditions as its filter over the head rows
 * (`filterFor` in opportunityQueries.ts), one partition per column value it accepts.
 */
export function partitionsFor(query: IndexedQuery): string[] {
  switch (query.kind) {
    case 'author':
      return [indexPartition('author', query.personId)];
    case 'cardholder':
      return [indexPartition('cardholder', query.personId)];
    case 'awaiting': {
      const ids = [...new Set([query.person.id, ...(query.principals ?? [])])];
      const named = ids.map((id) => indexPartition('awaitingPerson', id));
      return query.person.roles.includes('procurement')
        ? [...named, indexPartition('awaitingRole', 'procurement')]
        : named;
    }
  }
}

/** Whether a head still belongs in a partition: its columns would list it there now. */
export function listsUnder(record: Opportunity, partition: string): boolean {
  return partitionsOf(listColumnsOf(record)).includes(partition);
}

/** Whether a record is on the list, by the same partitions (hence the same filter). */
export function onList(query: IndexedQuery, record: Opportunity): boolean {
  const wanted = new Set(partitionsFor(query));
  return partitionsOf(listColumnsOf(record)).some((p) => wanted.has(p));
}

export interface IndexRow {
  partitionKey: string;
  rowKey: string;
  version: number;
}

/** The index rows of one opportunity as its head has it (`id` as stored: its partition key). */
export function rowsOf(storedId: string, version: number, columns: ListColumns): IndexRow[] {
  return partitionsOf(columns).map((partitionKey) => ({ partitionKey, rowKey: storedId, version }));
}

export function rowsOfRecord(record: Opportunity): IndexRow[] {
  return rowsOf(encodeKey(record.id), record.version, listColumnsOf(record));
}

/** A row read back: what a stale row's removal checks (its ETag, its version). */
export interface ReadRow extends IndexRow {
  etag: string;
}

/** Removes a stale row if it is still the one read (another writer may have listed it again). */
export async function dropRow(table: TableClient, row: ReadRow): Promise<void> {
  try {
    await guard(() => table.deleteEntity(row.partitionKey, row.rowKey, { etag: row.etag }));
  } catch (error) {
    // 404: removed already; 412: written again since it was read, so it is not ours to remove.
    if (statusOf(error) !== 404 && statusOf(error) !== 412) throw error;
  }
}

/** The columns of a head row the index needs (a query's `select`), never the record. */
const headColumns = [
  'PartitionKey',
  'version',
  'authorId',
  'cardholderId',
  'awaitingPersonId',
  'awaitingRole',
] as const;

/** The index rows of every head row storage wrote at or after `since` (all of them without). */
export async function rowsOfHeads(
  opportunities: TableClient,
  since: Date | null,
): Promise<{ heads: number; rows: IndexRow[] }> {
  return guard(async () => {
    const rows: IndexRow[] = [];
    let heads = 0;
    const text = (entity: Record<string, unknown>, name: string) =>
      typeof entity[name] === 'string' ? entity[name] : '';
    for await (const entity of selectedRows(opportunities, headsStoredSince(since), headColumns)) {
      heads++;
      const columns: ListColumns = {
        authorId: text(entity, 'authorId'),
        cardholderId: text(entity, 'cardholderId'),
        awaitingPersonId: text(entity, 'awaitingPersonId'),
        awaitingRole: text(entity, 'awaitingRole'),
      };
      rows.push(...rowsOf(String(entity.partitionKey), Number(entity.version), columns));
    }
    return { heads, rows };
  });
}

/** Every row of the index table, watermark included: what a restore leaves behind to rebuild. */
export async function clearIndex(table: TableClient): Promise<number> {
  return guard(async () => {
    let removed = 0;
    const pages = table
      .listEntities<Record<string, unknown>>({
        queryOptions: { select: ['PartitionKey', 'RowKey'] },
      })
      .byPage({ maxPageSize: 1_000 });
    for await (const page of pages) {
      const byPartition = byKey(page, (row) => String(row.partitionKey));
      for (const [partitionKey, rows] of byPartition)
        for (let i = 0; i < rows.length; i += maxOperations)
          await table.submitTransaction(
            rows
              .slice(i, i + maxOperations)
              .map((row): TransactionAction => [
                'delete',
                { partitionKey, rowKey: String(row.rowKey) },
              ]),
          );
      removed += page.length;
    }
    return removed;
  });
}

/** The id of the opportunity an index row lists. */
export function opportunityIdOf(row: { rowKey: string }): string {
  return decodeKey(row.rowKey);
}
