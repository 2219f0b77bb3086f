import type { statusEn } from './statusEn';

/** Textes français de la page d’état d’une candidature, de son retrait et du courriel de retrait. */
export const statusFr: Record<keyof typeof statusEn, string> = {
  'site.status.title': 'État de votre candidature',
  'site.status.lead':
    'Entrez le numéro de confirmation reçu lorsque vous avez postulé et l’adresse courriel avec laquelle vous avez postulé.',
  'site.status.number': 'Numéro de confirmation',
  'site.status.numberHint':
    'Tel qu’il figure sur votre accusé de réception, par exemple MA-2026-0001-7K3Q9XH2.',
  'site.status.email': 'Adresse courriel',
  'site.status.emailHint': 'L’adresse avec laquelle vous avez postulé.',
  'site.status.submit': 'Afficher l’état',
  'site.status.notFound':
    'Nous n’avons trouvé aucune candidature avec ce numéro de confirmation et cette adresse courriel. Vérifiez les deux et réessayez.',
  'site.status.heading': 'Candidature {number}',
  'site.status.opportunity': 'Occasion',
  'site.status.standing': 'État',
  'site.status.standing.received': 'Reçue',
  'site.status.standing.evaluating': 'En évaluation',
  'site.status.standing.chosen': 'Retenue',
  'site.status.standing.notDrawn': 'Réussie, non tirée',
  'site.status.standing.notPassed': 'Non réussie',
  'site.status.standing.cancelled': 'Occasion annulée',
  'site.status.standing.withdrawn': 'Retirée',
  'site.status.detail.received':
    'Reçue le {received}. La période de candidature prend fin le {closing}; d’ici là, vous pouvez retirer votre candidature.',
  'site.status.detail.evaluating':
    'La période de candidature est terminée. Les candidatures sont évaluées sans les noms, réussite ou échec pour chaque critère. Nous vous enverrons le résultat par courriel.',
  'site.status.detail.chosen':
    'Votre candidature a été retenue par le tirage. Nous vous avons envoyé les prochaines étapes par courriel.',
  'site.status.detail.notDrawn':
    'Votre candidature a satisfait à tous les critères et faisait partie du tirage, mais une autre candidature a été tirée. Le tirage est publié sur la page de l’occasion.',
  'site.status.detail.notPassed':
    'Votre candidature n’a pas satisfait à au moins un critère; elle ne faisait donc pas partie du tirage. Nous vous avons envoyé par courriel la justification de l’évaluateur pour chaque critère.',
  'site.status.detail.cancelled':
    'L’occasion a été annulée : aucun contrat ne sera attribué. La raison figure sur la page de l’occasion.',
  'site.status.detail.withdrawn':
    'Vous avez retiré cette candidature le {at}. Elle n’est pas évaluée et ne fait pas partie du tirage.',
  'site.status.withdrawHeading': 'Retirer cette candidature',
  'site.status.withdrawLead':
    'Une candidature retirée n’est pas évaluée et ne fait pas partie du tirage. Un retrait est définitif, et la même adresse courriel ne peut pas postuler de nouveau à cette occasion.',
  'site.status.withdrawConfirm': 'Oui, retirer ma candidature',
  'site.status.withdrawSubmit': 'Retirer ma candidature',
  'site.status.mustConfirm':
    'Cochez « Oui, retirer ma candidature » pour confirmer. Rien n’a été modifié.',
  'site.status.withdrawnTitle': 'Candidature retirée',
  'site.status.withdrawnLead':
    'Votre candidature {number} est retirée : elle ne sera pas évaluée et ne fait pas partie du tirage. Nous envoyons une confirmation à votre adresse courriel.',
  'site.status.closed':
    'La période de candidature de cette occasion a pris fin le {closing} : une candidature ne peut plus être retirée. Rien n’a été modifié.',
  'site.status.again': 'Consulter une candidature',
  'site.status.follow':
    'Vous pouvez suivre votre candidature, ou la retirer avant la clôture, sur la page d’état.',
  'site.status.error.title': 'Votre demande n’a pas pu être traitée',
  'site.status.error.notFound':
    'Cette page n’existe pas. Consultez votre candidature à partir de la page d’état.',
  'site.status.error.tooLarge':
    'La demande dépasse ce qu’envoie le formulaire d’état. Rien n’a été modifié.',
  'site.status.error.wrongType':
    'La demande doit être envoyée au moyen du formulaire de la page d’état.',
  'site.status.error.origin':
    'Cette demande ne provient pas de la page d’état; elle n’a donc pas été acceptée. Ouvrez la page d’état et envoyez le formulaire à partir de celle-ci.',
  'site.status.error.rateLimited':
    'Trop de demandes sont venues de votre réseau en peu de temps. Réessayez dans {seconds} secondes.',
  'site.status.error.unavailable':
    'Nous ne pouvons pas consulter les candidatures pour le moment. Rien n’a été modifié; veuillez réessayer dans quelques minutes.',
  'notice.applicationWithdrawn.subject': 'Candidature retirée : {id} {title}',
  'notice.applicationWithdrawn.lead':
    'Votre candidature {number} à {title} ({id}) a été retirée le {at}, comme demandé sur la page d’état.',
  'notice.applicationWithdrawn.after':
    'Elle ne sera pas évaluée et ne fait pas partie du tirage. Si vous n’avez pas fait cette demande, écrivez à {contact}.',
};
