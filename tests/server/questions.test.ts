import { postForm, startApplyServer, type ApplyServer } from '../support/applyServer';
import { anOpportunityIn } from '../support/storageHelpers';

let server: ApplyServer;

beforeEach(async () => {
  server = await startApplyServer({ rateLimit: { perMinute: 1, burst: 4 } });
});

afterEach(async () => {
  await server?.close();
});

const ask = (fields: Record<string, string> | string, locale: 'en' | 'fr' = 'en') =>
  postForm(server, fields, { locale, to: 'questions' });

const aQuestion = (overrides: Record<string, string> = {}) => ({
  question: 'May the work use Python 3.12, or must it be 3.10?',
  email: 'robin@example.com',
  website: '',
  ...overrides,
});

/** What storage holds for the opportunity: questions and askers, counted. */
async function stored() {
  const partition = (rows: Array<Record<string, unknown>>) =>
    rows.filter((row) => row.partitionKey === server.record.id).length;
  return {
    questions: partition(await list('questions')),
    askers: partition(await list('askers')),
  };
}

async function list(table: 'questions' | 'askers'): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  for await (const row of server.storage.tables.clients[table].listEntities()) rows.push(row);
  return rows;
}

/** 48 hours before the test opportunity's closing (2030-01-15T20:00Z), the default cut-off. */
const cutoff = Date.parse('2030-01-13T20:00:00.000Z');

describe('a supplier asks a question', () => {
  test('a valid question is stored apart from the asker, who is sent to a confirmation', async () => {
    const sent = await ask(aQuestion());
    expect(sent.status).toBe(303);
    const match = new RegExp(
      `^${server.questionsUrl}/en/${server.record.id}/received/([0-9A-Z]{8})$`,
    ).exec(sent.location ?? '');
    expect(match).not.toBeNull();
    const page = await fetch(sent.location!);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('<html lang="en"');
    expect(text).toContain('Question received');
    expect(text).not.toContain('robin@example.com');

    expect(await server.storage.questions.received(server.record.id)).toEqual([
      {
        number: match![1],
        askedAt: server.clock.now.toISOString(),
        language: 'en',
        question: aQuestion().question,
      },
    ]);
    // The questions' table holds nothing that identifies the asker; the askers' table does.
    expect(JSON.stringify(await list('questions'))).not.toContain('robin@example.com');
    expect(JSON.stringify(await list('askers'))).toContain('robin@example.com');
  });

  test('in French, the confirmation is in French and the question is stored as French', async () => {
    const sent = await ask(aQuestion(), 'fr');
    expect(sent.status).toBe(303);
    const text = await (await fetch(sent.location!)).text();
    expect(text).toContain('<html lang="fr"');
    expect(text).toContain('Question reçue');
    expect((await server.storage.questions.received(server.record.id))[0]?.language).toBe('fr');
  });

  test('the confirmation page exists only for a question really received', async () => {
    const page = await fetch(`${server.questionsUrl}/en/${server.record.id}/received/ABCDEFGH`);
    expect(page.status).toBe(404);
  });
});

