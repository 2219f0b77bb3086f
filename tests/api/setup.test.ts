import type { IncomingMessage } from 'node:http';
import { createVerifier } from '../../server/api/auth';
import { createDevSigner } from '../../server/api/devSigner';
import { entraAuth, tabApiFor } from '../../server/api/setup';
import { createLogger } from '../../runtime/logger';
import type { Storage } from '../../storage/storage';

const tenantId = '72f988bf-0000-0000-0000-000000000000';
const clientId = '11111111-2222-3333-4444-555555555555';
const applicationIdUri = `api://tab.example.gc.ca/${clientId}`;

const request = (token: string) =>
  ({ headers: { authorization: `Bearer ${token}` } }) as IncomingMessage;

test('Entra settings accept v2 and v1 Teams tokens of the tenant, for the app only', async () => {
  const signer = await createDevSigner({ audience: clientId, tenantId });
  const auth = entraAuth({ clientId, tenantId, applicationIdUri });
  expect(auth.keys).toEqual({
    kind: 'remote',
    url: `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
  });
  // Same rules, with the test's key standing in for Entra ID's published ones.
  const verify = createVerifier({ ...auth, keys: { kind: 'local', jwks: signer.jwks } });
  const v2 = await signer.sign('person-1');
  const v1 = await signer.sign('person-1', {
    iss: `https://sts.windows.net/${tenantId}/`,
    aud: applicationIdUri,
  });
  expect(await verify(request(v2))).toEqual({ ok: true, personId: 'person-1' });
  expect(await verify(request(v1))).toEqual({ ok: true, personId: 'person-1' });
  const otherApp = await signer.sign('person-1', { aud: 'api://other-app' });
  expect(await verify(request(otherApp))).toEqual({ ok: false, reason: 'invalidToken' });
  const otherIssuer = await signer.sign('person-1', {
    iss: 'https://sts.windows.net/another-tenant/',
  });
  expect(await verify(request(otherIssuer))).toEqual({ ok: false, reason: 'invalidToken' });
});

test('development gets the local key and identity picker; production only Entra ID', async () => {
  const base = { storage: {} as Storage, logger: createLogger('silent') };
  const dev = await tabApiFor({ ...base, mode: 'development', devPeople: [] });
  expect(dev.routes.map(([key]) => key)).toEqual(
    expect.arrayContaining(['GET /api/dev/jwks', 'POST /api/dev/token', 'GET /api/dev/people']),
  );
  const production = await tabApiFor({
    ...base,
    mode: 'production',
    entra: { clientId, tenantId },
  });
  expect(production.routes.some(([key]) => key.includes('/api/dev/'))).toBe(false);
  await expect(tabApiFor({ ...base, mode: 'production' })).rejects.toThrow(/Entra ID/);
});
