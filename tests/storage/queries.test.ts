import type { Person } from '../../domain/people';
import type { ListQuery } from '../../storage/opportunityQueries';
import type { Storage } from '../../storage/storage';
import { beforeClosing, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anOpportunityIn, listAll, type ReachableState } from '../support/storageHelpers';

const { author, cardholder, otherCardholder, procurement, allRoles, manager } = people;

/** The cast's opportunities: who wrote each, whose card pays, and where it stands. */
const cast: Record<string, [ReachableState, Person, Person]> = {
  A: ['awaitingProcurement', author, cardholder],
  B: ['awaitingProcurement', allRoles, cardholder],
  C: ['awaitingProcurement', author, allRoles],
  D: ['awaitingFunds', author, cardholder],
  E: ['awaitingFunds', author, otherCardholder],
  F: ['draft', allRoles, otherCardholder],
  G: ['posted', author, cardholder],
  H: ['awaitingFunds', author, allRoles],
  I: ['draft', author, cardholder],
};

let storage: Storage;
const idOf: Record<string, string> = {};

beforeAll(async () => {
  storage = await testStorage({ clock: () => beforeClosing });
  for (const [name, [state, by, card]] of Object.entries(cast)) {
    const record = await anOpportunityIn(storage, state, {
      author: by,
      cardholder: card,
      fields: { titleEn: `Opportunity ${name}` },
    });
    idOf[name] = record.id;
  }
});

/** The names of the opportunities a query lists, walking every page. */
async function listed(query: ListQuery, size?: number): Promise<string[]> {
  const { ids } = await listAll(storage, query, size);
  const names = Object.keys(idOf).filter((name) => ids.includes(idOf[name]!));
  expect(ids).toHaveLength(names.length); // nothing foreign, nothing twice
  return names.sort();
}

describe('listing opportunities', () => {
  it('lists all of them, in number order', async () => {
    const { ids } = await listAll(storage, { kind: 'all' });
    expect(ids).toEqual(Object.values(idOf));
    const page = await storage.opportunities.list({ kind: 'all' });
    expect(page.items.map((r) => r.fields.titleEn)).toEqual(
      Object.keys(cast).map((name) => `Opportunity ${name}`),
    );
    expect(page.continuationToken).toBeUndefined();
  });

  it.each([
    ['draft', ['F', 'I']],
    ['awaitingFunds', ['D', 'E', 'H']],
    ['awaitingProcurement', ['A', 'B', 'C']],
    ['posted', ['G']],
    ['cancelled', []],
  ] as const)('by state: %s', async (state, expected) => {
    expect(await listed({ kind: 'state', state })).toEqual(expected);
    for (const record of (await storage.opportunities.list({ kind: 'state', state })).items) {
      expect(record.state).toBe(state);
    }
  });

  it.each([
    [author.id, ['A', 'C', 'D', 'E', 'G', 'H', 'I']],
    [allRoles.id, ['B', 'F']],
    [cardholder.id, []],
  ])('by author: %s', async (personId, expected) => {
    expect(await listed({ kind: 'author', personId })).toEqual(expected);
  });

  it.each([
    [cardholder.id, ['A', 'B', 'D', 'G', 'I']],
    [otherCardholder.id, ['E', 'F']],
    [allRoles.id, ['C', 'H']],
    [author.id, []],
  ])('by cardholder: %s', async (personId, expected) => {
    expect(await listed({ kind: 'cardholder', personId })).toEqual(expected);
  });
});

describe('what waits for a person', () => {
  it('a cardholder sees what waits for their funds, and nothing else', async () => {
    expect(await listed({ kind: 'awaiting', person: cardholder })).toEqual(['D']);
    expect(await listed({ kind: 'awaiting', person: otherCardholder })).toEqual(['E']);
  });

  it('an author sees their drafts', async () => {
    expect(await listed({ kind: 'awaiting', person: author })).toEqual(['I']);
  });

  it('a procurement officer sees every opportunity awaiting procurement', async () => {
    expect(await listed({ kind: 'awaiting', person: procurement })).toEqual(['A', 'B', 'C']);
  });

  it('but never their own, nor one they are the cardholder of', async () => {
    // all-roles wrote B and pays for C (and H, which waits for their funds); F is their draft.
    expect(await listed({ kind: 'awaiting', person: allRoles })).toEqual(['A', 'F', 'H']);
  });

  it('the same holds page by page, even when a page is filtered down to nothing', async () => {
    expect(await listed({ kind: 'awaiting', person: allRoles }, 1)).toEqual(['A', 'F', 'H']);
    expect(await listed({ kind: 'awaiting', person: procurement }, 2)).toEqual(['A', 'B', 'C']);
  });

  it('a page filtered down to nothing is read on: the first page holds the match if there is one', async () => {
    // allRoles sees A (awaiting procurement, not theirs), F and H; rows B and C are theirs to skip.
    const first = await storage.opportunities.list(
      { kind: 'awaiting', person: allRoles },
      { size: 1 },
    );
    expect(first.items.map((r) => r.id)).toEqual([idOf.A]);
    const second = await storage.opportunities.list(
      { kind: 'awaiting', person: allRoles },
      { size: 1, continuationToken: first.continuationToken },
    );
    // B and C (allRoles wrote B, funds C) are read past, not answered as an empty page.
    expect(second.items.map((r) => r.id)).toEqual([idOf.F]);
  });

  it('nothing waits for a manager', async () => {
    expect(await listed({ kind: 'awaiting', person: manager })).toEqual([]);
  });
});

describe('paging', () => {
  it('walks five opportunities two at a time, each exactly once', async () => {
    const own = await testStorage({ clock: () => beforeClosing });
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await anOpportunityIn(own, 'draft')).id);

    const seen: string[] = [];
    const sizes: number[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await own.opportunities.list({ kind: 'all' }, { size: 2, continuationToken });
      sizes.push(page.items.length);
      seen.push(...page.items.map((r) => r.id));
      continuationToken = page.continuationToken;
    } while (continuationToken && sizes.length < 10);

    expect(seen).toEqual(ids);
    expect(sizes.slice(0, 3)).toEqual([2, 2, 1]);
    expect(sizes.length).toBeLessThanOrEqual(4);
  });

  it('pages a filtered list too', async () => {
    const pages = await listAll(storage, { kind: 'author', personId: author.id }, 2);
    expect(pages.ids).toEqual(['A', 'C', 'D', 'E', 'G', 'H', 'I'].map((name) => idOf[name]));
    expect(pages.pages).toBeGreaterThanOrEqual(4);
  });

  it('treats a page size below 1 as 1', async () => {
    const page = await storage.opportunities.list({ kind: 'all' }, { size: 0 });
    expect(page.items).toHaveLength(1);
    expect(page.continuationToken).toBeDefined();
  });
});
