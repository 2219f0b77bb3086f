import { verifyDraw } from '../../domain/draw';
import type { Person } from '../../domain/people';
import { easternDate } from '../../domain/text';
import type {
  ApplicationsView,
  AwardView,
  FundCentreView,
  NoticesView,
} from '../../contract/views';
import { encodeKey } from '../../storage/keys';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import {
  anApplicant,
  closedOpportunities,
  type Applicant,
  type ClosedOpportunity,
} from './afterPostingFixtures';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
let three: ClosedOpportunity;
let nobodyPasses: ClosedOpportunity;
let earlierWin: ClosedOpportunity;
let split: ClosedOpportunity;
let toDeliver: ClosedOpportunity;

const repeat = anApplicant('Repeat');

beforeAll(async () => {
  api = await startApiServer({ rateLimit: { perMinute: 6_000, burst: 1_000 } });
  const fixtures = await closedOpportunities(api.storage, [
    {
      applicants: [anApplicant('Ada'), anApplicant('Grace'), anApplicant('Linus')],
      fields: { fundCentre: 'FC-THREE' },
    },
    { applicants: [anApplicant('Nope')], fields: { fundCentre: 'FC-NONE' } },
    { applicants: [repeat], fields: { fundCentre: 'FC-SPLIT', titleEn: 'The first half' } },
    { applicants: [repeat], fields: { fundCentre: 'FC-SPLIT', titleEn: 'The second half' } },
    { applicants: [anApplicant('Builder')], fields: { fundCentre: 'FC-DELIVER' } },
  ]);
  [three, nobodyPasses, earlierWin, split, toDeliver] = fixtures as [
    ClosedOpportunity,
    ClosedOpportunity,
    ClosedOpportunity,
    ClosedOpportunity,
    ClosedOpportunity,
  ];
}, 120_000);
afterAll(() => api.close());

const path = (id: string, rest = '') => `/api/opportunities/${id}${rest}`;

async function post(id: string, body: unknown, as: Person, version?: number) {
  return api.call('POST', path(id, '/intents'), {
    as,
    body,
    headers: version === undefined ? {} : { 'if-match': `"${version}"` },
  });
}

async function version(id: string): Promise<number> {
  return (await api.storage.opportunities.get(id))!.version;
}

/** "Applicant N" for a confirmation number: its place in the list closing fixed, from 1. */
const applicantOf = (fixture: ClosedOpportunity, confirmation: string) =>
  fixture.record.applications.indexOf(confirmation) + 1;

async function evaluate(fixture: ClosedOpportunity, applicant: number, pass: boolean) {
  const response = await post(
    fixture.record.id,
    {
      kind: 'evaluate',
      applicant,
      results: [{ pass, rationale: pass ? 'Shows shipped work.' : 'No example given.' }],
    },
    people.author,
    await version(fixture.record.id),
  );
  expect(response.status).toBe(200);
  return response;
}

/** The result e-mails queued for an opportunity. */
const resultNotices = async (id: string) =>
  (await api.storage.notices.forOpportunity(encodeKey(id))).filter((n) =>
    n.kind.startsWith('result'),
  );

const problemPairs = (body: Record<string, unknown>) =>
  (body.problems as Array<{ field: string; code: string }>).map((p) => [p.field, p.code]);

/** What must never appear in an evaluation answer: who applied, and their numbers. */
function identifying(fixture: ClosedOpportunity): string[] {
  return [
    ...fixture.applicants.flatMap((a: Applicant) => [a.name, a.businessName, a.email]),
    ...fixture.confirmations,
  ];
}

