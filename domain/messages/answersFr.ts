import type { answersEn } from './answersEn';

/** Textes français des réponses publiées et des prolongations de la clôture (enjeu 16). */
export const answersFr: Record<keyof typeof answersEn, string> = {
  'site.section.answers': 'Questions et réponses',
  'site.answers.intro':
    'Les réponses aux questions des fournisseurs, publiées pour tous en français et en anglais. L’identité de la personne qui a posé la question n’est jamais publiée.',
  'site.answers.label': 'Question {n}, réponse du {date}',
  'site.answers.question': 'Question',
  'site.answers.answer': 'Réponse',
  'site.feed.answered': 'Questions ayant reçu une réponse\u00a0: {count}.',
  'notice.questionAnswered.asker.subject': 'Réponse à votre question\u00a0: {id} {title}',
  'notice.questionAnswered.asker.lead':
    'La réponse à votre question sur {title} ({id}) est publiée sur la page de l’occasion, pour tous les fournisseurs. La question peut avoir été reformulée; votre adresse courriel n’est jamais publiée.',
  'notice.questionAnswered.applicant.subject': 'Réponse à une question\u00a0: {id} {title}',
  'notice.questionAnswered.applicant.lead':
    'Un fournisseur a posé une question sur {title} ({id}), occasion à laquelle vous avez postulé. La réponse est publiée sur la page de l’occasion, pour tous les fournisseurs.',
  'notice.questionAnswered.page':
    'Lisez toutes les réponses sur la page de l’occasion\u00a0: {url}',
  'intent.extendClosing': 'reporter la clôture',
  'problem.notLaterThanClosing':
    '{field}\u00a0: doit être postérieure à la clôture actuelle, {closingAt}. La clôture ne peut qu’être reportée.',
  'bot.decided.extendClosing': 'Clôture reportée par {name}.',
  'site.addendum.closingMoved': 'La clôture passe du {from} au {to}.',
  'notice.closingExtended.subject': 'Clôture reportée\u00a0: {id} {title}',
  'notice.closingExtended.lead':
    'La clôture de {title} ({id}), occasion à laquelle vous avez postulé, passe du {from} au {to}.',
  'notice.closingExtended.reason': 'Motif\u00a0:',
  'notice.closingExtended.stands':
    'Votre candidature est maintenue\u00a0: vous n’avez pas à postuler de nouveau. L’addenda est publié sur la page de l’occasion\u00a0: {url}',
  'notice.closingExtended.standsNoLink':
    'Votre candidature est maintenue\u00a0: vous n’avez pas à postuler de nouveau.',
  'tab.extendClosing.heading': 'Reporter la clôture',
  'tab.extendClosing.intro':
    'Reportez la clôture, par exemple quand une réponse est arrivée tard; elle ne peut jamais être avancée. Le report est publié aussitôt comme addenda avec votre motif, et toutes les personnes qui ont postulé en sont avisées par courriel.',
  'tab.extendClosing.date': 'Nouvelle date de clôture',
  'tab.extendClosing.time': 'Nouvelle heure de clôture',
  'tab.extendClosing.en': 'Motif, en anglais',
  'tab.extendClosing.fr': 'Motif, en français',
  'tab.extendClosing.submit': 'Reporter la clôture',
  'bot.extendClosing.intro':
    'Pour reporter la clôture (jamais l’avancer), indiquez la nouvelle date et l’heure, rédigez l’addenda dans les deux langues pour en donner le motif, puis appuyez sur Reporter la clôture. Toutes les personnes qui ont postulé en sont avisées par courriel.',
};
