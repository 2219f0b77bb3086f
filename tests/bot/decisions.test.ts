import type { Person } from '../../domain/people';
import { aPerson, people } from '../support/builders';
import { completeForm } from '../support/botForms';
import { anOpportunityIn } from '../support/storageHelpers';
import {
  actionsOf,
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
  for (const person of [people.author, people.cardholder, people.procurement, people.allRoles]) {
    await h.post(message(person, h.connector.url, 'help'));
  }
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

test('a return with a comment goes back to the author, who sees the comment, fixes and resubmits', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  const returned = await press(people.cardholder, 'returnToAuthor', {
    opportunityId: record.id,
    version: record.version,
    comment: 'Use fund centre FC-9999.',
  });
  expect(textOf(returned)).toContain('Returned to the author by Megan Cardholder.');
  await h.settled();
  const told = h.connector.recorded
    .filter((r) => r.conversationId === `a:personal-${people.author.id}`)
    .at(-1)!;
  expect(textOf(told.activity.attachments![0]!.content)).toContain(
    'Returned to the author by Megan Cardholder. Use fund centre FC-9999.',
  );

  const draft = await press(people.author, 'openDraft', { opportunityId: record.id });
  expect(textOf(draft)).toContain('Returned by Megan Cardholder: Use fund centre FC-9999.');
  expect(verbsOf(draft)).toEqual(['saveDraft', 'submitDraft']);

  const resubmitted = await press(people.author, 'submitDraft', {
    opportunityId: record.id,
    version: record.version + 1,
    ...completeForm({ fundCentre: 'FC-9999' }),
  });
  expect(textOf(resubmitted)).toContain('Submitted. Megan Cardholder has been asked');
  expect(await h.storage.opportunities.get(record.id)).toMatchObject({
    state: 'awaitingFunds',
    returnComment: null,
    fields: { fundCentre: 'FC-9999' },
  });
});

test('when a returned opportunity comes back, the approver’s first card is updated in place and names them for refresh', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  await h.settled();
  const [first] = await h.storage.conversations.messagesAbout(record.id);
  expect(first).toMatchObject({ personId: people.cardholder.id });
  await press(people.cardholder, 'returnToAuthor', {
    opportunityId: record.id,
    version: record.version,
    comment: 'Wrong fund centre.',
  });
  await h.settled();
  await press(people.author, 'submitDraft', {
    opportunityId: record.id,
    version: record.version + 1,
    ...completeForm(),
  });
  await h.settled();

  const update = h.connector.recorded.findLast(
    (r) => r.method === 'PUT' && r.activityId === first!.activityId,
  );
  const card = update!.activity.attachments![0]!.content;
  expect(verbsOf(card)).toEqual(['approveFunds', 'returnToAuthor', 'reject']);
  expect(card.refresh?.userIds).toEqual([`29:${people.cardholder.id}`]);
});

test('the wrong person pressing Approve is refused, audited, and changes nothing', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  for (const who of [people.author, people.procurement, people.otherCardholder]) {
    const card = await press(who, 'approveFunds', {
      opportunityId: record.id,
      version: record.version,
    });
    // The author's own view keeps only their step while the funds wait: naming another cardholder.
    expect(verbsOf(card)).toEqual(who === people.author ? ['changeCardholder'] : []);
    // Another cardholder may not even read it: they learn nothing about it.
    expect(textOf(card)).toMatch(
      who === people.otherCardholder
        ? new RegExp(`^You are not involved in ${record.id}, so I cannot show it.$`)
        : /cannot approve funds on your own opportunity|Only the cardholder named on the opportunity can approve funds/,
    );
  }
  expect(await h.storage.opportunities.get(record.id)).toEqual(record);
  const refusals = await h.storage.opportunities.refusals(record.id);
  expect(refusals.map((r) => [r.actorId, r.refusal.kind])).toEqual([
    [people.author.id, 'forbidden'],
    [people.procurement.id, 'forbidden'],
    [people.otherCardholder.id, 'forbidden'],
  ]);
});

