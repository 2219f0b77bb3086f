import { request } from 'node:http';
import { anApplicationForm } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';
import { postForm, startApplyServer, type ApplyServer } from '../support/applyServer';
import { anOpportunityIn } from '../support/storageHelpers';
import { formatInstant } from '../../site/format';

let server: ApplyServer;

beforeEach(async () => {
  server = await startApplyServer({ rateLimit: { perMinute: 1, burst: 8 } });
});

afterEach(async () => {
  await server?.close();
});

/** What storage holds for the opportunity: answers and identities, counted. */
async function stored(id = server.record.id) {
  return {
    answers: (await server.storage.applications.received(id)).length,
    applicants: (await server.storage.applications.identities(id)).size,
  };
}

const form = (overrides: Record<string, string> = {}) =>
  anApplicationForm(server.record, overrides);

describe('a supplier applies', () => {
  test('a valid form is stored, answers apart from identity, and the supplier gets a confirmation number', async () => {
    const sent = await postForm(server, form({ businessName: 'Jordan Dev Coop' }));
    expect(sent.status).toBe(303);
    const match = new RegExp(
      `^${server.applyUrl}/en/${server.record.id}/received/([0-9A-Z]{8})$`,
    ).exec(sent.location ?? '');
    expect(match).not.toBeNull();
    const confirmation = match![1]!;

    const page = await fetch(sent.location!);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain(`${server.record.id}-${confirmation}`);
    expect(text).toContain('<html lang="en"');

    const answers = await server.storage.applications.received(server.record.id);
    expect(answers).toEqual([
      { confirmation, receivedAt: server.clock.now.toISOString(), answers: [form().answer1] },
    ]);
    // The answers' table holds nothing that identifies the supplier.
    const rows = await server.storage.tables.clients.applications.listEntities().next();
    expect(JSON.stringify(rows.value)).not.toMatch(/Jordan|jordan@example\.com/);
    const identity = await server.storage.applications.identity(server.record.id, confirmation);
    expect(identity).toEqual({
      name: 'Jordan Developer',
      businessName: 'Jordan Dev Coop',
      email: 'jordan@example.com',
    });
  });

  test('in French, the confirmation is in French', async () => {
    const sent = await postForm(server, form(), { locale: 'fr' });
    expect(sent.status).toBe(303);
    const text = await (await fetch(sent.location!)).text();
    expect(text).toContain('<html lang="fr"');
    expect(text).toContain('Candidature reçue');
  });

  test.each([
    [
      'en',
      'What happens next',
      [
        'We are sending a receipt',
        'Applications close on {closing}. Until then you may withdraw your application on the status page',
        'without names or e-mail addresses, pass or fail on each statement',
        'random draw, usually within two business days of the closing. The draw is published on the opportunity page by confirmation number, without names',
        'we e-mail you the result',
        'the status page shows where your application stands',
      ],
    ],
    [
      'fr',
      'Prochaines étapes',
      [
        'Nous envoyons un accusé de réception',
        'La période de candidature prend fin le {closing}. D’ici là, vous pouvez retirer votre candidature sur la page d’état',
        'sans les noms ni les adresses courriel, réussite ou échec pour chaque énoncé',
        'tirage au sort, habituellement dans les deux jours ouvrables suivant la clôture. Le tirage est publié sur la page de l’occasion par numéro de confirmation, sans les noms',
        'nous vous envoyons le résultat par courriel',
        'la page d’état indique où en est votre candidature',
      ],
    ],
  ] as const)(
    'in %s, the confirmation says what happens next and when, with the title escaped',
    async (locale, heading, steps) => {
      const record = await anOpportunityIn(server.storage, 'posted', {
        fields: { titleEn: 'Fix <b>this</b> & that', titleFr: 'Corriger <b>ceci</b> & cela' },
      });
      const sent = await postForm(server, anApplicationForm(record), { locale, id: record.id });
      expect(sent.status).toBe(303);
      const page = await fetch(sent.location!);
      const text = await page.text();
      expect(text).not.toContain('<b>');
      expect(text).toContain(
        locale === 'en' ? 'Fix &lt;b&gt;this&lt;/b&gt; &amp; that' : 'Corriger &lt;b&gt;ceci',
      );
      const closing = formatInstant(record.fields.closingAt!, locale);
      expect(closing).toMatch(/2030/);
      expect(text).toContain(`<h2>${heading}</h2>`);
      const list = /<ol class="next-steps">([\s\S]*?)<\/ol>/.exec(text)?.[1] ?? '';
      const items = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
        m[1]!
          .replace(/\s+/g, ' ')
          .replace(/&rsquo;|&#x27;|&#39;/g, '’')
          .trim(),
      );
      expect(items).toHaveLength(steps.length);
      steps.forEach((step, i) => expect(items[i]).toContain(step.replace('{closing}', closing)));
      // The status page, where the supplier withdraws or follows the application, is linked.
      expect(text).toContain(`href="${server.statusUrl}/${locale}"`);
    },
  );

  test('the confirmation page exists only for a number really received', async () => {
    const page = await fetch(`${server.applyUrl}/en/${server.record.id}/received/ABCDEFGH`);
    expect(page.status).toBe(404);
  });
});

