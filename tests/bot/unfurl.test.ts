import { readFileSync } from 'node:fs';
import { formatDateTime } from '../../domain/locale';
import { publicUrl } from '../../domain/publicUrls';
import { people } from '../support/builders';
import { aDraft, anOpportunityIn } from '../support/storageHelpers';
import {
  actionsOf,
  composeExtension,
  resultsOf,
  searchQuery,
  startBot,
  textOf,
  type BotHarness,
} from '../support/teams';

/** The site address startBot gives the bot. */
const site = 'https://example.gc.ca/opportunities';

let h: BotHarness;
beforeAll(async () => {
  h = await startBot();
});
afterAll(() => h.close());

/** What Teams gets back when `url` is pasted in a chat's compose box. */
async function pasted(url: string, name = 'composeExtension/queryLink' as const) {
  const answer = await h.post(composeExtension(people.manager, h.connector.url, name, { url }));
  expect(answer.status).toBe(200);
  return resultsOf(answer.body);
}

async function search(text: string, options: Parameters<typeof searchQuery>[3] = {}) {
  const answer = await h.post(searchQuery(people.manager, h.connector.url, text, options));
  expect(answer.status).toBe(200);
  return resultsOf(answer.body);
}

test('a posted opportunity’s English and French addresses unfurl in the language of the page', async () => {
  const record = await anOpportunityIn(h.storage, 'posted', {
    fields: { titleEn: 'Unfurled date picker', titleFr: 'Sélecteur déployé' },
  });

  const [en] = await pasted(publicUrl(site, record.id, 'en'));
  const enText = textOf(en!.content);
  expect(enText).toContain('Unfurled date picker');
  expect(enText).not.toContain('Sélecteur déployé');
  expect(enText).toContain(record.id);
  expect(enText).toContain('Open');
  // 8,690.00 before taxes in New Brunswick (HST 15%).
  expect(enText).toContain('$9,993.50 including taxes');
  expect(enText).toContain(formatDateTime('2030-01-15T20:00:00.000Z', 'en'));
  expect(actionsOf(en!.content)).toEqual([
    { type: 'Action.OpenUrl', title: 'Open the public page', url: `${site}/en/${record.id}.html` },
  ]);
  expect(en!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  // Teams renders a link's preview from Adaptive Cards 1.3 and earlier.
  expect(en!.content.version).toBe('1.3');
  expect(en!.preview).toEqual({
    contentType: 'application/vnd.microsoft.card.thumbnail',
    content: {
      title: 'Unfurled date picker',
      subtitle: `${record.id} · Open`,
      text: '$9,993.50 including taxes',
    },
  });

  const [fr] = await pasted(`${publicUrl(site, record.id, 'fr')}?utm=chat#apply`);
  const frText = textOf(fr!.content);
  expect(frText).toContain('Sélecteur déployé');
  expect(frText).not.toContain('Unfurled date picker');
  expect(frText).toContain('Ouverte');
  expect(frText).toMatch(/9\s993,50\s\$ taxes comprises/);
  expect(frText).toContain(formatDateTime('2030-01-15T20:00:00.000Z', 'fr'));
  expect(actionsOf(fr!.content)).toEqual([
    {
      type: 'Action.OpenUrl',
      title: 'Ouvrir la page publique',
      url: `${site}/fr/${record.id}.html`,
    },
  ]);

  // Only what the public page shows: nothing of the approvals, the money's source or the people.
  const shown = JSON.stringify([en, fr]);
  for (const hidden of ['FC-1234', people.cardholder.name, people.author.name, 'Funds reserved'])
    expect(shown).not.toContain(hidden);

  // A link pasted before the app is added (zero install) previews the same public card.
  const [anonymous] = await pasted(
    publicUrl(site, record.id, 'en'),
    'composeExtension/anonymousQueryLink' as 'composeExtension/queryLink',
  );
  expect(anonymous).toEqual(en);
});

test('a draft’s address, an unknown number and another site’s address unfurl to nothing', async () => {
  const draft = await aDraft(h.storage, { fields: { titleEn: 'Secret draft title' } });
  const submitted = await anOpportunityIn(h.storage, 'awaitingProcurement');
  const posted = await anOpportunityIn(h.storage, 'posted');

  expect(await pasted(publicUrl(site, draft.id, 'en'))).toEqual([]);
  expect(await pasted(publicUrl(site, submitted.id, 'fr'))).toEqual([]);
  expect(await pasted(publicUrl(site, 'MA-2099-9999', 'en'))).toEqual([]);
  // The same path on another host, outside the site's folder, or not a page of one opportunity.
  expect(await pasted(publicUrl('https://example.com/opportunities', posted.id, 'en'))).toEqual([]);
  expect(await pasted(publicUrl('https://example.gc.ca/elsewhere', posted.id, 'en'))).toEqual([]);
  expect(await pasted(`${site}/en/index.html`)).toEqual([]);
  expect(await pasted(`${site}/de/${posted.id}.html`)).toEqual([]);
  expect(await pasted('not a link')).toEqual([]);
  // The control: the posted one's own address does unfurl.
  expect(await pasted(publicUrl(site, posted.id, 'en'))).toHaveLength(1);
});

test('search finds open opportunities by number and by title words, in the reader’s language', async () => {
  const posted = await anOpportunityIn(h.storage, 'posted', {
    fields: { titleEn: 'Zebra crossing widget', titleFr: 'Widget de passage piéton zébré' },
  });
  const draft = await aDraft(h.storage, {
    fields: { titleEn: 'Zebra draft widget', titleFr: 'Widget zébré en ébauche' },
  });
  const awaiting = await anOpportunityIn(h.storage, 'awaitingFunds', {
    fields: { titleEn: 'Zebra awaiting widget', titleFr: 'Widget zébré en attente' },
  });

  const ids = (results: Awaited<ReturnType<typeof search>>) =>
    results.map((r) => textOf(r.content).match(/MA-\d{4}-\d+/)![0]);

  // By number, as a person types it.
  const [, year, count] = /^MA-(\d{4})-0*(\d+)$/.exec(posted.id)!;
  expect(ids(await search(posted.id))).toEqual([posted.id]);
  expect(ids(await search(`ma-${year}-${count}`))).toEqual([posted.id]);
  // By words of either title, any case, with or without accents, the last one as typed so far.
  expect(ids(await search('zebra WIDGET'))).toEqual([posted.id]);
  expect(ids(await search('pieton zeb'))).toEqual([posted.id]);
  expect(await search('zebra giraffe')).toEqual([]);

  // Drafts and opportunities still being approved are not found, by number or by words.
  expect(await search(draft.id)).toEqual([]);
  expect(await search(awaiting.id)).toEqual([]);
  expect(await search('draft')).toEqual([]);
  expect(await search('awaiting')).toEqual([]);

  // The card shared into the chat speaks the reader's language.
  const [french] = await search('zebra', { locale: 'fr-CA' });
  expect(textOf(french!.content)).toContain('Widget de passage piéton zébré');
  expect(textOf(french!.content)).toContain('Ouverte');
  expect(actionsOf(french!.content)[0]).toMatchObject({
    url: `${site}/fr/${posted.id}.html`,
  });
  const [english] = await search('zebra');
  expect(english!.preview.content.title).toBe('Zebra crossing widget');
});

test('an empty search lists open opportunities, newest first, a page at a time', async () => {
  const first = await anOpportunityIn(h.storage, 'posted', { fields: { titleEn: 'Paged one' } });
  const second = await anOpportunityIn(h.storage, 'posted', { fields: { titleEn: 'Paged two' } });
  const all = await search('paged');
  expect(all.map((r) => r.preview.content.title)).toEqual(['Paged two', 'Paged one']);
  expect(
    (await search('paged', { skip: 1, count: 1 })).map((r) => r.preview.content.title),
  ).toEqual(['Paged one']);
  const everything = await search('');
  expect(everything.length).toBeGreaterThanOrEqual(2);
  expect(everything.every((r) => textOf(r.content).includes('Open'))).toBe(true);
  expect(everything.map((r) => textOf(r.content))).toEqual(
    expect.arrayContaining([expect.stringContaining(first.id), expect.stringContaining(second.id)]),
  );
});

test('another command or a malformed invoke is a 400, never a 5xx', async () => {
  const other = await h.post(
    searchQuery(people.manager, h.connector.url, 'zebra', { commandId: 'somethingElse' }),
  );
  expect(other.status).toBe(400);
  const other2 = await h.post(
    composeExtension(people.manager, h.connector.url, 'composeExtension/query', {}),
  );
  expect(other2.status).toBe(400);
  // The right command with parameters Teams would never send: nothing found, not a failure.
  for (const parameters of ['zebra', null, [null, 7], [{ name: 'query', value: 42 }]]) {
    const odd = await h.post(
      composeExtension(people.manager, h.connector.url, 'composeExtension/query', {
        commandId: 'searchOpportunities',
        parameters,
        queryOptions: 'all',
      }),
    );
    expect(odd.status).toBe(200);
    expect(Array.isArray(resultsOf(odd.body))).toBe(true);
  }
  const oddLink = await h.post(
    composeExtension(people.manager, h.connector.url, 'composeExtension/queryLink', {
      url: { href: 'https://example.gc.ca/opportunities/en/MA-2026-0001.html' },
    }),
  );
  expect(oddLink.status).toBe(200);
  expect(resultsOf(oddLink.body)).toEqual([]);
});

test('the manifest registers the link handler for the public site and the search command', () => {
  const manifest = JSON.parse(readFileSync('appPackage/manifest.json', 'utf8'));
  const [extension] = manifest.composeExtensions;
  expect(extension.botId).toBe('${{BOT_ID}}');
  // Zero-install previews: Teams sends `anonymousQueryLink` to people who have not added the app;
  // the card is public, so they get the same one.
  expect(extension.messageHandlers).toEqual([
    {
      type: 'link',
      value: { domains: ['${{PUBLIC_SITE_DOMAIN}}'], supportsAnonymizedPayloads: true },
    },
  ]);
  expect(extension.commands).toEqual([
    expect.objectContaining({
      id: 'searchOpportunities',
      type: 'query',
      parameters: [expect.objectContaining({ name: 'query' })],
    }),
  ]);
});
