import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import type { NoticeKind, NoticeLanguage, NoticeMessage } from '../domain/notices';
import { chunkJson, unchunkJson } from './entityLimits';
import { guard, statusOf } from './errors';
import { decodeKey } from './keys';

/*
 * A notice's row: what is stored, how it is read, and how it moves on (each change written with
 * the ETag read). The outbox sends notices (`noticeOutbox.ts`); authors are told of those that
 * failed (`failedNoticeTelling.ts`); the stores write new ones beside the change that causes them.
 */

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

/** A notice row as read, with its ETag. */
export type NoticeRow = Record<string, unknown> & {
  partitionKey: string;
  rowKey: string;
  etag: string;
};

/** A notice found by a query, with the table it is in. */
export interface FoundNotice {
  table: TableClient;
  row: NoticeRow;
}

export function readNotice(row: NoticeRow): StoredNotice {
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
  row: NoticeRow;
}

/** The columns that change as a notice moves on; the rest of the row is kept as it was. */
export type NoticeProgress = Partial<
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
 * Up to `limit` notice rows that also match `filter` (conditions joined by `and`, built with
 * `odata`; first, so that a `PartitionKey eq` reads one partition), from every table that holds
 * notices. Without a partition, a scan of the notice rows: fine at the pilot's size.
 */
export async function noticesWhere(
  tables: readonly TableClient[],
  filter: string,
  limit: number,
): Promise<FoundNotice[]> {
  const found: FoundNotice[] = [];
  const notices = odata`RowKey ge ${noticePrefix} and RowKey lt ${'notice.'}`;
  for (const table of tables) {
    await guard(async () => {
      for await (const row of table.listEntities<Record<string, unknown>>({
        queryOptions: { filter: `${filter} and ${notices}` },
      })) {
        found.push({ table, row: row as NoticeRow });
        if (found.length >= limit) return;
      }
    });
    if (found.length >= limit) break;
  }
  return found;
}

/** Records `progress` on a claimed notice; false when the lease was lost (another server took it over). */
export async function settleClaim(
  claim: ClaimedNotice,
  progress: NoticeProgress,
): Promise<boolean> {
  const written = await writeProgress(claim.table, claim.row, progress);
  if (written) claim.row = written;
  return written !== null;
}

/** Replaces the row with `progress` applied, if its ETag is still the one read; the row written, or null. */
export async function writeProgress(
  table: TableClient,
  row: NoticeRow,
  progress: NoticeProgress,
): Promise<NoticeRow | null> {
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
    return response.etag ? ({ ...next, etag: response.etag } as NoticeRow) : null;
  } catch (error) {
    if (statusOf(error) === 412 || statusOf(error) === 404) return null;
    throw error;
  }
}
