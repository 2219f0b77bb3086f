import { t } from '../../domain/messages';
import { completeFields, people } from '../support/builders';
import { startApiServer, type ApiServer } from './apiServer';

/** Friday 21 December 2029, 10:00 Eastern. */
const friday = new Date('2029-12-21T15:00:00.000Z');

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({
    clock: () => friday,
    storageClock: () => friday,
    minPostingBusinessDays: 5,
  });
});
afterAll(() => api.close());

test('a new draft from the tab starts with the program’s eligibility in both languages', async () => {
  const created = await api.call('POST', '/api/opportunities', { as: people.author, body: {} });
  expect(created.status).toBe(201);
  expect((created.body.record as { fields: Record<string, unknown> }).fields).toMatchObject({
    eligibilityEn: t('en', 'eligibility.default'),
    eligibilityFr: t('fr', 'eligibility.default'),
  });
});

test('submit through the API: a closing too soon is refused beside the closing, naming the earliest in both languages', async () => {
  const created = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: completeFields({ closingAt: '2030-01-02T14:59:00.000Z', startDate: '2030-01-20' }),
  });
  const id = (created.body.record as { id: string }).id;
  const refused = await api.call('POST', `/api/opportunities/${id}/intents`, {
    as: people.author,
    body: { kind: 'submit' },
  });
  expect(refused.status).toBe(422);
  const problems = refused.body.problems as Array<{
    field: string;
    code: string;
    message: { en: string; fr: string };
  }>;
  expect(problems.map((p) => [p.field, p.code])).toEqual([['closingAt', 'tooSoon']]);
  expect(problems[0]!.message.en).toContain(
    'the earliest allowed closing is January 2, 2030 at 10:00 a.m. EST',
  );
  expect(problems[0]!.message.fr).toContain('le 2 janvier 2030 à 10 h 00 HNE');
  expect((await api.storage.opportunities.get(id))?.state).toBe('draft');
});
