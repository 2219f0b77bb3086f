import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, listen } from '../../server/app';
import { Background } from '../../runtime/background';
import { notifyCallback } from '../../server/notifyCallback';
import { startNoticeDispatcher, storedBeforeSending } from '../../server/noticeDispatcher';
import { fileSender, notifySender, type NoticeSender } from '../../server/noticeSenders';
import { encodeKey } from '../../storage/keys';
import { SendQuota, windowAllowance } from '../../storage/sendQuota';
import { anApplicationForm } from '../support/builders';
import { postForm, startApplyServer, type ApplyServer } from '../support/applyServer';
import { logLines } from '../support/logLines';
import { aNotifyKey, startNotifyServer, type NotifyServer } from '../support/notifyServer';

const templates = {
  en: '0b8e1c4a-0000-4000-8000-0000000000e1',
  fr: '0b8e1c4a-0000-4000-8000-0000000000f1',
};

let apply: ApplyServer;
let notify: NotifyServer;
let key: ReturnType<typeof aNotifyKey>;
const log = logLines();
const stops: Array<() => void> = [];
/** What the application server logged, test after test. */
const serverLines: string[] = [];

beforeEach(async () => {
  apply = await startApplyServer();
  key = aNotifyKey();
  notify = await startNotifyServer(key);
});

afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  serverLines.push(...(apply?.logs ?? []));
  await apply?.close();
  await notify?.close();
});

/** No line any test here logged holds an address: the server's nor the dispatchers'. */
afterAll(() => {
  expect(log.lines.filter((line) => line.msg === 'notice').length).toBeGreaterThan(10);
  expect(serverLines.some((line) => line.includes('application received'))).toBe(true);
  const everything = JSON.stringify(log.lines) + serverLines.join('\n');
  expect(everything).not.toMatch(/@example\.(com|ca)/);
});

function dispatcher(options: { sender?: NoticeSender; perMinute?: number; apiKey?: string } = {}) {
  const started = startNoticeDispatcher({
    outbox: apply.storage.notices,
    sender:
      options.sender ??
      notifySender({ apiKey: options.apiKey ?? key.apiKey, baseUrl: notify.url, templates }),
    quota: new SendQuota(
      apply.storage.tables.clients.counters,
      options.perMinute ?? 1000,
      apply.clock.read,
    ),
    ready: storedBeforeSending(apply.storage),
    logger: log.logger,
    background: new Background(log.logger),
    clock: apply.clock.read,
    intervalMs: 3_600_000,
  });
  stops.push(started.stop);
  return started;
}

/** Applies through the public form, as a browser would; returns the confirmation number. */
async function applyAs(email: string, locale: 'en' | 'fr' = 'en'): Promise<string> {
  const sent = await postForm(apply, anApplicationForm(apply.record, { email }), { locale });
  expect(sent.status).toBe(303);
  return /received\/([0-9A-Z]{8})$/.exec(sent.location ?? '')![1]!;
}

const notices = () => apply.storage.notices.forOpportunity(encodeKey(apply.record.id));

const later = (ms: number) => {
  apply.clock.now = new Date(apply.clock.now.getTime() + ms);
};

