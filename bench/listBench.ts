import { odata, type TransactionAction } from '@azure/data-tables';
import { formatOpportunityId } from '../domain/opportunity';
import { startAzurite, type RunningAzurite } from '../storage/azurite';
import { partitionKeyOf, readHead } from '../storage/opportunityEntities';
import type { ListQuery } from '../storage/opportunityQueries';
import type { OpportunityStore } from '../storage/opportunityStore';
import { connect, type StorageTarget } from '../storage/connection';
import { openStorage } from '../storage/storage';
import { eachAtOnce } from './backupBench';
import {
  copyRows,
  eventsEach,
  headsInKeyOrder,
  listCast,
  rowsScannedInKeyOrder,
  throughStore,
  type HeadColumns,
} from './listFixtures';
import { cpuMsOf } from './readCostBench';
import { ms, summary, timed } from './stats';
import { startStorageTally } from './storageTally';

const opportunities = Number(process.env.BENCH_OPPORTUNITIES ?? 10_000);
const rounds = Number(process.env.BENCH_LIST_ROUNDS ?? 50);
/** The tab's page (tab/src/views/OpportunityList.tsx asks for 25). */
const pageSize = Number(process.env.BENCH_LIST_PAGE ?? 25);
const transactionsInFlight = 16;
const { prolific, loner, busyCardholder, quietCardholder, others } = listCast;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Two templates through the real store (a draft; one submitted, awaiting the busy cardholder's
 * funds), copied into `opportunities - 3` partitions, one transaction of a head and its events
 * each; then the loner's one opportunity, through the store, last by key (MA-2025-… copies sort
 * before the store's MA-2026-…).
 */
async function fill(store: OpportunityStore, target: StorageTarget): Promise<Map<string, number>> {
  // Batch work, as the scripts connect (the backup benchmark's reason: Azurite slows as it grows).
  const table = connect(target, '', 120_000).clients.opportunities;
  const draft = await throughStore(store, prolific, busyCardholder.id, false);
  const funds = await throughStore(store, prolific, busyCardholder.id, true);
  const replayed = readHead(copyRows(funds.events, funds.id, prolific)[0]!).record;
  if (JSON.stringify(replayed) !== JSON.stringify(await store.get(funds.id)))
    throw new Error('bench fixture: a copied head differs from the store’s own');
  const copies = opportunities - 3;
  const rowsIn = new Map<string, number>();
  let filled = 0;
  let rows = 0;
  const started = performance.now();
  const filling = await timed(() =>
    eachAtOnce(
      Array.from({ length: copies }, (_, i) => i + 1),
      transactionsInFlight,
      async (n) => {
        const author = n % 10 === 0 ? others[(n / 10) % others.length]! : prolific;
        const template = n % 10 < 7 ? draft : funds;
        const entities = copyRows(template.events, formatOpportunityId(2025, n), author);
        await table.submitTransaction(entities.map((e): TransactionAction => ['create', e]));
        rowsIn.set(entities[0]!.partitionKey, entities.length);
        rows += entities.length;
        if (++filled % 1_000 === 0)
          console.log(`  ${filled} of ${copies} copied, ${seconds(performance.now() - started)}`);
      },
    ),
  );
  const lonely = await throughStore(store, loner, quietCardholder.id, true);
  console.log(
    `copied ${rows} rows into ${copies} partitions (${transactionsInFlight} transactions in flight) ` +
      `in ${seconds(filling)}, ${Math.round(rows / (filling / 1000))} rows/s`,
  );
  for (const { id } of [draft, funds, lonely]) {
    const partitionKey = partitionKeyOf(id);
    const filter = odata`PartitionKey eq ${partitionKey}`;
    const rows = table.listEntities({ queryOptions: { filter, select: ['RowKey'] } }).byPage();
    let count = 0;
    for await (const page of rows) count += page.length;
    rowsIn.set(partitionKey, count);
  }
  return rowsIn;
}

/** What the heads hold, counted by reading them: the densities the lists below rely on. */
function checkFill(heads: readonly HeadColumns[]): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  heads.forEach((head, i) => {
    if (i > 0 && heads[i - 1]!.partitionKey >= head.partitionKey)
      throw new Error('bench: heads not answered in key order');
    count(`author ${head.authorId}`);
    count(`awaiting ${head.awaitingPersonId}`);
    count(`state ${head.state}`);
  });
  const n = (key: string) => counts.get(key) ?? 0;
  console.log(
    `heads ${heads.length}: by ${prolific.id} ${n(`author ${prolific.id}`)}, by ${loner.id} ${n(`author ${loner.id}`)}; ` +
      `awaiting ${busyCardholder.id} ${n(`awaiting ${busyCardholder.id}`)}, ` +
      `${quietCardholder.id} ${n(`awaiting ${quietCardholder.id}`)}; ` +
      `draft ${n('state draft')}, awaitingFunds ${n('state awaitingFunds')}`,
  );
  if (heads.length !== opportunities || n(`author ${loner.id}`) !== 1)
    throw new Error('bench fixture: not the heads meant');
  if (n(`awaiting ${quietCardholder.id}`) !== 1) throw new Error('bench fixture: not one awaiting');
  return counts;
}

interface Listed {
  name: string;
  query: ListQuery;
  /** A full first page (with a continuation token), or the one match (without). */
  answer: 'fullPage' | 'one';
  /** The query's filter, on a head's columns: to count what a key-ordered scan reads. */
  matches: (head: HeadColumns) => boolean;
}

