import { aPerson, people } from '../support/builders';
import { applied, anOpportunityIn } from '../support/storageHelpers';
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
  for (const person of [people.author, people.cardholder, people.otherCardholder]) {
    await h.post(message(person, h.connector.url, 'help'));
  }
});
afterAll(() => h.close());

test('the funds card goes to the new cardholder, the old copy says it was reassigned and its press is refused', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  await h.settled();
  const [old] = await h.storage.conversations.messagesAbout(record.id);
  expect(old).toMatchObject({ personId: people.cardholder.id });

  const changed = await applied(
    h.storage,
    record.id,
    {
      kind: 'changeCardholder',
      cardholderId: people.otherCardholder.id,
      comment: 'Megan’s card was cancelled.',
    },
    people.author,
  );
  expect(changed.fields.cardholderId).toBe(people.otherCardholder.id);
  await h.settled();

  // The new cardholder is asked, in their own chat, with the buttons only they see.
  const sent = h.connector.recorded.filter(
    (r) => r.method === 'POST' && r.conversationId === `a:personal-${people.otherCardholder.id}`,
  );
  const asked = sent.at(-1)!.activity.attachments![0]!.content;
  expect(textOf(asked)).toContain(
    `${people.author.name} names you the cardholder of ${record.id} and asks you to approve the funds.`,
  );
  expect(verbsOf(asked)).toEqual(['approveFunds', 'returnToAuthor', 'reject']);
  expect(asked.refresh?.userIds).toEqual([`29:${people.otherCardholder.id}`]);
  expect((await h.storage.conversations.messagesAbout(record.id)).map((m) => m.personId)).toContain(
    people.otherCardholder.id,
  );

  // The old cardholder's stored copy is updated in place: read-only, saying who has it now.
  const update = h.connector.recorded.findLast(
    (r) => r.method === 'PUT' && r.activityId === old!.activityId,
  );
  const oldCard = update!.activity.attachments![0]!.content;
  expect(verbsOf(oldCard)).toEqual([]);
  expect(oldCard.refresh?.userIds ?? []).toEqual([]);
  expect(textOf(oldCard)).toContain(
    `The funds request was reassigned to ${people.otherCardholder.name} by ${people.author.name}.`,
  );

  // A press on the old buttons (a stale copy) is refused and changes nothing.
  const pressed = await h.post(
    invoke(people.cardholder, h.connector.url, 'approveFunds', {
      opportunityId: record.id,
      version: record.version,
    }),
  );
  expect(verbsOf(cardOf(pressed.body))).toEqual([]);
  expect(await h.storage.opportunities.get(record.id)).toMatchObject({
    state: 'awaitingFunds',
    version: changed.version,
  });
});

test('in French, the new cardholder reads the request in their language', async () => {
  const french = { ...people.otherCardholder, locale: 'fr' as const };
  await h.storage.people.put(french);
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  await applied(
    h.storage,
    record.id,
    { kind: 'changeCardholder', cardholderId: french.id, comment: 'Carte annulée.' },
    people.author,
  );
  await h.settled();
  const sent = h.connector.recorded.filter(
    (r) => r.method === 'POST' && r.conversationId === `a:personal-${french.id}`,
  );
  expect(textOf(sent.at(-1)!.activity.attachments![0]!.content)).toContain(
    `${people.author.name} vous désigne titulaire de carte de ${record.id}`,
  );
  await h.storage.people.put(people.otherCardholder);
});

