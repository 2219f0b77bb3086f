import { tableNames } from '../../storage/connection';
import type { Storage } from '../../storage/storage';

/** Every row of every table, keyed `table/partition/row`, with its ETag (a write changes it). */
export async function storedRows(storage: Storage): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  for (const name of tableNames) {
    for await (const entity of storage.tables.clients[name].listEntities()) {
      rows.set(`${name}/${entity.partitionKey}/${entity.rowKey}`, entity.etag);
    }
  }
  return rows;
}

/** What changed between two snapshots: rows added, removed or rewritten. */
export function changedRows(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [key, etag] of after) {
    if (!before.has(key)) changes.push(`added ${key}`);
    else if (before.get(key) !== etag) changes.push(`rewritten ${key}`);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`removed ${key}`);
  return changes;
}
