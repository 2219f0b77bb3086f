import type { TableEntity } from '@azure/data-tables';
import { tableNames, type TableName } from '../connection';

/** The format of a backup folder; restore refuses any other. */
export const backupFormat = 'micro-acquisition-backup/1';

/** One file of a backup, as its manifest describes it. */
export interface FileEntry {
  file: string;
  /** Lines in the file: rows, or keys. */
  count: number;
  bytes: number;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

export interface TableEntry {
  /** The rows written (all of them in a full backup; those storage wrote since `since` otherwise). */
  rows: FileEntry;
  /** Incremental only: the keys of every row the table held, so restore leaves out deleted rows. */
  keys?: FileEntry;
}

export interface Manifest {
  format: typeof backupFormat;
  id: string;
  kind: 'full' | 'incremental';
  /** The backup this one adds to (incremental only). */
  base: string | null;
  /** Rows with a storage `Timestamp` at or after this were taken (incremental only). */
  since: string | null;
  /** Storage's own clock when this backup began: the next increment starts from it. */
  storageTime: string;
  startedAt: string;
  finishedAt: string;
  /** The table prefix the rows were read from (restore may write under another). */
  tablePrefix: string;
  /** Every table; a backup made before a table was added lacks it (see `addedLater`). */
  tables: Partial<Record<TableName, TableEntry>>;
}

/** Tables added after the backup format was; an older backup restores them empty. */
export const addedLater: ReadonlySet<TableName> = new Set(['subscribers']);

export const manifestFile = 'manifest.json';

/** A backup's id sorts by when it began: `2026-12-05T07-30-00-123Z-full`. */
export function backupId(startedAt: Date, kind: Manifest['kind']): string {
  return `${startedAt.toISOString().replace(/[:.]/g, '-')}-${kind}`;
}

export const rowsFile = (table: TableName) => `${table}.jsonl`;
export const keysFile = (table: TableName) => `${table}.keys.jsonl`;

type Typed = { value: string; type: string };

/**
 * A row as read with `disableTypeConversion`, turned into a JSON object the SDK writes back as
 * it was: strings, booleans and numbers plain (as the server writes them; storage infers Int32 or
 * Double as it did the first time), every other type (`DateTime` with its 7 digits, `Int64`,
 * `Binary` in base 64, `Guid`, a `Double` such as NaN) as the SDK's `{ value, type }`.
 */
export function rowOf(entity: Record<string, unknown>): TableEntity<Record<string, unknown>> {
  const row: Record<string, unknown> = {
    partitionKey: entity.partitionKey,
    rowKey: entity.rowKey,
  };
  for (const [name, raw] of Object.entries(entity)) {
    if (['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata'].includes(name)) continue;
    const typed = raw as Typed;
    if (typed === null || typeof typed !== 'object') row[name] = raw;
    else if (typed.type === 'String') row[name] = typed.value;
    else if (typed.type === 'Boolean') row[name] = typed.value === 'true';
    else if ((typed.type === 'Int32' || typed.type === 'Double') && isFinite(Number(typed.value)))
      row[name] = Number(typed.value);
    else row[name] = { value: typed.value, type: typed.type };
  }
  return row as TableEntity<Record<string, unknown>>;
}

/** `partition` and `row` joined by a character keys cannot hold. */
export function keyOf(row: { partitionKey?: unknown; rowKey?: unknown }): string {
  return `${String(row.partitionKey)}\u0000${String(row.rowKey)}`;
}

/** Reads and checks a manifest; names what is wrong with it. */
export function parseManifest(text: string): Manifest {
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.format !== backupFormat)
    throw new Error(`not a backup of this format (${String(manifest.format)})`);
  for (const table of tableNames)
    if (!manifest.tables?.[table]?.rows && !addedLater.has(table))
      throw new Error(`the manifest lists no table ${table}`);
  return manifest;
}

/**
 * Storage's `Timestamp` (`2026-12-05T07:18:09.6182183Z`, 7 decimals) in ticks of 100 ns, so that
 * times are compared as precisely as storage keeps them (a `Date` keeps milliseconds).
 */
export function ticksOf(timestamp: string): bigint {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?Z$/.exec(timestamp);
  if (!match) throw new Error(`not a storage timestamp: "${timestamp}"`);
  const seconds = Date.parse(`${match[1]}Z`);
  if (Number.isNaN(seconds)) throw new Error(`not a storage timestamp: "${timestamp}"`);
  return BigInt(seconds) * 10_000n + BigInt((match[2] ?? '').padEnd(7, '0'));
}

/** The inverse of `ticksOf`. */
export function timestampOf(ticks: bigint): string {
  const seconds = new Date(Number((ticks / 10_000_000n) * 1000n)).toISOString().slice(0, 19);
  return `${seconds}.${String(ticks % 10_000_000n).padStart(7, '0')}Z`;
}
