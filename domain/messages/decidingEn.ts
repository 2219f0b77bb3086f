/** English texts of the tab's decision views and their confirmations (issue 19). */
export const decidingEn = {
  'tab.certify.heading': 'What you certify',
  'tab.certify.intro':
    'Everything the author submitted, as the public page will show it once posted.',
  'tab.certify.value': 'Value',
  'tab.certify.preTax': 'Before tax',
  'tab.certify.tax': 'Tax',
  'tab.certify.total': 'Total, tax included',
  'tab.certify.dates': 'Dates',
  'tab.certify.terms': 'Terms',
  'tab.certify.attested': 'Attested by the author',
  'tab.certify.notAttested': 'Not attested',
  'tab.certify.none': 'Not given',
  'tab.certify.english': 'English text',
  'tab.certify.french': 'French text',
  'tab.certify.comments': 'Earlier comments',
  'tab.certify.noComments': 'No comments yet.',
  'tab.certify.commentBy': '{name}, {at} ({intent}):',
  'tab.preview.heading': 'Preview the public page',
  'tab.preview.intro':
    'What suppliers will read on the public site once it is posted. Links and forms do not work in the preview.',
  'tab.preview.languages': 'Language of the preview',
  'tab.preview.en': 'English page',
  'tab.preview.fr': 'French page',
  'tab.preview.frameTitle': 'Preview of the public page: {language}',
  'tab.preview.loading': 'Loading the preview…',
  'tab.confirm.reject.title': 'Reject {id}?',
  'tab.confirm.reject.body':
    'Rejecting is final: the opportunity cannot be submitted again. The author is told and reads your comment.',
  'tab.confirm.reject.go': 'Yes, reject it',
  'tab.confirm.cancel.title': 'Cancel {id}?',
  'tab.confirm.cancel.body':
    'Cancelling is final: the opportunity stops here for everyone, and the reason is kept in its history.',
  'tab.confirm.cancel.go': 'Yes, cancel it',
  'tab.confirm.back': 'Go back',
  'bot.confirm.reject':
    'Rejecting is final: the opportunity cannot be submitted again. The author reads your comment above.',
  'bot.confirm.rejectGo': 'Yes, reject it',
  'bot.confirm.cancel':
    'Cancelling is final: the opportunity stops here for everyone. The reason above is kept.',
  'bot.confirm.cancelGo': 'Yes, cancel it',
} as const;
