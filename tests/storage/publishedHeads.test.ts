import type { TableClient } from '@azure/data-tables';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eventHash } from '../../storage/auditChain';
import { eventRowKey, headRowKey } from '../../storage/keys';
import { readEvent } from '../../storage/opportunityEntities';
import { comparePublishedHeads, readPublishedHeads } from '../../storage/publishedHeads';
import { verifyAudit } from '../../storage/verifyAudit';
import { buildSite } from '../../site/buildSite';
import { PublicRecordsReader } from '../../site/publicRecords';
import type { Storage } from '../../storage/storage';
import { ocdsValidator } from '../site/support/siteFixtures';
import { testStorage } from '../support/storage';
import { anOpportunityIn } from '../support/storageHelpers';

const run = promisify(execFile);
type Row = Record<string, unknown> & { partitionKey: string; rowKey: string };

/** The public site built from storage into a folder, as a reader who keeps a copy would have it. */
async function publishedCopy(storage: Storage): Promise<string> {
  const changes = await new PublicRecordsReader(storage).read(null);
  const dir = await mkdtemp(join(tmpdir(), 'published-'));
  await buildSite(changes.records, dir, { events: changes.events, chains: changes.chains });
  return dir;
}

/**
 * Rewrites event `version` and re-chains every later event and the head consistently, as someone
 * with write access to storage who knows the scheme would: the stored chain verifies again.
 */
async function rewriteWholeChain(table: TableClient, id: string, version: number): Promise<void> {
  const rows: Row[] = [];
  for await (const row of table.listEntities<Row>({
    queryOptions: { filter: `PartitionKey eq '${id}'` },
  }))
    rows.push(row);
  const events = rows
    .filter((r) => r.rowKey.startsWith('event-'))
    .sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
  let previous = '';
  for (const row of events) {
    let content = row;
    if (row.rowKey === eventRowKey(version)) {
      content = {
        ...row,
        event_0: String(row.event_0).replace('Funds reserved', 'Funds found'),
      };
      expect(content.event_0).not.toBe(row.event_0);
    }
    const hash = eventHash(previous, readEvent(content));
    await table.upsertEntity({ ...content, prevHash: previous, hash }, 'Replace');
    previous = hash;
  }
  const head = rows.find((r) => r.rowKey === headRowKey)!;
  await table.upsertEntity({ ...head, chainHead: previous }, 'Replace');
}

test('the open data and the OCDS package publish the chain head storage holds, and the package stays valid OCDS', async () => {
  const storage = await testStorage();
  const record = await anOpportunityIn(storage, 'posted');
  const dir = await publishedCopy(storage);
  const table = storage.tables.clients.opportunities;
  const stored = await table.getEntity<Row>(record.id, eventRowKey(record.version));

  const data = JSON.parse(await readFile(join(dir, 'data', `${record.id}.json`), 'utf8'));
  const ocds = JSON.parse(await readFile(join(dir, 'ocds', `${record.id}.json`), 'utf8'));
  const expected = {
    opportunityId: record.id,
    version: record.version,
    start: 1,
    head: String(stored.hash),
  };
  expect(data.auditChain).toEqual(expected);
  expect(ocds.auditChain).toEqual(expected);
  const validate = ocdsValidator();
  expect(validate(ocds)).toBe(true);
  expect(validate.errors ?? []).toEqual([]);

  // Both files carry one head: found once.
  expect(await readPublishedHeads(dir)).toEqual([expected]);
  expect(await comparePublishedHeads(table, [expected])).toEqual([]);
});

test('a history rewritten whole after publication verifies in storage but not against the published head', async () => {
  const storage = await testStorage();
  const record = await anOpportunityIn(storage, 'posted');
  const dir = await publishedCopy(storage);
  const table = storage.tables.clients.opportunities;

  await rewriteWholeChain(table, record.id, 3);
  expect((await verifyAudit(table)).breaks).toEqual([]);
  expect(await comparePublishedHeads(table, await readPublishedHeads(dir))).toEqual([
    {
      opportunityId: record.id,
      version: record.version,
      problem: `event ${record.version} is not the one published: its hash differs from the published head`,
    },
  ]);
});

test('npm run verify-audit -- --published names a rewritten history and exits with 1', async () => {
  const storage = await testStorage();
  const kept = await anOpportunityIn(storage, 'posted');
  const other = await anOpportunityIn(storage, 'posted');
  const dir = await publishedCopy(storage);
  const table = storage.tables.clients.opportunities;
  await rewriteWholeChain(table, kept.id, 3);
  const prefix = storage.tables.names.people.slice(0, -'people'.length);
  const env = {
    ...process.env,
    STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING,
    TABLE_PREFIX: prefix,
  };
  const failed = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/verifyAudit.ts', '--published', dir],
    { env },
  ).then(
    () => null,
    (error: { code: number; stdout: string }) => error,
  );
  expect(failed?.code).toBe(1);
  expect(failed?.stdout).toMatch(/Every chain and every head verifies/);
  expect(failed?.stdout).toContain(`REWRITTEN ${kept.id} event ${kept.version}:`);
  expect(failed?.stdout).not.toContain(`REWRITTEN ${other.id}`);
  expect(failed?.stdout).toMatch(/2 published chain heads in .*: 1 held by storage, 1 not\./);
}, 60_000);
