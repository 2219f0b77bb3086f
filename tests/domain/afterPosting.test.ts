import fc from 'fast-check';
import { totalCents } from '../../domain/completeness';
import { capCents } from '../../domain/money';
import {
  countWords,
  isConfirmationNumber,
  parseApplication,
  supplierKeyText,
} from '../../domain/applications';
import { decide, type DecisionContext } from '../../domain/decide';
import { verifyDraw } from '../../domain/draw';
import type { Intent } from '../../domain/intents';
import { maxApplicationAnswerWords } from '../../domain/limits';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import {
  actor,
  aDay,
  anApplicationForm,
  anOpportunity,
  beforeClosing,
  completeFields,
  people,
} from '../support/builders';
import {
  afterClosing,
  applicationNumbers,
  closedWithJordanPassing,
  drawSecret,
  evaluation,
  factsFor,
} from '../support/domainArbitraries';

const posted = anOpportunity({ state: 'posted' });
const problemsOf = (result: ReturnType<typeof parseApplication>) =>
  result.ok ? [] : result.error.map((p) => [p.field, p.code]);

describe('an application form', () => {
  test('a complete form is read into identity and answers, kept apart', () => {
    const result = parseApplication(
      anApplicationForm(posted, { businessName: '  Jordan Dev Coop  ' }),
      posted,
      beforeClosing,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        identity: {
          name: 'Jordan Developer',
          businessName: 'Jordan Dev Coop',
          email: 'jordan@example.com',
        },
        answers: ['I built the date picker of the Canada.ca design system and its tests.'],
      },
    });
  });

  test('every bad field is named at once', () => {
    const result = parseApplication(
      {
        answer1: 'w '.repeat(maxApplicationAnswerWords + 1),
        email: 'not an address',
        website: 'http://spam',
      },
      posted,
      beforeClosing,
    );
    expect(problemsOf(result)).toEqual([
      ['name', 'required'],
      ['email', 'invalidEmail'],
      ['answers[0]', 'tooManyWords'],
      ['eligible', 'mustConfirm'],
      ['terms', 'mustConfirm'],
      ['website', 'mustBeEmpty'],
    ]);
  });

  test('wrong types, control characters and missing answers are refused', () => {
    const form = anApplicationForm(posted, { name: 'Jo\u0000rdan' }) as Record<string, unknown>;
    form.email = ['jordan@example.com'];
    delete form.answer1;
    expect(problemsOf(parseApplication(form, posted, beforeClosing))).toEqual([
      ['name', 'invalidCharacters'],
      ['email', 'wrongType'],
      ['answers[0]', 'required'],
    ]);
  });

  test('at the closing time and after, nothing is read and the closing time is given', () => {
    const closingAt = posted.fields.closingAt!;
    for (const now of [new Date(closingAt), afterClosing]) {
      const result = parseApplication(anApplicationForm(posted), posted, now);
      expect(result).toEqual({
        ok: false,
        error: [{ field: 'closingAt', code: 'closed', params: { closingAt } }],
      });
    }
    const justBefore = new Date(Date.parse(closingAt) - 1);
    expect(parseApplication(anApplicationForm(posted), posted, justBefore).ok).toBe(true);
  });

  test('only a posted opportunity takes applications', () => {
    for (const state of ['draft', 'awaitingProcurement', 'evaluating', 'cancelled'] as const) {
      const record = anOpportunity({ state });
      expect(
        problemsOf(parseApplication(anApplicationForm(record), record, beforeClosing)),
      ).toEqual([['closingAt', 'closed']]);
    }
    const unscheduled = anOpportunity({ state: 'draft' });
    const noClosing = { ...unscheduled, fields: { ...unscheduled.fields, closingAt: null } };
    expect(parseApplication(anApplicationForm(noClosing), noClosing, beforeClosing)).toEqual({
      ok: false,
      error: [{ field: 'closingAt', code: 'closed', params: { closingAt: '' } }],
    });
  });

  test('one supplier is one address, whatever its case or its +tag', () => {
    const key = supplierKeyText('Jo.Bloggs@example.com');
    expect(supplierKeyText(' jo.bloggs+bids@EXAMPLE.com ')).toBe(key);
    expect(supplierKeyText('jo.bloggs@example.org')).not.toBe(key);
  });

  test('words are counted on any whitespace', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one\ttwo\nthree  ')).toBe(3);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé]{1,8}$/), { maxLength: 50 }), (words) => {
        expect(countWords(words.join(' \n '))).toBe(words.length);
      }),
    );
  });
});

