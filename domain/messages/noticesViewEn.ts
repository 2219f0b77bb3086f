/** English texts of what the tab and Teams tell staff about the notices e-mailed to suppliers (issue 15). */
export const noticesViewEn = {
  'intent.readNotices': 'see the notices to suppliers',
  'tab.api.noticesForbidden':
    'The notices to suppliers are for the opportunity’s author and cardholder and for procurement officers.',
  'tab.notices.heading': 'Notices to suppliers',
  'tab.notices.intro':
    'What was e-mailed to suppliers about this opportunity, each in the supplier’s language, and how each stands. Nobody copies a letter: the product sends them. No address is shown.',
  'tab.notices.none': 'Nothing has been written to suppliers about this opportunity yet.',
  'tab.notices.sending.off':
    'GC Notify is not configured on this server: notices are queued and are not being sent. They will go out once it is.',
  'tab.notices.sending.files':
    'Development: notices are written as files to the outbox folder, not e-mailed.',
  'tab.notices.summary': 'How many, by kind',
  'tab.notices.list': 'Each notice',
  'tab.notices.group': '{kind}, {total} {total|supplier|suppliers}: {counts}',
  'tab.notices.count.queued': '{n} queued',
  'tab.notices.count.sent': '{n} sent',
  'tab.notices.count.delivered': '{n} delivered',
  'tab.notices.count.failed': '{n} failed',
  'tab.notices.count.undelivered': '{n} not delivered',
  'tab.notices.attention':
    '{count} {count|notice was|notices were} not received by the supplier. Each is marked below with the reason.',
  'tab.notices.kind.applicationReceived': 'Application received',
  'tab.notices.kind.questionAnswered': 'Question answered',
  'tab.notices.kind.addendumPublished': 'Addendum published',
  'tab.notices.kind.closingExtended': 'Closing extended',
  'tab.notices.kind.applicationsClosed': 'Applications closed',
  'tab.notices.kind.resultSelected': 'Results — selected',
  'tab.notices.kind.resultNotDrawn': 'Results — passed, not drawn',
  'tab.notices.kind.resultNotPassed': 'Results — did not pass',
  'tab.notices.kind.opportunityCancelled': 'Opportunity cancelled',
  'tab.notices.kind.paymentRecorded': 'Payment recorded',
  'tab.notices.kind.subscriptionConfirm': 'Subscription to confirm',
  'tab.notices.kind.opportunityPosted': 'New opportunity, to subscribers',
  'tab.notices.col.kind': 'Notice',
  'tab.notices.col.language': 'Language',
  'tab.notices.col.status': 'Status',
  'tab.notices.col.attempts': 'Tries',
  'tab.notices.col.created': 'Queued',
  'tab.notices.col.sent': 'Sent',
  'tab.notices.col.delivery': 'Delivery (GC Notify)',
  'tab.notices.language.en': 'English',
  'tab.notices.language.fr': 'French',
  'tab.notices.language.both': 'English and French',
  'tab.notices.status.pending': 'Queued',
  'tab.notices.status.sending': 'Being sent',
  'tab.notices.status.sent': 'Sent',
  'tab.notices.status.failed': 'Failed',
  'tab.notices.delivery.delivered': 'Delivered',
  'tab.notices.delivery.permanent-failure': 'Not delivered: the address does not accept mail',
  'tab.notices.delivery.temporary-failure': 'Not delivered: the inbox was full or unavailable',
  'tab.notices.delivery.technical-failure': 'Not delivered: a GC Notify technical failure',
  'tab.notices.delivery.other': 'GC Notify says: {status}',
  'tab.notices.deliveryAt': '{status} ({at})',
  'tab.notices.hidden': 'hidden until the award',
  'tab.notices.problem.refused':
    'GC Notify refused it for good ({reason}); it will not be tried again, and the supplier did not get it.',
  'tab.notices.problem.gaveUp': 'Given up after every try ({reason}); the supplier did not get it.',
  'tab.notices.problem.notStored': 'Not sent: the application it confirms was never stored.',
  'tab.notices.problem.retrying':
    'The last try did not go through ({reason}); it will be tried again.',
  'tab.notices.problem.undelivered':
    'GC Notify accepted it but could not deliver it; the supplier did not get it.',
  'tab.award.noticesSent':
    'Each applicant is e-mailed their result in their language, with the reasons when they did not pass: what was sent, to how many and whether it arrived is under “Notices to suppliers”.',
  'bot.notify.noticeFailed':
    'A notice to a supplier about {id} could not be sent: “{kind}”. The supplier did not get this e-mail. The tab’s “Notices to suppliers” on {id} says why (no address is shown).',
} as const;
