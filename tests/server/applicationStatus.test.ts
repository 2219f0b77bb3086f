import { actorFromPerson, scheduler } from '../../domain/people';
import { people } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';
import { startApplyServer, type ApplyServer } from '../support/applyServer';
import { anApplication, applied, evaluated } from '../support/storageHelpers';
import { changedRows, storedRows } from '../support/storedRows';
import { encodeKey } from '../../storage/keys';
import { verifyAudit } from '../../storage/verifyAudit';

let server: ApplyServer;

beforeEach(async () => {
  server = await startApplyServer({ rateLimit: { perMinute: 1, burst: 8 } });
});

afterEach(async () => {
  await server?.close();
});

/** Posts the status form (or the withdrawal) as a browser on the site would. */
async function post(
  fields: Record<string, string> | string,
  options: { locale?: 'en' | 'fr'; withdraw?: boolean; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
  const response = await fetch(
    `${server.statusUrl}/${options.locale ?? 'en'}${options.withdraw ? '/withdraw' : ''}`,
    {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(server.siteUrl).origin,
        ...options.headers,
      },
      body,
    },
  );
  return { status: response.status, text: await response.text() };
}

/** Two applications to the posted opportunity: Jordan's (English) and Camille's. */
async function twoApplications() {
  const jordan = await anApplication(server.storage, server.record, {
    email: 'jordan@example.com',
  });
  const camille = await anApplication(server.storage, server.record, {
    email: 'camille@example.ca',
    name: 'Camille Dev',
  });
  return { jordan, camille, number: `${server.record.id}-${jordan}` };
}

/** Closes the opportunity as the scheduler does at the deadline. */
async function close() {
  const outcome = await server.storage.opportunities.apply(
    server.record.id,
    { kind: 'close' },
    scheduler,
  );
  if (outcome.kind !== 'applied')
    throw new Error(`close was ${JSON.stringify(outcome).slice(-400)}`);
  return outcome.record;
}

/** The page with what was typed taken out: what a wrong pair learns from the answer. */
const withoutTyped = (text: string, ...typed: string[]) =>
  typed.reduce((page, value) => page.split(value).join('«typed»'), text);

describe('the status of an application, by its number and e-mail', () => {
  test('the right pair shows where the application stands, in English and in French', async () => {
    const { number } = await twoApplications();
    const en = await post({ number, email: 'jordan@example.com' });
    expect(en.status).toBe(200);
    expect(en.text).toContain(`Application ${number}`);
    expect(en.text).toContain('Received');
    expect(en.text).toContain('Withdraw my application');
    expect(en.text).not.toMatch(/camille/i);

    // Spaces and case are forgiven; the answer is in the page's language, with a language toggle.
    const fr = await post(
      { number: ` ${number.toLowerCase()} `, email: 'Jordan@Example.com' },
      { locale: 'fr' },
    );
    expect(fr.status).toBe(200);
    expect(fr.text).toContain('<html lang="fr"');
    expect(fr.text).toContain('Reçue');
    expect(fr.text).toContain(`href="${server.statusUrl}/en"`);
  });

  test('a wrong number and a wrong e-mail get the same answer', async () => {
    const { number, camille } = await twoApplications();
    const wrongNumber = `${server.record.id}-${camille}`;
    const byNumber = await post({ number: wrongNumber, email: 'jordan@example.com' });
    const byEmail = await post({ number, email: 'camille@example.ca' });
    const unknown = await post({ number: 'MA-2029-0001-ABCDEFGH', email: 'nobody@example.com' });
    const unreadable = await post({ number: 'not a number', email: 'jordan@example.com' });
    expect(byNumber.status).toBe(404);
    expect(byNumber.text).toContain(
      'We found no application with this confirmation number and e-mail address.',
    );
    const pages = [
      withoutTyped(byNumber.text, wrongNumber, 'jordan@example.com'),
      withoutTyped(byEmail.text, number, 'camille@example.ca'),
      withoutTyped(unknown.text, 'MA-2029-0001-ABCDEFGH', 'nobody@example.com'),
      withoutTyped(unreadable.text, 'not a number', 'jordan@example.com'),
    ];
    expect([byEmail.status, unknown.status, unreadable.status]).toEqual([404, 404, 404]);
    expect(new Set(pages).size).toBe(1);
  });

  test('the typed values come back escaped', async () => {
    const sent = await post({ number: '"><script>x</script>', email: '<b>a@b.ca' });
    expect(sent.status).toBe(404);
    expect(sent.text).not.toContain('<script>x');
    expect(sent.text).toContain('&quot;&gt;&lt;script&gt;');
  });

  test('results are shown only once the award is public, as the result e-mails say them', async () => {
    const { jordan, camille, number } = await twoApplications();
    server.clock.now = afterClosing;
    await close();
    const evaluating = await post({ number, email: 'jordan@example.com' });
    expect(evaluating.text).toContain('Under evaluation');
    expect(evaluating.text).not.toContain('Withdraw my application');
    await evaluated(server.storage, server.record, jordan, true);
    const record = await evaluated(server.storage, server.record, camille, false);
    await applied(server.storage, record.id, { kind: 'award' }, people.author);
    expect((await post({ number, email: 'jordan@example.com' })).text).toContain('Chosen');
    const other = await post({
      number: `${server.record.id}-${camille}`,
      email: 'camille@example.ca',
    });
    expect(other.text).toContain('Did not pass');
  });
});

