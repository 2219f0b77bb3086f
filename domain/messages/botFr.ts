import type { botEn } from './botEn';

/** Les messages français de l’agent Teams et de ses cartes. */
export const botFr: Record<keyof typeof botEn, string> = {
  'bot.help.intro': 'Voici ce que je peux faire pour vous, {name}.',
  'bot.help.client':
    'Comme client (auteur) :\n• nouveau : commencer une ébauche\n• copier MA-2026-1 : une nouvelle ébauche à partir d’une des vôtres\n• mes : vos occasions et leur état',
  'bot.help.cardholder':
    'Comme titulaire de carte : les demandes de fonds (article 32 de la LGFP) qui vous nomment arrivent ici sous forme de cartes. Lisez-les, puis approuvez, renvoyez ou refusez sur la carte, ou dans « Approbations à faire » de l’onglet. Après l’acceptation, vous y consignez aussi le paiement.',
  'bot.help.procurement':
    'Comme agent d’approvisionnement (DGDPF) : les publications à approuver arrivent ici sous forme de cartes. Vérifiez les garde-fous, puis approuvez, renvoyez ou refusez sur la carte, ou dans « Approbations à faire » de l’onglet; les attributions suspendues attendent votre libération dans l’onglet.',
  'bot.help.manager':
    'Comme gestionnaire : le tableau de bord de l’onglet Micro-acquisition montre toutes les occasions de l’exercice, le temps à chaque étape et l’argent engagé.',
  'bot.help.admin':
    'Comme administrateur : les personnes et leurs rôles sont dans la vue Personnes de l’onglet.',
  'bot.help.noRole':
    'Vous n’avez pas encore de rôle. Un administrateur attribue les rôles dans l’onglet Micro-acquisition; d’ici là, vous pouvez consulter une occasion à laquelle vous participez.',
  'bot.help.common':
    'Pour tous :\n• statut MA-2026-1 : une occasion (le numéro comme vous voulez : ma-2026-1, MA-2026-0001)\n• english: speak English\n• aide : ce message',
  'bot.welcome':
    'Bienvenue dans Micro-acquisition. Tapez « nouveau » pour rédiger une occasion, ou « aide ».',
  'bot.unknownCommand':
    'Je n’ai pas compris « {text} ». Tapez « aide » pour voir ce que je peux faire.',
  'bot.languageSet': 'Je vous parlerai en français désormais.',
  'bot.draft.newTitle': 'Nouvelle occasion',
  'bot.draft.title': 'Ébauche {id} (version {version})',
  'bot.draft.saved': 'Ébauche enregistrée.',
  'bot.draft.intro':
    'Commencez ici : le titre, le résumé et le titulaire de carte, puis Enregistrer. Les autres champs (description, compétences, critères, montant, dates) se remplissent dans l’onglet, chacun avec son aide à côté.',
  'bot.draft.afterSave':
    'Enregistrer crée l’ébauche; sa carte ouvre ensuite l’onglet, où vous remplissez les autres champs.',
  'bot.draft.toComplete':
    '{count} {count|champ reste|champs restent} à remplir avant de soumettre. Remplissez-{count|le|les} dans l’onglet.',
  'bot.draft.complete': 'Tous les champs sont remplis : vous pouvez soumettre d’ici.',
  'bot.draft.inTab': 'À remplir dans l’onglet :',
  'bot.draft.finishInTab': 'Terminer dans l’onglet',
  'bot.hint.title':
    'Quelques mots qu’un fournisseur reconnaîtra, au plus 100 caractères dans chaque langue.',
  'bot.hint.summary':
    'Deux ou trois phrases : ce qui est à réaliser et pour qui. Les fournisseurs le voient dans la liste des occasions.',
  'bot.hint.cardholder':
    'Le titulaire de carte qui paiera. À la soumission, on lui demande d’approuver les fonds (article 32).',
  'bot.draft.needsAttention': 'Certains champs sont à revoir avant la soumission :',
  'bot.draft.returned': 'Renvoyée par {name} : {comment}',
  'bot.field.closingDate': 'Date de clôture (heure de l’Est)',
  'bot.field.closingTime': 'Heure de clôture (heure de l’Est)',
  'bot.basis.preTax': 'avant taxes',
  'bot.basis.taxIncluded': 'taxes comprises',
  'bot.choose': 'Choisir…',
  'bot.action.save': 'Enregistrer l’ébauche',
  'bot.action.submit': 'Soumettre pour approbation',
  'bot.action.approveFunds': 'Approuver les fonds',
  'bot.action.approvePosting': 'Approuver la publication',
  'bot.action.return': 'Renvoyer à l’auteur',
  'bot.action.reject': 'Refuser',
  'bot.action.open': 'Ouvrir',
  'bot.comment': 'Commentaire (obligatoire pour renvoyer ou refuser)',
  'bot.approval.fundsTitle': 'Approbation des fonds demandée (article 32 de la LGFP)',
  'bot.approval.postingTitle': 'Approbation de la publication demandée (DGDPF)',
  'bot.approval.requestedBy': 'Demandée par',
  'bot.fact.id': 'Occasion',
  'bot.fact.state': 'État',
  'bot.fact.value': 'Valeur',
  'bot.fact.valueBreakdown': '{preTax} avant taxes + {tax} de taxes = {total} ({province})',
  'bot.fact.closing': 'Clôture',
  'bot.fact.dates': 'Travail',
  'bot.fact.datesValue': 'du {start} au {delivery}',
  'bot.fact.lastChange': 'Dernière modification',
  'bot.fact.lastChangeValue': '{name}, {at}',
  'bot.fact.waitingFor': 'En attente de',
  'bot.fact.publicPage': 'Page publique',
  'bot.waiting.procurement': 'un agent d’approvisionnement (DGDPF)',
  'bot.submitted': 'Soumise. {name} a été invité à approuver les fonds.',
  'bot.notInstalled':
    '{name} n’a pas encore ouvert l’application Micro-acquisition dans Teams; je n’ai donc pas pu lui envoyer la demande. Demandez-lui d’ouvrir l’application et de taper : statut {id}',
  'bot.noProcurementReachable':
    'Aucun agent d’approvisionnement n’a encore ouvert l’application Micro-acquisition dans Teams; personne n’a donc été avisé. Chacun peut ouvrir l’application et taper : statut {id}',
  'bot.decided.approveFunds': 'Fonds approuvés par {name}.',
  'bot.decided.approvePosting': 'Publication approuvée par {name}. L’occasion est publiée.',
  'bot.decided.returnToAuthor': 'Renvoyée à l’auteur par {name}.',
  'bot.decided.reject': 'Refusée par {name}.',
  'bot.notify.fundsRequest': '{author} vous demande d’approuver les fonds de {id}.',
  'bot.notify.postingRequest':
    'Les fonds de {id} sont approuvés; l’occasion attend un agent d’approvisionnement.',
  'bot.notify.posted': 'Votre occasion {id} est publiée : {url}',
  'bot.notify.publishFailed':
    'La page publique de {id} n’a pas pu être mise à jour. Votre approbation est maintenue; la page sera mise à jour au prochain changement ou dans l’heure.',
  'bot.notify.closed': 'Les candidatures pour {id} ont pris fin le {at}. L’évaluation commence.',
  'bot.notify.decided': '{id} : {decision}',
  'bot.mine.open': 'Ouvrir {id}',
  'bot.mine.tap': 'Touchez une occasion pour l’ouvrir.',
  'bot.mine.title': 'Vos occasions',
  'bot.mine.empty': 'Vous n’avez pas encore d’occasion. Tapez « nouveau » pour en commencer une.',
  'bot.mine.more': 'Seules les {count} plus récentes sont affichées; l’onglet les présente toutes.',
  'bot.status.usage': 'Tapez « statut » suivi du numéro de l’occasion, p. ex. statut MA-2026-0001.',
  'bot.status.notAllowed': 'Vous ne participez pas à {id}; je ne peux donc pas l’afficher.',
  'bot.invalidAction':
    'Cette carte est périmée ou incomplète. Tapez « mes » pour voir vos occasions.',
  'bot.evaluate.title': 'Évaluer {id} · {title}',
  'bot.evaluate.progress':
    '{count} {count|candidature|candidatures} : {evaluated} {evaluated|évaluée|évaluées}, {passed} {passed|satisfait|satisfont} à tous les énoncés.',
  'bot.evaluate.anonymous':
    'Les candidats ne sont désignés que par un numéro; leurs noms sont révélés après l’attribution.',
  'bot.evaluate.applicant': 'Candidat {n} sur {count}',
  'bot.evaluate.statement': 'Énoncé {n} : {text}',
  'bot.evaluate.answer': 'Réponse',
  'bot.evaluate.truncated': '… (la réponse complète est dans l’onglet Micro-acquisition)',
  'bot.evaluate.pass': 'Réussite',
  'bot.evaluate.fail': 'Échec',
  'bot.evaluate.result': 'Résultat pour l’énoncé {n}',
  'bot.evaluate.rationale': 'Justification (obligatoire)',
  'bot.evaluate.saved': 'Candidat {n} évalué.',
  'bot.evaluate.none':
    'Aucune candidature n’a été reçue avant la clôture. Annulez l’occasion en donnant un motif.',
  'bot.evaluate.noneQualified':
    'Aucune candidature ne satisfait à tous les énoncés; il n’y a donc personne à qui attribuer le contrat. Annulez l’occasion en donnant un motif.',
  'bot.evaluate.ready':
    'Toutes les candidatures sont évaluées. Le tirage choisit le fournisseur au hasard parmi celles qui satisfont à tous les énoncés, à partir d’un secret fixé et publié à la clôture; tout le monde peut le vérifier sur la page publique.',
  'bot.action.saveEvaluation': 'Enregistrer cette évaluation',
  'bot.action.previous': 'Candidat précédent',
  'bot.action.next': 'Candidat suivant',
  'bot.action.previousShort': 'Précédent',
  'bot.action.nextShort': 'Suivant',
  'bot.action.award': 'Tirer au sort et attribuer',
  'bot.action.openPublicPage': 'Ouvrir la page publique',
  'bot.action.cancel': 'Annuler l’occasion',
  'bot.action.releaseAward': 'Lever la suspension',
  'bot.action.recordDelivery': 'Consigner la livraison',
  'bot.action.accept': 'Accepter le travail',
  'bot.action.recordPayment': 'Consigner le paiement',
  'bot.field.reason': 'Motif',
  'bot.award.title': 'Attribuée : {id}',
  'bot.award.winner': 'Fournisseur retenu',
  'bot.award.winnerValue': '{name} ({email}), candidature {confirmation}',
  'bot.award.draw':
    'Tiré au sort parmi {count} {count|candidature|candidatures} satisfaisant à tous les énoncés.',
  'bot.held.title': 'Attribution suspendue : {id}',
  'bot.held.explain':
    '{supplier} a déjà obtenu {count} {count|contrat|contrats} du centre financier {fundCentre} au cours des 12 derniers mois, pour {prior}; avec celui-ci, le total dépasse 10 000,00 $ taxes comprises. Un agent d’approvisionnement doit lever la suspension de l’attribution, en donnant un motif, avant qu’elle soit faite.',
  'bot.delivery.title': 'Consigner le travail livré : {id}',
  'bot.delivery.url': 'Travail livré (dépôt ou demande de fusion, https://…)',
  'bot.accept.title': 'Accepter le travail : {id} (article 34 de la LGFP)',
  'bot.accept.criterion': '{kind} : {text}',
  'bot.accept.met': 'Respecté',
  'bot.accept.note': 'Note (obligatoire)',
  'bot.accept.certify':
    'J’atteste que le travail a été exécuté et respecte le contrat (article 34 de la Loi sur la gestion des finances publiques).',
  'bot.accept.nonDelivery': 'Si le travail n’a pas été livré, annulez plutôt en donnant un motif.',
  'bot.payment.title': 'Consigner le paiement : {id}',
  'bot.payment.committed': 'Engagé : {amount}',
  'bot.payment.method': 'Payé par',
  'bot.payment.card': 'Carte d’achat',
  'bot.payment.paypal': 'PayPal',
  'bot.payment.paidOn': 'Date du paiement',
  'bot.payment.amount': 'Montant payé, taxes comprises (dollars)',
  'bot.payment.reference': 'Référence (numéro de transaction ou de reçu)',
  'bot.decided.evaluate': 'Candidat évalué par {name}.',
  'bot.decided.award': 'Attribuée par {name} après le tirage.',
  'bot.decided.awardHeld':
    'L’attribution est suspendue par la règle sur le fractionnement des contrats.',
  'bot.decided.releaseAward': 'Attribution libérée par {name}.',
  'bot.decided.recordDelivery': 'Livraison consignée par {name}.',
  'bot.decided.accept': 'Travail accepté par {name} (article 34).',
  'bot.decided.recordPayment': 'Paiement consigné par {name}.',
  'bot.decided.cancel': 'Annulée par {name}.',
  'bot.notify.evaluate': '{id} est prête pour votre évaluation.',
  'bot.notify.awarded':
    '{id} est attribuée à {supplier}. Contact : {email}. Livraison au plus tard le {delivery}.',
  'bot.notify.awardHeld':
    'L’attribution de {id} est suspendue par la règle sur le fractionnement des contrats et attend un agent d’approvisionnement.',
  'bot.notify.accepted': 'Le travail sur {id} est accepté. Veuillez consigner le paiement.',
  'bot.notify.paid': '{id} est payée. Merci.',
  'bot.problem.amount': 'Montant payé : indiquez un montant en dollars, par exemple 8 690,00.',
  'bot.guardrail.title':
    'Centre financier {fundCentre}, 12 derniers mois (fractionnement des contrats)',
  'bot.guardrail.none':
    'Aucune autre occasion de ce centre financier au cours des 12 derniers mois.',
  'bot.guardrail.item': '{amount}, {at}',
  'bot.guardrail.total': 'Ensemble : {total}; avec celle-ci : {together}.',
  'bot.addendum.label': 'Addenda {n}',
  'bot.addendum.intro':
    'Pour changer ou préciser l’occasion publiée, ajoutez un addenda dans les deux langues. Il est publié aussitôt sur la page publique, datée.',
  'bot.addendum.en': 'Addenda (anglais)',
  'bot.addendum.fr': 'Addenda (français)',
  'bot.action.amend': 'Publier l’addenda',
  'bot.decided.amend': 'Addenda publié par {name}.',
};
