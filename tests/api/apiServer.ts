import type { Person } from '../../domain/people';
import type { RegistrationPolicy } from '../../domain/registration';
import { createApp, listen } from '../../server/app';
import { createDevSigner, createTabApi, type DevSigner } from '../../server/api';
import type { RateLimitOptions } from '../../server/api/rateLimit';
import { createLogger, type Logger } from '../../runtime/logger';
import type { Storage } from '../../storage/storage';
import { people } from '../support/builders';
import { testStorage } from '../support/storage';

export interface ApiServer {
  url: string;
  storage: Storage;
  signer: DevSigner;
  close(): Promise<void>;
  /** A request as `person` (a fresh token each time, like the tab), or with the token given. */
  call(
    method: string,
    path: string,
    options?: {
      as?: Person;
      token?: string | null;
      body?: unknown;
      headers?: Record<string, string>;
    },
  ): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }>;
}

/** The real server (createApp) with the tab API, on the run's Azurite, in development mode. */
export async function startApiServer(
  options: {
    rateLimit?: RateLimitOptions;
    clock?: () => Date;
    /** The storage's own clock (the dates it writes), when a test moves time. */
    storageClock?: () => Date;
    tabRoot?: string;
    /** Where the server logs; silent unless a test reads the lines (`tests/support/logLines.ts`). */
    logger?: Logger;
    registration?: RegistrationPolicy;
    /** MIN_POSTING_BUSINESS_DAYS; 0 unless given (see `testStorage`). */
    minPostingBusinessDays?: number;
  } = {},
): Promise<ApiServer> {
  const storage = await testStorage({
    clock: options.storageClock,
    registration: options.registration,
    ...(options.minPostingBusinessDays === undefined
      ? {}
      : { minPostingBusinessDays: options.minPostingBusinessDays }),
  });
  const signer = await createDevSigner();
  const logger = options.logger ?? createLogger('silent');
  const api = createTabApi({
    storage,
    logger,
    auth: signer.auth,
    mode: 'development',
    development: { signer, people: Object.values(people) },
    publicSiteUrl: 'https://example.gc.ca/opportunities',
    publicForms: { applyUrl: 'https://example.gc.ca/apply' },
    rateLimit: options.rateLimit,
    clock: options.clock,
    tabRoot: options.tabRoot,
  });
  const server = await listen(
    createApp({ storage, logger, routes: api.routes, mounts: api.mounts }),
    '127.0.0.1',
    0,
  );
  return {
    url: server.url,
    storage,
    signer,
    close: server.close,
    async call(method, path, { as, token, body, headers = {} } = {}) {
      const bearer = token === undefined ? (as ? await signer.sign(as.id) : null) : token;
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        headers: response.headers,
      };
    },
  };
}
