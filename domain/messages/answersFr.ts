import type { answersEn } from './answersEn';

/** Textes français des réponses publiées et des prolongations de la clôture (enjeu 16). */
export const answersFr: Record<keyof typeof answersEn, string> = {
  'site.section.answers': 'Questions et réponses',
  'site.answers.intro':
    'Les réponses aux questions des fournisseurs, publiées pour tous en français et en anglais. L’identité de la personne qui a posé la question n’est jamais publiée.',
  'site.answers.label': 'Question {n}, réponse du {date}',
  'site.answers.question': 'Question',
  'site.answers.answer': 'Réponse',
  'site.feed.answered': '{count} question(s) ayant reçu une réponse.',
};