/** One first page as `GET /api/opportunities` asks for it, checked to be what the fill implies. */
async function listOnce(store: OpportunityStore, { query, answer }: Listed): Promise<void> {
  const page = await store.list(query, { size: pageSize });
  const full = page.items.length === pageSize && page.continuationToken !== undefined;
  const one = page.items.length === 1 && page.continuationToken === undefined;
  if (answer === 'fullPage' ? !full : !one)
    throw new Error(`bench: ${query.kind} answered ${page.items.length} items`);
}

/**
 * `npm run bench -- list` (issue 24): a list with one match among 10,000 opportunities and
 * 100,000 events against lists where most heads match, each a first page through the store's
 * `list` as the API calls it, alternated on one in-memory Azurite; then each once more through
 * a counting pass-through, to show the storage requests it made. The lists by person (mine,
 * inbox) read the list index (`storage/listIndex.ts`), built by its repair after the fill; the
 * list by state still reads the head rows.
 */
export async function listBench(): Promise<void> {
  const azurite = await startAzurite();
  try {
    const target = {
      kind: 'connectionString' as const,
      connectionString: azurite.connectionString,
    };
    const storage = await openStorage(target);
    const store = storage.opportunities;
    for (const person of [prolific, loner, busyCardholder, quietCardholder, ...others])
      await storage.people.put(person);
    console.log(
      `\n## Lists: one match among ${opportunities} opportunities and ${opportunities * eventsEach} events, against dense lists`,
    );
    const rowsIn = await fill(store, target);
    // The copies were written beside the store: the lists' index gets them as at a first start.
    const built = await storage.listIndex.repair();
    console.log(
      `list index built from ${built.heads} heads: ${built.rows} rows in ${seconds(built.ms)}`,
    );
    const heads = await headsInKeyOrder(storage.tables.clients.opportunities);
    const counts = checkFill(heads);
    const lists: Listed[] = [
      {
        name: `mine, dense (${counts.get(`author ${prolific.id}`)} heads match)`,
        query: { kind: 'author', personId: prolific.id },
        answer: 'fullPage',
        matches: (head) => head.authorId === prolific.id,
      },
      {
        name: `by state, dense (${counts.get('state draft')} drafts)`,
        query: { kind: 'state', state: 'draft' },
        answer: 'fullPage',
        matches: (head) => head.state === 'draft',
      },
      {
        name: 'mine, sparse (1 head matches)',
        query: { kind: 'author', personId: loner.id },
        answer: 'one',
        matches: (head) => head.authorId === loner.id,
      },
      {
        name: 'inbox, sparse (1 awaits them)',
        query: { kind: 'awaiting', person: quietCardholder, principals: [] },
        answer: 'one',
        matches: (head) => head.awaitingPersonId === quietCardholder.id,
      },
    ];
    const tableRows = [...rowsIn.values()].reduce((a, b) => a + b, 0);
    console.log(
      `rows a scan in key order would read before it can answer (Azure's order; of ${tableRows}; ` +
        'only "by state" scans, the others read the list index):',
    );
    for (const listed of lists) {
      const rows = rowsScannedInKeyOrder(
        heads,
        (pk) => rowsIn.get(pk) ?? 0,
        listed.matches,
        pageSize,
      );
      console.log(`  ${listed.name.padEnd(36)}${rows}`);
    }
    await timeLists(store, azurite, lists);
    await tallyLists(azurite, lists);
  } finally {
    await azurite.stop();
  }
}

async function timeLists(
  store: OpportunityStore,
  azurite: RunningAzurite,
  lists: Listed[],
): Promise<void> {
  for (const listed of lists) for (let i = 0; i < 3; i++) await listOnce(store, listed);
  const samples = lists.map(() => [] as number[]);
  const azuriteCpu = lists.map(() => 0);
  for (let round = 0; round < rounds; round++)
    for (let k = 0; k < lists.length; k++) {
      const i = (round + k) % lists.length; // each round starts with the next list
      const before = cpuMsOf(azurite.pid);
      samples[i]!.push(await timed(() => listOnce(store, lists[i]!)));
      azuriteCpu[i]! += cpuMsOf(azurite.pid) - before;
    }
  console.log(
    `first page of ${pageSize} through OpportunityStore.list, ${rounds} of each, alternated`,
  );
  const stats = samples.map((s) => summary(s));
  lists.forEach(({ name }, i) =>
    console.log(
      `${name.padEnd(36)} p50 ${ms(stats[i]!.p50)}  p95 ${ms(stats[i]!.p95)}  ` +
        `Azurite CPU ${ms(azuriteCpu[i]! / rounds)} a list`,
    ),
  );
  // In the order of `lists`: mine dense, by state dense, mine sparse, inbox sparse.
  const [dense, sparse, inbox] = [stats[0]!, stats[2]!, stats[3]!];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    `sparse/dense mine        p50 ${ratio(sparse.p50, dense.p50)}  p95 ${ratio(sparse.p95, dense.p95)}  (target ≤ 2)`,
  );
  console.log(
    `sparse inbox/dense mine  p50 ${ratio(inbox.p50, dense.p50)}  p95 ${ratio(inbox.p95, dense.p95)}`,
  );
}

/** Each list once more through `bench/storageTally.ts`: how many storage requests, how many rows. */
async function tallyLists(azurite: RunningAzurite, lists: Listed[]): Promise<void> {
  const tally = await startStorageTally(azurite);
  try {
    const counted = await openStorage({
      kind: 'connectionString',
      connectionString: tally.connectionString,
    });
    console.log('storage requests of one first page each (through a counting pass-through):');
    for (const listed of lists) {
      tally.reset();
      await listOnce(counted.opportunities, listed);
      const lines = tally.report(5).split('\n').slice(1, -2);
      for (const line of lines)
        console.log(`  ${listed.name.padEnd(36)}${line.replace(/\s+/g, ' ')}`);
    }
  } finally {
    await tally.close();
  }
}
