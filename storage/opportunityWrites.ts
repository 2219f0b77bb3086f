import type { TableClient } from '@azure/data-tables';
import type { AuditEvent } from '../domain/events';
import type { NoticeMessage } from '../domain/notices';
import type { Opportunity } from '../domain/opportunity';
import { announcementEntity, announces } from './announcements';
import { extend, type ChainState } from './auditChain';
import { assertEntityFits, EntityTooLarge, maxOperations } from './entityLimits';
import { guard } from './errors';
import { noticeEntity } from './noticeRows';
import {
  eventEntity,
  headEntity,
  partitionKeyOf,
  rememberedKey,
  type Entity,
} from './opportunityEntities';

/**
 * How a change `OpportunityStore` decided is written: the head row and its event (the audit
 * chain's next link) in one entity-group transaction, with a posting's announcement and as many of
 * the suppliers' notices as fit. Whether the change may be made is settled before, not here.
 */

/** Why the rows break Azure's limits (the first limit broken), or null when they fit. */
export function whyTooLarge(rows: readonly Entity[]): string | null {
  try {
    rows.forEach(assertEntityFits);
    return null;
  } catch (error) {
    if (error instanceof EntityTooLarge) return error.detail;
    throw error;
  }
}

/** A new draft's rows: its head and its first event, which starts the audit chain. */
export interface DraftRows {
  readonly head: Entity;
  readonly event: Entity;
}

export function draftRows(record: Opportunity, event: AuditEvent): DraftRows {
  const { link, chain } = extend(null, event);
  return { head: headEntity(record, [], chain), event: eventEntity(event, undefined, link) };
}

/** Writes a new draft's head and event together; an id already taken fails with 409. */
export async function writeDraft(table: TableClient, rows: DraftRows): Promise<void> {
  await guard(() =>
    table.submitTransaction([
      ['create', rows.head],
      ['create', rows.event],
    ]),
  );
}

/** The rows of a decided change to a stored record. */
export interface ChangeRows {
  readonly head: Entity;
  readonly event: Entity;
  /** The posting's announcement to subscribers, or none. */
  readonly announcement: readonly Entity[];
  readonly notices: readonly Entity[];
}

/**
 * The next head (remembering the idempotency key, if any, with its request), the decided event as
 * the chain's next link after `read.chain`, and a row for each of the suppliers' `messages`.
 */
export function changeRows(
  read: { readonly keys: readonly string[]; readonly chain: ChainState | null },
  decided: { record: Opportunity; event: AuditEvent },
  key: { token: string; fingerprint: string } | undefined,
  messages: readonly NoticeMessage[],
): ChangeRows {
  // The event and the head that names it as the chain's latest go in the same transaction.
  const { link, chain } = extend(read.chain, decided.event);
  const partitionKey = partitionKeyOf(decided.record.id);
  const keys = key ? [...read.keys, rememberedKey(key.token, key.fingerprint)] : read.keys;
  return {
    head: headEntity(decided.record, keys, chain),
    event: eventEntity(decided.event, key?.token, link),
    // A posting is announced to subscribers: the announcement is stored with it, never after it.
    announcement: announces(decided.event)
      ? [announcementEntity(partitionKey, decided.event.at)]
      : [],
    notices: messages.map((message) =>
      noticeEntity(partitionKey, message, new Date(decided.event.at)),
    ),
  };
}

/** A transaction holds 100 rows: the head, the event and as many notices as fit go together. */
function noticesWithChange(rows: ChangeRows): number {
  return maxOperations - 2 - rows.announcement.length;
}

/**
 * Writes a change over the head read with `etag`, in one transaction. Another writer that got
 * there first fails it (412 on the head, or 409 on the event row) and nothing is written.
 */
export async function writeChange(
  table: TableClient,
  rows: ChangeRows,
  etag: string,
): Promise<void> {
  const { head, event, announcement, notices } = rows;
  const together = [...announcement, ...notices.slice(0, noticesWithChange(rows))];
  await guard(() =>
    table.submitTransaction([
      ['update', head, 'Replace', { etag }],
      ['create', event],
      ...together.map((row): ['create', typeof row] => ['create', row]),
    ]),
  );
}

/**
 * Past the first 98 (97 with an announcement), notices follow the stored change at once, 100 a
 * transaction.
 */
export async function writeRemainingNotices(table: TableClient, rows: ChangeRows): Promise<void> {
  const { notices } = rows;
  for (let i = noticesWithChange(rows); i < notices.length; i += maxOperations) {
    const batch = notices.slice(i, i + maxOperations);
    await guard(() =>
      table.submitTransaction(batch.map((row): ['create', typeof row] => ['create', row])),
    );
  }
}
