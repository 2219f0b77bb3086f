import { odata, type TableClient } from '@azure/data-tables';
import type { AuditEvent } from '../domain/events';
import { guard, statusOf } from './errors';
import { decodeKey } from './keys';

/**
 * The announcement of a newly posted opportunity to its subscribers: a row beside the opportunity's
 * head, written in the posting's own transaction, so a posting is never left unannounced by a
 * crash. A job on every server claims it with its ETag and queues one e-mail per matching
 * subscriber; the e-mails' ids are fixed, so a run cut short is simply run again.
 */
export const announcementRowKey = 'announcement';

/** A posting starts an announcement; nothing else does (an opportunity is posted once). */
export function announces(event: AuditEvent): boolean {
  return event.to === 'posted' && event.from !== 'posted';
}

export function announcementEntity(
  partitionKey: string,
  at: string,
): Record<string, unknown> & { partitionKey: string; rowKey: string } {
  return { partitionKey, rowKey: announcementRowKey, status: 'pending', createdAt: at, dueAt: at };
}

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string; etag: string };

/** An announcement a server holds: only the holder of this ETag may record that it is done. */
export interface ClaimedAnnouncement {
  opportunityId: string;
  partitionKey: string;
  etag: string;
  createdAt: string;
  /** A server took it before and its lease ran out: some e-mails may be queued already. */
  takenOver: boolean;
}

export class Announcements {
  constructor(private readonly table: TableClient) {}

  /** Announcements waiting at `now`: pending ones, and those whose holder's lease has ended. */
  async due(now: Date): Promise<Row[]> {
    const filter = odata`RowKey eq ${announcementRowKey} and dueAt le ${now.toISOString()}`;
    return guard(async () => {
      const rows: Row[] = [];
      for await (const row of this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter },
      }))
        rows.push(row as Row);
      return rows;
    });
  }

  /** Takes one for `holder` until `leaseEnds`; null when another server took it first. */
  async claim(row: Row, holder: string, leaseEnds: Date): Promise<ClaimedAnnouncement | null> {
    try {
      const written = await guard(() =>
        this.table.updateEntity(
          {
            partitionKey: row.partitionKey,
            rowKey: announcementRowKey,
            status: 'announcing',
            claimedBy: holder,
            dueAt: leaseEnds.toISOString(),
          },
          'Merge',
          { etag: row.etag },
        ),
      );
      return {
        opportunityId: decodeKey(row.partitionKey),
        partitionKey: row.partitionKey,
        etag: written.etag!,
        createdAt: String(row.createdAt),
        takenOver: row.status === 'announcing',
      };
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) return null;
      throw error;
    }
  }

  /**
   * Done: how many subscribers it was queued for (by this run; a run that took over counts only
   * what it queued itself), and why, when nobody was told (the opportunity moved on first).
   */
  async finish(
    claim: ClaimedAnnouncement,
    at: Date,
    outcome: { queued: number; matched: number; skipped?: string },
  ): Promise<boolean> {
    try {
      await guard(() =>
        this.table.updateEntity(
          {
            partitionKey: claim.partitionKey,
            rowKey: announcementRowKey,
            status: 'done',
            createdAt: claim.createdAt,
            finishedAt: at.toISOString(),
            queued: outcome.queued,
            matched: outcome.matched,
            ...(outcome.skipped ? { skipped: outcome.skipped } : {}),
          },
          // Replace: without `dueAt`, it is never due again.
          'Replace',
          { etag: claim.etag },
        ),
      );
      return true;
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) return false;
      throw error;
    }
  }
}
