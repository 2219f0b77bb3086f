import { addBusinessDays } from '../../domain/businessDays';
import type { Card, Element } from '../../bot/cards/elements';
import { Background } from '../../runtime/background';
import { startClosingScheduler } from '../../server/closingScheduler';
import { createLogger } from '../../runtime/logger';
import type { Opportunity } from '../../domain/opportunity';
import { actor, people } from '../support/builders';
import { anOpportunityIn, fixedClock } from '../support/storageHelpers';
import {
  cardOf,
  invoke,
  message,
  startBot,
  textOf,
  verbsOf,
  type BotHarness,
} from '../support/teams';

const clock = fixedClock(new Date('2029-12-01T15:00:00.000Z'));
let h: BotHarness;
let record: Opportunity;

beforeAll(async () => {
  h = await startBot({ clock: clock.read });
  for (const person of [people.author, people.cardholder, people.procurement])
    await h.post(message(person, h.connector.url, 'help'));
  record = await anOpportunityIn(h.storage, 'posted');
  await h.settled();
});
afterAll(() => h.close());

const sentTo = (personId: string) =>
  h.connector.recorded.filter((r) => r.conversationId === `a:personal-${personId}`);

/** A supplier asks on the public page; the author's card arrives in the background. */
async function asked(question: string, language: 'en' | 'fr' = 'en') {
  await h.settled();
  const before = sentTo(people.author.id).length;
  const outcome = await h.storage.questions.ask(
    record.id,
    { question, email: 'robin@example.com' },
    language,
  );
  if (outcome.kind !== 'received') throw new Error(JSON.stringify(outcome));
  await h.settled();
  const sent = sentTo(people.author.id).slice(before);
  expect(sent).toHaveLength(1);
  // The message is remembered as this question's card, so a later change can update it.
  const rows = await h.storage.conversations.messagesAbout(record.id);
  const row = rows.find((m) => m.question === outcome.number);
  expect(row?.personId).toBe(people.author.id);
  return {
    number: outcome.number,
    card: sent[0]!.activity.attachments![0]!.content,
    sent: sent[0]!,
    activityId: row!.activityId,
  };
}

async function press(
  person: (typeof people)[keyof typeof people],
  verb: string,
  data: Record<string, unknown>,
  locale?: string,
): Promise<Card> {
  const answer = await h.post(
    invoke(person, h.connector.url, verb, data, {
      replyToId: `${person.id}-question-card`,
      ...(locale ? { locale } : {}),
    }),
  );
  expect(answer.status).toBe(200);
  return cardOf(answer.body);
}

/** The inputs of a card, in order, with what they hold. */
function inputsOf(card: Card): Array<{ id: string; value: unknown }> {
  const found: Array<{ id: string; value: unknown }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Element;
      if (String(n.type).startsWith('Input.')) found.push({ id: String(n.id), value: n.value });
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return found;
}

/** The text right after an input: where a problem about it is shown. */
function besideInput(card: Card, id: string): string {
  const index = card.body.findIndex((e) => e.type === 'Input.Text' && e.id === id);
  expect(index).toBeGreaterThan(-1);
  const next = card.body[index + 1];
  return next?.type === 'RichTextBlock' ? textOf({ ...card, body: [next] }) : '';
}

const fullAnswer = {
  questionEn: 'May the work use Python 3.12?',
  questionFr: 'Le travail peut-il utiliser Python 3.12?',
  answerEn: 'Yes: any supported version.',
  answerFr: 'Oui : toute version prise en charge.',
};

const stored = async () => (await h.storage.opportunities.get(record.id))!;

test('a question reaches its author in Teams as the supplier wrote it, with a public version to write in both languages, Answer and Decline', async () => {
  const { number, card, sent } = await asked('Can we use Python 3.12? I am Robin from Acme.');
  expect(sent.method).toBe('POST');
  expect(textOf(card)).toContain(`A supplier asked a question about ${record.id}.`);
  expect(textOf(card)).toContain('Can we use Python 3.12? I am Robin from Acme.');
  expect(textOf(card)).toContain('Waiting for an answer');
  expect(inputsOf(card).map((i) => i.id)).toEqual([
    'questionEn',
    'questionFr',
    'answerEn',
    'answerFr',
    'reason',
  ]);
  expect(verbsOf(card)).toEqual(['answerQuestion', 'declineQuestion']);
  // The buttons name the question, never a version: answering another question leaves this card usable.
  expect(card.actions!.map((a) => a.data)).toEqual([
    { opportunityId: record.id, question: number },
    { opportunityId: record.id, question: number },
  ]);
  expect(card.refresh?.userIds).toEqual([`29:${people.author.id}`]);
  expect(JSON.stringify(card)).not.toContain('robin@example.com');
  // Only the author is told; the officers read questions in the tab.
  expect(sentTo(people.procurement.id).some((r) => JSON.stringify(r).includes(number))).toBe(false);
  // The author reopening it (Teams' automatic refresh) reads it again from storage.
  const refreshed = await press(people.author, 'refresh', {
    opportunityId: record.id,
    question: number,
  });
  expect(textOf(refreshed)).toContain('Can we use Python 3.12?');
  expect(verbsOf(refreshed)).toEqual(['answerQuestion', 'declineQuestion']);
});

