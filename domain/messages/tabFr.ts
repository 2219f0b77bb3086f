import type { tabEn } from './tabEn';

/** Les messages français de l’onglet personnel et de son API. */
export const tabFr: Record<keyof typeof tabEn, string> = {
  'tab.api.unauthorized':
    'Votre connexion n’a pas pu être vérifiée. Fermez et rouvrez l’onglet pour vous reconnecter.',
  'tab.api.expired': 'Votre connexion a expiré. Fermez et rouvrez l’onglet pour vous reconnecter.',
  'tab.api.rateLimited': 'Trop de demandes. Veuillez attendre {seconds} secondes et réessayer.',
  'tab.api.forbidden': 'Vous n’avez pas accès à cette liste.',
  'tab.api.dashboardForbidden':
    'Le tableau de bord est réservé aux gestionnaires et aux administrateurs.',
  'tab.api.invalidQuery':
    'Cette demande de liste n’est pas valide. Rechargez l’onglet et réessayez.',
  'tab.api.notFound': 'Il n’y a rien à cette adresse.',
  'tab.api.methodNotAllowed': 'Cette adresse n’accepte pas ce type de demande.',
  'tab.api.preconditionRequired':
    'Une modification doit indiquer la version de l’occasion qu’elle change. Rechargez-la et réessayez.',
  'tab.api.invalid': 'La demande comporte des problèmes; voyez les détails.',
  'tab.api.useEdit':
    'Les changements d’une ébauche s’enregistrent en modifiant l’ébauche, pas comme une action.',
  'tab.api.notADevelopmentPerson':
    'Seules les personnes de développement peuvent se connecter ici.',
  'tab.api.unsupportedMediaType': 'La demande doit être en JSON.',
  'tab.api.tooLarge': 'La demande est trop volumineuse.',
  'tab.api.invalidJson': 'La demande n’est pas du JSON valide.',

  'tab.appName': 'Micro-acquisition',
  'tab.loading': 'Chargement…',
  'tab.saving': 'Enregistrement…',
  'tab.retry': 'Réessayer',
  'tab.error.network': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
  'tab.error.notInTeams':
    'Ouvrez cette page depuis l’application Micro-acquisition dans Microsoft Teams. Le mode de développement n’existe que sur un serveur de développement.',
  'tab.dev.banner':
    'Mode de développement : hors de Teams. Les identités sont celles des utilisateurs de développement.',
  'tab.dev.person': 'Connecté en tant que',
  'tab.dev.language': 'Langue',
  'tab.dev.theme': 'Thème',
  'tab.theme.light': 'Clair',
  'tab.theme.dark': 'Sombre',
  'tab.theme.contrast': 'Contraste élevé',
  'tab.nav.label': 'Sections',
  'tab.nav.dashboard': 'Tableau de bord',
  'tab.nav.mine': 'Mes occasions',
  'tab.nav.inbox': 'Approbations à faire',
  'tab.nav.all': 'Toutes les occasions',
  'tab.nav.guide': 'Guide',
  'tab.back': 'Retour',

  'tab.list.id': 'Numéro',
  'tab.list.title': 'Titre',
  'tab.list.state': 'État',
  'tab.list.value': 'Valeur (taxes comprises)',
  'tab.list.updated': 'Dernier changement',
  'tab.list.author': 'Auteur',
  'tab.list.filterState': 'Filtrer par état',
  'tab.list.anyState': 'Tous les états',
  'tab.list.more': 'Afficher plus',
  'tab.list.count': '{count} affichées',
  'tab.list.sortBy': 'Trier par {column}',
  'tab.list.untitled': '(ébauche sans titre)',
  'tab.empty.mine':
    'Vous n’avez encore aucune occasion. Choisissez « Nouvelle ébauche » pour commencer.',
  'tab.empty.inbox':
    'Rien ne vous attend. Les occasions que vous devez approuver apparaîtront ici.',
  'tab.empty.all': 'Aucune occasion ne correspond à ce filtre.',
  'tab.empty.notClient':
    'Seules les personnes ayant le rôle de client rédigent des occasions. Demandez-le à l’équipe du projet pilote au besoin.',

  'tab.draft.new': 'Nouvelle ébauche',
  'tab.draft.heading': 'Ébauche {id} (version {version})',
  'tab.draft.intro':
    'Remplissez les deux langues. Enregistrez quand vous voulez; la soumission envoie l’ébauche au titulaire de carte choisi.',
  'tab.draft.save': 'Enregistrer l’ébauche',
  'tab.draft.submit': 'Soumettre pour approbation',
  'tab.draft.saved': 'Ébauche enregistrée (version {version}).',
  'tab.draft.submitted': 'Soumise. {name} a été invité à approuver les fonds.',
  'tab.draft.problemsHeading': '{count} champs demandent votre attention avant la soumission.',
  'tab.draft.ready': 'Tout ce qu’il faut pour soumettre est rempli.',
  'tab.draft.returned': 'Renvoyée par {name} : {comment}',
  'tab.draft.stale':
    'Cette ébauche a changé depuis que vous l’avez ouverte. Rien n’a été enregistré.',
  'tab.draft.reload': 'Charger la version actuelle',
  'tab.hint.lines': 'Un par ligne : English | Français',
  'tab.hint.acceptance': 'Un par ligne : functional, quality ou security | English | Français',
  'tab.hint.amount': 'En dollars, p. ex. 8 690,00',
  'tab.hint.closing': 'Heure de l’Est',
  'tab.basis.preTax': 'avant taxes',
  'tab.basis.taxIncluded': 'taxes comprises',
  'tab.choose': 'Choisir…',
  'tab.field.closingDate': 'Date de clôture',
  'tab.field.closingTime': 'Heure de clôture',
  'tab.field.unclassified': 'J’atteste que le travail n’est pas classifié.',

  'tab.detail.heading': '{id} : {title}',
  'tab.detail.state': 'État : {state}',
  'tab.detail.value': 'Valeur, taxes comprises : {value}',
  'tab.detail.author': 'Auteur : {name}',
  'tab.detail.summary': 'Résumé',
  'tab.detail.timeline': 'Historique',
  'tab.detail.decide': 'Votre décision',
  'tab.detail.comment': 'Commentaire',
  'tab.detail.commentHint': 'Obligatoire pour renvoyer, refuser ou annuler; l’auteur le verra.',
  'tab.detail.edit': 'Modifier l’ébauche',
  'tab.detail.done': 'Fait : {intent}. L’occasion est maintenant « {state} ».',
  'tab.timeline.event': '{name} : {intent}',
  'tab.timeline.move': '{from} → {to}',
  'tab.timeline.refused': 'Tentative refusée de {name} : {reason}',
  'tab.timeline.empty': 'Aucun événement pour le moment.',

  'tab.dash.heading': 'Exercice du {start} au {end}',
  'tab.dash.total': 'Occasions',
  'tab.dash.committed': 'Engagé cet exercice',
  'tab.dash.paid': 'Payé cet exercice',
  'tab.dash.byState': 'Par état',
  'tab.dash.stages': 'Temps à chaque étape',
  'tab.dash.stage': 'Étape',
  'tab.dash.median': 'Médiane',
  'tab.dash.slowest': 'Plus lent',
  'tab.dash.samples': 'Passages',
  'tab.dash.chartLabel': 'Jours médians à chaque étape',
  'tab.dash.waiting': 'En attente depuis plus de {days} jours',
  'tab.dash.waitingNone': 'Rien n’attend depuis plus de {days} jours.',
  'tab.dash.waitingFor': 'en attente depuis {duration}',
  'tab.dash.deliveryToPayment': 'De la livraison au paiement',
  'tab.dash.noData': 'pas encore de données',
  'tab.duration.days': '{n} j',
  'tab.duration.hours': '{n} h',
  'tab.duration.minutes': '{n} min',

  'tab.guide.heading': 'Comment fonctionne la micro-acquisition',
  'tab.guide.intro':
    'De petits travaux de programmation (jusqu’à 10 000 $ taxes comprises, travail non classifié, code libre) sont publiés pour que les étudiants, les pigistes et les petites entreprises puissent postuler en moins de deux heures. Les candidatures sont évaluées de façon anonyme, et non sur le prix.',
  'tab.guide.client': 'Pour les clients (auteurs)',
  'tab.guide.clientSteps':
    'Rédigez l’occasion dans les deux langues : titre, description courte, contexte, travail, compétences, valeur avec la province pour les taxes, dates, critères d’acceptation et d’évaluation, licence libre, dépôt, personne-ressource, centre financier et titulaire de carte qui paiera. Attestez que le travail n’est pas classifié, puis soumettez. Après la publication, vous évaluez les candidatures, attribuez le contrat, consignez la livraison et acceptez le travail (article 34 de la LGFP).',
  'tab.guide.cardholder': 'Pour les titulaires de carte',
  'tab.guide.cardholderSteps':
    'Vous confirmez que les fonds sont disponibles et engagés (article 32 de la LGFP) pour les occasions qui vous nomment, depuis vos approbations à faire, avec un commentaire au besoin. Vous pouvez renvoyer une ébauche à son auteur ou la refuser, avec un commentaire. Après l’acceptation, vous consignez le paiement.',
  'tab.guide.procurement': 'Pour les agents d’approvisionnement (DGDPF)',
  'tab.guide.procurementSteps':
    'Vous vérifiez les garde-fous et approuvez la publication, ou la renvoyez avec un commentaire. Vous n’approuvez jamais une occasion que vous avez rédigée ou financée.',
  'tab.guide.rules': 'Séparation des tâches',
  'tab.guide.rulesText':
    'Pour une même occasion, l’auteur, le titulaire de carte et l’agent d’approvisionnement qui approuve sont trois personnes différentes. Chaque étape est consignée : qui, quand et pourquoi.',
};