describe('the receipt of an application', () => {
  test('is queued with the application, then e-mailed once in English with the number and the answers', async () => {
    const confirmation = await applyAs('jordan@example.com');
    const [queued] = await notices();
    expect(queued).toMatchObject({ kind: 'applicationReceived', status: 'pending', confirmation });

    expect(await dispatcher().tick()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(notify.sent).toHaveLength(1);
    const email = notify.sent[0]!;
    expect(email.template_id).toBe(templates.en);
    expect(email.email_address).toBe('jordan@example.com');
    expect(email.personalisation.subject).toBe(
      `Application received: ${apply.record.id} ${apply.record.fields.titleEn}`,
    );
    expect(email.personalisation.body).toContain(`${apply.record.id}-${confirmation}`);
    expect(email.personalisation.body).toContain(
      `Statement 1: ${apply.record.fields.evaluationCriteria[0]!.en}`,
    );
    expect(email.personalisation.body).toContain(anApplicationForm(apply.record).answer1);
    expect(notify.requests.every((r) => r.authorised)).toBe(true);

    const [done] = await notices();
    expect(done).toMatchObject({ status: 'sent', providerId: email.id, attempts: 1 });
    // Sent means sent: later ticks find nothing to do.
    expect(await dispatcher().tick()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(notify.sent).toHaveLength(1);
  });

  test('in French when the supplier applied in French, through the French template', async () => {
    const confirmation = await applyAs('camille@example.ca', 'fr');
    await dispatcher().tick();
    const email = notify.sent[0]!;
    expect(email.template_id).toBe(templates.fr);
    expect(email.personalisation.subject).toBe(
      `Candidature reçue\u00a0: ${apply.record.id} ${apply.record.fields.titleFr}`,
    );
    expect(email.personalisation.body).toContain(`${apply.record.id}-${confirmation}`);
    expect(email.personalisation.body).toContain(
      `Énoncé 1\u00a0: ${apply.record.fields.evaluationCriteria[0]!.fr}`,
    );
    expect(email.personalisation.body).not.toContain('Thank you');
  });

  test('a refused application queues nothing', async () => {
    await applyAs('jordan@example.com');
    const again = await postForm(apply, anApplicationForm(apply.record), {});
    expect(again.status).toBe(400);
    expect(await notices()).toHaveLength(1);
  });
});

describe('each notice is sent exactly once', () => {
  test('two servers dispatching the same outbox send each notice once', async () => {
    const addresses = Array.from({ length: 6 }, (_, i) => `supplier${i}@example.com`);
    for (const address of addresses) await applyAs(address);
    const [a, b] = [dispatcher(), dispatcher()];
    const counts = await Promise.all([a.tick(), b.tick()]);
    expect(counts[0]!.sent + counts[1]!.sent).toBe(6);
    expect(notify.sent.map((e) => e.email_address).sort()).toEqual([...addresses].sort());
    expect(new Set(notify.sent.map((e) => e.reference)).size).toBe(6);
    expect((await notices()).every((n) => n.status === 'sent')).toBe(true);
  });

  test.each([500, 503, 429])(
    'a %i is tried again later, and sent once it is accepted',
    async (status) => {
      await applyAs('jordan@example.com');
      notify.answerNext(status);
      const first = dispatcher();
      expect(await first.tick()).toEqual({ sent: 0, retried: 1, failed: 0 });
      const [waiting] = await notices();
      expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
      expect(waiting!.lastError).toContain(String(status));
      // Not before its time.
      expect(await first.tick()).toEqual({ sent: 0, retried: 0, failed: 0 });
      later(15_000);
      expect(await first.tick()).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(notify.sent).toHaveLength(1);
      expect(await notices()).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
    },
  );

  test('a 400 is refused for good: marked failed with the reason, never tried again', async () => {
    await applyAs('jordan@example.com');
    notify.answerNext(400);
    expect(await dispatcher().tick()).toEqual({ sent: 0, retried: 0, failed: 1 });
    const [failed] = await notices();
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed!.lastError).toContain('400 BadRequestError');
    later(24 * 3_600_000);
    expect(await dispatcher().tick()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(notify.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('a key whose secret is wrong is refused by Notify (403) and the notice fails, unsent', async () => {
    await applyAs('jordan@example.com');
    const wrong = `${key.apiKey.slice(0, -36)}${aNotifyKey().secret}`;
    expect(await dispatcher({ apiKey: wrong }).tick()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(notify.requests).toEqual([expect.objectContaining({ authorised: false, status: 403 })]);
    expect(notify.sent).toHaveLength(0);
  });

  test('a server that stopped between claim and send: another takes the notice over once the claim runs out', async () => {
    await applyAs('jordan@example.com');
    const [due] = await apply.storage.notices.due(apply.clock.now, 10);
    const claim = await apply.storage.notices.claim(
      due!,
      'a server that dies',
      new Date(apply.clock.now.getTime() + 60_000),
    );
    expect(claim).not.toBeNull();
    // Claimed: nobody else may send it while the claim holds.
    expect(await dispatcher().tick()).toEqual({ sent: 0, retried: 0, failed: 0 });
    later(61_000);
    expect(await dispatcher().tick()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(notify.sent).toHaveLength(1);
  });

  test('a server that stopped after sending but before recording it: the next one finds it sent, by reference, and does not send again', async () => {
    await applyAs('jordan@example.com');
    const [due] = await apply.storage.notices.due(apply.clock.now, 10);
    const claim = await apply.storage.notices.claim(
      due!,
      'a server that dies',
      new Date(apply.clock.now.getTime() + 60_000),
    );
    const sender = notifySender({ apiKey: key.apiKey, baseUrl: notify.url, templates });
    const outcome = await sender.send(claim!.notice.message, claim!.notice.id);
    expect(outcome.kind).toBe('sent');
    later(61_000);
    expect(await dispatcher().tick()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(notify.sent).toHaveLength(1);
    expect(await notices()).toEqual([
      expect.objectContaining({ status: 'sent', providerId: notify.sent[0]!.id }),
    ]);
  });
});

describe('the send rate', () => {
  test('the servers together never take more than their window’s share of the limit', async () => {
    const perMinute = 22;
    const allowance = windowAllowance(perMinute);
    expect(allowance).toBe(2);
    for (let i = 0; i < 5; i++) await applyAs(`supplier${i}@example.com`);
    const [a, b] = [dispatcher({ perMinute }), dispatcher({ perMinute })];
    const counts = await Promise.all([a.tick(), b.tick()]);
    expect(counts[0]!.sent + counts[1]!.sent).toBe(allowance);
    expect(notify.sent).toHaveLength(allowance);
    later(6_000);
    await Promise.all([a.tick(), b.tick()]);
    expect(notify.sent).toHaveLength(2 * allowance);
    later(6_000);
    await a.tick();
    expect(notify.sent).toHaveLength(5);
  });
});

describe('without a GC Notify key (development)', () => {
  test('each notice is a JSON file with the recipient, the template and the personalisation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const confirmation = await applyAs('jordan@example.com');
    expect(await dispatcher({ sender: fileSender(dir) }).tick()).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const written = JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(written).toMatchObject({
      to: 'jordan@example.com',
      template: 'en',
      kind: 'applicationReceived',
      confirmation,
      personalisation: { subject: expect.stringContaining('Application received') },
    });
    expect((written.personalisation as { body: string }).body).toContain(
      `${apply.record.id}-${confirmation}`,
    );
    expect(notify.requests).toHaveLength(0);
  });
});

describe("GC Notify's delivery callback", () => {
  const token = 'a-callback-token-of-at-least-32-characters';

  async function callbackServer() {
    const server = await listen(
      createApp({
        storage: apply.storage,
        logger: log.logger,
        routes: [
          [
            'POST /notify/callback',
            notifyCallback({ outbox: apply.storage.notices, token, logger: log.logger }),
          ],
        ],
      }),
      '127.0.0.1',
      0,
    );
    stops.push(() => void server.close());
    return (body: unknown, bearer = token) =>
      fetch(`${server.url}/notify/callback`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
  }

  test('records the delivery status beside the notice it names by reference', async () => {
    await applyAs('jordan@example.com');
    await dispatcher().tick();
    const [sent] = await notices();
    const call = await callbackServer();
    const callback = {
      id: sent!.providerId,
      reference: sent!.id,
      to: 'jordan@example.com',
      status: 'delivered',
      created_at: '2029-12-01T15:00:00.000000Z',
      completed_at: '2029-12-01T15:00:05.000000Z',
      sent_at: '2029-12-01T15:00:01.000000Z',
      notification_type: 'email',
    };
    expect((await call(callback, 'not-the-token-but-as-long-as-it-is-xx')).status).toBe(401);
    expect((await notices())[0]!.deliveryStatus).toBeUndefined();
    expect((await call({ ...callback, status: 'lost' })).status).toBe(400);
    expect((await call({ ...callback, reference: aNotifyKey().secret })).status).toBe(404);

    expect((await call(callback)).status).toBe(200);
    expect(await notices()).toEqual([
      expect.objectContaining({
        status: 'sent',
        deliveryStatus: 'delivered',
        deliveryStatusAt: '2029-12-01T15:00:05.000Z',
      }),
    ]);
    expect((await call({ ...callback, status: 'permanent-failure' })).status).toBe(200);
    expect((await notices())[0]!.deliveryStatus).toBe('permanent-failure');
  });
});

describe('e-mails to subscribers', () => {
  const subscribe = async (email: string, language: 'en' | 'fr') => {
    const response = await fetch(`${apply.subscribeUrl}/${language}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(apply.siteUrl).origin,
      },
      body: new URLSearchParams({ email, language, keywords: '', website: '' }).toString(),
    });
    expect(response.status).toBe(303);
  };

  const rows = async () => {
    const found: Array<Record<string, unknown>> = [];
    for await (const row of apply.storage.tables.clients.subscribers.listEntities())
      if (String(row.rowKey).startsWith('notice-')) found.push(row);
    return found;
  };

  test('are sent from their own table, once across two servers, each in its language; one refused for good tells no author', async () => {
    await subscribe('kim@example.com', 'fr');
    await subscribe('lee@example.com', 'en');
    notify.answerNext(400);
    const counts = await Promise.all([dispatcher().tick(), dispatcher().tick()]);
    expect(counts.reduce((sum, c) => sum + c.sent, 0)).toBe(1);
    expect(counts.reduce((sum, c) => sum + c.failed, 0)).toBe(1);
    expect(notify.sent).toHaveLength(1);
    const [email] = notify.sent;
    expect(email!.template_id).toBe(
      email!.email_address === 'kim@example.com' ? templates.fr : templates.en,
    );
    expect(email!.personalisation.body).toContain(`${apply.subscribeUrl}/`);

    const stored = await rows();
    expect(stored.map((row) => row.status).sort()).toEqual(['failed', 'sent']);
    // A bounced subscriber is theirs to fix: no author is told of it.
    expect(stored.find((row) => row.status === 'failed')).not.toHaveProperty('authorTold');
    expect(await dispatcher().tick()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });
});
