import { readFileSync } from 'node:fs';
import type { Card } from '../../bot/cards/elements';
import { completenessProblems } from '../../domain/completeness';
import { inputForField } from '../../domain/draftForm';
import { t } from '../../domain/messages';
import { actorFromPerson } from '../../domain/people';
import { postingPeriod } from '../../domain/postingPeriod';
import { completeFields, people } from '../support/builders';
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

const teamsAppId = '3f2a9c4e-8b1d-4e6f-9a2b-5c7d8e9f0a1b';
const manifest = JSON.parse(readFileSync('appPackage/manifest.json', 'utf8')) as {
  staticTabs: Array<{ entityId: string }>;
};

/** The ids of a card's inputs, in order. */
function inputIds(card: Card): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.')) ids.push(String(n.id));
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  return ids;
}

/** The "Finish in the tab" link, read as Teams reads a deep link to a personal tab. */
function finishLink(card: Card): { appId: string; entityId: string; subEntityId: string } {
  const links = actionsOf(card).filter((a) => a.type === 'Action.OpenUrl');
  expect(links.map((a) => a.title)).toEqual(['Finish in the tab']);
  const url = new URL(String(links[0]!.url));
  expect(url.origin).toBe('https://teams.microsoft.com');
  const [, l, entity, appId, entityId] = url.pathname.split('/');
  expect([l, entity]).toEqual(['l', 'entity']);
  const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId?: string };
  return { appId: appId!, entityId: entityId!, subEntityId: String(context.subEntityId) };
}

const cardInputs = ['titleEn', 'titleFr', 'summaryEn', 'summaryFr', 'cardholderId'];

