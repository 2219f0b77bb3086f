import { people } from './builders';

/** What a person types into the draft card for a complete opportunity, as the card sends it. */
export function completeForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    titleEn: 'Accessible date picker',
    titleFr: 'Sélecteur de date accessible',
    summaryEn: 'Build an accessible date picker for our forms.',
    summaryFr: 'Créer un sélecteur de date accessible pour nos formulaires.',
    backgroundEn: 'Our forms need a date picker that works with screen readers.',
    backgroundFr: 'Nos formulaires ont besoin d’un sélecteur de date accessible.',
    workEn: 'A React component with tests.',
    workFr: 'Un composant React avec des tests.',
    skills: 'React\nTypeScript\nAccessibility | Accessibilité',
    amount: '8,690.00',
    amountBasis: 'preTax',
    province: 'NB',
    closingDate: '2030-01-15',
    closingTime: '14:00',
    startDate: '2030-01-20',
    deliveryDate: '2030-02-20',
    acceptanceCriteria:
      'quality | Passes axe checks | Réussit les tests axe\nfunctional | Picks a date | Choisit une date\nsecurity | No new npm audit finding | Aucune nouvelle alerte npm audit',
    evaluationCriteria: 'Has shipped a React component | A livré un composant React',
    licence: 'MIT',
    repositoryUrl: 'https://github.com/example/date-picker',
    contactEmail: 'team@example.gc.ca',
    fundCentre: 'FC-1234',
    cardholderId: people.cardholder.id,
    unclassified: 'true',
    ...overrides,
  };
}