test('two procurement officers pressing Approve at once: one posts it, the other is told who did', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingProcurement');
  const [a, b] = await Promise.all(
    [people.procurement, people.allRoles].map((who) =>
      press(who, 'approvePosting', { opportunityId: record.id, version: record.version }),
    ),
  );
  const texts = [textOf(a!), textOf(b!)];
  const winner = texts.findIndex((t) => t.includes('Posting approved by'));
  expect(winner).toBeGreaterThanOrEqual(0);
  const winnerName = [people.procurement, people.allRoles][winner]!.name;
  expect(texts[1 - winner]).toContain(`${winnerName} changed this opportunity`);
  const events = await h.storage.opportunities.events(record.id);
  expect(events.filter((e) => e.details.kind === 'approvePosting')).toHaveLength(1);
});

test('a replayed or double-clicked action changes nothing and reads as done, in the current state', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  const data = { opportunityId: record.id, version: record.version, comment: 'FC-1234' };
  const first = await press(people.cardholder, 'approveFunds', data);
  const again = await press(people.cardholder, 'approveFunds', data);
  expect(textOf(again)).toContain('Funds approved by Megan Cardholder.');
  expect(again).toEqual(first);
  const events = await h.storage.opportunities.events(record.id);
  expect(events.map((e) => e.details.kind)).toEqual(['create', 'submit', 'approveFunds']);
});

test('another decision under the same card key is refused, not taken for a replay', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  const data = { opportunityId: record.id, version: record.version };
  await press(people.cardholder, 'approveFunds', { ...data, comment: 'FC-1234' });
  const other = await press(people.cardholder, 'approveFunds', { ...data, comment: 'FC-9999' });
  expect(textOf(other)).toContain('carries the key of an earlier, different request');
  expect(textOf(other)).not.toContain('Funds approved');
  const events = await h.storage.opportunities.events(record.id);
  expect(events.map((e) => e.details.kind)).toEqual(['create', 'submit', 'approveFunds']);
  const refusals = await h.storage.opportunities.refusals(record.id);
  expect(refusals.map((r) => r.refusal.kind)).toEqual(['keyReused']);
});

test('Save and Submit pressed again on a card they already moved on answer as they did', async () => {
  const record = await anOpportunityIn(h.storage, 'draft');
  const form = completeForm({ workEn: 'Pressed twice.' });
  const data = { opportunityId: record.id, version: record.version, ...form };
  const saved = await press(people.author, 'saveDraft', data);
  const savedAgain = await press(people.author, 'saveDraft', data);
  expect(textOf(savedAgain)).toContain('Draft saved.');
  expect(verbsOf(savedAgain)).toEqual(['saveDraft', 'submitDraft']);
  expect(savedAgain).toEqual(saved);

  const next = { ...data, version: record.version + 1 };
  const submitted = await press(people.author, 'submitDraft', next);
  const submittedAgain = await press(people.author, 'submitDraft', next);
  expect(textOf(submittedAgain)).toContain('Submitted.');
  expect(submittedAgain).toEqual(submitted);
  const events = await h.storage.opportunities.events(record.id);
  expect(events.map((e) => e.details.kind)).toEqual(['create', 'editDraft', 'submit']);
});

test('Save pressed with other text on a card whose first save landed is a conflict, not a reused key', async () => {
  const record = await anOpportunityIn(h.storage, 'draft');
  const data = { opportunityId: record.id, version: record.version };
  await press(people.author, 'saveDraft', { ...data, ...completeForm({ workEn: 'First text.' }) });
  // No answer reached the person (a crash, a lost connection): they change the text and press again.
  const other = await press(people.author, 'saveDraft', {
    ...data,
    ...completeForm({ workEn: 'Second text.' }),
  });

  expect(textOf(other)).toContain(`${people.author.name}`);
  expect(textOf(other)).not.toMatch(/key of an earlier/);
  expect((await h.storage.opportunities.get(record.id))?.fields.workEn).toBe('First text.');
  expect(await h.storage.opportunities.refusals(record.id)).toEqual([]);
});

