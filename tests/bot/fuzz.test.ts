import fc from 'fast-check';
import { createBot } from '../../bot';
import { Background } from '../../runtime/background';
import { createApp, listen } from '../../server/app';
import { createLogger } from '../../runtime/logger';
import type { Storage } from '../../storage/storage';
import { people } from '../support/builders';
import { testStorage } from '../support/storage';
import { activityFrom, message, startBot, tenantId, type BotHarness } from '../support/teams';

/** Nothing about opportunities or chats was stored. */
async function nothingStored(storage: Storage): Promise<void> {
  expect((await storage.opportunities.list({ kind: 'all' })).items).toEqual([]);
  for (const person of Object.values(people))
    expect(await storage.conversations.get(person.id)).toBeNull();
}

const internals = /at \w+ \(|\.ts:\d+|Error:|stack|TypeError|ZodError|zod/i;

describe('/api/messages in development (no app id)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot();
  });
  afterAll(() => h.close());

  test('random JSON bodies get 400, never a 5xx or internals, and store nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
        const response = await h.post(body as object);
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body)).not.toMatch(internals);
      }),
      { numRuns: 150 },
    );
    await nothingStored(h.storage);
  });

  test('activities with fields of the wrong shape never get a 5xx or internals', async () => {
    const base = message(people.author, h.connector.url, 'new');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'type',
          'from',
          'conversation',
          'serviceUrl',
          'channelData',
          'value',
          'text',
          'recipient',
        ),
        fc.oneof(
          fc.integer(),
          fc.string(),
          fc.constant(null),
          fc.array(fc.string()),
          fc.dictionary(fc.string(), fc.string()),
        ),
        async (field, value) => {
          const response = await h.post({
            ...base,
            [field]: value,
            serviceUrl: field === 'serviceUrl' ? value : h.connector.url,
          });
          expect(response.status).toBeLessThan(500);
          expect(JSON.stringify(response.body ?? '')).not.toMatch(internals);
        },
      ),
      { numRuns: 120 },
    );
  });

  test('bodies that are not JSON, not UTF-8 or too large are refused before the adapter', async () => {
    const post = (body: string | Uint8Array, type = 'application/json') =>
      fetch(`${h.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      }).then((r) => r.status);
    expect(await post('{not json')).toBe(400);
    expect(await post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toBe(400);
    expect(await post('{}', 'text/plain')).toBe(415);
    expect(await post(JSON.stringify({ text: 'x'.repeat(300_000) }))).toBe(413);
    expect((await fetch(`${h.url}/api/messages`)).status).toBe(405);
  });

  test('an activity from another tenant is refused with 403 and stores nothing', async () => {
    const before = h.connector.recorded.length;
    const foreign = activityFrom(people.admin, h.connector.url, { type: 'message', text: 'new' });
    const response = await h.post({
      ...foreign,
      conversation: { ...foreign.conversation, tenantId: 'other' },
      channelData: { tenant: { id: 'other' } },
    });
    expect(response.status).toBe(403);
    expect(h.connector.recorded.length).toBe(before);
    expect(await h.storage.conversations.get(people.admin.id)).toBeNull();
  });
});

describe('/api/messages in production mode (app id set)', () => {
  test('missing and malformed tokens get 401, nothing is answered or stored', async () => {
    const storage = await testStorage();
    const logger = createLogger('silent');
    const config = {
      appId: 'app-id',
      appType: 'SingleTenant' as const,
      tenantId,
      password: 'from-env',
      serviceUrlAllowlist: ['https://smba.trafficmanager.net/'],
      channels: ['msteams'],
    };
    const bot = createBot({
      config,
      storage,
      logger,
      publicSiteUrl: 'https://example.gc.ca',
      background: new Background(logger),
    });
    const server = await listen(
      createApp({ storage, logger, routes: [['POST /api/messages', bot.endpoint]] }),
      '127.0.0.1',
      0,
    );
    try {
      for (const authorization of [undefined, 'Bearer not-a-token', 'Basic dXNlcjpwYXNz']) {
        const response = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify(
            message(people.author, 'https://smba.trafficmanager.net/amer/', 'new'),
          ),
        });
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ error: 'unauthorized' });
      }
      await nothingStored(storage);
    } finally {
      await server.close();
    }
  });
});

test('in production, conversation references are kept only for allow-listed service URLs', async () => {
  const h = await startBot({ serviceUrlAllowlist: ['https://smba.trafficmanager.net/'] });
  try {
    expect((await h.post(message(people.author, h.connector.url, 'help'))).status).toBe(200);
    expect(await h.storage.conversations.get(people.author.id)).toBeNull();
  } finally {
    await h.close();
  }
});
