import type { Person } from '../../domain/people';
import { formatCalendarDate } from '../../domain/locale';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { cardOf, invoke, message, startBot, textOf, type BotHarness } from '../support/teams';

let h: BotHarness;
beforeAll(async () => {
  h = await startBot();
});
afterAll(() => h.close());

/** The bot's answer to a person's message: the text of the last card in their chat. */
async function ask(person: Person, text: string): Promise<string> {
  await h.post(message(person, h.connector.url, text));
  const replies = h.connector.recorded.filter(
    (r) => r.conversationId === `a:personal-${person.id}` && r.activityId,
  );
  return textOf(replies.at(-1)!.activity.attachments![0]!.content);
}

test('help speaks to the roles the person holds: a cardholder is not told to start a draft', async () => {
  const cardholder = await ask(people.cardholder, 'help');
  expect(cardholder).toContain('As a cardholder: funds requests (FAA section 32)');
  expect(cardholder).not.toContain('new: start a draft');
  expect(cardholder).toContain('status MA-2026-1');

  const author = await ask(people.author, 'HELP');
  expect(author).toContain('new: start a draft');
  expect(author).not.toContain('As a cardholder');

  const procurement = await ask(people.procurement, 'help');
  expect(procurement).toContain('As a procurement officer (CFOB)');
  expect(procurement).not.toContain('new: start a draft');

  expect(await ask(people.manager, 'help')).toContain('Dashboard');
  expect(await ask(people.admin, 'help')).toContain('People view');

  // Several roles: each one's part, in the order of the work.
  const all = await ask(people.allRoles, 'help');
  const order = ['As a client', 'As a cardholder', 'As a procurement officer'].map((s) =>
    all.indexOf(s),
  );
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('help in French follows the same roles', async () => {
  await ask(people.otherCardholder, 'français');
  const text = await ask(people.otherCardholder, 'aide');
  expect(text).toContain('Comme titulaire de carte\u00a0:');
  expect(text).not.toContain('nouveau\u00a0: commencer');
});

test('status and copy take the number as typed: any case, without its zeros', async () => {
  const record = await anOpportunityIn(h.storage, 'posted');
  const [, year, count] = /^MA-(\d{4})-0*(\d+)$/.exec(record.id)!;
  for (const typed of [`ma-${year}-${count}`, `MA ${year} ${count}`, record.id.toLowerCase()])
    expect(await ask(people.author, `status ${typed}`)).toContain(record.id);
  expect(await ask(people.author, `copy ma-${year}-${count}`)).toContain(
    `copied from ${record.id}`,
  );
  expect(await ask(people.author, 'status ma-2026')).toContain('status MA-2026-0001');
});

test('each row of "mine" opens its opportunity when tapped', async () => {
  const posted = await anOpportunityIn(h.storage, 'posted');
  await h.settled();
  await h.post(message(people.author, h.connector.url, 'mine'));
  const list = h.connector.recorded
    .filter((r) => r.conversationId === `a:personal-${people.author.id}` && r.activityId)
    .at(-1)!.activity.attachments![0]!.content as { body: Array<Record<string, unknown>> };
  expect(textOf(list as never)).toContain('Tap an opportunity to open it.');
  const row = list.body.find((e) => JSON.stringify(e).includes(posted.id))!;
  expect(row.selectAction).toEqual({
    type: 'Action.Execute',
    title: `Open ${posted.id}`,
    verb: 'openDraft',
    data: { opportunityId: posted.id },
  });
  const { verb, data } = row.selectAction as { verb: string; data: Record<string, unknown> };
  const response = await h.post(invoke(people.author, h.connector.url, verb, data));
  expect(response.status).toBe(200);
  const opened = cardOf(response.body);
  expect(textOf(opened)).toContain(`${posted.id} · `);
  expect(JSON.stringify(opened)).toContain('"title":"Open the public page"');
});

test('a card writes every date one way per language: the work dates in words, like the closing', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  await h.settled();
  const { startDate, deliveryDate } = record.fields;
  const english = await ask(people.cardholder, `status ${record.id}`);
  expect(english).toContain(
    `from ${formatCalendarDate(startDate!, 'en')} to ${formatCalendarDate(deliveryDate!, 'en')}`,
  );
  expect(english).not.toContain(startDate!);
});