function decideAs(
  record: Opportunity,
  intent: Intent,
  who: Person,
  context: Partial<DecisionContext> = {},
) {
  return decide(record, intent, actor(who), {
    now: afterClosing,
    cardholder: people.cardholder,
    ...factsFor(record, afterClosing),
    ...context,
  });
}

const evaluating = (overrides: Partial<Opportunity> = {}) =>
  anOpportunity({ state: 'evaluating', ...closedWithJordanPassing(), ...overrides });

describe('closing', () => {
  test('fixes the applications received and publishes the commitment', () => {
    const decision = decideAs(posted, { kind: 'close' }, people.author, {});
    expect(decision.ok).toBe(false);
    const closed = decide(
      posted,
      { kind: 'close' },
      { kind: 'system', id: 'system', name: 'scheduler' },
      {
        now: afterClosing,
        cardholder: null,
        ...factsFor(posted, afterClosing),
      },
    );
    if (!closed.ok) throw new Error(JSON.stringify(closed.refusal));
    expect(closed.record).toMatchObject({
      state: 'evaluating',
      closedAt: afterClosing.toISOString(),
      applications: [applicationNumbers.jordan, applicationNumbers.sam],
      drawCommitment: factsFor(posted, afterClosing).closing.drawCommitment,
    });
    // The secret itself is not on the record nor in the event until the award.
    expect(JSON.stringify(closed)).not.toContain(drawSecret);
  });
});

describe('evaluation', () => {
  test('records pass or fail per criterion, and a second look replaces the first', () => {
    const first = decideAs(
      evaluating({ evaluations: {} }),
      evaluation(applicationNumbers.sam, true),
      people.author,
    );
    if (!first.ok) throw new Error(JSON.stringify(first.refusal));
    expect(first.record.evaluations).toEqual({ [applicationNumbers.sam]: [true] });
    expect(first.event.details).toMatchObject({
      kind: 'evaluate',
      results: [{ pass: true, rationale: 'Links to two shipped components.' }],
    });
    const second = decideAs(first.record, evaluation(applicationNumbers.sam, false), people.author);
    if (!second.ok) throw new Error(JSON.stringify(second.refusal));
    expect(second.record.evaluations).toEqual({ [applicationNumbers.sam]: [false] });
  });

  test('needs a rationale for every criterion, one result per criterion, and a received application', () => {
    const record = evaluating();
    const refused = (intent: Intent) => {
      const d = decideAs(record, intent, people.author);
      return d.ok
        ? []
        : d.refusal.kind === 'incomplete'
          ? d.refusal.problems.map((p) => [p.field, p.code])
          : [d.refusal.kind];
    };
    expect(
      refused({
        ...evaluation(applicationNumbers.sam, true),
        results: [{ pass: false, rationale: '' }],
      }),
    ).toEqual([['results[0].rationale', 'required']]);
    expect(refused({ ...evaluation(applicationNumbers.sam, true), results: [] })).toEqual([
      ['results', 'wrongCount'],
    ]);
    expect(refused(evaluation('ZZZZZZZZ', true))).toEqual([['application', 'unknownApplication']]);
    // Only the author evaluates: not the cardholder, not a procurement officer.
    expect(
      decideAs(record, evaluation(applicationNumbers.sam, true), people.cardholder),
    ).toMatchObject({
      ok: false,
      refusal: { kind: 'forbidden', reason: 'notAuthor' },
    });
  });
});

