import type { siteEn } from './siteEn';

/** Les messages français du site public. */
export const siteFr: Record<keyof typeof siteEn, string> = {
  'site.name': 'Occasions de micro-acquisition',
  'site.government': 'Gouvernement du Canada',
  'site.canadaHref': 'https://www.canada.ca/fr.html',
  'site.skipToContent': 'Passer au contenu principal',
  'site.otherLanguage': 'English',
  'site.otherLanguageLabel': 'Sélection de la langue',
  'site.breadcrumbs': 'Chemin de navigation',
  'site.nav.label': 'Micro-acquisition',
  'site.nav.opportunities': 'Occasions',
  'site.nav.about': 'La micro-acquisition',
  'site.nav.guide': 'Guide du fournisseur',
  'site.nav.feedback': 'Donner votre avis',
  'site.feedback.subject': 'Avis sur la micro-acquisition',
  'site.tax.rate': 'Taxe (TPS ou TVH)',
  'site.tax.where': 'Provinces et territoires',
  'site.tax.largest': 'Montant maximal avant taxes',
  'site.index.program':
    'La micro-acquisition est un projet pilote d’un an de la Direction générale de l’innovation, de l’information et de la technologie d’Emploi et Développement social Canada, avec sa Direction générale du dirigeant principal des finances. Elle s’appuie sur les travaux du BC Developers’ Exchange et du Bureau des petites et moyennes entreprises, que nous remercions.',
  'site.index.clientGuide': 'Employés d’EDSC : le guide du client',
  'site.footer.heading': 'À propos de ce site',
  'site.footer.openData': 'Données ouvertes',
  'site.footer.atom': 'Fil Atom',
  'site.footer.privacy': 'Confidentialité',
  'site.footer.terms': 'Conditions d’utilisation',
  'site.footer.json': 'Occasions en JSON',
  'site.footer.ocds':
    'Paquets de publications selon la norme Open Contracting Data Standard (OCDS)',
  'site.dateModified': 'Date de modification\u00a0:',
  'site.splash.title': 'Micro-acquisition',
  'site.splash.enter': 'Français',

  'site.index.title': 'Occasions de micro-acquisition',
  'site.index.lead':
    'De petits contrats de programmation d’au plus 10\u00a0000\u00a0$ taxes comprises, pour les étudiants, les pigistes et les petites entreprises. Postuler prend moins de deux heures, les candidatures sont évaluées de façon anonyme sur la qualité et non sur le prix, et le paiement est rapide.',
  'site.index.learnMore': 'Comment fonctionne la micro-acquisition',
  'site.index.open': 'Occasions ouvertes',
  'site.index.noneOpen':
    'Aucune occasion n’est ouverte en ce moment. Suivez le fil Atom pour connaître la prochaine.',
  'site.index.others': 'Occasions fermées et attribuées',
  'site.index.noneOthers': 'Aucune occasion n’est encore fermée.',
  'site.index.openCount': '{count} ouvertes',
  'site.index.recent': 'Récemment fermées et attribuées',
  'site.index.allOthers': 'Les {count} occasions fermées et attribuées',

  'site.archive.title': 'Occasions fermées et attribuées',
  'site.archive.range': 'Dates de clôture du {from} au {to}',
  'site.archive.label': 'Occasions fermées plus anciennes et plus récentes',
  'site.archive.newer': 'Plus récentes',
  'site.archive.older': 'Plus anciennes',

  'site.pagination.label': 'Pages d’occasions',
  'site.pagination.previous': 'Page précédente',
  'site.pagination.next': 'Page suivante',
  'site.pagination.page': 'Page {n} de {count}',

  'site.status.open': 'Ouverte',
  'site.status.closed': 'Fermée, candidatures en évaluation',
  'site.status.awarded': 'Attribuée',
  'site.status.cancelled': 'Annulée',
  'site.daysLeft.many': 'Il reste {days} jours',
  'site.daysLeft.one': 'Encore 1 jour',
  'site.daysLeft.lastDay': 'Ferme dans moins d’un jour',
  'site.daysLeft.closed': 'Fermée',
  'site.value.total': '{amount} taxes comprises',

  'site.field.reference': 'Référence',
  'site.field.status': 'État',
  'site.field.value': 'Valeur',
  'site.field.skills': 'Compétences',
  'site.field.closingAt': 'Date de clôture',
  'site.field.closedAt': 'Fermée le',
  'site.field.postedAt': 'Publiée le',
  'site.field.startDate': 'Début du travail',
  'site.field.deliveryDate': 'Livraison au plus tard',
  'site.field.licence': 'Licence libre',
  'site.field.repository': 'Dépôt de code',
  'site.field.contact': 'Personne-ressource',
  'site.field.security': 'Sécurité',
  'site.field.supplier': 'Fournisseur retenu',
  'site.unclassified': 'Travail non classifié\u00a0: aucune enquête de sécurité',

  'site.applyLink': 'Postuler : le formulaire est au bas de cette page (clôture le {closing})',
  'site.section.facts': 'En bref',
  'site.section.background': 'Contexte',
  'site.section.work': 'Le travail',
  'site.section.skills': 'Compétences recherchées',
  'site.section.acceptance': 'Comment le travail sera accepté',
  'site.section.evaluation': 'Comment les candidatures sont évaluées',
  'site.section.addenda': 'Addenda',
  'site.section.apply': 'Comment postuler',
  'site.acceptance.functional': 'Fonctionnel',
  'site.acceptance.quality': 'Qualité',
  'site.acceptance.security': 'Sécurité',
  'site.evaluation.intro':
    'Chaque énoncé est évalué comme réussi ou non. Les candidatures sont anonymisées avant l’évaluation et le prix n’entre pas en compte\u00a0: parmi les candidatures qui réussissent tous les énoncés, le fournisseur est choisi par tirage au sort.',
  'site.addendum.label': 'Addenda {n}, {date}',
  'site.apply.open':
    'Les candidatures sont reçues jusqu’au {closing}, seulement au moyen du formulaire de candidature de cette page ({id}); une candidature envoyée par courriel n’est pas évaluée. Questions : {email}.',
  'site.apply.answers':
    'Dans votre candidature, montrez comment vous satisfaites à chaque énoncé d’évaluation. Laissez votre nom et tout autre renseignement qui vous identifie hors de vos réponses\u00a0: les évaluateurs les voient anonymisées.',
  'site.apply.guide':
    'Le {guide} explique l’admissibilité, l’évaluation, les conditions et le paiement.',
  'site.apply.closed': 'Les candidatures ont été closes le {closing}.',
  'site.apply.awarded': 'Cette occasion a été attribuée à {supplier}.',
  'site.apply.delivered': 'Le travail a été livré et accepté : {work}',
  'site.apply.cancelled':
    'Cette occasion a été annulée le {date}. Les candidatures ne sont plus acceptées.',
  'site.guideLink': 'guide du fournisseur',

  'site.feed.title': 'Occasions de micro-acquisition',
  'site.feed.subtitle':
    'De petits contrats de programmation d’Emploi et Développement social Canada.',
  'site.buyer.name': 'Emploi et Développement social Canada',
  'site.ocds.method':
    'Micro-acquisition\u00a0: appel ouvert, évaluation anonyme réussite ou échec, tirage au sort',
  'site.applyForm.intro':
    'Postuler prend moins de deux heures. Répondez à chaque énoncé d’évaluation, confirmez les deux énoncés à la fin, puis envoyez. Vous recevrez un numéro de confirmation.',
  'site.applyForm.required': 'obligatoire',
  'site.applyForm.aboutYou': 'À propos de vous',
  'site.applyForm.privacy':
    'Votre nom et votre adresse courriel sont conservés à part de vos réponses : les évaluateurs ne voient que « Candidat 1 », « Candidat 2 »… Ils ne sont révélés qu’aux personnes qui attribuent et paient le contrat, et ne sont jamais publiés, sauf le nom du fournisseur retenu.',
  'site.applyForm.answers': 'Vos réponses',
  'site.applyForm.answerLabel': 'Votre réponse à l’énoncé {n}',
  'site.applyForm.answerHint': 'Au plus {words} mots. Les liens vers vos travaux sont bienvenus.',
  'site.wordCount.count': 'Mots : {count} sur {max}',
  'site.wordCount.over':
    'Mots : {count} sur {max}, {over} de trop. Raccourcissez cette réponse pour pouvoir l’envoyer.',
  'site.wordCount.overSaid': '{label} : plus de {max} mots.',
  'site.wordCount.backSaid': '{label} : de nouveau {max} mots ou moins.',
  'site.applyForm.attestations': 'Avant d’envoyer',
  'site.applyForm.eligible':
    'Je satisfais aux exigences d’admissibilité ci-dessus, sous « Qui peut postuler ».',
  'site.applyForm.terms':
    'J’accepte les conditions : le code sera publié sous la licence {licence}; je conserve le droit d’auteur et j’accorde au gouvernement du Canada une licence sur le travail selon cette licence.',
  'site.applyForm.submit': 'Envoyer ma candidature',
  'site.applyForm.problemsHeading':
    'Votre candidature n’a pas été envoyée : {count} {count|élément|éléments} à corriger',
  'site.applyForm.title': 'Postuler : {title}',
  'site.applyForm.refusedLead':
    'Rien n’a été enregistré. Corrigez ce qui est indiqué ci-dessous et envoyez de nouveau.',
  'site.received.title': 'Candidature reçue',
  'site.received.lead': 'Merci. Votre candidature à {title} a été reçue.',
  'site.received.number': 'Votre numéro de confirmation',
  'site.received.keep':
    'Conservez ce numéro. Il identifie votre candidature dans le tirage, publié lors de l’attribution, sans votre nom.',
  'site.received.nextHeading': 'Prochaines étapes',
  'site.received.step.receipt':
    'Nous envoyons un accusé de réception, avec une copie de vos réponses, à l’adresse courriel que vous avez indiquée.',
  'site.received.step.withdraw':
    'La période de candidature prend fin le {closing}. D’ici là, vous pouvez retirer votre candidature sur la page d’état, avec ce numéro et l’adresse courriel avec laquelle vous avez postulé.',
  'site.received.step.evaluation':
    'Après la clôture, les évaluateurs lisent les réponses sans les noms ni les adresses courriel, réussite ou échec pour chaque énoncé.',
  'site.received.step.draw':
    'Parmi les candidatures qui satisfont à tous les énoncés, le fournisseur est choisi par tirage au sort, habituellement dans les deux jours ouvrables suivant la clôture. Le tirage est publié sur la page de l’occasion par numéro de confirmation, sans les noms.',
  'site.received.step.result':
    'Une fois le contrat attribué, nous vous envoyons le résultat par courriel : candidature retenue, réussie mais non tirée, ou non réussie avec la justification de l’évaluateur pour chaque énoncé. Si l’occasion est annulée, nous vous l’écrivons aussi.',
  'site.received.step.status': 'En tout temps, la page d’état indique où en est votre candidature.',
  'site.received.back': 'Retour à l’occasion',
  'site.error.title': 'Votre candidature n’a pas pu être envoyée',
  'site.error.notFound': 'Aucune occasion ouverte ne porte cette référence.',
  'site.error.tooLarge':
    'La candidature dépasse la taille permise pour cette occasion. Raccourcissez vos réponses et envoyez de nouveau.',
  'site.error.wrongType':
    'La candidature doit être envoyée au moyen du formulaire de la page de l’occasion.',
  'site.error.origin':
    'Cette candidature ne provient pas de la page de l’occasion; elle n’a donc pas été acceptée. Ouvrez la page de l’occasion et envoyez le formulaire à partir de celle-ci.',
  'site.error.rateLimited':
    'Trop de candidatures sont venues de votre réseau en peu de temps. Réessayez dans {seconds} secondes.',
  'site.error.unavailable':
    'Nous ne pouvons pas enregistrer les candidatures pour le moment. Rien n’a été enregistré; veuillez réessayer dans quelques minutes.',
  'site.draw.heading': 'Le tirage',
  'site.draw.commitment':
    'À la clôture, le tirage a été fixé à l’avance par la publication de l’empreinte SHA-256 d’un secret gardé jusqu’à l’attribution :',
  'site.draw.result':
    'Le secret est maintenant révélé. Parmi {count|la|les} {count} {count|candidature qui satisfait|candidatures qui satisfont} à tous les énoncés (par numéro de confirmation), le tirage a retenu {winner}.',
  'site.draw.secret': 'Secret',
  'site.draw.candidates': 'Candidatures au tirage',
  'site.draw.seed': 'Germe',
  'site.draw.verify':
    'Pour le vérifier : le SHA-256 du secret doit être égal à l’empreinte publiée à la clôture; le germe est le SHA-256 de la référence, du secret et des numéros de confirmation triés, un par ligne; la candidature retenue est celle à la position (germe modulo nombre), en comptant à partir de 0.',
};
