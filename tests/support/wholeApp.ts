import type { Person } from '../../domain/people';
import type { RegistrationPolicy } from '../../domain/registration';
import { createBot } from '../../bot';
import { createApp, listen } from '../../server/app';
import { createDevSigner, createTabApi, type DevSigner } from '../../server/api';
import { Background } from '../../runtime/background';
import { createLogger } from '../../runtime/logger';
import type { Storage } from '../../storage/storage';
import { people } from './builders';
import { testStorage } from './storage';
import { postActivity, startRecordingConnector, tenantId, type Connector } from './teams';

/** The bot and the tab API on one server and one storage, wired as server/main.ts wires them. */
export interface WholeApp {
  url: string;
  storage: Storage;
  signer: DevSigner;
  connector: Connector;
  /** The tab API's routes as `METHOD /path`, as the server registered them. */
  routes: string[];
  /** A tab API call with the token given (null: none). */
  call(
    method: string,
    path: string,
    token: string | null,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }>;
  /** An activity posted to /api/messages as Teams would. */
  post(activity: object): Promise<{ status: number; body: unknown }>;
  /** Waits for notifications and card updates that run after answers. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function startWholeApp(
  options: { seed?: Person[]; registration?: RegistrationPolicy } = {},
): Promise<WholeApp> {
  const storage = await testStorage({
    seed: options.seed ?? Object.values(people),
    registration: options.registration,
  });
  const signer = await createDevSigner();
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const background = new Background(logger);
  const connector = await startRecordingConnector();
  const bot = createBot({
    background,
    config: {
      appId: '',
      appType: 'SingleTenant',
      tenantId,
      password: '',
      serviceUrlAllowlist: null,
      channels: null,
    },
    storage,
    logger,
    publicSiteUrl: 'https://example.gc.ca/opportunities',
  });
  // A matrix sends hundreds of requests as one person in seconds: the rate limit is not under test.
  const api = createTabApi({
    storage,
    logger,
    auth: signer.auth,
    mode: 'development',
    development: { signer, people: options.seed ?? Object.values(people) },
    rateLimit: { perMinute: 100_000, burst: 100_000 },
  });
  const server = await listen(
    createApp({
      storage,
      logger,
      routes: [['POST /api/messages', bot.endpoint], ...api.routes],
      mounts: api.mounts,
    }),
    '127.0.0.1',
    0,
  );
  return {
    url: server.url,
    storage,
    signer,
    connector,
    routes: api.routes.map(([key]) => key),
    async call(method, path, token, { body, headers = {} } = {}) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        headers: response.headers,
      };
    },
    post: (activity) => postActivity(server.url, activity),
    settled: () => background.idle(),
    async close() {
      await background.idle();
      await server.close();
      await connector.close();
    },
  };
}
