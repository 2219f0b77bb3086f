import {
  afterPostingDefaults,
  emptyFields,
  type AwardRecord,
  type Opportunity,
  type OpportunityFields,
} from '../../domain/opportunity';
import { actorFromPerson, type Actor, type Person, type Role } from '../../domain/people';

export function aPerson(overrides: Partial<Person> & { id: string }): Person {
  return {
    name: `Person ${overrides.id}`,
    email: `${overrides.id}@example.gc.ca`,
    roles: [],
    locale: 'en',
    ...overrides,
  };
}

/** A cast with one person per duty, and people who hold two roles for separation-of-duty cases. */
export const people = {
  author: aPerson({ id: 'author', name: 'Alex Author', roles: ['client'] }),
  cardholder: aPerson({ id: 'cardholder', name: 'Megan Cardholder', roles: ['cardholder'] }),
  otherCardholder: aPerson({
    id: 'other-cardholder',
    name: 'Olga Cardholder',
    roles: ['cardholder'],
  }),
  procurement: aPerson({ id: 'procurement', name: 'Adele Procurement', roles: ['procurement'] }),
  manager: aPerson({ id: 'manager', name: 'Isaiah Manager', roles: ['manager'] }),
  admin: aPerson({ id: 'admin', name: 'Patti Admin', roles: ['admin'] }),
  /** A client who is also a cardholder and procurement officer: may never approve their own work. */
  allRoles: aPerson({
    id: 'all-roles',
    name: 'Lynne Everything',
    roles: ['client', 'cardholder', 'procurement'],
  }),
  outsider: aPerson({ id: 'outsider', name: 'Nobody Registered', roles: [] }),
} satisfies Record<string, Person>;

export function actor(person: Person): Actor {
  return actorFromPerson(person);
}

export function withRoles(person: Person, roles: Role[]): Person {
  return { ...person, roles };
}

export const aDay = 24 * 60 * 60 * 1000;

/** Fields that pass every completeness check when `now` is before their closing date. */
export function completeFields(overrides: Partial<OpportunityFields> = {}): OpportunityFields {
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
      { en: 'No new npm audit finding', fr: 'Aucune nouvelle alerte npm audit', kind: 'security' },
    ],
    evaluationCriteria: [{ en: 'Has shipped a React component', fr: 'A livré un composant React' }],
    licence: 'MIT',
    repositoryUrl: 'https://github.com/example/date-picker',
    contactEmail: 'team@example.gc.ca',
    fundCentre: 'FC-1234',
    cardholderId: people.cardholder.id,
    unclassified: true,
    ...overrides,
  };
}

/** A fixed "now" well before the default closing date. */
export const beforeClosing = new Date('2029-12-01T15:00:00.000Z');

export function anOpportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  const at = beforeClosing.toISOString();
  return {
    id: 'MA-2029-0001',
    version: 1,
    state: 'draft',
    authorId: people.author.id,
    authorName: people.author.name,
    fields: completeFields(),
    createdAt: at,
    updatedAt: at,
    updatedById: people.author.id,
    updatedByName: people.author.name,
    stateSince: at,
    // One stage, the state it is in since then, unless the test gives the trail.
    stages: [{ state: overrides.state ?? 'draft', at: overrides.stateSince ?? at }],
    returnComment: null,
    postedAt: null,
    addenda: [],
    ...afterPostingDefaults(),
    supplierName: null,
    deliveryUrl: null,
    payment: null,
    cancelReason: null,
    ...overrides,
  };
}

/** A valid application form (the posted fields) for `record`'s evaluation criteria. */
export function anApplicationForm(
  record: Opportunity,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const answers = Object.fromEntries(
    record.fields.evaluationCriteria.map((_, i) => [
      `answer${i + 1}`,
      'I built the date picker of the Canada.ca design system and its tests.',
    ]),
  );
  return {
    name: 'Jordan Developer',
    businessName: '',
    email: 'jordan@example.com',
    ...answers,
    eligible: 'yes',
    terms: 'yes',
    website: '',
    ...overrides,
  };
}

/** An award to application AAAAAAAA, drawn among AAAAAAAA and BBBBBBBB (the draw's values are not real). */
export const anAward: AwardRecord = {
  secret: 's',
  seed: 'x',
  candidates: ['AAAAAAAA', 'BBBBBBBB'],
  winner: 'AAAAAAAA',
  supplierName: 'Jordan',
  supplierKey: 'k',
  splitting: null,
  releaseReason: null,
};