describe('the short draft card: title, summary and cardholder, then the tab', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot({ tab: { teamsAppId, pageUrl: 'https://app.example/tab/index.html' } });
    // The cardholder has a personal chat, so Submit can ask them.
    expect((await h.post(message(people.cardholder, h.connector.url, 'help'))).status).toBe(200);
  });
  afterAll(() => h.close());

  /** The card the bot last sent in a chat. */
  const lastSent = () => h.connector.recorded.at(-1)!.activity.attachments![0]!.content as Card;

  test('"new" shows five inputs with their hints as text, Save, and no Submit yet', async () => {
    expect((await h.post(message(people.author, h.connector.url, 'new'))).status).toBe(200);
    const card = lastSent();
    expect(inputIds(card)).toEqual(cardInputs);
    const text = textOf(card);
    for (const key of ['bot.hint.title', 'bot.hint.summary', 'bot.hint.cardholder'] as const)
      expect(text).toContain(t('en', key));
    expect(text).toContain(t('en', 'bot.draft.afterSave'));
    expect(verbsOf(card)).toEqual(['saveDraft']);
    // Nothing is a placeholder-only hint: the one placeholder is the choice's "Choose…".
    expect(JSON.stringify(card).match(/"placeholder":"[^"]*"/g)).toEqual([
      `"placeholder":"${t('en', 'bot.choose')}"`,
    ]);

    await h.post(message(people.author, h.connector.url, 'nouveau', 'fr-CA'));
    const french = textOf(lastSent());
    expect(french).toContain(t('fr', 'bot.hint.cardholder'));
    expect(french).toContain(t('fr', 'bot.draft.intro'));
  });

  test('Save from the card stores its fields, counts what is left and links to the draft in the tab', async () => {
    const url = h.connector.url;
    const typed = {
      titleEn: 'Accessible date picker',
      titleFr: 'Sélecteur de date accessible',
      summaryEn: 'Build an accessible date picker for our forms.',
      summaryFr: 'Créer un sélecteur de date accessible pour nos formulaires.',
      cardholderId: people.cardholder.id,
    };
    const press = () =>
      h.post(invoke(people.author, url, 'saveDraft', { nonce: 'short-card-save', ...typed }));
    const saved = cardOf((await press()).body);
    const text = textOf(saved);
    const id = /Draft (MA-\d{4}-\d{4})/.exec(text)![1]!;
    const stored = (await h.storage.opportunities.get(id))!;
    expect(stored.fields).toMatchObject(typed);
    expect(text).toContain('Draft saved.');

    // What the tab still has to complete, counted once per field.
    const left = new Set(
      completenessProblems(stored.fields, {
        authorId: stored.authorId,
        now: new Date(),
        cardholder: people.cardholder,
        postingPeriod: postingPeriod(new Date(), h.storage.opportunities.minPostingBusinessDays),
      }).map((p) => inputForField(p.field)),
    );
    expect(left.size).toBeGreaterThan(5);
    expect(text).toContain(t('en', 'bot.draft.toComplete', { count: left.size }));
    expect(verbsOf(saved)).toEqual(['saveDraft']);

    // The deep link opens this draft in the tab's draft view.
    const link = finishLink(saved);
    expect(link).toEqual({
      appId: teamsAppId,
      entityId: manifest.staticTabs[0]!.entityId,
      subEntityId: `draft/${id}`,
    });

    // The same press again (Teams retries): the same draft, nothing written twice.
    const again = cardOf((await press()).body);
    expect(textOf(again)).toContain(`Draft ${id} (version ${stored.version})`);
    expect((await h.storage.opportunities.get(id))!.version).toBe(stored.version);

    // Saving the card's fields leaves what the tab holds as it is.
    await h.storage.opportunities.apply(
      id,
      { kind: 'editDraft', changes: { fundCentre: 'FC-9' } },
      actorFromPerson(people.author),
    );
    const edited = (await h.storage.opportunities.get(id))!;
    const renamed = cardOf(
      (
        await h.post(
          invoke(people.author, url, 'saveDraft', {
            opportunityId: id,
            version: edited.version,
            ...typed,
            titleEn: 'Accessible date picker, v2',
          }),
        )
      ).body,
    );
    expect(textOf(renamed)).toContain(`Draft ${id} (version ${edited.version + 1})`);
    expect((await h.storage.opportunities.get(id))!.fields).toMatchObject({
      titleEn: 'Accessible date picker, v2',
      fundCentre: 'FC-9',
    });

    // A card older than the last change is a conflict: nothing is written.
    const stale = textOf(
      cardOf(
        (
          await h.post(
            invoke(people.author, url, 'saveDraft', {
              opportunityId: id,
              version: stored.version,
              ...typed,
              titleEn: 'From an old card',
            }),
          )
        ).body,
      ),
    );
    expect(stale).toContain('changed');
    expect((await h.storage.opportunities.get(id))!.fields.titleEn).toBe(
      'Accessible date picker, v2',
    );
  });

  test('once the tab has completed the draft, the card says so and submits it', async () => {
    const url = h.connector.url;
    const first = cardOf(
      (
        await h.post(
          invoke(people.author, url, 'saveDraft', {
            nonce: 'short-card-submit',
            titleEn: 'Finished in the tab',
            titleFr: 'Terminé dans l’onglet',
            summaryEn: 'The rest was typed in the tab.',
            summaryFr: 'Le reste a été tapé dans l’onglet.',
            cardholderId: people.cardholder.id,
          }),
        )
      ).body,
    );
    const id = /Draft (MA-\d{4}-\d{4})/.exec(textOf(first))![1]!;
    // The tab saves everything else.
    const { titleEn, titleFr, summaryEn, summaryFr, cardholderId, ...rest } = completeFields();
    void [titleEn, titleFr, summaryEn, summaryFr, cardholderId];
    const done = await h.storage.opportunities.apply(
      id,
      { kind: 'editDraft', changes: rest },
      actorFromPerson(people.author),
    );
    expect(done.kind).toBe('applied');
    const version = (await h.storage.opportunities.get(id))!.version;

    // Save on the card from before (older than the draft now): nothing on it changed, so it
    // shows the draft as it is, complete, with Submit.
    const typed = Object.fromEntries(
      cardInputs.map((input) => [input, String(inputValue(first, input) ?? '')]),
    );
    const firstVersion = actionsOf(first).find((a) => a.verb === 'saveDraft')!.data as {
      version: number;
    };
    expect(firstVersion.version).toBeLessThan(version);
    const complete = cardOf(
      (
        await h.post(
          invoke(people.author, url, 'saveDraft', {
            opportunityId: id,
            ...firstVersion,
            ...typed,
          }),
        )
      ).body,
    );
    expect((await h.storage.opportunities.get(id))!.version).toBe(version);
    expect(textOf(complete)).toContain(t('en', 'bot.draft.complete'));
    expect(verbsOf(complete)).toEqual(['saveDraft', 'submitDraft']);
    expect(finishLink(complete).subEntityId).toBe(`draft/${id}`);

    const form = Object.fromEntries(
      cardInputs.map((input) => [input, String(inputValue(complete, input) ?? '')]),
    );
    const submitted = cardOf(
      (
        await h.post(
          invoke(people.author, url, 'submitDraft', { opportunityId: id, version, ...form }),
        )
      ).body,
    );
    expect(textOf(submitted)).toContain(
      'Submitted. Megan Cardholder has been asked to approve the funds.',
    );
    expect((await h.storage.opportunities.get(id))!.state).toBe('awaitingFunds');
  });
});

/** The value an input shows on a card, as Teams would send it back. */
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
