import fc from 'fast-check';
import type { Intent, IntentKind } from '../../domain/intents';
import { capCents, provinces, type AmountBasis } from '../../domain/money';
import type { Opportunity } from '../../domain/opportunity';
import { actorFromPerson, scheduler, type Actor, type Person } from '../../domain/people';
import { easternDate } from '../../domain/text';
import { transitions } from '../../domain/transitions';
import type { DecisionContext } from '../../domain/decide';
import { drawCommitment, sha256Hex } from '../../domain/draw';
import { aDay, completeFields, people } from './builders';

/** A "now" just after the default closing date of `completeFields()`, when the scheduler may close. */
export const afterClosing = new Date('2030-01-16T15:00:00.000Z');

type IntentOf<K extends IntentKind> = Extract<Intent, { kind: K }>;

/** The draw's secret in these tests, and the two applications every closed test record holds. */
export const drawSecret = sha256Hex('the draw secret of the domain tests');
export const applicationNumbers = { jordan: 'J0RDAN01', sam: 'SAM00002' } as const;
export const suppliers = {
  [applicationNumbers.jordan]: { name: 'Jordan Developer', key: 'jordan@example.com' },
  [applicationNumbers.sam]: { name: 'Sam Coder', key: 'sam@example.com' },
};

/**
 * What the store reads for `close` and `award`: two applications, the draw's secret, and an
 * earlier $9,000 award from the same fund centre to Sam, so an award to Sam is held.
 */
/** The number of the one question a supplier asked about the record, in `factsFor`. */
export const questionNumber = '7K3Q9XH2';

export function factsFor(
  record: Opportunity,
  now: Date,
): Required<Pick<DecisionContext, 'closing' | 'award' | 'questions' | 'proposedCardholder'>> {
  return {
    // The cardholder `validIntent.changeCardholder` names, as storage returns them.
    proposedCardholder: people.otherCardholder,
    questions: { received: [questionNumber] },
    closing: {
      applications: Object.values(applicationNumbers),
      drawCommitment: drawCommitment(drawSecret),
    },
    award: {
      secret: drawSecret,
      suppliers,
      fundCentreAwards: [
        {
          opportunityId: 'MA-2029-0900',
          fundCentre: record.fields.fundCentre,
          supplierKey: suppliers[applicationNumbers.sam].key,
          at: new Date(now.getTime() - 30 * aDay).toISOString(),
          totalCents: 900_000,
        },
      ],
    },
  };
}

/** A record's facts after closing with both applications, Jordan passing and Sam failing: ready to award. */
export function closedWithJordanPassing(): Partial<Opportunity> {
  return {
    applications: Object.values(applicationNumbers),
    drawCommitment: drawCommitment(drawSecret),
    evaluations: { [applicationNumbers.jordan]: [true], [applicationNumbers.sam]: [false] },
  };
}

/** An evaluation of one application: every criterion of `completeFields()` passes or fails. */
export function evaluation(application: string, pass: boolean): IntentOf<'evaluate'> {
  return {
    kind: 'evaluate',
    application,
    results: completeFields().evaluationCriteria.map(() => ({
      pass,
      rationale: pass ? 'Links to two shipped components.' : 'No example given.',
    })),
  };
}

