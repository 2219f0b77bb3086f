import type { Opportunity } from '../../domain/opportunity';
import { aPerson, people } from '../support/builders';
import { logLines, type LogLine } from '../support/logLines';
import { anOpportunityIn } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from './apiServer';

/**
 * Refused requests leave a trace (issue 17, finding 7): one log line with route, request id,
 * person and client address for every 401, 403 and API 404, and an audit row beside the record
 * for every refused read of a view after posting, like a refused intent.
 */
const log = logLines();
let api: ApiServer;
let posted: Opportunity;

beforeAll(async () => {
  api = await startApiServer({ logger: log.logger });
  posted = await anOpportunityIn(api.storage, 'posted');
});
afterAll(() => api.close());

/** The refusal line of the request that answered with this id. */
function refusalLine(answer: { headers: Headers }): Promise<LogLine> {
  const requestId = answer.headers.get('x-request-id');
  return log.find(`refused request ${requestId}`, (line) => {
    return line.requestId === requestId && line.msg === 'request refused';
  });
}

test.each([
  ['applications', 'cardholder', 403, 'readApplications', 'forbidden'],
  ['applications', 'author', 409, 'readApplications', 'wrongState'],
  ['award', 'procurement', 403, 'readAward', 'forbidden'],
  ['award', 'cardholder', 409, 'readAward', 'wrongState'],
  ['fundCentreHistory', 'admin', 403, 'readFundCentreHistory', 'forbidden'],
  ['notices', 'manager', 403, 'readNotices', 'forbidden'],
] as const)(
  'a refused read of /%s by the %s (%i) is audited',
  async (view, whoKey, status, intent, because) => {
    const who = people[whoKey];
    const before = await api.storage.opportunities.refusals(posted.id);
    const answer = await api.call('GET', `/api/opportunities/${posted.id}/${view}`, { as: who });
    expect(answer.status).toBe(status);
    const added = (await api.storage.opportunities.refusals(posted.id)).slice(before.length);
    expect(added).toEqual([
      expect.objectContaining({
        actorId: who.id,
        version: posted.version,
        refusal: { kind: 'readRefused', intent, because, state: 'posted' },
      }),
    ]);
    // A 409 is the tab asking too early, not someone reaching past their role: audited, not logged.
    if (status === 403)
      expect(await refusalLine(answer)).toMatchObject({
        route: `GET /api/opportunities/${posted.id}/${view}`,
        status: 403,
        person: who.id,
        client: '127.0.0.1',
      });
  },
);

test('oversight sees refused reads in the record’s timeline', async () => {
  await api.call('GET', `/api/opportunities/${posted.id}/applications`, { as: people.cardholder });
  const record = await api.call('GET', `/api/opportunities/${posted.id}`, {
    as: people.manager,
  });
  const refusals = (record.body.timeline as Array<Record<string, unknown>>).filter(
    (entry) => entry.type === 'refusal',
  );
  expect(refusals).toContainEqual(
    expect.objectContaining({
      actorName: people.cardholder.name,
      refusal: {
        kind: 'readRefused',
        intent: 'readApplications',
        because: 'forbidden',
        state: 'posted',
      },
    }),
  );
});

test('a refused token, an unknown person and a hidden record are logged, and audit nothing', async () => {
  const before = await api.storage.opportunities.refusals(posted.id);
  // Not an object id, so first contact cannot register them: they stay unknown.
  const stranger = aPerson({ id: 'never registered/refusals' });
  const answers = [
    await api.call('GET', '/api/me', { token: null }),
    await api.call('GET', `/api/opportunities/${posted.id}/award`, { as: stranger }),
    await api.call('GET', `/api/opportunities/${posted.id}/award`, {
      as: people.otherCardholder,
    }),
    await api.call('GET', '/api/opportunities/MA-2026-9999', { as: people.author }),
  ];
  expect(answers.map((a) => a.status)).toEqual([401, 403, 404, 404]);
  const lines = [];
  for (const answer of answers) lines.push(await refusalLine(answer));
  expect(lines).toEqual([
    expect.objectContaining({ status: 401, route: 'GET /api/me', client: '127.0.0.1' }),
    expect.objectContaining({ status: 403, person: stranger.id, client: '127.0.0.1' }),
    expect.objectContaining({
      status: 404,
      route: `GET /api/opportunities/${posted.id}/award`,
      person: people.otherCardholder.id,
    }),
    expect.objectContaining({ status: 404, person: people.author.id }),
  ]);
  expect(lines[0]).not.toHaveProperty('person');
  expect(await api.storage.opportunities.refusals(posted.id)).toEqual(before);
});

test('an answer that is not a refusal leaves no refusal line', async () => {
  const answer = await api.call('GET', `/api/opportunities/${posted.id}`, { as: people.author });
  expect(answer.status).toBe(200);
  // The 404 after it is logged, so by then the 200's line would have been written too.
  await refusalLine(
    await api.call('GET', '/api/opportunities/MA-2026-9998', { as: people.author }),
  );
  const requestId = answer.headers.get('x-request-id');
  expect(log.lines.filter((l) => l.requestId === requestId && l.msg === 'request refused')).toEqual(
    [],
  );
});
