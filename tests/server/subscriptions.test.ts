import { otherLocale } from '../../domain/locale';
import { startAnnouncer } from '../../server/announcer';
import { createLogger } from '../../runtime/logger';
import { publicUrl } from '../../domain/publicUrls';
import { Background } from '../../runtime/background';
import { startApplyServer, type ApplyServer } from '../support/applyServer';
import { anOpportunityIn } from '../support/storageHelpers';

let server: ApplyServer;

beforeEach(async () => {
  server = await startApplyServer({ rateLimit: { perMinute: 1, burst: 20 } });
});

afterEach(async () => {
  await server?.close();
});

const origin = () => new URL(server.siteUrl).origin;

/** Posts a form to the subscription endpoint as the form's own page would. */
async function post(
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.subscribeUrl}/${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: origin(),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
  return {
    status: response.status,
    location: response.headers.get('location'),
    text: await response.text(),
  };
}

const subscribe = (fields: Record<string, string>, locale: 'en' | 'fr' = 'en') =>
  post(locale, { website: '', language: locale, keywords: '', ...fields });

interface Row extends Record<string, unknown> {
  partitionKey: string;
  rowKey: string;
}

async function rows(): Promise<Row[]> {
  const found: Row[] = [];
  for await (const row of server.storage.tables.clients.subscribers.listEntities())
    found.push(row as Row);
  return found;
}

/** The e-mails queued to subscribers, with what they say (the test clock stands still: no order). */
async function mails() {
  const found = (await rows()).filter((row) => row.rowKey.startsWith('notice-'));
  const notices = await Promise.all(
    [...new Set(found.map((row) => row.partitionKey))].map((partition) =>
      server.storage.notices.forOpportunity(partition),
    ),
  );
  return notices.flat();
}

/** The link of a kind in an e-mail, split into the page and its id and secret. */
function linkIn(body: string, step: 'confirm' | 'unsubscribe') {
  const match = new RegExp(
    `(${server.subscribeUrl}/(?:en|fr)/${step})\\?s=([0-9a-f]+)&t=([A-Za-z0-9_-]+)`,
  ).exec(body);
  if (!match) throw new Error(`no ${step} link in: ${body}`);
  return { page: match[1]!, s: match[2]!, t: match[3]! };
}

function announcer() {
  return startAnnouncer({
    storage: server.storage,
    subscribeUrl: server.subscribeUrl,
    pageUrl: (id, locale) => publicUrl(server.siteUrl, id, locale),
    logger: createLogger('silent'),
    // Its timer never fires in a test (an hour); the test calls tick itself.
    background: new Background(createLogger('silent')),
    clock: server.clock.read,
    intervalMs: 3_600_000,
  });
}

/** Subscribes and confirms through the links, as a supplier would; returns their unsubscribe link. */
async function aSubscriber(email: string, keywords = '', locale: 'en' | 'fr' = 'en') {
  expect((await subscribe({ email, keywords }, locale)).status).toBe(303);
  const confirm = linkIn(
    (await mails()).filter((m) => m.message.to === email).at(-1)!.message.body,
    'confirm',
  );
  const done = await post(`${locale}/confirm`, { s: confirm.s, t: confirm.t });
  expect(done.status).toBe(200);
  return confirm;
}

