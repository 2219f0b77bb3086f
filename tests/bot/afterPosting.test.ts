import { Background } from '../../runtime/background';
import { startClosingScheduler } from '../../server/closingScheduler';
import { createLogger } from '../../runtime/logger';
import type { Card } from '../../bot/cards/elements';
import { replay } from '../../domain/events';
import { verifyDraw } from '../../domain/draw';
import { anApplicationForm, people } from '../support/builders';
import { completeForm } from '../support/botForms';
import { anApplication, anOpportunityIn, evaluated, fixedClock } from '../support/storageHelpers';
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

const clock = fixedClock(new Date('2029-12-01T15:00:00.000Z'));
let h: BotHarness;

beforeAll(async () => {
  h = await startBot({ clock: clock.read });
  for (const person of [people.author, people.cardholder, people.procurement])
    await h.post(message(person, h.connector.url, 'help'));
});
afterAll(() => h.close());

const sentTo = (personId: string) =>
  h.connector.recorded.filter((r) => r.conversationId === `a:personal-${personId}`);
const lastCardTo = (personId: string): Card =>
  sentTo(personId).at(-1)!.activity.attachments![0]!.content;

async function act(
  person: (typeof people)[keyof typeof people],
  verb: string,
  data: Record<string, unknown>,
) {
  const answer = await h.post(
    invoke(person, h.connector.url, verb, data, { replyToId: `${person.id}-card` }),
  );
  expect(answer.status).toBe(200);
  return cardOf(answer.body);
}

/** Draft, submit, fund and post an opportunity through the bot, as the chain test does. */
async function posted(): Promise<string> {
  await h.post(message(people.author, h.connector.url, 'new'));
  const form = lastCardTo(people.author.id);
  const nonce = String((actionsOf(form)[0]!.data as { nonce: string }).nonce);
  const saved = await act(people.author, 'saveDraft', { nonce, ...completeForm() });
  const id = /MA-\d{4}-\d{4}/.exec(textOf(saved))![0];
  await act(people.author, 'submitDraft', { opportunityId: id, version: 1, ...completeForm() });
  await act(people.cardholder, 'approveFunds', { opportunityId: id, version: 2 });
  await act(people.procurement, 'approvePosting', { opportunityId: id, version: 3 });
  await h.settled();
  return id;
}

async function closeAll(): Promise<void> {
  const logger = createLogger('silent');
  const scheduler = startClosingScheduler({
    storage: h.storage,
    background: new Background(logger),
    logger,
    clock: clock.read,
    intervalMs: 3_600_000,
  });
  await scheduler.tick();
  scheduler.stop();
  await h.settled();
}

