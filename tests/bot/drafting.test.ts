import type { Card } from '../../bot/cards/elements';
import { completeForm } from '../support/botForms';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { cardOf, invoke, message, startBot, textOf, type BotHarness } from '../support/teams';

/** The value an input shows on a card. */
function inputValue(card: Card, id: string): unknown {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.id === id && typeof n.type === 'string' && n.type.startsWith('Input.')) found = n.value;
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return found;
}

describe('drafting on the card never loses what was typed', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot();
    expect((await h.post(message(people.cardholder, h.connector.url, 'help'))).status).toBe(200);
  });
  afterAll(() => h.close());

  const badLine = 'Passes axe checks | Réussit les tests axe';

  // The short card sends only its own inputs; a card from before it (still in a chat) sends them all.
  test('a bad criterion line from an older card saves every other field and names the line to fix in the tab', async () => {
    const url = h.connector.url;
    const saved = cardOf(
      (
        await h.post(
          invoke(people.author, url, 'saveDraft', {
            nonce: 'bad-line-nonce',
            titleEn: 'Keep my work',
            titleFr: 'Garder mon travail',
            acceptanceCriteria: badLine,
          }),
        )
      ).body,
    );
    const text = textOf(saved);
    const id = /MA-\d{4}-\d{4}/.exec(text)?.[0];
    expect(id).toBeDefined();
    expect(text).toContain('Saved everything that reads correctly. 1 field needs attention');
    expect(text).toContain(
      'Work acceptance criteria, item 1: expected a kind (functional, quality or security)',
    );
    // Required fields are for Submit, not Save.
    expect(text).not.toContain('Short description (English): required.');
    expect(text).toContain(
      'To complete in the tab:\nWork acceptance criteria, item 1: expected a kind',
    );
    expect(inputValue(saved, 'titleFr')).toBe('Garder mon travail');
    const stored = await h.storage.opportunities.get(id!);
    expect(stored?.fields.titleFr).toBe('Garder mon travail');
    expect(stored?.fields.acceptanceCriteria).toEqual([]);

    // Submit with the same line: still not submitted, every problem at once, the line kept.
    const refused = cardOf(
      (
        await h.post(
          invoke(people.author, url, 'submitDraft', {
            opportunityId: id!,
            version: stored!.version,
            ...completeForm({ acceptanceCriteria: badLine }),
          }),
        )
      ).body,
    );
    const refusedText = textOf(refused);
    expect(refusedText).toContain('Work acceptance criteria, item 1: expected a kind');
    expect(refusedText).not.toContain('Work acceptance criteria: at least 1');
    expect(refusedText).toContain('To complete in the tab:');
    const after = await h.storage.opportunities.get(id!);
    expect(after?.state).toBe('draft');
    // What read correctly on that Submit was saved too.
    expect(after?.fields.summaryEn).toBe(completeForm().summaryEn);
  });

  test('Submit names the missing fields all at once; the confirmation names the cardholder', async () => {
    const url = h.connector.url;
    const first = cardOf(
      (
        await h.post(
          invoke(people.author, url, 'submitDraft', {
            nonce: 'all-at-once',
            titleEn: 'Half done',
          }),
        )
      ).body,
    );
    const text = textOf(first);
    expect(text).toContain('Title (French): required.');
    expect(text).toContain('Fund centre: required.');
    const id = /MA-\d{4}-\d{4}/.exec(text)![0];
    const version = (await h.storage.opportunities.get(id))!.version;
    const done = cardOf(
      (
        await h.post(
          invoke(people.author, url, 'submitDraft', {
            opportunityId: id,
            version,
            ...completeForm(),
          }),
        )
      ).body,
    );
    expect(textOf(done)).toContain(
      'Submitted. Megan Cardholder has been asked to approve the funds.',
    );
  });

  test('copy MA-… starts a new draft from one of the person’s own, naming the source; others are refused', async () => {
    const url = h.connector.url;
    const source = await anOpportunityIn(h.storage, 'posted');
    const answer = await h.post(message(people.author, url, `copy ${source.id}`));
    expect(answer.status).toBe(200);
    const card = h.connector.recorded.at(-1)!.activity.attachments![0]!.content as Card;
    const text = textOf(card);
    const id = /New draft (MA-\d{4}-\d{4}), copied from/.exec(text)?.[1];
    expect(id).toBeDefined();
    expect(text).toContain(`copied from ${source.id}`);
    expect(inputValue(card, 'titleEn')).toBe(source.fields.titleEn);
    expect(inputValue(card, 'cardholderId')).toBe('');
    const copy = await h.storage.opportunities.get(id!);
    expect(copy).toMatchObject({ state: 'draft', copiedFrom: source.id, version: 1 });
    expect(copy?.fields.closingAt).toBeNull();
    expect(copy?.fields.acceptanceCriteria).toEqual(source.fields.acceptanceCriteria);

    await h.post(message(people.allRoles, url, `copy ${source.id}`));
    const refused = textOf(h.connector.recorded.at(-1)!.activity.attachments![0]!.content as Card);
    expect(refused).toContain('Only the author of the opportunity');
    await h.post(message(people.author, url, 'copy nothing'));
    const usage = textOf(h.connector.recorded.at(-1)!.activity.attachments![0]!.content as Card);
    expect(usage).toContain('Type "copy MA-2026-0001"');
  });
});
