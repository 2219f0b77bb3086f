import { generateKeyPair, SignJWT } from 'jose';
import { people } from '../support/builders';
import { aDraft } from '../support/storageHelpers';
import { changedRows, storedRows } from '../support/storedRows';
import { startWholeApp, type WholeApp } from '../support/wholeApp';

/**
 * Forged tokens on every tab API endpoint the server registers, beyond the expired, wrong
 * audience, wrong tenant, wrong scope and foreign-key cases of tests/api/auth.test.ts: each
 * gets 401 in both languages and changes nothing.
 */
let app: WholeApp;
let draftId: string;
beforeAll(async () => {
  app = await startWholeApp();
  draftId = (await aDraft(app.storage)).id;
});
afterAll(() => app.close());

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const parts = (token: string) => token.split('.') as [string, string, string];
const claims = (token: string) =>
  JSON.parse(Buffer.from(parts(token)[1], 'base64url').toString()) as Record<string, unknown>;

/** Every API endpoint with a body that would change something if the token were accepted. */
function endpoints(): Array<[string, string, unknown?]> {
  const registered = app.routes
    .filter((key) => / \/api\//.test(key) && !key.includes('/api/dev/'))
    .map((key) => key.split(' ') as [string, string])
    .map(([method, path]): [string, string, unknown?] =>
      method === 'GET' ? [method, path] : [method, path, { titleEn: 'Forged' }],
    );
  return [
    ...registered,
    ['GET', `/api/opportunities/${draftId}`],
    ['PATCH', `/api/opportunities/${draftId}`, { titleEn: 'Forged' }],
    ['POST', `/api/opportunities/${draftId}/intents`, { kind: 'cancel', reason: 'Forged' }],
    // The sub-resources after posting: whatever the record's state, the token is checked first.
    ['GET', `/api/opportunities/${draftId}/applications`],
    ['GET', `/api/opportunities/${draftId}/award`],
    ['GET', `/api/opportunities/${draftId}/fundCentreHistory`],
    ['GET', `/api/opportunities/${draftId}/notices`],
    ['GET', `/api/people/${people.author.id}`],
    ['POST', `/api/people/${people.author.id}/roles`, { grant: ['admin'], reason: 'Forged' }],
    ['POST', `/api/people/${people.author.id}/deactivate`, { reason: 'Forged' }],
  ];
}

const forgeries: Array<[string, () => Promise<string>]> = [
  [
    'payload changed after signing (oid → a manager)',
    async () => {
      const token = await app.signer.sign(people.author.id);
      const [header, , signature] = parts(token);
      return `${header}.${b64({ ...claims(token), oid: people.manager.id })}.${signature}`;
    },
  ],
  [
    'the signature of another valid token',
    async () => {
      const [header, payload] = parts(await app.signer.sign(people.manager.id));
      return `${header}.${payload}.${parts(await app.signer.sign(people.author.id))[2]}`;
    },
  ],
  [
    'unsigned (alg none)',
    async () =>
      `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims(await app.signer.sign(people.admin.id)))}.`,
  ],
  [
    'alg none with a signature',
    async () =>
      `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims(await app.signer.sign(people.admin.id)))}.AAAA`,
  ],
  [
    'HS256 keyed with the public key (algorithm confusion)',
    async () => {
      const key = app.signer.jwks.keys[0]!;
      return new SignJWT(claims(await app.signer.sign(people.admin.id)))
        .setProtectedHeader({ alg: 'HS256', kid: key.kid!, typ: 'JWT' })
        .sign(new TextEncoder().encode(JSON.stringify(key)));
    },
  ],
  [
    'another key under our key id',
    async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return new SignJWT(claims(await app.signer.sign(people.admin.id)))
        .setProtectedHeader({ alg: 'RS256', kid: app.signer.jwks.keys[0]!.kid!, typ: 'JWT' })
        .sign(privateKey);
    },
  ],
  [
    'not valid before an hour from now',
    () => app.signer.sign(people.author.id, { nbf: Math.floor(Date.now() / 1000) + 3_600 }),
  ],
  ['no person (oid)', () => app.signer.sign(people.author.id, { oid: undefined })],
  ['no tenant (tid)', () => app.signer.sign(people.author.id, { tid: undefined })],
  [
    'expired 90 s ago (past the minute of clock tolerance)',
    () => app.signer.sign(people.author.id, {}, -90),
  ],
  [
    'an audience list without ours',
    () => app.signer.sign(people.author.id, { aud: ['api://a', 'api://b'] }),
  ],
];

test.each(forgeries)(
  '%s: 401 on every endpoint, in both languages, nothing changed',
  async (_name, forge) => {
    const token = await forge();
    const before = await storedRows(app.storage);
    const seen = [];
    for (const [method, path, body] of endpoints()) {
      const response = await app.call(method, path, token, {
        body,
        headers: { 'if-match': '"1"' },
      });
      seen.push({ method, path, status: response.status, error: response.body.error });
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.body.message).toEqual({ en: expect.any(String), fr: expect.any(String) });
    }
    expect(seen).toEqual(
      endpoints().map(([method, path]) => ({
        method,
        path,
        status: 401,
        error: expect.stringMatching(/^(invalidToken|missingToken|expired|wrongTenant)$/),
      })),
    );
    expect(changedRows(before, await storedRows(app.storage))).toEqual([]);
  },
);

test('the matrix covers every API route the server registers, and a genuine token passes', async () => {
  expect(endpoints().length).toBeGreaterThanOrEqual(8);
  const token = await app.signer.sign(people.author.id);
  expect((await app.call('GET', '/api/me', token)).status).toBe(200);
  // Within the minute of clock tolerance a token that just expired is still good.
  const justExpired = await app.signer.sign(people.author.id, {}, -30);
  expect((await app.call('GET', '/api/me', justExpired)).status).toBe(200);
});

test('roles come from storage, never from the token', async () => {
  const token = await app.signer.sign(people.author.id, {
    roles: ['admin', 'manager'],
    wids: ['62e90394-69f5-4237-9190-012177145e10'],
  });
  expect((await app.call('GET', '/api/me', token)).body.roles).toEqual(['client']);
  expect((await app.call('GET', '/api/dashboard', token)).status).toBe(403);
  expect((await app.call('GET', '/api/opportunities?view=all', token)).status).toBe(403);
});
