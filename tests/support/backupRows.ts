import { randomBytes } from 'node:crypto';
import { connect, tableNames, type Tables } from '../../storage/connection';

/** Every row of every table as storage returns it with its types, ETag and Timestamp aside. */
export async function contentOf(tables: Tables): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  for (const name of tableNames) {
    const listing = tables.clients[name].listEntities({ disableTypeConversion: true });
    try {
      for await (const entity of listing) {
        const row: Record<string, unknown> = { ...entity };
        delete row.etag;
        delete row.timestamp;
        if (name === 'counters' && row.partitionKey === 'backup') continue;
        rows.set(`${name}/${String(row.partitionKey)}/${String(row.rowKey)}`, JSON.stringify(row));
      }
    } catch (error) {
      // A table that does not exist holds nothing.
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  }
  return rows;
}

/** Tables under a prefix nobody has used: empty storage, no tables yet. */
export function emptyStorage(): Tables {
  return connect(
    { kind: 'connectionString', connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! },
    `r${randomBytes(5).toString('hex')}`,
  );
}