describe('the award', () => {
  test('waits until every application is evaluated', () => {
    const d = decideAs(
      evaluating({ evaluations: { [applicationNumbers.jordan]: [true] } }),
      { kind: 'award' },
      people.author,
    );
    expect(d).toMatchObject({
      ok: false,
      refusal: { problems: [{ field: 'evaluations', code: 'notEvaluated', params: { count: 1 } }] },
    });
  });

  test('one that passes alone wins, and the draw it records verifies against the commitment', () => {
    const record = evaluating();
    const d = decideAs(record, { kind: 'award' }, people.author);
    if (!d.ok) throw new Error(JSON.stringify(d.refusal));
    expect(d.record).toMatchObject({
      state: 'awarded',
      supplierName: 'Jordan Developer',
      awardedAt: afterClosing.toISOString(),
    });
    const award = d.record.award!;
    expect(award).toMatchObject({
      winner: applicationNumbers.jordan,
      candidates: [applicationNumbers.jordan],
      secret: drawSecret,
    });
    expect(
      verifyDraw({
        opportunityId: record.id,
        commitment: record.drawCommitment!,
        secret: award.secret,
        candidates: award.candidates,
        winner: award.winner,
      }),
    ).toEqual({ ok: true });
  });

  test('when none passed there is no one to award', () => {
    const none = evaluating({
      evaluations: { [applicationNumbers.jordan]: [false], [applicationNumbers.sam]: [false] },
    });
    expect(decideAs(none, { kind: 'award' }, people.author)).toMatchObject({
      ok: false,
      refusal: { problems: [{ field: 'evaluations', code: 'noneQualified' }] },
    });
    expect(
      decideAs(evaluating({ applications: [], evaluations: {} }), { kind: 'award' }, people.author),
    ).toMatchObject({
      ok: false,
      refusal: { problems: [{ code: 'noneQualified' }] },
    });
  });

  test('a secret that does not match the published commitment is refused', () => {
    const record = evaluating();
    const facts = factsFor(record, afterClosing).award;
    expect(
      decideAs(record, { kind: 'award' }, people.author, {
        award: { ...facts, secret: 'f'.repeat(64) },
      }),
    ).toMatchObject({
      ok: false,
      refusal: { problems: [{ field: 'drawCommitment', code: 'drawMismatch' }] },
    });
  });

  test('contract splitting: a second win by the same supplier from the fund centre past the limit is held', () => {
    const samAlone = evaluating({
      evaluations: { [applicationNumbers.jordan]: [false], [applicationNumbers.sam]: [true] },
    });
    const held = decideAs(samAlone, { kind: 'award' }, people.author);
    if (!held.ok) throw new Error(JSON.stringify(held.refusal));
    expect(held.record).toMatchObject({ state: 'awardHeld', awardedAt: null });
    expect(held.record.award!.splitting).toEqual({
      opportunityIds: ['MA-2029-0900'],
      priorCents: 900_000,
    });

    // A procurement officer releases it with a reason; the author cannot.
    const release: Intent = { kind: 'releaseAward', reason: 'Separate needs, approved by CFOB.' };
    expect(decideAs(held.record, release, people.author)).toMatchObject({
      ok: false,
      refusal: { kind: 'forbidden' },
    });
    const released = decideAs(held.record, release, people.procurement);
    if (!released.ok) throw new Error(JSON.stringify(released.refusal));
    expect(released.record).toMatchObject({
      state: 'awarded',
      awardedAt: afterClosing.toISOString(),
    });
    expect(released.record.award!.releaseReason).toBe('Separate needs, approved by CFOB.');
  });

  test('contract splitting looks only at the same fund centre, the same supplier, the last twelve months', () => {
    const samAlone = evaluating({
      evaluations: { [applicationNumbers.jordan]: [false], [applicationNumbers.sam]: [true] },
    });
    const facts = factsFor(samAlone, afterClosing).award;
    const prior = facts.fundCentreAwards[0]!;
    const variants = [
      { ...prior, fundCentre: 'FC-0001' },
      { ...prior, supplierKey: 'someone-else' },
      { ...prior, at: new Date(afterClosing.getTime() - 367 * aDay).toISOString() },
      // Together exactly at the limit is within it.
      { ...prior, totalCents: capCents - totalCents(samAlone.fields)! },
    ];
    for (const other of variants) {
      const d = decideAs(samAlone, { kind: 'award' }, people.author, {
        award: { ...facts, fundCentreAwards: [other] },
      });
      expect(d.ok && d.record.state).toBe('awarded');
    }
    const sameCentreOtherCase = { ...prior, fundCentre: ` ${prior.fundCentre.toLowerCase()} ` };
    const d = decideAs(samAlone, { kind: 'award' }, people.author, {
      award: { ...facts, fundCentreAwards: [sameCentreOtherCase] },
    });
    expect(d.ok && d.record.state).toBe('awardHeld');
  });
});

