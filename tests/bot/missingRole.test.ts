import { randomUUID } from 'node:crypto';
import { aPerson, people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { cardOf, invoke, message, startBot, textOf, type BotHarness } from '../support/teams';

/** The text of the last card the bot sent to a person's chat. */
function lastAnswerTo(h: BotHarness, personId: string): string {
  const sent = h.connector.recorded.filter((r) => r.conversationId === `a:personal-${personId}`);
  const card = sent.at(-1)?.activity.attachments?.[0]?.content;
  if (!card) throw new Error(`nothing was sent to ${personId}`);
  return textOf(card);
}

describe('a person without the role they need is told which, and who can grant it', () => {
  let h: BotHarness;
  beforeAll(async () => {
    // Nobody gets a role without an admin: a newcomer may not even draft.
    h = await startBot({ registration: { selfServiceRoles: [], bootstrapAdmins: [] } });
    await h.storage.people.put(
      aPerson({ id: 'second-admin', name: 'Zoé Admin', roles: ['admin'] }),
    );
  });
  afterAll(() => h.close());

  test('drafting without the client role, in English', async () => {
    const person = aPerson({ id: randomUUID(), name: 'Nia Noroles' });
    await h.post(message(person, h.connector.url, 'new'));
    expect(lastAnswerTo(h, person.id)).toBe(
      `You need the client role to create a draft. An administrator can grant it: ${people.admin.name} and Zoé Admin.`,
    );
    expect(await h.storage.opportunities.list({ kind: 'author', personId: person.id })).toEqual({
      items: [],
    });
  });

  test('and in French', async () => {
    const person = aPerson({ id: randomUUID(), name: 'Noé Sansrôle' });
    await h.post(message(person, h.connector.url, 'nouveau', 'fr-CA'));
    expect(lastAnswerTo(h, person.id)).toBe(
      `Il vous faut le rôle client pour créer une ébauche. Un administrateur peut vous l’accorder\u00a0: ${people.admin.name} et Zoé Admin.`,
    );
  });

  test('a cardholder whose role was revoked pressing Approve: the role, and the admins', async () => {
    const cardholder = aPerson({ id: randomUUID(), name: 'Rita Revoked', roles: ['cardholder'] });
    await h.storage.people.put(cardholder);
    const record = await anOpportunityIn(h.storage, 'awaitingFunds', { cardholder });
    const version = (await h.storage.people.record(cardholder.id))!.version;
    const revoked = await h.storage.people.administer(
      cardholder.id,
      version,
      (target) => ({
        ok: true,
        changes: [
          {
            by: { kind: 'person', id: people.admin.id, name: people.admin.name },
            why: 'rolesChanged',
            reason: 'Card cancelled',
            change: { kind: 'rolesRevoked', roles: [...target.roles] },
          },
        ],
      }),
      { by: people.admin, reason: 'Card cancelled' },
    );
    expect(revoked.kind).toBe('applied');
    const answer = await h.post(
      invoke(cardholder, h.connector.url, 'approveFunds', {
        opportunityId: record.id,
        version: record.version,
      }),
    );
    expect(textOf(cardOf(answer.body))).toContain(
      `You need the cardholder role to approve funds. An administrator can grant it: ${people.admin.name} and Zoé Admin.`,
    );
    expect(await h.storage.opportunities.get(record.id)).toEqual(record);
  });
});

test('with no admin registered yet, the person is told to ask the pilot team', async () => {
  const h = await startBot({ registration: { selfServiceRoles: [], bootstrapAdmins: [] } });
  try {
    // The seeded admin left: every role went.
    await h.storage.people.put({ ...people.admin, roles: [] });
    const person = aPerson({ id: randomUUID(), name: 'Ines Early' });
    await h.post(message(person, h.connector.url, 'nouveau', 'fr-CA'));
    expect(lastAnswerTo(h, person.id)).toBe(
      'Il vous faut le rôle client pour créer une ébauche. Aucun administrateur n’est encore inscrit\u00a0: adressez-vous à l’équipe du projet pilote.',
    );
  } finally {
    await h.close();
  }
});
