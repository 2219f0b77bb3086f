import { createApp, listen } from '../../server/app';
import { sendJson } from '../../server/http';
import { createLogger } from '../../server/logger';
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
