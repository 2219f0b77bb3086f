import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import type { AdminRefusal } from '../domain/peopleAdmin';
import { guard } from './errors';
import { encodeKey } from './keys';

/** An administrative change refused, kept beside the person's events (`refused-<at>-<uuid>`). */
export interface RefusedAdminChange {
  at: string;
  by: { id: string; name: string };
  action: AdminRefusal['action'];
  refusal: AdminRefusal['reason'];
  reason: string;
}

/** An admin's refusal kept beside the person's events, so the timeline can show it. */
export function writeAdminRefusal(
  table: TableClient,
  id: string,
  refusal: AdminRefusal,
  by: { id: string; name: string },
  reason: string,
  at: string,
): Promise<void> {
  return writeRefusalRow(table, encodeKey(id), refusal, by, reason, at);
}

/**
 * A refused administrative change in `partitionKey`: a person's (above) or the invitations to an
 * address (`recordInvitationRefusal`), read back by `readAdminRefusals`' row range.
 */
export async function writeRefusalRow(
  table: TableClient,
  partitionKey: string,
  refusal: AdminRefusal,
  by: { id: string; name: string },
  reason: string,
  at: string,
): Promise<void> {
  await guard(() =>
    table.createEntity({
      partitionKey,
      rowKey: `refused-${at}-${randomUUID()}`,
      at,
      byId: by.id,
      byName: by.name,
      action: refusal.action,
      refusal: refusal.reason,
      reason: reason.slice(0, 2_000),
    }),
  );
}

/** Refused administrative changes aimed at a person, oldest first. */
export async function readAdminRefusals(
  table: TableClient,
  id: string,
): Promise<RefusedAdminChange[]> {
  return guard(async () => {
    const found: RefusedAdminChange[] = [];
    const rows = table.listEntities<Record<string, string>>({
      queryOptions: {
        filter: odata`PartitionKey eq ${encodeKey(id)} and RowKey gt ${'refused-'} and RowKey lt ${'refused.'}`,
      },
    });
    for await (const row of rows)
      found.push({
        at: row.at!,
        by: { id: row.byId!, name: row.byName! },
        action: row.action as RefusedAdminChange['action'],
        refusal: row.refusal as RefusedAdminChange['refusal'],
        reason: row.reason ?? '',
      });
    return found;
  });
}
