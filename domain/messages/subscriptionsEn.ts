/** English texts of e-mail subscriptions to new opportunities (issue 15). */
export const subscriptionsEn = {
  'field.language': 'Language of the e-mails',
  'field.keywords': 'Keywords',
  'notice.subscriptionConfirm.subject': 'Confirm your subscription to new coding opportunities',
  'notice.subscriptionConfirm.lead':
    'You asked to get an e-mail when the Government of Canada posts a new small coding contract opportunity (micro-acquisition).',
  'notice.subscriptionConfirm.keywords':
    'You will get only the opportunities that ask for one of these skills: {keywords}.',
  'notice.subscriptionConfirm.everything': 'You will get every new opportunity.',
  'notice.subscriptionConfirm.link':
    'To confirm, open this link within 7 days and press the button: {url}',
  'notice.subscriptionConfirm.ignore':
    'If you did not ask for this, ignore this e-mail: nothing else will be sent to you.',
  'notice.unsubscribe': 'To stop these e-mails and delete your address: {url}',
  'notice.opportunityPosted.subject': 'New opportunity: {id} {title}',
  'notice.opportunityPosted.lead':
    'A new opportunity matching your subscription was posted: {title} ({id}).',
  'notice.opportunityPosted.closing': 'Applications close on {closing}.',
  'site.subscribe.link': 'Get new opportunities by e-mail',
  'site.subscribe.title': 'Get new opportunities by e-mail',
  'site.subscribe.lead':
    'We e-mail you when a new opportunity is posted. No account is needed, and you can stop at any time with the link in every e-mail.',
  'site.subscribe.emailHint':
    'We send you a link to confirm first. The address is used only for these e-mails and is deleted when you unsubscribe.',
  'site.subscribe.languageLegend': 'Language of the e-mails',
  'site.subscribe.english': 'English',
  'site.subscribe.french': 'French',
  'site.subscribe.keywordsLabel': 'Keywords (optional)',
  'site.subscribe.keywordsHint':
    'Separate them with commas, for example: Python, accessibility, React. You then get only the opportunities that ask for one of these skills. Leave it empty to get every new opportunity. At most {max} keywords.',
  'site.subscribe.problemsHeading': 'The subscription was not saved',
  'site.subscribe.submit': 'Subscribe',
  'site.subscribe.sentTitle': 'Check your e-mail',
  'site.subscribe.sentLead':
    'If the address can receive e-mail, a message with a confirmation link is on its way. Nothing else is sent to it until you confirm. The link works for 7 days.',
  'site.subscribe.confirmTitle': 'Confirm your subscription',
  'site.subscribe.confirmLead':
    'Press the button to confirm that you want an e-mail when a new opportunity is posted.',
  'site.subscribe.confirmButton': 'Confirm my subscription',
  'site.subscribe.confirmedTitle': 'You are subscribed',
  'site.subscribe.confirmedEverything': 'You will get an e-mail for every new opportunity.',
  'site.subscribe.confirmedKeywords':
    'You will get an e-mail for each new opportunity that asks for one of these skills: {keywords}.',
  'site.subscribe.confirmedUnsubscribe':
    'Every e-mail has a link to unsubscribe. To change your keywords, unsubscribe and subscribe again.',
  'site.subscribe.badLinkTitle': 'This link does not work',
  'site.subscribe.badLink':
    'The link is incomplete, more than 7 days old, or was replaced by a newer one; or the address has been unsubscribed. You can subscribe again.',
  'site.subscribe.again': 'Subscribe',
  'site.unsubscribe.title': 'Unsubscribe',
  'site.unsubscribe.lead':
    'Press the button to stop the e-mails about new opportunities. Your address is deleted at once.',
  'site.unsubscribe.button': 'Unsubscribe',
  'site.unsubscribe.doneTitle': 'You are unsubscribed',
  'site.unsubscribe.done':
    'Your address was deleted. You will get no more e-mails about new opportunities. E-mails about an application you made are not affected.',
  'site.subscribeError.title': 'The subscription could not be saved',
  'site.subscribeError.tooLarge': 'The form sent too much text.',
  'site.subscribeError.wrongType':
    'The form could not be read. Send it from the subscription page.',
  'site.subscribeError.origin': 'Send the form from the subscription page of this site.',
  'site.subscribeError.rateLimited':
    'Too many forms were sent from your connection. Try again in {seconds} seconds.',
  'site.subscribeError.unavailable':
    'Subscriptions are unavailable for a moment. Nothing was saved. Try again in a minute.',
  'site.subscribeError.notFound': 'There is no such page.',
};
