import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import {
  afterPostingDefaults,
  emptyFields,
  type Opportunity,
  type OpportunityFields,
} from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { QuestionToAnswer } from '../../domain/questionStatus';
import type { State } from '../../domain/states';
import { acceptanceCard } from './acceptanceCard';
import { addendumCard } from './addendumCard';
import { deliveryCard } from './deliveryCard';
import { evaluationCard } from './evaluationCard';
import { paymentCard } from './paymentCard';
import { releaseCard } from './releaseCard';
import { winnerFacts } from './winnerFacts';
import { draftCard } from './draftCard';
import type { Card } from './elements';
import { approvalCard } from './approvalCard';
import { listCard, messageCard, statusCard } from './opportunityCards';
import { questionCard } from './questionCard';
import { publicCard } from '../unfurl';

/** One card the bot can send, built from sample data: what the gallery shows and the tests render. */
export interface GalleryEntry {
  /** Unique across the gallery with its locale: letters, digits and dashes. */
  name: string;
  locale: Locale;
  card: Card;
}

const now = new Date('2030-03-02T15:00:00.000Z');
const at = '2029-12-01T15:00:00.000Z';
const publicSite = 'https://micro.example.gc.ca';

const people: Person[] = [
  {
    id: 'author',
    name: 'Alex Author',
    email: 'alex@example.gc.ca',
    roles: ['client'],
    locale: 'en',
  },
  {
    id: 'cardholder',
    name: 'Megan Cardholder',
    email: 'megan@example.gc.ca',
    roles: ['cardholder'],
    locale: 'en',
  },
  {
    id: 'other-cardholder',
    name: 'Olga Cardholder',
    email: 'olga@example.gc.ca',
    roles: ['cardholder'],
    locale: 'fr',
  },
];

/** A complete opportunity's fields: every card has something to show in every fact. */
function sampleFields(): OpportunityFields {
  return {
    ...emptyFields(),
    titleEn: 'Accessible date picker',
    titleFr: 'Sélecteur de date accessible',
    summaryEn: 'Build an accessible date picker for our forms.',
    summaryFr: 'Créer un sélecteur de date accessible pour nos formulaires.',
    backgroundEn: 'Our forms need a date picker that works with screen readers.',
    backgroundFr:
      'Nos formulaires ont besoin d’un sélecteur de date compatible avec les lecteurs d’écran.',
    workEn: 'A React component with tests.',
    workFr: 'Un composant React avec des tests.',
    skills: [{ en: 'React', fr: 'React' }],
    amountCents: 869_000,
    amountBasis: 'preTax',
    province: 'NB',
    closingAt: '2030-01-15T20:00:00.000Z',
    startDate: '2030-01-20',
    deliveryDate: '2030-02-20',
    acceptanceCriteria: [
      { en: 'Picks a date', fr: 'Choisit une date', kind: 'functional' },
      { en: 'Passes axe checks', fr: 'Réussit les tests axe', kind: 'quality' },
    ],
    evaluationCriteria: [
      { en: 'Has shipped a React component', fr: 'A livré un composant React' },
      { en: 'Has tested with a screen reader', fr: 'A fait des essais avec un lecteur d’écran' },
    ],
    licence: 'MIT',
    repositoryUrl: 'https://github.com/example/date-picker',
    contactEmail: 'team@example.gc.ca',
    fundCentre: 'FC-1234',
    cardholderId: 'cardholder',
    unclassified: true,
  };
}

function sample(state: State, overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id: 'MA-2030-0007',
    version: 4,
    state,
    authorId: 'author',
    authorName: 'Alex Author',
    fields: sampleFields(),
    createdAt: at,
    updatedAt: at,
    updatedById: 'author',
    updatedByName: 'Alex Author',
    stateSince: at,
    stages: [{ state, at }],
    returnComment: null,
    postedAt: state === 'draft' || state.startsWith('awaiting') ? null : at,
    addenda: [],
    ...afterPostingDefaults(),
    supplierName: null,
    deliveryUrl: null,
    payment: null,
    cancelReason: null,
    ...overrides,
  };
}

