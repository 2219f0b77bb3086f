import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import {
  subscriberNoticeKinds,
  type NoticeKind,
  type NoticeLanguage,
  type NoticeMessage,
} from '../domain/notices';
import { chunkJson, unchunkJson } from './entityLimits';
import { guard, statusOf } from './errors';
import { decodeKey } from './keys';

/**
 * Where a notice is in its life:
 * - `pending`: to send at `dueAt` (first try, or a retry after a 5xx, a 429 or no answer);
 * - `sending`: a dispatcher holds it until `dueAt` (its lease); past that another may take it over;
 * - `sent`: GC Notify took it (`providerId` is its notification id);
 * - `failed`: refused for good (a 4xx other than 429), or given up after `maxAttempts`.
 * Only `pending` and `sending` rows have a `dueAt`, so the dispatcher's query finds nothing else.
 */
export type NoticeStatus = 'pending' | 'sending' | 'sent' | 'failed';

const noticePrefix = 'notice-';

/** Notice rows sort apart from every other row of a partition (heads, events, applicants' hashes). */
export function noticeRowKey(id: string): string {
  return `${noticePrefix}${id}`;
}

export function isNoticeRowKey(rowKey: unknown): boolean {
  return typeof rowKey === 'string' && rowKey.startsWith(noticePrefix);
}

/** A notice as stored: the message and its progress. The e-mail address is in the chunked JSON. */
export interface StoredNotice {
  id: string;
  kind: NoticeKind;
  language: NoticeLanguage;
  opportunityId: string;
  confirmation?: string;
  status: NoticeStatus;
  createdAt: string;
  attempts: number;
  /** When a pending notice is due, or when a sending notice's lease ends. */
  dueAt?: string;
  claimedBy?: string;
  providerId?: string;
  sentAt?: string;
  /** Why it failed or is being retried: an HTTP status and GC Notify's error, never an address. */
  lastError?: string;
  /** What GC Notify's callback last said (`delivered`, `permanent-failure`…), and when. */
  deliveryStatus?: string;
  deliveryStatusAt?: string;
  /** On a failed notice: false until its author has been told in Teams (once, by one server). */
  authorTold?: boolean;
  /** When the author is due to be told, or when the server telling them lets go (its lease). */
  tellDueAt?: string;
  /** Tries at telling the author that did not reach Teams. */
  tellAttempts?: number;
  message: NoticeMessage;
}

/** The row to write in the same transaction as the change that causes the notice. */
export function noticeEntity(
  partitionKey: string,
  message: NoticeMessage,
  now: Date,
): Record<string, unknown> & { partitionKey: string; rowKey: string } {
  const id = randomUUID();
  return {
    partitionKey,
    rowKey: noticeRowKey(id),
    kind: message.kind,
    language: message.language,
    opportunityId: message.opportunityId,
    ...(message.confirmation ? { confirmation: message.confirmation } : {}),
    status: 'pending',
    createdAt: now.toISOString(),
    dueAt: now.toISOString(),
    attempts: 0,
    ...chunkJson('message', message),
  };
}

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string; etag: string };

function readNotice(row: Row): StoredNotice {
  const optional = (name: string) =>
    typeof row[name] === 'string' ? String(row[name]) : undefined;
  return {
    id: decodeKey(row.rowKey).slice(noticePrefix.length),
    kind: row.kind as NoticeKind,
    language: row.language as NoticeLanguage,
    opportunityId: String(row.opportunityId),
    confirmation: optional('confirmation'),
    status: row.status as NoticeStatus,
    createdAt: String(row.createdAt),
    attempts: Number(row.attempts ?? 0),
    dueAt: optional('dueAt'),
    claimedBy: optional('claimedBy'),
    providerId: optional('providerId'),
    sentAt: optional('sentAt'),
    lastError: optional('lastError'),
    deliveryStatus: optional('deliveryStatus'),
    deliveryStatusAt: optional('deliveryStatusAt'),
    authorTold: typeof row.authorTold === 'boolean' ? row.authorTold : undefined,
    tellDueAt: optional('tellDueAt'),
    tellAttempts: typeof row.tellAttempts === 'number' ? row.tellAttempts : undefined,
    message: unchunkJson<NoticeMessage>('message', row),
  };
}

/** A notice a dispatcher holds: only the holder of this ETag may record what became of it. */
export interface ClaimedNotice {
  notice: StoredNotice;
  /** It was claimed before and the lease ran out: the send may have happened already. */
  takenOver: boolean;
  readonly table: TableClient;
  readonly partitionKey: string;
  readonly rowKey: string;
  /** The row as this dispatcher last wrote it, and its ETag. */
  row: Row;
}

/** The columns that change as a notice moves on; the rest of the row is kept as it was. */
type Progress = Partial<
  Pick<
    StoredNotice,
    | 'status'
    | 'attempts'
    | 'dueAt'
    | 'claimedBy'
    | 'providerId'
    | 'sentAt'
    | 'lastError'
    | 'authorTold'
    | 'tellDueAt'
    | 'tellAttempts'
  >
>;

