import type { eligibilityEn } from './eligibilityEn';

/** Messages français de l’admissibilité de l’occasion et de la durée minimale d’affichage. */
export const eligibilityFr: Record<keyof typeof eligibilityEn, string> = {
  'field.eligibilityEn': 'Qui peut postuler (anglais)',
  'field.eligibilityFr': 'Qui peut postuler (français)',
  'eligibility.default':
    'Vous pouvez postuler si vous avez atteint l’âge de la majorité dans votre province ou territoire et que vous êtes citoyen canadien, Autochtone, résident permanent du Canada ou titulaire d’un permis de travail valide.',
  'site.section.eligibility': 'Qui peut postuler',
  'site.ocds.submission': 'Postulez avec le formulaire de la page de l’occasion : {url}',
  'problem.tooSoon':
    '{field} : doit être au moins {days} jours ouvrables après l’approbation de l’affichage; la clôture la plus tôt permise est le {closingAt}.',
};