/** For each intent, a payload that passes the intent's own checks at `now` on `anOpportunity()`. */
export const validIntent: { [K in IntentKind]: (now: Date) => IntentOf<K> } = {
  editDraft: () => ({ kind: 'editDraft', changes: { titleEn: 'Accessible date picker, v2' } }),
  submit: () => ({ kind: 'submit' }),
  approveFunds: () => ({ kind: 'approveFunds', comment: 'Funds reserved in FC-1234.' }),
  approvePosting: () => ({ kind: 'approvePosting', comment: '' }),
  returnToAuthor: () => ({ kind: 'returnToAuthor', comment: 'Please add a security criterion.' }),
  reject: () => ({ kind: 'reject', comment: 'This is not a coding job.' }),
  changeCardholder: () => ({
    kind: 'changeCardholder',
    cardholderId: people.otherCardholder.id,
    comment: 'Megan left the branch.',
  }),
  amend: () => ({ kind: 'amend', en: 'The repository moved.', fr: 'Le dépôt a déménagé.' }),
  extendClosing: () => ({
    kind: 'extendClosing',
    closingAt: '2030-01-18T20:00:00.000Z',
    en: 'A late answer needs time to read.',
    fr: 'Une réponse tardive demande du temps.',
  }),
  answerQuestion: () => ({
    kind: 'answerQuestion',
    question: questionNumber,
    questionEn: 'May the work use Python 3.12?',
    questionFr: 'Le travail peut-il utiliser Python 3.12?',
    answerEn: 'Yes: any supported version.',
    answerFr: 'Oui : toute version prise en charge.',
  }),
  declineQuestion: () => ({
    kind: 'declineQuestion',
    question: questionNumber,
    reason: 'Asks for the budget breakdown, which is not public.',
  }),
  close: () => ({ kind: 'close' }),
  evaluate: () => evaluation(applicationNumbers.jordan, true),
  award: () => ({ kind: 'award' }),
  releaseAward: () => ({
    kind: 'releaseAward',
    reason: 'Different needs: a date picker, then a map.',
  }),
  recordDelivery: () => ({
    kind: 'recordDelivery',
    deliveryUrl: 'https://github.com/example/date-picker/pull/1',
  }),
  accept: () => ({
    kind: 'accept',
    comment: 'Works as specified.',
    checks: completeFields().acceptanceCriteria.map(() => ({ met: true, note: 'Checked.' })),
    certified: true,
  }),
  recordPayment: (now) => ({
    kind: 'recordPayment',
    method: 'card',
    amountCents: 500_000,
    paidOn: easternDate(now),
    reference: 'TXN-0001',
  }),
  cancel: () => ({ kind: 'cancel', reason: 'An existing component does the job.' }),
};

export function aValidIntent(kind: IntentKind, now: Date): Intent {
  return validIntent[kind](now);
}

// Money

export const provinceArb = fc.constantFrom(...provinces);
export const basisArb = fc.constantFrom<AmountBasis>('preTax', 'taxIncluded');
/** Amounts a draft may hold: `parseFieldChanges` refuses more than 100 × the cap. */
export const draftAmountArb = fc.integer({ min: 0, max: 100 * capCents });
/** Every amount `breakdown` accepts (it refuses more than 10¹² cents). */
export const anyAmountArb = fc.integer({ min: 0, max: 1_000_000_000_000 });

// Lifecycle

const hours = (n: number) => n * 60 * 60 * 1000;

