import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { createBot } from '../../bot';
import { Background } from '../../runtime/background';
import { createApp, listen, type ServerLimits } from '../../server/app';
import { readJsonBody, sendJson, type Handler } from '../../runtime/http';
import { createLogger } from '../../runtime/logger';
import { testStorage } from '../support/storage';
import { tenantId } from '../support/teams';

/** Log lines as the server writes them, parsed. */
function capturedLogs() {
  const lines: Array<{ level: number; msg: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  });
  return { lines, logger: createLogger('debug', stream) };
}

const echo: Handler = async ({ req, res }) => {
  const body = await readJsonBody(req, 64 * 1024);
  sendJson(res, 200, body);
};

async function serve(limits: Partial<ServerLimits>, logger = createLogger('silent')) {
  const storage = await testStorage();
  const background = new Background(logger);
  const bot = createBot({
    config: {
      appId: '11111111-2222-3333-4444-555555555555',
      appType: 'SingleTenant',
      tenantId,
      password: 'from-env',
      serviceUrlAllowlist: ['https://smba.trafficmanager.net/'],
      channels: ['msteams'],
    },
    storage,
    logger,
    publicSiteUrl: 'https://example.gc.ca',
    background,
  });
  const routes: Array<[string, Handler]> = [
    ['POST /echo', echo],
    ['POST /api/messages', bot.endpoint],
  ];
  const server = createApp({ storage, logger, routes, limits });
  const running = await listen(server, '127.0.0.1', 0);
  return { ...running, port: Number(new URL(running.url).port) };
}

/** A raw connection, with everything the server sends and a promise of its closing. */
async function rawConnection(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, closed, received: () => received };
}

const partialPost = (path: string, headers = '') =>
  `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n${headers}\r\n{"a":`;

describe('slow and large requests before authentication', () => {
  test('a body trickled past the request timeout gets 408 and its connection closed', async () => {
    const server = await serve({
      requestTimeoutMs: 400,
      headersTimeoutMs: 300,
      checkIntervalMs: 50,
    });
    try {
      const started = Date.now();
      const client = await rawConnection(server.port);
      client.socket.write(partialPost('/echo'));
      await client.closed;
      expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await server.close();
    }
  });

  test('the default limits are about 30 s for a request and less for its headers', async () => {
    const server = createApp({ storage: await testStorage(), logger: createLogger('silent') });
    expect(server.requestTimeout).toBe(30_000);
    expect(server.headersTimeout).toBeLessThan(server.requestTimeout);
    expect(server.maxConnections).toBeGreaterThan(0);
    expect(server.maxConnections).toBeLessThan(Infinity);
  });

  test('connections past the cap are closed at once', async () => {
    const server = await serve({ maxConnections: 2 });
    try {
      const held = [await rawConnection(server.port), await rawConnection(server.port)];
      const third = await rawConnection(server.port);
      await third.closed;
      expect(third.received()).toBe('');
      for (const client of held) client.socket.destroy();
    } finally {
      await server.close();
    }
  });

  test('with an app id, the bot refuses a request without a Bearer token before reading its body', async () => {
    const server = await serve({});
    try {
      for (const authorization of ['', 'Authorization: Basic dXNlcjpwYXNz\r\n']) {
        const client = await rawConnection(server.port);
        // The body is never finished: only an answer given before reading it can arrive.
        client.socket.write(partialPost('/api/messages', authorization));
        await client.closed;
        expect(client.received()).toMatch(/^HTTP\/1\.1 401/);
        expect(client.received()).toContain('{"error":"unauthorized"}');
      }
    } finally {
      await server.close();
    }
  });

  test('a client that goes away mid-body is logged at debug, not as a server error', async () => {
    const { lines, logger } = capturedLogs();
    const server = await serve({}, logger);
    try {
      const client = await rawConnection(server.port);
      client.socket.write(partialPost('/echo'));
      client.socket.destroy();
      while (!lines.some((l) => l.msg === 'client closed the connection'))
        await new Promise((resolve) => setImmediate(resolve));
      expect(lines.filter((l) => l.level >= 40)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
