import { odata, type TableClient } from '@azure/data-tables';
import { awaiting } from '../domain/awaiting';
import { replay, type AuditEvent } from '../domain/events';
import { isOpportunityId, type Opportunity } from '../domain/opportunity';
import { fundCentreAward, fundCentreKey, type FundCentreAward } from '../domain/splitting';
import type { Person } from '../domain/people';
import type { State } from '../domain/states';
import { readChain, type ChainState } from './auditChain';
import { getOrNull, guard } from './errors';
import { decodeKey, eventRowsFrom, eventRowsTo, headRowKey } from './keys';
import {
  fundCentreColumns,
  fundCentreFactsOf,
  headFigureColumns,
  lacksStages,
  partitionKeyOf,
  readHead,
  readFundCentreFacts,
  readEvent,
  readHeadFigures,
  type HeadFigures,
} from './opportunityEntities';
import { readEvents } from './trailRows';

/** A head row as read: the record, the idempotency keys it has seen, its ETag. */
export interface Snapshot {
  readonly record: Opportunity;
  readonly keys: readonly string[];
  readonly etag: string;
  /** The audit chain as the head row has it; null for a head written before the chain. */
  readonly chain: ChainState | null;
}

/** A record stored before it kept its stages gets them from its events; the next write stores them. */
async function withStages(table: TableClient, record: Opportunity): Promise<Opportunity> {
  if (!lacksStages(record)) return record;
  return { ...record, stages: replay(await readEvents(table, record.id))?.stages ?? [] };
}

/** One opportunity's head row, by its id; null when there is none (or the id is not one). */
export async function readSnapshot(table: TableClient, id: string): Promise<Snapshot | null> {
  if (!isOpportunityId(id)) return null;
  const entity = await getOrNull<Record<string, unknown>>(table, partitionKeyOf(id), headRowKey);
  return entity ? snapshotOf(table, entity) : null;
}

async function snapshotOf(
  table: TableClient,
  entity: Record<string, unknown> & { etag: string },
): Promise<Snapshot> {
  const { record, keys } = readHead(entity);
  return {
    record: await withStages(table, record),
    keys,
    etag: entity.etag,
    chain: readChain(entity),
  };
}

/**
 * One opportunity's head row and its audit trail up to the head's version, in one query of its
 * partition (a record's page shows both): null when there is none. Should a change land while
 * the query reads (storage does not promise one moment for the rows of a query), events beyond
 * the head are left out, and a trail that stops short of the head is read again.
 */
export async function readWithEvents(
  table: TableClient,
  id: string,
): Promise<{ snapshot: Snapshot; events: AuditEvent[] } | null> {
  if (!isOpportunityId(id)) return null;
  return guard(async () => {
    const filter = odata`PartitionKey eq ${partitionKeyOf(id)} and (RowKey eq ${headRowKey} or (RowKey ge ${eventRowsFrom} and RowKey lt ${eventRowsTo}))`;
    let head: (Record<string, unknown> & { etag: string }) | null = null;
    let events: AuditEvent[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({
      queryOptions: { filter },
    })) {
      if (row.rowKey === headRowKey) head = row;
      else events.push(readEvent(row));
    }
    if (!head) return null;
    const snapshot = await snapshotOf(table, head);
    const { version } = snapshot.record;
    if (!events.some((event) => event.version === version)) events = await readEvents(table, id);
    return { snapshot, events: events.filter((event) => event.version <= version) };
  });
}

/** The lists people ask for; each becomes one OData filter over the head rows. */
export type ListQuery =
  | { kind: 'all' }
  | { kind: 'state'; state: State }
  | { kind: 'author'; personId: string }
  | { kind: 'cardholder'; personId: string }
  /** What waits for this person: named on it, or holding the role the step needs. */
  /** `principals`: the cardholders the person stands in for today, as their delegate. */
  | { kind: 'awaiting'; person: Person; principals?: readonly string[] }
  /** Posted opportunities whose closing time has come. */
  | { kind: 'closingDue'; now: Date };

export interface Page {
  items: Opportunity[];
  /** Pass back to get the next page; absent on the last one. */
  continuationToken?: string;
}

/** A head as read: the record and its audit chain (null for one stored before the chain). */
export interface ChainedRecord {
  record: Opportunity;
  chain: ChainState | null;
}

export interface ChainedPage {
  items: ChainedRecord[];
  continuationToken?: string;
}

export const maxPageSize = 100;

function filterFor(query: ListQuery): string {
  const head = headRowKey;
  switch (query.kind) {
    case 'all':
      return odata`RowKey eq ${head}`;
    case 'state':
      return odata`RowKey eq ${head} and state eq ${query.state}`;
    case 'author':
      return odata`RowKey eq ${head} and authorId eq ${query.personId}`;
    case 'cardholder':
      return odata`RowKey eq ${head} and cardholderId eq ${query.personId}`;
    case 'closingDue': {
      const posted = 'posted';
      const empty = '';
      // ISO 8601 instants in UTC sort as text, so the comparison is a string comparison.
      return odata`RowKey eq ${head} and state eq ${posted} and closingAt ne ${empty} and closingAt le ${query.now.toISOString()}`;
    }
    case 'awaiting': {
      const { person } = query;
      const ids = [person.id, ...(query.principals ?? [])];
      const awaitingOne = ids.map((id) => odata`awaitingPersonId eq ${id}`).join(' or ');
      if (!person.roles.includes('procurement'))
        return `${odata`RowKey eq ${head}`} and (${awaitingOne})`;
      const role = 'procurement';
      return `${odata`RowKey eq ${head}`} and (${awaitingOne} or ${odata`awaitingRole eq ${role}`})`;
    }
  }
}

