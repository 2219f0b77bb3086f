import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import type { AuditEvent, RefusedAttempt } from '../domain/events';
import { isOpportunityId } from '../domain/opportunity';
import { chunkJson, unchunkJson } from './entityLimits';
import { guard } from './errors';
import { denialRowKey, eventRowsFrom, eventRowsTo } from './keys';
import { partitionKeyOf, readEvent, type Entity } from './opportunityEntities';

/**
 * An opportunity's trail beside its head row: its events (`event-…`, written with the head by
 * `opportunityWrites.ts`) and the attempts refused on it (`refused-…`, written alone).
 */

async function rowsBetween(
  table: TableClient,
  id: string,
  from: string,
  to: string,
): Promise<Entity[]> {
  if (!isOpportunityId(id)) return [];
  return guard(async () => {
    const filter = odata`PartitionKey eq ${partitionKeyOf(id)} and RowKey ge ${from} and RowKey lt ${to}`;
    const rows: Entity[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({
      queryOptions: { filter },
    })) {
      rows.push(row as Entity);
    }
    return rows;
  });
}

/** The audit trail, oldest first. */
export async function readEvents(table: TableClient, id: string): Promise<AuditEvent[]> {
  const rows = await rowsBetween(table, id, eventRowsFrom, eventRowsTo);
  return rows.map(readEvent);
}

/** The attempts refused on the opportunity, oldest first. */
export async function readRefusals(table: TableClient, id: string): Promise<RefusedAttempt[]> {
  const rows = await rowsBetween(table, id, 'refused-', 'refused.');
  return rows.map((row) => unchunkJson<RefusedAttempt>('attempt', row));
}

/** A refused attempt kept beside the events. */
export async function writeRefusal(table: TableClient, attempt: RefusedAttempt): Promise<void> {
  await guard(() =>
    table.createEntity({
      partitionKey: partitionKeyOf(attempt.opportunityId),
      rowKey: denialRowKey(attempt.at, randomUUID()),
      actorId: attempt.actorId,
      intent: attempt.refusal.intent,
      ...chunkJson('attempt', attempt),
    }),
  );
}
