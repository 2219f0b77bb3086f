import { odata, type TableClient } from '@azure/data-tables';
import { subscriberNoticeKinds } from '../domain/notices';
import { guard } from './errors';
import {
  noticeRowKey,
  noticesWhere,
  readNotice,
  settleClaim,
  writeProgress,
  type ClaimedNotice,
  type FoundNotice,
  type NoticeProgress,
  type NoticeRow,
  type StoredNotice,
} from './noticeRows';

/**
 * Notices waiting in the tables where they were written (each in the partition of what caused it).
 * Any number of dispatchers may read it at once: each notice is claimed with its ETag.
 */
export class NoticeOutbox {
  constructor(private readonly tables: readonly TableClient[]) {}

  /** Up to `limit` notices due at `now`: pending ones, and sending ones whose lease has ended. */
  async due(now: Date, limit: number): Promise<FoundNotice[]> {
    return noticesWhere(this.tables, odata`dueAt le ${now.toISOString()}`, limit);
  }

  /** Takes a due notice for `holder` until `leaseEnds`; null when another dispatcher took it first. */
  async claim(due: FoundNotice, holder: string, leaseEnds: Date): Promise<ClaimedNotice | null> {
    const { table, row } = due;
    const notice = readNotice(row);
    const takenOver = notice.status === 'sending';
    const claimed: NoticeProgress = {
      status: 'sending',
      claimedBy: holder,
      dueAt: leaseEnds.toISOString(),
    };
    const written = await writeProgress(table, row, claimed);
    if (!written) return null;
    return {
      notice: { ...notice, ...claimed },
      takenOver,
      table,
      partitionKey: row.partitionKey,
      rowKey: row.rowKey,
      row: written,
    };
  }

  /** GC Notify took it: never sent again. `attempts` counts the calls made to send it. */
  async sent(
    claim: ClaimedNotice,
    providerId: string,
    at: Date,
    attempts: number,
  ): Promise<boolean> {
    return settleClaim(claim, {
      status: 'sent',
      providerId,
      sentAt: at.toISOString(),
      attempts,
      dueAt: undefined,
      claimedBy: undefined,
    });
  }

  /** Try again at `retryAt`. */
  async retry(
    claim: ClaimedNotice,
    retryAt: Date,
    reason: string,
    attempts: number,
  ): Promise<boolean> {
    return settleClaim(claim, {
      status: 'pending',
      dueAt: retryAt.toISOString(),
      lastError: reason,
      attempts,
      claimedBy: undefined,
    });
  }

  /** Not tried: back to pending at `dueAt` (the send allowance was spent). */
  async release(claim: ClaimedNotice, dueAt: Date): Promise<boolean> {
    return settleClaim(claim, {
      status: 'pending',
      dueAt: dueAt.toISOString(),
      claimedBy: undefined,
    });
  }

  /**
   * Refused for good: nobody tries again, and its author is to be told (`FailedNoticeTelling`,
   * `storage/failedNoticeTelling.ts`), unless it went to a subscriber.
   */
  async failed(
    claim: ClaimedNotice,
    reason: string,
    attempts: number,
    at: Date = new Date(),
  ): Promise<boolean> {
    return settleClaim(claim, {
      status: 'failed',
      dueAt: undefined,
      lastError: reason,
      attempts,
      claimedBy: undefined,
      ...(subscriberNoticeKinds.has(claim.notice.kind)
        ? {}
        : { authorTold: false, tellDueAt: at.toISOString() }),
    });
  }

  /**
   * GC Notify's word on delivery, by the notice's id (its `reference`); false when no notice has it.
   * Only the two delivery columns are merged in, so the dispatcher's progress is never overwritten.
   */
  async recordDelivery(id: string, status: string, at: string): Promise<boolean> {
    const filter = odata`RowKey eq ${noticeRowKey(id)}`;
    for (const table of this.tables) {
      const found = await guard(async () => {
        for await (const row of table.listEntities<Record<string, unknown>>({
          queryOptions: { filter },
        }))
          return row as NoticeRow;
        return null;
      });
      if (!found) continue;
      await guard(() =>
        table.updateEntity(
          {
            partitionKey: found.partitionKey,
            rowKey: found.rowKey,
            deliveryStatus: status,
            deliveryStatusAt: at,
          },
          'Merge',
        ),
      );
      return true;
    }
    return false;
  }

  /** Every notice about an opportunity, oldest first (for the author's view). */
  async forOpportunity(partitionKey: string): Promise<StoredNotice[]> {
    const found = await noticesWhere(
      this.tables,
      odata`PartitionKey eq ${partitionKey}`,
      Number.POSITIVE_INFINITY,
    );
    return found
      .map(({ row }) => readNotice(row))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  }
}
