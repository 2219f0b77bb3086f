import { odata, type TableClient } from '@azure/data-tables';
import {
  noticesWhere,
  readNotice,
  settleClaim,
  writeProgress,
  type ClaimedNotice,
  type FoundNotice,
} from './noticeRows';

/**
 * Telling authors in Teams that a notice about their opportunity failed for good: the outbox marks
 * such a notice `authorTold: false` when it fails (`NoticeOutbox.failed`); each is then claimed
 * with its ETag (`tellDueAt` is the claim's lease), so one server tells, and marked told.
 */
export class FailedNoticeTelling {
  constructor(private readonly tables: readonly TableClient[]) {}

  /** Failed notices whose author is due to be told: not told yet, and no server holds the telling. */
  async failuresToTell(now: Date, limit: number): Promise<FoundNotice[]> {
    return noticesWhere(
      this.tables,
      odata`authorTold eq ${false} and tellDueAt le ${now.toISOString()}`,
      limit,
    );
  }

  /** Takes the telling of a failure until `leaseEnds`; null when another server took it first. */
  async claimTelling(due: FoundNotice, leaseEnds: Date): Promise<ClaimedNotice | null> {
    const { table, row } = due;
    const written = await writeProgress(table, row, { tellDueAt: leaseEnds.toISOString() });
    if (!written) return null;
    return {
      notice: readNotice(written),
      takenOver: false,
      table,
      partitionKey: row.partitionKey,
      rowKey: row.rowKey,
      row: written,
    };
  }

  /** The author was told (or cannot be: never told again). */
  async toldAuthor(claim: ClaimedNotice): Promise<boolean> {
    return settleClaim(claim, { authorTold: true, tellDueAt: undefined });
  }

  /** Teams could not be reached: try telling again at `at`. */
  async tellLater(claim: ClaimedNotice, at: Date, tellAttempts: number): Promise<boolean> {
    return settleClaim(claim, { tellDueAt: at.toISOString(), tellAttempts });
  }
}
