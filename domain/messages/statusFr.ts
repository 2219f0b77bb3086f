import type { statusEn } from './statusEn';

/** Textes français de la page d’état d’une candidature, de son retrait et du courriel de retrait. */
export const statusFr: Record<keyof typeof statusEn, string> = {
  'site.applicationStatus.title': 'État de votre candidature',
  'site.applicationStatus.lead':
    'Entrez le numéro de confirmation reçu lorsque vous avez postulé et l’adresse courriel avec laquelle vous avez postulé.',
  'site.applicationStatus.number': 'Numéro de confirmation',
  'site.applicationStatus.numberHint':
    'Tel qu’il figure sur votre accusé de réception, par exemple MA-2026-0001-7K3Q9XH2.',
  'site.applicationStatus.email': 'Adresse courriel',
  'site.applicationStatus.emailHint': 'L’adresse avec laquelle vous avez postulé.',
  'site.applicationStatus.submit': 'Afficher l’état',
  'site.applicationStatus.notFound':
    'Nous n’avons trouvé aucune candidature avec ce numéro de confirmation et cette adresse courriel. Vérifiez les deux et réessayez.',
  'site.applicationStatus.heading': 'Candidature {number}',
  'site.applicationStatus.opportunity': 'Occasion',
  'site.applicationStatus.standing': 'État',
  'site.applicationStatus.standing.received': 'Reçue',
  'site.applicationStatus.standing.evaluating': 'En évaluation',
  'site.applicationStatus.standing.chosen': 'Retenue',
  'site.applicationStatus.standing.notDrawn': 'Réussie, non tirée',
  'site.applicationStatus.standing.notPassed': 'Non réussie',
  'site.applicationStatus.standing.cancelled': 'Occasion annulée',
  'site.applicationStatus.standing.withdrawn': 'Retirée',
  'site.applicationStatus.detail.received':
    'Reçue le {received}. La période de candidature prend fin le {closing}; d’ici là, vous pouvez retirer votre candidature.',
  'site.applicationStatus.detail.evaluating':
    'La période de candidature est terminée. Les candidatures sont évaluées sans les noms, réussite ou échec pour chaque critère. Nous vous enverrons le résultat par courriel.',
  'site.applicationStatus.detail.chosen':
    'Votre candidature a été retenue par le tirage. Nous vous avons envoyé les prochaines étapes par courriel.',
  'site.applicationStatus.detail.notDrawn':
    'Votre candidature a satisfait à tous les critères et faisait partie du tirage, mais une autre candidature a été tirée. Le tirage est publié sur la page de l’occasion.',
  'site.applicationStatus.detail.notPassed':
    'Votre candidature n’a pas satisfait à au moins un critère; elle ne faisait donc pas partie du tirage. Nous vous avons envoyé par courriel la justification de l’évaluateur pour chaque critère.',
  'site.applicationStatus.detail.cancelled':
    'L’occasion a été annulée : aucun contrat ne sera attribué. Le motif figure sur la page de l’occasion.',
  'site.applicationStatus.detail.withdrawn':
    'Vous avez retiré cette candidature le {at}. Elle n’est pas évaluée et ne fait pas partie du tirage.',
  'site.applicationStatus.withdrawHeading': 'Retirer cette candidature',
  'site.applicationStatus.withdrawLead':
    'Une candidature retirée n’est pas évaluée et ne fait pas partie du tirage. Un retrait est définitif, et la même adresse courriel ne peut pas postuler de nouveau à cette occasion.',
  'site.applicationStatus.withdrawConfirm': 'Oui, retirer ma candidature',
  'site.applicationStatus.withdrawSubmit': 'Retirer ma candidature',
  'site.applicationStatus.mustConfirm':
    'Cochez « Oui, retirer ma candidature » pour confirmer. Rien n’a été modifié.',
  'site.applicationStatus.withdrawnTitle': 'Candidature retirée',
  'site.applicationStatus.withdrawnLead':
    'Votre candidature {number} est retirée : elle ne sera pas évaluée et ne fait pas partie du tirage. Nous envoyons une confirmation à votre adresse courriel.',
  'site.applicationStatus.closed':
    'La période de candidature de cette occasion a pris fin le {closing} : une candidature ne peut plus être retirée. Rien n’a été modifié.',
  'site.applicationStatus.again': 'Consulter une candidature',
  'site.applicationStatus.follow':
    'Vous pouvez suivre votre candidature, ou la retirer avant la clôture, sur la page d’état.',
  'site.applicationStatus.error.title': 'Votre demande n’a pas pu être traitée',
  'site.applicationStatus.error.notFound':
    'Cette page n’existe pas. Consultez votre candidature à partir de la page d’état.',
  'site.applicationStatus.error.tooLarge':
    'La demande dépasse ce qu’envoie le formulaire d’état. Rien n’a été modifié.',
  'site.applicationStatus.error.wrongType':
    'La demande doit être envoyée au moyen du formulaire de la page d’état.',
  'site.applicationStatus.error.origin':
    'Cette demande ne provient pas de la page d’état; elle n’a donc pas été acceptée. Ouvrez la page d’état et envoyez le formulaire à partir de celle-ci.',
  'site.applicationStatus.error.rateLimited':
    'Trop de demandes sont venues de votre réseau en peu de temps. Réessayez dans {seconds} secondes.',
  'site.applicationStatus.error.unavailable':
    'Nous ne pouvons pas consulter les candidatures pour le moment. Rien n’a été modifié; veuillez réessayer dans quelques minutes.',
  'notice.applicationWithdrawn.subject': 'Candidature retirée : {id} {title}',
  'notice.applicationWithdrawn.lead':
    'Votre candidature {number} à {title} ({id}) a été retirée le {at}, comme demandé sur la page d’état.',
  'notice.applicationWithdrawn.after':
    'Elle ne sera pas évaluée et ne fait pas partie du tirage. Si vous n’avez pas fait cette demande, écrivez à {contact}.',
};