/** Named intents, some valid and some not, so that counterexamples read as words. */
export const intentPool: Readonly<Record<string, (now: Date) => Intent>> = {
  'editDraft: retitle': validIntent.editDraft,
  'editDraft: blank French title': () => ({ kind: 'editDraft', changes: { titleFr: '' } }),
  'editDraft: author as cardholder': () => ({
    kind: 'editDraft',
    changes: { cardholderId: people.author.id },
  }),
  'editDraft: other cardholder': () => ({
    kind: 'editDraft',
    changes: { cardholderId: people.otherCardholder.id },
  }),
  'editDraft: outsider as cardholder': () => ({
    kind: 'editDraft',
    changes: { cardholderId: people.outsider.id },
  }),
  'editDraft: usual cardholder': () => ({
    kind: 'editDraft',
    changes: { cardholderId: people.cardholder.id },
  }),
  'editDraft: over the cap': () => ({
    kind: 'editDraft',
    changes: { amountCents: 900_000, amountBasis: 'preTax', province: 'NB' },
  }),
  'editDraft: within the cap': () => ({
    kind: 'editDraft',
    changes: { amountCents: 950_000, amountBasis: 'taxIncluded', province: 'ON' },
  }),
  'editDraft: closes in two hours': (now) => ({
    kind: 'editDraft',
    changes: {
      closingAt: new Date(now.getTime() + hours(2)).toISOString(),
      startDate: easternDate(new Date(now.getTime() + 2 * aDay)),
      deliveryDate: easternDate(new Date(now.getTime() + 30 * aDay)),
    },
  }),
  'editDraft: closes in ten days': (now) => ({
    kind: 'editDraft',
    changes: {
      closingAt: new Date(now.getTime() + 10 * aDay).toISOString(),
      startDate: easternDate(new Date(now.getTime() + 12 * aDay)),
      deliveryDate: easternDate(new Date(now.getTime() + 40 * aDay)),
    },
  }),
  'editDraft: not attested': () => ({ kind: 'editDraft', changes: { unclassified: false } }),
  'editDraft: attested': () => ({ kind: 'editDraft', changes: { unclassified: true } }),
  submit: validIntent.submit,
  approveFunds: validIntent.approveFunds,
  approvePosting: validIntent.approvePosting,
  returnToAuthor: validIntent.returnToAuthor,
  'returnToAuthor: no comment': () => ({ kind: 'returnToAuthor', comment: '' }),
  reject: validIntent.reject,
  'reject: no comment': () => ({ kind: 'reject', comment: '' }),
  changeCardholder: validIntent.changeCardholder,
  'changeCardholder: no comment': () => ({
    kind: 'changeCardholder',
    cardholderId: people.otherCardholder.id,
    comment: ' ',
  }),
  'changeCardholder: to the author': () => ({
    kind: 'changeCardholder',
    cardholderId: people.author.id,
    comment: 'I will pay myself.',
  }),
  'changeCardholder: to an outsider': () => ({
    kind: 'changeCardholder',
    cardholderId: people.outsider.id,
    comment: 'They have a card, I think.',
  }),
  amend: validIntent.amend,
  'amend: no French': () => ({ kind: 'amend', en: 'The repository moved.', fr: '' }),
  extendClosing: validIntent.extendClosing,
  'extendClosing: earlier': (now) => ({
    ...validIntent.extendClosing(now),
    closingAt: '2030-01-10T20:00:00.000Z',
  }),
  answerQuestion: validIntent.answerQuestion,
  declineQuestion: validIntent.declineQuestion,
  'answerQuestion: no French answer': (now) => ({
    ...validIntent.answerQuestion(now),
    answerFr: '',
  }),
  'declineQuestion: unknown question': () => ({
    kind: 'declineQuestion',
    question: 'ZZZZZZZZ',
    reason: 'Off topic.',
  }),
  close: validIntent.close,
  evaluate: validIntent.evaluate,
  'evaluate: Jordan fails': () => evaluation(applicationNumbers.jordan, false),
  'evaluate: Sam passes': () => evaluation(applicationNumbers.sam, true),
  'evaluate: Sam fails': () => evaluation(applicationNumbers.sam, false),
  'evaluate: unknown application': () => evaluation('ZZZZZZZZ', true),
  'evaluate: no rationale': () => ({
    ...evaluation(applicationNumbers.sam, true),
    results: [{ pass: true, rationale: '' }],
  }),
  award: validIntent.award,
  releaseAward: validIntent.releaseAward,
  'releaseAward: no reason': () => ({ kind: 'releaseAward', reason: '' }),
  recordDelivery: validIntent.recordDelivery,
  'recordDelivery: http': () => ({ kind: 'recordDelivery', deliveryUrl: 'http://example.com/x' }),
  accept: validIntent.accept,
  'accept: criterion not met': (now) => ({
    ...validIntent.accept(now),
    checks: completeFields().acceptanceCriteria.map((_, i) =>
      i === 0 ? { met: false, note: 'Fails axe.' } : { met: true, note: 'Checked.' },
    ),
  }),
  'accept: not certified': (now) => ({ ...validIntent.accept(now), certified: false }),
  recordPayment: validIntent.recordPayment,
  'recordPayment: over the commitment': (now) => ({
    ...validIntent.recordPayment(now),
    amountCents: 2_000_000,
  }),
  'recordPayment: dated tomorrow': (now) => ({
    ...validIntent.recordPayment(now),
    paidOn: easternDate(new Date(now.getTime() + aDay)),
  }),
  cancel: validIntent.cancel,
  'cancel: no reason': () => ({ kind: 'cancel', reason: '' }),
};

