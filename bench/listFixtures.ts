import type { TableClient } from '@azure/data-tables';
import { replay, type AuditEvent } from '../domain/events';
import type { Opportunity } from '../domain/opportunity';
import { actorFromPerson, type Person } from '../domain/people';
import { extend, type ChainState } from '../storage/auditChain';
import { headRowKey } from '../storage/keys';
import { eventEntity, headEntity, type Entity } from '../storage/opportunityEntities';
import type { OpportunityStore } from '../storage/opportunityStore';
import { aPerson, completeFields } from '../tests/support/builders';

/** Events per opportunity in the list benchmark: 10,000 opportunities make 100,000 events. */
export const eventsEach = 10;

const client = (id: string) => aPerson({ id, roles: ['client'] });
const cardholder = (id: string) => aPerson({ id, roles: ['cardholder'] });

/** The list benchmark's cast. */
export const listCast = {
  /** Authors nine opportunities in ten: the dense "mine". */
  prolific: client('bench-prolific'),
  /** Authors exactly one: the sparse "mine". */
  loner: client('bench-loner'),
  /** Named on every opportunity: a dense inbox once they await funds. */
  busyCardholder: cardholder('bench-cardholder'),
  /** Named on exactly one, which awaits their funds: the sparse inbox. */
  quietCardholder: cardholder('bench-quiet-cardholder'),
  /** The tenth opportunity goes to one of these, about ten each. */
  others: Array.from({ length: 100 }, (_, i) => client(`bench-author-${i}`)),
};

/**
 * One opportunity made through the real store, with `eventsEach` events: created, edited, and
 * submitted for funds if `submit` (its last event).
 */
export async function throughStore(
  store: OpportunityStore,
  author: Person,
  cardholderId: string,
  submit: boolean,
): Promise<{ id: string; events: AuditEvent[] }> {
  const actor = actorFromPerson(author);
  const created = await store.create(actor, completeFields({ cardholderId }));
  if (created.kind !== 'applied') throw new Error(`bench fixture: create ${created.kind}`);
  const id = created.record.id;
  for (let v = 2; v <= eventsEach - (submit ? 1 : 0); v++) {
    const edit = { kind: 'editDraft' as const, changes: { titleEn: `Date picker ${v}` } };
    const edited = await store.apply(id, edit, actor);
    if (edited.kind !== 'applied') throw new Error(`bench fixture: edit ${edited.kind}`);
  }
  if (submit) {
    const submitted = await store.apply(id, { kind: 'submit' }, actor);
    if (submitted.kind !== 'applied') throw new Error(`bench fixture: submit ${submitted.kind}`);
  }
  return { id, events: await store.events(id) };
}

/**
 * Another opportunity's rows from a template's events, as the store would have written them: the
 * same events under another id (and another author, where the template's author acted), the head
 * replayed from them by the domain, and the audit chain computed as the store computes it.
 */
export function copyRows(template: readonly AuditEvent[], id: string, author: Person): Entity[] {
  const templateAuthor = template[0]!.actorId;
  const events = template.map((event): AuditEvent => {
    if (event.actorId !== templateAuthor) return { ...event, opportunityId: id };
    const details =
      event.details.kind === 'create'
        ? { ...event.details, authorName: author.name }
        : event.details;
    return { ...event, opportunityId: id, actorId: author.id, actorName: author.name, details };
  });
  let chain: ChainState | null = null;
  const rows = events.map((event) => {
    const next = extend(chain, event);
    chain = next.chain;
    return eventEntity(event, undefined, next.link);
  });
  const record = replay(events) as Opportunity;
  return [headEntity(record, [], chain ?? undefined), ...rows];
}

/** The columns of a head row the lists filter on. */
export interface HeadColumns {
  partitionKey: string;
  authorId: string;
  state: string;
  awaitingPersonId: string;
}

/** Every head row's filter columns, in key order (as both Azurite and Azure answer). */
export async function headsInKeyOrder(table: TableClient): Promise<HeadColumns[]> {
  const heads: HeadColumns[] = [];
  const pages = table
    .listEntities<Record<string, unknown>>({
      queryOptions: {
        filter: `RowKey eq '${headRowKey}'`,
        select: ['PartitionKey', 'authorId', 'state', 'awaitingPersonId'],
      },
    })
    .byPage({ maxPageSize: 1_000 });
  for await (const page of pages)
    for (const row of page)
      heads.push({
        partitionKey: String(row.partitionKey),
        authorId: String(row.authorId),
        state: String(row.state),
        awaitingPersonId: String(row.awaitingPersonId),
      });
  return heads;
}

/**
 * How many rows a scan in key order reads before it can answer a first page of `size`: whole
 * partitions up to the one holding the `size`th match, or every row when fewer match (to know
 * there is no other). Azure keeps rows in key order and answers a filter without `PartitionKey`
 * by such a scan; Azurite reads every row whatever the answer.
 */
export function rowsScannedInKeyOrder(
  heads: readonly HeadColumns[],
  rowsIn: (partitionKey: string) => number,
  matches: (head: HeadColumns) => boolean,
  size: number,
): number {
  let rows = 0;
  let found = 0;
  for (const head of heads) {
    rows += rowsIn(head.partitionKey);
    if (matches(head) && ++found === size) return rows;
  }
  return rows;
}
