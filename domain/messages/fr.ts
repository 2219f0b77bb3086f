import { botFr } from './botFr';
import { noticeFr } from './noticeFr';
import { draftingFr } from './draftingFr';
import { peopleFr } from './peopleFr';
import { delegationFr } from './delegationFr';
import { reassignFr } from './reassignFr';
import { peopleViewFr } from './peopleViewFr';
import { questionsFr } from './questionsFr';
import { subscriptionsFr } from './subscriptionsFr';
import { noticesViewFr } from './noticesViewFr';
import { measuresFr } from './measuresFr';
import { remindersFr } from './remindersFr';
import { decidingFr } from './decidingFr';
import { answersFr } from './answersFr';
import { answeringFr } from './answeringFr';
import { moneyFr } from './moneyFr';
import { eligibilityFr } from './eligibilityFr';
import { statusFr } from './statusFr';
import { unfurlFr } from './unfurlFr';
import type { coreEn, MessageKey } from './en';
import { siteFr } from './siteFr';
import { tabFr } from './tabFr';

/** La partie commune du catalogue français : les mêmes clés que `coreEn`. */
const coreFr: Record<keyof typeof coreEn, string> = {
  'state.draft': 'Ébauche',
  'state.awaitingFunds': 'En attente des fonds (titulaire de carte)',
  'state.awaitingProcurement': 'En attente de l’approbation de l’approvisionnement (DGDPF)',
  'state.posted': 'Publiée',
  'state.evaluating': 'En évaluation',
  'state.awardHeld': 'Attribution suspendue (vérification du fractionnement)',
  'state.awarded': 'Attribuée',
  'state.delivered': 'Livrée',
  'state.accepted': 'Acceptée',
  'state.paid': 'Payée',
  'state.cancelled': 'Annulée',
  'state.rejected': 'Refusée',

  'intent.create': 'créer une ébauche',
  'intent.editDraft': 'modifier l’ébauche',
  'intent.submit': 'soumettre',
  'intent.approveFunds': 'approuver les fonds',
  'intent.approvePosting': 'approuver la publication',
  'intent.returnToAuthor': 'renvoyer à l’auteur',
  'intent.reject': 'refuser',
  'intent.amend': 'ajouter un addenda',
  'intent.close': 'fermer',
  'intent.award': 'attribuer',
  'intent.evaluate': 'évaluer une candidature',
  'intent.releaseAward': 'lever la suspension de l’attribution',
  'intent.recordDelivery': 'consigner la livraison',
  'intent.accept': 'accepter le travail',
  'intent.recordPayment': 'consigner le paiement',
  'intent.cancel': 'annuler',
  'intent.readApplications': 'consulter les candidatures',
  'intent.readAward': 'consulter l’attribution',
  'intent.readFundCentreHistory': 'consulter l’historique du centre financier',
  'intent.readPublicPreview': 'consulter l’aperçu de la page publique',

  'actor.scheduler': 'Le planificateur',
  'role.client': 'client',
  'role.cardholder': 'titulaire de carte',
  'role.procurement': 'agent d’approvisionnement (DGDPF)',
  'role.manager': 'gestionnaire',
  'role.admin': 'administrateur',

  'field.titleEn': 'Titre (anglais)',
  'field.titleFr': 'Titre (français)',
  'field.summaryEn': 'Description courte (anglais)',
  'field.summaryFr': 'Description courte (français)',
  'field.backgroundEn': 'Contexte (anglais)',
  'field.backgroundFr': 'Contexte (français)',
  'field.workEn': 'Le travail (anglais)',
  'field.workFr': 'Le travail (français)',
  'field.skills': 'Compétences',
  'field.amountCents': 'Valeur',
  'field.paidAmount': 'Montant payé',
  'field.amountBasis': 'Valeur saisie',
  'field.province': 'Province ou territoire pour la taxe',
  'field.closingAt': 'Date et heure de clôture',
  'field.startDate': 'Date de début',
  'field.deliveryDate': 'Date de livraison',
  'field.acceptanceCriteria': 'Critères d’acceptation du travail',
  'field.evaluationCriteria': 'Énoncés d’évaluation des candidatures',
  'field.licence': 'Licence libre',
  'field.repositoryUrl': 'Adresse du dépôt',
  'field.contactEmail': 'Courriel de la personne-ressource',
  'field.fundCentre': 'Centre financier',
  'field.cardholderId': 'Titulaire de carte',
  'field.unclassified': 'Le travail est non classifié',
  'field.comment': 'Commentaire',
  'field.reason': 'Motif',
  'field.en': 'Texte anglais',
  'field.fr': 'Texte français',
  'field.supplierName': 'Fournisseur',
  'field.deliveryUrl': 'Adresse du travail livré',
  'field.method': 'Mode de paiement',
  'field.paidOn': 'Date du paiement',
  'field.reference': 'Référence du paiement',
  'field.name': 'Votre nom',
  'field.businessName': 'Nom de l’entreprise',
  'field.email': 'Adresse courriel',
  'field.answers': 'Réponse',
  'field.eligible': 'Admissibilité',
  'field.terms': 'Conditions',
  'field.website': 'Laissez ce champ vide',
  'field.application': 'Candidature',
  'field.results': 'Évaluation',
  'field.checks': 'Vérification d’acceptation',
  'field.certified': 'Attestation (article 34 de la LGFP)',
  'field.evaluations': 'Évaluations',
  'field.drawCommitment': 'Empreinte du secret',
  'fieldPart.pass': 'réussite ou échec',
  'fieldPart.rationale': 'justification',
  'fieldPart.met': 'respecté ou non',
  'fieldPart.note': 'note',
  'field.kind': 'Action',
  'field.intent': 'Demande',
  'field.fields': 'Champs',
  'fieldPart.item': 'élément {n}',
  'fieldPart.en': 'anglais',
  'fieldPart.fr': 'français',
  'fieldPart.kind': 'type',

  'expected.text': 'du texte',
  'expected.list': 'une liste',
  'expected.item': 'un objet',
  'expected.cents': 'un nombre entier de cents',
  'expected.dollars': 'un montant en dollars, comme 8 690,00',
  'expected.criterionLine': 'un élément par ligne, ses parties séparées par |',
  'expected.yesNo': 'oui ou non',

  'problem.required': '{field} : obligatoire.',
  'problem.wrongType': '{field} : on attend {expected}.',
  'problem.unknownField': '{field} : ce n’est pas un champ d’une occasion.',
  'problem.tooLong': '{field} : au plus {max} caractères.',
  'problem.tooMany': '{field} : au plus {max} éléments.',
  'problem.tooLarge': '{field} : au plus {maxCents}.',
  'problem.tooFew': '{field} : au moins {min} requis.',
  'problem.missingKind':
    '{field} : ajoutez au moins un critère de type « {kind} » (chaque occasion a des critères fonctionnels, de qualité et de sécurité).',
  'problem.invalidCharacters':
    '{field} : contient des caractères non permis (caractères de contrôle ou Unicode invalide).',
  'problem.invalidUrl': '{field} : doit être une adresse https://.',
  'problem.invalidEmail': '{field} : adresse de courriel non valide.',
  'problem.invalidDate': '{field} : date non valide.',
  'problem.notWholeMinute':
    '{field} : indiquez une heure à la minute près, sans les secondes (par exemple 14 h 00).',
  'problem.invalidChoice': '{field} : ce choix n’est pas permis.',
  'problem.notInFuture': '{field} : doit être dans le futur.',
  'problem.inFuture': '{field} : ne peut pas être dans le futur.',
  'problem.beforeAcceptance': '{field} : ne peut pas précéder l’acceptation des travaux ({date}).',
  'problem.notAfter': '{field} : doit être postérieure à : {other}.',
  'problem.notPositive': '{field} : la valeur doit être supérieure à zéro.',
  'problem.overCap':
    '{field} : le total taxes comprises ({totalCents}) dépasse la limite de {capCents}.',
  'problem.overCommitted': '{field} : plus que le montant engagé ({committedCents}).',
  'problem.notAttested': '{field} : vous devez attester que le travail est non classifié.',
  'problem.sameAsAuthor':
    '{field} : le titulaire de carte ne peut pas être l’auteur de l’occasion.',
  'problem.notACardholder': '{field} : cette personne n’est pas inscrite comme titulaire de carte.',
  'problem.notYetClosed': '{field} : l’heure de clôture n’est pas encore passée.',
  'problem.closed':
    'La période de candidature a pris fin le {closingAt}; cette occasion n’accepte plus de candidatures.',
  'problem.tooManyWords': '{field} : au plus {max} mots.',
  'problem.mustBeEmpty':
    '{field} : doit rester vide. Si vous êtes une personne, videz-le et envoyez de nouveau.',
  'problem.mustConfirm': '{field} : vous devez confirmer ceci pour continuer.',
  'problem.alreadyApplied': '{field} : une candidature de cette adresse courriel a déjà été reçue.',
  'problem.unknownApplication':
    '{field} : aucune candidature de ce numéro n’a été reçue avant la clôture.',
  'problem.wrongCount': '{field} : il en faut une pour chacun des {count} critères.',
  'problem.notEvaluated': '{field} : il reste {count} {count|candidature|candidatures} à évaluer.',
  'problem.noneQualified':
    '{field} : aucune candidature ne satisfait à tous les énoncés; il n’y a donc personne à qui attribuer le contrat. Annulez l’occasion en donnant un motif.',
  'problem.drawMismatch':
    '{field} : le tirage ne peut pas être vérifié par rapport à l’empreinte publiée.',
  'problem.criterionNotMet':
    '{field} : ce critère n’est pas respecté; le travail ne peut pas être accepté (annulez plutôt pour non-livraison).',
  'problem.markup':
    '{field} : retirez le balisage HTML ou le script; les réponses sont du texte simple, et les liens s’écrivent comme de simples adresses.',

  'refusal.wrongState': 'Vous ne pouvez pas {intent} pendant que l’occasion est « {state} ».',
  'refusal.incomplete': 'Impossible de {intent} : l’occasion est incomplète :',
  'refusal.readForbidden': 'Vous n’êtes pas autorisé à {intent}.',
  'refusal.keyReused':
    'Cette demande ({intent}) porte la clé d’une demande antérieure différente : rien n’a été modifié. Pour faire autre chose, envoyez une nouvelle demande.',
  'forbidden.systemOnly': 'Seul le planificateur peut {intent}.',
  'forbidden.peopleOnly': 'Seule une personne peut {intent}.',
  'forbidden.notAuthor': 'Seul l’auteur de l’occasion peut {intent}.',
  'forbidden.notDesignatedCardholder':
    'Seul le titulaire de carte désigné dans l’occasion peut {intent}.',
  'forbidden.missingRole': 'Il vous faut le rôle {role} pour {intent}.',
  'forbidden.ownOpportunity': 'Vous ne pouvez pas {intent} pour votre propre occasion.',
  'forbidden.cardholderOfThis':
    'Vous êtes le titulaire de carte de cette occasion : un autre agent d’approvisionnement doit {intent}.',

  'outcome.conflict':
    '{name} a modifié cette occasion le {at}; elle est maintenant « {state} ». Votre demande n’a rien changé.',
  'outcome.replayed': 'C’est fait. L’occasion est maintenant « {state} ».',
  'outcome.notFound': 'Aucune occasion {id} n’existe.',
  'outcome.unknownPerson':
    'Vous n’êtes pas encore inscrit à la micro-acquisition. Demandez à l’équipe du projet pilote de vous ajouter.',
  'outcome.tooLarge': 'Cette occasion est trop volumineuse pour être enregistrée : {detail}.',
  'error.storageUnavailable':
    'Le stockage est inaccessible pour le moment. Veuillez réessayer dans une minute.',
  'error.unexpected':
    'Une erreur s’est produite de notre côté (référence {requestId}). Veuillez réessayer.',
};

/** Le catalogue français : les mêmes clés que le catalogue anglais. */
export const fr: Record<MessageKey, string> = {
  ...coreFr,
  ...botFr,
  ...siteFr,
  ...tabFr,
  ...noticeFr,
  ...peopleFr,
  ...reassignFr,
  ...delegationFr,
  ...peopleViewFr,
  ...draftingFr,
  ...questionsFr,
  ...subscriptionsFr,
  ...noticesViewFr,
  ...remindersFr,
  ...measuresFr,
  ...decidingFr,
  ...answersFr,
  ...answeringFr,
  ...moneyFr,
  ...eligibilityFr,
  ...statusFr,
  ...unfurlFr,
};