test('Markdown and HTML in a title show as typed text and cannot become a button or a link', async () => {
  const title = '[Approve](https://evil.example) **now** <b>bold</b> <script>alert(1)</script>';
  const record = await anOpportunityIn(h.storage, 'awaitingFunds', { fields: { titleEn: title } });
  const card = await press(people.cardholder, 'refresh', { opportunityId: record.id });
  const json = JSON.stringify(card);
  // The title is in a TextRun, which renders no Markdown; no TextBlock anywhere could render it.
  expect(textOf(card)).toContain(title);
  expect(json).not.toMatch(/"type":"TextBlock"/);
  expect(verbsOf(card)).toEqual(['approveFunds', 'returnToAuthor', 'reject']);
  expect(json).not.toContain('Action.OpenUrl');
});

test('an automatic refresh returns the person’s own view and never edits the message', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  await h.settled();
  const before = h.connector.recorded.length;
  const forCardholder = await press(people.cardholder, 'refresh', { opportunityId: record.id });
  const forAuthor = await press(people.author, 'refresh', { opportunityId: record.id });
  expect(verbsOf(forCardholder)).toEqual(['approveFunds', 'returnToAuthor', 'reject']);
  expect(verbsOf(forAuthor)).toEqual(['changeCardholder']);
  expect(textOf(forAuthor)).toContain('Awaiting funds (cardholder)');
  await h.settled();
  expect(h.connector.recorded.length).toBe(before);
  const outsider = await press(people.manager, 'refresh', { opportunityId: record.id });
  expect(verbsOf(outsider)).toEqual([]);
});

test('in French from end to end: commands, the draft card, problems and the decision', async () => {
  const url = h.connector.url;
  await h.post(message(people.allRoles, url, 'français'));
  const draft = await press(people.allRoles, 'saveDraft', {
    nonce: 'fr-1',
    ...completeForm({ titleFr: '', cardholderId: people.cardholder.id }),
  });
  expect(textOf(draft)).toContain('Ébauche enregistrée.');
  // Required fields are named on Submit, not on Save.
  expect(textOf(draft)).not.toContain('Titre (français)\u00a0: obligatoire.');
  const id = /MA-\d{4}-\d{4}/.exec(textOf(draft))![0];
  const refused = await press(people.allRoles, 'submitDraft', {
    opportunityId: id,
    version: 1,
    ...completeForm({ titleFr: '', cardholderId: people.cardholder.id }),
  });
  expect(textOf(refused)).toContain('Certains champs sont à revoir');
  expect(textOf(refused)).toContain('Titre (français)\u00a0: obligatoire.');
  const submitted = await press(people.allRoles, 'submitDraft', {
    opportunityId: id,
    version: 1,
    ...completeForm({ cardholderId: people.cardholder.id }),
  });
  expect(textOf(submitted)).toContain(
    'Soumise. Megan Cardholder a été invité à approuver les fonds.',
  );
  await press(people.cardholder, 'returnToAuthor', {
    opportunityId: id,
    version: 3,
    comment: 'Précisez les dates.',
  });
  await h.settled();
  const told = h.connector.recorded
    .filter((r) => r.conversationId === `a:personal-${people.allRoles.id}`)
    .at(-1)!;
  expect(textOf(told.activity.attachments![0]!.content)).toContain(
    'Renvoyée à l’auteur par Megan Cardholder. Précisez les dates.',
  );
});

