import { people } from '../support/builders';
import { activityFrom, startBot, type BotHarness } from '../support/teams';

/**
 * Invokes Teams may send that are not our card's Action.Execute, and card data that is not our
 * card's. The bad-input run found these; they fail today (docs/reliability.md, "Known failures")
 * and badInput/ leaves these shapes out until they pass.
 */
let h: BotHarness;
beforeAll(async () => {
  h = await startBot();
});
afterAll(() => h.close());

const execute = { action: { type: 'Action.Execute', verb: 'refresh', data: {} } };

test.each([
  ['an invoke the bot does not handle (task/fetch)', { name: 'task/fetch', value: {} }],
  ['an invoke with an empty name', { name: '', value: execute }],
  ['an Action.Execute invoke without an action', { name: 'adaptiveCard/action', value: {} }],
  ['an Action.Execute invoke whose value is a list', { name: 'adaptiveCard/action', value: [[]] }],
])('%s gets a 4xx, never a 5xx', async (_name, invoke) => {
  const response = await h.post(
    activityFrom(people.author, h.connector.url, { type: 'invoke', ...invoke }),
  );
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
});

test('a Save whose card data is not an object creates no draft', async () => {
  for (const data of [42, 'draft', [1, 2]]) {
    const response = await h.post(
      activityFrom(people.author, h.connector.url, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'saveDraft', data }, trigger: 'manual' },
      }),
    );
    expect(response.status).toBe(200);
  }
  expect((await h.storage.opportunities.list({ kind: 'all' })).items).toEqual([]);
});
