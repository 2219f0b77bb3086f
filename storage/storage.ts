import { connect, ensureTables, ping, type StorageTarget, type Tables } from './connection';
import { ConversationStore } from './conversationStore';
import { OpportunityStore } from './opportunityStore';
import { PeopleStore } from './peopleStore';

/** Everything the server keeps, behind one object. */
export interface Storage {
  tables: Tables;
  opportunities: OpportunityStore;
  people: PeopleStore;
  conversations: ConversationStore;
  /** Resolves when storage answers within `timeoutMs`; throws `StorageUnavailable` otherwise. */
  ping(timeoutMs?: number): Promise<void>;
}

export interface StorageOptions {
  tablePrefix?: string;
  clock?: () => Date;
}

export async function openStorage(
  target: StorageTarget,
  options: StorageOptions = {},
): Promise<Storage> {
  const tables = connect(target, options.tablePrefix ?? '');
  await ensureTables(tables);
  const people = new PeopleStore(tables.clients.people);
  return {
    tables,
    people,
    conversations: new ConversationStore(tables.clients.conversations, tables.clients.cardmessages),
    opportunities: new OpportunityStore(
      tables.clients.opportunities,
      tables.clients.counters,
      people,
      options.clock,
    ),
    ping: (timeoutMs = 2_000) => ping(tables, timeoutMs),
  };
}
