import {
  odata,
  type TableClient,
  type TableEntity,
  type TransactionAction,
} from '@azure/data-tables';
import { ensureTables, tableNames, type TableName, type Tables } from '../connection';
import { statusOf } from '../errors';
import { clearIndex } from '../listIndexRows';
import { keyOf, manifestFile, parseManifest, type FileEntry, type Manifest } from './format';
import { backupPartition, latestComplete } from './backup';
import { linesOf, measure, type BackupPlace } from './places';

export type RestoreProgress =
  | { kind: 'chain'; ids: string[] }
  | { kind: 'checked'; file: string }
  | { kind: 'table'; table: TableName; rows: number; done: boolean };

export interface RestoreOptions {
  place: BackupPlace;
  /** The backup to restore to (its id); the latest complete one by default. */
  backup?: string;
  /** Write into storage that already holds rows (rows of the backup replace rows with their keys). */
  force?: boolean;
  progress?: (event: RestoreProgress) => void;
}

/** Why a restore did not start; nothing was written. */
export class RestoreRefused extends Error {}

async function manifestOf(place: BackupPlace, id: string): Promise<Manifest> {
  const text = await place.readText(`${id}/${manifestFile}`);
  if (text === null)
    throw new RestoreRefused(`backup ${id} has no manifest: it is incomplete or missing`);
  return parseManifest(text);
}

/** The backups to read, newest first: the one asked for, back to the full backup it adds to. */
export async function chainOf(place: BackupPlace, id?: string): Promise<Manifest[]> {
  const newest = id ? await manifestOf(place, id) : await latestComplete(place);
  if (!newest) throw new RestoreRefused(`no complete backup in ${place.description}`);
  const chain = [newest];
  while (chain.at(-1)!.kind === 'incremental') {
    const base = chain.at(-1)!.base;
    if (!base) throw new RestoreRefused(`incremental backup ${chain.at(-1)!.id} names no base`);
    chain.push(await manifestOf(place, base));
  }
  return chain;
}

/** Every file of the chain against its manifest: size, lines and SHA-256. */
async function checkFiles(
  place: BackupPlace,
  chain: Manifest[],
  progress: RestoreOptions['progress'],
): Promise<void> {
  for (const manifest of chain)
    for (const table of tableNames) {
      const entry = manifest.tables[table];
      if (!entry) continue;
      const { rows, keys } = entry;
      for (const entry of keys ? [rows, keys] : [rows]) {
        const path = `${manifest.id}/${entry.file}`;
        const found = await measure(place, path).catch((error: unknown) => {
          throw new RestoreRefused(`${path} cannot be read: ${String(error)}`);
        });
        const wrong = (['sha256', 'bytes', 'count'] as const).filter(
          (field) => found[field] !== (entry as FileEntry)[field],
        );
        if (wrong.length)
          throw new RestoreRefused(
            `${path} does not match its manifest (${wrong.join(', ')}): it was changed or damaged after the backup`,
          );
        progress?.({ kind: 'checked', file: path });
      }
    }
}

