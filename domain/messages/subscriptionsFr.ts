import type { subscriptionsEn } from './subscriptionsEn';

/** Textes français des abonnements par courriel aux nouvelles occasions (enjeu 15). */
export const subscriptionsFr: Record<keyof typeof subscriptionsEn, string> = {
  'field.language': 'Langue des courriels',
  'field.keywords': 'Mots clés',
  'notice.subscriptionConfirm.subject':
    'Confirmez votre abonnement aux nouvelles occasions de programmation',
  'notice.subscriptionConfirm.lead':
    'Vous avez demandé à recevoir un courriel chaque fois que le gouvernement du Canada publie une nouvelle occasion de petit contrat de programmation (micro-acquisition).',
  'notice.subscriptionConfirm.keywords':
    'Vous recevrez seulement les occasions qui demandent l’une de ces compétences : {keywords}.',
  'notice.subscriptionConfirm.everything': 'Vous recevrez toutes les nouvelles occasions.',
  'notice.subscriptionConfirm.link':
    'Pour confirmer, ouvrez ce lien d’ici 7 jours et appuyez sur le bouton : {url}',
  'notice.subscriptionConfirm.ignore':
    'Si vous n’avez rien demandé, ne tenez pas compte de ce courriel : rien d’autre ne vous sera envoyé.',
  'notice.unsubscribe': 'Pour ne plus recevoir ces courriels et supprimer votre adresse : {url}',
  'notice.opportunityPosted.subject': 'Nouvelle occasion : {id} {title}',
  'notice.opportunityPosted.lead':
    'Une nouvelle occasion qui correspond à votre abonnement a été publiée : {title} ({id}).',
  'notice.opportunityPosted.closing': 'Les candidatures se terminent le {closing}.',
  'site.subscribe.link': 'Recevoir les nouvelles occasions par courriel',
  'site.subscribe.title': 'Recevoir les nouvelles occasions par courriel',
  'site.subscribe.lead':
    'Nous vous écrivons quand une nouvelle occasion est publiée. Aucun compte n’est nécessaire, et vous pouvez arrêter en tout temps avec le lien présent dans chaque courriel.',
  'site.subscribe.emailHint':
    'Nous vous envoyons d’abord un lien de confirmation. L’adresse sert seulement à ces courriels et est supprimée quand vous vous désabonnez.',
  'site.subscribe.languageLegend': 'Langue des courriels',
  'site.subscribe.english': 'Anglais',
  'site.subscribe.french': 'Français',
  'site.subscribe.keywordsLabel': 'Mots clés (facultatif)',
  'site.subscribe.keywordsHint':
    'Séparez-les par des virgules, par exemple : Python, accessibilité, React. Vous recevez alors seulement les occasions qui demandent l’une de ces compétences. Laissez vide pour recevoir toutes les nouvelles occasions. Au plus {max} mots clés.',
  'site.subscribe.problemsHeading': 'L’abonnement n’a pas été enregistré',
  'site.subscribe.submit': 'M’abonner',
  'site.subscribe.sentTitle': 'Consultez vos courriels',
  'site.subscribe.sentLead':
    'Si l’adresse peut recevoir des courriels, un message avec un lien de confirmation est en route. Rien d’autre n’y est envoyé avant votre confirmation. Le lien est valide 7 jours.',
  'site.subscribe.confirmTitle': 'Confirmez votre abonnement',
  'site.subscribe.confirmLead':
    'Appuyez sur le bouton pour confirmer que vous voulez un courriel quand une nouvelle occasion est publiée.',
  'site.subscribe.confirmButton': 'Confirmer mon abonnement',
  'site.subscribe.confirmedTitle': 'Votre abonnement est confirmé',
  'site.subscribe.confirmedEverything': 'Vous recevrez un courriel pour chaque nouvelle occasion.',
  'site.subscribe.confirmedKeywords':
    'Vous recevrez un courriel pour chaque nouvelle occasion qui demande l’une de ces compétences : {keywords}.',
  'site.subscribe.confirmedUnsubscribe':
    'Chaque courriel contient un lien de désabonnement. Pour changer vos mots clés, désabonnez-vous puis abonnez-vous de nouveau.',
  'site.subscribe.badLinkTitle': 'Ce lien ne fonctionne pas',
  'site.subscribe.badLink':
    'Le lien est incomplet, date de plus de 7 jours ou a été remplacé par un plus récent; ou l’adresse a été désabonnée. Vous pouvez vous abonner de nouveau.',
  'site.subscribe.again': 'M’abonner',
  'site.unsubscribe.title': 'Se désabonner',
  'site.unsubscribe.lead':
    'Appuyez sur le bouton pour ne plus recevoir de courriels sur les nouvelles occasions. Votre adresse est supprimée aussitôt.',
  'site.unsubscribe.button': 'Me désabonner',
  'site.unsubscribe.doneTitle': 'Votre abonnement est annulé',
  'site.unsubscribe.done':
    'Votre adresse a été supprimée. Vous ne recevrez plus de courriels sur les nouvelles occasions. Les courriels au sujet d’une candidature que vous avez présentée ne changent pas.',
  'site.subscribeError.title': 'L’abonnement n’a pas pu être enregistré',
  'site.subscribeError.tooLarge': 'Le formulaire a envoyé trop de texte.',
  'site.subscribeError.wrongType':
    'Le formulaire n’a pas pu être lu. Envoyez-le depuis la page d’abonnement.',
  'site.subscribeError.origin': 'Envoyez le formulaire depuis la page d’abonnement de ce site.',
  'site.subscribeError.rateLimited':
    'Trop de formulaires ont été envoyés depuis votre connexion. Réessayez dans {seconds} secondes.',
  'site.subscribeError.unavailable':
    'Les abonnements sont indisponibles pour un moment. Rien n’a été enregistré. Réessayez dans une minute.',
  'site.subscribeError.notFound': 'Cette page n’existe pas.',
};
