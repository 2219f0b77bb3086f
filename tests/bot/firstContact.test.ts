import { randomUUID } from 'node:crypto';
import { aPerson, people } from '../support/builders';
import { storedRows, changedRows } from '../support/storedRows';
import { activityFrom, message, startBot, textOf, type BotHarness } from '../support/teams';

/** Someone of the tenant the server has never seen: a fresh Entra object id each time. */
const newcomer = (name = 'Nadia Newcomer') => aPerson({ id: randomUUID(), name });

/** The text of the last card the bot sent to a person's chat. */
function lastAnswerTo(h: BotHarness, personId: string): string {
  const sent = h.connector.recorded.filter((r) => r.conversationId === `a:personal-${personId}`);
  const card = sent.at(-1)?.activity.attachments?.[0]?.content;
  if (!card) throw new Error(`nothing was sent to ${personId}`);
  return textOf(card);
}

describe('first contact with the default SELF_SERVICE_ROLES (client)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot();
  });
  afterAll(() => h.close());

  test('a message from an unknown person of the tenant registers them as a client and answers help', async () => {
    const person = newcomer();
    const answer = await h.post(message(person, h.connector.url, 'help', 'fr-CA'));
    expect(answer.status).toBe(200);
    // Help in their language, for the client role they were just given.
    expect(lastAnswerTo(h, person.id)).toContain(
      'Voici ce que je peux faire pour vous, Nadia Newcomer.',
    );
    expect(lastAnswerTo(h, person.id)).toContain('Comme client (auteur)');
    expect(await h.storage.people.get(person.id)).toEqual({
      id: person.id,
      name: 'Nadia Newcomer',
      email: '',
      roles: ['client'],
      locale: 'fr',
    });
    const timeline = await h.storage.people.timeline(person.id);
    expect(
      timeline.map(({ version, by, why, change }) => ({ version, by: by.kind, why, change })),
    ).toEqual([
      {
        version: 1,
        by: 'person',
        why: 'firstContact',
        change: { kind: 'registered', name: 'Nadia Newcomer', email: '', locale: 'fr', roles: [] },
      },
      {
        version: 2,
        by: 'system',
        why: 'selfServiceRoles',
        change: { kind: 'rolesGranted', roles: ['client'] },
      },
    ]);
    // Registered, they may draft at once.
    await h.post(message(person, h.connector.url, 'new', 'fr-CA'));
    expect(lastAnswerTo(h, person.id)).not.toContain('rôle');
  });

  test('an install registers too; a later contact refreshes the name and language, as an event', async () => {
    const person = newcomer('Omar Installer');
    const install = { type: 'installationUpdate', action: 'add' };
    expect((await h.post(activityFrom(person, h.connector.url, install))).status).toBe(200);
    expect((await h.storage.people.get(person.id))?.roles).toEqual(['client']);
    const renamed = { ...person, name: 'Omar Installer-Roy' };
    await h.post(message(renamed, h.connector.url, 'help', 'fr-CA'));
    expect(await h.storage.people.get(person.id)).toMatchObject({
      name: 'Omar Installer-Roy',
      locale: 'fr',
      roles: ['client'],
    });
    const last = (await h.storage.people.timeline(person.id)).at(-1);
    expect(last).toMatchObject({
      version: 3,
      why: 'laterContact',
      change: { kind: 'profileRefreshed', name: 'Omar Installer-Roy', locale: 'fr' },
    });
    // The same again changes nothing.
    await h.post(message(renamed, h.connector.url, 'help', 'fr-CA'));
    expect(await h.storage.people.timeline(person.id)).toHaveLength(3);
  });

  test('from another tenant, or without an Entra object id, nothing is stored', async () => {
    const before = await storedRows(h.storage);
    const stranger = newcomer('Otto Othertenant');
    const otherTenant = {
      ...message(stranger, h.connector.url, 'help'),
      conversation: {
        id: `a:personal-${stranger.id}`,
        conversationType: 'personal',
        tenantId: 'another-tenant',
      },
      channelData: { tenant: { id: 'another-tenant' } },
    };
    expect((await h.post(otherTenant)).status).toBe(403);
    const anonymous = message(newcomer('No Object Id'), h.connector.url, 'help');
    const from = { id: anonymous.from.id, name: anonymous.from.name };
    const answer = await h.post({ ...anonymous, from });
    expect(answer.status).toBe(200);
    expect(lastAnswerTo(h, anonymous.from.aadObjectId)).toContain('You are not registered');
    expect(changedRows(before, await storedRows(h.storage))).toEqual([]);
    expect(await h.storage.people.get(stranger.id)).toBeNull();
  });

  test('a known person’s next message stores nothing: where to reach them has not changed', async () => {
    const person = newcomer();
    await h.post(message(person, h.connector.url, 'help'));
    const chat = await h.storage.conversations.get(person.id);
    expect(chat?.reference).toMatchObject({ conversation: { id: `a:personal-${person.id}` } });
    expect(chat?.reference).not.toHaveProperty('activityId');
    const before = await storedRows(h.storage);
    const answer = await h.post(message(person, h.connector.url, 'help'));
    expect(answer.status).toBe(200);
    expect(lastAnswerTo(h, person.id)).toContain('Here is what I can do for you');
    expect(changedRows(before, await storedRows(h.storage))).toEqual([]);
  });

  test('a card action is not a contact: it registers nobody', async () => {
    const person = newcomer();
    const before = await storedRows(h.storage);
    const pressed = await h.post(
      activityFrom(person, h.connector.url, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'refresh', data: {} }, trigger: 'manual' },
      }),
    );
    expect(pressed.status).toBe(200);
    expect(changedRows(before, await storedRows(h.storage))).toEqual([]);
  });
});

describe('SELF_SERVICE_ROLES empty and BOOTSTRAP_ADMINS', () => {
  const firstAdmin = newcomer('Patti First-Admin');
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot({
      registration: { selfServiceRoles: [], bootstrapAdmins: [firstAdmin.id] },
    });
  });
  afterAll(() => h.close());

  test('the named person becomes admin on first contact, as an audited event, and nobody else', async () => {
    await h.post(message(firstAdmin, h.connector.url, 'help'));
    expect((await h.storage.people.get(firstAdmin.id))?.roles).toEqual(['admin']);
    const timeline = await h.storage.people.timeline(firstAdmin.id);
    expect(timeline.map((e) => [e.why, e.by.kind, e.change.kind])).toEqual([
      ['firstContact', 'person', 'registered'],
      ['bootstrapAdmins', 'system', 'rolesGranted'],
    ]);
    expect(timeline[1]!.change).toEqual({ kind: 'rolesGranted', roles: ['admin'] });

    const someoneElse = newcomer('Quinn Someone');
    await h.post(message(someoneElse, h.connector.url, 'help'));
    // Empty SELF_SERVICE_ROLES: registered, with no role until an admin gives one.
    expect((await h.storage.people.get(someoneElse.id))?.roles).toEqual([]);
    const admins = (await h.storage.people.list()).filter((p) => p.roles.includes('admin'));
    expect(admins.map((p) => p.id).sort()).toEqual([firstAdmin.id, people.admin.id].sort());

    // Later contacts grant nothing again.
    await h.post(message(firstAdmin, h.connector.url, 'help'));
    expect(await h.storage.people.timeline(firstAdmin.id)).toHaveLength(2);
  });
});
