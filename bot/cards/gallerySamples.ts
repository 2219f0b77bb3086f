import type { Locale } from '../../domain/locale';
import {
  afterPostingDefaults,
  emptyFields,
  type Opportunity,
  type OpportunityFields,
} from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { QuestionToAnswer } from '../../domain/questionStatus';
import type { State } from '../../domain/states';

// The card gallery's sample data: one opportunity with every field filled, its people, an award
// and a supplier's question, at fixed dates so the cards render the same every time.

export const now = new Date('2030-03-02T15:00:00.000Z');
export const at = '2029-12-01T15:00:00.000Z';
export const publicSite = 'https://micro.example.gc.ca';

export const people: Person[] = [
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
export function sampleFields(): OpportunityFields {
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

export function sample(state: State, overrides: Partial<Opportunity> = {}): Opportunity {
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

export const award: NonNullable<Opportunity['award']> = {
  secret: 'sample-secret',
  seed: 'sample-seed',
  candidates: ['MA-2030-0007-A1', 'MA-2030-0007-A2'],
  winner: 'MA-2030-0007-A2',
  supplierName: 'Jordan Developer',
  supplierKey: 'sample-key',
  splitting: null,
  releaseReason: null,
};

export const identity = { name: 'Jordan Developer', businessName: '', email: 'jordan@example.com' };

export function question(status: QuestionToAnswer['status'], locale: Locale): QuestionToAnswer {
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
