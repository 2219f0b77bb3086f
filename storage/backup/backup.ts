import type { TableClient } from '@azure/data-tables';
import { syncOverlapMs } from '../changeCursor';
import { tableNames, type TableName, type Tables } from '../connection';
import { statusOf } from '../errors';
import {
  backupFormat,
  backupId,
  keysFile,
  manifestFile,
  parseManifest,
  rowOf,
  rowsFile,
  ticksOf,
  timestampOf,
  type Manifest,
  type TableEntry,
} from './format';
import type { BackupPlace } from './places';

/** The backup's own bookkeeping in `counters` (storage's clock, the daily claim): never exported. */
export const backupPartition = 'backup';

export type BackupProgress =
  | { kind: 'started'; id: string; backupKind: Manifest['kind']; base: string | null }
  | { kind: 'table'; table: TableName; rows: number; done: boolean };

export interface BackupOptions {
  place: BackupPlace;
  /** The table prefix the tables were read with (recorded in the manifest). */
  tablePrefix: string;
  /** A full backup even when an earlier one could be added to. */
  full?: boolean;
  /**
   * How far before the last backup began the increment reaches back, for clocks of storage's
   * servers that differ a little and writes in flight; rows read twice are harmless.
   */
  overlapMs?: number;
  progress?: (event: BackupProgress) => void;
  /** This machine's clock, for the backup's id and the times in its manifest only. */
  now?: () => Date;
}

/** The latest complete backup of the same tables, or null. Incomplete folders have no manifest. */
export async function latestComplete(
  place: BackupPlace,
  tablePrefix?: string,
): Promise<Manifest | null> {
  for (const id of (await place.list()).sort().reverse()) {
    const text = await place.readText(`${id}/${manifestFile}`);
    if (text === null) continue;
    const manifest = parseManifest(text);
    if (tablePrefix === undefined || manifest.tablePrefix === tablePrefix) return manifest;
  }
  return null;
}

/** Storage's own time now: the `Timestamp` it gives a row it writes (the clock increments use). */
async function storageTime(counters: TableClient): Promise<string> {
  await counters.upsertEntity({ partitionKey: backupPartition, rowKey: 'clock' }, 'Replace');
  const row = await counters.getEntity(backupPartition, 'clock');
  if (!row.timestamp) throw new Error('storage gave the clock row no Timestamp');
  return row.timestamp;
}

const pageSize = 1_000;

function reportEvery(
  table: TableName,
  progress: BackupOptions['progress'],
): { add(): void; end(): number } {
  let rows = 0;
  let last = Date.now();
  return {
    add() {
      rows++;
      if (Date.now() - last >= 2_000) {
        last = Date.now();
        progress?.({ kind: 'table', table, rows, done: false });
      }
    },
    end() {
      progress?.({ kind: 'table', table, rows, done: true });
      return rows;
    },
  };
}

/** A deleted table is a disaster to restore from, never an empty table to back up. */
function missingTable(table: TableName, error: unknown): never {
  if (statusOf(error) === 404)
    throw new Error(
      `the ${table} table does not exist: no backup is made of storage that lost a table (restore it first, docs/operations.md)`,
      { cause: error },
    );
  throw error;
}

/**
 * The table's rows as lines: all of them, or (with `since`) those storage wrote at or after it,
 * while `keys` collects the key of every row in the same scan, so that they agree.
 */
async function* rowLines(
  table: TableName,
  client: TableClient,
  since: bigint | null,
  keys: string[],
  progress: BackupOptions['progress'],
): AsyncGenerator<string> {
  const counter = reportEvery(table, progress);
  const pages = client
    .listEntities<Record<string, unknown>>({ disableTypeConversion: true })
    .byPage({ maxPageSize: pageSize });
  try {
    for await (const page of pages)
      for (const entity of page) {
        if (table === 'counters' && entity.partitionKey === backupPartition) continue;
        if (since !== null) {
          keys.push(`${JSON.stringify([entity.partitionKey, entity.rowKey])}\n`);
          if (ticksOf(String(entity.timestamp)) < since) continue;
        }
        counter.add();
        yield `${JSON.stringify(rowOf(entity))}\n`;
      }
  } catch (error) {
    missingTable(table, error);
  }
  counter.end();
}

async function* each(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

/**
 * Exports every table as JSON Lines into a new folder of `place`: all rows (full), or the rows
 * storage wrote since the last complete backup began (incremental) with the keys of every row.
 * The manifest is written last: a backup without one is incomplete and never used.
 */
export async function backup(tables: Tables, options: BackupOptions): Promise<Manifest> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const base = options.full ? null : await latestComplete(options.place, options.tablePrefix);
  const clock = await storageTime(tables.clients.counters).catch((error: unknown) =>
    missingTable('counters', error),
  );
  const kind: Manifest['kind'] = base ? 'incremental' : 'full';
  const since = base
    ? ticksOf(base.storageTime) - BigInt(options.overlapMs ?? syncOverlapMs) * 10_000n
    : null;
  const id = backupId(startedAt, kind);
  options.progress?.({ kind: 'started', id, backupKind: kind, base: base?.id ?? null });

  const entries = {} as Record<TableName, TableEntry>;
  for (const table of tableNames) {
    const client = tables.clients[table];
    const file = rowsFile(table);
    const keys: string[] = [];
    const rows = await options.place.write(
      `${id}/${file}`,
      rowLines(table, client, since, keys, options.progress),
    );
    entries[table] = { rows: { file, ...rows } };
    if (since !== null) {
      const file = keysFile(table);
      entries[table].keys = { file, ...(await options.place.write(`${id}/${file}`, each(keys))) };
    }
  }
  const manifest: Manifest = {
    format: backupFormat,
    id,
    kind,
    base: base?.id ?? null,
    since: since === null ? null : timestampOf(since),
    storageTime: clock,
    startedAt: startedAt.toISOString(),
    finishedAt: now().toISOString(),
    tablePrefix: options.tablePrefix,
    tables: entries,
  };
  await options.place.writeWhole(`${id}/${manifestFile}`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
