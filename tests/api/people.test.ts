import { randomUUID } from 'node:crypto';
import type { Person } from '../../domain/people';
import type { PersonDetail, PeopleList } from '../../contract/peopleViews';
import { aPerson, people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

const { admin, manager, author } = people;

/** Someone of the tenant, registered through their own first tab request. */
async function aNewcomer(name = `Newcomer ${randomUUID().slice(0, 6)}`): Promise<Person> {
  const id = randomUUID();
  const token = await api.signer.sign(id, {
    name,
    preferred_username: `${name.replace(/\W+/g, '.').toLowerCase()}@example.gc.ca`,
  });
  expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
  return (await api.storage.people.get(id))!;
}

async function stored(id: string) {
  const [record, timeline] = await Promise.all([
    api.storage.people.record(id),
    api.storage.people.timeline(id),
  ]);
  return { record, timeline };
}

const detailOf = async (id: string, as = admin) =>
  api.call('GET', `/api/people/${id}`, { as }) as Promise<{
    status: number;
    body: PersonDetail & Record<string, unknown>;
    headers: Headers;
  }>;

function changeRoles(id: string, body: unknown, version: number | null, as = admin) {
  return api.call('POST', `/api/people/${id}/roles`, {
    as,
    body,
    headers: version === null ? {} : { 'if-match': `"${version}"` },
  });
}

function expectBilingual(body: Record<string, unknown>) {
  const message = body.message as { en: string; fr: string };
  expect(message.en).toMatch(/\w/);
  expect(message.fr).toMatch(/\w/);
  expect(message.fr).not.toBe(message.en);
}

describe('the people list', () => {
  test('admins search by name or e-mail and by role; managers read it without managing', async () => {
    const newcomer = await aNewcomer('Quentin Searchable');
    const byName = await api.call('GET', '/api/people?search=quentin%20search', { as: admin });
    expect(byName.status).toBe(200);
    const list = byName.body as unknown as PeopleList;
    expect(list.items.map((p) => p.id)).toEqual([newcomer.id]);
    expect(list.items[0]).toMatchObject({ roles: ['client'], deactivated: false });
    expect(list.items[0]!.lastContactAt).toEqual(expect.any(String));
    expect(list.mayManage).toBe(true);

    const byEmail = await api.call('GET', '/api/people?search=QUENTIN.SEARCHABLE@', {
      as: manager,
    });
    expect(byEmail.status).toBe(200);
    expect((byEmail.body as unknown as PeopleList).items.map((p) => p.id)).toEqual([newcomer.id]);
    expect((byEmail.body as unknown as PeopleList).mayManage).toBe(false);

    const cardholders = await api.call('GET', '/api/people?role=cardholder', { as: admin });
    const names = (cardholders.body as unknown as PeopleList).items.map((p) => p.name);
    expect(names).toEqual(
      [people.cardholder, people.otherCardholder, people.allRoles].map((p) => p.name).sort(),
    );
  });

  test('pages follow one another by name with a continuation token', async () => {
    const prefix = `Pager${randomUUID().slice(0, 4)}`;
    for (let i = 0; i < 53; i++) await aNewcomer(`${prefix} ${String(i).padStart(2, '0')}`);
    const first = (await api.call('GET', `/api/people?search=${prefix}`, { as: admin }))
      .body as unknown as PeopleList;
    expect(first.items).toHaveLength(50);
    expect(first.continuationToken).toEqual(expect.any(String));
    const second = (
      await api.call(
        'GET',
        `/api/people?search=${prefix}&continuationToken=${first.continuationToken}`,
        { as: admin },
      )
    ).body as unknown as PeopleList;
    expect(second.continuationToken).toBeNull();
    const names = [...first.items, ...second.items].map((p) => p.name);
    expect(names).toEqual(
      Array.from({ length: 53 }, (_, i) => `${prefix} ${String(i).padStart(2, '0')}`),
    );
  });

  test('a client is told the list is for admins and managers; a bad query is a 400', async () => {
    const refused = await api.call('GET', '/api/people', { as: author });
    expect(refused.status).toBe(403);
    expectBilingual(refused.body);
    for (const query of ['role=wizard', 'continuationToken=%%%', `search=${'x'.repeat(201)}`]) {
      const bad = await api.call('GET', `/api/people?${query}`, { as: admin });
      expect([bad.status, bad.body.error]).toEqual([400, 'invalidQuery']);
    }
    expect((await api.call('GET', `/api/people/${admin.id}`, { as: author })).status).toBe(403);
  });
});

describe('a person’s page', () => {
  test('roles, what waits for them, and their timeline', async () => {
    const cardholder = await aNewcomer('Carla Waitedfor');
    const granted = await changeRoles(
      cardholder.id,
      { grant: ['cardholder'], reason: 'Holds the branch card' },
      (await api.storage.people.record(cardholder.id))!.version,
    );
    expect(granted.status).toBe(200);
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds', {
      cardholder: { ...cardholder, roles: ['client', 'cardholder'] },
    });
    const page = await detailOf(cardholder.id, manager);
    expect(page.status).toBe(200);
    expect(page.headers.get('etag')).toBe(`"${page.body.version}"`);
    expect(page.body).toMatchObject({
      roles: ['client', 'cardholder'],
      mayManage: false,
      openSteps: [{ opportunityId: waiting.id, state: 'awaitingFunds', as: 'named' }],
    });
    expect(page.body.timeline.map((e) => (e.kind === 'event' ? e.why : e.kind))).toEqual([
      'firstContact',
      'selfServiceRoles',
      'rolesChanged',
    ]);
    expect(page.body.timeline.at(-1)).toMatchObject({
      byName: admin.name,
      reason: 'Holds the branch card',
      change: { kind: 'rolesGranted', roles: ['cardholder'] },
    });
  });

  test('nobody by that id: 404 in both languages', async () => {
    const missing = await detailOf(randomUUID());
    expect(missing.status).toBe(404);
    expectBilingual(missing.body);
  });
});