describe('withdrawing an application', () => {
  test('before closing: withdrawn with its audit row and e-mail, then neither evaluated nor drawn', async () => {
    const { jordan, camille, number } = await twoApplications();
    const sent = await post(
      { number, email: 'jordan@example.com', confirm: 'yes' },
      {
        withdraw: true,
      },
    );
    expect(sent.status).toBe(200);
    expect(sent.text).toContain('Application withdrawn');

    const status = await post({ number, email: 'jordan@example.com' });
    expect(status.text).toContain('Withdrawn');
    expect(status.text).not.toContain('Withdraw my application');
    const row = await server.storage.tables.clients.opportunities.getEntity(
      encodeKey(server.record.id),
      `withdrawn-${jordan}`,
    );
    expect(row.at).toBe(server.clock.now.toISOString());
    const notices = await server.storage.notices.forOpportunity(encodeKey(server.record.id));
    expect(notices.filter((n) => n.kind === 'applicationWithdrawn')).toEqual([
      expect.objectContaining({
        confirmation: jordan,
        message: expect.objectContaining({
          to: 'jordan@example.com',
          subject: expect.stringContaining('Application withdrawn'),
        }),
      }),
    ]);

    // The head was touched, not changed: the audit chain still replays to it.
    const audit = await verifyAudit(server.storage.tables.clients.opportunities);
    expect(audit.breaks).toEqual([]);

    // Again: nothing more is written, and the status says it is withdrawn.
    const before = await storedRows(server.storage);
    const again = await post(
      { number, email: 'jordan@example.com', confirm: 'yes' },
      {
        withdraw: true,
      },
    );
    expect(again.status).toBe(200);
    expect(changedRows(before, await storedRows(server.storage))).toEqual([]);

    server.clock.now = afterClosing;
    const closed = await close();
    expect(closed.applications).toEqual([camille]);
    const refused = await server.storage.opportunities.apply(
      server.record.id,
      { kind: 'evaluate', application: jordan, results: [{ pass: true, rationale: 'x' }] },
      actorFromPerson(people.author),
    );
    expect(refused.kind).toBe('refused');
    await evaluated(server.storage, closed, camille, true);
    const awarded = await applied(
      server.storage,
      server.record.id,
      { kind: 'award' },
      people.author,
    );
    expect(awarded.award?.candidates).toEqual([camille]);
    expect(awarded.award?.winner).toBe(camille);
  });

  test('a supplier who withdrew hears nothing more of the opportunity: an addendum goes to the others', async () => {
    const { number } = await twoApplications();
    await post({ number, email: 'jordan@example.com', confirm: 'yes' }, { withdraw: true });
    await applied(
      server.storage,
      server.record.id,
      { kind: 'amend', en: 'Use Python 3.12.', fr: 'Utilisez Python 3.12.' },
      people.author,
    );
    const notices = await server.storage.notices.forOpportunity(encodeKey(server.record.id));
    expect(notices.filter((n) => n.kind === 'addendumPublished').map((n) => n.message.to)).toEqual([
      'camille@example.ca',
    ]);
  });

  test('a close decided before a withdrawal landed is written again, without it', async () => {
    const { jordan, number } = await twoApplications();
    const stale = await server.storage.opportunities.read(server.record.id);
    const sent = await post(
      { number, email: 'jordan@example.com', confirm: 'yes' },
      {
        withdraw: true,
      },
    );
    expect(sent.status).toBe(200);
    server.clock.now = afterClosing;
    const raced = await server.storage.opportunities.applyTo(stale!, { kind: 'close' }, scheduler);
    expect(raced.kind).toBe('conflict');
    const closed = await close();
    expect(closed.applications).not.toContain(jordan);
  });

  test('after the closing time it is refused and nothing changes, before and after the close', async () => {
    const { number } = await twoApplications();
    server.clock.now = afterClosing;
    for (const closed of [false, true]) {
      if (closed) await close();
      const before = await storedRows(server.storage);
      for (const locale of ['en', 'fr'] as const) {
        const sent = await post(
          { number, email: 'jordan@example.com', confirm: 'yes' },
          {
            withdraw: true,
            locale,
          },
        );
        expect(sent.status).toBe(409);
        expect(sent.text).toContain(
          locale === 'en'
            ? 'an application can no longer be withdrawn. Nothing was changed.'
            : 'une candidature ne peut plus être retirée. Rien n’a été modifié.',
        );
      }
      expect(changedRows(before, await storedRows(server.storage))).toEqual([]);
    }
  });

  test('without the box ticked, or with a wrong pair, nothing changes', async () => {
    const { number } = await twoApplications();
    const before = await storedRows(server.storage);
    const unticked = await post({ number, email: 'jordan@example.com' }, { withdraw: true });
    expect(unticked.status).toBe(400);
    expect(unticked.text).toContain('Tick “Yes, withdraw my application” to confirm.');
    const wrong = await post(
      { number, email: 'camille@example.ca', confirm: 'yes' },
      {
        withdraw: true,
      },
    );
    expect(wrong.status).toBe(404);
    expect(wrong.text).toContain('We found no application with this confirmation number');
    expect(changedRows(before, await storedRows(server.storage))).toEqual([]);
  });
});