test('the whole lifecycle through the bot over HTTP: draft, approvals, applications, anonymous evaluation, draw, award, delivery, acceptance, payment', async () => {
  clock.now = new Date('2029-12-01T15:00:00.000Z');
  const id = await posted();
  const record = (await h.storage.opportunities.get(id))!;
  for (const [name, email] of [
    ['Jordan Developer', 'jordan@example.com'],
    ['Sam Coder', 'sam@example.com'],
  ] as const) {
    const outcome = await h.storage.applications.submit(
      id,
      anApplicationForm(record, {
        name,
        email,
        answer1: `${name.split(' ')[0]} shipped a date picker.`,
      }),
    );
    expect(outcome.kind).toBe('received');
  }

  clock.now = new Date('2030-01-16T15:00:00.000Z');
  await closeAll();
  // At closing the author receives the evaluation card: applicant 1 of 2, answers only.
  const first = lastCardTo(people.author.id);
  expect(textOf(first)).toContain('closed to applications');
  expect(textOf(first)).toContain('Applicant 1 of 2');
  expect(verbsOf(first)).toEqual(['evaluate', 'refresh']);
  const closed = (await h.storage.opportunities.get(id))!;
  const order = await Promise.all(
    closed.applications.map((c) => h.storage.applications.identity(id, c)),
  );
  const jordanIndex = order.findIndex((who) => who?.name === 'Jordan Developer');

  // Only the author evaluates; the cardholder's attempt changes nothing.
  const intruder = await act(people.cardholder, 'evaluate', {
    opportunityId: id,
    version: closed.version,
    applicant: 0,
    pass1: 'pass',
    rationale1: 'x',
  });
  expect(textOf(intruder)).toContain(
    'Only the author of the opportunity can evaluate an application.',
  );

  // A mark without a reason is refused beside the statement, keeping what was chosen.
  const noReason = await act(people.author, 'evaluate', {
    opportunityId: id,
    version: closed.version,
    applicant: jordanIndex,
    pass1: 'pass',
    rationale1: '',
  });
  expect(textOf(noReason)).toContain('Evaluation, item 1, rationale: required.');
  expect(textOf(noReason)).toContain(`Applicant ${jordanIndex + 1} of 2`);

  let version = closed.version;
  for (const [index, pass] of [
    [jordanIndex, 'pass'],
    [1 - jordanIndex, 'fail'],
  ] as const) {
    const card = await act(people.author, 'evaluate', {
      opportunityId: id,
      version,
      applicant: index,
      pass1: pass,
      rationale1:
        pass === 'pass' ? 'Linked two shipped components.' : 'No example of shipped work.',
    });
    expect(textOf(card)).toContain(`Applicant ${index + 1} evaluated.`);
    version++;
  }
  const ready = await act(people.author, 'refresh', { opportunityId: id });
  expect(textOf(ready)).toContain('2 applications: 2 evaluated, 1 passed every statement.');
  expect(verbsOf(ready)).toContain('award');

  // Nothing the author saw while evaluating names an applicant.
  const evaluationTexts =
    sentTo(people.author.id)
      .map((r) => JSON.stringify(r.activity))
      .join('\n') + JSON.stringify([first, noReason, ready]);
  expect(evaluationTexts).not.toMatch(
    /Jordan Developer|Sam Coder|jordan@example\.com|sam@example\.com/,
  );

  // The draw: Jordan passed alone and wins; the author now sees who, and the delivery form.
  const awarded = await act(people.author, 'award', { opportunityId: id, version });
  expect(textOf(awarded)).toContain('Awarded by Alex Author after the draw.');
  expect(textOf(awarded)).toContain('Jordan Developer (jordan@example.com)');
  expect(verbsOf(awarded)).toEqual(['recordDelivery', 'cancel']);
  await h.settled();
  expect(textOf(lastCardTo(people.cardholder.id))).toContain(
    `${id} is awarded to Jordan Developer. Contact: jordan@example.com.`,
  );
  const afterAward = (await h.storage.opportunities.get(id))!;
  expect(
    verifyDraw({
      opportunityId: id,
      commitment: afterAward.drawCommitment!,
      secret: afterAward.award!.secret,
      candidates: afterAward.award!.candidates,
      winner: afterAward.award!.winner,
    }),
  ).toEqual({ ok: true });

  const delivered = await act(people.author, 'recordDelivery', {
    opportunityId: id,
    version: afterAward.version,
    deliveryUrl: 'https://github.com/example/date-picker/pull/7',
  });
  expect(verbsOf(delivered)).toEqual(['accept', 'cancel']);
  const notCertified = await act(people.author, 'accept', {
    opportunityId: id,
    version: afterAward.version + 1,
    met1: 'true',
    note1: 'axe: 0 violations',
    met2: 'true',
    note2: 'Picks dates',
    met3: 'true',
    note3: 'npm audit: 0 new',
    certified: 'false',
  });
  expect(textOf(notCertified)).toContain(
    'Certification (FAA section 34): you must confirm this to continue.',
  );
  const accepted = await act(people.author, 'accept', {
    opportunityId: id,
    version: afterAward.version + 1,
    met1: 'true',
    note1: 'axe: 0 violations',
    met2: 'true',
    note2: 'Picks dates',
    met3: 'true',
    note3: 'npm audit: 0 new',
    certified: 'true',
  });
  expect(textOf(accepted)).toContain('Work accepted by Alex Author (section 34).');
  await h.settled();
  const payment = lastCardTo(people.cardholder.id);
  expect(verbsOf(payment)).toEqual(['recordPayment']);
  expect(textOf(payment)).toContain('is accepted. Please record the payment.');

  const tooMuch = await act(people.cardholder, 'recordPayment', {
    opportunityId: id,
    version: afterAward.version + 2,
    method: 'card',
    paidOn: '2030-01-16',
    amount: '10,500.00',
    reference: 'AC-1',
  });
  expect(textOf(tooMuch)).toContain('more than the committed amount ($9,993.50)');
  const paid = await act(people.cardholder, 'recordPayment', {
    opportunityId: id,
    version: afterAward.version + 2,
    method: 'card',
    paidOn: '2030-01-16',
    amount: '9,993.50',
    reference: 'AC-1',
  });
  expect(textOf(paid)).toContain('Payment recorded by Megan Cardholder.');
  await h.settled();
  expect(textOf(lastCardTo(people.author.id))).toContain(`${id} is paid.`);

  const final = (await h.storage.opportunities.get(id))!;
  expect(final).toMatchObject({
    state: 'paid',
    supplierName: 'Jordan Developer',
    deliveryUrl: 'https://github.com/example/date-picker/pull/7',
    payment: { method: 'card', amountCents: 999_350, reference: 'AC-1' },
  });
  const events = await h.storage.opportunities.events(id);
  expect(events.map((e) => e.details.kind)).toEqual([
    'create',
    'submit',
    'approveFunds',
    'approvePosting',
    'close',
    'evaluate',
    'evaluate',
    'award',
    'recordDelivery',
    'accept',
    'recordPayment',
  ]);
  expect(replay(events)).toEqual(final);
});

