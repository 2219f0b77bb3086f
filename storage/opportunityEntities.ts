import { createHash } from 'node:crypto';
import type { TableEntity } from '@azure/data-tables';
import { awaiting } from '../domain/awaiting';
import { totalCents } from '../domain/completeness';
import type { AuditEvent } from '../domain/events';
import { afterPostingDefaults, type Opportunity } from '../domain/opportunity';
import { chunkJson, unchunkJson } from './entityLimits';
import { encodeKey, eventRowKey, headRowKey } from './keys';

/** How many recent idempotency keys a head row remembers; far more than an opportunity's lifetime of actions. */
const rememberedKeys = 200;

export type Entity = TableEntity<Record<string, unknown>>;

/** Idempotency keys are hashed: any client string becomes a short, safe token. */
export function idempotencyToken(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

/** Fund centres compare trimmed and case-folded, as the contract-splitting rule compares them. */
export function fundCentreKey(fundCentre: string): string {
  return fundCentre.trim().toUpperCase();
}

export function partitionKeyOf(id: string): string {
  return encodeKey(id);
}

/** The head row: the current record, plus the columns that queries filter on. */
export function headEntity(record: Opportunity, keys: readonly string[]): Entity {
  const waitingFor = awaiting(record);
  return {
    partitionKey: partitionKeyOf(record.id),
    rowKey: headRowKey,
    state: record.state,
    version: record.version,
    authorId: record.authorId,
    cardholderId: record.fields.cardholderId ?? '',
    fundCentre: record.fields.fundCentre,
    fundCentreKey: fundCentreKey(record.fields.fundCentre),
    titleEn: record.fields.titleEn,
    closingAt: record.fields.closingAt ?? '',
    totalCents: totalCents(record.fields) ?? 0,
    awaitingPersonId: waitingFor && 'personId' in waitingFor ? waitingFor.personId : '',
    awaitingRole: waitingFor && 'role' in waitingFor ? waitingFor.role : '',
    updatedAt: record.updatedAt,
    stateSince: record.stateSince,
    ...chunkJson('record', record),
    idempotencyKeys: JSON.stringify(keys.slice(-rememberedKeys)),
  };
}

export function readHead(entity: Record<string, unknown>): { record: Opportunity; keys: string[] } {
  const keys =
    typeof entity.idempotencyKeys === 'string'
      ? (JSON.parse(entity.idempotencyKeys) as string[])
      : [];
  // Records stored before the steps after posting existed lack their fields; they start empty.
  const stored = unchunkJson<Opportunity>('record', entity);
  // Only what is missing is added, after the rest: a record read back keeps its fields' order.
  const missing = Object.entries(afterPostingDefaults()).filter(([key]) => !(key in stored));
  return { record: missing.length ? { ...stored, ...Object.fromEntries(missing) } : stored, keys };
}

export function eventEntity(event: AuditEvent, idempotencyKey: string | undefined): Entity {
  return {
    partitionKey: partitionKeyOf(event.opportunityId),
    rowKey: eventRowKey(event.version),
    version: event.version,
    at: event.at,
    kind: event.details.kind,
    actorId: event.actorId,
    from: event.from ?? '',
    to: event.to,
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...chunkJson('event', event),
  };
}

export function readEvent(entity: Record<string, unknown>): AuditEvent {
  return unchunkJson<AuditEvent>('event', entity);
}