describe('bad requests are refused as at /apply/, and change nothing', () => {
  test('another origin, another content type, invalid UTF-8, an oversized body', async () => {
    const { number } = await twoApplications();
    const before = await storedRows(server.storage);
    const pair = { number, email: 'jordan@example.com', confirm: 'yes' };
    for (const withdraw of [false, true]) {
      const evil = await post(pair, { withdraw, headers: { origin: 'https://evil.example' } });
      expect(evil.status).toBe(403);
      expect(evil.text).toContain('did not come from the status page');
      expect(evil.text).toContain('ne provient pas de la page d’état');
      // A refusal leads back to the lookup, in the page's language.
      expect(evil.text).toMatch(
        new RegExp(`<a href="${server.statusUrl}/en"\\s*>Look up an application</a`),
      );
      const json = await post(JSON.stringify(pair), {
        withdraw,
        headers: { 'content-type': 'application/json' },
      });
      expect(json.status).toBe(415);
      const badUtf8 = await post(`number=${encodeURIComponent(number)}&email=%C3%28&confirm=yes`, {
        withdraw,
      });
      expect(badUtf8.status).toBe(400);
      const large = await post(`number=${'x'.repeat(5_000)}`, { withdraw });
      expect(large.status).toBe(413);
    }
    expect(changedRows(before, await storedRows(server.storage))).toEqual([]);
  });

  test('past the rate limit per client address, a 429 with Retry-After in both languages', async () => {
    const answers = [];
    for (let i = 0; i < 10; i++)
      answers.push(await post({ number: 'MA-2029-0001-ABCDEFGH', email: 'a@example.ca' }));
    expect(answers.slice(0, 8).map((a) => a.status)).toEqual(Array(8).fill(404));
    expect(answers[9]!.status).toBe(429);
    expect(answers[9]!.text).toContain('Too many requests came from your network');
    expect(answers[9]!.text).toContain('Trop de demandes sont venues de votre réseau');
  });

  test('the form page is served in both languages; unknown paths are a bilingual 404', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const page = await fetch(`${server.statusUrl}/${locale}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain('form-action');
      const text = await page.text();
      expect(text).toContain(`action="${server.statusUrl}/${locale}"`);
      // Not a page of the site: its menu is there, but none of its links is the current page.
      expect(text).toContain('class="site-nav"');
      expect(text).not.toContain('aria-current');
    }
    // A path no route has, and a route's path whose first part is not a language.
    for (const path of ['/de/x', '/de', '/de/withdraw']) {
      const missing = await fetch(`${server.statusUrl}${path}`);
      expect(missing.status).toBe(404);
      const text = await missing.text();
      expect(text).toContain('There is no such page.');
      expect(text).toContain('Cette page n’existe pas.');
    }
  });
});
