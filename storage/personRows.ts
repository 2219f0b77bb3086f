import { odata, type TableClient } from '@azure/data-tables';
import type { Delegation } from '../domain/delegation';
import { isLocale } from '../domain/locale';
import { isRole, type Person } from '../domain/people';
import type { PendingPersonChange, PersonChange, PersonEvent } from '../domain/personEvents';
import type { Registered } from '../domain/registration';
import { assertEntityFits } from './entityLimits';
import { getOrNull, guard } from './errors';
import { decodeKey, encodeKey, eventRowKey, eventRowsFrom, eventRowsTo, headRowKey } from './keys';

/**
 * How a person is kept in the people table: one partition each, a head row (the person now, with a
 * version), event rows (`event-<version>`: who changed what, when and why) and a `lastContact`
 * row. `PeopleStore` decides the changes, `personWrites.ts` writes them; this module turns rows
 * into people and back.
 */

interface HeadEntity {
  name: string;
  email: string;
  roles?: string;
  locale: string;
  chosenLocale?: string;
  version: number;
  /** BOOTSTRAP_ADMINS made them admin once: never again, so a later revocation holds. */
  bootstrapGranted?: boolean;
  deactivated?: boolean;
  updatedAt?: string;
  updatedByName?: string;
  /** The invitation whose roles they took, so a replay of that contact takes them once. */
  acceptedInvitation?: string;
  /** Their delegation as JSON, and its delegate's id alone so a delegate's principals are found. */
  delegation?: string;
  delegateId?: string;
}

interface EventEntity {
  at: string;
  byKind: string;
  byId: string;
  byName: string;
  why: string;
  reason?: string;
  change: string;
}

/** A person as an admin sees them: with their version (the ETag), last contact and last change. */
export interface PersonRecord {
  person: Person;
  version: number;
  lastContactAt?: string;
  updatedAt?: string;
  updatedByName?: string;
}

/**
 * Last contact is a row of its own, so it never moves the head's ETag (`personWrites.ts` writes it
 * at most once a quarter hour per person).
 */
export const lastContactRowKey = 'lastContact';

/** A head row as read: the person, their version and the ETag a write must match. */
export interface Snapshot extends Registered {
  version: number;
  etag: string;
  updatedAt?: string;
  updatedByName?: string;
  acceptedInvitation?: string;
}