describe('evaluation', () => {
  test('the author reads the applications as Applicant 1…N, in the order closing fixed, with answers only', async () => {
    const response = await api.call('GET', path(three.record.id, '/applications'), {
      as: people.author,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${three.record.version}"`);
    const view = response.body as unknown as ApplicationsView;
    expect(view.applicants.map((a) => a.applicant)).toEqual([1, 2, 3]);
    expect(view.applicants.every((a) => a.results === null)).toBe(true);
    expect(view.applicants[0]!.answers).toEqual([
      'I built the date picker of the Canada.ca design system and its tests.',
    ]);
    expect(view).toMatchObject({
      unevaluated: 3,
      passed: 0,
      criteria: [{ en: expect.any(String) }],
    });

    const raw = JSON.stringify(response.body);
    for (const secret of identifying(three)) expect(raw).not.toContain(secret);
    expect(raw).not.toMatch(/receivedAt|email|businessName|confirmation/i);
    // The record itself keeps the numbers out too, for every reader, until the award.
    for (const who of [people.author, people.cardholder, people.procurement, people.manager]) {
      const record = await api.call('GET', path(three.record.id), { as: who });
      expect(record.status).toBe(200);
      const text = JSON.stringify(record.body);
      for (const secret of identifying(three)) expect(text).not.toContain(secret);
      expect(record.body.applicants).toEqual({ count: 3, evaluated: 0, passed: 0 });
    }
  });

  test('only the author sees them; people who may not read the record are told it does not exist', async () => {
    const url = path(three.record.id, '/applications');
    for (const who of [people.cardholder, people.procurement, people.manager, people.admin]) {
      const response = await api.call('GET', url, { as: who });
      expect([who.id, response.status, response.body.error]).toEqual([who.id, 403, 'forbidden']);
    }
    for (const who of [people.outsider, people.otherCardholder]) {
      expect((await api.call('GET', url, { as: who })).status).toBe(404);
    }
    expect(
      (await api.call('GET', path('MA-2099-9999', '/applications'), { as: people.author })).status,
    ).toBe(404);
    expect((await api.call('POST', url, { as: people.author, body: {} })).status).toBe(405);
    expect((await api.call('GET', url)).status).toBe(401);

    // Posted, its closing (at least the minimum posting period away) still to come.
    const posted = await anOpportunityIn(api.storage, 'posted');
    const early = await api.call('GET', path(posted.id, '/applications'), { as: people.author });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: 'wrongState', state: 'posted' });
  });

  test('the evaluation names the applicant by number; the server maps it to the application and checks the version', async () => {
    const { id } = three.record;
    const second = three.record.applications[1]!;
    const before = await version(id);
    const saved = await post(
      id,
      {
        kind: 'evaluate',
        applicant: 2,
        results: [{ pass: true, rationale: 'Two shipped pickers.' }],
      },
      people.author,
      before,
    );
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe(`"${before + 1}"`);
    expect(JSON.stringify(saved.body)).not.toContain(second);
    expect((await api.storage.opportunities.get(id))!.evaluations).toEqual({ [second]: [true] });

    // A second look from a tab that saw the old version is refused; nothing is written.
    const stale = await post(
      id,
      { kind: 'evaluate', applicant: 2, results: [{ pass: false, rationale: 'Changed my mind.' }] },
      people.author,
      before,
    );
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      error: 'stale',
      current: { record: { version: before + 1 } },
    });
    expect((await api.storage.opportunities.get(id))!.evaluations).toEqual({ [second]: [true] });

    const listed = await api.call('GET', path(id, '/applications'), { as: people.author });
    const view = listed.body as unknown as ApplicationsView;
    expect(view.applicants[1]!.results).toEqual([
      { pass: true, rationale: 'Two shipped pickers.' },
    ]);
    expect(view).toMatchObject({ unevaluated: 2, passed: 1 });
  });

  test('bad evaluations: problems beside their fields, nothing written, and no way to name a confirmation number', async () => {
    const { id } = three.record;
    const current = await version(id);
    const noReason = await post(
      id,
      { kind: 'evaluate', applicant: 1, results: [{ pass: false, rationale: '' }] },
      people.author,
      current,
    );
    expect(noReason.status).toBe(422);
    expect(problemPairs(noReason.body)).toEqual([['results[0].rationale', 'required']]);

    const unchosen = await post(
      id,
      { kind: 'evaluate', applicant: 1, results: [{ rationale: 'Forgot to choose.' }] },
      people.author,
      current,
    );
    expect(unchosen.status).toBe(400);
    expect(problemPairs(unchosen.body)).toEqual([['results[0].pass', 'wrongType']]);

    const beyond = await post(
      id,
      { kind: 'evaluate', applicant: 4, results: [{ pass: true, rationale: 'x' }] },
      people.author,
      current,
    );
    expect(beyond.status).toBe(422);
    expect(problemPairs(beyond.body)).toEqual([['application', 'unknownApplication']]);
    for (const applicant of [0, 1.5, '1', null]) {
      const odd = await post(
        id,
        { kind: 'evaluate', applicant, results: [{ pass: true, rationale: 'x' }] },
        people.author,
        current,
      );
      expect([applicant, odd.status]).toEqual([applicant, 400]);
    }
    const byNumber = await post(
      id,
      {
        kind: 'evaluate',
        applicant: 1,
        application: three.record.applications[0],
        results: [{ pass: true, rationale: 'x' }],
      },
      people.author,
      current,
    );
    expect(byNumber.status).toBe(400);

    // The cardholder may read the record but not evaluate: audited, and told why.
    const cardholder = await post(
      id,
      { kind: 'evaluate', applicant: 1, results: [{ pass: true, rationale: 'x' }] },
      people.cardholder,
      current,
    );
    expect(cardholder.status).toBe(403);
    expect(cardholder.body).toMatchObject({ error: 'forbidden', reason: 'notAuthor' });
    expect(await version(id)).toBe(current);
  });
});

