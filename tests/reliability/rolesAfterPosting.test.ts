import type { Opportunity } from '../../domain/opportunity';
import type { State } from '../../domain/states';
import type { Storage } from '../../storage/storage';
import { opportunitiesAfterPosting, type AfterPostingState } from '../support/afterPostingStates';
import { beforeClosing } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';
import { fixedClock } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from '../api/apiServer';
import {
  acts,
  awardSeen,
  bodies,
  from,
  scenarios,
  states,
  to,
  type Act,
  type Scenario,
  type Seen,
} from './afterPostingMatrix';
import { cast, everyone, expectedStatus, type Who } from '../support/roleMatrix';

/**
 * Every person against every action over HTTP in every state after posting, and who may read the
 * views of those steps, from the table in `afterPostingMatrix.ts` (written by hand from the
 * lifecycle and the separation of duties). Each allowed cell runs on a fresh opportunity.
 */
const clock = fixedClock(beforeClosing);
let storage: Storage;
let api: ApiServer;
const tokens = new Map<Who, string>();
/** Per scenario and state: the record everyone is refused on, and one fresh record per allowed cell. */
const fixtures = new Map<string, { shared: Opportunity; fresh: Opportunity[] }>();
const keyOf = (scenario: Scenario, state: State) => `${scenario.name}/${state}`;

beforeAll(async () => {
  // A matrix sends hundreds of requests as one person in seconds: the rate limit is not under test.
  api = await startApiServer({
    rateLimit: { perMinute: 100_000, burst: 100_000 },
    clock: clock.read,
    storageClock: clock.read,
  });
  storage = api.storage;
  for (const who of everyone) tokens.set(who, await api.signer.sign(cast[who].id));

  const wanted = scenarios.flatMap((scenario) =>
    states.flatMap((state) => {
      const allowed = Object.values(scenario.may[state] ?? {}).flat().length;
      return Array.from({ length: 1 + allowed }, () => ({
        state,
        author: cast[scenario.author],
        cardholder: cast[scenario.cardholder],
        key: keyOf(scenario, state),
      }));
    }),
  );
  const records = await opportunitiesAfterPosting(storage, clock, wanted);
  expect(clock.now).toEqual(afterClosing);
  wanted.forEach(({ key }, index) => {
    const record = records[index]!;
    const fixture = fixtures.get(key);
    if (fixture) fixture.fresh.push(record);
    else fixtures.set(key, { shared: record, fresh: [] });
  });
}, 120_000);
afterAll(() => api?.close());

/** A request as `who`, with the token signed once for the whole run. */
function call(who: Who, method: string, path: string, body?: unknown, version?: number) {
  return api.call(method, path, {
    token: tokens.get(who)!,
    body,
    headers: version !== undefined ? { 'if-match': `"${version}"` } : {},
  });
}

function perform(who: Who, act: Act, record: Opportunity) {
  const path = `/api/opportunities/${record.id}`;
  return act === 'edit'
    ? call(who, 'PATCH', path, { titleEn: `Edited by ${who}` }, record.version)
    : call(who, 'POST', `${path}/intents`, bodies[act]);
}

const sorted = (actions: unknown) => [...(actions as string[])].sort().join(' ');
const finalStates: State[] = ['paid', 'cancelled', 'rejected'];

test('the table allows every step after posting to someone', () => {
  const allowedActs = new Set(
    scenarios.flatMap((s) => Object.values(s.may).flatMap((byWho) => Object.values(byWho).flat())),
  );
  expect([...allowedActs].sort()).toEqual([
    'accept',
    'award',
    'cancel',
    'evaluate',
    'recordDelivery',
    'recordPayment',
    'releaseAward',
  ]);
});

/**
 * What each person reads, from the scenario's parts and the award's table: the record with the
 * actions it offers them (exactly the table's), the applications (the author, while evaluating),
 * the award, and the fund centre's history.
 */
function expectedReads(scenario: Scenario, state: AfterPostingState, who: Who): string {
  const reads = (record: string, applications: number, award: Seen, fundCentre: number) =>
    `record ${record}, applications ${applications}, award ${award}, fundCentreHistory ${fundCentre}`;
  if (who === 'unknown') return reads('403', 403, 403, 403);
  if (!scenario.readers.includes(who)) return reads('404', 404, 404, 404);
  const isAuthor = who === scenario.author;
  const party = isAuthor || who === scenario.cardholder;
  const award = party
    ? awardSeen[state].party
    : scenario.releasers.includes(who)
      ? awardSeen[state].releaser
      : 403;
  return reads(
    `200 [${sorted(scenario.may[state]?.[who] ?? [])}]`,
    isAuthor ? (state === 'evaluating' ? 200 : 409) : 403,
    award,
    scenario.fundCentreViewers.includes(who) ? 200 : 403,
  );
}