export function recordOf(snapshot: Snapshot, lastContactAt?: string): PersonRecord {
  const { person, version, updatedAt, updatedByName } = snapshot;
  return {
    person,
    version,
    ...(lastContactAt ? { lastContactAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    ...(updatedByName ? { updatedByName } : {}),
  };
}

function toPerson(partitionKey: string, entity: HeadEntity): Person {
  return {
    id: decodeKey(partitionKey),
    name: entity.name,
    email: entity.email,
    roles: (entity.roles ?? '').split(',').filter(isRole),
    locale: isLocale(entity.locale) ? entity.locale : 'en',
    ...(isLocale(entity.chosenLocale) ? { chosenLocale: entity.chosenLocale } : {}),
    ...(entity.deactivated ? { deactivated: true } : {}),
    ...(entity.delegation ? { delegation: JSON.parse(entity.delegation) as Delegation } : {}),
  };
}

/** The person's head row as stored now, or null for someone never registered. */
export async function readHead(table: TableClient, id: string): Promise<Snapshot | null> {
  const entity = await getOrNull<HeadEntity>(table, encodeKey(id), headRowKey);
  if (!entity) return null;
  return {
    person: toPerson(entity.partitionKey!, entity),
    version: entity.version,
    bootstrapGranted: entity.bootstrapGranted === true,
    etag: entity.etag,
    ...(entity.updatedAt ? { updatedAt: entity.updatedAt } : {}),
    ...(entity.updatedByName ? { updatedByName: entity.updatedByName } : {}),
    ...(entity.acceptedInvitation ? { acceptedInvitation: entity.acceptedInvitation } : {}),
  };
}

/** Everyone, read now from every head row. */
export async function readEveryone(table: TableClient): Promise<Person[]> {
  return guard(async () => {
    const people: Person[] = [];
    const entities = table.listEntities<HeadEntity>({
      queryOptions: { filter: odata`RowKey eq ${headRowKey}` },
    });
    for await (const entity of entities) people.push(toPerson(entity.partitionKey!, entity));
    return people;
  });
}

/** Every person with their version and dates: head rows and last contacts in one query. */
export async function readRecords(table: TableClient): Promise<PersonRecord[]> {
  return guard(async () => {
    const found = new Map<string, PersonRecord>();
    const contacts = new Map<string, string>();
    const entities = table.listEntities<HeadEntity & { at?: string }>({
      queryOptions: {
        filter: odata`RowKey eq ${headRowKey} or RowKey eq ${lastContactRowKey}`,
      },
    });
    for await (const entity of entities) {
      const key = entity.partitionKey!;
      if (entity.rowKey === lastContactRowKey) {
        if (entity.at) contacts.set(key, entity.at);
        continue;
      }
      found.set(key, {
        person: toPerson(key, entity),
        version: entity.version,
        ...(entity.updatedAt ? { updatedAt: entity.updatedAt } : {}),
        ...(entity.updatedByName ? { updatedByName: entity.updatedByName } : {}),
      });
    }
    return [...found].map(([key, record]) => {
      const at = contacts.get(key);
      return at ? { ...record, lastContactAt: at } : record;
    });
  });
}

/** A person's timeline, oldest first. */
export async function readTimeline(table: TableClient, id: string): Promise<PersonEvent[]> {
  return guard(async () => {
    const events: PersonEvent[] = [];
    const entities = table.listEntities<EventEntity>({
      queryOptions: {
        filter: odata`PartitionKey eq ${encodeKey(id)} and RowKey gt ${eventRowsFrom} and RowKey lt ${eventRowsTo}`,
      },
    });
    for await (const e of entities)
      events.push({
        version: Number(e.rowKey!.slice(eventRowsFrom.length)),
        at: e.at,
        by: { kind: e.byKind === 'person' ? 'person' : 'system', id: e.byId, name: e.byName },
        why: e.why as PersonEvent['why'],
        ...(e.reason ? { reason: e.reason } : {}),
        change: JSON.parse(e.change) as PersonChange,
      });
    return events;
  });
}

/** One change's event row, checked against the entity limits. */
export function eventRow(
  partitionKey: string,
  version: number,
  at: string,
  { by, why, reason, change }: PendingPersonChange,
) {
  const row = {
    partitionKey,
    rowKey: eventRowKey(version),
    at,
    byKind: by.kind,
    byId: by.id,
    byName: by.name,
    why,
    ...(reason !== undefined ? { reason } : {}),
    change: JSON.stringify(change),
  };
  assertEntityFits(row);
  return row;
}

/** The head row for `person` after a change, checked against the entity limits. */
export function headRow(
  partitionKey: string,
  person: Person,
  written: {
    version: number;
    bootstrapGranted: boolean;
    updatedAt: string;
    updatedByName: string;
    acceptedInvitation: string | undefined;
  },
) {
  const { version, bootstrapGranted, updatedAt, updatedByName, acceptedInvitation } = written;
  const head = {
    partitionKey,
    rowKey: headRowKey,
    name: person.name,
    email: person.email,
    roles: person.roles.join(','),
    locale: person.locale,
    ...(person.chosenLocale ? { chosenLocale: person.chosenLocale } : {}),
    version,
    bootstrapGranted,
    ...(person.deactivated ? { deactivated: true } : {}),
    updatedAt,
    updatedByName,
    ...(acceptedInvitation ? { acceptedInvitation } : {}),
    ...(person.delegation
      ? {
          delegation: JSON.stringify(person.delegation),
          delegateId: person.delegation.delegateId,
        }
      : {}),
  };
  assertEntityFits(head);
  return head;
}
