import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { NoticesView } from '../../contract/views';
import { noticeRow } from '../../server/api/noticesRoute';
import { Background } from '../../runtime/background';
import { createLogger } from '../../runtime/logger';
import { startNoticeDispatcher } from '../../server/noticeDispatcher';
import { notifySender } from '../../server/noticeSenders';
import { encodeKey } from '../../storage/keys';
import type { StoredNotice } from '../../storage/noticeRows';
import { SendQuota } from '../../storage/sendQuota';
import { people } from '../support/builders';
import { aNotifyKey, startNotifyServer, type NotifyServer } from '../support/notifyServer';
import { anApplication, anOpportunityIn } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
let notify: NotifyServer;
let record: Opportunity;
const addresses = ['ada@example.com', 'grace@example.com', 'linus@example.com'];
const confirmations: string[] = [];

const templates = {
  en: '0b8e1c4a-0000-4000-8000-0000000000e1',
  fr: '0b8e1c4a-0000-4000-8000-0000000000f1',
};

beforeAll(async () => {
  api = await startApiServer({ rateLimit: { perMinute: 6_000, burst: 1_000 } });
  const key = aNotifyKey();
  notify = await startNotifyServer(key);
  record = await anOpportunityIn(api.storage, 'posted');
  for (const email of addresses)
    confirmations.push(await anApplication(api.storage, record, { email, name: `${email} Name` }));
  // The first notice GC Notify is asked to send is refused for good; the others go.
  notify.answerNext(400);
  const logger = createLogger('silent');
  const dispatcher = startNoticeDispatcher({
    outbox: api.storage.notices,
    sender: notifySender({ apiKey: key.apiKey, baseUrl: notify.url, templates }),
    quota: new SendQuota(api.storage.tables.clients.counters, 1000),
    logger,
    background: new Background(logger),
    intervalMs: 3_600_000,
    batch: 1,
  });
  expect(await dispatcher.tick()).toEqual({ sent: 2, retried: 0, failed: 1 });
  dispatcher.stop();
  const sent = (await api.storage.notices.forOpportunity(encodeKey(record.id))).find(
    (n) => n.status === 'sent',
  )!;
  expect(
    await api.storage.notices.recordDelivery(sent.id, 'delivered', '2026-12-05T15:00:05.000Z'),
  ).toBe(true);
}, 30_000);
afterAll(async () => {
  await api.close();
  await notify.close();
});

const notices = (as?: Person) =>
  api.call('GET', `/api/opportunities/${record.id}/notices`, as ? { as } : {});

