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
  'site.footer.heading': 'À propos de ce site',
  'site.footer.openData': 'Données ouvertes',
  'site.footer.atom': 'Fil Atom',
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

  'site.pagination.label': 'Pages d’occasions',
  'site.pagination.previous': 'Page précédente',
  'site.pagination.next': 'Page suivante',
  'site.pagination.page': 'Page {n} de {count}',

  'site.status.open': 'Ouverte',
  'site.status.closed': 'Fermée, candidatures en évaluation',
  'site.status.awarded': 'Attribuée',
  'site.status.cancelled': 'Annulée',
  'site.daysLeft.many': 'Encore {days} jours',
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
    'Envoyez votre candidature par courriel à {email} avant le {closing}, avec la référence {id} dans l’objet.',
  'site.apply.answers':
    'Dans votre candidature, montrez comment vous satisfaites à chaque énoncé d’évaluation. Laissez votre nom et tout autre renseignement qui vous identifie hors de vos réponses\u00a0: les évaluateurs les voient anonymisées.',
  'site.apply.guide':
    'Le {guide} explique l’admissibilité, l’évaluation, les conditions et le paiement.',
  'site.apply.closed': 'Les candidatures ont été closes le {closing}.',
  'site.apply.awarded': 'Cette occasion a été attribuée à {supplier}.',
  'site.apply.cancelled':
    'Cette occasion a été annulée le {date}. Les candidatures ne sont plus acceptées.',
  'site.guideLink': 'guide du fournisseur',

  'site.feed.title': 'Occasions de micro-acquisition',
  'site.feed.subtitle':
    'De petits contrats de programmation d’Emploi et Développement social Canada.',
  'site.buyer.name': 'Emploi et Développement social Canada',
  'site.ocds.method':
    'Micro-acquisition\u00a0: appel ouvert, évaluation anonyme réussite ou échec, tirage au sort',
};
