import type { TableClient } from '@azure/data-tables';
import type { Opportunity } from '../domain/opportunity';
import { syncOverlapMs } from './changeCursor';
import { getOrNull, guard, StorageUnavailable } from './errors';
import { readIndexedPage } from './indexedPage';
import {
  dropRow,
  rowsOfHeads,
  rowsOfRecord,
  type IndexedQuery,
  type ReadRow,
} from './listIndexRows';
import type { ChainedPage } from './opportunityQueries';
import { upsertRows } from './transactions';

/** Runs follow-up work after the answer (the server's `Background`); failures are its to log. */
export type RunLater = (name: string, task: () => Promise<void>) => void;

/** Without a server's background: started at once, failures left to the next start's repair. */
const runSoon: RunLater = (_name, task) => {
  setImmediate(() => void task().catch(() => undefined));
};

/** How many opportunities' last written partitions are remembered before starting afresh. */
const rememberedOpportunities = 50_000;

/** Where the last repair's start is kept: the next one reads the heads stored since. */
const watermark = { partitionKey: 'watermark', rowKey: 'heads' } as const;

export interface RepairReport {
  /** Null when the index was built from every head (no watermark). */
  since: Date | null;
  heads: number;
  rows: number;
  ms: number;
}

/**
 * The lists by person (mine, cardholder, inbox) read index rows, not a scan of the opportunities:
 * rows keyed by person or role (`listIndexRows.ts`), written after each change this process
 * stores, checked against the head on every read (stale rows are dropped), and repaired at
 * start from the heads stored since the last repair began (a change whose index write was lost
 * to a crash is stored after it).
 */
export class ListIndex {
  /** Changes stored by this process whose rows are not written yet, the latest per opportunity. */
  private readonly pending = new Map<string, Opportunity>();
  private readonly writing = new Set<Promise<void>>();
  /** The partitions this process last wrote each opportunity's rows under, and at which version. */
  private readonly written = new Map<string, { version: number; partitions: Set<string> }>();

  constructor(
    private readonly table: TableClient,
    private readonly opportunities: TableClient,
    private readonly runLater: RunLater = runSoon,
  ) {}

  /** A change was stored: its rows are written after the answer. */
  changed(record: Opportunity): void {
    const before = this.pending.get(record.id);
    if (!before || before.version < record.version) this.pending.set(record.id, record);
    this.runLater(`index ${record.id} v${record.version} for lists`, () => this.write(record.id));
  }

  private write(id: string): Promise<void> {
    const record = this.pending.get(id);
    if (!record) return Promise.resolve();
    this.pending.delete(id);
    const rows = rowsOfRecord(record);
    // After this process wrote the version just before, only the partitions the change adds need
    // a row: those it keeps are still there, since a row is removed only once its head has
    // left its partition. Any other history (a version written elsewhere, a restart) writes all.
    const before = this.written.get(id);
    const added =
      before?.version === record.version - 1
        ? rows.filter((row) => !before.partitions.has(row.partitionKey))
        : rows;
    const work = upsertRows(this.table, added).then(() => {
      if (this.written.size >= rememberedOpportunities) this.written.clear();
      this.written.set(id, {
        version: record.version,
        partitions: new Set(rows.map((row) => row.partitionKey)),
      });
    });
    const retried = work.catch((error: unknown) => {
      // Storage did not answer: the next list (or the next start) tries again.
      if (error instanceof StorageUnavailable && !this.pending.has(id))
        this.pending.set(id, record);
      throw error;
    });
    // Awaited by lists as done, whatever the outcome: a failure is the writer's to report.
    const done = retried.then(
      () => undefined,
      () => undefined,
    );
    this.writing.add(done);
    void done.finally(() => this.writing.delete(done));
    return retried;
  }

  /** This process's changes are in the index: a person sees their own change in their lists. */
  async settled(): Promise<void> {
    await Promise.all([...this.writing]);
    await Promise.all([...this.pending.keys()].map((id) => this.write(id)));
  }

  async page(
    query: IndexedQuery,
    page: { size?: number; continuationToken?: string },
  ): Promise<ChainedPage> {
    await this.settled();
    return readIndexedPage(this.table, this.opportunities, query, page, (row: ReadRow) =>
      this.runLater('drop a stale list index row', () => dropRow(this.table, row)),
    );
  }

  /**
   * Writes the rows of every head stored since the last repair began (less the clocks' overlap),
   * or of every head when there is no watermark (the first start, or after a restore); then
   * records when this repair began.
   */
  async repair(): Promise<RepairReport> {
    const began = new Date();
    const mark = await getOrNull<{ at: string }>(
      this.table,
      watermark.partitionKey,
      watermark.rowKey,
    );
    const since = mark ? new Date(Date.parse(mark.at) - syncOverlapMs) : null;
    const { heads, rows } = await rowsOfHeads(this.opportunities, since);
    await upsertRows(this.table, rows);
    await guard(() =>
      this.table.upsertEntity({ ...watermark, at: began.toISOString() }, 'Replace'),
    );
    return { since, heads, rows: rows.length, ms: Date.now() - began.getTime() };
  }
}
