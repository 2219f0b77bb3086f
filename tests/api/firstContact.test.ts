import { randomUUID } from 'node:crypto';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
const firstAdminUpn = 'First.Admin@example.gc.ca';
beforeAll(async () => {
  api = await startApiServer({
    registration: { selfServiceRoles: ['client'], bootstrapAdmins: [firstAdminUpn.toLowerCase()] },
  });
});
afterAll(() => api.close());

/** A token as Teams SSO issues it to someone of the tenant the server has never seen. */
const tokenFor = (oid: string, name: string, upn: string, extra: Record<string, unknown> = {}) =>
  api.signer.sign(oid, { name, preferred_username: upn, ...extra });

test('a tab request with a valid token from an unknown person of the tenant registers them', async () => {
  const oid = randomUUID();
  const token = await tokenFor(oid, 'Rosa Tabfirst', 'rosa.tabfirst@example.gc.ca');
  const me = await api.call('GET', '/api/me', {
    token,
    headers: { 'accept-language': 'fr-CA,fr;q=0.9' },
  });
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({
    id: oid,
    name: 'Rosa Tabfirst',
    roles: ['client'],
    locale: 'fr',
  });
  expect(await api.storage.people.get(oid)).toMatchObject({ email: 'rosa.tabfirst@example.gc.ca' });
  expect((await api.storage.people.timeline(oid)).map((e) => e.why)).toEqual([
    'firstContact',
    'selfServiceRoles',
  ]);
  // The same request again writes nothing.
  await api.call('GET', '/api/me', { token });
  expect(await api.storage.people.timeline(oid)).toHaveLength(2);
});

test('roles never come from the token: a roles claim claiming admin gives nothing', async () => {
  const oid = randomUUID();
  const token = await tokenFor(oid, 'Sam Claimer', 'sam@example.gc.ca', { roles: ['admin'] });
  const me = await api.call('GET', '/api/me', { token });
  expect(me.body.roles).toEqual(['client']);
});

test('BOOTSTRAP_ADMINS by user principal name: admin for that person on first contact, nobody else', async () => {
  const oid = randomUUID();
  const me = await api.call('GET', '/api/me', {
    token: await tokenFor(oid, 'First Admin', firstAdminUpn),
  });
  expect(me.body.roles).toEqual(['client', 'admin']);
  const last = (await api.storage.people.timeline(oid)).at(-1);
  expect(last).toMatchObject({
    why: 'bootstrapAdmins',
    by: { kind: 'system' },
    change: { kind: 'rolesGranted', roles: ['admin'] },
  });
  const other = await api.call('GET', '/api/me', {
    token: await tokenFor(randomUUID(), 'Not Admin', 'not.admin@example.gc.ca'),
  });
  expect(other.body.roles).toEqual(['client']);
});

test('a token from another tenant registers nobody', async () => {
  const oid = randomUUID();
  const token = await tokenFor(oid, 'Tess Elsewhere', 'tess@elsewhere.example', {
    tid: '99999999-9999-9999-9999-999999999999',
  });
  expect((await api.call('GET', '/api/me', { token })).status).toBe(401);
  expect(await api.storage.people.get(oid)).toBeNull();
});