/** Tables holding at least one row; a missing table is empty. */
async function tablesWithRows(tables: Tables): Promise<TableName[]> {
  const found: TableName[] = [];
  for (const table of tableNames) {
    try {
      // The backup's own clock row says nothing about the records.
      const queryOptions =
        table === 'counters' ? { filter: odata`PartitionKey ne ${backupPartition}` } : {};
      const first = await tables.clients[table]
        .listEntities({ queryOptions })
        .byPage({ maxPageSize: 1 })
        .next();
      if (!first.done && first.value.length) found.push(table);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  return found;
}

/** An entity-group transaction: one partition, at most 100 rows and 4 MiB. */
const batchRows = 100;
const batchBytes = 3 * 1024 * 1024;
const inFlight = 8;

/** Writes rows in transactions of one partition, several at a time. */
class BatchWriter {
  private batch: TransactionAction[] = [];
  private partition: unknown = null;
  private bytes = 0;
  private readonly running = new Set<Promise<void>>();
  private failure: unknown = null;
  written = 0;

  constructor(
    private readonly client: TableClient,
    private readonly onWritten: (rows: number) => void,
  ) {}

  async add(row: TableEntity<Record<string, unknown>>, size: number): Promise<void> {
    if (
      this.batch.length &&
      (row.partitionKey !== this.partition ||
        this.batch.length === batchRows ||
        this.bytes + size > batchBytes)
    )
      await this.flush();
    this.partition = row.partitionKey;
    this.batch.push(['upsert', row, 'Replace']);
    this.bytes += size;
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.batch.length) return;
    const actions = this.batch;
    this.batch = [];
    this.bytes = 0;
    const work = this.client.submitTransaction(actions).then(
      () => {
        this.written += actions.length;
        this.onWritten(this.written);
      },
      (error: unknown) => {
        this.failure ??= error;
      },
    );
    const tracked = work.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    if (this.running.size >= inFlight) await Promise.race(this.running);
  }

  async end(): Promise<void> {
    await this.flush();
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
}

async function restoreTable(
  table: TableName,
  client: TableClient,
  place: BackupPlace,
  chain: Manifest[],
  progress: RestoreOptions['progress'],
): Promise<void> {
  // The newest backup says which rows the table held then; with a full backup alone, all of its.
  const newest = chain[0]!;
  // A table added after the newest backup was made: it was empty then.
  if (!newest.tables[table]) return progress?.({ kind: 'table', table, rows: 0, done: true });
  let wanted: Set<string> | null = null;
  const keysEntry = newest.tables[table].keys;
  if (keysEntry) {
    wanted = new Set();
    for await (const line of linesOf(place, `${newest.id}/${keysEntry.file}`)) {
      const [partitionKey, rowKey] = JSON.parse(line) as [string, string];
      wanted.add(keyOf({ partitionKey, rowKey }));
    }
  }
  // Newest first: each row is written once, as the latest backup that holds it has it.
  const written = new Set<string>();
  let last = Date.now();
  const writer = new BatchWriter(client, (rows) => {
    if (Date.now() - last < 2_000) return;
    last = Date.now();
    progress?.({ kind: 'table', table, rows, done: false });
  });
  for (const manifest of chain) {
    const entry = manifest.tables[table];
    if (!entry) continue;
    for await (const line of linesOf(place, `${manifest.id}/${entry.rows.file}`)) {
      const row = JSON.parse(line) as TableEntity<Record<string, unknown>>;
      const key = keyOf(row);
      if (written.has(key) || (wanted && !wanted.has(key))) continue;
      written.add(key);
      await writer.add(row, Buffer.byteLength(line));
    }
    // Rows of one partition may come from several backups: a batch never spans two files.
    await writer.flush();
  }
  await writer.end();
  if (wanted && written.size !== wanted.size)
    throw new Error(
      `${table}: ${wanted.size - written.size} rows listed by backup ${newest.id} are in none of the backups it adds to`,
    );
  progress?.({ kind: 'table', table, rows: writer.written, done: true });
}

/**
 * Restores the chain ending at `backup` (the latest by default) into `tables`. Every file is
 * checked against its manifest and the target must be empty before anything is written. The
 * list index (derived, not backed up) is emptied: the next start builds it from the heads.
 */
export async function restore(tables: Tables, options: RestoreOptions): Promise<Manifest[]> {
  const chain = await chainOf(options.place, options.backup);
  options.progress?.({ kind: 'chain', ids: chain.map((m) => m.id).reverse() });
  await checkFiles(options.place, chain, options.progress);
  if (!options.force) {
    const holding = await tablesWithRows(tables);
    if (holding.length)
      throw new RestoreRefused(
        `storage is not empty (${holding.join(', ')} hold rows): restore writes only into empty storage unless told to (--force)`,
      );
  }
  await ensureTables(tables);
  for (const table of tableNames)
    await restoreTable(table, tables.clients[table], options.place, chain, options.progress);
  // The lists' index is never backed up: emptied, it is built from the restored heads at start.
  await clearIndex(tables.clients.listindex);
  return chain;
}
