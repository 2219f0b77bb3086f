import { easternDay } from '../../domain/businessDays';
import { aPerson } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import {
  cardOf,
  invoke,
  message,
  startBot,
  textOf,
  verbsOf,
  type BotHarness,
} from '../support/teams';

let h: BotHarness;
beforeAll(async () => {
  h = await startBot();
});
afterAll(() => h.close());

const dayMs = 24 * 60 * 60 * 1000;
const day = (offset: number) => easternDay(Date.now() + offset * dayMs);

const away = aPerson({ id: 'away-cardholder', name: 'Paula Away', roles: ['cardholder'] });
const covering = aPerson({
  id: 'covering-cardholder',
  name: 'Dana Covering',
  roles: ['cardholder'],
});

test('while a delegation lasts the delegate gets the approval card, decides, and the card names both', async () => {
  for (const person of [away, covering]) {
    await h.storage.people.put(person);
    await h.post(message(person, h.connector.url, 'help'));
  }
  await h.storage.people.delegate(
    away.id,
    {
      delegateId: covering.id,
      delegateName: covering.name,
      from: day(-1),
      to: day(3),
      reason: 'Annual leave',
      roles: ['cardholder'],
    },
    'Annual leave',
  );
  const record = await anOpportunityIn(h.storage, 'awaitingFunds', { cardholder: away });
  await h.settled();

  // Both are asked, each in their own chat, each with the buttons only they see.
  for (const person of [away, covering]) {
    const asked = h.connector.recorded
      .filter((r) => r.method === 'POST' && r.conversationId === `a:personal-${person.id}`)
      .at(-1)!.activity.attachments![0]!.content;
    expect(verbsOf(asked)).toEqual(['approveFunds', 'returnToAuthor', 'reject']);
    expect(asked.refresh?.userIds).toEqual([`29:${person.id}`]);
  }

  const pressed = await h.post(
    invoke(covering, h.connector.url, 'approveFunds', {
      opportunityId: record.id,
      version: record.version,
    }),
  );
  expect(textOf(cardOf(pressed.body))).toContain(
    'Funds approved by Dana Covering on behalf of Paula Away.',
  );
  const stored = await h.storage.opportunities.get(record.id);
  expect(stored!.state).toBe('awaitingProcurement');
  expect((await h.storage.opportunities.events(record.id)).at(-1)!.onBehalfOf).toEqual({
    id: away.id,
    name: away.name,
  });

  // The cardholder's own copy now says who decided, for whom.
  await h.settled();
  const [own] = (await h.storage.conversations.messagesAbout(record.id)).filter(
    (m) => m.personId === away.id,
  );
  const update = h.connector.recorded.findLast(
    (r) => r.method === 'PUT' && r.activityId === own!.activityId,
  );
  expect(textOf(update!.activity.attachments![0]!.content)).toContain(
    'Funds approved by Dana Covering on behalf of Paula Away.',
  );
});

test('once the delegation has ended, the delegate’s stale card press is refused', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds', { cardholder: away });
  await h.settled();
  await h.storage.people.delegate(away.id, null, '');
  const pressed = await h.post(
    invoke(covering, h.connector.url, 'approveFunds', {
      opportunityId: record.id,
      version: record.version,
    }),
  );
  expect(verbsOf(cardOf(pressed.body))).toEqual([]);
  expect((await h.storage.opportunities.get(record.id))!.state).toBe('awaitingFunds');
});