test('contract splitting: a second win by the same supplier from the same fund centre is held until a procurement officer releases it', async () => {
  clock.now = new Date('2029-12-01T15:00:00.000Z');
  const fields = { fundCentre: 'FC-7777' };
  const first = await anOpportunityIn(h.storage, 'posted', { fields });
  const second = await anOpportunityIn(h.storage, 'posted', { fields });
  const jordan = { name: 'Jordan Developer', email: 'jordan@example.com' };
  const firstApp = await anApplication(h.storage, first, jordan);
  const secondApp = await anApplication(h.storage, second, jordan);
  clock.now = new Date('2030-01-16T15:00:00.000Z');
  await closeAll();
  for (const [record, app] of [
    [first, firstApp],
    [second, secondApp],
  ] as const) {
    const current = await evaluated(h.storage, record, app, true);
    const card = await act(people.author, 'award', {
      opportunityId: record.id,
      version: current.version,
    });
    if (record === first) expect(textOf(card)).toContain('Awarded by Alex Author after the draw.');
    else expect(textOf(card)).toContain('The award is held by the contract-splitting rule.');
  }
  await h.settled();
  const held = (await h.storage.opportunities.get(second.id))!;
  expect(held).toMatchObject({ state: 'awardHeld', awardedAt: null });
  // The hold records what triggered it: the earlier award and its total.
  expect(held.award!.splitting).toEqual({ opportunityIds: [first.id], priorCents: 999_350 });

  const release = lastCardTo(people.procurement.id);
  expect(textOf(release)).toContain(
    `The award of ${second.id} is held by the contract-splitting rule`,
  );
  expect(textOf(release)).toContain('already won 1 contract from fund centre FC-7777');
  expect(verbsOf(release)).toEqual(['releaseAward', 'cancel']);

  // The author cannot release it; a procurement officer must give a reason.
  const byAuthor = await act(people.author, 'releaseAward', {
    opportunityId: second.id,
    version: held.version,
    reason: 'Mine',
  });
  expect(textOf(byAuthor)).toContain('You cannot release the held award on your own opportunity.');
  const noReason = await act(people.procurement, 'releaseAward', {
    opportunityId: second.id,
    version: held.version,
    reason: '',
  });
  expect(textOf(noReason)).toContain('Reason: required.');
  const released = await act(people.procurement, 'releaseAward', {
    opportunityId: second.id,
    version: held.version,
    reason: 'A map, not a date picker: separate needs.',
  });
  expect(textOf(released)).toContain('Award released by Adele Procurement.');
  await h.settled();
  expect(await h.storage.opportunities.get(second.id)).toMatchObject({
    state: 'awarded',
    award: { releaseReason: 'A map, not a date picker: separate needs.' },
  });
  expect(textOf(lastCardTo(people.author.id))).toContain(
    `${second.id} is awarded to Jordan Developer.`,
  );
});

