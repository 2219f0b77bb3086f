import { decideDelegation, parseDelegation } from '../../domain/delegation';
import { postingPeriod } from '../../domain/postingPeriod';
import { parseQuestion } from '../../domain/questions';
import { parseInvitation, parseRoleChange } from '../../domain/peopleAdmin';
import { parseApplication } from '../../domain/applications';
import { completenessProblems } from '../../domain/completeness';
import { decide, type Refusal } from '../../domain/decide';
import { intentKinds } from '../../domain/transitions';
import { locales } from '../../domain/locale';
import {
  bilingual,
  catalogues,
  describeByInput,
  describeProblem,
  describeRefusal,
  fieldLabel,
  t,
} from '../../domain/messages';
import { en } from '../../domain/messages/en';
import { fr } from '../../domain/messages/fr';
import { parseFieldChanges } from '../../domain/parseFields';
import { roles, scheduler } from '../../domain/people';
import type { ForbiddenReason } from '../../domain/permissions';
import { problemCodes, type Problem } from '../../domain/problems';
import { states } from '../../domain/states';
import {
  actor,
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
  factsFor,
} from '../support/domainArbitraries';

/** The names a message needs: `{name}` placeholders and `{name|one|other}` plural choices. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1]))].sort();
const leftover = /[{}]/;

describe('the catalogues', () => {
  test('English and French have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s has the same placeholders in both languages', (key) => {
    const k = key as keyof typeof en;
    expect(placeholders(fr[k])).toEqual(placeholders(en[k]));
  });

  test.each(locales)(
    'no %s message is blank, and every brace belongs to a placeholder',
    (locale) => {
      const messages = Object.entries(catalogues[locale]);
      expect(messages.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
      const stray = messages.filter(([, text]) =>
        leftover.test(text.replace(/\{\w+(?:\|[^{}|]*\|[^{}|]*)?\}/g, '')),
      );
      expect(stray.map(([key]) => key)).toEqual([]);
    },
  );

  test('a count reads as words, by the plural rules of each language', () => {
    const read = (count: number) =>
      bilingual('problem.notEvaluated', { field: 'Evaluations', count });
    expect(read(0).en).toBe('Evaluations: 0 applications still to evaluate.');
    expect(read(1).en).toBe('Evaluations: 1 application still to evaluate.');
    expect(read(2).en).toBe('Evaluations: 2 applications still to evaluate.');
    expect(read(0).fr).toBe('Evaluations\u00a0: il reste 0 candidature à évaluer.');
    expect(read(1).fr).toBe('Evaluations\u00a0: il reste 1 candidature à évaluer.');
    expect(read(2).fr).toBe('Evaluations\u00a0: il reste 2 candidatures à évaluer.');
  });

  test('t fills placeholders and bilingual gives both languages', () => {
    expect(bilingual('outcome.notFound', { id: 'MA-2030-0007' })).toEqual({
      en: 'No opportunity MA-2030-0007 exists.',
      fr: 'Aucune occasion MA-2030-0007 n’existe.',
    });
  });
});

/** Problems as the domain really produces them: from parsing, completeness and decide. */
function producedProblems(): { source: string; problem: Problem }[] {
  const parsed = [
    { titleEn: 5 },
    { state: 'posted' },
    { titleEn: 'x'.repeat(101) },
    { skills: Array.from({ length: 21 }, () => ({ en: 'x', fr: 'x' })) },
    { workFr: 'x\u0000' },
    { closingAt: 'tomorrow' },
    { closingAt: '2030-01-15T20:00:30Z' },
    { province: 'XX' },
    { amountCents: 0 },
    { amountCents: 100_000_001 },
  ].flatMap((input) => parseFieldChanges(input).problems);

  const completeness = completenessProblems(
    completeFields({
      titleFr: '',
      skills: [],
      acceptanceCriteria: [{ en: 'Works', fr: 'Fonctionne', kind: 'functional' }],
      amountCents: 869_600,
      startDate: '2030-01-10',
      repositoryUrl: 'http://x.ca',
      contactEmail: 'nobody',
      unclassified: false,
    }),
    { authorId: people.author.id, now: beforeClosing, cardholder: people.procurement },
  );
  // Closing three days after posting approval, where five business days are needed.
  const tooSoon = completenessProblems(completeFields({ closingAt: '2029-12-04T20:00:00.000Z' }), {
    authorId: people.author.id,
    now: beforeClosing,
    cardholder: people.cardholder,
    postingPeriod: postingPeriod(beforeClosing, 5),
  });
  const sameAsAuthor = completenessProblems(completeFields({ cardholderId: people.author.id }), {
    authorId: people.author.id,
    now: new Date('2030-02-01T00:00:00Z'),
    cardholder: people.author,
  });

  const context = { now: afterClosing, cardholder: people.cardholder };
  const refusals = [
    decide(anOpportunity({ state: 'posted' }), { kind: 'close' }, scheduler, {
      ...context,
      now: beforeClosing,
    }),
    decide(
      anOpportunity({ state: 'accepted' }),
      {
        kind: 'recordPayment',
        method: 'card',
        amountCents: 2_000_000,
        paidOn: '2031-01-01',
        reference: '',
      },
      actor(people.cardholder),
      context,
    ),
    decide(
      anOpportunity({
        state: 'accepted',
        acceptance: { checks: [], certifiedAt: '2030-01-10T15:00:00.000Z' },
      }),
      {
        kind: 'recordPayment',
        method: 'card',
        amountCents: 0,
        paidOn: '2030-01-01',
        reference: 'r',
      },
      actor(people.cardholder),
      context,
    ),
    decide(
      anOpportunity({ state: 'evaluating', ...closedWithJordanPassing() }),
      { kind: 'evaluate', application: 'ZZZZZZZZ', results: [] },
      actor(people.author),
      context,
    ),
    decide(
      anOpportunity({ state: 'evaluating', ...closedWithJordanPassing() }),
      { kind: 'evaluate', application: applicationNumbers.sam, results: [] },
      actor(people.author),
      context,
    ),
    decide(
      anOpportunity({ state: 'evaluating', ...closedWithJordanPassing(), evaluations: {} }),
      { kind: 'award' },
      actor(people.author),
      context,
    ),
    decide(
      anOpportunity({ state: 'evaluating', applications: [] }),
      { kind: 'award' },
      actor(people.author),
      context,
    ),
    decide(
      anOpportunity({ state: 'evaluating', ...closedWithJordanPassing() }),
      { kind: 'award' },
      actor(people.author),
      { ...context, ...factsFor(anOpportunity(), afterClosing), award: undefined },
    ),
    decide(
      anOpportunity({ state: 'delivered' }),
      {
        kind: 'accept',
        comment: '',
        checks: [
          { met: false, note: 'x' },
          { met: true, note: 'x' },
          { met: true, note: 'x' },
        ],
        certified: true,
      },
      actor(people.author),
      context,
    ),
    decide(
      anOpportunity({ state: 'posted' }),
      { kind: 'extendClosing', closingAt: '2030-01-10T20:00:00.000Z', en: 'x', fr: 'x' },
      actor(people.author),
      { ...context, now: beforeClosing },
    ),
  ].flatMap((d) => (!d.ok && d.refusal.kind === 'incomplete' ? d.refusal.problems : []));

  const posted = anOpportunity({ state: 'posted' });
  const late = parseApplication(anApplicationForm(posted), posted, afterClosing);
  const badForm = parseApplication(
    anApplicationForm(posted, {
      name: '<img src=x onerror=alert(1)>',
      answer1: 'word '.repeat(400),
      eligible: '',
      website: 'x',
    }),
    posted,
    beforeClosing,
  );
  const applications = [late, badForm].flatMap((r) => (r.ok ? [] : r.error));
  const stored: Problem[] = [{ field: 'email', code: 'alreadyApplied' }];

  const from = (source: string, problems: Problem[]) =>
    problems.map((problem) => ({ source, problem }));
  return [
    ...from('parseFieldChanges', parsed),
    ...from('completeness', [...completeness, ...sameAsAuthor, ...tooSoon]),
    ...from('decide', refusals),
    ...from('parseApplication', applications),
    ...from('ApplicationStore', stored),
    ...from(
      'decide',
      (() => {
        const d = decide(
          anOpportunity({ state: 'posted' }),
          { kind: 'declineQuestion', question: 'ZZZZZZZZ', reason: 'x' },
          actor(people.author),
          { ...context, now: beforeClosing, questions: { received: [] } },
        );
        return !d.ok && d.refusal.kind === 'incomplete' ? d.refusal.problems : [];
      })(),
    ),
    ...from(
      'decide',
      (() => {
        const d = decide(
          anOpportunity({ state: 'awaitingFunds' }),
          { kind: 'changeCardholder', cardholderId: people.cardholder.id, comment: 'x' },
          actor(people.author),
          context,
        );
        return !d.ok && d.refusal.kind === 'incomplete' ? d.refusal.problems : [];
      })(),
    ),
    ...from('parseQuestion', errorsOf(parseQuestion({ question: 'Q?' }, posted, afterClosing, 48))),
    ...from('parseRoleChange', [
      ...errorsOf(parseRoleChange({ grant: ['wizard'], reason: 'x' })),
      ...errorsOf(parseRoleChange({ grant: ['client'], revoke: ['client'], reason: '' })),
      ...errorsOf(parseInvitation({ upn: 'nobody', roles: [], reason: 'x'.repeat(3_000) })),
    ]),
    ...from('parseDelegation', [
      ...errorsOf(
        parseDelegation(
          { delegateId: 'd', from: '2026-12-01', to: '2026-12-02', reason: 'x' },
          delegationDay,
        ),
      ),
      ...errorsOf(
        parseDelegation(
          { delegateId: 'd', from: '2026-12-08', to: '2027-06-01', reason: 'x' },
          delegationDay,
        ),
      ),
    ]),
    ...from('decideDelegation', [
      ...errorsOf(decideDelegation(people.cardholder, null, delegationRequest)),
      ...errorsOf(decideDelegation(people.cardholder, people.cardholder, delegationRequest)),
      ...errorsOf(decideDelegation(people.cardholder, people.procurement, delegationRequest)),
    ]),
  ];
}

