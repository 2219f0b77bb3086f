import type { IncomingMessage } from 'node:http';
import { createDevSigner, createTabApi } from '../../server/api';
import { fromThisMachine } from '../../server/api/devRoutes';
import { teamsClientApps } from '../../server/api/teamsClients';
import { createLogger } from '../../runtime/logger';
import { completeFields, people } from '../support/builders';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
let draftId: string;

beforeAll(async () => {
  api = await startApiServer({ rateLimit: { perMinute: 6_000, burst: 1_000 } });
  const created = await api.storage.opportunities.create(
    { kind: 'person', ...people.author },
    completeFields(),
  );
  if (created.kind !== 'applied') throw new Error('fixture draft not created');
  draftId = created.record.id;
});
afterAll(() => api.close());

const endpoints = (): Array<[string, string, unknown?]> => [
  ['GET', '/api/me'],
  ['GET', '/api/cardholders'],
  ['GET', '/api/opportunities?view=mine'],
  ['POST', '/api/opportunities', { titleEn: 'Sneaky' }],
  ['GET', '/api/dashboard'],
  ['GET', `/api/opportunities/${draftId}`],
  ['PATCH', `/api/opportunities/${draftId}`, { titleEn: 'Overwritten' }],
  ['POST', `/api/opportunities/${draftId}/intents`, { kind: 'submit' }],
];

test.each([
  ['missing', 'missingToken', async () => null],
  ['expired', 'expired', async () => api.signer.sign(people.author.id, {}, -3_600)],
  [
    'wrong-audience',
    'invalidToken',
    async () => api.signer.sign(people.author.id, { aud: 'api://someone-else' }),
  ],
  [
    'wrong-tenant',
    'wrongTenant',
    async () => api.signer.sign(people.author.id, { tid: '11111111-1111-1111-1111-111111111111' }),
  ],
  [
    'wrong-scope',
    'wrongScope',
    async () => api.signer.sign(people.author.id, { scp: 'User.Read' }),
  ],
  [
    'another client app (azp)',
    'wrongClient',
    async () => api.signer.sign(people.author.id, { azp: '99999999-9999-9999-9999-999999999999' }),
  ],
  [
    'another client app (v1 appid)',
    'wrongClient',
    async () =>
      api.signer.sign(people.author.id, {
        azp: undefined,
        appid: '99999999-9999-9999-9999-999999999999',
      }),
  ],
  [
    'no client app named',
    'wrongClient',
    async () => api.signer.sign(people.author.id, { azp: undefined }),
  ],
  [
    'wrong-issuer',
    'invalidToken',
    async () => api.signer.sign(people.author.id, { iss: 'https://evil.example/' }),
  ],
  ['foreign-key', 'invalidToken', async () => (await createDevSigner()).sign(people.author.id)],
  ['malformed', 'missingToken', async () => 'not-a-token'],
])('%s token: 401 (%s) on every endpoint, nothing changed', async (_name, reason, makeToken) => {
  const token = await makeToken();
  for (const [method, path, body] of endpoints()) {
    const response = await api.call(method, path, { token, body, headers: { 'if-match': '"1"' } });
    expect({ method, path, status: response.status, error: response.body.error }).toEqual({
      method,
      path,
      status: 401,
      error: reason,
    });
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(response.body.message).toEqual({ en: expect.any(String), fr: expect.any(String) });
  }
  const stored = await api.storage.opportunities.get(draftId);
  expect(stored).toMatchObject({ version: 1, state: 'draft' });
  expect(stored?.fields.titleEn).toBe(completeFields().titleEn);
});

test.each(Object.entries(teamsClientApps))(
  'a token obtained by %s (%s) is accepted, as azp or v1 appid',
  async (_name, clientId) => {
    for (const claims of [{ azp: clientId }, { azp: undefined, appid: clientId }]) {
      const token = await api.signer.sign(people.author.id, claims);
      expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
    }
  },
);

test('an expired token is told so, in both languages', async () => {
  const token = await api.signer.sign(people.author.id, {}, -3_600);
  const response = await api.call('GET', '/api/me', { token });
  expect(response.body).toMatchObject({
    error: 'expired',
    message: { en: expect.stringMatching(/expired/), fr: expect.stringMatching(/expiré/) },
  });
});

test('a valid token whose oid is no Entra object id registers nobody: 403 and no data', async () => {
  const token = await api.signer.sign('nobody registered/');
  for (const [method, path, body] of endpoints()) {
    const response = await api.call(method, path, { token, body, headers: { 'if-match': '"1"' } });
    expect({ path, status: response.status, error: response.body.error }).toEqual({
      path,
      status: 403,
      error: 'unknownPerson',
    });
  }
});

