import { people } from '../support/builders';
import { completeForm } from '../support/botForms';
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

describe('the approval chain through the real CloudAdapter over HTTP', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot();
    // The cardholder and the procurement officer have opened the app: their chats are known.
    for (const person of [people.cardholder, people.procurement]) {
      expect((await h.post(message(person, h.connector.url, 'help'))).status).toBe(200);
    }
  });
  afterAll(() => h.close());

  const sentTo = (personId: string) =>
    h.connector.recorded.filter((r) => r.conversationId === `a:personal-${personId}`);

  test('new → save → submit → cardholder approves → CFOB approves → posted, with every card and notice', async () => {
    const url = h.connector.url;
    // "new" answers with the short draft card: Submit comes once the draft is complete.
    expect((await h.post(message(people.author, url, 'new'))).status).toBe(200);
    const form = sentTo(people.author.id).at(-1)!.activity.attachments![0]!.content;
    expect(verbsOf(form)).toEqual(['saveDraft']);
    const nonce = String((actionsOf(form)[0]!.data as { nonce: string }).nonce);

    // Save: the draft is created and the card shows its number.
    const saved = await h.post(
      invoke(
        people.author,
        url,
        'saveDraft',
        { nonce, ...completeForm() },
        { replyToId: 'author-card' },
      ),
    );
    expect(saved.status).toBe(200);
    const savedCard = cardOf(saved.body);
    expect(textOf(savedCard)).toMatch(/Draft MA-\d{4}-0001 \(version 1\)/);
    expect(textOf(savedCard)).toContain('Draft saved.');
    const id = /MA-\d{4}-0001/.exec(textOf(savedCard))![0];

    // Submit: the author is told who was asked; the cardholder gets the approval card.
    const submitted = cardOf(
      (
        await h.post(
          invoke(
            people.author,
            url,
            'submitDraft',
            { opportunityId: id, version: 1, ...completeForm() },
            { replyToId: 'author-card' },
          ),
        )
      ).body,
    );
    expect(textOf(submitted)).toContain(
      'Submitted. Megan Cardholder has been asked to approve the funds.',
    );
    // While the funds wait, the author's card offers only naming another cardholder.
    expect(verbsOf(submitted)).toEqual(['changeCardholder']);
    await h.settled();
    const request = sentTo(people.cardholder.id).at(-1)!.activity.attachments![0]!.content;
    expect(verbsOf(request)).toEqual(['approveFunds', 'returnToAuthor', 'reject']);
    expect(request.refresh?.userIds).toEqual([`29:${people.cardholder.id}`]);
    expect(textOf(request)).toContain('Alex Author asks you to approve the funds');
    expect(textOf(request)).toContain('$8,690.00 before tax + $1,303.50 tax = $9,993.50 (NB)');

    // The cardholder approves: their card says so, the author's card updates, CFOB is asked.
    const approved = cardOf(
      (
        await h.post(
          invoke(people.cardholder, url, 'approveFunds', {
            opportunityId: id,
            version: 2,
            comment: 'Funds reserved.',
          }),
        )
      ).body,
    );
    expect(textOf(approved)).toContain('Funds approved by Megan Cardholder.');
    expect(verbsOf(approved)).toEqual([]);
    await h.settled();
    const authorUpdate = h.connector.recorded.find(
      (r) => r.method === 'PUT' && r.activityId === 'author-card',
    );
    expect(textOf(authorUpdate!.activity.attachments![0]!.content)).toContain(
      'Funds approved by Megan Cardholder. Funds reserved.',
    );
    const cfob = sentTo(people.procurement.id).at(-1)!.activity.attachments![0]!.content;
    expect(verbsOf(cfob)).toEqual(['approvePosting', 'returnToAuthor', 'reject']);
    expect(cfob.refresh?.userIds).toEqual([`29:${people.procurement.id}`]);

    // CFOB approves: posted; the author gets the public link.
    const posted = cardOf(
      (
        await h.post(
          invoke(people.procurement, url, 'approvePosting', { opportunityId: id, version: 3 }),
        )
      ).body,
    );
    expect(textOf(posted)).toContain('Posting approved by Adele Procurement.');
    await h.settled();
    const notice = sentTo(people.author.id).at(-1)!.activity.attachments![0]!.content;
    expect(textOf(notice)).toContain(
      `Your opportunity ${id} is posted: https://example.gc.ca/opportunities/en/${id}.html`,
    );

    const record = await h.storage.opportunities.get(id);
    expect(record).toMatchObject({ state: 'posted', version: 4 });
    const events = await h.storage.opportunities.events(id);
    expect(events.map((e) => [e.details.kind, e.actorId])).toEqual([
      ['create', people.author.id],
      ['submit', people.author.id],
      ['approveFunds', people.cardholder.id],
      ['approvePosting', people.procurement.id],
    ]);
    // Every copy of a card about it now shows "Posted"; only the author's offers the addendum.
    const lastUpdates = h.connector.recorded.filter((r) => r.method === 'PUT').slice(-3);
    for (const update of lastUpdates) {
      const card = update.activity.attachments![0]!.content;
      expect(textOf(card)).toContain('Posted');
      const authors = update.conversationId === `a:personal-${people.author.id}`;
      expect(verbsOf(card)).toEqual(authors ? ['amend', 'extendClosing', 'cancel'] : []);
    }
  });
});
