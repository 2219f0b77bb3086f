import type { TableClient } from '@azure/data-tables';
import {
  ConversationStore,
  chatFreshMs,
  type CardMessage,
  type PersonalChat,
} from '../../storage/conversationStore';
import { encodeKey } from '../../storage/keys';
import { testStorage } from '../support/storage';

const chat = (personId: string, serviceUrl: string): PersonalChat => ({
  personId,
  teamsUserId: `29:${personId}`,
  reference: { serviceUrl, conversation: { id: `a:personal-${personId}` } },
});
const urlOf = (found: PersonalChat | null) =>
  (found?.reference as { serviceUrl?: string } | undefined)?.serviceUrl ?? null;

/** Two servers' stores on the same tables, each with its own copies, on one clock. */
async function twoServers(kept?: number) {
  const storage = await testStorage();
  const { conversations, cardmessages } = storage.tables.clients;
  let now = Date.parse('2030-01-15T15:00:00Z');
  const clock = () => new Date(now);
  return {
    chats: conversations,
    here: new ConversationStore(conversations, cardmessages, clock, kept),
    there: new ConversationStore(conversations, cardmessages, clock, kept),
    wait: (ms: number) => {
      now += ms;
    },
  };
}

test('a server uses the reference it saved at once, another one within a minute', async () => {
  const { here, there, wait } = await twoServers();
  await here.save(chat('p1', 'https://smba.trafficmanager.net/old/'));
  expect(urlOf(await there.get('p1'))).toBe('https://smba.trafficmanager.net/old/');

  // The person reinstalls the app and writes to the first server.
  await here.save(chat('p1', 'https://smba.trafficmanager.net/new/'));
  expect(urlOf(await here.get('p1'))).toBe('https://smba.trafficmanager.net/new/');
  wait(chatFreshMs - 1);
  expect(urlOf(await there.get('p1'))).toBe('https://smba.trafficmanager.net/old/');
  wait(1);
  expect(urlOf(await there.get('p1'))).toBe('https://smba.trafficmanager.net/new/');
});

test('the copy spares the read: a row gone from the table is seen gone only when it is stale', async () => {
  const { chats, here, there, wait } = await twoServers();
  await here.save(chat('p1', 'https://smba.trafficmanager.net/a/'));
  await there.get('p1');
  await chats.deleteEntity('chat', encodeKey('p1'));
  expect(urlOf(await there.get('p1'))).toBe('https://smba.trafficmanager.net/a/');
  wait(chatFreshMs);
  expect(await there.get('p1')).toBeNull();
});

test('a person without a chat is read every time: their first message through any server counts', async () => {
  const { here, there } = await twoServers();
  expect(await there.get('p2')).toBeNull();
  await here.save(chat('p2', 'https://smba.trafficmanager.net/b/'));
  expect(urlOf(await there.get('p2'))).toBe('https://smba.trafficmanager.net/b/');
});

test('each caller gets its own reference: changing one changes no other', async () => {
  const { here } = await twoServers();
  await here.save(chat('p3', 'https://smba.trafficmanager.net/c/'));
  const first = await here.get('p3');
  (first!.reference as { serviceUrl: string }).serviceUrl = 'https://attacker.example/';
  expect(urlOf(await here.get('p3'))).toBe('https://smba.trafficmanager.net/c/');
});

test('a server keeps copies of the most recent rows only', async () => {
  const { chats, here, there } = await twoServers(2);
  for (const id of ['p4', 'p5', 'p6']) {
    await here.save(chat(id, `https://smba.trafficmanager.net/${id}/`));
    await there.get(id);
  }
  for (const id of ['p4', 'p5', 'p6']) await chats.deleteEntity('chat', encodeKey(id));
  // p4's copy was dropped for p6's: it is read again, and is gone.
  expect(await there.get('p4')).toBeNull();
  expect(urlOf(await there.get('p6'))).toBe('https://smba.trafficmanager.net/p6/');
});

test('a read that a save overtakes is not kept: the saved reference stays in use', async () => {
  const storage = await testStorage();
  const { conversations, cardmessages } = storage.tables.clients;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let reads = 0;
  // The first read answers only after the save has been written.
  const slowReads = new Proxy(conversations, {
    get(target, name, receiver) {
      if (name !== 'getEntity') return Reflect.get(target, name, receiver) as unknown;
      return async (...args: Parameters<TableClient['getEntity']>) => {
        const answer = await target.getEntity(...args);
        if (reads++ === 0) await held;
        return answer;
      };
    },
  });
  const store = new ConversationStore(slowReads, cardmessages);
  await store.save(chat('p7', 'https://smba.trafficmanager.net/before/'));
  // Another server's store of the same row, so that this one holds no copy yet.
  const fresh = new ConversationStore(slowReads, cardmessages);
  const reading = fresh.get('p7');
  await fresh.save(chat('p7', 'https://smba.trafficmanager.net/after/'));
  release();
  expect(urlOf(await reading)).toBe('https://smba.trafficmanager.net/before/');
  expect(urlOf(await fresh.get('p7'))).toBe('https://smba.trafficmanager.net/after/');
});

describe('the messages sent about opportunities, stored together', () => {
  const message = (opportunityId: string, n: number): CardMessage => ({
    opportunityId,
    personId: `p${n}`,
    activityId: `sent-${n}`,
    reference: { conversation: { id: `a:personal-p${n}` } },
    teamsUserId: `29:p${n}`,
  });

  test('every message is found again with its opportunity, past a hundred in one partition', async () => {
    const { here } = await twoServers();
    const many = Array.from({ length: 205 }, (_, n) => message('MA-2030-0001', n));
    await here.addMessages([...many, message('MA-2030-0002', 1)]);
    const found = await here.messagesAbout('MA-2030-0001');
    expect(found.map((m) => m.activityId).sort()).toEqual(many.map((m) => m.activityId).sort());
    expect(found.find((m) => m.personId === 'p7')).toEqual(many[7]);
    expect(await here.messagesAbout('MA-2030-0002')).toEqual([message('MA-2030-0002', 1)]);
  });

  test('a hundred to a transaction, one opportunity per transaction, a lone message as one write', async () => {
    const storage = await testStorage();
    const { conversations, cardmessages } = storage.tables.clients;
    const calls: string[] = [];
    const counted = new Proxy(cardmessages, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const size = Array.isArray(args[0]) ? ` ${args[0].length}` : '';
          calls.push(`${String(name)}${size}`);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const store = new ConversationStore(conversations, counted);
    const many = Array.from({ length: 205 }, (_, n) => message('MA-2030-0004', n));
    await store.addMessages([...many, message('MA-2030-0005', 1)]);
    expect(calls.sort()).toEqual([
      'submitTransaction 100',
      'submitTransaction 100',
      'submitTransaction 5',
      'upsertEntity',
    ]);
  });

  test('one message, and none, are written as well', async () => {
    const { here } = await twoServers();
    await here.addMessages([]);
    await here.addMessages([message('MA-2030-0003', 4)]);
    expect(await here.messagesAbout('MA-2030-0003')).toEqual([message('MA-2030-0003', 4)]);
  });
});
