import { bilingual } from '../../domain/messages';
import { StorageUnavailable } from '../../storage/errors';
import { completeFields, people } from '../support/builders';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

const lost = () => Promise.reject(new StorageUnavailable('ECONNRESET'));

/**
 * Storage stops after the person was read and the body taken, as it did mid-load in the outage
 * run: the change is answered "try again" in both languages, not left without an answer.
 */
test('storage lost once the body is read: a creation and an intent are answered 503', async () => {
  const created = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: completeFields({ cardholderId: people.cardholder.id }),
  });
  expect(created.status).toBe(201);
  const { id } = (created.body as { record: { id: string } }).record;

  api.storage.opportunities.create = lost;
  api.storage.opportunities.apply = lost;
  api.storage.opportunities.applyTo = lost;
  const headers = { 'idempotency-key': 'written-as-storage-stops' };
  const answers = await Promise.all([
    api.call('POST', '/api/opportunities', { as: people.author, body: {}, headers }),
    api.call('POST', `/api/opportunities/${id}/intents`, {
      as: people.author,
      body: { kind: 'submit' },
      headers,
    }),
  ]);
  for (const answer of answers)
    expect(answer).toMatchObject({
      status: 503,
      body: { error: 'storageUnavailable', message: bilingual('error.storageUnavailable') },
    });
});