describe('the closing', () => {
  test('everyone who applied in time is told that applications closed, with their number', async () => {
    const { id } = three.record;
    const closed = (await api.storage.notices.forOpportunity(encodeKey(id))).filter(
      (n) => n.kind === 'applicationsClosed',
    );
    expect(closed.map((n) => [n.message.to, n.confirmation]).sort()).toEqual(
      three.applicants.map((a, i) => [a.email, three.confirmations[i]]).sort(),
    );
    const ada = closed.find((n) => n.confirmation === three.confirmations[0])!.message;
    expect(ada.subject).toBe(`Applications closed: ${id} ${three.record.fields.titleEn}`);
    expect(ada.body).toContain(
      `Yours, ${id}-${three.confirmations[0]}, is one of the 3 applications`,
    );
  });
});

describe('the award', () => {
  test('waits for every evaluation, then draws; the author and the cardholder see the winner, and what each applicant was sent', async () => {
    const { id } = three.record;
    const early = await post(id, { kind: 'award' }, people.author, await version(id));
    expect(early.status).toBe(422);
    expect(problemPairs(early.body)).toEqual([['evaluations', 'notEvaluated']]);
    expect((await api.call('GET', path(id, '/award'), { as: people.author })).status).toBe(409);

    const [ada, grace, linus] = three.confirmations as [string, string, string];
    await evaluate(three, applicantOf(three, ada), true);
    await evaluate(three, applicantOf(three, grace), true);
    await evaluate(three, applicantOf(three, linus), false);
    const awarded = await post(id, { kind: 'award' }, people.author, await version(id));
    expect(awarded.status).toBe(200);
    expect(awarded.body).toMatchObject({ record: { state: 'awarded' } });

    const response = await api.call('GET', path(id, '/award'), { as: people.author });
    expect(response.status).toBe(200);
    const award = response.body as unknown as AwardView;
    const stored = (await api.storage.opportunities.get(id))!;
    expect(award.draw).toEqual({
      commitment: stored.drawCommitment,
      secret: stored.award!.secret,
      seed: stored.award!.seed,
      candidates: [ada, grace].sort(),
      winner: stored.award!.winner,
    });
    expect(
      verifyDraw({ opportunityId: id, ...award.draw, commitment: award.draw.commitment! }),
    ).toEqual({
      ok: true,
    });
    const winner = three.applicants[three.confirmations.indexOf(award.draw.winner)]!;
    expect(award.winner).toEqual({ confirmation: award.draw.winner, ...winner });
    // No letters to copy: what each applicant was sent is under /notices, counted by kind.
    expect(award).not.toHaveProperty('notices');
    const sent = await api.call('GET', path(id, '/notices'), { as: people.author });
    expect(
      (sent.body as unknown as NoticesView).groups.filter((g) => g.kind.startsWith('result')),
    ).toEqual(
      (['resultSelected', 'resultNotDrawn', 'resultNotPassed'] as const).map((kind) => ({
        kind,
        total: 1,
        counts: { queued: 1, sent: 0, failed: 0, delivered: 0, undelivered: 0 },
      })),
    );
    // Only the winner is named, and nobody's e-mail but theirs.
    const loser = three.applicants.find((a) => a !== winner)!;
    const raw = JSON.stringify(response.body);
    for (const other of three.applicants.filter((a) => a !== winner))
      for (const text of [other.name, other.email, other.businessName])
        expect(raw).not.toContain(text);
    expect(raw).not.toContain(loser.email);
    expect(raw).not.toMatch(/supplierKey|"key"/);

    const cardholder = await api.call('GET', path(id, '/award'), { as: people.cardholder });
    expect(cardholder.status).toBe(200);
    expect((cardholder.body as unknown as AwardView).winner?.email).toBe(winner.email);

    // Everyone who applied is e-mailed their result with the award: nobody copies a letter.
    const results = await resultNotices(id);
    const drawnAgainst =
      three.applicants[
        three.confirmations.indexOf([ada, grace].find((c) => c !== award.draw.winner)!)
      ]!;
    const linusPerson = three.applicants[three.confirmations.indexOf(linus)]!;
    expect(results.map((n) => [n.kind, n.message.to, n.confirmation]).sort()).toEqual(
      [
        ['resultSelected', winner.email, award.draw.winner],
        ['resultNotDrawn', drawnAgainst.email, [ada, grace].find((c) => c !== award.draw.winner)],
        ['resultNotPassed', linusPerson.email, linus],
      ].sort(),
    );
    const byKind = (kind: string) => results.find((n) => n.kind === kind)!.message;
    expect(byKind('resultSelected').body).toContain(`Hello ${winner.name},`);
    expect(byKind('resultNotDrawn').body).toContain(award.draw.winner);
    expect(byKind('resultNotDrawn').body).not.toContain(winner.name);
    // The pilot's lesson: the reasons are shared, criterion by criterion.
    expect(byKind('resultNotPassed').body).toContain('Not passed. No example given.');
    expect(byKind('resultNotPassed').body).toContain(
      `Criterion 1: ${three.record.fields.evaluationCriteria[0]!.en}`,
    );
    for (const notice of results) expect(notice.message.body).toContain(`/en/${id}.html`);
  });

  test('after the award the identity is for the author and the cardholder only', async () => {
    const url = path(three.record.id, '/award');
    for (const who of [people.procurement, people.manager, people.admin]) {
      const response = await api.call('GET', url, { as: who });
      expect([who.id, response.status]).toEqual([who.id, 403]);
      expect(JSON.stringify(response.body)).not.toContain('@example.com');
    }
    expect((await api.call('GET', url, { as: people.outsider })).status).toBe(404);
    // The record shows the award as the public page does: no e-mail, no supplier key.
    for (const who of [people.procurement, people.manager]) {
      const record = await api.call('GET', path(three.record.id), { as: who });
      const text = JSON.stringify(record.body);
      expect(text).not.toContain('@example.com');
      expect(text).not.toContain('supplierKey');
      expect(record.body.record).toMatchObject({
        state: 'awarded',
        award: { candidates: expect.any(Array) },
      });
    }
  });

  test('when nobody passes there is no one to award, and cancelling needs a reason', async () => {
    const { id } = nobodyPasses.record;
    await evaluate(nobodyPasses, 1, false);
    const award = await post(id, { kind: 'award' }, people.author, await version(id));
    expect(award.status).toBe(422);
    expect(problemPairs(award.body)).toEqual([['evaluations', 'noneQualified']]);
    const noReason = await post(
      id,
      { kind: 'cancel', reason: '' },
      people.author,
      await version(id),
    );
    expect(noReason.status).toBe(422);
    expect(problemPairs(noReason.body)).toEqual([['reason', 'required']]);
    const cancelled = await post(
      id,
      { kind: 'cancel', reason: 'No application met the criteria.' },
      people.author,
      await version(id),
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      record: { state: 'cancelled', cancelReason: 'No application met the criteria.' },
    });
    const again = await post(id, { kind: 'award' }, people.author);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'wrongState', state: 'cancelled' });
  });
});

