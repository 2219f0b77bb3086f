import { randomUUID } from 'node:crypto';
import type { Card } from '../../bot/cards/elements';
import { aPerson, completeFields } from '../support/builders';
import { actionsOf, cardOf, invoke, message, textOf } from '../support/teams';
import { startWholeApp, type WholeApp } from '../support/wholeApp';

/**
 * The first day of a deployment (docs/deploy.md, "The first day"): storage that knows nobody, only
 * BOOTSTRAP_ADMINS set. The admin gives the approving roles from the tab's API, an employee drafts,
 * and the chain runs to posting, each step by the person the roles say, in Teams or the tab.
 */
let app: WholeApp;
const adminUpn = 'Ada.Admin@example.gc.ca';
const procurementUpn = 'paz.procurement@example.gc.ca';

beforeAll(async () => {
  app = await startWholeApp({
    seed: [],
    registration: { selfServiceRoles: ['client'], bootstrapAdmins: [adminUpn.toLowerCase()] },
  });
});
afterAll(() => app.close());

const tokenOf = (id: string, name: string, upn: string) =>
  app.signer.sign(id, { name, preferred_username: upn });

async function ok(
  method: string,
  path: string,
  token: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const answer = await app.call(method, path, token, options);
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

test('with only BOOTSTRAP_ADMINS, an admin gives the roles and a draft runs to posting', async () => {
  expect(await app.storage.people.list()).toEqual([]);

  // 1. The first admin opens the tab: registered, admin by the setting.
  const adminId = randomUUID();
  const admin = await tokenOf(adminId, 'Ada Admin', adminUpn);
  expect((await ok('GET', '/api/me', admin)).body.roles).toEqual(['client', 'admin']);

  // 2a. A cardholder opens the bot first: a client, found by the admin in People, given the role.
  const carl = aPerson({ id: randomUUID(), name: 'Carl Cardholder' });
  await app.post(message(carl, app.connector.url, 'help'));
  const found = await ok('GET', '/api/people?search=carl', admin);
  const [listed] = found.body.items as Array<{ id: string; roles: string[]; version: number }>;
  expect(listed).toMatchObject({ id: carl.id, roles: ['client'] });
  await ok('POST', `/api/people/${carl.id}/roles`, admin, {
    body: { grant: ['cardholder'], reason: 'Holds acquisition card 4471' },
    headers: { 'if-match': `"${listed!.version}"` },
  });

  // 2b. A procurement officer who has not opened the app: invited, taken on the first tab visit.
  await ok('POST', '/api/people/invitations', admin, {
    body: { upn: procurementUpn, roles: ['procurement'], reason: 'CFOB officer for the pilot' },
  });
  const pazId = randomUUID();
  const paz = await tokenOf(pazId, 'Paz Procurement', procurementUpn.toUpperCase());
  expect((await ok('GET', '/api/me', paz)).body.roles).toEqual(['client', 'procurement']);

  // 3. An employee drafts in the tab and submits, naming the cardholder.
  const emmaId = randomUUID();
  const emma = await tokenOf(emmaId, 'Emma Employee', 'emma.employee@example.gc.ca');
  const created = await ok('POST', '/api/opportunities', emma, {
    body: completeFields({ cardholderId: carl.id, contactEmail: 'emma.employee@example.gc.ca' }),
  });
  const id = (created.body.record as { id: string }).id;
  await ok('POST', `/api/opportunities/${id}/intents`, emma, { body: { kind: 'submit' } });
  await app.settled();

  // 4. The cardholder approves the funds on the card the bot sent to his chat.
  const posts = app.connector.recorded.filter((r) => r.method === 'POST');
  const index = posts.findIndex((sent) => {
    const card = sent.activity.attachments?.[0]?.content as Card | undefined;
    return (
      sent.conversationId === `a:personal-${carl.id}` &&
      card !== undefined &&
      actionsOf(card).some((a) => a.verb === 'approveFunds')
    );
  });
  expect(index).toBeGreaterThanOrEqual(0);
  const card = posts[index]!.activity.attachments![0]!.content as Card;
  const button = actionsOf(card).find((a) => a.verb === 'approveFunds')!;
  const pressed = await app.post(
    invoke(
      carl,
      app.connector.url,
      'approveFunds',
      { ...(button.data as object), comment: 'Funds reserved in FC-1234.' },
      { replyToId: `sent-${index + 1}` },
    ),
  );
  expect(pressed.status).toBe(200);
  expect(textOf(cardOf(pressed.body))).not.toMatch(/refus|not allowed|cannot/i);
  await app.settled();
  expect((await app.storage.opportunities.get(id))?.state).toBe('awaitingProcurement');

  // 5. The procurement officer approves the posting in the tab; it is posted.
  await ok('POST', `/api/opportunities/${id}/intents`, paz, {
    body: { kind: 'approvePosting', comment: 'Posting approved.' },
  });
  await app.settled();
  const posted = await app.storage.opportunities.get(id);
  expect(posted?.state).toBe('posted');

  // Each step by the person the roles say, as the audit trail records it.
  const detail = await ok('GET', `/api/opportunities/${id}`, emma);
  const steps = (
    detail.body.timeline as Array<{ type: string; intent?: string; actorName?: string }>
  )
    .filter((e) => e.type === 'event')
    .map((e) => [e.intent, e.actorName]);
  expect(steps).toEqual(
    expect.arrayContaining([
      ['submit', 'Emma Employee'],
      ['approveFunds', 'Carl Cardholder'],
      ['approvePosting', 'Paz Procurement'],
    ]),
  );

  // The employee, a client only, could not have given herself a role or approved anything.
  const selfGrant = await app.call('POST', `/api/people/${emmaId}/roles`, emma, {
    body: { grant: ['cardholder'], reason: 'Trying' },
    headers: { 'if-match': '"1"' },
  });
  expect(selfGrant.status).toBe(403);
}, 60_000);
