import { describeProblem } from '../../domain/messages';
import { postingPeriod } from '../../domain/postingPeriod';
import { acceptanceKinds } from '../../domain/opportunity';
import { completenessProblems, totalCents } from '../../domain/completeness';
import { decide } from '../../domain/decide';
import { capCents, maxPreTaxCents } from '../../domain/money';
import { emptyFields, textFields, type OpportunityFields } from '../../domain/opportunity';
import { scheduler, type Person } from '../../domain/people';
import { actor, anOpportunity, beforeClosing, completeFields, people } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';

function problemsOf(
  overrides: Partial<OpportunityFields>,
  context: { now?: Date; cardholder?: Person | null; authorId?: string } = {},
) {
  return completenessProblems(completeFields(overrides), {
    authorId: context.authorId ?? people.author.id,
    now: context.now ?? beforeClosing,
    cardholder: context.cardholder === undefined ? people.cardholder : context.cardholder,
  });
}

describe('completeness', () => {
  test('the builder’s complete fields have no problem', () => {
    expect(problemsOf({})).toEqual([]);
  });

  describe('both languages', () => {
    test.each(textFields)('%s is required', (field) => {
      expect(problemsOf({ [field]: '' })).toEqual([{ field, code: 'required' }]);
    });

    test.each(['skills', 'acceptanceCriteria', 'evaluationCriteria'] as const)(
      'each item of %s needs English and French',
      (field) => {
        const items = completeFields()[field];
        const item = items[0]!;
        const problems = problemsOf({
          [field]: [...items, { ...item, en: '' }, { ...item, fr: '' }],
        });
        expect(problems).toEqual([
          { field: `${field}[${items.length}].en`, code: 'required' },
          { field: `${field}[${items.length + 1}].fr`, code: 'required' },
        ]);
      },
    );

    test.each(acceptanceKinds)('acceptance criteria need at least one %s criterion', (kind) => {
      const others = completeFields().acceptanceCriteria.filter((c) => c.kind !== kind);
      expect(problemsOf({ acceptanceCriteria: others })).toEqual([
        { field: 'acceptanceCriteria', code: 'missingKind', params: { kind } },
      ]);
    });

    test('one criterion of a single kind names both missing kinds', () => {
      const functional = { en: 'Works', fr: 'Fonctionne', kind: 'functional' as const };
      expect(problemsOf({ acceptanceCriteria: [functional] }).map((p) => p.params)).toEqual([
        { kind: 'quality' },
        { kind: 'security' },
      ]);
    });

    test.each(['skills', 'acceptanceCriteria', 'evaluationCriteria'] as const)(
      '%s needs at least one item',
      (field) => {
        expect(problemsOf({ [field]: [] })).toEqual([
          { field, code: 'tooFew', params: { min: 1 } },
        ]);
      },
    );
  });

  describe('the $10,000 cap applies including tax', () => {
    test('the pilot’s 8,690.00 before 15 % HST (NB) is 9,993.50 and within the cap', () => {
      const fields = completeFields({
        amountCents: 869_000,
        amountBasis: 'preTax',
        province: 'NB',
      });
      expect(totalCents(fields)).toBe(999_350);
      expect(problemsOf(fields)).toEqual([]);
    });

    test('8,696.00 before 15 % HST is 10,000.40 and over the cap', () => {
      expect(problemsOf({ amountCents: 869_600, amountBasis: 'preTax', province: 'NB' })).toEqual([
        { field: 'amountCents', code: 'overCap', params: { capCents, totalCents: 1_000_040 } },
      ]);
    });

    test('the largest pre-tax amount is accepted and one cent more is not', () => {
      const largest = maxPreTaxCents('NB');
      expect(problemsOf({ amountCents: largest, amountBasis: 'preTax', province: 'NB' })).toEqual(
        [],
      );
      expect(
        problemsOf({ amountCents: largest + 1, amountBasis: 'preTax', province: 'NB' }).map(
          (p) => p.code,
        ),
      ).toEqual(['overCap']);
    });

    test('exactly 10,000.00 tax included is accepted and 10,000.01 is over the cap', () => {
      expect(problemsOf({ amountCents: 1_000_000, amountBasis: 'taxIncluded' })).toEqual([]);
      expect(problemsOf({ amountCents: 1_000_001, amountBasis: 'taxIncluded' })).toEqual([
        { field: 'amountCents', code: 'overCap', params: { capCents, totalCents: 1_000_001 } },
      ]);
    });

    test('the province decides the tax: 9,000.00 before tax fits at 5 % GST, not at 13 % HST', () => {
      expect(problemsOf({ amountCents: 900_000, amountBasis: 'preTax', province: 'AB' })).toEqual(
        [],
      );
      expect(
        problemsOf({ amountCents: 900_000, amountBasis: 'preTax', province: 'ON' }).map(
          (p) => p.code,
        ),
      ).toEqual(['overCap']);
    });

    test('an amount and a province are required', () => {
      expect(problemsOf({ amountCents: null, province: null })).toEqual([
        { field: 'amountCents', code: 'required' },
        { field: 'province', code: 'required' },
      ]);
    });

    test('an amount is a whole, positive number of cents, and no total is made of another', () => {
      for (const amountCents of [0, -100, 1.5, Number.MAX_SAFE_INTEGER + 1]) {
        expect(problemsOf({ amountCents })).toEqual([
          { field: 'amountCents', code: 'notPositive' },
        ]);
        expect(totalCents(completeFields({ amountCents }))).toBeNull();
      }
      expect(problemsOf({ amountCents: 1 })).toEqual([]);
      expect(totalCents(completeFields({ amountCents: 1 }))).toBe(1);
    });

    test('a total needs both the amount and the province', () => {
      expect(totalCents(completeFields({ province: null }))).toBeNull();
      expect(totalCents(completeFields({ amountCents: null }))).toBeNull();
      expect(problemsOf({ province: null })).toEqual([{ field: 'province', code: 'required' }]);
      expect(problemsOf({ amountCents: null })).toEqual([
        { field: 'amountCents', code: 'required' },
      ]);
    });
  });

  describe('dates', () => {
    test('a closing date in the past is not in the future', () => {
      const now = new Date('2030-01-16T00:00:00.000Z');
      expect(problemsOf({}, { now })).toEqual([{ field: 'closingAt', code: 'notInFuture' }]);
    });

    test('a closing date equal to now is not in the future', () => {
      const now = new Date('2030-01-15T20:00:00.000Z');
      expect(problemsOf({}, { now })).toEqual([{ field: 'closingAt', code: 'notInFuture' }]);
    });

    describe('the minimum posting period', () => {
      // Friday 21 December 2029, 10:00 Eastern: Christmas, Boxing Day and New Year's Day are skipped.
      const now = new Date('2029-12-21T15:00:00.000Z');
      const period = postingPeriod(now, 5);
      const check = (closingAt: string, given = period) =>
        completenessProblems(completeFields({ closingAt }), {
          authorId: people.author.id,
          now,
          cardholder: people.cardholder,
          postingPeriod: given,
        });

      test('five business days from Friday 21 December is Wednesday 2 January, same time', () => {
        expect(period).toEqual({ days: 5, earliestClosing: '2030-01-02T15:00:00.000Z' });
        // Seconds of "now" never make an earliest closing no minute can meet.
        expect(postingPeriod(new Date('2029-12-21T15:00:20.000Z'), 5).earliestClosing).toBe(
          '2030-01-02T15:01:00.000Z',
        );
      });

      test('a minute before the earliest closing is refused, naming it; the earliest itself is not', () => {
        const problems = check('2030-01-02T14:59:00.000Z');
        expect(problems).toEqual([
          {
            field: 'closingAt',
            code: 'tooSoon',
            params: { days: 5, closingAt: '2030-01-02T15:00:00.000Z' },
          },
        ]);
        expect(describeProblem(problems[0]!, 'en')).toBe(
          'Closing date and time: must be at least 5 business days after the posting is approved; the earliest allowed closing is January 2, 2030 at 10:00 a.m. EST.',
        );
        expect(describeProblem(problems[0]!, 'fr')).toContain('2 janvier 2030 à 10 h 00 HNE');
        expect(check('2030-01-02T15:00:00.000Z')).toEqual([]);
      });

      test('a closing in the past is only "not in the future"; zero days needs only a future closing', () => {
        expect(check('2029-12-20T15:00:00.000Z').map((p) => p.code)).toEqual(['notInFuture']);
        expect(check('2029-12-21T15:01:00.000Z', postingPeriod(now, 0))).toEqual([]);
        // Zero days: the earliest is now itself, not rounded up to the next minute.
        expect(postingPeriod(new Date('2029-12-21T15:00:20.000Z'), 0)).toEqual({
          days: 0,
          earliestClosing: '2029-12-21T15:00:20.000Z',
        });
      });
    });

    test('the work cannot start before proposals close', () => {
      expect(problemsOf({ startDate: '2030-01-14' })).toEqual([
        { field: 'startDate', code: 'notAfter', params: { other: 'closingAt' } },
      ]);
    });

    test('the closing day is read in Eastern time: 00:30 UTC on the 16th is still the 15th', () => {
      const closingAt = '2030-01-16T00:30:00.000Z';
      expect(problemsOf({ closingAt, startDate: '2030-01-16' })).toEqual([]);
      expect(
        problemsOf({ closingAt: '2030-01-16T05:30:00.000Z', startDate: '2030-01-16' }),
      ).toEqual([{ field: 'startDate', code: 'notAfter', params: { other: 'closingAt' } }]);
    });

    test('the work starts after the closing day, not on it', () => {
      expect(
        problemsOf({ closingAt: '2030-01-15T20:00:00.000Z', startDate: '2030-01-15' }),
      ).toEqual([{ field: 'startDate', code: 'notAfter', params: { other: 'closingAt' } }]);
    });

    test('delivery must come after the start, not on the same day', () => {
      expect(problemsOf({ deliveryDate: '2030-01-19' })).toEqual([
        { field: 'deliveryDate', code: 'notAfter', params: { other: 'startDate' } },
      ]);
      expect(problemsOf({ deliveryDate: '2030-01-20' })).toEqual([
        { field: 'deliveryDate', code: 'notAfter', params: { other: 'startDate' } },
      ]);
    });

    test('each date is required', () => {
      expect(problemsOf({ closingAt: null, startDate: null, deliveryDate: null })).toEqual([
        { field: 'closingAt', code: 'required' },
        { field: 'startDate', code: 'required' },
        { field: 'deliveryDate', code: 'required' },
      ]);
    });

    test('a closing stored malformed is named, and nothing is checked against it', () => {
      expect(problemsOf({ closingAt: 'soon' })).toEqual([
        { field: 'closingAt', code: 'invalidDate' },
      ]);
    });

    test('a date stored malformed is named, and no order is checked against it', () => {
      // Only a stored record read back could hold one: the parser refuses them on the way in.
      expect(problemsOf({ startDate: '2030-02-30', deliveryDate: '20300220' })).toEqual([
        { field: 'startDate', code: 'invalidDate' },
        { field: 'deliveryDate', code: 'invalidDate' },
      ]);
      // A delivery is still checked against a start that reads when the closing does not.
      expect(problemsOf({ closingAt: 'soon', deliveryDate: '2030-01-20' })).toContainEqual({
        field: 'deliveryDate',
        code: 'notAfter',
        params: { other: 'startDate' },
      });
    });
  });

  describe('licence, repository, contact, fund centre', () => {
    test('a licence is required', () => {
      expect(problemsOf({ licence: null })).toEqual([{ field: 'licence', code: 'required' }]);
    });

    test.each(['http://github.com/example/x', 'ftp://example.com/x', 'https://localhost/x'])(
      'the repository %s is not an https address',
      (repositoryUrl) => {
        expect(problemsOf({ repositoryUrl })).toEqual([
          { field: 'repositoryUrl', code: 'invalidUrl' },
        ]);
      },
    );

    test('an https repository with credentials in it is refused', () => {
      expect(problemsOf({ repositoryUrl: 'https://user:secret@github.com/x' })).toEqual([
        { field: 'repositoryUrl', code: 'invalidUrl' },
      ]);
    });

    test.each(['team', 'team@example', 'team @example.gc.ca', 'a,b@example.gc.ca'])(
      'the contact %s is not an e-mail address',
      (contactEmail) => {
        expect(problemsOf({ contactEmail })).toEqual([
          { field: 'contactEmail', code: 'invalidEmail' },
        ]);
      },
    );

    test('repository, contact and fund centre are required', () => {
      expect(problemsOf({ repositoryUrl: '', contactEmail: '', fundCentre: '' })).toEqual([
        { field: 'repositoryUrl', code: 'required' },
        { field: 'contactEmail', code: 'required' },
        { field: 'fundCentre', code: 'required' },
      ]);
    });
  });

  describe('the cardholder and the attestation', () => {
    test('a cardholder is required', () => {
      expect(problemsOf({ cardholderId: null }, { cardholder: null })).toEqual([
        { field: 'cardholderId', code: 'required' },
      ]);
    });

    test('the author cannot be the cardholder, even with the cardholder role', () => {
      expect(
        problemsOf(
          { cardholderId: people.allRoles.id },
          { authorId: people.allRoles.id, cardholder: people.allRoles },
        ),
      ).toEqual([{ field: 'cardholderId', code: 'sameAsAuthor' }]);
    });

    test('a cardholder without the cardholder role is refused', () => {
      expect(
        problemsOf({ cardholderId: people.procurement.id }, { cardholder: people.procurement }),
      ).toEqual([{ field: 'cardholderId', code: 'notACardholder' }]);
    });

    test('a cardholder id that names nobody is refused', () => {
      expect(problemsOf({ cardholderId: 'ghost' }, { cardholder: null })).toEqual([
        { field: 'cardholderId', code: 'notACardholder' },
      ]);
    });

    test('the work must be attested unclassified', () => {
      expect(problemsOf({ unclassified: false })).toEqual([
        { field: 'unclassified', code: 'notAttested' },
      ]);
    });
  });

  test('an empty draft lists every missing part at once', () => {
    const problems = completenessProblems(emptyFields(), {
      authorId: people.author.id,
      now: beforeClosing,
      cardholder: null,
    });
    expect(new Set(problems.map((p) => p.field))).toEqual(
      new Set([
        // A new draft starts with the program's eligibility: only the rest is missing.
        ...textFields.filter((name) => !name.startsWith('eligibility')),
        'skills',
        'acceptanceCriteria',
        'evaluationCriteria',
        'amountCents',
        'province',
        'closingAt',
        'startDate',
        'deliveryDate',
        'licence',
        'repositoryUrl',
        'contactEmail',
        'fundCentre',
        'cardholderId',
        'unclassified',
      ]),
    );
  });
});