describe('granting and revoking', () => {
  test('a grant and a revoke: two events with who, when and why; the ETag moves', async () => {
    const person = await aNewcomer();
    const before = await stored(person.id);
    const answer = await changeRoles(
      person.id,
      { grant: ['procurement', 'manager'], revoke: ['client'], reason: 'Joined CFOB' },
      before.record!.version,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.roles).toEqual(['procurement', 'manager']);
    expect(answer.headers.get('etag')).toBe(`"${before.record!.version + 2}"`);
    const after = await stored(person.id);
    expect(after.timeline.slice(-2)).toEqual([
      expect.objectContaining({
        by: { kind: 'person', id: admin.id, name: admin.name },
        why: 'rolesChanged',
        reason: 'Joined CFOB',
        at: expect.any(String),
        change: { kind: 'rolesGranted', roles: ['procurement', 'manager'] },
      }),
      expect.objectContaining({ change: { kind: 'rolesRevoked', roles: ['client'] } }),
    ]);
  });

  describe('each refusal is bilingual and leaves the person as they were', () => {
    let person: Person;
    let version: number;
    beforeAll(async () => {
      person = await aNewcomer();
      version = (await api.storage.people.record(person.id))!.version;
    });

    const cases: Array<{
      name: string;
      send: () => ReturnType<typeof changeRoles>;
      status: number;
      error: string;
      audited?: string;
    }> = [
      {
        name: 'an admin changing their own roles',
        send: () => changeRoles(admin.id, { grant: ['manager'], reason: 'Me too' }, 1),
        status: 403,
        error: 'forbidden',
      },
      {
        name: 'a manager granting a role',
        send: () =>
          changeRoles(person.id, { grant: ['admin'], reason: 'Please' }, version, manager),
        status: 403,
        error: 'forbidden',
        audited: 'notAdmin',
      },
      {
        name: 'an unknown role',
        send: () => changeRoles(person.id, { grant: ['wizard'], reason: 'Magic' }, version),
        status: 400,
        error: 'invalid',
      },
      {
        name: 'an empty reason',
        send: () => changeRoles(person.id, { grant: ['cardholder'], reason: ' ' }, version),
        status: 400,
        error: 'invalid',
      },
      {
        name: 'a missing reason',
        send: () => changeRoles(person.id, { grant: ['cardholder'] }, version),
        status: 400,
        error: 'invalid',
      },
      {
        name: 'an oversized reason',
        send: () =>
          changeRoles(person.id, { grant: ['cardholder'], reason: 'x'.repeat(2_001) }, version),
        status: 400,
        error: 'invalid',
      },
      {
        name: 'a stale If-Match',
        send: () => changeRoles(person.id, { grant: ['cardholder'], reason: 'Late' }, version - 1),
        status: 412,
        error: 'stale',
      },
      {
        name: 'no If-Match',
        send: () => changeRoles(person.id, { grant: ['cardholder'], reason: 'Blind' }, null),
        status: 428,
        error: 'preconditionRequired',
      },
    ];

    test.each(cases)('$name', async ({ send, status, error, audited }) => {
      const target = status === 403 && error === 'forbidden' && !audited ? admin.id : person.id;
      const before = await stored(target);
      const refusalsBefore = await api.storage.people.refusals(target);
      const answer = await send();
      expect([answer.status, answer.body.error]).toEqual([status, error]);
      expectBilingual(answer.body);
      expect(await stored(target)).toEqual(before);
      const refusals = await api.storage.people.refusals(target);
      if (status === 403) {
        expect(answer.body.reason).toBe(audited ?? 'ownRoles');
        expect(refusals.slice(refusalsBefore.length)).toEqual([
          expect.objectContaining({ refusal: audited ?? 'ownRoles', action: 'changeRoles' }),
        ]);
      } else expect(refusals).toEqual(refusalsBefore);
    });

    test('the stale answer says who changed the person last and hands back what is stored', async () => {
      const other = await aNewcomer();
      const seen = (await api.storage.people.record(other.id))!.version;
      await changeRoles(other.id, { grant: ['manager'], reason: 'First' }, seen);
      const answer = await changeRoles(other.id, { grant: ['cardholder'], reason: 'Second' }, seen);
      expect(answer.status).toBe(412);
      expect((answer.body.current as PersonDetail).roles).toEqual(['client', 'manager']);
      expect((answer.body.message as { en: string }).en).toContain(admin.name);
      expect(answer.headers.get('etag')).toBe(`"${seen + 1}"`);
    });
  });

  test('a refusal is in the person’s timeline for admins', async () => {
    const person = await aNewcomer();
    const version = (await api.storage.people.record(person.id))!.version;
    await changeRoles(person.id, { grant: ['admin'], reason: 'Let me in' }, version, manager);
    const page = await detailOf(person.id);
    expect(page.body.timeline.at(-1)).toMatchObject({
      kind: 'refused',
      byName: manager.name,
      action: 'changeRoles',
      refusal: 'notAdmin',
      reason: 'Let me in',
    });
  });
});

