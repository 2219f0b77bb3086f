import { odata, type TableClient } from '@azure/data-tables';
import { getOrNull, guard, statusOf } from './errors';
import { decodeKey, encodeKey } from './keys';

/**
 * The due-time index lives in this table's partition `due` (no opportunity id is `due`): one row
 * per opportunity and instant it should next be looked at, keyed `<ISO instant>|<id>` so that a
 * range of keys is what is due. Rows are hints: the sweep decides on the stored record.
 */
const duePartition = 'due';

/** An opportunity to look at, and the index row that said so. */
export interface DueEntry {
  opportunityId: string;
  dueAt: string;
  rowKey: string;
}

interface ReminderEntity {
  /** How many reminders this wait has had. */
  count: number;
  /** When the last one was claimed, ISO 8601. */
  lastAt: string;
}

/**
 * The reminders sent for each wait: one row per opportunity, step and the instant the wait began,
 * so a step entered again (a draft returned and resubmitted) starts afresh. A reminder is claimed
 * by writing its row, created or ETag-guarded, before it is sent: of two servers, or a server
 * restarted mid-sweep, exactly one wins each reminder number.
 */
export class ReminderStore {
  constructor(private readonly table: TableClient) {}

  /**
   * Claims the next reminder for a wait; answers its number (1 for the first), or null when
   * another server claimed it first or `mayRepeat` says the last one is too recent.
   */
  async claim(
    opportunityId: string,
    wait: { step: string; since: string },
    now: Date,
    mayRepeat: (lastAt: Date) => boolean,
  ): Promise<number | null> {
    const partitionKey = encodeKey(opportunityId);
    const rowKey = encodeKey(`${wait.step} ${wait.since}`);
    const lastAt = now.toISOString();
    const row = await getOrNull<ReminderEntity>(this.table, partitionKey, rowKey);
    try {
      if (!row) {
        await guard(() => this.table.createEntity({ partitionKey, rowKey, count: 1, lastAt }));
        return 1;
      }
      if (!mayRepeat(new Date(row.lastAt))) return null;
      const count = row.count + 1;
      await guard(() =>
        this.table.updateEntity({ partitionKey, rowKey, count, lastAt }, 'Replace', {
          etag: row.etag,
        }),
      );
      return count;
    } catch (error) {
      // 409: another server created the row; 412: it claimed this reminder since we read.
      if (statusOf(error) === 409 || statusOf(error) === 412) return null;
      throw error;
    }
  }

  /** Asks the sweep to look at the opportunity at `at` (or the first sweep after it). */
  async schedule(opportunityId: string, at: Date): Promise<void> {
    const rowKey = `${at.toISOString()}|${encodeKey(opportunityId)}`;
    await guard(() => this.table.upsertEntity({ partitionKey: duePartition, rowKey }, 'Replace'));
  }

  /** The index rows due at or before `now`, earliest first: what a sweep reads, nothing more. */
  async dueBy(now: Date): Promise<DueEntry[]> {
    // Keys are `<instant>|<id>`, and `}` sorts right after `|`: every key up to `now` inclusive.
    const before = `${now.toISOString()}}`;
    return guard(async () => {
      const entries: DueEntry[] = [];
      const rows = this.table.listEntities<Record<string, unknown>>({
        queryOptions: {
          filter: odata`PartitionKey eq ${duePartition} and RowKey lt ${before}`,
          select: ['RowKey'],
        },
      });
      for await (const row of rows) {
        const rowKey = String(row.rowKey);
        const bar = rowKey.indexOf('|');
        entries.push({
          dueAt: rowKey.slice(0, bar),
          opportunityId: decodeKey(rowKey.slice(bar + 1)),
          rowKey,
        });
      }
      return entries;
    });
  }

  /** Removes an index row once looked at (another server may have removed it first). */
  async done(entry: DueEntry): Promise<void> {
    try {
      await guard(() => this.table.deleteEntity(duePartition, entry.rowKey));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /** How many reminders a wait has had (0 when none). */
  async count(opportunityId: string, wait: { step: string; since: string }): Promise<number> {
    const row = await getOrNull<ReminderEntity>(
      this.table,
      encodeKey(opportunityId),
      encodeKey(`${wait.step} ${wait.since}`),
    );
    return row?.count ?? 0;
  }
}
