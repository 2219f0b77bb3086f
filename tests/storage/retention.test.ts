import type { TableClient } from '@azure/data-tables';
import { Writable } from 'node:stream';
import { verifyDraw } from '../../domain/draw';
import type { Opportunity } from '../../domain/opportunity';
import { Background } from '../../runtime/background';
import { startClosingScheduler } from '../../server/closingScheduler';
import { startIdentityRetention } from '../../server/identityRetention';
import { createLogger } from '../../runtime/logger';
import { encodeKey } from '../../storage/keys';
import { removalRowKey } from '../../storage/retention';
import type { Storage } from '../../storage/storage';
import { verifyAudit } from '../../storage/verifyAudit';
import { beforeClosing, people } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';
import { testStorage } from '../support/storage';
import {
  anApplication,
  anOpportunityIn,
  applied,
  evaluated,
  fixedClock,
} from '../support/storageHelpers';

const aDay = 24 * 3_600_000;
const days = 730;
type Row = Record<string, unknown> & { partitionKey: string; rowKey: string };

async function rowsIn(table: TableClient, id: string): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of table.listEntities<Row>({
    queryOptions: { filter: `PartitionKey eq '${encodeKey(id)}'` },
  }))
    rows.push(row);
  return rows;
}

const withoutMeta = (rows: Row[]) =>
  rows.map(({ etag: _etag, timestamp: _timestamp, ...row }) => row);

/** Closes every posted opportunity whose deadline has passed, as the server's scheduler does. */
async function closeDue(storage: Storage, now: () => Date): Promise<void> {
  const logger = createLogger('silent');
  const scheduler = startClosingScheduler({
    storage,
    background: new Background(logger),
    logger,
    clock: now,
    intervalMs: 3_600_000,
  });
  try {
    await scheduler.tick();
  } finally {
    scheduler.stop();
  }
}