test('me answers who the token names, with roles from storage', async () => {
  const response = await api.call('GET', '/api/me', { as: people.allRoles });
  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    id: people.allRoles.id,
    name: people.allRoles.name,
    roles: ['client', 'cardholder', 'procurement'],
    locale: 'en',
    may: { listAll: true, dashboard: false, people: null },
    // No delegation of their own, and nobody's delegate today.
    delegation: null,
    deputyFor: [],
    // No GC Notify configured for this server: the tab can say notices are not being sent.
    notices: { sending: 'off' },
    // The public client guide, from PUBLIC_SITE_URL.
    clientGuide: {
      en: 'https://example.gc.ca/opportunities/en/client-guide.html',
      fr: 'https://example.gc.ca/opportunities/fr/client-guide.html',
    },
  });
});

test('me says who manages People (admins), who only reads it (managers), and who does not see it', async () => {
  const access = async (person: typeof people.admin) =>
    ((await api.call('GET', '/api/me', { as: person })).body.may as { people: unknown }).people;
  await expect(access(people.admin)).resolves.toBe('manage');
  await expect(access(people.manager)).resolves.toBe('read');
  await expect(access(people.author)).resolves.toBeNull();
  await expect(access(people.cardholder)).resolves.toBeNull();
});

test('API answers carry security headers with Teams-only frame ancestors', async () => {
  const response = await api.call('GET', '/api/me', { as: people.author });
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(' ');
  expect(ancestors).toEqual([
    'https://teams.microsoft.com',
    'https://*.teams.microsoft.com',
    'https://*.cloud.microsoft',
    'https://*.office.com',
  ]);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('cache-control')).toBe('no-store');
});

test('a person over the rate limit gets 429 with Retry-After; others are not affected', async () => {
  const limited = await startApiServer({ rateLimit: { perMinute: 60, burst: 3 } });
  try {
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await limited.call('GET', '/api/me', { as: people.author })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await limited.call('GET', '/api/me', { as: people.author });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.message).toMatchObject({ fr: expect.stringMatching(/Trop de demandes/) });
    expect((await limited.call('GET', '/api/me', { as: people.manager })).status).toBe(200);
  } finally {
    await limited.close();
  }
});

test('development routes give tokens to development people only', async () => {
  const jwks = await api.call('GET', '/api/dev/jwks');
  expect(jwks.body.keys).toHaveLength(1);
  const stranger = await api.call('POST', '/api/dev/token', { body: { personId: 'nobody' } });
  expect(stranger.status).toBe(403);
  const issued = await api.call('POST', '/api/dev/token', {
    body: { personId: people.manager.id },
  });
  const me = await api.call('GET', '/api/me', { token: issued.body.token as string });
  expect(me.body.id).toBe(people.manager.id);
});

test('development routes answer only this machine: a forwarded request gets no token', async () => {
  for (const [method, path, body] of [
    ['POST', '/api/dev/token', { personId: people.manager.id }],
    ['GET', '/api/dev/people', undefined],
    ['GET', '/api/dev/jwks', undefined],
  ] as const) {
    const proxied = await api.call(method, path, {
      body,
      headers: { 'x-forwarded-for': '127.0.0.1' },
    });
    expect({ path, status: proxied.status, token: proxied.body.token }).toEqual({
      path,
      status: 403,
      token: undefined,
    });
    expect(proxied.body.message).toMatchObject({ en: expect.any(String), fr: expect.any(String) });
  }
});

test('a development token is for a loopback peer only', () => {
  const from = (peer: string) =>
    ({ socket: { remoteAddress: peer }, headers: {} }) as unknown as IncomingMessage;
  expect(fromThisMachine(from('127.0.0.1'))).toBe(true);
  expect(fromThisMachine(from('::1'))).toBe(true);
  expect(fromThisMachine(from('::ffff:127.0.0.1'))).toBe(true);
  expect(fromThisMachine(from('192.0.2.2'))).toBe(false);
  expect(fromThisMachine(from('::ffff:10.0.0.5'))).toBe(false);
});

test('production mode has no development routes and refuses a local key', async () => {
  const signer = await createDevSigner();
  const base = {
    storage: api.storage,
    logger: createLogger('silent'),
    mode: 'production' as const,
  };
  expect(() =>
    createTabApi({ ...base, auth: signer.auth, development: { signer, people: [] } }),
  ).toThrow(/production/);
  expect(() => createTabApi({ ...base, auth: signer.auth })).toThrow(/Entra ID/);
  const production = createTabApi({
    ...base,
    auth: {
      ...signer.auth,
      keys: { kind: 'remote', url: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' },
    },
  });
  expect(production.routes.map(([key]) => key).filter((key) => key.includes('/dev/'))).toEqual([]);
});
