import { odata, type TableClient } from '@azure/data-tables';
import { guard } from './errors';
import {
  type IndexedQuery,
  listsUnder,
  onList,
  partitionsFor,
  type ReadRow,
} from './listIndexRows';
import { decodeKey } from './keys';
import { keep, maxPageSize, readSnapshot, type ChainedPage } from './opportunityQueries';

/** One partition of the index read in key order, a storage page at a time, from after a key. */
class PartitionReader {
  private buffered: ReadRow[] = [];
  private continuationToken: string | undefined;
  private done = false;

  constructor(
    private readonly table: TableClient,
    private readonly partitionKey: string,
    private readonly after: string,
    private readonly pageSize: number,
  ) {}

  /** The next row without taking it; null at the end. */
  async peek(): Promise<ReadRow | null> {
    while (!this.buffered.length && !this.done) await this.read();
    return this.buffered[0] ?? null;
  }

  take(): ReadRow {
    return this.buffered.shift()!;
  }

  private async read(): Promise<void> {
    const { partitionKey, after } = this;
    const filter = odata`PartitionKey eq ${partitionKey} and RowKey gt ${after}`;
    const next = await this.table
      .listEntities<Record<string, unknown>>({
        queryOptions: { filter, select: ['PartitionKey', 'RowKey', 'version'] },
      })
      .byPage({ maxPageSize: this.pageSize, continuationToken: this.continuationToken })
      .next();
    if (next.done) {
      this.done = true;
      return;
    }
    for (const entity of next.value)
      this.buffered.push({
        partitionKey,
        rowKey: String(entity.rowKey),
        version: Number(entity.version),
        etag: entity.etag,
      });
    this.continuationToken = next.value.continuationToken;
    if (!this.continuationToken) this.done = true;
  }
}

/** An opportunity the index lists, with its rows in the partitions read (one or more). */
interface Candidate {
  rowKey: string;
  rows: ReadRow[];
}

/** The next `count` opportunities of the merged partitions, in key order, each once. */
async function nextCandidates(readers: PartitionReader[], count: number): Promise<Candidate[]> {
  const found: Candidate[] = [];
  while (found.length < count) {
    const heads = await Promise.all(readers.map((reader) => reader.peek()));
    let least: string | null = null;
    for (const row of heads) if (row && (least === null || row.rowKey < least)) least = row.rowKey;
    if (least === null) break;
    const rows = readers.filter((_, i) => heads[i]?.rowKey === least).map((r) => r.take());
    found.push({ rowKey: least, rows });
  }
  return found;
}

/** The continuation token says where the last page stopped: after this opportunity's key. */
const tokenPrefix = 'ix1.';

function tokenOf(rowKey: string): string {
  return `${tokenPrefix}${Buffer.from(rowKey).toString('base64url')}`;
}

function afterOf(token: string | undefined): string {
  if (token === undefined) return '';
  if (!token.startsWith(tokenPrefix)) throw new Error('not a continuation token of this list');
  return Buffer.from(token.slice(tokenPrefix.length), 'base64url').toString();
}

/** Rounds of point reads one page makes at most, for a page whose candidates are mostly stale. */
const maxRoundsPerPage = 50;

/**
 * One page of an indexed list: the partitions it reads, merged by opportunity id; each
 * candidate's head read by its keys (a page's at once) and kept only if it is still on the
 * list. A row whose head has moved on since (a greater version, no longer under its partition)
 * goes to `stale`.
 */
export async function readIndexedPage(
  index: TableClient,
  opportunities: TableClient,
  query: IndexedQuery,
  page: { size?: number; continuationToken?: string },
  stale: (row: ReadRow) => void,
): Promise<ChainedPage> {
  const size = Math.min(Math.max(1, page.size ?? 50), maxPageSize);
  const after = afterOf(page.continuationToken);
  return guard(async () => {
    // One more than a page: whether there is more is then known without another request.
    const readers = partitionsFor(query).map(
      (partition) => new PartitionReader(index, partition, after, size + 1),
    );
    const items: ChainedPage['items'] = [];
    let last: string | null = null;
    for (let round = 0; round < maxRoundsPerPage && items.length < size; round++) {
      const candidates = await nextCandidates(readers, size - items.length);
      if (!candidates.length) return { items };
      const heads = await Promise.all(
        candidates.map((c) => readSnapshot(opportunities, decodeKey(c.rowKey))),
      );
      candidates.forEach((candidate, i) => {
        const head = heads[i];
        if (!head) return;
        const { record, chain } = head;
        if (onList(query, record) && keep(query, record)) items.push({ record, chain });
        for (const row of candidate.rows)
          if (record.version > row.version && !listsUnder(record, row.partitionKey)) stale(row);
      });
      last = candidates.at(-1)!.rowKey;
    }
    const more = (await Promise.all(readers.map((reader) => reader.peek()))).some(Boolean);
    return more && last !== null ? { items, continuationToken: tokenOf(last) } : { items };
  });
}