test('bad input comes back with each problem beside its field and what was typed kept; nothing is stored', async () => {
  const { number } = await asked('Is there a budget for tests?');
  const before = await stored();
  const typed = { ...fullAnswer, questionFr: '  ', answerFr: 'x'.repeat(2_001) };
  const card = await press(people.author, 'answerQuestion', {
    opportunityId: record.id,
    question: number,
    ...typed,
  });
  expect(textOf(card)).toContain('Nothing was saved: fix what is marked below');
  expect(besideInput(card, 'questionFr')).toBe('Question as published (French): required.');
  expect(besideInput(card, 'answerFr')).toBe('Answer (French): at most 2000 characters.');
  expect(besideInput(card, 'questionEn')).toBe('');
  const values = Object.fromEntries(inputsOf(card).map((i) => [i.id, i.value]));
  expect(values).toMatchObject({ ...typed, reason: '' });
  expect(verbsOf(card)).toEqual(['answerQuestion', 'declineQuestion']);

  // Declining needs a reason, said beside it, in French for a French Teams client.
  const declined = await press(
    people.author,
    'declineQuestion',
    { opportunityId: record.id, question: number, ...typed, reason: '' },
    'fr-CA',
  );
  expect(textOf(declined)).toContain('Rien n’a été enregistré');
  expect(besideInput(declined, 'reason')).toMatch(/obligatoire/);
  expect(inputsOf(declined).find((i) => i.id === 'questionEn')?.value).toBe(fullAnswer.questionEn);
  expect(await stored()).toEqual(before);
});

test('only the author answers: a forged press by the cardholder or an officer is refused and changes nothing', async () => {
  const { number } = await asked('Who owns the code?');
  const before = await stored();
  for (const person of [people.cardholder, people.procurement])
    for (const typed of [fullAnswer, {}]) {
      const card = await press(person, 'answerQuestion', {
        opportunityId: record.id,
        question: number,
        ...typed,
      });
      // Refused for who they are, whatever they typed.
      expect(textOf(card)).toMatch(/Only the author of the opportunity can answer a question/);
      expect(verbsOf(card)).not.toContain('answerQuestion');
    }
  const after = await stored();
  expect(after.answers).toEqual(before.answers);
  expect(after.state).toBe('posted');
});

test('Answer stores the answer through the intent, the card says so, and the same card pressed again refuses and changes nothing', async () => {
  const { number } = await asked('Can we use Python 3.12?');
  const answered = await press(people.author, 'answerQuestion', {
    opportunityId: record.id,
    question: number,
    ...fullAnswer,
  });
  expect(textOf(answered)).toContain('Answered. The published question and answer are below.');
  expect(textOf(answered)).toContain('Oui : toute version prise en charge.');
  expect(textOf(answered)).toMatch(/Answered on /);
  expect(verbsOf(answered)).toEqual([]);
  const after = await stored();
  expect(after.answers.find((a) => a.question === number)).toMatchObject(fullAnswer);
  const events = await h.storage.opportunities.events(record.id);
  expect(events.at(-1)).toMatchObject({
    actorId: people.author.id,
    details: { kind: 'answerQuestion', question: number },
  });

  // Teams sends the same press again: done, nothing new.
  const retried = await press(people.author, 'answerQuestion', {
    opportunityId: record.id,
    question: number,
    ...fullAnswer,
  });
  expect(textOf(retried)).toMatch(/already answered on .*nothing changed/);
  // The stale card, pressed with something else: refused in the author's language.
  const stale = await press(
    people.author,
    'declineQuestion',
    { opportunityId: record.id, question: number, reason: 'Changed my mind' },
    'fr-CA',
  );
  expect(textOf(stale)).toMatch(/a déjà reçu une réponse le .*rien n’a changé/);
  expect(verbsOf(stale)).toEqual([]);
  expect((await stored()).version).toBe(after.version);
});