describe('acceptance (FAA s.34)', () => {
  const delivered = anOpportunity({
    state: 'delivered',
    fields: {
      ...completeFields(),
      acceptanceCriteria: [completeFields().acceptanceCriteria[0]!],
    },
  });
  test('needs one check per criterion, each met with a note, and the certification', () => {
    const accept = (checks: { met: boolean; note: string }[], certified: boolean) => {
      const d = decideAs(
        delivered,
        { kind: 'accept', comment: '', checks, certified },
        people.author,
      );
      return d.ok
        ? d.record.acceptance
        : d.refusal.kind === 'incomplete'
          ? d.refusal.problems.map((p) => [p.field, p.code])
          : d.refusal;
    };
    expect(accept([], true)).toEqual([['checks', 'wrongCount']]);
    expect(accept([{ met: false, note: '' }], false)).toEqual([
      ['checks[0].note', 'required'],
      ['checks[0].met', 'criterionNotMet'],
      ['certified', 'mustConfirm'],
    ]);
    expect(accept([{ met: true, note: 'axe: 0 violations' }], true)).toEqual({
      checks: [{ met: true, note: 'axe: 0 violations' }],
      certifiedAt: afterClosing.toISOString(),
    });
  });
});

describe('an application form, field by field', () => {
  const form = (overrides: Record<string, unknown>) =>
    parseApplication({ ...anApplicationForm(posted), ...overrides }, posted, beforeClosing);

  test('a field of the wrong type is that problem alone, never also "required"', () => {
    expect(problemsOf(form({ name: 5, email: ['a@b.ca'], answer1: 7 }))).toEqual([
      ['name', 'wrongType'],
      ['email', 'wrongType'],
      ['answers[0]', 'wrongType'],
    ]);
  });

  test('a blank answer is required; markup in an answer is refused', () => {
    expect(problemsOf(form({ answer1: '   ' }))).toEqual([['answers[0]', 'required']]);
    expect(problemsOf(form({ answer1: 'See <img src=x>' }))).toEqual([['answers[0]', 'markup']]);
    expect(problemsOf(form({ email: 'not an address' }))).toEqual([['email', 'invalidEmail']]);
    expect(problemsOf(form({ email: '' }))).toEqual([['email', 'required']]);
  });

  test(`an answer of exactly ${maxApplicationAnswerWords} words is taken`, () => {
    expect(form({ answer1: 'w '.repeat(maxApplicationAnswerWords) }).ok).toBe(true);
  });

  test('a confirmation number is eight characters of the alphabet, as text', () => {
    expect(isConfirmationNumber('7K3Q9XH2')).toBe(true);
    for (const value of [12345678, '7K3Q9XH', '7K3Q9XHI', '7k3q9xh2', ' 7K3Q9XH2'])
      expect(isConfirmationNumber(value)).toBe(false);
  });
});
