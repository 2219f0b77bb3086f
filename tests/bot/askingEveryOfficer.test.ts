import { aPerson, people } from '../support/builders';
import { anOpportunityIn, applied } from '../support/storageHelpers';
import { message, startBot, type BotHarness } from '../support/teams';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { BotDependencies, Messenger } from '../../bot/context';
import { sendAboutEach } from '../../bot/notify';
import { developmentTab } from '../../bot/tabLink';
import { approversAmong } from '../../bot/views';
import { Background } from '../../runtime/background';
import { createLogger } from '../../runtime/logger';

let h: BotHarness;
const officers = [1, 2, 3].map((n) =>
  aPerson({ id: `officer-${n}`, name: `Officer ${n}`, roles: ['procurement'] }),
);

beforeEach(async () => {
  h = await startBot();
  for (const person of [people.cardholder, ...officers]) {
    await h.storage.people.put(person);
    await h.post(message(person, h.connector.url, 'help'));
  }
  await h.settled();
});
afterEach(() => h.close());

/** The people whose card about the opportunity is stored (so a later change updates it). */
async function holders(id: string): Promise<string[]> {
  return (await h.storage.conversations.messagesAbout(id)).map((m) => m.personId).sort();
}

test('an approval of funds asks every procurement officer, and every card sent is remembered', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  await h.settled();
  const approved = await applied(
    h.storage,
    record.id,
    { kind: 'approveFunds', comment: '' },
    people.cardholder,
  );
  await h.settled();
  const asked = approversAmong(await h.storage.people.directory(), approved, new Date()).map(
    (p) => p.id,
  );
  expect(asked).toEqual(expect.arrayContaining(officers.map((o) => o.id)));
  expect(await holders(record.id)).toEqual(expect.arrayContaining(officers.map((o) => o.id)));
});

test('a send that fails part-way still leaves the cards already sent remembered', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingProcurement');
  await h.settled();
  const sent: string[] = [];
  // Teams answers the first two sends; the third fails as a lost connection does.
  const messenger: Messenger = {
    send: (reference) => {
      const id = (reference as { conversation: { id: string } }).conversation.id;
      if (sent.length === 2) return Promise.reject(new Error('socket hang up'));
      sent.push(id);
      return Promise.resolve(`failing-teams-${sent.length}`);
    },
    update: () => Promise.resolve(),
  };
  const logger = createLogger('silent');
  const deps: BotDependencies = {
    answering: new AsyncLocalStorage(),
    storage: h.storage,
    messenger,
    background: new Background(logger),
    logger,
    publicSiteUrl: 'https://example.gc.ca/opportunities',
    clock: () => new Date(),
    tab: developmentTab,
  };
  await expect(sendAboutEach(deps, record, officers, () => 'Please approve.')).rejects.toThrow(
    'socket hang up',
  );
  expect(sent).toEqual([`a:personal-officer-1`, `a:personal-officer-2`]);
  const stored = await h.storage.conversations.messagesAbout(record.id);
  const ours = stored.filter((m) => m.activityId.startsWith('failing-teams-'));
  expect(ours.map((m) => [m.personId, m.activityId]).sort()).toEqual([
    ['officer-1', 'failing-teams-1'],
    ['officer-2', 'failing-teams-2'],
  ]);
});
