import type { Opportunity } from '../../domain/opportunity';
import { Background } from '../../runtime/background';
import { createLogger } from '../../runtime/logger';
import { startNoticeDispatcher, type NoticeDispatcher } from '../../server/noticeDispatcher';
import type { NoticeSender } from '../../server/noticeSenders';
import { encodeKey } from '../../storage/keys';
import { SendQuota } from '../../storage/sendQuota';
import { people } from '../support/builders';
import { anApplication, anOpportunityIn, fixedClock } from '../support/storageHelpers';
import { message, startBot, textOf, type BotHarness } from '../support/teams';

const logger = createLogger('silent');
const clock = fixedClock(new Date('2026-12-07T15:00:00.000Z'));
let h: BotHarness;
let record: Opportunity;

/** GC Notify refusing every notice for good, as it does an address it will not send to. */
const refusing: NoticeSender = {
  send: () =>
    Promise.resolve({ kind: 'failed', reason: '400 BadRequestError: Not a valid email address' }),
  sentBefore: () => Promise.resolve(null),
};

beforeEach(async () => {
  clock.now = new Date('2026-12-07T15:00:00.000Z');
  h = await startBot({ clock: clock.read });
  await h.post(message(people.author, h.connector.url, 'help'));
  await h.settled();
  record = await anOpportunityIn(h.storage, 'posted');
  // The author is told of the posting in the background: that message comes before any mark.
  await h.settled();
});
afterEach(() => h.close());

/** One server's dispatcher, as `npm start` runs it, telling the author through the bot. */
function aServer(): NoticeDispatcher {
  const started = startNoticeDispatcher({
    outbox: h.storage.notices,
    sender: refusing,
    quota: new SendQuota(h.storage.tables.clients.counters, 1000, clock.read),
    logger,
    background: new Background(logger),
    clock: clock.read,
    intervalMs: 3_600_000,
    tellAuthor: {
      failures: h.storage.failedNotices,
      tell: (notice) => h.bot.tellNoticeFailed(notice),
    },
  });
  return started;
}

/** What the author's personal chat was told of failed notices since `from`. */
function toAuthor(from: number): string[] {
  return h.connector.recorded
    .slice(from)
    .filter((r) => r.method === 'POST' && r.conversationId === `a:personal-${people.author.id}`)
    .map((r) => textOf(r.activity.attachments![0]!.content))
    .filter((text) => /notice to a supplier|avis à un fournisseur/.test(text));
}

test('a notice refused for good is told to the author once, with two servers, naming the opportunity and the kind, never the address', async () => {
  await anApplication(h.storage, record, { email: 'jordan@example.com' });
  await anApplication(h.storage, record, { email: 'camille@example.ca' });
  const mark = h.connector.recorded.length;
  const servers = [aServer(), aServer()];
  try {
    const counts = await Promise.all(servers.map((s) => s.tick()));
    expect(counts[0]!.failed + counts[1]!.failed).toBe(2);
    await h.settled();
    const told = toAuthor(mark);
    expect(told).toHaveLength(2);
    for (const text of told) {
      expect(text).toContain(
        `A notice to a supplier about ${record.id} could not be sent: “Application received”.`,
      );
      expect(text).not.toMatch(/@|jordan|camille/);
    }
    // Told means told: later rounds on either server say nothing more.
    clock.now = new Date(clock.now.getTime() + 3_600_000);
    await Promise.all(servers.map((s) => s.tick()));
    await h.settled();
    expect(toAuthor(mark)).toHaveLength(2);
    const stored = await h.storage.notices.forOpportunity(encodeKey(record.id));
    expect(stored.map((n) => [n.status, n.authorTold])).toEqual([
      ['failed', true],
      ['failed', true],
    ]);
  } finally {
    servers.forEach((s) => s.stop());
  }
});

test('a server that stopped while telling: another tells once its hold has run out; in French for an author who chose it', async () => {
  await h.post(message(people.author, h.connector.url, 'français'));
  await h.settled();
  await anApplication(h.storage, record, { email: 'jordan@example.com' });
  const server = aServer();
  try {
    // The failure is recorded, then a server that dies takes the telling and never tells.
    const quiet = startNoticeDispatcher({
      outbox: h.storage.notices,
      sender: refusing,
      quota: new SendQuota(h.storage.tables.clients.counters, 1000, clock.read),
      logger,
      background: new Background(logger),
      clock: clock.read,
      intervalMs: 3_600_000,
    });
    expect(await quiet.tick()).toEqual({ sent: 0, retried: 0, failed: 1 });
    quiet.stop();
    const [due] = await h.storage.failedNotices.failuresToTell(clock.now, 10);
    expect(
      await h.storage.failedNotices.claimTelling(due!, new Date(clock.now.getTime() + 60_000)),
    ).not.toBeNull();
    const mark = h.connector.recorded.length;
    await server.tick();
    await h.settled();
    expect(toAuthor(mark)).toEqual([]);
    clock.now = new Date(clock.now.getTime() + 61_000);
    await server.tick();
    await h.settled();
    const told = toAuthor(mark);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(
      `Un avis à un fournisseur au sujet de ${record.id} n’a pas pu être envoyé\u00a0: «\u00a0Candidature reçue\u00a0».`,
    );
  } finally {
    server.stop();
  }
});
