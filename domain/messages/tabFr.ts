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
    'Seuls les utilisateurs de développement peuvent se connecter ici.',
  'tab.api.developmentLoopbackOnly':
    'La connexion de développement n’est offerte que depuis cet ordinateur, pas par un mandataire.',
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
    'Mode de développement : hors de Teams. Les identités sont celles des utilisateurs de développement.',
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
    'Vous n’avez encore aucune occasion. Choisissez « Nouvelle ébauche » pour commencer.',
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
  'tab.draft.returned': 'Renvoyée par {name} : {comment}',
  'tab.draft.stale':
    'Cette ébauche a changé depuis que vous l’avez ouverte. Rien n’a été enregistré.',
  'tab.draft.reload': 'Charger la version actuelle',
  'tab.hint.skills': 'Une compétence par rangée. Laissez le français vide si le nom est le même.',
  'tab.hint.acceptance':
    'Un critère par rangée, avec au moins un de chaque type : fonctionnel, qualité et sécurité.',
  'tab.hint.evaluation': 'Un énoncé par rangée : chaque candidature y satisfait ou non.',
  'tab.hint.earliestClosing':
    'Heure de l’Est. Si l’approbation était donnée aujourd’hui, la clôture la plus proche permise serait le {closingAt}.',
  'tab.rows.skills.en': 'Compétence {n} (anglais)',
  'tab.rows.skills.fr': 'Compétence {n} (français)',
  'tab.rows.skills.add': 'Ajouter une compétence',
  'tab.rows.skills.remove': 'Retirer la compétence {n}',
  'tab.rows.acceptanceCriteria.kind': 'Type du critère d’acceptation {n}',
  'tab.rows.acceptanceCriteria.en': 'Critère d’acceptation {n} (anglais)',
  'tab.rows.acceptanceCriteria.fr': 'Critère d’acceptation {n} (français)',
  'tab.rows.acceptanceCriteria.add': 'Ajouter un critère d’acceptation',
  'tab.rows.acceptanceCriteria.remove': 'Retirer le critère d’acceptation {n}',
  'tab.rows.evaluationCriteria.en': 'Énoncé d’évaluation {n} (anglais)',
  'tab.rows.evaluationCriteria.fr': 'Énoncé d’évaluation {n} (français)',
  'tab.rows.evaluationCriteria.add': 'Ajouter un énoncé d’évaluation',
  'tab.rows.evaluationCriteria.remove': 'Retirer l’énoncé d’évaluation {n}',
  'tab.section.describe': 'Description',
  'tab.section.work': 'Le travail',
  'tab.section.criteria': 'Critères',
  'tab.section.dates': 'Dates',
  'tab.section.approvals': 'Approbations',
  'tab.hint.amount': 'En dollars, p. ex. 8 690,00',
  'tab.hint.closing': 'Heure de l’Est',
  'tab.basis.preTax': 'avant taxes',
  'tab.basis.taxIncluded': 'taxes comprises',
  'tab.choose': 'Choisir…',
  'tab.field.closingDate': 'Date de clôture',
  'tab.field.closingTime': 'Heure de clôture',
  'tab.field.unclassified': 'J’atteste que le travail n’est pas classifié.',

  'tab.detail.heading': '{id} : {title}',
  'tab.detail.state': 'État : {state}',
  'tab.detail.value': 'Valeur, taxes comprises : {value}',
  'tab.detail.author': 'Auteur : {name}',
  'tab.detail.summary': 'Résumé',
  'tab.detail.timeline': 'Historique',
  'tab.detail.decide': 'Votre décision',
  'tab.detail.comment': 'Commentaire',
  'tab.detail.commentHint': 'Obligatoire pour renvoyer, refuser ou annuler; l’auteur le verra.',
  'tab.detail.edit': 'Modifier l’ébauche',
  'tab.detail.done': 'Fait : {intent}. L’occasion est maintenant « {state} ».',
  'tab.timeline.event': '{name} : {intent}',
  'tab.timeline.move': '{from} → {to}',
  'tab.timeline.refused': 'Tentative refusée de {name} : {reason}',
  'tab.timeline.empty': 'Aucun événement pour le moment.',

  'tab.dash.heading': 'Exercice du {start} au {end}',
  'tab.dash.total': 'Occasions',
  'tab.dash.committed': 'Engagé cet exercice',
  'tab.dash.paid': 'Payé cet exercice',
  'tab.dash.byState': 'Par état',
  'tab.dash.byStateNone': 'Aucune occasion cet exercice pour le moment.',
  'tab.dash.stages': 'Temps à chaque étape',
  'tab.dash.stage': 'Étape',
  'tab.dash.median': 'Médiane',
  'tab.dash.slowest': 'Plus lent',
  'tab.dash.samples': 'Nombre de cas',
  'tab.dash.waiting': 'En attente depuis plus de {days} jours',
  'tab.dash.waitingNone': 'Rien n’attend depuis plus de {days} jours.',
  'tab.dash.waitingFor': 'en attente depuis {duration}',
  'tab.dash.deliveryToPayment': 'De la livraison au paiement',
  'tab.dash.noData': 'pas encore de données',
  'tab.duration.days': '{n} j',
  'tab.duration.hours': '{n} h',
  'tab.duration.minutes': '{n} min',

  'tab.guide.heading': 'Comment fonctionne la micro-acquisition',
  'tab.guide.fullGuide':
    'Le guide du client au complet : bonnes micro-acquisitions, énoncés d’évaluation, critères d’acceptation, budget avec taxes, étapes et cibles (site public, nouvel onglet)',
  'tab.guide.intro':
    'De petits travaux de programmation (jusqu’à 10 000 $ taxes comprises, travail non classifié, code libre) sont publiés pour que les étudiants, les pigistes et les petites entreprises puissent postuler en moins de deux heures. Les candidatures sont évaluées de façon anonyme, et non sur le prix.',
  'tab.guide.client': 'Pour les clients (auteurs)',
  'tab.guide.clientSteps':
    'Rédigez l’occasion dans les deux langues : titre, description courte, contexte, travail, compétences, valeur avec la province pour les taxes, dates, critères d’acceptation, énoncés d’évaluation, licence libre, dépôt, personne-ressource, centre financier et titulaire de carte qui paiera. Attestez que le travail n’est pas classifié, puis soumettez. Après la publication, vous évaluez les candidatures, attribuez le contrat, consignez la livraison et acceptez le travail (article 34 de la LGFP).',
  'tab.guide.cardholder': 'Pour les titulaires de carte',
  'tab.guide.cardholderSteps':
    'Vous confirmez que les fonds sont disponibles et engagés (article 32 de la LGFP) pour les occasions qui vous nomment, depuis vos approbations à faire, avec un commentaire au besoin. Vous pouvez renvoyer une ébauche à son auteur ou la refuser, avec un commentaire. Après l’acceptation, vous consignez le paiement.',
  'tab.guide.procurement': 'Pour les agents d’approvisionnement (DGDPF)',
  'tab.guide.procurementSteps':
    'Vous vérifiez les garde-fous et approuvez la publication, ou la renvoyez avec un commentaire. Vous n’approuvez jamais une occasion que vous avez rédigée ou financée.',
  'tab.guide.manager': 'Pour les gestionnaires',
  'tab.guide.managerSteps':
    'Le tableau de bord montre toutes les occasions de l’exercice : combien sont à chaque état, l’argent engagé et payé, le temps à chaque étape par rapport à sa cible et ce qui attend depuis trop longtemps. Chaque nombre ouvre la liste correspondante.',
  'tab.guide.admin': 'Pour les administrateurs',
  'tab.guide.adminSteps':
    'Dans Personnes, vous trouvez une personne, attribuez et retirez des rôles avec un motif, invitez quelqu’un par son nom d’utilisateur principal et désactivez une personne qui part. Chaque changement est consigné.',
  'tab.guide.noRole':
    'Vous n’avez pas encore de rôle; il n’y a donc rien à faire pour vous ici. Un administrateur attribue les rôles dans Personnes; adressez-vous à l’équipe du projet pilote.',
  'tab.guide.others': 'Ce que font les autres rôles',
  'tab.guide.rules': 'Séparation des tâches',
  'tab.guide.rulesText':
    'Pour une même occasion, l’auteur, le titulaire de carte et l’agent d’approvisionnement qui approuve sont trois personnes différentes. Chaque étape est consignée : qui, quand et pourquoi.',

  'tab.api.awardForbidden':
    'Seuls l’auteur et le titulaire de carte de l’occasion voient son attribution; pendant qu’une attribution est suspendue, les agents d’approvisionnement la voient aussi, sans l’identité du fournisseur.',
  'tab.api.noAward': 'Il n’y a pas d’attribution à montrer : l’occasion est « {state} ».',
  'tab.api.fundCentreForbidden':
    'L’historique du centre financier est réservé aux agents d’approvisionnement, aux gestionnaires ainsi qu’à l’auteur et au titulaire de carte de l’occasion.',
  'tab.api.previewForbidden':
    'Avant l’affichage, l’aperçu de la page publique est réservé à l’auteur et au titulaire de carte de l’occasion, aux agents d’approvisionnement et aux gestionnaires.',
  'tab.api.previewLanguage': 'La langue de l’aperçu doit être en ou fr.',

  'tab.detail.applicants':
    '{count} {count|candidature reçue|candidatures reçues} avant la clôture : {evaluated} {evaluated|évaluée|évaluées}, {passed} satisfaisant à tous les énoncés.',
  'tab.detail.supplier': 'Fournisseur : {name}',
  'tab.detail.deliveryUrl': 'Travail livré',
  'tab.detail.accepted': 'Travail accepté (article 34 de la LGFP) le {date}.',
  'tab.detail.paid': 'Payé {amount} le {date} par {method}, référence {reference}.',
  'tab.detail.cancelReason': 'Motif de l’annulation : {reason}',

  'tab.form.problems': '{count} champs demandent votre attention.',
  'tab.form.stale': 'L’occasion a changé depuis que vous l’avez ouverte. Rien n’a été enregistré.',
  'tab.form.reload': 'Charger la version actuelle',

  'tab.eval.heading': 'Évaluer les candidatures',
  'tab.eval.anonymous':
    'Les candidats sont désignés par un numéro seulement; vous et le titulaire de carte apprenez qui est retenu après l’attribution. Chaque énoncé est obligatoire : indiquez s’il est satisfait ou non, et pourquoi.',
  'tab.eval.applicant': 'Candidat {n} sur {count}',
  'tab.eval.status.pending': 'Pas encore évalué',
  'tab.eval.status.passed': 'Satisfait à tous les énoncés',
  'tab.eval.status.failed': 'Ne satisfait pas à tous les énoncés',
  'tab.eval.criterion': 'Énoncé {n} : {text}',
  'tab.eval.answer': 'Réponse à l’énoncé {n}',
  'tab.eval.noAnswer': '(aucune réponse)',
  'tab.eval.result': 'Résultat pour l’énoncé {n}',
  'tab.eval.pass': 'Réussite',
  'tab.eval.fail': 'Échec',
  'tab.eval.rationale': 'Justification pour l’énoncé {n}',
  'tab.eval.save': 'Enregistrer le candidat {n}',
  'tab.eval.saved': 'Candidat {n} évalué.',
  'tab.eval.none':
    'Aucune candidature n’a été reçue avant la clôture : il n’y a personne à qui attribuer le contrat. Annulez l’occasion en donnant un motif.',
  'tab.eval.noneQualified':
    'Aucune candidature ne satisfait à tous les énoncés : il n’y a personne à qui attribuer le contrat. L’occasion doit être annulée, avec un motif.',
  'tab.eval.remaining': 'Évaluez toutes les candidatures avant le tirage : il en reste {count}.',
  'tab.eval.drawHeading': 'Tirage et attribution',
  'tab.eval.drawExplain':
    'Le tirage choisit le fournisseur au hasard parmi {count|la|les} {count} {count|candidature qui satisfait|candidatures qui satisfont} à tous les énoncés. Il a été fixé à la clôture : le serveur a choisi un secret et publié son empreinte SHA-256, ci-dessous, avant toute évaluation; ni vous ni le serveur ne pouvez donc orienter le résultat. L’attribution révèle le secret, et chacun peut refaire le tirage sur la page publique.',
  'tab.eval.commitment': 'Empreinte du secret du tirage, publiée à la clôture',
  'tab.eval.award': 'Faire le tirage et attribuer',

  'tab.cancel.heading': 'Annuler l’occasion',
  'tab.cancel.intro':
    'L’annulation est définitive. Dites pourquoi\u00a0: le motif est consigné et montré au titulaire de carte. Avant l’attribution, chaque fournisseur qui a postulé reçoit le motif par courriel.',
  'tab.cancel.nonDelivery':
    'Si le travail n’a pas été livré, ou ne satisfait pas aux critères d’acceptation, annulez pour non-livraison en donnant le motif. Le fournisseur n’est pas payé.',
  'tab.cancel.reason': 'Motif de l’annulation',
  'tab.cancel.submit': 'Annuler l’occasion',

  'tab.award.heading': 'L’attribution',
  'tab.award.held':
    'L’attribution est suspendue par la règle sur le fractionnement des contrats. Un agent d’approvisionnement doit la libérer, avec un motif, avant qu’elle soit faite; d’ici là, le fournisseur n’est pas nommé.',
  'tab.award.winner': 'Fournisseur retenu',
  'tab.award.name': 'Nom',
  'tab.award.businessName': 'Nom de l’entreprise',
  'tab.award.email': 'Courriel',
  'tab.award.confirmation': 'Candidature (numéro de confirmation)',
  'tab.award.none': 'aucun',
  'tab.award.outcome':
    'Le contrat est attribué à {name} : un tirage au sort a choisi sa candidature parmi les {count} qui ont satisfait à tous les critères.',
  'tab.award.outcomeOnly':
    'Le contrat est attribué à {name} : sa candidature est la seule à avoir satisfait à tous les critères.',
  'tab.award.outcomeHeld':
    'Un tirage au sort a choisi l’une des candidatures qui ont satisfait à tous les critères ({count}); le fournisseur sera nommé quand l’attribution sera libérée.',
  'tab.award.drawHeading': 'Comment vérifier le tirage',
  'tab.award.drawPlain':
    'Personne ne pouvait choisir ni modifier le résultat. À la clôture, avant que quiconque lise une candidature, le système a fixé un secret et publié son empreinte. À l’attribution, il a révélé le secret; le secret et la liste des candidatures au tirage déterminent le résultat. Quiconque a ces valeurs peut refaire le calcul et obtenir la même candidature.',
  'tab.award.drawExplain':
    'Chacun peut vérifier le tirage : le SHA-256 du secret donne l’empreinte publiée à la clôture; le germe est le SHA-256 du numéro de l’occasion, du secret et des candidatures en ordre, une par ligne; le gagnant est la candidature au rang du germe modulo leur nombre, en comptant à partir de 0.',
  'tab.award.commitment': 'Empreinte du secret (publiée à la clôture)',
  'tab.award.secret': 'Secret (révélé à l’attribution)',
  'tab.award.seed': 'Germe',
  'tab.award.candidates': 'Candidatures au tirage ({count})',
  'tab.award.drawn': 'Tirée',
  'tab.award.released': 'Libérée par l’approvisionnement : {reason}',

  'tab.notice.successful.subject': 'Micro-acquisition {id} : votre candidature est retenue',
  'tab.notice.successful.body':
    'Bonjour {name},\n\nVotre candidature {confirmation} pour « {title} » ({id}) satisfait à tous les énoncés d’évaluation et a été retenue par le tirage public parmi {count|la|les} {count} {count|candidature qui y satisfait|candidatures qui y satisfont}.\n\nLe contrat vaut {value}, taxes comprises. Le travail commence le {start} et doit être livré le {delivery}. Vous êtes payé par carte d’achat ou PayPal une fois le travail accepté.\n\nVeuillez répondre à {contact} d’ici deux jours ouvrables pour confirmer que vous acceptez le contrat.\n\nLe tirage peut être vérifié sur la page publique de l’occasion.',
  'tab.notice.passedNotDrawn.subject': 'Micro-acquisition {id} : résultat du tirage',
  'tab.notice.passedNotDrawn.body':
    'Bonjour,\n\nMerci d’avoir posé votre candidature pour « {title} » ({id}). Votre candidature satisfait à tous les énoncés d’évaluation et a participé au tirage, mais elle n’a pas été retenue : parmi {count|la|les} {count} {count|candidature qui y satisfait|candidatures qui y satisfont}, le tirage a retenu la candidature {winner}.\n\nLe tirage a été fixé avant l’évaluation : l’empreinte de son secret a été publiée à la clôture, et le secret, les candidatures au tirage et le germe sont maintenant sur la page publique de l’occasion. Avec votre numéro de confirmation, vous pouvez vérifier que votre candidature était au tirage et que le résultat découle de ces valeurs.\n\nNous espérons recevoir une autre candidature de votre part. Questions : {contact}.',
  'tab.notice.notPassed.subject': 'Micro-acquisition {id} : résultat de l’évaluation',
  'tab.notice.notPassed.body':
    'Bonjour,\n\nMerci d’avoir posé votre candidature pour « {title} » ({id}). Chaque énoncé d’évaluation est obligatoire, et votre candidature ne satisfait pas à au moins l’un d’eux; elle n’a donc pas participé au tirage. Les candidatures ont été évaluées énoncé par énoncé, sans les noms, et le prix n’a pas été pris en compte.\n\nVous pouvez demander à {contact} les motifs consignés pour chaque énoncé. Nous espérons recevoir une autre candidature de votre part.',

  'tab.split.heading': 'Fractionnement des contrats',
  'tab.split.explain':
    'Le même fournisseur a déjà obtenu des contrats du centre financier {fundCentre} au cours des 12 derniers mois, pour {prior}. Avec cette occasion ({this}), le total atteint {together}, au-delà de la limite de {cap} taxes comprises.',
  'tab.split.earlier': 'Les occasions précédentes',
  'tab.release.heading': 'Lever la suspension de l’attribution',
  'tab.release.intro':
    'Levez-la seulement s’il s’agit de besoins distincts, et non d’un même besoin découpé en plusieurs contrats. Votre motif est conservé dans la piste de vérification.',
  'tab.release.reason': 'Motif de la libération',
  'tab.release.submit': 'Lever la suspension',

  'tab.delivery.heading': 'Consigner la livraison',
  'tab.delivery.intro':
    'Quand le fournisseur livre, indiquez où se trouve le travail : le dépôt, la demande de fusion ou la version.',
  'tab.delivery.url': 'Adresse du travail livré (https://…)',
  'tab.delivery.submit': 'Consigner la livraison',

  'tab.accept.heading': 'Accepter le travail (article 34 de la LGFP)',
  'tab.accept.intro':
    'Vérifiez le travail livré au regard de chaque critère d’acceptation. Chaque critère doit être satisfait, avec une note sur la façon dont vous l’avez vérifié.',
  'tab.accept.criterion': 'Critère {n} ({kind}) : {text}',
  'tab.accept.met': 'Le critère {n} est satisfait',
  'tab.accept.note': 'Comment vous avez vérifié le critère {n}',
  'tab.accept.comment': 'Commentaire (facultatif)',
  'tab.accept.certify':
    'J’atteste que le travail a été exécuté et est conforme au contrat (article 34 de la Loi sur la gestion des finances publiques).',
  'tab.accept.submit': 'Accepter le travail',
  'tab.acceptance.functional': 'fonctionnel',
  'tab.acceptance.quality': 'qualité',
  'tab.acceptance.security': 'sécurité',

  'tab.payment.heading': 'Consigner le paiement',
  'tab.payment.committed':
    'Engagé, taxes comprises : {amount}. Le paiement ne peut pas dépasser ce montant.',
  'tab.payment.method': 'Payé par',
  'tab.payment.card': 'Carte d’achat',
  'tab.payment.paypal': 'PayPal',
  'tab.payment.paidOn': 'Date du paiement',
  'tab.payment.amount': 'Montant payé, taxes comprises',
  'tab.payment.amountHint': 'En dollars, p. ex. 8 690,00',
  'tab.payment.reference': 'Référence (numéro de transaction ou de reçu)',
  'tab.payment.submit': 'Consigner le paiement',

  'tab.fc.heading': 'Centre financier {fundCentre} : les 12 derniers mois',
  'tab.fc.explain':
    'Garde-fou contre le fractionnement des contrats : les autres occasions publiées ou attribuées du centre financier depuis le {since}. Un même besoin ne doit pas être découpé en plusieurs contrats pour rester sous {cap}.',
  'tab.fc.none': 'Aucune autre occasion de ce centre financier au cours des 12 derniers mois.',
  'tab.fc.when': 'Publiée ou attribuée',
  'tab.fc.total': 'Autres occasions : {prior}. Avec celle-ci : {together}.',
  'tab.fc.overCap':
    'Ensemble, elles dépassent {cap} : vérifiez qu’il s’agit de besoins distincts avant d’approuver.',
  'tab.addendum.heading': 'Ajouter un addenda',
  'tab.addendum.intro':
    'Un addenda change ou précise l’occasion publiée. Il est publié aussitôt sur la page publique, daté, dans les deux langues, et envoyé par courriel à chaque fournisseur qui a déjà postulé, dans sa langue; dites donc ce qui change.',
  'tab.addendum.en': 'Addenda en anglais',
  'tab.addendum.fr': 'Addenda en français',
  'tab.addendum.submit': 'Publier l’addenda',
};
