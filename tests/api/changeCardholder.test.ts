import { randomUUID } from 'node:crypto';
import type { Person, Role } from '../../domain/people';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

const { admin, author } = people;

/** Someone of the tenant, registered by their first tab request, then given roles by an admin. */
async function aPersonWith(roles: Role[], name = `Card ${randomUUID().slice(0, 6)}`) {
  const id = randomUUID();
  const token = await api.signer.sign(id, { name, preferred_username: `${id}@example.gc.ca` });
  expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
  await changeRoles(id, { grant: roles, reason: 'Holds the card' });
  return (await api.storage.people.get(id))!;
}

async function changeRoles(id: string, body: unknown) {
  const version = (await api.storage.people.record(id))!.version;
  const answer = await api.call('POST', `/api/people/${id}/roles`, {
    as: admin,
    body,
    headers: { 'if-match': `"${version}"` },
  });
  expect(answer.status).toBe(200);
}

const detail = (id: string, as: Person) => api.call('GET', `/api/opportunities/${id}`, { as });

function change(id: string, as: Person, body: Record<string, unknown>, version?: number) {
  return api.call('POST', `/api/opportunities/${id}/intents`, {
    as,
    body: { kind: 'changeCardholder', ...body },
    headers: version === undefined ? {} : { 'if-match': `"${version}"` },
  });
}

describe('a cardholder who lost the role blocks the funds step', () => {
  test('the record view says so, from the person as stored, until the author names another', async () => {
    const leaving = await aPersonWith(['cardholder'], 'Nadia Leaving');
    const next = await aPersonWith(['cardholder'], 'Omar Next');
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds', { cardholder: leaving });
    expect((await detail(waiting.id, author)).body.blocked).toBeNull();

    await changeRoles(leaving.id, { revoke: ['cardholder'], reason: 'Card cancelled' });
    for (const reader of [author, admin]) {
      const seen = await detail(waiting.id, reader);
      expect(seen.status).toBe(200);
      expect(seen.body.blocked).toEqual({
        reason: 'cardholderLostRole',
        cardholderId: leaving.id,
        cardholderName: 'Nadia Leaving',
      });
    }
    // The lists say so too: the author's own and the admin's list of all.
    for (const [reader, view] of [
      [author, 'mine'],
      [admin, 'all'],
    ] as const) {
      const list = await api.call('GET', `/api/opportunities?view=${view}&state=awaitingFunds`, {
        as: reader,
      });
      const items = list.body.items as Array<{ id: string; blocked: boolean }>;
      expect(items.find((i) => i.id === waiting.id)?.blocked).toBe(true);
      expect(items.filter((i) => i.blocked).map((i) => i.id)).toEqual([waiting.id]);
    }
    // The author may name another cardholder; the one who lost the role may not approve.
    expect((await detail(waiting.id, author)).body.actions).toContain('changeCardholder');
    const press = await api.call('POST', `/api/opportunities/${waiting.id}/intents`, {
      as: { ...leaving, roles: [] },
      body: { kind: 'approveFunds', comment: 'Still mine' },
    });
    expect(press.status).toBe(403);

    const changed = await change(
      waiting.id,
      author,
      { cardholderId: next.id, comment: 'Nadia’s card was cancelled.' },
      waiting.version,
    );
    expect(changed.status).toBe(200);
    const after = await detail(waiting.id, author);
    expect(after.body).toMatchObject({
      blocked: null,
      waitingForName: 'Omar Next',
      record: { state: 'awaitingFunds', fields: { cardholderId: next.id } },
    });
    const timeline = after.body.timeline as Array<Record<string, unknown>>;
    expect(timeline.at(-1)).toMatchObject({
      type: 'event',
      intent: 'changeCardholder',
      actorName: author.name,
      comment: 'Nadia’s card was cancelled.',
    });
    const events = await api.storage.opportunities.events(waiting.id);
    expect(events.at(-1)!.details).toEqual({
      kind: 'changeCardholder',
      cardholderId: next.id,
      cardholderName: 'Omar Next',
      previousCardholderId: leaving.id,
    });
    // The new cardholder approves; the chain goes on.
    const approve = await api.call('POST', `/api/opportunities/${waiting.id}/intents`, {
      as: next,
      body: { kind: 'approveFunds', comment: 'Funds reserved' },
    });
    expect(approve.status).toBe(200);
  });

  test('a deactivated cardholder blocks it too', async () => {
    const leaver = await aPersonWith(['cardholder'], 'Paul Leaver');
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds', { cardholder: leaver });
    const off = await api.call('POST', `/api/people/${leaver.id}/deactivate`, {
      as: admin,
      body: { reason: 'Left the department' },
    });
    expect(off.status).toBe(200);
    expect((await detail(waiting.id, author)).body.blocked).toMatchObject({
      cardholderName: 'Paul Leaver',
    });
  });
});

describe('changeCardholder refusals change nothing', () => {
  test.each([
    ['no comment', (n: Person) => ({ cardholderId: n.id, comment: ' ' }), 422, 'comment'],
    ['the author', () => ({ cardholderId: author.id, comment: 'Me' }), 422, 'cardholderId'],
    [
      'the same one',
      () => ({ cardholderId: people.cardholder.id, comment: 'x' }),
      422,
      'cardholderId',
    ],
    [
      'no cardholder role',
      () => ({ cardholderId: people.procurement.id, comment: 'x' }),
      422,
      'cardholderId',
    ],
    [
      'unknown person',
      () => ({ cardholderId: 'nobody-at-all', comment: 'x' }),
      422,
      'cardholderId',
    ],
    ['not a string', () => ({ cardholderId: 42, comment: 'x' }), 400, 'cardholderId'],
  ] as const)('%s', async (_, body, status, field) => {
    const next = await aPersonWith(['cardholder']);
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds');
    const answer = await change(waiting.id, author, body(next));
    expect(answer.status).toBe(status);
    const message = answer.body.message as { en: string; fr: string };
    expect(message.en).toMatch(/\w/);
    expect(message.fr).not.toBe(message.en);
    expect(answer.body.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field })]),
    );
    expect(await api.storage.opportunities.get(waiting.id)).toMatchObject({
      version: waiting.version,
      fields: { cardholderId: people.cardholder.id },
    });
  });

  test('only the author, and only while the funds wait', async () => {
    const next = await aPersonWith(['cardholder']);
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds');
    for (const who of [people.cardholder, people.procurement, admin]) {
      const answer = await change(waiting.id, who, { cardholderId: next.id, comment: 'x' });
      expect([403, 404]).toContain(answer.status);
    }
    const posted = await anOpportunityIn(api.storage, 'awaitingProcurement');
    const late = await change(posted.id, author, { cardholderId: next.id, comment: 'x' });
    expect(late.status).toBe(409);
    expect(await api.storage.opportunities.get(waiting.id)).toMatchObject({
      version: waiting.version,
    });
  });
});