/** Everyone who may press a button: each person of the cast, and the scheduler. */
export const everyone: Readonly<Record<string, Actor>> = {
  ...Object.fromEntries(Object.entries(people).map(([name, p]) => [name, actorFromPerson(p)])),
  scheduler,
};

/** A step names its intent and actor; `allowedHere` and `rightful` are resolved against the record. */
export interface Step {
  intent: { pick: 'allowedHere'; index: number } | { pick: 'named'; name: string };
  actor: 'rightful' | string;
  advanceMinutes: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  intent: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ pick: fc.constant('allowedHere' as const), index: fc.nat() }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        pick: fc.constant('named' as const),
        name: fc.constantFrom(...Object.keys(intentPool)),
      }),
    },
  ),
  actor: fc.oneof(
    { weight: 3, arbitrary: fc.constant('rightful') },
    { weight: 2, arbitrary: fc.constantFrom(...Object.keys(everyone)) },
  ),
  advanceMinutes: fc.oneof(
    fc.integer({ min: 0, max: 6 * 60 }),
    fc.integer({ min: 0, max: 6 * 24 * 60 }),
  ),
});

export const lifecycleArb = fc.record({
  author: fc.constantFrom<Person>(people.author, people.allRoles),
  steps: fc.array(stepArb, { minLength: 20, maxLength: 60 }),
});

function personById(id: string | null): Person | null {
  return Object.values(people).find((p) => p.id === id) ?? null;
}

/** The cardholder the record names, as storage would return it. */
export function namedCardholder(record: Opportunity): Person | null {
  return personById(record.fields.cardholderId);
}

/** Intents that end a run; `allowedHere` leaves them to named steps so that runs live long enough. */
const ending: readonly IntentKind[] = ['cancel', 'reject'];

/** The intent a step asks for: a named one, or one the table allows from the current state. */
export function intentOf(step: Step, record: Opportunity, now: Date): Intent {
  if (step.intent.pick === 'named') return intentPool[step.intent.name]!(now);
  // Questions leave the state as it is: named steps try them, so that runs still reach payment.
  const here = (Object.keys(transitions) as IntentKind[]).filter(
    (kind) =>
      !ending.includes(kind) &&
      transitions[kind].surface !== 'question' &&
      transitions[kind].from.includes(record.state),
  );
  if (here.length === 0) return validIntent.cancel(now);
  const kind = here[step.intent.index % here.length]!;
  if (kind === 'evaluate') {
    // The next application to evaluate, or a second look at one.
    const next = record.applications.find((a) => !(a in record.evaluations));
    return evaluation(next ?? record.applications[step.intent.index % 2] ?? 'ZZZZZZZZ', true);
  }
  return aValidIntent(kind, now);
}

/** The actor a step names; `rightful` is whoever the table says should act on this record. */
export function actorOf(step: Step, record: Opportunity, kind: IntentKind): Actor {
  if (step.actor !== 'rightful') return everyone[step.actor]!;
  const author = personById(record.authorId) ?? people.author;
  const cardholder = namedCardholder(record) ?? people.cardholder;
  switch (transitions[kind].by) {
    case 'system':
      return scheduler;
    case 'cardholder':
      return actorFromPerson(cardholder);
    case 'procurement':
      return actorFromPerson(people.procurement);
    case 'approver':
      return actorFromPerson(record.state === 'awaitingFunds' ? cardholder : people.procurement);
    case 'author':
    case 'authorOrProcurement':
      return actorFromPerson(author);
  }
}
