import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import { maxOperations } from './entityLimits';
import { guard } from './errors';

/** Transactions of one table written at the same time by one `upsertRows`. */
const inFlight = 8;

/** Items grouped by a key, each group in the items' order. */
export function byKey<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Upserts (replaces) rows, each partition's in entity-group transactions of up to 100, a few at
 * a time; a lone row is one plain write.
 */
export async function upsertRows(
  table: TableClient,
  rows: readonly TableEntity<object>[],
): Promise<void> {
  const batches: TableEntity<object>[][] = [];
  for (const partition of byKey(rows, (row) => row.partitionKey).values())
    for (let i = 0; i < partition.length; i += maxOperations)
      batches.push(partition.slice(i, i + maxOperations));
  await guard(() =>
    Promise.all(
      Array.from({ length: Math.min(inFlight, batches.length) }, async () => {
        for (let batch = batches.shift(); batch; batch = batches.shift())
          await (batch.length === 1
            ? table.upsertEntity({ ...batch[0]! }, 'Replace')
            : table.submitTransaction(
                batch.map((row): TransactionAction => ['upsert', { ...row }, 'Replace']),
              ));
      }),
    ),
  );
}