describe('a supplier subscribes to new opportunities', () => {
  test('the form is a plain page in each language, with a language toggle to its twin', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const response = await fetch(`${server.subscribeUrl}/${locale}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain(`<html lang="${locale}"`);
      expect(text).toContain(`action="${server.subscribeUrl}/${locale}"`);
      expect(text).toContain(`href="${server.subscribeUrl}/${otherLocale(locale)}"`);
      expect(text).toContain(
        locale === 'en' ? 'Get new opportunities by e-mail' : 'Recevoir les nouvelles occasions',
      );
    }
  });

  test('the pages are not pages of the site: its menu is there, but none of its links is the current page', async () => {
    for (const locale of ['en', 'fr'] as const) {
      for (const path of [locale, `${locale}/sent`, `${locale}/confirm?s=1&t=2`]) {
        const text = await (await fetch(`${server.subscribeUrl}/${path}`)).text();
        expect(text).toContain('class="site-nav"');
        expect(text).toContain(`href="${server.siteUrl}/${locale}/index.html"`);
        expect(text).not.toContain('aria-current');
      }
    }
  });

  test('subscribing stores a pending request and e-mails a confirmation link, and nothing else until it is pressed', async () => {
    const sent = await subscribe({ email: 'ana@example.com', keywords: 'Python, Réact' });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`${server.subscribeUrl}/en/sent`);
    const page = await (await fetch(sent.location!)).text();
    expect(page).toContain('Check your e-mail');

    const [mail, ...others] = await mails();
    expect(others).toEqual([]);
    expect(mail!.kind).toBe('subscriptionConfirm');
    expect(mail!.message.to).toBe('ana@example.com');
    expect(mail!.message.body).toContain('python, react');
    const confirm = linkIn(mail!.message.body, 'confirm');
    // The unsubscribe link is in this e-mail too, with the same secret.
    expect(linkIn(mail!.message.body, 'unsubscribe').t).toBe(confirm.t);
    // Only a hash of the secret is kept while it waits.
    expect(JSON.stringify((await rows()).find((r) => r.rowKey === 'subscriber'))).not.toContain(
      confirm.t,
    );

    // Not confirmed: a posting tells nobody.
    await anOpportunityIn(server.storage, 'posted');
    expect((await announcer().tick()).queued).toBe(0);
    expect(await mails()).toHaveLength(1);

    // Opening the link shows a button; only pressing it confirms (a mail scanner does not press).
    const opened = await fetch(`${confirm.page}?s=${confirm.s}&t=${confirm.t}`);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('Confirm my subscription');
    expect((await rows()).find((r) => r.rowKey === 'subscriber')!.status).toBe('pending');

    const done = await post('en/confirm', { s: confirm.s, t: confirm.t });
    expect(done.status).toBe(200);
    expect(done.text).toContain('You are subscribed');
    expect(done.text).toContain('python, react');
    // Pressing it again (a reload) says the same and changes nothing.
    expect((await post('en/confirm', { s: confirm.s, t: confirm.t })).text).toContain(
      'You are subscribed',
    );
  });

  test('a wrong, tampered or old link confirms nothing and says the same as an unknown one', async () => {
    await subscribe({ email: 'ana@example.com' });
    const confirm = linkIn((await mails())[0]!.message.body, 'confirm');
    const tampered = (confirm.t.startsWith('A') ? 'B' : 'A') + confirm.t.slice(1);
    const wrongSecret = await post('en/confirm', { s: confirm.s, t: tampered });
    const unknownId = await post('en/confirm', { s: 'f'.repeat(32), t: confirm.t });
    const garbage = await post('en/confirm', { s: '<script>', t: '' });
    for (const answer of [wrongSecret, unknownId, garbage]) {
      expect(answer.status).toBe(400);
      expect(answer.text).toContain('This link does not work');
      expect(answer.text).not.toContain('<script>');
    }
    expect(wrongSecret.text).toBe(unknownId.text);
    expect((await rows()).find((r) => r.rowKey === 'subscriber')!.status).toBe('pending');

    // Seven days on, the right link has expired.
    server.clock.now = new Date(server.clock.now.getTime() + 7 * 24 * 3_600_000 + 1);
    expect((await post('en/confirm', { s: confirm.s, t: confirm.t })).status).toBe(400);
  });

  test('a second request for the same address within ten minutes sends no second e-mail', async () => {
    await subscribe({ email: 'ana@example.com' });
    await subscribe({ email: 'ANA+news@example.com' });
    expect(await mails()).toHaveLength(1);
    expect((await rows()).filter((r) => r.rowKey === 'subscriber')).toHaveLength(1);
  });

  test('bad input is refused in both languages, with each problem beside its field, and nothing is stored', async () => {
    const refused = await subscribe(
      {
        email: 'not an address',
        keywords: Array.from({ length: 11 }, (_, i) => `k${i}`).join(','),
      },
      'fr',
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<html lang="fr"');
    expect(refused.text).toContain('aria-invalid="true"');
    expect(refused.text).toContain('value="not an address"');
    const trap = await subscribe({ email: 'bot@example.com', website: 'http://spam.example' });
    expect(trap.status).toBe(400);
    const foreign = await post(
      'en',
      { email: 'ana@example.com', language: 'en' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(await rows()).toEqual([]);
  });

  test('a posting is announced once to each confirmed subscriber whose keywords match, in their language', async () => {
    await aSubscriber('everything@example.com');
    await aSubscriber('react@example.com', 'react', 'fr');
    await aSubscriber('cobol@example.com', 'COBOL');

    const posted = await anOpportunityIn(server.storage, 'posted', {
      fields: { skills: [{ en: 'React and TypeScript', fr: 'React et TypeScript' }] },
    });
    // The startup posting of the test server is announced too, to the same subscribers.
    const first = await announcer().tick();
    expect(first.announcements).toBe(2);
    const announced = (await mails()).filter((m) => m.opportunityId === posted.id);
    expect(announced.map((m) => m.message.to).sort()).toEqual([
      'everything@example.com',
      'react@example.com',
    ]);
    const french = announced.find((m) => m.message.to === 'react@example.com')!;
    expect(french.kind).toBe('opportunityPosted');
    expect(french.language).toBe('fr');
    expect(french.message.subject).toContain(posted.fields.titleFr);
    expect(french.message.body).toContain(publicUrl(server.siteUrl, posted.id, 'fr'));
    expect(linkIn(french.message.body, 'unsubscribe').page).toBe(
      `${server.subscribeUrl}/fr/unsubscribe`,
    );

    // Run again, and by another server: nobody is told twice.
    const total = (await mails()).length;
    expect((await announcer().tick()).announcements).toBe(0);
    expect(await mails()).toHaveLength(total);
  });

  test('an announcement cut short is run again without telling anyone twice', async () => {
    const link = await aSubscriber('ana@example.com');
    const posted = await anOpportunityIn(server.storage, 'posted');
    const row = (await server.storage.announcements.due(server.clock.now)).find(
      (r) => r.partitionKey === posted.id,
    )!;
    // A server claimed it, queued Ana's e-mail, and died before recording that it was done.
    const claim = await server.storage.announcements.claim(
      row,
      'a dead server',
      new Date(server.clock.now.getTime() + 60_000),
    );
    expect(claim).not.toBeNull();
    const subscriber = (await collect(server.storage.subscriptions.confirmed()))[0]!;
    expect(subscriber.id).toBe(link.s);
    const { announcementNoticeId, opportunityPostedNotice } =
      await import('../../domain/subscriptions');
    const message = opportunityPostedNotice(
      posted,
      subscriber.email,
      'en',
      'https://x.example',
      'https://y.example',
    );
    expect(
      await server.storage.subscriptions.queue(
        subscriber,
        announcementNoticeId(posted.id, subscriber.id),
        message,
      ),
    ).toBe(true);

    // Its lease runs out; another server takes over and finishes.
    server.clock.now = new Date(server.clock.now.getTime() + 60_001);
    await announcer().tick();
    const toAna = (await mails()).filter((m) => m.opportunityId === posted.id);
    expect(toAna).toHaveLength(1);
  });

  test('unsubscribing deletes the address and every e-mail kept for it; later postings tell them nothing', async () => {
    const link = await aSubscriber('ana@example.com');
    await announcer().tick();
    expect((await rows()).length).toBeGreaterThan(1);

    const opened = await fetch(`${server.subscribeUrl}/fr/unsubscribe?s=${link.s}&t=${link.t}`);
    expect(await opened.text()).toContain('Me désabonner');
    const done = await post('fr/unsubscribe', { s: link.s, t: link.t });
    expect(done.status).toBe(200);
    expect(done.text).toContain('Votre abonnement est annulé');
    expect(await rows()).toEqual([]);

    await anOpportunityIn(server.storage, 'posted');
    expect((await announcer().tick()).queued).toBe(0);
    expect(await rows()).toEqual([]);
    // The link is spent: it says so, and the same as any wrong link.
    expect((await post('fr/unsubscribe', { s: link.s, t: link.t })).status).toBe(400);
  });

  test('no address is written to the log', async () => {
    await aSubscriber('ana@example.com', 'react');
    await anOpportunityIn(server.storage, 'posted');
    await announcer().tick();
    await subscribe({ email: 'broken@', keywords: '' });
    expect(server.logs.join('\n')).not.toMatch(/ana@example\.com|broken@/);
    expect(server.logs.join('\n')).toContain('subscription confirmed');
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}