describe('invitations', () => {
  test('the grant waits for the address and is taken on first contact, whatever its case', async () => {
    const invited = await api.call('POST', '/api/people/invitations', {
      as: admin,
      body: { upn: 'Nadia.Invited@Example.GC.ca', roles: ['cardholder'], reason: 'New cardholder' },
    });
    expect(invited.status).toBe(201);
    const list = (await api.call('GET', '/api/people?search=nadia', { as: admin }))
      .body as unknown as PeopleList;
    expect(list.invitations).toEqual([
      expect.objectContaining({
        upn: 'Nadia.Invited@Example.GC.ca',
        roles: ['cardholder'],
        byName: admin.name,
      }),
    ]);

    const id = randomUUID();
    const token = await api.signer.sign(id, {
      name: 'Nadia Invited',
      preferred_username: 'nadia.invited@example.gc.ca',
    });
    const me = await api.call('GET', '/api/me', { token });
    expect(me.body.roles).toEqual(['client', 'cardholder']);
    expect((await api.storage.people.timeline(id)).at(-1)).toMatchObject({
      why: 'invitationAccepted',
      by: { id: admin.id, name: admin.name },
      reason: 'New cardholder',
      change: { kind: 'rolesGranted', roles: ['cardholder'] },
    });
    // Taken once: the invitation waits no more, and later requests grant nothing again.
    await api.call('GET', '/api/me', { token });
    expect(await api.storage.people.timeline(id)).toHaveLength(3);
    const after = (await api.call('GET', '/api/people?search=nadia', { as: admin }))
      .body as unknown as PeopleList;
    expect(after.invitations).toEqual([]);
  });

  test('someone first seen in the bot (no address) takes it when the tab brings the address', async () => {
    const id = randomUUID();
    await api.storage.people.contact({ id, name: 'Omar Botfirst' });
    await api.call('POST', '/api/people/invitations', {
      as: admin,
      body: { upn: 'omar.botfirst@example.gc.ca', roles: ['manager'], reason: 'Oversight' },
    });
    const token = await api.signer.sign(id, {
      name: 'Omar Botfirst',
      preferred_username: 'OMAR.BOTFIRST@example.gc.ca',
    });
    expect((await api.call('GET', '/api/me', { token })).body.roles).toEqual(['client', 'manager']);
  });

  test('refused: not an admin, oneself, already registered, a bad body — nothing waits', async () => {
    const send = (as: Person, body: unknown) =>
      api.call('POST', '/api/people/invitations', { as, body });
    const byManager = await send(manager, {
      upn: 'x.manager@example.gc.ca',
      roles: ['admin'],
      reason: 'r',
    });
    expect([byManager.status, byManager.body.reason]).toEqual([403, 'notAdmin']);
    const self = await send(admin, {
      upn: admin.email.toUpperCase(),
      roles: ['manager'],
      reason: 'r',
    });
    expect([self.status, self.body.reason]).toEqual([403, 'ownRoles']);
    const known = await send(admin, { upn: author.email, roles: ['manager'], reason: 'r' });
    expect([known.status, known.body.error, known.body.id]).toEqual([
      409,
      'alreadyRegistered',
      author.id,
    ]);
    const bad = await send(admin, { upn: 'nobody', roles: ['wizard'], reason: '' });
    expect(bad.status).toBe(400);
    for (const answer of [byManager, self, known, bad]) expectBilingual(answer.body);
    const list = (await api.call('GET', '/api/people?search=x.manager', { as: admin }))
      .body as unknown as PeopleList;
    expect(list.invitations).toEqual([]);
  });
});

