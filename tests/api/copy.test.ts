import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ rateLimit: { perMinute: 6_000, burst: 1_000 } });
});
afterAll(() => api.close());

type View = {
  record: { id: string; state: string; copiedFrom?: string; fields: Record<string, unknown> };
};

test('a client copies their posted opportunity into a new draft: texts and criteria, no dates, cardholder or history', async () => {
  const source = await anOpportunityIn(api.storage, 'posted');
  const copy = await api.call('POST', `/api/opportunities/${source.id}/copy`, {
    as: people.author,
    headers: { 'idempotency-key': 'copy-1' },
  });
  expect(copy.status).toBe(201);
  const { record } = copy.body as unknown as View;
  expect(record.id).not.toBe(source.id);
  expect(record.state).toBe('draft');
  expect(record.copiedFrom).toBe(source.id);
  expect(record.fields).toMatchObject({
    titleEn: source.fields.titleEn,
    titleFr: source.fields.titleFr,
    skills: source.fields.skills,
    acceptanceCriteria: source.fields.acceptanceCriteria,
    evaluationCriteria: source.fields.evaluationCriteria,
    licence: source.fields.licence,
    closingAt: null,
    startDate: null,
    deliveryDate: null,
    cardholderId: null,
    amountCents: null,
    unclassified: false,
  });
  const stored = await api.storage.opportunities.get(record.id);
  expect(stored).toMatchObject({ postedAt: null, version: 1, copiedFrom: source.id });
  const events = await api.storage.opportunities.events(record.id);
  expect(events).toHaveLength(1);
  expect(events[0]!.details).toMatchObject({ kind: 'create', copiedFrom: source.id });

  // The same key again is the same copy; another key is another.
  const again = await api.call('POST', `/api/opportunities/${source.id}/copy`, {
    as: people.author,
    headers: { 'idempotency-key': 'copy-1' },
  });
  expect(again.status).toBe(200);
  expect((again.body as unknown as View).record.id).toBe(record.id);
  const other = await api.call('POST', `/api/opportunities/${source.id}/copy`, {
    as: people.author,
    headers: { 'idempotency-key': 'copy-2' },
  });
  expect((other.body as unknown as View).record.id).not.toBe(record.id);
});

test('only the author copies: others are refused or told it does not exist, and nothing is created', async () => {
  const source = await anOpportunityIn(api.storage, 'awaitingFunds');
  const before = (await api.storage.opportunities.list({ kind: 'all' }, { size: 100 })).items
    .length;
  const byCardholder = await api.call('POST', `/api/opportunities/${source.id}/copy`, {
    as: people.cardholder,
  });
  expect(byCardholder.status).toBe(403);
  const byProcurement = await api.call('POST', `/api/opportunities/${source.id}/copy`, {
    as: people.procurement,
  });
  expect(byProcurement.status).toBe(403);
  expect(byProcurement.body.message).toMatchObject({
    en: expect.any(String),
    fr: expect.any(String),
  });
  // A client with every role still copies only their own (reading it is not owning it).
  const byOtherClient = await api.call('POST', `/api/opportunities/${source.id}/copy`, {
    as: people.allRoles,
  });
  expect(byOtherClient.status).toBe(403);
  const byOutsider = await api.call('POST', `/api/opportunities/${source.id}/copy`, {
    as: people.otherCardholder,
  });
  expect(byOutsider.status).toBe(404);
  const missing = await api.call('POST', '/api/opportunities/MA-2026-9999/copy', {
    as: people.author,
  });
  expect(missing.status).toBe(404);
  const wrongMethod = await api.call('GET', `/api/opportunities/${source.id}/copy`, {
    as: people.author,
  });
  expect(wrongMethod.status).toBe(405);
  const after = (await api.storage.opportunities.list({ kind: 'all' }, { size: 100 })).items.length;
  expect(after).toBe(before);
});
