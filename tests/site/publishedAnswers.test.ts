import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Opportunity } from '../../domain/opportunity';
import { Background } from '../../runtime/background';
import { createLogger } from '../../runtime/logger';
import { startSitePublishing } from '../../server/publishing';
import { exampleContacts } from '../../site/contacts';
import { startApiServer, type ApiServer } from '../api/apiServer';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { parsePage } from './support/htmlQuery';
import { ocdsValidator, parseXml } from './support/siteFixtures';

const siteUrl = 'https://example.gc.ca/opportunities';
let api: ApiServer;
let background: Background;
let dir: string;
let record: Opportunity;
const numbers: Record<string, string> = {};

beforeAll(async () => {
  api = await startApiServer({ rateLimit: { perMinute: 6_000, burst: 1_000 } });
  background = new Background(createLogger('silent'));
  dir = mkdtempSync(join(tmpdir(), 'answers-'));
  // As server/main.ts wires it: every stored change the table marks public is published.
  startSitePublishing({
    storage: api.storage,
    background,
    logger: createLogger('silent'),
    siteUrl,
    contacts: exampleContacts,
    ocidPrefix: 'ocds-a1b2c3',
    destination: { kind: 'folder', dir },
    onFailure: async () => undefined,
  });
  record = await anOpportunityIn(api.storage, 'posted');
  for (const [name, question, email] of [
    ['answered', 'Can we use Python 3.12?', 'robin.asker@example.com'],
    ['declined', 'What is your budget breakdown, secretly?', 'sacha.asker@example.com'],
  ] as const) {
    const asked = await api.storage.questions.ask(record.id, { question, email }, 'en');
    if (asked.kind !== 'received') throw new Error(`not asked: ${JSON.stringify(asked)}`);
    numbers[name] = asked.number;
  }
  await background.idle();
}, 30_000);
afterAll(() => api.close());

const intent = (body: unknown) =>
  api.call('POST', `/api/opportunities/${record.id}/intents`, { as: people.author, body });
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

/** Every file the site holds, as text. */
function everything(): string {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [readFileSync(path, 'utf8')];
    });
  return walk(dir).join('\n');
}

const answer = {
  kind: 'answerQuestion',
  questionEn: 'May the work use <b>Python 3.12</b>?',
  questionFr: 'Le travail peut-il utiliser <b>Python 3.12</b>?',
  answerEn: 'Yes: any supported version & its standard library.',
  answerFr: 'Oui : toute version prise en charge et sa bibliothèque standard.',
};

describe('an answer to a supplier’s question, published', () => {
  beforeAll(async () => {
    const before = read(`en/${record.id}.html`);
    expect(before).not.toContain('Questions and answers');
    const declined = await intent({
      kind: 'declineQuestion',
      question: numbers.declined,
      reason: 'Not about this work.',
    });
    expect(declined.status).toBe(200);
    const answered = await intent({ ...answer, question: numbers.answered });
    expect(answered.status).toBe(200);
    // The publisher runs after the change is stored, in the background: wait for it.
    await background.idle();
  });

  test('the page shows it in each language, dated, escaped, in its own section', () => {
    for (const locale of ['en', 'fr'] as const) {
      const html = read(`${locale}/${record.id}.html`);
      const page = parsePage(html);
      const section = page.all(
        (el) => el.name === 'section' && el.attribs['aria-labelledby'] === 'answers',
      )[0];
      expect(section).toBeDefined();
      const text = page.text(section!);
      expect(text).toContain(locale === 'en' ? 'Questions and answers' : 'Questions et réponses');
      expect(text).toContain(
        locale === 'en' ? 'May the work use <b>Python 3.12</b>?' : 'utiliser <b>Python 3.12</b>?',
      );
      expect(text).toContain(
        locale === 'en' ? 'Yes: any supported version & its standard library.' : 'Oui : toute',
      );
      // Markup the author typed stays text; the date is machine-readable.
      expect(html).toContain('&lt;b&gt;Python 3.12&lt;/b&gt;');
      expect(html).not.toContain('<b>Python');
      expect(page.within(section!, (el) => el.name === 'time').length).toBe(1);
    }
  });

  test('its JSON carries it in both languages, without the question’s number', () => {
    const data = JSON.parse(read(`data/${record.id}.json`)) as {
      questionsAndAnswers: unknown[];
    };
    expect(data.questionsAndAnswers).toEqual([
      {
        at: expect.any(String),
        question: { en: answer.questionEn, fr: answer.questionFr },
        answer: { en: answer.answerEn, fr: answer.answerFr },
      },
    ]);
    expect(read(`data/${record.id}.json`)).not.toContain(numbers.answered);
  });

  test('the Atom feeds carry it as an update of the opportunity', () => {
    for (const locale of ['en', 'fr'] as const) {
      const feed = parseXml(read(`${locale}/feed.xml`)).feed as {
        entry: { id: string; updated: string; summary: { '#text': string } };
      };
      const entry = feed.entry;
      expect(entry.id).toBe(`${siteUrl}/${locale}/${record.id}.html`);
      const stored = readFileSync(join(dir, `data/${record.id}.json`), 'utf8');
      const at = (JSON.parse(stored) as { questionsAndAnswers: { at: string }[] })
        .questionsAndAnswers[0]!.at;
      expect(entry.updated).toBe(at);
      expect(entry.summary['#text']).toContain(
        locale === 'en' ? 'Questions answered: 1.' : 'Questions ayant reçu une réponse\u00a0: 1.',
      );
    }
  });

  test('OCDS has a release for it with clarifications documents, valid against OCDS 1.1.5', () => {
    const pkg = JSON.parse(read(`ocds/${record.id}.json`)) as {
      releases: {
        tag: string[];
        tender: { documents: { documentType: string; title: string; description?: string }[] };
      }[];
    };
    const validate = ocdsValidator();
    expect(validate(pkg)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(pkg.releases.map((r) => r.tag)).toEqual([['tender'], ['tenderUpdate']]);
    const [posted, answered] = pkg.releases;
    expect(posted!.tender.documents.map((d) => d.documentType)).toEqual([
      'tenderNotice',
      'tenderNotice',
    ]);
    expect(
      answered!.tender.documents
        .filter((d) => d.documentType === 'clarifications')
        .map((d) => [d.title, d.description]),
    ).toEqual([
      [answer.questionEn, answer.answerEn],
      [answer.questionFr, answer.answerFr],
    ]);
  });

  test('a declined question, the asked wording and the askers’ e-mails appear nowhere public', () => {
    const site = everything();
    expect(site).toContain(answer.answerFr);
    for (const secret of [
      'budget breakdown',
      'Not about this work.',
      'Can we use Python 3.12?',
      'robin.asker',
      'sacha.asker',
      '@example.com',
      numbers.declined!,
      numbers.answered!,
    ])
      expect(site).not.toContain(secret);
  });
});