const delegationDay = new Date('2026-12-08T15:00:00Z');
const delegationRequest = { delegateId: 'd', from: '2026-12-08', to: '2026-12-09', reason: 'x' };

function errorsOf(result: { ok: true } | { ok: false; error: Problem[] }): Problem[] {
  return result.ok ? [] : result.error;
}

describe('problems in words', () => {
  // Built inside the tests, not while the file loads: Stryker runs every test against a mutant of
  // code reached at load, so a sample built here made each mutant of `decide` cost the whole suite.
  test('the sample covers every problem code', () => {
    const problems = producedProblems();
    expect([...new Set(problems.map(({ problem }) => problem.code))].sort()).toEqual(
      [...problemCodes].sort(),
    );
  });

  test('every problem produced reads in English and French with every placeholder filled', () => {
    const unreadable = producedProblems()
      .filter(
        ({ problem: p }) =>
          locales.some((locale) => leftover.test(describeProblem(p, locale))) ||
          describeProblem(p, 'fr') === describeProblem(p, 'en'),
      )
      .map(({ source, problem: p }) => `${source}: ${p.field} ${p.code}`);
    expect(unreadable).toEqual([]);
  });

  test('the cap problem shows dollars in each language’s format', () => {
    const overCap: Problem = {
      field: 'amountCents',
      code: 'overCap',
      params: { capCents: 1_000_000, totalCents: 1_000_040 },
    };
    expect(describeProblem(overCap, 'en')).toBe(
      'Value: the total including tax ($10,000.40) is over the $10,000.00 limit.',
    );
    expect(describeProblem(overCap, 'fr')).toMatch(
      /^Valeur\u00a0: le total taxes comprises \(10\s000,40\s\$\)/,
    );
  });

  test('a notAfter problem names the other field in the reader’s language', () => {
    const p: Problem = { field: 'startDate', code: 'notAfter', params: { other: 'closingAt' } };
    expect(describeProblem(p, 'en')).toBe('Start date: must come after Closing date and time.');
    expect(describeProblem(p, 'fr')).toBe(
      'Date de début\u00a0: doit être postérieure à\u00a0: Date et heure de clôture.',
    );
  });

  test('a wrong type names what was expected in words', () => {
    const p: Problem = { field: 'skills', code: 'wrongType', params: { expected: 'list' } };
    expect(describeProblem(p, 'en')).toBe('Skills: expected a list.');
    expect(describeProblem(p, 'fr')).toBe('Compétences\u00a0: on attend une liste.');
  });
});