describe('removing suppliers identities after the retention period', () => {
  const clock = fixedClock(beforeClosing);
  let storage: Storage;
  let ended: Opportunity;
  let running: Opportunity;
  const logs: string[] = [];
  let job: ReturnType<typeof startIdentityRetention>;

  beforeAll(async () => {
    storage = await testStorage({ clock: clock.read });
    ended = await anOpportunityIn(storage, 'posted');
    running = await anOpportunityIn(storage, 'posted');
    const first = await anApplication(storage, ended, {
      name: 'Jordan Smith',
      email: 'jordan@example.com',
    });
    const second = await anApplication(storage, ended, {
      name: 'Camille Roy',
      email: 'camille@example.ca',
    });
    await anApplication(storage, running, { name: 'Alex Lee', email: 'alex@example.com' });
    const asked = await storage.questions.ask(ended.id, {
      question: 'Can the work use TypeScript?',
      email: 'asker@example.com',
    });
    expect(asked.kind).toBe('received');

    clock.now = afterClosing;
    await closeDue(storage, clock.read);
    for (const confirmation of [first, second]) await evaluated(storage, ended, confirmation, true);
    expect((await applied(storage, ended.id, { kind: 'award' }, people.author)).state).toBe(
      'awarded',
    );
    ended = await applied(
      storage,
      ended.id,
      { kind: 'cancel', reason: 'No longer needed' },
      people.author,
    );
    expect(ended.state).toBe('cancelled');

    job = startIdentityRetention({
      storage,
      background: new Background(createLogger('silent')),
      logger: createLogger(
        'info',
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            logs.push(chunk.toString());
            done();
          },
        }),
      ),
      retentionDays: days,
      clock: clock.read,
      intervalMs: 3_600_000,
    });
  });
  afterAll(() => job.stop());

  test('nothing is removed before the period has passed since the opportunity ended', async () => {
    clock.now = new Date(Date.parse(ended.stateSince) + days * aDay - 60_000);
    const report = await job.tick();
    expect(report.removals).toEqual([]);
    expect(await rowsIn(storage.tables.clients.applicants, ended.id)).not.toEqual([]);
    expect((await storage.applications.identities(ended.id)).size).toBe(2);
  });

  test('once it has, the ended opportunity loses its applicants, askers and their e-mails, audited, and nothing else', async () => {
    const { opportunities, applicants, askers, applications, questions, drawsecrets } =
      storage.tables.clients;
    const before = {
      history: withoutMeta(
        (await rowsIn(opportunities, ended.id)).filter((r) => !r.rowKey.startsWith('notice-')),
      ),
      answers: withoutMeta(await rowsIn(applications, ended.id)),
      questions: withoutMeta(await rowsIn(questions, ended.id)),
      secret: withoutMeta(await rowsIn(drawsecrets, ended.id)),
      running: {
        applicants: withoutMeta(await rowsIn(applicants, running.id)),
        opportunity: withoutMeta(await rowsIn(opportunities, running.id)),
      },
    };
    const notices = (await rowsIn(opportunities, ended.id)).filter((r) =>
      r.rowKey.startsWith('notice-'),
    );
    const receipts = (await rowsIn(applicants, ended.id)).filter((r) =>
      r.rowKey.startsWith('notice-'),
    );
    expect(notices.length).toBeGreaterThan(0);
    expect(receipts).toHaveLength(2);

    clock.now = new Date(Date.parse(ended.stateSince) + days * aDay);
    const report = await job.tick();
    expect(report.removals).toEqual([
      {
        opportunityId: ended.id,
        endedAt: ended.stateSince,
        endedIn: 'cancelled',
        applicants: 2,
        askers: 1,
        notices: notices.length + receipts.length,
      },
    ]);

    expect(await rowsIn(applicants, ended.id)).toEqual([]);
    expect(await rowsIn(askers, ended.id)).toEqual([]);
    const after = await rowsIn(opportunities, ended.id);
    expect(after.filter((r) => r.rowKey.startsWith('notice-'))).toEqual([]);
    // The audit row, then everything that was there but the notices, unchanged.
    const audit = after.find((r) => r.rowKey === removalRowKey)!;
    expect(audit).toMatchObject({
      at: clock.now.toISOString(),
      retentionDays: days,
      applicants: 2,
      askers: 1,
      completedAt: clock.now.toISOString(),
    });
    expect(withoutMeta(after.filter((r) => r.rowKey !== removalRowKey))).toEqual(before.history);
    expect(withoutMeta(await rowsIn(applications, ended.id))).toEqual(before.answers);
    expect(withoutMeta(await rowsIn(questions, ended.id))).toEqual(before.questions);
    expect(withoutMeta(await rowsIn(drawsecrets, ended.id))).toEqual(before.secret);
    expect(withoutMeta(await rowsIn(applicants, running.id))).toEqual(before.running.applicants);
    expect(withoutMeta(await rowsIn(opportunities, running.id))).toEqual(
      before.running.opportunity,
    );

    // The audit trail and the draw still verify, from confirmation numbers alone.
    expect((await verifyAudit(opportunities)).breaks).toEqual([]);
    const record = (await storage.opportunities.get(ended.id))!;
    expect(record.supplierName).toBeTruthy();
    expect(
      verifyDraw({
        opportunityId: record.id,
        commitment: record.drawCommitment!,
        secret: record.award!.secret,
        candidates: record.award!.candidates,
        winner: record.award!.winner,
      }),
    ).toEqual({ ok: true });

    const logged = logs.filter((line) => line.includes('identities removed'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(ended.id);
    expect(logged[0]).not.toContain('@');
  });

  test('a second run removes nothing and leaves the audit row as it was', async () => {
    const audit = await storage.tables.clients.opportunities.getEntity(
      encodeKey(ended.id),
      removalRowKey,
    );
    clock.now = new Date(clock.now.getTime() + aDay);
    const report = await job.tick();
    expect(report).toEqual({ removals: [], subscriptionRequests: 0 });
    const again = await storage.tables.clients.opportunities.getEntity(
      encodeKey(ended.id),
      removalRowKey,
    );
    expect(again.etag).toBe(audit.etag);
  });

  test('a subscription request never confirmed goes once its link has expired; a newer one stays', async () => {
    const { subscribers } = storage.tables.clients;
    const links = () => ({
      confirm: 'https://example.gc.ca/c',
      unsubscribe: 'https://example.gc.ca/u',
    });
    const now = clock.now;
    clock.now = new Date(now.getTime() - 7 * aDay - 60_000);
    await storage.subscriptions.subscribe(
      { email: 'never-confirmed@example.com', language: 'en' },
      links,
    );
    clock.now = new Date(now.getTime() - 7 * aDay + 60_000);
    await storage.subscriptions.subscribe(
      { email: 'still-deciding@example.com', language: 'fr' },
      links,
    );
    clock.now = now;
    const all = async () => {
      const rows: Row[] = [];
      for await (const row of subscribers.listEntities<Row>()) rows.push(row);
      return rows;
    };
    const partitions = new Set((await all()).map((r) => r.partitionKey));
    expect(partitions.size).toBe(2);
    // The first request's link expired a minute ago; the second's expires in a minute.
    const report = await job.tick();
    expect(report.subscriptionRequests).toBe(1);
    const left = await all();
    expect(new Set(left.map((r) => r.partitionKey)).size).toBe(1);
    expect(JSON.stringify(left)).toContain('still-deciding@example.com');
    expect(JSON.stringify(left)).not.toContain('never-confirmed@example.com');
  });
});
