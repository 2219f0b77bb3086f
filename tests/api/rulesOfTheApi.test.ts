import { createRateLimiter } from '../../server/api/rateLimit';
import { parseIfMatch } from '../../server/api/outcomes';
import { opportunityView, timeline } from '../../server/api/views';
import { actor, anOpportunity, completeFields, people } from '../support/builders';

test('the rate limiter allows a burst, refills over time, and keeps people apart', () => {
  let now = 0;
  const limiter = createRateLimiter({ perMinute: 60, burst: 2 }, () => now);
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 1]);
  expect(limiter.take('b')).toBe(0);
  now += 1_000;
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBe(1);
  now += 60_000;
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 1]);
});

test('If-Match takes only the versions the API hands out', () => {
  expect(parseIfMatch('"7"')).toBe(7);
  expect(parseIfMatch('W/"7"')).toBe(7);
  for (const bad of [undefined, '*', '7', '"-1"', '"7", "8"', '"1e3"'])
    expect(parseIfMatch(bad)).toBeNull();
});

test('a view offers each person only what they may do now (separation of duties)', () => {
  const awaitingFunds = anOpportunity({ state: 'awaitingFunds' });
  expect(opportunityView(awaitingFunds, actor(people.cardholder)).actions).toEqual([
    'approveFunds',
    'returnToAuthor',
    'reject',
  ]);
  expect(opportunityView(awaitingFunds, actor(people.otherCardholder)).actions).toEqual([]);
  expect(opportunityView(awaitingFunds, actor(people.author)).actions).toEqual([
    'changeCardholder',
    'cancel',
  ]);
  const ownWork = anOpportunity({
    state: 'awaitingProcurement',
    authorId: people.allRoles.id,
  });
  expect(opportunityView(ownWork, actor(people.allRoles)).actions).not.toContain('approvePosting');
  expect(opportunityView(ownWork, actor(people.procurement)).actions).toEqual(
    expect.arrayContaining(['approvePosting', 'returnToAuthor', 'reject', 'cancel']),
  );
  expect(opportunityView(anOpportunity(), actor(people.author))).toMatchObject({
    totalCents: 999_350,
    // What the approvers certify: $8,690.00 before tax plus 15 % HST in New Brunswick.
    breakdown: { preTaxCents: 869_000, taxCents: 130_350, totalCents: 999_350, province: 'NB' },
  });
  const noProvince = anOpportunity({ fields: completeFields({ province: null }) });
  expect(opportunityView(noProvince, actor(people.author)).breakdown).toBeNull();
});

test('the timeline merges events and refusals in time order', () => {
  const entries = timeline(
    [
      {
        opportunityId: 'MA-2029-0001',
        version: 1,
        at: '2029-12-01T10:00:00.000Z',
        actorId: 'author',
        actorName: 'Alex Author',
        from: null,
        to: 'draft',
        comment: null,
        details: { kind: 'submit' },
      },
    ],
    [
      {
        opportunityId: 'MA-2029-0001',
        at: '2029-12-01T09:00:00.000Z',
        actorId: 'x',
        actorName: 'Someone',
        version: 1,
        refusal: { kind: 'wrongState', intent: 'approveFunds', state: 'draft' },
      },
    ],
  );
  expect(entries.map((e) => e.type)).toEqual(['refusal', 'event']);
});