test('the CFOB approval card shows what the fund centre bought in the last twelve months, and the total with this one', async () => {
  clock.now = new Date('2030-01-17T15:00:00.000Z');
  const fields = {
    fundCentre: 'FC-7777',
    closingAt: '2030-03-01T20:00:00.000Z',
    startDate: '2030-03-10',
    deliveryDate: '2030-04-10',
  };
  // A second procurement officer who can be reached: both are asked, each card with the history.
  await h.post(message(people.allRoles, h.connector.url, 'help'));
  const waiting = await anOpportunityIn(h.storage, 'awaitingProcurement', { fields });
  // The notices its walk to this state sends go first, so the last card is the answer.
  await h.settled();
  for (const officer of [people.procurement, people.allRoles])
    expect(textOf(lastCardTo(officer.id))).toContain(
      'Together: $19,987.00; with this one: $29,980.50.',
    );
  await h.post(message(people.procurement, h.connector.url, `status ${waiting.id}`));
  const card = lastCardTo(people.procurement.id);
  expect(verbsOf(card)).toEqual(['approvePosting', 'returnToAuthor', 'reject']);
  const text = textOf(card);
  expect(text).toContain('Fund centre FC-7777, last 12 months (contract splitting)');
  // The two opportunities of the test above, awarded in this fund centre.
  expect(text).toContain('Together: $19,987.00; with this one: $29,980.50.');

  const elsewhere = await anOpportunityIn(h.storage, 'awaitingProcurement', {
    fields: { ...fields, fundCentre: 'FC-0001' },
  });
  // The notices its walk to this state sends go first, so the last card is the answer.
  await h.settled();
  await h.post(message(people.procurement, h.connector.url, `status ${elsewhere.id}`));
  expect(textOf(lastCardTo(people.procurement.id))).toContain(
    'No other opportunity from this fund centre in the last 12 months.',
  );
});

test('the author of a posted opportunity publishes an addendum from its card, in both languages', async () => {
  clock.now = new Date('2029-12-01T15:00:00.000Z');
  const posted = await anOpportunityIn(h.storage, 'posted');
  // The notices its walk to this state sends go first, so the last card is the answer.
  await h.settled();
  await h.post(message(people.author, h.connector.url, `status ${posted.id}`));
  const card = lastCardTo(people.author.id);
  expect(verbsOf(card)).toEqual(['amend', 'extendClosing', 'cancel']);
  expect(textOf(card)).toContain(`https://example.gc.ca/opportunities/en/${posted.id}.html`);
  // The public page opens from a button; the addendum and the later closing each have a section
  // with its own button; cancelling is apart, asking its reason and confirmation in a second step.
  const json = JSON.stringify(card.body);
  expect(json).toContain(
    `{"type":"Action.OpenUrl","title":"Open the public page","url":"https://example.gc.ca/opportunities/en/${posted.id}.html"}`,
  );
  expect(json).not.toContain('"id":"reason"');
  expect(card.actions).toHaveLength(1);
  const cancelStep = card.actions![0]! as { type: string; title: string; card: Card };
  expect(cancelStep).toMatchObject({ type: 'Action.ShowCard', title: 'Cancel the opportunity' });
  expect(JSON.stringify(cancelStep.card.body)).toContain('"id":"reason"');
  expect(verbsOf(cancelStep.card)).toEqual(['cancel']);
  expect(textOf(cancelStep.card)).toMatch(/cannot be undone|final/i);
  const half = await act(people.author, 'amend', {
    opportunityId: posted.id,
    version: posted.version,
    en: 'The repository moved.',
    fr: '',
  });
  expect(textOf(half)).toContain('French text: required.');
  const done = await act(people.author, 'amend', {
    opportunityId: posted.id,
    version: posted.version,
    en: 'The repository moved.',
    fr: 'Le dépôt a déménagé.',
  });
  expect(textOf(done)).toContain('Addendum published by Alex Author.');
  expect(textOf(done)).toContain('Addendum 1');
  expect((await h.storage.opportunities.get(posted.id))!.addenda).toHaveLength(1);
  // The same card moves the closing later, never earlier, with the addendum saying why.
  const extend = (closingDate: string) =>
    act(people.author, 'extendClosing', {
      opportunityId: posted.id,
      version: posted.version + 1,
      closingDate,
      closingTime: '15:00',
      en: 'A late answer.',
      fr: 'Une réponse tardive.',
    });
  expect(textOf(await extend('2030-01-10'))).toContain('must be later than the current closing');
  expect(textOf(await extend('2030-01-17'))).toContain('Closing extended by Alex Author.');
  expect((await h.storage.opportunities.get(posted.id))!.fields.closingAt).toBe(
    '2030-01-17T20:00:00.000Z',
  );
  // Anyone else sees the status card, without the form.
  // The notices its walk to this state sends go first, so the last card is the answer.
  await h.settled();
  await h.post(message(people.cardholder, h.connector.url, `status ${posted.id}`));
  expect(verbsOf(lastCardTo(people.cardholder.id))).toEqual([]);
});