/**
 * A procurement officer does not wait on their own opportunity nor one they fund (posting, held
 * award), in person or as its cardholder's delegate; a delegate waits only on the cardholder
 * steps of those they stand in for, never on the steps those people take as authors.
 */
export function keep(query: ListQuery, record: Opportunity): boolean {
  if (query.kind !== 'awaiting') return true;
  const { person, principals = [] } = query;
  const cardholder = record.fields.cardholderId ?? '';
  if (record.state === 'awaitingProcurement' || record.state === 'awardHeld')
    return (
      record.authorId !== person.id && cardholder !== person.id && !principals.includes(cardholder)
    );
  const waitsFor = awaiting(record);
  if (!waitsFor || !('personId' in waitsFor) || waitsFor.personId === person.id) return true;
  return (
    principals.includes(waitsFor.personId) &&
    cardholder === waitsFor.personId &&
    record.authorId !== person.id
  );
}

/**
 * Storage pages read for one page of a list at most. A page of storage may hold fewer rows than
 * asked, even none, before the end: Azure answers a query over many partitions a range at a
 * time, and `keep` drops rows. A person with one match among thousands would otherwise be shown
 * an empty page and "more".
 */
const maxStoragePagesPerPage = 50;

/** One page of heads with their audit chains: what the public data publishes. */
export async function listChained(
  table: TableClient,
  query: ListQuery,
  page: { size?: number; continuationToken?: string } = {},
): Promise<ChainedPage> {
  const found = await readPage(table, query, page);
  const items = await Promise.all(
    found.items.map(async (item) => ({ ...item, record: await withStages(table, item.record) })),
  );
  return { ...found, items };
}

/** One page of heads as stored: records stored before they kept their stages lack them. */
async function readPage(
  table: TableClient,
  query: ListQuery,
  page: { size?: number; continuationToken?: string },
): Promise<ChainedPage> {
  const size = Math.min(Math.max(1, page.size ?? 50), maxPageSize);
  return guard(async () => {
    const items: ChainedPage['items'] = [];
    let continuationToken = page.continuationToken;
    for (let read = 0; read < maxStoragePagesPerPage && items.length < size; read++) {
      const next = await table
        .listEntities<Record<string, unknown>>({ queryOptions: { filter: filterFor(query) } })
        .byPage({ maxPageSize: size - items.length, continuationToken })
        .next();
      if (next.done) return { items };
      for (const entity of next.value) {
        const item = { record: readHead(entity).record, chain: readChain(entity) };
        if (keep(query, item.record)) items.push(item);
      }
      continuationToken = next.value.continuationToken;
      if (!continuationToken) return { items };
    }
    return continuationToken ? { items, continuationToken } : { items };
  });
}

/** Azure's largest page. */
const widestPage = 1_000;

/**
 * Every head row's small columns, never the record: all of them, or those storage wrote at or
 * after `since` by its own clock (`Timestamp`, which storage sets on every write of the row,
 * whoever writes it and whatever the writer's clock says).
 */
export async function listHeadFigures(
  table: TableClient,
  since: Date | null,
): Promise<HeadFigures[]> {
  return guard(async () => {
    const rows: HeadFigures[] = [];
    for await (const entity of selectedRows(table, headsStoredSince(since), headFigureColumns))
      rows.push(readHeadFigures(entity));
    return rows;
  });
}

/** Every head row, or those storage wrote at or after `since` by its own clock (`Timestamp`). */
export function headsStoredSince(since: Date | null): string {
  const head = headRowKey;
  return since ? odata`RowKey eq ${head} and Timestamp ge ${since}` : odata`RowKey eq ${head}`;
}

/** Every row a filter matches, with only `columns`, read in Azure's widest pages. */
export async function* selectedRows(
  table: TableClient,
  filter: string,
  columns: readonly string[],
): AsyncGenerator<Record<string, unknown>> {
  const pages = table
    .listEntities<Record<string, unknown>>({ queryOptions: { filter, select: [...columns] } })
    .byPage({ maxPageSize: widestPage });
  for await (const page of pages) yield* page;
}

/**
 * The fund centre's opportunities as the splitting rule and the CFOB's view count them, read from
 * a few small columns of their head rows, never their records (a fund centre may hold hundreds).
 * A row stored before those columns existed is read whole.
 */
export async function listFundCentreAwards(
  table: TableClient,
  fundCentre: string,
): Promise<FundCentreAward[]> {
  const filter = odata`RowKey eq ${headRowKey} and fundCentreKey eq ${fundCentreKey(fundCentre)}`;
  return guard(async () => {
    const found: FundCentreAward[] = [];
    for await (const entity of selectedRows(table, filter, fundCentreColumns)) {
      const facts = readFundCentreFacts(entity) ?? (await factsFromRecord(table, entity));
      const award = facts && fundCentreAward(facts);
      if (award) found.push(award);
    }
    return found;
  });
}

async function factsFromRecord(table: TableClient, entity: Record<string, unknown>) {
  const snapshot = await readSnapshot(table, decodeKey(String(entity.partitionKey)));
  return snapshot && fundCentreFactsOf(snapshot.record);
}
