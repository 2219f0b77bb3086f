import { randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { Person } from '../domain/people';
import { coalescedReads } from './coalescedReads';
import { getOrNull, guard } from './errors';
import { encodeKey } from './keys';

/** One row, rewritten after every change to a person's head row, whichever server wrote it. */
const generationRow = { partitionKey: encodeKey('directory:people'), rowKey: 'generation' };

/**
 * A server that crashed between a person's change and the generation row's rewrite leaves the
 * directory behind that change; the whole table is read again at least this often.
 */
export const directoryMaxAgeMs = 5 * 60_000;

/**
 * How late another server's change may show. Within this time of the last check the held list
 * is used without a read, unless this process changed a person meanwhile: at 35 requests a second
 * the generation row was read on about half of them (docs/benchmarks.md).
 */
export const directoryFreshMs = 1_000;

/**
 * Changes to people this process wrote, per people table: every store of the process over that
 * table (a server has one; tests and tools may open more) sees them on its next call.
 */
export class LocalChanges {
  private readonly counts = new Map<string, number>();
  count(table: TableClient): number {
    return this.counts.get(tableIdentity(table)) ?? 0;
  }
  add(table: TableClient): void {
    const key = tableIdentity(table);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

const tableIdentity = (table: TableClient) => `${table.url} ${table.tableName}`;

/** The process's own record of its changes, shared by every directory it opens. */
export const processChanges = new LocalChanges();

interface Held {
  generation: string | null;
  people: Person[];
  readAt: number;
  /** When the generation row last said the list was current. */
  checkedAt: number;
  /** This process's change count when the list was read. */
  local: number;
}

/**
 * Everyone as the people table holds them, for choosing whom to tell and showing names, never for
 * authorising (that reads the person by key). A call costs one small read, the generation row,
 * and the whole table only when some person changed since the last call: in the profiled load the
 * whole table was read once per change, 88 % of the rows the server read (docs/benchmarks.md).
 * A call sees every change this process acknowledged before it, and another server's within
 * `directoryFreshMs`: a change is acknowledged after its generation row is rewritten, and the row
 * is read again once the last check is that old. Checks run one at a time; a call joins a check
 * that has not started yet.
 */
export class PeopleDirectory {
  private held: Held | null = null;
  private readonly checked = coalescedReads(() => this.check());

  constructor(
    private readonly table: TableClient,
    private readonly readEveryone: () => Promise<Person[]>,
    /** Wall-clock time, for the freshness and the maximum age. */
    private readonly now: () => number = Date.now,
    private readonly local: LocalChanges = processChanges,
  ) {}

  async list(): Promise<Person[]> {
    // Each caller gets its own array; the people in it are shared and never changed.
    return [...(await this.checked())];
  }

  /** Called after a person's head row was written, before the change is acknowledged. */
  async changed(): Promise<void> {
    try {
      await guard(() =>
        this.table.upsertEntity({ ...generationRow, value: randomUUID() }, 'Replace'),
      );
    } finally {
      // Counted even when the row's rewrite failed: the head row may have changed.
      this.local.add(this.table);
    }
  }

  private async check(): Promise<Person[]> {
    const began = this.now();
    const local = this.local.count(this.table);
    const held = this.held;
    const usable = held && held.local === local && began - held.readAt < directoryMaxAgeMs;
    if (usable && began - held.checkedAt < directoryFreshMs) return held.people;
    const generation = await this.generation();
    if (usable && held.generation === generation) {
      held.checkedAt = began;
      return held.people;
    }
    // The generation is read before the people: a change between the two is read again next time.
    const people = await this.readEveryone();
    this.held = { generation, people, readAt: began, checkedAt: began, local };
    return people;
  }

  private async generation(): Promise<string | null> {
    const row = await getOrNull<{ value: string }>(
      this.table,
      generationRow.partitionKey,
      generationRow.rowKey,
    );
    return row?.value ?? null;
  }
}
