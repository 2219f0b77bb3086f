import type { noticeEn } from './noticeEn';

/** Textes français des courriels envoyés aux fournisseurs. */
export const noticeFr: Record<keyof typeof noticeEn, string> = {
  'notice.applicationReceived.subject': 'Candidature reçue : {id} {title}',
  'notice.applicationReceived.lead': 'Merci. Votre candidature à {title} ({id}) a été reçue.',
  'notice.applicationReceived.number':
    'Votre numéro de confirmation : {number}. Conservez-le : il identifie votre candidature dans le tirage, publié sans votre nom.',
  'notice.applicationReceived.next':
    'La période de candidature prend fin le {closing}. L’évaluation est anonyme, réussite ou échec pour chaque énoncé; parmi les candidatures qui satisfont à tous les énoncés, le fournisseur est choisi par tirage au sort. Nous vous écrirons pour vous faire connaître le résultat.',
  'notice.applicationReceived.copy': 'Une copie de vos réponses :',
  'notice.applicationReceived.criterion': 'Énoncé {n} : {criterion}',
  'notice.addendumPublished.subject': 'Addenda\u00a0: {id} {title}',
  'notice.addendumPublished.lead':
    'Un addenda a été publié pour {title} ({id}), l’occasion à laquelle vous avez postulé. Il peut changer ce qui est demandé\u00a0: lisez-le avant la clôture.',
  'notice.addendumPublished.text': 'L’addenda\u00a0:',
  'notice.opportunityCancelled.subject': 'Annulée\u00a0: {id} {title}',
  'notice.opportunityCancelled.lead':
    '{title} ({id}), l’occasion à laquelle vous avez postulé, a été annulée avant l’attribution d’un contrat. Aucun contrat ne sera attribué.',
  'notice.opportunityCancelled.reason': 'Motif donné\u00a0:',
  'notice.page': 'La page de l’occasion\u00a0: {url}',
  'notice.resultNotPassed.body':
    'Bonjour,\n\nMerci d’avoir posé votre candidature pour «\u00a0{title}\u00a0» ({id}). Chaque énoncé d’évaluation est obligatoire, et votre candidature {confirmation} ne satisfait pas à au moins l’un d’eux; elle n’a donc pas participé au tirage. Les candidatures ont été évaluées énoncé par énoncé, sans les noms, et le prix n’a pas été pris en compte. Ce que l’évaluateur a consigné pour chaque énoncé\u00a0:',
  'notice.result.criterion': 'Énoncé {n}\u00a0: {criterion}\n{result}. {rationale}',
  'notice.result.pass': 'Satisfait',
  'notice.result.fail': 'Non satisfait',
  'notice.result.closing':
    'Nous espérons recevoir une autre candidature de votre part. Questions\u00a0: {contact}.',
  'notice.applicationsClosed.subject': 'Candidatures closes\u00a0: {id} {title}',
  'notice.applicationsClosed.lead':
    'La période de candidature pour {title} ({id}) a pris fin le {closing}. La vôtre, {confirmation}, fait partie des {count} {count|candidature reçue|candidatures reçues} à temps. L’évaluation anonyme commence; vous recevrez le résultat par courriel.',
  'notice.paymentRecorded.subject': 'Paiement consigné\u00a0: {id} {title}',
  'notice.paymentRecorded.lead':
    'Le paiement pour {title} ({id}) a été consigné\u00a0: {amount}, payé le {date} ({method}), référence {reference}.',
  'notice.paymentRecorded.contact':
    'S’il ne vous est pas parvenu dans les cinq jours ouvrables, écrivez à {contact} en donnant cette référence.',
};
