import type { decidingEn } from './decidingEn';

/** Textes français des vues de décision de l’onglet et de leurs confirmations (enjeu 19). */
export const decidingFr: Record<keyof typeof decidingEn, string> = {
  'tab.certify.heading': 'Ce que vous attestez',
  'tab.certify.intro':
    'Tout ce que l’auteur a soumis, tel que la page publique le montrera une fois l’occasion affichée.',
  'tab.certify.value': 'Valeur',
  'tab.certify.preTax': 'Avant taxes',
  'tab.certify.tax': 'Taxes',
  'tab.certify.total': 'Total, taxes comprises',
  'tab.certify.dates': 'Dates',
  'tab.certify.terms': 'Conditions',
  'tab.certify.attested': 'Attesté par l’auteur',
  'tab.certify.notAttested': 'Non attesté',
  'tab.certify.none': 'Non indiqué',
  'tab.certify.english': 'Texte anglais',
  'tab.certify.french': 'Texte français',
  'tab.certify.comments': 'Commentaires précédents',
  'tab.certify.noComments': 'Aucun commentaire pour l’instant.',
  'tab.certify.commentBy': '{name}, {at} ({intent}) :',
  'tab.preview.heading': 'Aperçu de la page publique',
  'tab.preview.intro':
    'Ce que les fournisseurs liront sur le site public une fois l’occasion affichée. Les liens et les formulaires ne fonctionnent pas dans l’aperçu.',
  'tab.preview.languages': 'Langue de l’aperçu',
  'tab.preview.en': 'Page en anglais',
  'tab.preview.fr': 'Page en français',
  'tab.preview.frameTitle': 'Aperçu de la page publique : {language}',
  'tab.preview.loading': 'Chargement de l’aperçu…',
  'tab.confirm.reject.title': 'Refuser {id}?',
  'tab.confirm.reject.body':
    'Le refus est définitif : l’occasion ne pourra plus être soumise. L’auteur en est informé et lit votre commentaire.',
  'tab.confirm.reject.go': 'Oui, la refuser',
  'tab.confirm.cancel.title': 'Annuler {id}?',
  'tab.confirm.cancel.body':
    'L’annulation est définitive : l’occasion s’arrête ici pour tout le monde, et le motif est conservé dans son historique.',
  'tab.confirm.cancel.go': 'Oui, l’annuler',
  'tab.confirm.back': 'Revenir',
  'bot.confirm.reject':
    'Le refus est définitif : l’occasion ne pourra plus être soumise. L’auteur lit votre commentaire ci-dessus.',
  'bot.confirm.rejectGo': 'Oui, la refuser',
  'bot.confirm.cancel':
    'L’annulation est définitive : l’occasion s’arrête ici pour tout le monde. Le motif ci-dessus est conservé.',
  'bot.confirm.cancelGo': 'Oui, l’annuler',
} as const;