describe('bad questions change nothing and say why', () => {
  test.each([
    ['an empty question', { question: '  ' }, ['Your question: required.']],
    ['an oversized question', { question: 'x'.repeat(1_001) }, ['at most 1000 characters']],
    ['markup', { question: 'Hi <script>alert(1)</script>' }, ['remove the HTML or script markup']],
    ['no e-mail', { email: '' }, ['E-mail address: required.']],
    ['a bad e-mail', { email: 'robin at example' }, ['not a valid e-mail address']],
    ['the honeypot filled in', { website: 'https://spam.example' }, ['must be left empty']],
  ])('%s', async (_name, overrides: Record<string, string>, messages) => {
    const sent = await ask(aQuestion(overrides));
    expect(sent.status).toBe(400);
    for (const message of messages) expect(sent.text).toContain(message);
    expect(sent.text).toContain('Nothing was stored');
    expect(sent.text).not.toContain('<script>alert(1)');
    expect(sent.text).not.toContain('https://spam.example');
    expect(await stored()).toEqual({ questions: 0, askers: 0 });
  });

  test('in French, the problems are in French', async () => {
    const sent = await ask(aQuestion({ question: '' }), 'fr');
    expect(sent.status).toBe(400);
    expect(sent.text).toContain('Votre question\u00a0: obligatoire.');
  });

  test('from the cut-off (48 hours before closing) questions are refused; just before, taken', async () => {
    server.clock.now = new Date(cutoff);
    const late = await ask(aQuestion());
    expect(late.status).toBe(400);
    expect(late.text).toContain('Questions closed at January 13, 2030');
    expect(await stored()).toEqual({ questions: 0, askers: 0 });
    server.clock.now = new Date(cutoff - 1_000);
    expect((await ask(aQuestion())).status).toBe(303);
    expect(await stored()).toEqual({ questions: 1, askers: 1 });
  });

  test('an unknown or unposted opportunity is not found, in both languages', async () => {
    const draft = await anOpportunityIn(server.storage, 'draft');
    for (const id of ['MA-2029-9999', draft.id]) {
      const sent = await postForm(server, aQuestion(), { id, to: 'questions' });
      expect(sent.status).toBe(404);
      expect(sent.text).toContain('No open opportunity has this reference.');
      expect(sent.text).toContain('Aucune occasion ouverte ne porte cette référence.');
    }
  });

  test('another origin, another content type, an oversized body and the rate limit are refused in both languages', async () => {
    const evil = await postForm(server, aQuestion(), {
      to: 'questions',
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.status).toBe(403);
    expect(evil.text).toContain('This question did not come from the opportunity page');
    expect(evil.text).toContain('Cette question ne provient pas de la page de l’occasion');
    const big = await ask(`question=${'x'.repeat(20_000)}&email=a%40example.com`);
    expect(big.status).toBe(413);
    expect(big.text).toContain('The question is longer than allowed. Shorten it to 1000');
    expect(big.text).toContain('Raccourcissez-la à 1000 caractères');
    const json = await postForm(server, '{}', {
      to: 'questions',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(415);
    // Refusals count too: the allowance (a burst of 4 here) is per client address, not per success.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await ask(aQuestion({ question: '' }))).status);
    expect(statuses).toEqual([400, 400, 429]);
    const limited = await ask(aQuestion());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.text).toContain('Réessayez dans');
    expect(await stored()).toEqual({ questions: 0, askers: 0 });
  });

  test('the asker’s e-mail and question never reach the logs', async () => {
    await ask(aQuestion({ email: 'zanzibar@example.com', question: 'Zanzibar?' }));
    await ask(aQuestion({ email: 'zanzibar@example', question: 'Zanzibar?' }));
    const logged = server.logs.join('\n');
    expect(logged).toContain('question received');
    expect(logged).toContain('question refused');
    expect(logged).not.toMatch(/zanzibar/i);
  });
});

describe('the public page', () => {
  test('an open opportunity’s page has the question form in both languages, posting to the endpoint', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const text = await (
        await fetch(`${server.siteUrl}/${locale}/${server.record.id}.html`)
      ).text();
      expect(text).toContain(`action="${server.questionsUrl}/${locale}/${server.record.id}"`);
      expect(text).toContain('name="question"');
      expect(text).toContain(locale === 'en' ? 'Ask a question' : 'Poser une question');
    }
  });

  test('after the cut-off the page says questions closed, with no form', async () => {
    server.clock.now = new Date(cutoff + 60_000);
    await server.publish();
    for (const locale of ['en', 'fr'] as const) {
      const text = await (
        await fetch(`${server.siteUrl}/${locale}/${server.record.id}.html`)
      ).text();
      expect(text).not.toContain('name="question"');
      expect(text).toContain(
        locale === 'en' ? 'Questions closed on' : 'Les questions ont pris fin le',
      );
      expect(text).toContain('<time datetime="2030-01-13T20:00:00.000Z">');
    }
  });

  test('the asker’s e-mail reaches nothing public', async () => {
    await ask(aQuestion({ email: 'zanzibar@example.com' }));
    await server.publish();
    for (const path of [
      'opportunities.json',
      `ocds/${server.record.id}.json`,
      `data/${server.record.id}.json`,
      `en/${server.record.id}.html`,
      `fr/${server.record.id}.html`,
    ]) {
      const text = await (await fetch(`${server.siteUrl}/${path}`)).text();
      expect(text).not.toContain('zanzibar');
    }
  });
});