describe('the notices to suppliers of an opportunity', () => {
  test('the author, the cardholder and procurement officers read them, counted by kind and status', async () => {
    for (const who of [people.author, people.cardholder, people.procurement]) {
      const response = await notices(who);
      expect([who.id, response.status]).toEqual([who.id, 200]);
      const view = response.body as unknown as NoticesView;
      expect(view.groups).toEqual([
        {
          kind: 'applicationReceived',
          total: 3,
          counts: { queued: 0, sent: 2, failed: 1, delivered: 1, undelivered: 0 },
        },
      ]);
      expect(view.notices.map((n) => n.status).sort()).toEqual(['failed', 'sent', 'sent']);
    }
  });

  test('a failed notice says why it failed; a delivered one says so', async () => {
    const view = (await notices(people.author)).body as unknown as NoticesView;
    const failed = view.notices.find((n) => n.status === 'failed')!;
    expect(failed).toMatchObject({
      kind: 'applicationReceived',
      language: 'en',
      attempts: 1,
      sentAt: null,
      problem: { kind: 'refused', reason: expect.stringContaining('400 BadRequestError') },
    });
    expect(view.notices.filter((n) => n.delivery?.status === 'delivered')).toHaveLength(1);
    expect(view.notices.filter((n) => n.problem === null)).toHaveLength(2);
  });

  test('no address, name or confirmation number in the answer, and no arrival time before the award', async () => {
    const raw = JSON.stringify((await notices(people.procurement)).body);
    for (const text of [...addresses, ...confirmations, 'Name', '@'])
      expect(raw).not.toContain(text);
    const view = JSON.parse(raw) as NoticesView;
    // A receipt's time is when someone applied: it could tell the author who "Applicant 2" is.
    expect(view.notices.map((n) => [n.createdAt, n.sentAt, n.delivery?.at ?? null])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });

  test('a manager and an admin are refused in both languages, and the refusal is audited; outsiders are told it does not exist', async () => {
    for (const who of [people.manager, people.admin]) {
      const response = await notices(who);
      expect([who.id, response.status, response.body.error]).toEqual([who.id, 403, 'forbidden']);
      expect(response.body.message).toEqual({
        en: expect.stringContaining('author and cardholder'),
        fr: expect.stringContaining('titulaire de carte'),
      });
      expect(JSON.stringify(response.body)).not.toContain('@');
    }
    const refusals = await api.storage.opportunities.refusals(record.id);
    expect(
      refusals
        .filter((r) => r.refusal.kind === 'readRefused' && r.refusal.intent === 'readNotices')
        .map((r) => r.actorId)
        .sort(),
    ).toEqual([people.admin.id, people.manager.id]);
    expect((await notices(people.outsider)).status).toBe(404);
    expect((await notices()).status).toBe(401);
  });

  test('the opportunity view says who sees them, by the same rule', async () => {
    for (const [who, sees] of [
      [people.author, true],
      [people.cardholder, true],
      [people.procurement, true],
      [people.manager, false],
    ] as const) {
      const response = await api.call('GET', `/api/opportunities/${record.id}`, { as: who });
      expect([who.id, (response.body.sees as Record<string, boolean>).notices]).toEqual([
        who.id,
        sees,
      ]);
    }
  });
});

describe('one notice as shown', () => {
  const stored: StoredNotice = {
    id: 'b1c7d7a4-0000-4000-8000-000000000001',
    kind: 'resultNotPassed',
    language: 'fr',
    opportunityId: 'MA-2026-0001',
    confirmation: 'K7Q2M9PX',
    status: 'failed',
    createdAt: '2026-12-05T14:00:00.000Z',
    attempts: 12,
    lastError: 'gave up after 12 tries: 500 Exception: could not reach someone@example.ca',
    message: {
      kind: 'resultNotPassed',
      to: 'someone@example.ca',
      language: 'fr',
      subject: 'Résultat',
      body: 'Bonjour Someone',
      opportunityId: 'MA-2026-0001',
      confirmation: 'K7Q2M9PX',
    },
  };

  test('once the award is final it has its times, and an address GC Notify echoed is taken out of the reason', async () => {
    const awarded = { ...record, awardedAt: '2026-12-05T13:00:00.000Z' };
    const row = noticeRow(stored, awarded);
    expect(row).toEqual({
      kind: 'resultNotPassed',
      language: 'fr',
      status: 'failed',
      attempts: 12,
      createdAt: '2026-12-05T14:00:00.000Z',
      sentAt: null,
      delivery: null,
      problem: {
        kind: 'gaveUp',
        reason: 'gave up after 12 tries: 500 Exception: could not reach [address]',
      },
    });
    expect(JSON.stringify(row)).not.toMatch(/someone|K7Q2M9PX|Bonjour|Résultat/);
  });

  test('a sent notice GC Notify could not deliver needs attention; a retry is explained, not failed', () => {
    const undelivered = noticeRow(
      {
        ...stored,
        status: 'sent',
        lastError: undefined,
        sentAt: '2026-12-05T14:00:01.000Z',
        deliveryStatus: 'permanent-failure',
        deliveryStatusAt: '2026-12-05T14:00:09.000Z',
      },
      record,
    );
    expect(undelivered).toMatchObject({
      delivery: { status: 'permanent-failure', at: '2026-12-05T14:00:09.000Z' },
      problem: { kind: 'undelivered' },
    });
    const retrying = noticeRow(
      { ...stored, status: 'pending', lastError: '503 Exception' },
      record,
    );
    expect(retrying.problem).toEqual({ kind: 'retrying', reason: '503 Exception' });
  });
});
