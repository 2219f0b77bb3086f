import { randomUUID } from 'node:crypto';
import { easternDay } from '../../domain/businessDays';
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
const dayMs = 24 * 60 * 60 * 1000;
const day = (offset: number) => easternDay(Date.now() + offset * dayMs);

/** Someone of the tenant, registered by their first tab request, then given roles by an admin. */
async function aPersonWith(roles: Role[], name = `Person ${randomUUID().slice(0, 6)}`) {
  const id = randomUUID();
  const token = await api.signer.sign(id, { name, preferred_username: `${id}@example.gc.ca` });
  expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
  const version = (await api.storage.people.record(id))!.version;
  const granted = await api.call('POST', `/api/people/${id}/roles`, {
    as: admin,
    body: { grant: roles, reason: 'Holds the role' },
    headers: { 'if-match': `"${version}"` },
  });
  expect(granted.status).toBe(200);
  return (await api.storage.people.get(id))!;
}

const delegate = (as: Person, body: Record<string, unknown>) =>
  api.call('POST', '/api/me/delegation', { as, body });

const approveFunds = (id: string, as: Person) =>
  api.call('POST', `/api/opportunities/${id}/intents`, {
    as,
    body: { kind: 'approveFunds', comment: 'Funds are there' },
  });

describe('a cardholder away names a delegate who decides on their behalf', () => {
  test('inside the range the delegate gets the step, decides, and the audit line names both', async () => {
    const away = await aPersonWith(['cardholder'], 'Paula Away');
    const covering = await aPersonWith(['cardholder'], 'Dana Covering');
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds', { cardholder: away });

    const named = await delegate(away, {
      delegateId: covering.id,
      from: day(-1),
      to: day(5),
      reason: 'Annual leave',
    });
    expect(named.status).toBe(200);
    expect(named.body.delegation).toMatchObject({
      delegateId: covering.id,
      delegateName: 'Dana Covering',
      roles: ['cardholder'],
    });

    const me = await api.call('GET', '/api/me', { as: covering });
    expect(me.body.deputyFor).toEqual([{ id: away.id, name: 'Paula Away' }]);
    const inbox = await api.call('GET', '/api/opportunities?view=inbox', { as: covering });
    expect((inbox.body.items as Array<{ id: string }>).map((i) => i.id)).toContain(waiting.id);
    const seen = await api.call('GET', `/api/opportunities/${waiting.id}`, { as: covering });
    expect(seen.status).toBe(200);
    expect(seen.body.actions).toContain('approveFunds');

    const approved = await approveFunds(waiting.id, covering);
    expect(approved.status).toBe(200);
    const events = await api.storage.opportunities.events(waiting.id);
    expect(events.at(-1)).toMatchObject({
      actorId: covering.id,
      actorName: 'Dana Covering',
      onBehalfOf: { id: away.id, name: 'Paula Away' },
      to: 'awaitingProcurement',
    });
    const timeline = (await api.call('GET', `/api/opportunities/${waiting.id}`, { as: author }))
      .body.timeline as Array<Record<string, unknown>>;
    expect(timeline.at(-1)).toMatchObject({
      actorName: 'Dana Covering',
      onBehalfOf: 'Paula Away',
      intent: 'approveFunds',
    });

    // The person's own timeline keeps the delegation, with its reason.
    const history = await api.storage.people.timeline(away.id);
    expect(history.at(-1)).toMatchObject({
      why: 'outOfOffice',
      reason: 'Annual leave',
      change: { kind: 'delegated' },
    });
  });

  test('before it starts and after it ended the delegate is refused, and nothing changes', async () => {
    const away = await aPersonWith(['cardholder']);
    const covering = await aPersonWith(['cardholder']);
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds', { cardholder: away });

    expect(
      (
        await delegate(away, {
          delegateId: covering.id,
          from: day(2),
          to: day(4),
          reason: 'Course',
        })
      ).status,
    ).toBe(200);
    // Outside the range they are nobody to this opportunity: told it does not exist.
    const early = await approveFunds(waiting.id, covering);
    expect(early.status).toBe(404);

    // A delegation whose last day has passed, as storage keeps it.
    await api.storage.people.delegate(
      away.id,
      {
        delegateId: covering.id,
        delegateName: covering.name,
        from: day(-6),
        to: day(-2),
        reason: 'Last week',
        roles: ['cardholder'],
      },
      'Last week',
    );
    const late = await approveFunds(waiting.id, covering);
    expect(late.status).toBe(404);
    expect((await api.storage.opportunities.get(waiting.id))!.state).toBe('awaitingFunds');
    const inbox = await api.call('GET', '/api/opportunities?view=inbox', { as: covering });
    expect((inbox.body.items as Array<{ id: string }>).map((i) => i.id)).not.toContain(waiting.id);
  });

  test('a delegate who wrote the opportunity is refused, as the cardholder would be', async () => {
    const away = await aPersonWith(['cardholder']);
    const writer = await aPersonWith(['client', 'cardholder']);
    const own = await anOpportunityIn(api.storage, 'awaitingFunds', {
      author: writer,
      cardholder: away,
    });
    expect(
      (await delegate(away, { delegateId: writer.id, from: day(-1), to: day(3), reason: 'Away' }))
        .status,
    ).toBe(200);
    const refused = await approveFunds(own.id, writer);
    expect(refused.status).toBe(403);
    expect(refused.body.reason).toBe('ownOpportunity');
    expect((await api.storage.opportunities.get(own.id))!.version).toBe(own.version);
  });

  test('a delegate who is also a procurement officer does not approve the posting they stand in to fund', async () => {
    const away = await aPersonWith(['cardholder']);
    const both = await aPersonWith(['cardholder', 'procurement']);
    const funded = await anOpportunityIn(api.storage, 'awaitingProcurement', { cardholder: away });
    expect(
      (await delegate(away, { delegateId: both.id, from: day(0), to: day(3), reason: 'Away' }))
        .status,
    ).toBe(200);
    const refused = await api.call('POST', `/api/opportunities/${funded.id}/intents`, {
      as: both,
      body: { kind: 'approvePosting' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.reason).toBe('cardholderOfThis');
  });

  test('ending it gives the step back to the cardholder alone', async () => {
    const away = await aPersonWith(['cardholder']);
    const covering = await aPersonWith(['cardholder']);
    const waiting = await anOpportunityIn(api.storage, 'awaitingFunds', { cardholder: away });
    await delegate(away, { delegateId: covering.id, from: day(0), to: day(2), reason: 'Away' });
    const ended = await api.call('DELETE', '/api/me/delegation', { as: away });
    expect(ended.status).toBe(200);
    expect((await api.storage.people.get(away.id))!.delegation).toBeUndefined();
    expect((await approveFunds(waiting.id, covering)).status).toBe(404);
    expect((await api.storage.opportunities.get(waiting.id))!.state).toBe('awaitingFunds');
    const again = await api.call('DELETE', '/api/me/delegation', { as: away });
    expect(again.status).toBe(409);
    expect(again.body.message).toEqual({
      en: expect.stringContaining('no delegation'),
      fr: expect.stringContaining('aucune délégation'),
    });
    expect((await api.storage.people.timeline(away.id)).at(-1)!.change).toEqual({
      kind: 'delegationEnded',
    });
  });
});

describe('a delegation that cannot be is refused with a bilingual reason, and nothing changes', () => {
  let away: Person;
  let covering: Person;
  let procurementOnly: Person;
  beforeAll(async () => {
    away = await aPersonWith(['cardholder']);
    covering = await aPersonWith(['cardholder']);
    procurementOnly = await aPersonWith(['procurement']);
  });

  const cases: Array<[string, () => Record<string, unknown>, string, string]> = [
    ['oneself', () => ({ delegateId: away.id }), 'delegateId', 'delegateSelf'],
    [
      'someone without the role',
      () => ({ delegateId: procurementOnly.id }),
      'delegateId',
      'delegateLacksRole',
    ],
    ['nobody registered', () => ({ delegateId: randomUUID() }), 'delegateId', 'unknownPerson'],
    ['no delegate', () => ({ delegateId: '' }), 'delegateId', 'required'],
    ['an end before the start', () => ({ from: day(3), to: day(1) }), 'to', 'notAfter'],
    ['an end already past', () => ({ from: day(-5), to: day(-1) }), 'to', 'inPast'],
    ['more than 90 days', () => ({ from: day(0), to: day(95) }), 'to', 'rangeTooLong'],
    ['no date that exists', () => ({ from: '2026-02-30' }), 'from', 'invalidDate'],
    ['no reason', () => ({ reason: '  ' }), 'reason', 'required'],
    ['an oversized reason', () => ({ reason: 'x'.repeat(5_000) }), 'reason', 'tooLong'],
    ['a field it does not know', () => ({ role: 'admin' }), 'role', 'unknownField'],
  ];
  test.each(cases)('%s', async (_, overrides, field, code) => {
    const before = (await api.storage.people.record(away.id))!;
    const answer = await delegate(away, {
      delegateId: covering.id,
      from: day(0),
      to: day(3),
      reason: 'Away',
      ...overrides(),
    });
    expect(answer.status).toBe(400);
    const problems = answer.body.problems as Array<{
      field: string;
      code: string;
      message: { en: string; fr: string };
    }>;
    expect(problems).toContainEqual(
      expect.objectContaining({
        field,
        code,
        message: { en: expect.any(String), fr: expect.any(String) },
      }),
    );
    const after = (await api.storage.people.record(away.id))!;
    expect(after.version).toBe(before.version);
    expect(after.person.delegation).toBeUndefined();
  });

  test('someone who holds neither role has nothing to delegate', async () => {
    const answer = await delegate(author, {
      delegateId: covering.id,
      from: day(0),
      to: day(3),
      reason: 'Away',
    });
    expect(answer.status).toBe(403);
    expect(answer.body.reason).toBe('nothingToDelegate');
    expect((await api.storage.people.get(author.id))!.delegation).toBeUndefined();
  });

  test('the delegates offered are the active people holding one of the caller’s roles', async () => {
    const offered = await api.call('GET', '/api/me/delegates', { as: away });
    expect(offered.status).toBe(200);
    const ids = (offered.body.delegates as Array<{ id: string }>).map((d) => d.id);
    expect(ids).toContain(covering.id);
    expect(ids).not.toContain(away.id);
    expect(ids).not.toContain(procurementOnly.id);
  });
});
