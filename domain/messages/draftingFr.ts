import type { draftingEn } from './draftingEn';

/** Messages français de la rédaction qui ne perd jamais la saisie : le formulaire, le robot et l’onglet. */
export const draftingFr: Record<keyof typeof draftingEn, string> = {
  'expected.acceptanceLine':
    'un type (fonctionnel, qualité ou sécurité), puis | English | Français. Conservé tel que saisi, pas encore enregistré',
  'draft.savedExcept':
    'Tout ce qui se lit correctement est enregistré. {count} {count|champ|champs} à corriger : votre saisie y est conservée ci-dessous mais pas encore enregistrée.',
  'draft.submitProblems': '{count} {count|champ|champs} à corriger avant de soumettre :',
  'draft.waitingFor':
    'Soumise. L’occasion attend maintenant que {name} (titulaire de carte) approuve les fonds.',
  'draft.waitsFor': 'En attente de l’approbation des fonds par {name} (titulaire de carte).',
  'draft.waitingForProcurement':
    'Elle attend maintenant qu’un agent de l’approvisionnement approuve la publication.',
  'draft.publicPage': 'Page publique',
  'draft.publicPageEn': 'Page publique (anglais)',
  'draft.publicPageFr': 'Page publique (français)',
  'draft.leave.title': 'Quitter sans enregistrer ?',
  'draft.leave.body':
    'Cette ébauche contient des modifications non enregistrées. Si vous quittez maintenant, elles seront perdues.',
  'draft.leave.confirm': 'Quitter sans enregistrer',
  'draft.leave.stay': 'Rester et continuer',
  'draft.copy': 'Copier dans une nouvelle ébauche',
  'draft.copied':
    'Nouvelle ébauche {id}, copiée de {source}. Les dates, le titulaire de carte et les approbations sont vides.',
  'draft.copyUsage': 'Tapez « copier MA-2026-0001 » avec le numéro d’une de vos occasions.',
  'event.copiedFrom': 'copiée de {source}',
};
