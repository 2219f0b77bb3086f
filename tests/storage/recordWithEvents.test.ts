import type { TableClient } from '@azure/data-tables';
import { readWithEvents } from '../../storage/opportunityQueries';
import { chunkJson } from '../../storage/entityLimits';
import { eventRowKey } from '../../storage/keys';
import { partitionKeyOf } from '../../storage/opportunityEntities';
import type { Storage } from '../../storage/storage';
import { beforeClosing, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anOpportunityIn } from '../support/storageHelpers';

let storage: Storage;
let table: TableClient;

beforeAll(async () => {
  storage = await testStorage({ clock: () => beforeClosing });
  table = storage.tables.clients.opportunities;
});

describe('a record read with its audit trail, in one query', () => {
  it('answers the head as `read` does and the trail as `events` does', async () => {
    const record = await anOpportunityIn(storage, 'awaitingProcurement', { author: people.author });
    const [read, events, both] = await Promise.all([
      storage.opportunities.read(record.id),
      storage.opportunities.events(record.id),
      storage.opportunities.readWithEvents(record.id),
    ]);
    expect(both).toEqual({ snapshot: read, events });
    expect(both!.events.map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('answers null for an opportunity never stored, or a text that is not a number', async () => {
    expect(await storage.opportunities.readWithEvents('MA-2026-9999')).toBeNull();
    expect(await storage.opportunities.readWithEvents("x' or PartitionKey ne '")).toBeNull();
  });

  it('leaves out an event beyond the head: a change that landed while the query read', async () => {
    const record = await anOpportunityIn(storage, 'draft', { author: people.author });
    const [last] = await storage.opportunities.events(record.id);
    // The next change's event, as a query might meet it beside the head it replaced.
    await table.createEntity({
      partitionKey: partitionKeyOf(record.id),
      rowKey: eventRowKey(2),
      ...chunkJson('event', { ...last, version: 2 }),
    });
    const both = await storage.opportunities.readWithEvents(record.id);
    expect(both!.snapshot.record.version).toBe(1);
    expect(both!.events.map((e) => e.version)).toEqual([1]);
  });

  it("reads the trail again when the query's stops short of the head", async () => {
    const record = await anOpportunityIn(storage, 'awaitingFunds', { author: people.author });
    // The query meets the head as changed but not yet its event (the second read finds it).
    let queries = 0;
    const racing = new Proxy(table, {
      get(target, name, receiver) {
        if (name !== 'listEntities') return Reflect.get(target, name, receiver);
        return (...args: Parameters<TableClient['listEntities']>) => {
          const rows = target.listEntities(...args);
          if (queries++ > 0) return rows;
          return (async function* () {
            for await (const row of rows) if (row.rowKey !== eventRowKey(2)) yield row;
          })();
        };
      },
    });
    const both = await readWithEvents(racing, record.id);
    expect(queries).toBe(2);
    expect(both!.events.map((e) => e.version)).toEqual([1, 2]);
  });
});
