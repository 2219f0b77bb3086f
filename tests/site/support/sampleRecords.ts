import type { Opportunity } from '../../../domain/opportunity';
import { anOpportunity, completeFields } from '../../support/builders';

/** "Now" for the sample site: the open opportunities close in the weeks after it. */
export const sampleNow = new Date('2030-01-05T15:00:00.000Z');
export const siteUrl = 'http://127.0.0.1:3978/opportunities';

const posted = (
  id: string,
  overrides: Partial<Opportunity>,
  fields: Partial<Opportunity['fields']> = {},
): Opportunity =>
  anOpportunity({
    id,
    version: 4,
    state: 'posted',
    postedAt: '2029-12-01T15:00:00.000Z',
    stateSince: '2029-12-01T15:00:00.000Z',
    updatedAt: '2029-12-01T15:00:00.000Z',
    fields: completeFields(fields),
    ...overrides,
  });

/** A supplier's question as the author published it, with markup that must stay text. */
export const sampleAnswer = {
  question: 'QA7X2K9M',
  at: '2029-12-12T14:00:00.000Z',
  questionEn: 'May the date picker use <input type="date"> & a polyfill?',
  questionFr: 'Le sélecteur peut-il utiliser <input type="date"> et un polyfill?',
  answerEn: 'Yes, if it works with NVDA.\n\nNo polyfill is needed.',
  answerFr: 'Oui, s’il fonctionne avec NVDA.\n\nAucun polyfill n’est nécessaire.',
};

/** One opportunity in each public state, and one that must never show. */
export function sampleRecords(): Opportunity[] {
  return [
    posted(
      'MA-2029-0001',
      {
        version: 5,
        addenda: [
          {
            at: '2029-12-10T16:30:00.000Z',
            en: 'The repository moved.\n\nQuestions are answered until January 10.',
            fr: 'Le dépôt a déménagé.\n\nLes questions reçoivent une réponse jusqu’au 10 janvier.',
          },
        ],
        answers: [sampleAnswer],
        declinedQuestions: ['DECL1NED'],
      },
      {
        workEn:
          'Build a **date picker** that:\n\n- works with a keyboard;\n- reads well in [NVDA](https://www.nvaccess.org/).\n\n# Out of scope\n\nStyling.',
        workFr:
          'Créer un **sélecteur de date** qui\u00a0:\n\n- fonctionne au clavier;\n- se lit bien avec [NVDA](https://www.nvaccess.org/).',
        skills: [
          { en: 'TypeScript', fr: 'TypeScript' },
          { en: 'Accessibility', fr: 'Accessibilité' },
        ],
      },
    ),
    posted(
      'MA-2029-0002',
      {},
      {
        titleEn: 'Export the tracker to CSV',
        titleFr: 'Exporter le suivi en CSV',
        summaryEn: 'A command that exports the pilot tracker to CSV.',
        summaryFr: 'Une commande qui exporte le suivi du projet pilote en CSV.',
        closingAt: '2030-01-08T20:00:00.000Z',
        amountCents: 500_000,
        amountBasis: 'taxIncluded',
        province: 'ON',
      },
    ),
    posted(
      'MA-2029-0003',
      { state: 'evaluating', stateSince: '2029-12-20T20:01:00.000Z' },
      {
        titleEn: 'Fix the PDF export',
        titleFr: 'Corriger l’export PDF',
        closingAt: '2029-12-20T20:00:00.000Z',
      },
    ),
    posted(
      'MA-2029-0004',
      { state: 'paid', supplierName: 'Jordan Developer', stateSince: '2029-12-28T15:00:00.000Z' },
      {
        titleEn: 'Add dark mode',
        titleFr: 'Ajouter un mode sombre',
        closingAt: '2029-12-15T20:00:00.000Z',
      },
    ),
    posted(
      'MA-2029-0005',
      {
        state: 'cancelled',
        stateSince: '2029-12-05T15:00:00.000Z',
        cancelReason: 'Internal reason',
      },
      { titleEn: 'Rewrite the intranet', titleFr: 'Réécrire l’intranet' },
    ),
    anOpportunity({
      id: 'MA-2029-0006',
      state: 'awaitingProcurement',
      fields: completeFields({ titleEn: 'Secret draft' }),
    }),
    anOpportunity({
      id: 'MA-2029-0007',
      state: 'cancelled',
      fields: completeFields({ titleEn: 'Cancelled draft' }),
    }),
  ];
}
