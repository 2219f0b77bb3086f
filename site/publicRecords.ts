import type { AuditEvent } from '../domain/events';
import type { Opportunity } from '../domain/opportunity';
import { postedStates } from '../domain/transitions';
import { publishedChain, type ChainState, type PublishedChain } from '../storage/auditChain';
import type { ListQuery } from '../storage/opportunityQueries';
import type { Storage } from '../storage/storage';
import { isPublic, mayBePublicIn } from './publicView';

/** Records read whole at once when publishing what changed. */
const wholeReadsAtOnce = 8;

/** The audit chain heads the public data publishes, by opportunity id. */
export type PublishedChains = Map<string, PublishedChain>;

/** Remembers the chain head the public data publishes for a record, if it has one. */
function keepChain(chains: PublishedChains, record: Opportunity, chain: ChainState | null): void {
  const published = publishedChain(record.id, record.version, chain);
  if (published) chains.set(record.id, published);
}

async function listAll(
  storage: Storage,
  query: ListQuery,
  chains: PublishedChains,
): Promise<Opportunity[]> {
  const records: Opportunity[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await storage.opportunities.listChained(query, { size: 100, continuationToken });
    for (const { record, chain } of page.items) {
      records.push(record);
      keepChain(chains, record, chain);
    }
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return records;
}

/** Every opportunity the public page shows, read page by page from storage, and their chain heads. */
export async function loadPublicRecords(
  storage: Storage,
  chains: PublishedChains = new Map(),
): Promise<Opportunity[]> {
  const records: Opportunity[] = [];
  // Cancelled ones count only if they were posted (`isPublic`).
  for (const state of postedStates)
    records.push(...(await listAll(storage, { kind: 'state', state }, chains)).filter(isPublic));
  return records;
}

/**
 * The audit trails of opportunities past posting, so that closing and award are dated exactly in
 * the open data (an open opportunity's dates are all on its record).
 */
export async function loadPublicEvents(
  storage: Storage,
  records: readonly Opportunity[],
): Promise<Map<string, AuditEvent[]>> {
  const events = new Map<string, AuditEvent[]>();
  for (const r of records)
    if (r.state !== 'posted') events.set(r.id, await storage.opportunities.events(r.id));
  return events;
}

export interface PublicChanges {
  /** Every public opportunity (`complete`), or those whose public side may have changed. */
  records: Opportunity[];
  events: Map<string, AuditEvent[]>;
  /** The chain head of each of `records` that has one. */
  chains: PublishedChains;
  complete: boolean;
}

/**
 * What the public site is made from, read from storage: everything, or only the rows storage
 * wrote since a time (whichever server wrote them), so that publishing one change reads one change.
 */
export class PublicRecordsReader {
  /** The version last published of each opportunity that was public. */
  private readonly versions = new Map<string, number>();

  constructor(private readonly storage: Storage) {}

  /**
   * Everything public (`since` null); or the opportunities stored since `since` whose version was
   * not published yet: new versions of public ones, and any that stopped being public.
   */
  async read(since: Date | null): Promise<PublicChanges> {
    const chains: PublishedChains = new Map();
    if (since === null) {
      const records = await loadPublicRecords(this.storage, chains);
      const events = await loadPublicEvents(this.storage, records);
      return { records, events, chains, complete: true };
    }
    // What changed is read in small columns first; only those that may change the public page
    // (a new version of one that is or was public) are read whole.
    // A version not published yet, of one that may be public now or was.
    const wanted = (id: string, version: number, mayBePublic: boolean) =>
      this.versions.get(id) !== version && (mayBePublic || this.versions.has(id));
    const candidates = (await this.storage.opportunities.headFigures(since)).filter((head) =>
      wanted(head.id, head.version, mayBePublicIn(head.state)),
    );
    const records: Opportunity[] = [];
    for (let start = 0; start < candidates.length; start += wholeReadsAtOnce) {
      const batch = candidates.slice(start, start + wholeReadsAtOnce);
      for (const snapshot of await Promise.all(
        batch.map((head) => this.storage.opportunities.read(head.id)),
      )) {
        if (!snapshot) continue;
        const { record, chain } = snapshot;
        if (!wanted(record.id, record.version, isPublic(record))) continue;
        records.push(record);
        keepChain(chains, record, chain);
      }
    }
    const events = await loadPublicEvents(this.storage, records.filter(isPublic));
    return { records, events, chains, complete: false };
  }

  /** Remembers what was published, so that the next read leaves it out. */
  published(changes: PublicChanges): void {
    if (changes.complete) this.versions.clear();
    for (const r of changes.records)
      if (isPublic(r)) this.versions.set(r.id, r.version);
      else this.versions.delete(r.id);
  }
}
