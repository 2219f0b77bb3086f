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

interface Held {
  generation: string | null;
  people: Person[];
  readAt: number;
}

/**
 * Everyone as the people table holds them, for choosing whom to tell and showing names, never for
 * authorising (that reads the person by key). A call costs one small read, the generation row,
 * and the whole table only when some person changed since the last call: in the profiled load the
 * whole table was read once per change, 88 % of the rows the server read (docs/benchmarks.md).
 * A call sees every change acknowledged before it: a change is acknowledged after its generation
 * row is rewritten. Checks run one at a time; a call joins a check that has not started yet.
 */
export class PeopleDirectory {
  private held: Held | null = null;
  private readonly checked = coalescedReads(() => this.check());

  constructor(
    private readonly table: TableClient,
    private readonly readEveryone: () => Promise<Person[]>,
    /** Wall-clock time, for the maximum age only. */
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<Person[]> {
    // Each caller gets its own array; the people in it are shared and never changed.
    return [...(await this.checked())];
  }

  /** Called after a person's head row was written, before the change is acknowledged. */
  async changed(): Promise<void> {
    await guard(() =>
      this.table.upsertEntity({ ...generationRow, value: randomUUID() }, 'Replace'),
    );
  }

  private async check(): Promise<Person[]> {
    const began = this.now();
    const generation = await this.generation();
    const held = this.held;
    if (held && held.generation === generation && began - held.readAt < directoryMaxAgeMs)
      return held.people;
    // The generation is read before the people: a change between the two is read again next time.
    const people = await this.readEveryone();
    this.held = { generation, people, readAt: began };
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