test('a question declined in the tab updates its card in Teams; the card then refuses', async () => {
  const { number, activityId } = await asked('Can I apply as a team of two?');
  const before = h.connector.recorded.length;
  const outcome = await h.storage.opportunities.apply(
    record.id,
    { kind: 'declineQuestion', question: number, reason: 'Answered in the opportunity text.' },
    actor(people.author),
  );
  expect(outcome.kind).toBe('applied');
  await h.settled();
  const updates = h.connector.recorded
    .slice(before)
    .filter((r) => r.method === 'PUT' && r.activityId === activityId);
  expect(updates).toHaveLength(1);
  const updated = updates[0]!.activity.attachments![0]!.content;
  expect(textOf(updated)).toMatch(/Declined on /);
  expect(textOf(updated)).toContain('Answered in the opportunity text.');
  expect(verbsOf(updated)).toEqual([]);

  const version = (await stored()).version;
  const stale = await press(people.author, 'answerQuestion', {
    opportunityId: record.id,
    question: number,
    ...fullAnswer,
  });
  expect(textOf(stale)).toMatch(/already declined on .*nothing changed/);
  expect((await stored()).version).toBe(version);
});

test('a question that does not exist, and card data that is not a question number, are refused', async () => {
  const unknown = await press(people.author, 'answerQuestion', {
    opportunityId: record.id,
    question: 'ABCDEFGH',
    ...fullAnswer,
  });
  expect(textOf(unknown)).toContain(`No such question was received for ${record.id}.`);
  const malformed = await press(people.author, 'answerQuestion', {
    opportunityId: record.id,
    question: '../../x',
    ...fullAnswer,
  });
  expect(textOf(malformed)).toContain('This card is out of date or incomplete.');
});

test('a question still waiting one business day later is flagged on its card, and no longer once answered', async () => {
  const flag = 'Waiting more than a day: suppliers need the answer before closing.';
  const askedAt = clock.now;
  const { number, card } = await asked('Is a test suite expected?');
  expect(textOf(card)).not.toContain(flag);
  const refresh = () =>
    press(people.author, 'refresh', { opportunityId: record.id, question: number });
  // Weekends and holidays do not count: the flag comes one business day later, at the same hour.
  const due = addBusinessDays(askedAt, 1).getTime();
  clock.now = new Date(due - 60_000);
  expect(textOf(await refresh())).not.toContain(flag);
  clock.now = new Date(due + 60_000);
  expect(textOf(await refresh())).toContain(flag);
  const answered = await press(people.author, 'answerQuestion', {
    opportunityId: record.id,
    question: number,
    ...fullAnswer,
  });
  expect(textOf(answered)).toContain('Answered.');
  expect(textOf(answered)).not.toContain(flag);
});

test('an author who chose French gets the question card in French', async () => {
  await h.post(message(people.author, h.connector.url, 'français'));
  try {
    const { card } = await asked('Quel est le délai de livraison?', 'fr');
    expect(textOf(card)).toContain(`Un fournisseur a posé une question sur ${record.id}.`);
    expect(textOf(card)).toContain('français');
    expect(textOf(card)).toContain('En attente de réponse');
    expect(card.actions!.map((a) => a.title)).toEqual(['Répondre', 'Refuser']);
  } finally {
    await h.post(message(people.author, h.connector.url, 'english'));
  }
});

test('at closing the waiting question cards say so, and pressing one changes nothing', async () => {
  const { number, activityId } = await asked('Last question before closing?');
  clock.now = new Date('2030-01-16T15:00:00.000Z');
  const logger = createLogger('silent');
  const scheduler = startClosingScheduler({
    storage: h.storage,
    background: new Background(logger),
    logger,
    clock: clock.read,
    intervalMs: 3_600_000,
  });
  const before = h.connector.recorded.length;
  await scheduler.tick();
  scheduler.stop();
  await h.settled();
  expect((await stored()).state).toBe('evaluating');
  const update = h.connector.recorded
    .slice(before)
    .find((r) => r.method === 'PUT' && r.activityId === activityId);
  expect(textOf(update!.activity.attachments![0]!.content)).toContain(
    'Not answered; the opportunity no longer takes answers',
  );
  const version = (await stored()).version;
  const card = await press(people.author, 'answerQuestion', {
    opportunityId: record.id,
    question: number,
    ...fullAnswer,
  });
  expect(textOf(card)).toContain('This opportunity is now Evaluating');
  expect(verbsOf(card)).toEqual([]);
  expect((await stored()).version).toBe(version);
});