describe('deactivation', () => {
  test('every role goes and what waited for them is listed', async () => {
    const leaver = await aNewcomer('Lena Leaving');
    const version = (await api.storage.people.record(leaver.id))!.version;
    await changeRoles(leaver.id, { grant: ['cardholder'], reason: 'Card' }, version);
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds', {
      cardholder: { ...leaver, roles: ['client', 'cardholder'] },
    });
    const answer = await api.call('POST', `/api/people/${leaver.id}/deactivate`, {
      as: admin,
      body: { reason: 'Left the department' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      roles: [],
      deactivated: true,
      openSteps: [{ opportunityId: waiting.id, as: 'named' }],
    });
    expect((await api.storage.people.timeline(leaver.id)).at(-1)).toMatchObject({
      why: 'deactivated',
      reason: 'Left the department',
      by: { id: admin.id },
      change: { kind: 'deactivated', roles: ['client', 'cardholder'] },
    });
    // They stay without a role when they come back; an admin's grant brings them back.
    const token = await api.signer.sign(leaver.id);
    expect((await api.call('GET', '/api/me', { token })).body.roles).toEqual([]);
  });

  test('refused: oneself, a manager, no reason — nothing changes', async () => {
    const person = await aNewcomer();
    const before = await stored(person.id);
    const self = await api.call('POST', `/api/people/${admin.id}/deactivate`, {
      as: admin,
      body: { reason: 'Bye' },
    });
    expect([self.status, self.body.reason]).toEqual([403, 'ownRoles']);
    const byManager = await api.call('POST', `/api/people/${person.id}/deactivate`, {
      as: manager,
      body: { reason: 'Bye' },
    });
    expect([byManager.status, byManager.body.reason]).toEqual([403, 'notAdmin']);
    const noReason = await api.call('POST', `/api/people/${person.id}/deactivate`, {
      as: admin,
      body: {},
    });
    expect(noReason.status).toBe(400);
    for (const answer of [self, byManager, noReason]) expectBilingual(answer.body);
    expect(await stored(person.id)).toEqual(before);
    expect((await api.storage.people.get(admin.id))!.roles).toEqual(['admin']);
  });
});

test('a person id that cannot be one, and a wrong method, are told so', async () => {
  expect((await api.call('GET', '/api/people/not%2Fan%2Fid', { as: admin })).status).toBe(404);
  const wrong = await api.call('GET', `/api/people/${admin.id}/roles`, { as: admin });
  expect(wrong.status).toBe(405);
  expect(aPerson({ id: 'x' }).roles).toEqual([]);
});