const award: NonNullable<Opportunity['award']> = {
  secret: 'sample-secret',
  seed: 'sample-seed',
  candidates: ['MA-2030-0007-A1', 'MA-2030-0007-A2'],
  winner: 'MA-2030-0007-A2',
  supplierName: 'Jordan Developer',
  supplierKey: 'sample-key',
  splitting: null,
  releaseReason: null,
};

const identity = { name: 'Jordan Developer', businessName: '', email: 'jordan@example.com' };

function question(status: QuestionToAnswer['status'], locale: Locale): QuestionToAnswer {
  return {
    number: 'Q3',
    askedAt: '2029-12-03T14:00:00.000Z',
    language: locale,
    question:
      locale === 'fr'
        ? 'Le composant doit-il fonctionner avec Internet Explorer?'
        : 'Must the component work in Internet Explorer?',
    status,
    overdue: status === 'waiting',
    answer:
      status === 'answered'
        ? {
            question: 'Q3',
            at: '2029-12-04T14:00:00.000Z',
            questionEn: 'Which browsers must the component support?',
            questionFr: 'Quels navigateurs le composant doit-il prendre en charge?',
            answerEn: 'The current versions of Edge, Chrome, Firefox and Safari.',
            answerFr: 'Les versions actuelles d’Edge, de Chrome, de Firefox et de Safari.',
          }
        : null,
    declineReason: status === 'declined' ? 'Already answered in the work description.' : null,
    declinedAt: status === 'declined' ? '2029-12-04T14:00:00.000Z' : null,
  };
}