/**
 * Notices waiting in the tables where they were written (each in the partition of what caused it).
 * Any number of dispatchers may read it at once: each notice is claimed with its ETag.
 */
export class NoticeOutbox {
  constructor(private readonly tables: readonly TableClient[]) {}

  /** Up to `limit` notices due at `now`: pending ones, and sending ones whose lease has ended. */
  async due(now: Date, limit: number): Promise<Array<{ table: TableClient; row: Row }>> {
    const found: Array<{ table: TableClient; row: Row }> = [];
    const filter = odata`RowKey ge ${noticePrefix} and RowKey lt ${'notice.'} and dueAt le ${now.toISOString()}`;
    for (const table of this.tables) {
      await guard(async () => {
        for await (const row of table.listEntities<Record<string, unknown>>({
          queryOptions: { filter },
        })) {
          found.push({ table, row: row as Row });
          if (found.length >= limit) return;
        }
      });
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Takes a due notice for `holder` until `leaseEnds`; null when another dispatcher took it first. */
  async claim(
    due: { table: TableClient; row: Row },
    holder: string,
    leaseEnds: Date,
  ): Promise<ClaimedNotice | null> {
    const { table, row } = due;
    const notice = readNotice(row);
    const takenOver = notice.status === 'sending';
    const claimed: Progress = {
      status: 'sending',
      claimedBy: holder,
      dueAt: leaseEnds.toISOString(),
    };
    const written = await this.write(table, row, claimed);
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
    return this.settle(claim, {
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
    return this.settle(claim, {
      status: 'pending',
      dueAt: retryAt.toISOString(),
      lastError: reason,
      attempts,
      claimedBy: undefined,
    });
  }

  /** Not tried: back to pending at `dueAt` (the send allowance was spent). */
  async release(claim: ClaimedNotice, dueAt: Date): Promise<boolean> {
    return this.settle(claim, {
      status: 'pending',
      dueAt: dueAt.toISOString(),
      claimedBy: undefined,
    });
  }

  /**
   * Refused for good: nobody tries again, and its author is to be told (`failuresToTell`), unless
   * it went to a subscriber.
   */
  async failed(
    claim: ClaimedNotice,
    reason: string,
    attempts: number,
    at: Date = new Date(),
  ): Promise<boolean> {
    return this.settle(claim, {
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

  /** Failed notices whose author is due to be told: not told yet, and no server holds the telling. */
  async failuresToTell(now: Date, limit: number): Promise<Array<{ table: TableClient; row: Row }>> {
    const found: Array<{ table: TableClient; row: Row }> = [];
    const filter = odata`RowKey ge ${noticePrefix} and RowKey lt ${'notice.'} and authorTold eq ${false} and tellDueAt le ${now.toISOString()}`;
    for (const table of this.tables) {
      await guard(async () => {
        for await (const row of table.listEntities<Record<string, unknown>>({
          queryOptions: { filter },
        })) {
          found.push({ table, row: row as Row });
          if (found.length >= limit) return;
        }
      });
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Takes the telling of a failure until `leaseEnds`; null when another server took it first. */
  async claimTelling(
    due: { table: TableClient; row: Row },
    leaseEnds: Date,
  ): Promise<ClaimedNotice | null> {
    const { table, row } = due;
    const written = await this.write(table, row, { tellDueAt: leaseEnds.toISOString() });
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
    return this.settle(claim, { authorTold: true, tellDueAt: undefined });
  }

  /** Teams could not be reached: try telling again at `at`. */
  async tellLater(claim: ClaimedNotice, at: Date, tellAttempts: number): Promise<boolean> {
    return this.settle(claim, { tellDueAt: at.toISOString(), tellAttempts });
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
          return row as Row;
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
    const filter = odata`PartitionKey eq ${partitionKey} and RowKey ge ${noticePrefix} and RowKey lt ${'notice.'}`;
    const found: StoredNotice[] = [];
    for (const table of this.tables) {
      await guard(async () => {
        for await (const row of table.listEntities<Record<string, unknown>>({
          queryOptions: { filter },
        }))
          found.push(readNotice(row as Row));
      });
    }
    return found.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  }

  /** False when the lease was lost: another dispatcher took the notice over. */
  private async settle(claim: ClaimedNotice, progress: Progress): Promise<boolean> {
    const written = await this.write(claim.table, claim.row, progress);
    if (written) claim.row = written;
    return written !== null;
  }

  /** Replaces the row with `progress` applied, if its ETag is still the one read; the row written, or null. */
  private async write(table: TableClient, row: Row, progress: Progress): Promise<Row | null> {
    const next: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row))
      if (!name.startsWith('odata.') && name !== 'etag' && name !== 'timestamp') next[name] = value;
    for (const [name, value] of Object.entries(progress)) {
      if (value === undefined) delete next[name];
      else next[name] = value;
    }
    try {
      const response = await guard(() =>
        table.updateEntity(next as { partitionKey: string; rowKey: string }, 'Replace', {
          etag: row.etag,
        }),
      );
      return response.etag ? ({ ...next, etag: response.etag } as Row) : null;
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) return null;
      throw error;
    }
  }
}
