import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { QuestionsView } from '../../contract/views';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
let record: Opportunity;
let numbers: string[];

const path = (id: string, rest = '') => `/api/opportunities/${id}${rest}`;

beforeAll(async () => {
  api = await startApiServer({ rateLimit: { perMinute: 6_000, burst: 1_000 } });
  record = await anOpportunityIn(api.storage, 'posted');
  numbers = [];
  for (const [question, email, language] of [
    ['Can we use Python 3.12?', 'robin@example.com', 'en'],
    ['Quel est le budget ventilé?', 'sacha@example.com', 'fr'],
  ] as const) {
    const asked = await api.storage.questions.ask(record.id, { question, email }, language);
    if (asked.kind !== 'received') throw new Error(`not asked: ${JSON.stringify(asked)}`);
    numbers.push(asked.number);
  }
}, 30_000);
afterAll(() => api.close());

const questions = (as: Person) => api.call('GET', path(record.id, '/questions'), { as });
const intent = (body: unknown, as: Person = people.author) =>
  api.call('POST', path(record.id, '/intents'), { as, body });
const stored = async () => (await api.storage.opportunities.get(record.id))!;

const answer = (overrides: Record<string, string> = {}) => ({
  kind: 'answerQuestion',
  question: numbers[0],
  questionEn: 'May the work use Python 3.12?',
  questionFr: 'Le travail peut-il utiliser Python 3.12?',
  answerEn: 'Yes: any supported version.',
  answerFr: 'Oui : toute version prise en charge.',
  ...overrides,
});

describe('the questions of an opportunity, in the tab', () => {
  test('the author and procurement officers see them, never who asked', async () => {
    for (const who of [people.author, people.procurement]) {
      const response = await questions(who);
      expect(response.status).toBe(200);
      const view = response.body as unknown as QuestionsView;
      expect(view.questions.map((q) => [q.question, q.language, q.status])).toEqual(
        expect.arrayContaining([
          ['Can we use Python 3.12?', 'en', 'waiting'],
          ['Quel est le budget ventilé?', 'fr', 'waiting'],
        ]),
      );
      expect(JSON.stringify(view)).not.toMatch(/robin|sacha|@example\.com/);
    }
  });

  test('the cardholder and a manager are refused in both languages; outsiders told it does not exist', async () => {
    for (const who of [people.cardholder, people.manager]) {
      const response = await questions(who);
      expect([who.id, response.status, response.body.error]).toEqual([who.id, 403, 'forbidden']);
      expect(response.body.message).toEqual({ en: expect.any(String), fr: expect.any(String) });
    }
    expect((await questions(people.outsider)).status).toBe(404);
    expect((await api.call('GET', path(record.id, '/questions'))).status).toBe(401);
  });
});

describe('answering and declining', () => {
  test('only the author answers; an incomplete answer changes nothing and says what is missing', async () => {
    const before = await stored();
    const asCardholder = await intent(answer(), people.cardholder);
    expect(asCardholder.status).toBe(403);
    const missing = await intent(answer({ answerFr: '' }));
    expect(missing.status).toBe(422);
    expect(JSON.stringify(missing.body)).toContain('Answer (French): required.');
    expect(JSON.stringify(missing.body)).toContain('Réponse (français)');
    const unknown = await intent(answer({ question: 'ZZZZZZZZ' }));
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.body)).toContain('no such question is waiting for an answer');
    const malformed = await intent(answer({ question: 'not a number' }));
    expect(malformed.status).toBe(400);
    const after = await stored();
    expect(after.version).toBe(before.version);
    expect(after.answers).toEqual([]);
  });

  test('an answer is kept on the record with its audit event, in one write, and cannot be given twice', async () => {
    const before = await stored();
    const response = await intent(answer());
    expect(response.status).toBe(200);
    const after = await stored();
    expect(after.version).toBe(before.version + 1);
    expect(after.answers).toEqual([
      {
        question: numbers[0],
        at: expect.any(String),
        questionEn: 'May the work use Python 3.12?',
        questionFr: 'Le travail peut-il utiliser Python 3.12?',
        answerEn: 'Yes: any supported version.',
        answerFr: 'Oui : toute version prise en charge.',
      },
    ]);
    const events = await api.storage.opportunities.events(record.id);
    expect(events.at(-1)).toMatchObject({
      version: after.version,
      actorId: people.author.id,
      details: { kind: 'answerQuestion', question: numbers[0] },
    });
    expect(after.answers[0]!.at).toBe(events.at(-1)!.at);
    const again = await intent(answer({ answerEn: 'No.' }));
    expect(again.status).toBe(422);
    expect((await stored()).version).toBe(after.version);

    const view = (await questions(people.author)).body as unknown as QuestionsView;
    const answered = view.questions.find((q) => q.number === numbers[0])!;
    expect(answered.status).toBe('answered');
    expect(answered.answer?.answerFr).toBe('Oui : toute version prise en charge.');
  });

  test('a declined question needs a reason, which the tab shows and the record does not publish', async () => {
    const noReason = await intent({ kind: 'declineQuestion', question: numbers[1], reason: '' });
    expect(noReason.status).toBe(422);
    const declined = await intent({
      kind: 'declineQuestion',
      question: numbers[1],
      reason: 'The budget breakdown is not public.',
    });
    expect(declined.status).toBe(200);
    const after = await stored();
    expect(after.declinedQuestions).toEqual([numbers[1]]);
    expect(JSON.stringify(after)).not.toContain('The budget breakdown is not public.');
    const view = (await questions(people.procurement)).body as unknown as QuestionsView;
    expect(view.questions.find((q) => q.number === numbers[1])).toMatchObject({
      status: 'declined',
      answer: null,
      declineReason: 'The budget breakdown is not public.',
    });
    expect((await intent(answer({ question: numbers[1]! }))).status).toBe(422);
  });
});