describe('a person who loses an approving role', () => {
  const sentTo = (person: { id: string }, method = 'POST') =>
    h.connector.recorded.filter(
      (r) => r.method === method && r.conversationId === `a:personal-${person.id}`,
    );

  test('a procurement officer stops getting approval cards and the ones they hold turn read-only', async () => {
    const officer = aPerson({
      id: `officer-${Date.now()}`,
      name: 'Rita Officer',
      roles: ['procurement'],
    });
    await h.storage.people.put(officer);
    await h.post(message(officer, h.connector.url, 'help'));
    const record = await anOpportunityIn(h.storage, 'awaitingProcurement');
    await h.settled();
    const [held] = (await h.storage.conversations.messagesOf(officer.id)).filter(
      (m) => m.opportunityId === record.id,
    );
    expect(held).toBeDefined();
    const asked = sentTo(officer).at(-1)!.activity.attachments![0]!.content;
    expect(verbsOf(asked)).toContain('approvePosting');

    await h.storage.people.put({ ...officer, roles: [] });
    await h.settled();
    const update = h.connector.recorded.findLast(
      (r) => r.method === 'PUT' && r.activityId === held!.activityId,
    );
    const card = update!.activity.attachments![0]!.content;
    expect(verbsOf(card)).toEqual([]);
    expect(card.refresh?.userIds ?? []).toEqual([]);
    expect(textOf(card)).toContain(
      'You no longer hold the role procurement officer (CFOB): this card is read-only.',
    );

    // The next opportunity ready for posting does not reach them.
    const before = sentTo(officer).length;
    await anOpportunityIn(h.storage, 'awaitingProcurement');
    await h.settled();
    expect(sentTo(officer)).toHaveLength(before);
  });

  test('a named cardholder whose role is revoked keeps no funds card with buttons', async () => {
    const holder = aPerson({
      id: `holder-${Date.now()}`,
      name: 'Sami Holder',
      roles: ['cardholder'],
    });
    await h.storage.people.put(holder);
    await h.post(message(holder, h.connector.url, 'help'));
    const record = await anOpportunityIn(h.storage, 'awaitingFunds', { cardholder: holder });
    await h.settled();
    const [held] = await h.storage.conversations.messagesAbout(record.id);
    expect(held).toMatchObject({ personId: holder.id });
    // The card the author submitted it from, as Teams keeps it in their chat.
    const authorChat = (await h.storage.conversations.get(people.author.id))!;
    await h.storage.conversations.addMessage({
      opportunityId: record.id,
      personId: people.author.id,
      activityId: `author-card-${record.id}`,
      reference: authorChat.reference,
      teamsUserId: authorChat.teamsUserId,
    });

    await h.storage.people.put({ ...holder, roles: ['client'] });
    await h.settled();
    const update = h.connector.recorded.findLast(
      (r) => r.method === 'PUT' && r.activityId === held!.activityId,
    );
    const card = update!.activity.attachments![0]!.content;
    expect(verbsOf(card)).toEqual([]);
    expect(textOf(card)).toContain('You no longer hold the role cardholder');
    // The author's card says why nothing moves, and whom to replace.
    const authorUpdate = h.connector.recorded.findLast(
      (r) => r.method === 'PUT' && r.activityId === `author-card-${record.id}`,
    );
    expect(textOf(authorUpdate!.activity.attachments![0]!.content)).toContain(
      'Blocked: the named cardholder Sami Holder no longer holds the cardholder role.',
    );
  });
});

describe('from the author’s card in Teams', () => {
  const pressAs = async (who: typeof people.author, data: Record<string, unknown>) => {
    const response = await h.post(invoke(who, h.connector.url, 'changeCardholder', data));
    expect(response.status).toBe(200);
    return cardOf(response.body);
  };

  test('the author names another cardholder; a missing comment is asked for and changes nothing', async () => {
    const record = await anOpportunityIn(h.storage, 'awaitingFunds');
    const view = cardOf(
      (
        await h.post(
          invoke(people.author, h.connector.url, 'refresh', { opportunityId: record.id }),
        )
      ).body,
    );
    expect(verbsOf(view)).toEqual(['changeCardholder']);
    // Only people holding the role now, never the author or the one named.
    const choices = JSON.stringify(view.actions);
    expect(choices).toContain(people.otherCardholder.id);
    expect(choices).not.toContain(`"value":"${people.cardholder.id}"`);
    expect(choices).not.toContain(`"value":"${people.author.id}"`);

    const data = { opportunityId: record.id, version: record.version };
    const noComment = await pressAs(people.author, {
      ...data,
      cardholderId: people.otherCardholder.id,
      comment: '',
    });
    expect(textOf(noComment)).toMatch(/required/i);
    expect((await h.storage.opportunities.get(record.id))?.version).toBe(record.version);

    const done = await pressAs(people.author, {
      ...data,
      cardholderId: people.otherCardholder.id,
      comment: 'Megan is away for a month.',
    });
    expect(textOf(done)).toContain(
      `The funds request was reassigned to ${people.otherCardholder.name} by ${people.author.name}.`,
    );
    expect((await h.storage.opportunities.get(record.id))?.fields.cardholderId).toBe(
      people.otherCardholder.id,
    );
  });

  test('anyone else pressing it is refused and nothing changes', async () => {
    const record = await anOpportunityIn(h.storage, 'awaitingFunds');
    const data = {
      opportunityId: record.id,
      version: record.version,
      cardholderId: people.otherCardholder.id,
      comment: 'Mine now.',
    };
    for (const who of [people.cardholder, people.otherCardholder]) {
      const answer = await pressAs(who, data);
      expect(verbsOf(answer)).not.toContain('changeCardholder');
    }
    expect(await h.storage.opportunities.get(record.id)).toEqual(record);
    expect((await h.storage.opportunities.refusals(record.id)).map((r) => r.actorId)).toEqual([
      people.cardholder.id,
      people.otherCardholder.id,
    ]);
  });
});