describe('decide runs completeness where the lifecycle needs it', () => {
  const context = { now: beforeClosing, cardholder: people.cardholder };

  test('submit is refused with the problems when a French text is missing', () => {
    const record = anOpportunity({ fields: completeFields({ workFr: '' }) });
    expect(decide(record, { kind: 'submit' }, actor(people.author), context)).toEqual({
      ok: false,
      refusal: {
        kind: 'incomplete',
        intent: 'submit',
        problems: [{ field: 'workFr', code: 'required' }],
      },
    });
  });

  test('posting is refused once the closing date has passed while it waited', () => {
    const record = anOpportunity({ state: 'awaitingProcurement' });
    const late = { ...context, now: new Date('2030-01-15T21:00:00.000Z') };
    expect(
      decide(record, { kind: 'approvePosting', comment: '' }, actor(people.procurement), late),
    ).toMatchObject({
      ok: false,
      refusal: { kind: 'incomplete', problems: [{ field: 'closingAt', code: 'notInFuture' }] },
    });
  });

  test('posting checks the cardholder as stored now: one who lost the role blocks it', () => {
    const record = anOpportunity({ state: 'awaitingProcurement' });
    const demoted = { ...people.cardholder, roles: [] };
    expect(
      decide(record, { kind: 'approvePosting', comment: '' }, actor(people.procurement), {
        ...context,
        cardholder: demoted,
      }),
    ).toMatchObject({
      ok: false,
      refusal: {
        kind: 'incomplete',
        problems: [{ field: 'cardholderId', code: 'notACardholder' }],
      },
    });
  });

  describe('the intent’s own payload', () => {
    test.each([
      [
        'returnToAuthor',
        'awaitingFunds',
        { kind: 'returnToAuthor', comment: '' },
        'comment',
        'required',
      ],
      ['reject', 'awaitingFunds', { kind: 'reject', comment: '' }, 'comment', 'required'],
      ['cancel', 'posted', { kind: 'cancel', reason: '' }, 'reason', 'required'],
      ['releaseAward', 'awardHeld', { kind: 'releaseAward', reason: '' }, 'reason', 'required'],
      [
        'recordDelivery (blank)',
        'awarded',
        { kind: 'recordDelivery', deliveryUrl: '' },
        'deliveryUrl',
        'required',
      ],
      [
        'recordDelivery (http)',
        'awarded',
        { kind: 'recordDelivery', deliveryUrl: 'http://github.com/example/x/pull/1' },
        'deliveryUrl',
        'invalidUrl',
      ],
    ] as const)('%s needs a valid %s', (_name, state, intent, field, code) => {
      const who =
        state === 'awaitingFunds'
          ? people.cardholder
          : state === 'awardHeld'
            ? people.procurement
            : people.author;
      expect(decide(anOpportunity({ state }), intent, actor(who), context)).toMatchObject({
        ok: false,
        refusal: { kind: 'incomplete', problems: [{ field, code }] },
      });
    });

    test('an addendum needs both languages', () => {
      expect(
        decide(
          anOpportunity({ state: 'posted' }),
          { kind: 'amend', en: '', fr: '' },
          actor(people.author),
          context,
        ),
      ).toMatchObject({
        ok: false,
        refusal: {
          kind: 'incomplete',
          problems: [
            { field: 'en', code: 'required' },
            { field: 'fr', code: 'required' },
          ],
        },
      });
    });

    test('the scheduler cannot close before the closing time', () => {
      expect(
        decide(anOpportunity({ state: 'posted' }), { kind: 'close' }, scheduler, {
          ...context,
          now: new Date('2030-01-15T19:59:59.999Z'),
        }),
      ).toMatchObject({
        ok: false,
        refusal: { kind: 'incomplete', problems: [{ field: 'closingAt', code: 'notYetClosed' }] },
      });
    });

    describe('recording the payment', () => {
      const accepted = anOpportunity({ state: 'accepted' });
      const payment = {
        kind: 'recordPayment' as const,
        method: 'card' as const,
        amountCents: 999_350,
        paidOn: '2030-01-16',
        reference: 'TXN-0001',
      };
      const pay = (overrides: Partial<typeof payment>) =>
        decide(accepted, { ...payment, ...overrides }, actor(people.cardholder), {
          ...context,
          now: afterClosing,
        });

      test('the whole committed total, tax included, may be paid', () => {
        expect(pay({})).toMatchObject({
          ok: true,
          record: { state: 'paid', payment: { amountCents: 999_350 } },
        });
      });

      test('one cent more than the committed total is refused', () => {
        expect(pay({ amountCents: 999_351 })).toMatchObject({
          ok: false,
          refusal: {
            problems: [
              { field: 'amountCents', code: 'overCommitted', params: { committedCents: 999_350 } },
            ],
          },
        });
      });

      test.each([0, -100])('an amount of %i is refused as not positive', (amountCents) => {
        expect(pay({ amountCents })).toMatchObject({
          ok: false,
          refusal: { problems: [{ field: 'amountCents', code: 'notPositive' }] },
        });
      });

      test('a payment dated after today (Eastern) is refused', () => {
        expect(pay({ paidOn: '2030-01-17' })).toMatchObject({
          ok: false,
          refusal: { problems: [{ field: 'paidOn', code: 'inFuture' }] },
        });
      });

      describe('a payment dated before the work was accepted (s.34 comes first)', () => {
        // Certified at 22:30 Eastern on 15 January, already 16 January in UTC.
        const certified = anOpportunity({
          state: 'accepted',
          acceptance: { checks: [], certifiedAt: '2030-01-16T03:30:00.000Z' },
        });
        const payOn = (paidOn: string) =>
          decide(certified, { ...payment, paidOn }, actor(people.cardholder), {
            ...context,
            now: afterClosing,
          });

        test.each(['2021-07-01', '2030-01-14'])(
          '%s is refused, naming the acceptance date',
          (d) => {
            expect(payOn(d)).toMatchObject({
              ok: false,
              refusal: {
                problems: [
                  { field: 'paidOn', code: 'beforeAcceptance', params: { date: '2030-01-15' } },
                ],
              },
            });
          },
        );

        test('the day of acceptance, in Eastern time, is allowed', () => {
          expect(payOn('2030-01-15')).toMatchObject({ ok: true, record: { state: 'paid' } });
        });
      });

      test('a reference is required', () => {
        expect(pay({ reference: '' })).toMatchObject({
          ok: false,
          refusal: { problems: [{ field: 'reference', code: 'required' }] },
        });
      });
    });
  });
});