/** The cards of one locale, in the order a person meets them. */
function cardsIn(locale: Locale): Array<[string, Card]> {
  const notice = { text: t(locale, 'bot.languageSet'), tone: 'Good' as const };
  const context = { locale, approverTeamsIds: [], waitingForName: null };
  const publicUrl = `${publicSite}/${locale}/opportunities/MA-2030-0007`;
  const draft = sample('draft');
  const posted = sample('posted', {
    addenda: [{ en: 'Closing moved.', fr: 'Clôture reportée.', at }],
  });
  const evaluating = sample('evaluating', {
    closedAt: at,
    applications: ['MA-2030-0007-A1', 'MA-2030-0007-A2'],
  });
  const awarded = sample('awarded', {
    ...evaluating,
    state: 'awarded',
    award,
    supplierName: 'Jordan Developer',
  });
  const winner = winnerFacts(awarded, locale, identity);
  const help = [
    t(locale, 'bot.help.intro', { name: 'Alex Author' }),
    ...(['client', 'cardholder', 'procurement', 'manager', 'admin'] as const).map((role) =>
      t(locale, `bot.help.${role}`),
    ),
    t(locale, 'bot.help.common'),
  ].join('\n\n');
  const statuses = (
    ['awaitingFunds', 'awaitingProcurement', 'posted', 'cancelled', 'rejected', 'paid'] as const
  ).map((state): [string, Card] => [
    `status-${state}`,
    statusCard(sample(state, state === 'cancelled' ? { cancelReason: 'No longer needed.' } : {}), {
      ...context,
      waitingForName: state === 'awaitingFunds' ? 'Megan Cardholder' : null,
      ...(state === 'posted' || state === 'paid' ? { publicUrl } : {}),
    }),
  ]);
  return [
    ['welcome', messageCard(t(locale, 'bot.welcome'))],
    ['help', messageCard(help)],
    [
      'refused',
      messageCard(t(locale, 'bot.status.notAllowed', { id: 'MA-2030-0007' }), 'Attention'),
    ],
    [
      'draft-new',
      draftCard({
        locale,
        record: null,
        problems: [],
        missing: [],
        cardholders: people,
        nonce: 'n',
      }),
    ],
    [
      'draft-problems',
      draftCard({
        locale,
        record: draft,
        typed: { titleEn: '' },
        problems: [{ field: 'titleEn', code: 'required' }],
        missing: [
          { field: 'workEn', code: 'required' },
          { field: 'workFr', code: 'required' },
        ],
        notice: t(locale, 'bot.languageSet'),
        cardholders: people,
        nonce: 'n',
        tabUrl: 'https://teams.microsoft.com/l/entity/app/draft',
      }),
    ],
    [
      'draft-complete',
      draftCard({
        locale,
        record: draft,
        problems: [],
        missing: [],
        cardholders: people,
        nonce: 'n',
        tabUrl: 'https://teams.microsoft.com/l/entity/app/draft',
      }),
    ],
    ['status-draft', statusCard(draft, context)],
    ...statuses,
    [
      'status-reassigning',
      statusCard(sample('awaitingFunds'), {
        ...context,
        waitingForName: 'Megan Cardholder',
        reassigning: { cardholders: [{ id: 'other-cardholder', name: 'Olga Cardholder' }] },
      }),
    ],
    ['approval-funds', approvalCard(sample('awaitingFunds'), { ...context, notice })],
    [
      'approval-posting',
      approvalCard(sample('awaitingProcurement'), {
        ...context,
        fundCentreHistory: {
          items: [
            {
              opportunityId: 'MA-2029-0042',
              fundCentre: 'FC-1234',
              supplierKey: 'k',
              at: '2029-06-01T15:00:00.000Z',
              totalCents: 1_500_000,
            },
          ],
          totalCents: 1_500_000,
        },
      }),
    ],
    [
      'list',
      listCard([draft, sample('awaitingFunds', { id: 'MA-2030-0008' }), posted], locale, true),
    ],
    ['list-empty', listCard([], locale, false)],
    [
      'question-waiting',
      questionCard({ record: posted, question: question('waiting', locale), locale }),
    ],
    [
      'question-problems',
      questionCard({
        record: posted,
        question: question('waiting', locale),
        locale,
        typed: { questionEn: 'Which browsers?' },
        problems: [{ field: 'answerEn', code: 'required' }],
      }),
    ],
    [
      'question-answered',
      questionCard({ record: posted, question: question('answered', locale), locale }),
    ],
    [
      'question-declined',
      questionCard({ record: posted, question: question('declined', locale), locale }),
    ],
    ['addendum', addendumCard(posted, locale, publicUrl, { notice })],
    [
      'evaluation-none',
      evaluationCard(sample('evaluating', { closedAt: at }), locale, null, {
        evaluated: 0,
        passed: 0,
        complete: true,
      }),
    ],
    [
      'evaluation-first',
      evaluationCard(
        evaluating,
        locale,
        {
          index: 0,
          count: 2,
          answers: ['I built one for Canada.ca.', 'With NVDA and JAWS.'],
          results: null,
        },
        { evaluated: 0, passed: 0, complete: false },
      ),
    ],
    [
      'evaluation-last',
      evaluationCard(
        evaluating,
        locale,
        {
          index: 1,
          count: 2,
          answers: ['Yes, twice.', 'x'.repeat(1_600)],
          results: [
            { pass: true, rationale: 'Shipped.' },
            { pass: false, rationale: 'No test described.' },
          ],
        },
        { evaluated: 2, passed: 1, complete: true },
      ),
    ],
    [
      'evaluation-noneQualified',
      evaluationCard(evaluating, locale, null, { evaluated: 2, passed: 0, complete: true }),
    ],
    [
      'release',
      releaseCard(
        sample('awardHeld', {
          award: {
            ...award,
            splitting: { opportunityIds: ['MA-2029-0042'], priorCents: 1_500_000 },
          },
        }),
        locale,
        {},
      ),
    ],
    ['delivery', deliveryCard(awarded, locale, winner)],
    [
      'acceptance',
      acceptanceCard(
        sample('delivered', {
          award,
          supplierName: 'Jordan Developer',
          deliveryUrl: 'https://github.com/example/date-picker/pull/1',
        }),
        locale,
        winner,
      ),
    ],
    [
      'payment',
      paymentCard(
        sample('accepted', {
          supplierName: 'Jordan Developer',
          acceptance: { checks: [], certifiedAt: '2030-02-25T15:00:00.000Z' },
        }),
        locale,
        now,
        {},
      ),
    ],
    // What a pasted public link or a shared search result shows in a chat (bot/unfurl.ts).
    ['shared-posted', publicCard(posted, locale, publicSite)!.content],
  ];
}

/** Every card the bot can send, in English then French, with sample data (no storage). */
export function cardGallery(): GalleryEntry[] {
  return (['en', 'fr'] as const).flatMap((locale) =>
    cardsIn(locale).map(([name, card]) => ({ name, locale, card })),
  );
}