describe('field labels', () => {
  test('a list item’s part reads as words, in French and English', () => {
    expect(fieldLabel('acceptanceCriteria[2].fr', 'fr')).toBe(
      'Critères d’acceptation du travail, élément 3, français',
    );
    expect(fieldLabel('acceptanceCriteria[2].fr', 'en')).toBe(
      'Work acceptance criteria, item 3, French',
    );
    expect(fieldLabel('acceptanceCriteria[0].kind', 'en')).toBe(
      'Work acceptance criteria, item 1, type',
    );
  });

  test('a path it cannot read is shown as given', () => {
    expect(fieldLabel('no such/path', 'en')).toBe('no such/path');
    expect(fieldLabel('mystery', 'fr')).toBe('mystery');
  });
});

describe('refusals in words', () => {
  const wrongStates = intentKinds.flatMap((intent) =>
    states.map((state) => ({ kind: 'wrongState', intent, state }) as const),
  );
  const reasons: ForbiddenReason[] = [
    'systemOnly',
    'peopleOnly',
    'notAuthor',
    'notDesignatedCardholder',
    'ownOpportunity',
    'cardholderOfThis',
  ];
  const forbidden: Refusal[] = [
    ...reasons.flatMap((reason) =>
      [...intentKinds, 'create' as const].map((intent) => ({
        kind: 'forbidden' as const,
        intent,
        reason,
      })),
    ),
    ...roles.map((role) => ({
      kind: 'forbidden' as const,
      intent: 'create' as const,
      reason: 'missingRole' as const,
      role,
    })),
  ];

  test.each(locales)(
    'every intent in every state reads without a placeholder left (%s)',
    (locale) => {
      for (const refusal of wrongStates)
        expect(describeRefusal(refusal, locale)).not.toMatch(leftover);
    },
  );

  test.each(locales)(
    'every forbidden reason and role reads without a placeholder left (%s)',
    (locale) => {
      for (const refusal of forbidden)
        expect(describeRefusal(refusal, locale)).not.toMatch(leftover);
    },
  );

  test('a wrong state names the intent and the state', () => {
    const refusal: Refusal = { kind: 'wrongState', intent: 'submit', state: 'posted' };
    expect(describeRefusal(refusal, 'en')).toBe(
      'You cannot submit while the opportunity is "Posted".',
    );
    expect(describeRefusal(refusal, 'fr')).toBe(
      'Vous ne pouvez pas soumettre pendant que l’occasion est «\u00a0Publiée\u00a0».',
    );
  });

  test('a refused read names the view, and the state when that was the reason', () => {
    const refusal: Refusal = {
      kind: 'readRefused',
      intent: 'readFundCentreHistory',
      because: 'forbidden',
      state: 'posted',
    };
    expect(describeRefusal(refusal, 'en')).toBe(
      'You are not allowed to see the fund centre’s history.',
    );
    expect(describeRefusal(refusal, 'fr')).toBe(
      'Vous n’êtes pas autorisé à consulter l’historique du centre financier.',
    );
    expect(describeRefusal({ ...refusal, intent: 'readAward', because: 'wrongState' }, 'en')).toBe(
      'You cannot see the award while the opportunity is "Posted".',
    );
  });

  test('a missing role names the role', () => {
    const refusal: Refusal = {
      kind: 'forbidden',
      intent: 'approvePosting',
      reason: 'missingRole',
      role: 'procurement',
    };
    expect(describeRefusal(refusal, 'en')).toBe(
      'You need the procurement officer (CFOB) role to approve posting.',
    );
  });

  test('an incomplete refusal lists each problem on its own line', () => {
    const refusal: Refusal = {
      kind: 'incomplete',
      intent: 'submit',
      problems: [
        { field: 'titleFr', code: 'required' },
        { field: 'unclassified', code: 'notAttested' },
      ],
    };
    expect(describeRefusal(refusal, 'fr').split('\n')).toEqual([
      'Impossible de soumettre\u00a0: l’occasion est incomplète\u00a0:',
      'Titre (français)\u00a0: obligatoire.',
      'Le travail est non classifié\u00a0: vous devez attester que le travail est non classifié.',
    ]);
  });

  test.each(locales)('every state, intent and role has a name (%s)', (locale) => {
    for (const state of states) expect(t(locale, `state.${state}`)).not.toBe('');
    for (const intent of [...intentKinds, 'create' as const])
      expect(t(locale, `intent.${intent}`)).not.toBe('');
    for (const role of roles) expect(t(locale, `role.${role}`)).not.toBe('');
  });
});

describe('problems by input', () => {
  const problems: Problem[] = [
    { field: 'titleFr', code: 'required' },
    { field: 'summaryEn', code: 'tooLong', params: { max: 2000 } },
    { field: 'titleFr', code: 'invalidCharacters' },
    { field: 'unclassified', code: 'notAttested' },
  ];

  test('each input holds its problems in the order found, in the language asked', () => {
    const byInput = describeByInput(problems, 'fr');
    expect([...byInput.keys()]).toEqual(['titleFr', 'summaryEn', 'unclassified']);
    expect(byInput.get('titleFr')).toEqual([
      describeProblem(problems[0]!, 'fr'),
      describeProblem(problems[2]!, 'fr'),
    ]);
    expect(byInput.get('summaryEn')).toEqual([describeProblem(problems[1]!, 'fr')]);
  });

  test('an input can hold the problems of several fields', () => {
    const byInput = describeByInput(problems, 'en', (field) =>
      field.startsWith('title') ? 'title' : field,
    );
    expect([...byInput.keys()]).toEqual(['title', 'summaryEn', 'unclassified']);
    expect(byInput.get('title')).toHaveLength(2);
  });
});