describe('the contract-splitting hold', () => {
  test('a second win from the fund centre past the limit is held; procurement sees why, without identity, and releases it', async () => {
    await evaluate(earlierWin, 1, true);
    expect((await post(earlierWin.record.id, { kind: 'award' }, people.author)).status).toBe(200);
    const { id } = split.record;
    await evaluate(split, 1, true);
    const held = await post(id, { kind: 'award' }, people.author, await version(id));
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      record: { state: 'awardHeld', award: null, supplierName: null },
    });
    expect(JSON.stringify(held.body)).not.toContain(repeat.name);
    // Held: nobody is told a result yet.
    expect(await resultNotices(id)).toEqual([]);

    const seen = await api.call('GET', path(id, '/award'), { as: people.procurement });
    expect(seen.status).toBe(200);
    const view = seen.body as unknown as AwardView;
    expect(view).toMatchObject({
      held: true,
      winner: null,
      splitting: {
        fundCentre: 'FC-SPLIT',
        earlier: [{ id: earlierWin.record.id, titleEn: 'The first half', totalCents: 999_350 }],
        priorCents: 999_350,
        thisCents: 999_350,
        capCents: 1_000_000,
      },
    });
    const text = JSON.stringify(seen.body);
    for (const secret of [repeat.name, repeat.email, repeat.businessName])
      expect(text).not.toContain(secret);
    const author = await api.call('GET', path(id, '/award'), { as: people.author });
    expect(author.body).toMatchObject({ held: true, winner: null });
    expect((await api.call('GET', path(id, '/award'), { as: people.manager })).status).toBe(403);

    const release = (reason: string, as: Person, v?: number) =>
      post(id, { kind: 'releaseAward', reason }, as, v);
    expect((await release('Mine to release', people.author)).status).toBe(403);
    const noReason = await release('', people.procurement, await version(id));
    expect(noReason.status).toBe(422);
    expect(problemPairs(noReason.body)).toEqual([['reason', 'required']]);
    expect(
      (await release('Separate needs.', people.procurement, (await version(id)) - 1)).status,
    ).toBe(412);
    const released = await release(
      'Separate needs: two products.',
      people.procurement,
      await version(id),
    );
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({
      record: { state: 'awarded', supplierName: repeat.businessName },
    });
    // Released: the result goes out then, once.
    expect((await resultNotices(id)).map((n) => [n.kind, n.message.to])).toEqual([
      ['resultSelected', repeat.email],
    ]);

    const after = await api.call('GET', path(id, '/award'), { as: people.author });
    expect(after.body).toMatchObject({
      held: false,
      winner: { email: repeat.email },
      releaseReason: 'Separate needs: two products.',
    });
    expect((await api.call('GET', path(id, '/award'), { as: people.procurement })).status).toBe(
      403,
    );
  });

  test('the fund-centre history beside a posting approval: the other opportunities and their total, no supplier', async () => {
    const waiting = await anOpportunityIn(api.storage, 'awaitingProcurement', {
      fields: { fundCentre: 'FC-SPLIT', titleEn: 'A third piece' },
    });
    const url = path(waiting.id, '/fundCentreHistory');
    const response = await api.call('GET', url, { as: people.procurement });
    expect(response.status).toBe(200);
    const history = response.body as unknown as FundCentreView;
    expect(history.items.map((i) => i.id).sort()).toEqual(
      [earlierWin.record.id, split.record.id].sort(),
    );
    expect(history).toMatchObject({
      fundCentre: 'FC-SPLIT',
      priorCents: 2 * 999_350,
      thisCents: 999_350,
      capCents: 1_000_000,
    });
    expect(history.items.find((i) => i.id === earlierWin.record.id)).toMatchObject({
      titleEn: 'The first half',
      state: 'awarded',
      totalCents: 999_350,
    });
    expect(JSON.stringify(response.body)).not.toMatch(/example\.com|supplierKey|Repeat/);
    for (const who of [people.manager, people.author, people.cardholder])
      expect((await api.call('GET', url, { as: who })).status).toBe(200);
    expect((await api.call('GET', url, { as: people.admin })).status).toBe(403);
    expect((await api.call('GET', url, { as: people.otherCardholder })).status).toBe(404);
  });
});

