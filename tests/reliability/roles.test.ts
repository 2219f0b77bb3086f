import { randomUUID } from 'node:crypto';
import type { State } from '../../domain/states';
import { people } from '../support/builders';
import { cast, everyone, expectedStatus, type Who } from '../support/roleMatrix';
import { anOpportunityIn, type ReachableState } from '../support/storageHelpers';
import { startWholeApp, type WholeApp } from '../support/wholeApp';

/**
 * Every person against every action over HTTP, in every state of the approval chain, written
 * out by hand from the lifecycle and the separation of duties: who may read, who may do what,
 * and what everyone else is told. Each allowed cell runs on a fresh opportunity.
 */
let app: WholeApp;
beforeAll(async () => {
  app = await startWholeApp();
});
afterAll(() => app.close());

type Act =
  | 'edit'
  | 'submit'
  | 'approveFunds'
  | 'approvePosting'
  | 'returnToAuthor'
  | 'reject'
  | 'changeCardholder'
  | 'cancel'
  | 'amend';
const acts: Act[] = [
  'edit',
  'submit',
  'approveFunds',
  'approvePosting',
  'returnToAuthor',
  'reject',
  'changeCardholder',
  'cancel',
  'amend',
];
const states: ReachableState[] = ['draft', 'awaitingFunds', 'awaitingProcurement', 'posted'];

/** The states each action starts from (docs/lifecycle.md). */
const from: Record<Act, State[]> = {
  edit: ['draft'],
  submit: ['draft'],
  approveFunds: ['awaitingFunds'],
  approvePosting: ['awaitingProcurement'],
  returnToAuthor: ['awaitingFunds', 'awaitingProcurement'],
  reject: ['awaitingFunds', 'awaitingProcurement'],
  changeCardholder: ['awaitingFunds'],
  cancel: ['draft', 'awaitingFunds', 'awaitingProcurement', 'posted'],
  amend: ['posted'],
};

interface Scenario {
  name: string;
  author: Who;
  cardholder: Who;
  /** Who may read it: its author, its cardholder, and the oversight roles. */
  readers: Who[];
  may: Record<ReachableState, Partial<Record<Who, Act[]>>>;
}

const approve = ['approvePosting', 'returnToAuthor', 'reject', 'cancel'] as Act[];
const scenarios: Scenario[] = [
  {
    name: 'three different people',
    author: 'author',
    cardholder: 'cardholder',
    readers: ['author', 'cardholder', 'procurement', 'allRoles', 'manager', 'admin'],
    may: {
      draft: {
        author: ['edit', 'submit', 'cancel'],
        procurement: ['cancel'],
        allRoles: ['cancel'],
      },
      awaitingFunds: {
        author: ['changeCardholder', 'cancel'],
        cardholder: ['approveFunds', 'returnToAuthor', 'reject'],
        procurement: ['cancel'],
        allRoles: ['cancel'],
      },
      awaitingProcurement: { author: ['cancel'], procurement: approve, allRoles: approve },
      posted: { author: ['amend', 'cancel'], procurement: ['cancel'], allRoles: ['cancel'] },
    },
  },
  {
    // A procurement officer who is also a client never approves the posting of their own work.
    name: 'the author is also a cardholder and a procurement officer',
    author: 'allRoles',
    cardholder: 'cardholder',
    readers: ['allRoles', 'cardholder', 'procurement', 'manager', 'admin'],
    may: {
      draft: { allRoles: ['edit', 'submit', 'cancel'], procurement: ['cancel'] },
      awaitingFunds: {
        allRoles: ['changeCardholder', 'cancel'],
        cardholder: ['approveFunds', 'returnToAuthor', 'reject'],
        procurement: ['cancel'],
      },
      awaitingProcurement: { allRoles: ['cancel'], procurement: approve },
      posted: { allRoles: ['amend', 'cancel'], procurement: ['cancel'] },
    },
  },
  {
    // The cardholder who approved the funds cannot also approve the posting, nor cancel.
    name: 'the cardholder is also a procurement officer',
    author: 'author',
    cardholder: 'allRoles',
    readers: ['author', 'allRoles', 'procurement', 'manager', 'admin'],
    may: {
      draft: { author: ['edit', 'submit', 'cancel'], procurement: ['cancel'] },
      awaitingFunds: {
        author: ['changeCardholder', 'cancel'],
        allRoles: ['approveFunds', 'returnToAuthor', 'reject'],
        procurement: ['cancel'],
      },
      awaitingProcurement: { author: ['cancel'], procurement: approve },
      posted: { author: ['amend', 'cancel'], procurement: ['cancel'] },
    },
  },
];

