import type { botEn } from './botEn';

/** Les messages français de l’agent Teams et de ses cartes. */
export const botFr: Record<keyof typeof botEn, string> = {
  'bot.help':
    'Je vous aide à rédiger des occasions de micro-acquisition et à les faire approuver.\n' +
    '• nouveau : commencer une ébauche\n• mes : vos occasions et leur état\n• statut MA-2026-0001 : une occasion\n' +
    '• english: speak English\n• aide : ce message',
  'bot.welcome':
    'Bienvenue dans Micro-acquisition. Tapez « nouveau » pour rédiger une occasion, ou « aide ».',
  'bot.unknownCommand':
    'Je n’ai pas compris « {text} ». Tapez « aide » pour voir ce que je peux faire.',
  'bot.languageSet': 'Je vous parlerai en français désormais.',
  'bot.draft.newTitle': 'Nouvelle occasion',
  'bot.draft.title': 'Ébauche {id} (version {version})',
  'bot.draft.intro':
    'Remplissez les deux langues. Vous pouvez enregistrer à tout moment; la soumission l’envoie au titulaire de carte choisi.',
  'bot.draft.saved': 'Ébauche enregistrée.',
  'bot.draft.tooLongForCard':
    'Ce texte ({count} caractères) est trop long pour être modifié dans une carte Teams. Il est conservé tel quel; modifiez-le dans l’onglet Micro-acquisition.',
  'bot.draft.needsAttention': 'Certains champs sont à revoir avant la soumission :',
  'bot.draft.returned': 'Renvoyée par {name} : {comment}',
  'bot.field.closingDate': 'Date de clôture (heure de l’Est)',
  'bot.field.closingTime': 'Heure de clôture (heure de l’Est)',
  'bot.hint.skills': 'Une par ligne : English | Français',
  'bot.hint.acceptance': 'Un par ligne : functional, quality ou security | English | Français',
  'bot.hint.evaluation': 'Un par ligne, un énoncé réussi/échoué : English | Français',
  'bot.hint.amount': 'En dollars, p. ex. 8 690,00',
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
  'bot.mine.title': 'Vos occasions',
  'bot.mine.empty': 'Vous n’avez pas encore d’occasion. Tapez « nouveau » pour en commencer une.',
  'bot.mine.more': 'Seules les {count} plus récentes sont affichées; l’onglet les présente toutes.',
  'bot.status.usage': 'Tapez « statut » suivi du numéro de l’occasion, p. ex. statut MA-2026-0001.',
  'bot.status.notAllowed': 'Vous ne participez pas à {id}; je ne peux donc pas l’afficher.',
  'bot.invalidAction':
    'Cette carte est périmée ou incomplète. Tapez « mes » pour voir vos occasions.',
};
