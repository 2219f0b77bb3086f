import type { questionsEn } from './questionsEn';

/** Textes français des questions des fournisseurs avant la clôture (enjeu 16). */
export const questionsFr: Record<keyof typeof questionsEn, string> = {
  'field.question': 'Votre question',
  'field.questionEn': 'Question publiée (anglais)',
  'field.questionFr': 'Question publiée (français)',
  'field.answerEn': 'Réponse (anglais)',
  'field.answerFr': 'Réponse (français)',
  'intent.answerQuestion': 'répondre à une question',
  'intent.declineQuestion': 'refuser une question',
  'intent.readQuestions': 'consulter les questions',
  'problem.unknownQuestion': '{field}\u00a0: aucune question de ce numéro n’attend de réponse.',
  'problem.questionsClosed':
    'Les questions ont pris fin le {closingAt}, avant la clôture des candidatures, afin que les réponses puissent encore servir; cette occasion n’en accepte plus.',
  'site.questionForm.heading': 'Poser une question',
  'site.questionForm.intro':
    'Un point n’est pas clair? Posez votre question avant le {deadline}. Chaque réponse est publiée sur cette page, en français et en anglais, pour tous les fournisseurs; votre question peut être reformulée, et votre adresse courriel n’est jamais publiée.',
  'site.questionForm.questionHint':
    'Au plus {max} caractères. N’y mettez aucun renseignement personnel.',
  'site.questionForm.emailLabel': 'Votre courriel',
  'site.questionForm.emailHint':
    'Seulement pour vous aviser de la publication de la réponse; il est conservé à part de votre question.',
  'site.questionForm.submit': 'Envoyer ma question',
  'site.questionForm.problemsHeading':
    'Votre question n’a pas été envoyée\u00a0: {count} {count|élément|éléments} à corriger',
  'site.questionForm.title': 'Poser une question\u00a0: {title}',
  'site.questionForm.closed':
    'Les questions ont pris fin le {deadline}, {hours} heures avant la clôture des candidatures.',
  'site.questionReceived.title': 'Question reçue',
  'site.questionReceived.lead': 'Merci. Votre question au sujet de {title} a été reçue.',
  'site.questionReceived.next':
    'La réponse sera publiée sur la page de l’occasion, en français et en anglais, pour tous les fournisseurs, et nous vous en aviserons par courriel. Votre adresse courriel n’est jamais publiée.',
  'site.questionError.title': 'Votre question n’a pas pu être envoyée',
  'site.questionError.tooLarge':
    'La question dépasse la longueur permise. Raccourcissez-la à {max} caractères et envoyez de nouveau.',
  'site.questionError.wrongType':
    'La question doit être envoyée au moyen du formulaire de la page de l’occasion.',
  'site.questionError.origin':
    'Cette question ne provient pas de la page de l’occasion; elle n’a donc pas été acceptée. Ouvrez la page de l’occasion et envoyez le formulaire à partir de celle-ci.',
  'site.questionError.rateLimited':
    'Trop de formulaires sont venus de votre réseau en peu de temps. Réessayez dans {seconds} secondes.',
  'site.questionError.unavailable':
    'Nous ne pouvons pas enregistrer les questions pour le moment. Rien n’a été enregistré; veuillez réessayer dans quelques minutes.',
};