const bodies: Record<Exclude<Act, 'edit'>, object> = {
  submit: { kind: 'submit' },
  approveFunds: { kind: 'approveFunds', comment: 'Funds reserved' },
  approvePosting: { kind: 'approvePosting', comment: 'Guardrails met' },
  returnToAuthor: { kind: 'returnToAuthor', comment: 'Please fix the dates' },
  reject: { kind: 'reject', comment: 'Out of scope' },
  changeCardholder: {
    kind: 'changeCardholder',
    cardholderId: people.otherCardholder.id,
    comment: 'The named card was cancelled',
  },
  cancel: { kind: 'cancel', reason: 'No longer needed' },
  amend: { kind: 'amend', en: 'The deadline moved', fr: 'La date limite a changé' },
};

async function perform(who: Who, act: Act, id: string, version: number) {
  const token = await app.signer.sign(cast[who].id);
  return act === 'edit'
    ? app.call('PATCH', `/api/opportunities/${id}`, token, {
        body: { titleEn: `Edited by ${who}` },
        headers: { 'if-match': `"${version}"` },
      })
    : app.call('POST', `/api/opportunities/${id}/intents`, token, { body: bodies[act] });
}

describe.each(scenarios)('$name', (scenario) => {
  const make = (state: ReachableState) =>
    anOpportunityIn(app.storage, state, {
      author: cast[scenario.author],
      cardholder: cast[scenario.cardholder],
      procurement: people.procurement,
    });

  test.each(states)('in %s: each person may do exactly their part', async (state) => {
    const shared = await make(state);
    const wrong: string[] = [];
    let allowed = 0;
    // People act at the same time, each through the actions in turn: refusals leave the shared
    // record as it is, and every allowed action has a record of its own.
    await Promise.all(
      everyone.map(async (who) => {
        for (const act of acts) {
          const may = scenario.may[state][who]?.includes(act) ?? false;
          const record = may ? await make(state) : shared;
          const answer = await perform(who, act, record.id, record.version);
          const expected = expectedStatus({
            who,
            readers: scenario.readers,
            from: from[act],
            state,
            allowed: may,
          });
          if (answer.status !== expected)
            wrong.push(
              `${who} ${act}: ${answer.status} ${JSON.stringify(answer.body.error)}, expected ${expected}`,
            );
          const stored = await app.storage.opportunities.get(record.id);
          const events = await app.storage.opportunities.events(record.id);
          if (may) {
            allowed++;
            if (stored?.version !== record.version + 1 || events.at(-1)?.actorId !== cast[who].id)
              wrong.push(`${who} ${act}: allowed but not stored as theirs`);
          } else if (stored?.version !== shared.version) {
            wrong.push(`${who} ${act}: refused but the record changed`);
          }
        }
      }),
    );
    expect(wrong.sort()).toEqual([]);
    // Written out by hand above: the count guards against a table that allows nothing.
    expect(allowed).toBe(Object.values(scenario.may[state]).flat().length);
  });

  test('who may read it, and who is told it does not exist', async () => {
    const record = await make('awaitingFunds');
    const statuses: Record<string, number> = {};
    for (const who of everyone) {
      const token = await app.signer.sign(cast[who].id);
      statuses[who] = (await app.call('GET', `/api/opportunities/${record.id}`, token)).status;
    }
    expect(statuses).toEqual(
      Object.fromEntries(
        everyone.map((who) => [
          who,
          who === 'unknown' ? 403 : scenario.readers.includes(who) ? 200 : 404,
        ]),
      ),
    );
  });
});

