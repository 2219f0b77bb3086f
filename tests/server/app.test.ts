import { bilingual } from '../../domain/messages';
import { createApp, listen } from '../../server/app';
import { readJsonBody, sendJson, type Handler } from '../../runtime/http';
import { createLogger } from '../../runtime/logger';
import { StorageUnavailable } from '../../storage/errors';
import { testStorage } from '../support/storage';

test('routes, mounts, 404/405, and failures that answer without internals', async () => {
  const storage = await testStorage();
  const server = await listen(
    createApp({
      storage,
      logger: createLogger('silent'),
      routes: [
        ['GET /boom', () => Promise.reject(new Error('secret detail at db.ts:42'))],
        ['GET /down', () => Promise.reject(new StorageUnavailable('ECONNREFUSED'))],
      ],
      mounts: [['/files/', ({ res, url }) => sendJson(res, 200, { path: url.pathname })]],
    }),
    '127.0.0.1',
    0,
  );
  try {
    const get = async (path: string, method = 'GET') => {
      const response = await fetch(`${server.url}${path}`, { method });
      return {
        status: response.status,
        body: (await response.json()) as Record<string, unknown>,
        id: response.headers.get('x-request-id'),
      };
    };
    expect(await get('/files/a/b.html')).toMatchObject({
      status: 200,
      body: { path: '/files/a/b.html' },
    });
    expect(await get('/nowhere')).toMatchObject({ status: 404, body: { error: 'notFound' } });
    expect(await get('/healthz', 'POST')).toMatchObject({
      status: 405,
      body: { error: 'methodNotAllowed' },
    });
    const boom = await get('/boom');
    expect(boom.status).toBe(500);
    expect(JSON.stringify(boom.body)).not.toContain('secret');
    expect((boom.body.message as { en: string }).en).toContain(boom.id!);
    expect(await get('/down')).toMatchObject({
      status: 503,
      body: { error: 'storageUnavailable', message: { en: expect.stringMatching(/try again/) } },
    });
  } finally {
    await server.close();
  }
});

/** A route that has read its body, then fails as `fail` says. */
const afterTheBody =
  (fail: () => Error): Handler =>
  async ({ req }) => {
    await readJsonBody(req, 1_024);
    throw fail();
  };

/**
 * Once a body has been read its request stream is closed, but the client is still waiting: a
 * failure after that (storage stopped between reading the person and writing) is answered, never
 * taken for a client that went away. A storage socket reset that escaped is not the client's either.
 */
test('a failure after the request body was read is still answered', async () => {
  const storage = await testStorage();
  const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  const server = await listen(
    createApp({
      storage,
      logger: createLogger('silent'),
      routes: [
        ['POST /down', afterTheBody(() => new StorageUnavailable('ECONNRESET'))],
        ['POST /reset', afterTheBody(reset)],
      ],
    }),
    '127.0.0.1',
    0,
  );
  try {
    const post = async (path: string) => {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ titleEn: 'Written as storage stops' }),
        // Unanswered, the request fails here rather than at the test's own time limit.
        signal: AbortSignal.timeout(3_000),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await post('/down')).toEqual({
      status: 503,
      body: { error: 'storageUnavailable', message: bilingual('error.storageUnavailable') },
    });
    expect(await post('/reset')).toMatchObject({ status: 500, body: { error: 'unexpected' } });
  } finally {
    await server.close();
  }
});