describe.each(scenarios)('$name', (scenario) => {
  test.each(states)('in %s: each person may do exactly their part', async (state) => {
    const { shared, fresh } = fixtures.get(keyOf(scenario, state))!;
    const sharedEvents = (await storage.opportunities.events(shared.id)).length;
    const audited: string[] = [];
    const may = scenario.may[state] ?? {};
    const wrong: string[] = [];
    let allowed = 0;
    // People act at the same time, each through the actions in turn: refusals leave the shared
    // record as it is, and every allowed action has a record of its own.
    await Promise.all(
      everyone.map(async (who) => {
        for (const act of acts) {
          const allowedHere = may[who]?.includes(act) ?? false;
          const record = allowedHere ? fresh.pop()! : shared;
          const answer = await perform(who, act, record);
          const expected = expectedStatus({
            who,
            readers: scenario.readers,
            from: from[act],
            state,
            allowed: allowedHere,
          });
          if (answer.status !== expected)
            wrong.push(
              `${who} ${act}: ${answer.status} ${JSON.stringify(answer.body.error)} ${JSON.stringify(answer.body.reason ?? answer.body.problems ?? '')}, expected ${expected}`,
            );
          const [stored, events] = await Promise.all([
            storage.opportunities.get(record.id),
            storage.opportunities.events(record.id),
          ]);
          if (allowedHere) {
            allowed++;
            const target = to[act] === 'unchanged' ? state : to[act];
            if (
              stored?.version !== record.version + 1 ||
              stored.state !== target ||
              events.at(-1)?.actorId !== cast[who].id
            )
              wrong.push(`${who} ${act}: allowed but not stored as theirs in ${target}`);
          } else if (stored?.version !== shared.version || events.length !== sharedEvents) {
            wrong.push(`${who} ${act}: refused but the record changed`);
          }
          // Denials by those who may read the record are audited beside its events.
          if (who !== 'unknown' && (expected === 403 || expected === 409))
            audited.push(`${cast[who].id} ${act === 'edit' ? 'editDraft' : act} ${expected}`);
        }
      }),
    );
    expect(wrong.sort()).toEqual([]);
    // The fixtures were built without a refusal: every one stored is from this test.
    const refusals = await storage.opportunities.refusals(shared.id);
    const kinds: Record<string, number> = { forbidden: 403, wrongState: 409 };
    expect(
      refusals.map((r) => `${r.actorId} ${r.refusal.intent} ${kinds[r.refusal.kind]}`).sort(),
    ).toEqual(audited.sort());
    // Written out by hand: the count guards against a table that allows nothing.
    expect(allowed).toBe(Object.values(may).flat().length);
    if (finalStates.includes(state)) expect(allowed).toBe(0);
    expect(fresh).toEqual([]);
  });

  test('who may read the record, the applications, the award and the fund-centre history', async () => {
    const seen: string[] = [];
    const expected: string[] = [];
    const flagsOff: string[] = [];
    const audited = new Map<string, string[]>();
    // One state at a time: every person's six reads of it at once, not every state's at once
    // (hundreds of requests against one Azurite on a busy machine ran past the storage budget).
    for (const state of states)
      await Promise.all(
        everyone.map(async (who) => {
          const { shared } = fixtures.get(keyOf(scenario, state))!;
          const path = `/api/opportunities/${shared.id}`;
          const [record, applications, award, fundCentre, questions, notices] = await Promise.all(
            ['', '/applications', '/award', '/fundCentreHistory', '/questions', '/notices'].map(
              (rest) => call(who, 'GET', `${path}${rest}`),
            ),
          );
          const awardAs: Seen =
            award!.status !== 200
              ? award!.status
              : award!.body.winner !== null
                ? 'identity'
                : award!.body.held === true && award!.body.winner === null
                  ? 'draw'
                  : 'other';
          const actions = record!.status === 200 ? ` [${sorted(record!.body.actions)}]` : '';
          // The record's flags say what the other reads answer, so the tab need not guess.
          if (record!.status === 200) {
            const sees = record!.body.sees as Record<string, boolean>;
            const answers = {
              award: award!.status,
              winner:
                awardAs === 'identity' ? 200 : award!.status === 200 ? 'no winner' : award!.status,
              fundCentreHistory: fundCentre!.status,
              questions: questions!.status,
              notices: notices!.status,
            };
            for (const [flag, answered] of Object.entries(answers))
              if (sees[flag] !== (answered === 200))
                flagsOff.push(`${state} ${who}: sees.${flag} ${sees[flag]}, answered ${answered}`);
          }
          seen.push(
            `${state} ${who}: record ${record!.status}${actions}, applications ${applications!.status}, award ${awardAs}, fundCentreHistory ${fundCentre!.status}`,
          );
          // A refused view of a record the person may read is audited, like a refused intent.
          const views = {
            readApplications: applications,
            readAward: award,
            readFundCentreHistory: fundCentre,
            readQuestions: questions,
            readNotices: notices,
          };
          for (const [intent, answer] of Object.entries(views))
            if (who !== 'unknown' && (answer!.status === 403 || answer!.status === 409))
              audited.set(shared.id, [
                ...(audited.get(shared.id) ?? []),
                `${cast[who].id} ${intent} ${answer!.status} ${state}`,
              ]);
          expected.push(`${state} ${who}: ${expectedReads(scenario, state, who)}`);
        }),
      );
    expect(seen.sort()).toEqual(expected.sort());
    expect(flagsOff.sort()).toEqual([]);
    const because: Record<string, number> = { forbidden: 403, wrongState: 409 };
    for (const state of states) {
      const { shared } = fixtures.get(keyOf(scenario, state))!;
      const stored = (await storage.opportunities.refusals(shared.id)).flatMap(
        ({ actorId, refusal }) =>
          refusal.kind === 'readRefused'
            ? [`${actorId} ${refusal.intent} ${because[refusal.because]} ${refusal.state}`]
            : [],
      );
      expect(stored.sort()).toEqual((audited.get(shared.id) ?? []).sort());
    }
  });
});