describe('bad applications change nothing and say why, in the page’s language and the other', () => {
  test.each([
    [
      'missing answers and attestations',
      { answer1: '', eligible: '', terms: '' },
      ['Your answer to statement 1: required.', 'Eligibility: you must confirm this'],
    ],
    ['an oversized answer', { answer1: 'x'.repeat(3_001) }, ['at most 3000 characters']],
    ['too many words', { answer1: 'word '.repeat(301) }, ['at most 300 words']],
    [
      'a script in an answer',
      { answer1: 'Hello <script>alert(1)</script>' },
      ['remove the HTML or script markup'],
    ],
    ['a bad e-mail', { email: 'jordan at example' }, ['not a valid e-mail address']],
    ['the honeypot filled in', { website: 'https://spam.example' }, ['must be left empty']],
  ])('%s', async (_name, overrides: Record<string, string>, messages) => {
    const sent = await postForm(server, form(overrides));
    expect(sent.status).toBe(400);
    for (const message of messages) expect(sent.text).toContain(message);
    expect(sent.text).toContain('Nothing was stored');
    // What the supplier typed comes back, escaped, so nothing is lost, except the honeypot.
    if (overrides.answer1?.includes('<script>')) {
      expect(sent.text).not.toContain('<script>alert(1)');
      expect(sent.text).toContain('&lt;script&gt;alert(1)');
    }
    expect(sent.text).not.toContain('https://spam.example');
    expect(await stored()).toEqual({ answers: 0, applicants: 0 });
  });

  test('after the closing time the form is refused with the closing time shown', async () => {
    server.clock.now = afterClosing;
    const sent = await postForm(server, form());
    expect(sent.status).toBe(400);
    expect(sent.text).toContain('Applications closed at January 15, 2030');
    expect(await stored()).toEqual({ answers: 0, applicants: 0 });
  });

  test('a second application from the same e-mail address is refused', async () => {
    expect((await postForm(server, form())).status).toBe(303);
    const again = await postForm(server, form({ email: 'JORDAN@example.com' }));
    expect(again.status).toBe(400);
    expect(again.text).toContain('an application from this e-mail address was already received');
    expect(await stored()).toEqual({ answers: 1, applicants: 1 });
  });

  test.each([
    ['a zero-width space', 'jordan\u200b@example.com'],
    ['a zero-width joiner', 'jor\u200ddan@example.com'],
    ['a word joiner', 'jordan@exam\u2060ple.com'],
    ['a soft hyphen', 'jor\u00addan@example.com'],
    ['a byte-order mark inside', 'jordan@\ufeffexample.com'],
  ])('an address with %s is refused, not a second applicant', async (_name, email) => {
    expect((await postForm(server, form())).status).toBe(303);
    const again = await postForm(server, form({ email }));
    expect(again.status).toBe(400);
    expect(again.text).toContain('Nothing was stored');
    expect(await stored()).toEqual({ answers: 1, applicants: 1 });
  });

  test.each([
    ['fullwidth letters', 'ｊｏｒｄａｎ@example.com'],
    ['a sub-address', 'jordan+second@example.com'],
    ['capitals and a sub-address', 'Jordan+Again@Example.COM'],
  ])('the same mailbox written with %s is the same applicant', async (_name, email) => {
    expect((await postForm(server, form())).status).toBe(303);
    const again = await postForm(server, form({ email }));
    expect(again.status).toBe(400);
    expect(again.text).toContain('an application from this e-mail address was already received');
    expect(await stored()).toEqual({ answers: 1, applicants: 1 });
  });

  test('a name with an invisible character is refused', async () => {
    const sent = await postForm(server, form({ name: 'Jordan\u200b Developer' }));
    expect(sent.status).toBe(400);
    expect(await stored()).toEqual({ answers: 0, applicants: 0 });
  });

  test('an address that would add headers to a mailto: link is refused', async () => {
    const sent = await postForm(
      server,
      form({ email: 'eve@example.com?subject=Urgent&bcc=spy%40evil.example' }),
    );
    expect(sent.status).toBe(400);
    expect(sent.text).toContain('not a valid e-mail address');
    expect(await stored()).toEqual({ answers: 0, applicants: 0 });
  });

  test('a field sent twice, invalid UTF-8, another content type and an oversized body are refused', async () => {
    const twice = `${new URLSearchParams(form()).toString()}&name=Other`;
    expect((await postForm(server, twice)).status).toBe(400);
    const invalid = `${new URLSearchParams(form()).toString().replace('answer1=', 'answer1=%C3%28')}`;
    expect((await postForm(server, invalid)).status).toBe(400);
    expect(
      (
        await postForm(server, JSON.stringify(form()), {
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(415);
    const huge = await postForm(server, form({ answer1: 'é'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(huge.text).toContain('larger than this opportunity allows');
    expect(await stored()).toEqual({ answers: 0, applicants: 0 });
  });

  test('an unknown or unposted opportunity is not found', async () => {
    const draft = await anOpportunityIn(server.storage, 'draft');
    for (const id of ['MA-2029-9999', draft.id, '..%2F..%2Fetc%2Fpasswd']) {
      const sent = await postForm(server, form(), { id });
      expect(sent.status).toBe(404);
      expect(sent.text).toContain('No open opportunity has this reference.');
      expect(sent.text).toContain('Aucune occasion ouverte ne porte cette référence.');
    }
  });
});

describe('the endpoint defends itself', () => {
  test('a post from another site is refused (CSRF), and so is one from an opaque origin', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      const sent = await postForm(server, form(), { headers: { origin } });
      expect(sent.status).toBe(403);
      expect(sent.text).toContain('did not come from the opportunity page');
    }
    expect(await stored()).toEqual({ answers: 0, applicants: 0 });
  });

  test('a browser post without Origin but with Fetch metadata is refused; a plain client without either is not', async () => {
    const post = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const body = new URLSearchParams(
          form({ email: `${Object.keys(headers).length}@example.com` }),
        ).toString();
        const req = request(
          `${server.applyUrl}/en/${server.record.id}`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    expect(await post({ 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await post({})).toBe(303);
  });

  test('the rate limit counts per client address and answers 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push((await postForm(server, form({ email: `s${i}@example.com` }))).status);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(303));
    expect(statuses.slice(8)).toEqual([429, 429]);
    const limited = await postForm(server, form({ email: 'late@example.com' }));
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.text).toContain('Too many applications came from your network');
    // A spoofed forwarding header does not buy a new allowance.
    const spoofed = await postForm(server, form({ email: 'spoof@example.com' }), {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(spoofed.status).toBe(429);
  });

  test('pages carry a CSP that allows scripts from the site only and forms to this endpoint only', async () => {
    const sent = await postForm(server, form({ answer1: '' }));
    const csp = sent.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`form-action ${new URL(server.applyUrl).origin}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(sent.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(sent.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('no applicant name or e-mail reaches the logs', async () => {
    await postForm(server, form({ name: 'Zanzibar Quux', email: 'zanzibar@example.com' }));
    await postForm(server, form({ name: 'Zanzibar Quux', email: 'bad' }));
    const logged = server.logs.join('\n');
    expect(logged).toContain('application received');
    expect(logged).toContain('application refused');
    expect(logged).not.toMatch(/Zanzibar|zanzibar@example\.com/);
  });
});

describe('the public page', () => {
  test('an open opportunity’s page has the form, in both languages, posting to the endpoint', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const page = await fetch(`${server.siteUrl}/${locale}/${server.record.id}.html`);
      const text = await page.text();
      expect(text).toContain(`action="${server.applyUrl}/${locale}/${server.record.id}"`);
      expect(text).toContain('name="answer1"');
      expect(page.headers.get('content-security-policy')).toContain(
        `form-action ${new URL(server.applyUrl).origin}`,
      );
    }
  });

  test('no applicant’s personal information reaches the public site', async () => {
    await postForm(server, form({ name: 'Zanzibar Quux', email: 'zanzibar@example.com' }));
    await server.publish();
    const dir = (await fetch(`${server.siteUrl}/opportunities.json`)).ok;
    expect(dir).toBe(true);
    for (const path of [
      'opportunities.json',
      `ocds/${server.record.id}.json`,
      `data/${server.record.id}.json`,
      `en/${server.record.id}.html`,
      'en/index.html',
    ]) {
      const text = await (await fetch(`${server.siteUrl}/${path}`)).text();
      expect(text).not.toMatch(/Zanzibar|zanzibar@example\.com/);
    }
  });
});