test('what each person may do outside one opportunity', async () => {
  const calls: Array<[string, string, string, unknown?]> = [
    ['create', 'POST', '/api/opportunities', { titleEn: 'Matrix' }],
    ['mine', 'GET', '/api/opportunities?view=mine'],
    ['inbox', 'GET', '/api/opportunities?view=inbox'],
    ['all', 'GET', '/api/opportunities?view=all'],
    ['dashboard', 'GET', '/api/dashboard'],
    ['me', 'GET', '/api/me'],
    ['cardholders', 'GET', '/api/cardholders'],
  ];
  const seen: Record<string, Record<string, number>> = {};
  for (const who of everyone) {
    const token = await app.signer.sign(cast[who].id);
    seen[who] = {};
    for (const [name, method, path, body] of calls)
      seen[who][name] = (await app.call(method, path, token, { body })).status;
  }
  const reader = {
    create: 403,
    mine: 200,
    inbox: 200,
    all: 403,
    dashboard: 403,
    me: 200,
    cardholders: 200,
  };
  expect(seen).toEqual({
    author: { ...reader, create: 201 },
    cardholder: reader,
    otherCardholder: reader,
    procurement: { ...reader, all: 200 },
    manager: { ...reader, all: 200, dashboard: 200 },
    admin: { ...reader, all: 200, dashboard: 200 },
    allRoles: { ...reader, create: 201, all: 200 },
    outsider: reader,
    unknown: Object.fromEntries(calls.map(([name]) => [name, 403])),
  });
});

test('who may read people and who may manage them', async () => {
  const seen: Record<string, Record<string, number>> = {};
  const wrong: string[] = [];
  for (const who of everyone) {
    const token = await app.signer.sign(cast[who].id);
    // A fresh person for each caller: an allowed change must not move the next caller's target.
    const target = await app.storage.people.contact({ id: randomUUID(), name: `Target of ${who}` });
    const version = (await app.storage.people.record(target.id))!.version;
    const upn = `invited.by.${who.toLowerCase()}@example.gc.ca`;
    const calls: Array<[string, string, string, unknown?, Record<string, string>?]> = [
      ['list', 'GET', '/api/people?search=target'],
      ['detail', 'GET', `/api/people/${target.id}`],
      [
        'roles',
        'POST',
        `/api/people/${target.id}/roles`,
        { grant: ['cardholder'], reason: 'Matrix' },
        { 'if-match': `"${version}"` },
      ],
      ['invite', 'POST', '/api/people/invitations', { upn, roles: ['client'], reason: 'Matrix' }],
      ['deactivate', 'POST', `/api/people/${target.id}/deactivate`, { reason: 'Matrix' }],
    ];
    seen[who] = {};
    for (const [name, method, path, body, headers] of calls)
      seen[who][name] = (await app.call(method, path, token, { body, headers })).status;
    const after = await app.storage.people.record(target.id);
    if (who !== 'admin' && after?.version !== version) wrong.push(`${who}: refused but changed`);
    if (who === 'admin' && after?.person.deactivated !== true) wrong.push('admin: not stored');
  }
  const none = { list: 403, detail: 403, roles: 403, invite: 403, deactivate: 403 };
  expect(wrong).toEqual([]);
  expect(seen).toEqual({
    ...Object.fromEntries(everyone.map((who) => [who, none])),
    manager: { ...none, list: 200, detail: 200 },
    admin: { list: 200, detail: 200, roles: 200, invite: 201, deactivate: 200 },
  });
});

test('who may name a delegate for an absence, and end it', async () => {
  const seen: Record<string, Record<string, number>> = {};
  const wrong: string[] = [];
  for (const who of everyone) {
    const token = await app.signer.sign(cast[who].id);
    const delegate = who === 'otherCardholder' ? cast.cardholder : cast.otherCardholder;
    const before = await app.storage.people.record(cast[who].id);
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const calls: Array<[string, string, string, unknown?]> = [
      ['delegates', 'GET', '/api/me/delegates'],
      [
        'name',
        'POST',
        '/api/me/delegation',
        { delegateId: delegate.id, from: day(-1), to: day(2), reason: 'Matrix' },
      ],
      ['end', 'DELETE', '/api/me/delegation'],
    ];
    seen[who] = {};
    for (const [name, method, path, body] of calls)
      seen[who][name] = (await app.call(method, path, token, { body })).status;
    const after = await app.storage.people.record(cast[who].id);
    if (after?.person.delegation) wrong.push(`${who}: delegation left behind`);
    if (seen[who].name !== 200 && after?.version !== before?.version)
      wrong.push(`${who}: refused but changed`);
  }
  // Only cardholders and procurement officers delegate, to someone holding their role.
  const nothing = { delegates: 200, name: 403, end: 409 };
  const named = { delegates: 200, name: 200, end: 200 };
  expect(wrong).toEqual([]);
  expect(seen).toEqual({
    ...Object.fromEntries(everyone.map((who) => [who, nothing])),
    cardholder: named,
    otherCardholder: named,
    allRoles: named,
    procurement: { delegates: 200, name: 400, end: 409 },
    unknown: { delegates: 403, name: 403, end: 403 },
  });
});