describe('delivery, acceptance and payment', () => {
  test('each step through the intents route, with its problems and who may take it', async () => {
    const { id } = toDeliver.record;
    await evaluate(toDeliver, 1, true);
    expect((await post(id, { kind: 'award' }, people.author, await version(id))).status).toBe(200);

    const badUrl = await post(
      id,
      { kind: 'recordDelivery', deliveryUrl: 'http://x' },
      people.author,
    );
    expect(badUrl.status).toBe(422);
    expect(problemPairs(badUrl.body)).toEqual([['deliveryUrl', 'invalidUrl']]);
    const delivered = await post(
      id,
      { kind: 'recordDelivery', deliveryUrl: 'https://github.com/example/date-picker/pull/1' },
      people.author,
      await version(id),
    );
    expect(delivered.status).toBe(200);

    // One check per acceptance criterion: functional, quality and security.
    const allMet = ['Picks a date', 'axe: 0', 'npm audit: 0 new'].map((note) => ({
      met: true,
      note,
    }));
    const unmet = await post(
      id,
      {
        kind: 'accept',
        comment: '',
        checks: [{ met: false, note: '' }, allMet[1]!, allMet[2]!],
        certified: false,
      },
      people.author,
    );
    expect(unmet.status).toBe(422);
    expect(problemPairs(unmet.body)).toEqual([
      ['checks[0].note', 'required'],
      ['checks[0].met', 'criterionNotMet'],
      ['certified', 'mustConfirm'],
    ]);
    const cardholderAccepts = await post(
      id,
      { kind: 'accept', comment: '', checks: allMet, certified: true },
      people.cardholder,
    );
    expect(cardholderAccepts.status).toBe(403);
    const accepted = await post(
      id,
      {
        kind: 'accept',
        comment: 'Good work.',
        checks: allMet,
        certified: true,
      },
      people.author,
      await version(id),
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      record: { state: 'accepted', acceptance: { checks: allMet } },
    });

    const today = easternDate(new Date());
    const payment = (amountCents: number) => ({
      kind: 'recordPayment',
      method: 'card',
      paidOn: today,
      amountCents,
      reference: 'TX-42',
    });
    expect((await post(id, payment(999_350), people.author)).status).toBe(403);
    const over = await post(id, payment(999_351), people.cardholder, await version(id));
    expect(over.status).toBe(422);
    expect(problemPairs(over.body)).toEqual([['amountCents', 'overCommitted']]);
    // Named as the amount paid, not as the opportunity's value.
    const [problem] = (over.body as { problems: { message: { en: string; fr: string } }[] })
      .problems;
    expect(problem!.message.en).toMatch(/^Amount paid: more than the committed amount/);
    expect(problem!.message.fr).toMatch(/^Montant payé/);
    expect(
      (await post(id, payment(999_350), people.cardholder, (await version(id)) - 1)).status,
    ).toBe(412);
    const paymentNotices = async () =>
      (await api.storage.notices.forOpportunity(encodeKey(id))).filter(
        (n) => n.kind === 'paymentRecorded',
      );
    // Refused payments tell the supplier nothing.
    expect(await paymentNotices()).toEqual([]);
    const paid = await post(id, payment(999_350), people.cardholder, await version(id));
    expect(paid.status).toBe(200);
    // The supplier chosen (and only they) hears of the payment, with what to quote if it is late.
    const told = await paymentNotices();
    expect(told.map((n) => [n.message.to, n.language, n.confirmation])).toEqual([
      ['builder@example.com', 'en', toDeliver.confirmations[0]],
    ]);
    expect(told[0]!.message.subject).toBe(
      `Payment recorded: ${id} ${toDeliver.record.fields.titleEn}`,
    );
    expect(told[0]!.message.body).toContain('$9,993.50, paid on');
    expect(told[0]!.message.body).toContain('(Acquisition card), reference TX-42');
    expect(told[0]!.message.body).toContain(toDeliver.record.fields.contactEmail);
    expect(paid.body).toMatchObject({
      record: { state: 'paid', payment: { amountCents: 999_350 } },
    });
    // The award stays visible to those who award and pay, for the record.
    expect((await api.call('GET', path(id, '/award'), { as: people.cardholder })).status).toBe(200);
  });
});
