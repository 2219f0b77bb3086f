import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { cardOf, invoke, message, startBot, textOf, type BotHarness } from '../support/teams';

let h: BotHarness;
beforeAll(async () => {
  h = await startBot();
  for (const person of [people.author, people.cardholder, people.procurement])
    await h.post(message(person, h.connector.url, 'help'));
});
afterAll(() => h.close());

const press = async (
  person: (typeof people)[keyof typeof people],
  verb: string,
  data: Record<string, unknown>,
  locale?: string,
) => {
  const response = await h.post(
    invoke(person, h.connector.url, verb, data, locale ? { locale } : {}),
  );
  expect(response.status).toBe(200);
  return cardOf(response.body);
};

type Action = Record<string, unknown>;

/** The top-level button titled `title`: a second step, whose own button acts. */
function secondStep(actions: readonly Action[] | undefined, title: string) {
  const button = (actions ?? []).find((a) => a.title === title);
  expect(button).toMatchObject({ type: 'Action.ShowCard' });
  const shown = button!.card as { body: unknown[]; actions: Action[] };
  return { text: textOf(shown as never), actions: shown.actions };
}

test('Reject on the approval card only opens a step saying it is final; its own button rejects', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  const card = await press(people.cardholder, 'refresh', { opportunityId: record.id });
  // No button on the card itself rejects in one press, and Reject is alone in the last row,
  // apart from Approve and Return (each in a row of its own in the body).
  expect(JSON.stringify(card.body)).not.toContain('"verb":"reject"');
  expect(card.actions).toHaveLength(1);
  const step = secondStep(card.actions, 'Reject');
  expect(step.text).toMatch(/Rejecting is final/);
  expect(step.actions).toEqual([
    expect.objectContaining({
      type: 'Action.Execute',
      title: 'Yes, reject it',
      verb: 'reject',
      style: 'destructive',
      data: { opportunityId: record.id, version: record.version },
    }),
  ]);

  const french = await press(people.cardholder, 'refresh', { opportunityId: record.id }, 'fr-CA');
  const etape = secondStep(french.actions, 'Refuser');
  expect(etape.text).toMatch(/Le refus est définitif/);
  expect(etape.actions.map((a) => a.title)).toEqual(['Oui, la refuser']);

  // The comment typed on the card travels with the second step's button.
  const data = step.actions[0]!.data as Record<string, unknown>;
  await press(people.cardholder, 'reject', { ...data, comment: 'Not for this program.' });
  expect((await h.storage.opportunities.get(record.id))!.state).toBe('rejected');
});

test('Cancel on the posted status card asks first; its own button cancels with the reason', async () => {
  const record = await anOpportunityIn(h.storage, 'posted');
  const card = await press(people.author, 'refresh', { opportunityId: record.id });
  expect(JSON.stringify(card.body)).not.toContain('"verb":"cancel"');
  expect(card.actions).toHaveLength(1);
  const step = secondStep(card.actions, 'Cancel the opportunity');
  expect(step.text).toMatch(/Cancelling is final/);
  expect(step.actions.map((a) => [a.title, a.verb])).toEqual([['Yes, cancel it', 'cancel']]);
  const data = step.actions[0]!.data as Record<string, unknown>;
  await press(people.author, 'cancel', { ...data, reason: 'The need went away.' });
  expect(await h.storage.opportunities.get(record.id)).toMatchObject({
    state: 'cancelled',
    cancelReason: 'The need went away.',
  });
});
