import type { noticesViewEn } from './noticesViewEn';

/** Textes français de ce que l’onglet et Teams disent au personnel des avis envoyés aux fournisseurs (enjeu 15). */
export const noticesViewFr: Record<keyof typeof noticesViewEn, string> = {
  'intent.readNotices': 'consulter les avis aux fournisseurs',
  'tab.api.noticesForbidden':
    'Les avis aux fournisseurs sont réservés à l’auteur et au titulaire de carte de l’occasion ainsi qu’aux agents d’approvisionnement.',
  'tab.notices.heading': 'Avis aux fournisseurs',
  'tab.notices.intro':
    'Ce qui a été envoyé par courriel aux fournisseurs au sujet de cette occasion, chacun dans la langue du fournisseur, et où en est chaque envoi. Personne ne copie de lettre\u00a0: le produit les envoie. Aucune adresse n’est affichée.',
  'tab.notices.none': 'Rien n’a encore été écrit aux fournisseurs au sujet de cette occasion.',
  'tab.notices.sending.off':
    'Notification GC n’est pas configuré sur ce serveur\u00a0: les avis sont mis en file d’attente et ne sont pas envoyés. Ils partiront dès qu’il le sera.',
  'tab.notices.sending.files':
    'Développement\u00a0: les avis sont écrits comme fichiers dans le dossier d’envoi, pas envoyés par courriel.',
  'tab.notices.summary': 'Combien, par type',
  'tab.notices.list': 'Chaque avis',
  'tab.notices.group': '{kind}, {total} {total|fournisseur|fournisseurs}\u00a0: {counts}',
  'tab.notices.count.queued': '{n} en attente',
  'tab.notices.count.sent': '{n} {n|envoyé|envoyés}',
  'tab.notices.count.delivered': '{n} {n|livré|livrés}',
  'tab.notices.count.failed': '{n} en échec',
  'tab.notices.count.undelivered': '{n} non {n|livré|livrés}',
  'tab.notices.attention':
    '{count} {count|avis n’a pas été reçu|avis n’ont pas été reçus} par le fournisseur. Chacun est signalé ci-dessous avec le motif.',
  'tab.notices.kind.applicationReceived': 'Candidature reçue',
  'tab.notices.kind.questionAnswered': 'Réponse à une question',
  'tab.notices.kind.addendumPublished': 'Addenda publié',
  'tab.notices.kind.closingExtended': 'Clôture reportée',
  'tab.notices.kind.applicationWithdrawn': 'Candidature retirée',
  'tab.notices.kind.applicationsClosed': 'Candidatures closes',
  'tab.notices.kind.resultSelected': 'Résultats — retenu',
  'tab.notices.kind.resultNotDrawn': 'Résultats — conforme, non tiré',
  'tab.notices.kind.resultNotPassed': 'Résultats — non conforme',
  'tab.notices.kind.opportunityCancelled': 'Occasion annulée',
  'tab.notices.kind.paymentRecorded': 'Paiement consigné',
  'tab.notices.kind.subscriptionConfirm': 'Abonnement à confirmer',
  'tab.notices.kind.opportunityPosted': 'Nouvelle occasion, aux abonnés',
  'tab.notices.col.kind': 'Avis',
  'tab.notices.col.language': 'Langue',
  'tab.notices.col.status': 'État',
  'tab.notices.col.attempts': 'Essais',
  'tab.notices.col.created': 'Mis en file',
  'tab.notices.col.sent': 'Envoyé',
  'tab.notices.col.delivery': 'Livraison (Notification GC)',
  'tab.notices.language.en': 'Anglais',
  'tab.notices.language.fr': 'Français',
  'tab.notices.language.both': 'Anglais et français',
  'tab.notices.status.pending': 'En attente',
  'tab.notices.status.sending': 'En cours d’envoi',
  'tab.notices.status.sent': 'Envoyé',
  'tab.notices.status.failed': 'En échec',
  'tab.notices.delivery.delivered': 'Livré',
  'tab.notices.delivery.permanent-failure': 'Non livré\u00a0: l’adresse n’accepte pas de courrier',
  'tab.notices.delivery.temporary-failure':
    'Non livré\u00a0: la boîte de réception était pleine ou indisponible',
  'tab.notices.delivery.technical-failure':
    'Non livré\u00a0: une défaillance technique de Notification GC',
  'tab.notices.delivery.other': 'Notification GC indique\u00a0: {status}',
  'tab.notices.deliveryAt': '{status} ({at})',
  'tab.notices.hidden': 'masqué jusqu’à l’attribution',
  'tab.notices.problem.refused':
    'Notification GC l’a refusé définitivement ({reason}); il ne sera pas réessayé, et le fournisseur ne l’a pas reçu.',
  'tab.notices.problem.gaveUp':
    'Abandonné après tous les essais ({reason}); le fournisseur ne l’a pas reçu.',
  'tab.notices.problem.notStored':
    'Non envoyé\u00a0: la candidature qu’il confirme n’a jamais été enregistrée.',
  'tab.notices.problem.retrying': 'Le dernier essai n’a pas abouti ({reason}); il sera réessayé.',
  'tab.notices.problem.undelivered':
    'Notification GC l’a accepté mais n’a pas pu le livrer; le fournisseur ne l’a pas reçu.',
  'tab.award.noticesSent':
    'Chaque candidat reçoit son résultat par courriel dans sa langue, avec les justifications s’il n’a pas été retenu à l’évaluation\u00a0: ce qui a été envoyé, à combien de personnes et si c’est arrivé figure sous «\u00a0Avis aux fournisseurs\u00a0».',
  'bot.notify.noticeFailed':
    'Un avis à un fournisseur au sujet de {id} n’a pas pu être envoyé\u00a0: «\u00a0{kind}\u00a0». Le fournisseur n’a pas reçu ce courriel. La section «\u00a0Avis aux fournisseurs\u00a0» de {id} dans l’onglet en donne le motif (aucune adresse n’est affichée).',
};