test('when the cardholder has never opened the app, the author is told exactly that', async () => {
  const distant = aPerson({
    id: 'distant-cardholder',
    name: 'Dana Distant',
    roles: ['cardholder'],
  });
  await h.storage.people.put(distant);
  const form = completeForm({ cardholderId: distant.id });
  const draft = await press(people.author, 'saveDraft', { nonce: 'unreachable-1', ...form });
  const id = /MA-\d{4}-\d{4}/.exec(textOf(draft))![0];
  const submitted = await press(people.author, 'submitDraft', {
    opportunityId: id,
    version: 1,
    ...form,
  });
  expect(textOf(submitted)).toContain(
    `Dana Distant has not opened the Micro-Acquisition app in Teams yet, so I could not send them the request. Ask them to open the app and type: status ${id}`,
  );
  await h.settled();
  expect(h.connector.recorded.some((r) => r.conversationId === `a:personal-${distant.id}`)).toBe(
    false,
  );
  // Once they open the app, the status command gives them the request with its buttons.
  await h.post(message(distant, h.connector.url, `status ${id}`));
  const reply = h.connector.recorded
    .filter((r) => r.conversationId === `a:personal-${distant.id}`)
    .at(-1)!;
  expect(verbsOf(reply.activity.attachments![0]!.content)).toEqual([
    'approveFunds',
    'returnToAuthor',
    'reject',
  ]);
});

test('commands: help, mine, status and unknown text, each answered in a card', async () => {
  const url = h.connector.url;
  /** The bot's answer to a person's message: the last reply in their chat. */
  const ask = async (person: Person, text: string) => {
    await h.post(message(person, url, text));
    const replies = h.connector.recorded.filter(
      (r) => r.conversationId === `a:personal-${person.id}` && r.activityId,
    );
    return textOf(replies.at(-1)!.activity.attachments![0]!.content);
  };
  expect(await ask(people.author, 'help')).toContain('new: start a draft');
  expect(await ask(people.author, 'mine')).toContain('Your opportunities');
  const record = await anOpportunityIn(h.storage, 'posted');
  await h.settled();
  // Read while the person is looked up: the speaker's own list, never someone else's.
  expect(await ask(people.author, 'mine')).toContain(record.id);
  expect(await ask(people.manager, 'mes')).not.toContain(record.id);
  expect(await ask(people.author, 'status')).toContain('Type "status" followed by');
  expect(await ask(people.author, `status ${record.id.toLowerCase()}`)).toContain('Posted');
  expect(await ask(people.manager, `status ${record.id}`)).toContain('Posted');
  expect(await ask(people.otherCardholder, `status ${record.id}`)).toContain(
    `You are not involved in ${record.id}`,
  );
  expect(await ask(people.author, 'status MA-1999-0001')).toContain(
    'No opportunity MA-1999-0001 exists.',
  );
  expect(await ask(people.author, 'dance')).toContain('I did not understand "dance"');
  expect(await ask(people.outsider, 'new')).toContain(
    'You need the client role to create a draft.',
  );
  // Someone of the tenant the bot has never seen is registered with SELF_SERVICE_ROLES (client).
  expect(await ask(aPerson({ id: 'stranger', name: 'A Stranger' }), 'new')).toContain(
    'New opportunity',
  );
});

test('a draft with long texts: the short card leaves them to the tab and saving keeps them whole', async () => {
  const long = 'Longue description. '.repeat(480);
  const draft = await anOpportunityIn(h.storage, 'draft', {
    fields: { workEn: long.trim(), workFr: long.trim(), backgroundEn: long.slice(0, 4900).trim() },
  });
  const card = await press(people.author, 'openDraft', { opportunityId: draft.id });
  // Teams refuses messages past about 28 KB; the short card is far from it.
  expect(JSON.stringify(card).length).toBeLessThanOrEqual(8_000);
  expect(actionsOf(card).map((a) => a.title)).toContain('Finish in the tab');
  const inputIds = JSON.stringify(card.body).match(/"id":"(workEn|workFr)"/g);
  expect(inputIds).toBeNull();
  // Saving that card (without the long inputs) changes the title and leaves the long texts alone.
  const saved = await press(people.author, 'saveDraft', {
    opportunityId: draft.id,
    version: draft.version,
    titleEn: 'Shorter title',
  });
  expect(textOf(saved)).toContain('Draft saved.');
  expect(await h.storage.opportunities.get(draft.id)).toMatchObject({
    fields: { titleEn: 'Shorter title', workEn: long.trim(), workFr: long.trim() },
  });
});
