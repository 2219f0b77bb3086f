/** English texts of the application status page, its withdrawal, and the withdrawal's e-mail. */
export const statusEn = {
  'site.applicationStatus.title': 'Your application’s status',
  'site.applicationStatus.lead':
    'Enter the confirmation number you received when you applied and the e-mail address you applied with.',
  'site.applicationStatus.number': 'Confirmation number',
  'site.applicationStatus.numberHint': 'As on your receipt, for example MA-2026-0001-7K3Q9XH2.',
  'site.applicationStatus.email': 'E-mail address',
  'site.applicationStatus.emailHint': 'The address you applied with.',
  'site.applicationStatus.submit': 'Show the status',
  'site.applicationStatus.notFound':
    'We found no application with this confirmation number and e-mail address. Check both and try again.',
  'site.applicationStatus.heading': 'Application {number}',
  'site.applicationStatus.opportunity': 'Opportunity',
  'site.applicationStatus.standing': 'Status',
  'site.applicationStatus.standing.received': 'Received',
  'site.applicationStatus.standing.evaluating': 'Under evaluation',
  'site.applicationStatus.standing.chosen': 'Chosen',
  'site.applicationStatus.standing.notDrawn': 'Passed, not drawn',
  'site.applicationStatus.standing.notPassed': 'Did not pass',
  'site.applicationStatus.standing.cancelled': 'Opportunity cancelled',
  'site.applicationStatus.standing.withdrawn': 'Withdrawn',
  'site.applicationStatus.detail.received':
    'Received on {received}. Applications close on {closing}; until then you may withdraw your application.',
  'site.applicationStatus.detail.evaluating':
    'Applications are closed. The applications are being evaluated without names, pass or fail on each criterion. We will e-mail you the result.',
  'site.applicationStatus.detail.chosen':
    'Your application was chosen in the draw. We e-mailed you the next steps.',
  'site.applicationStatus.detail.notDrawn':
    'Your application passed every criterion and was in the draw, but another application was drawn. The draw is published on the opportunity page.',
  'site.applicationStatus.detail.notPassed':
    'Your application did not pass at least one criterion, so it was not in the draw. We e-mailed you the evaluator’s reason for each criterion.',
  'site.applicationStatus.detail.cancelled':
    'The opportunity was cancelled: no contract will be awarded for it. The reason is on the opportunity page.',
  'site.applicationStatus.detail.withdrawn':
    'You withdrew this application on {at}. It is not evaluated and not in the draw.',
  'site.applicationStatus.withdrawHeading': 'Withdraw this application',
  'site.applicationStatus.withdrawLead':
    'A withdrawn application is not evaluated and not in the draw. A withdrawal cannot be undone, and the same e-mail address cannot apply again to this opportunity.',
  'site.applicationStatus.withdrawConfirm': 'Yes, withdraw my application',
  'site.applicationStatus.withdrawSubmit': 'Withdraw my application',
  'site.applicationStatus.mustConfirm':
    'Tick “Yes, withdraw my application” to confirm. Nothing was changed.',
  'site.applicationStatus.withdrawnTitle': 'Application withdrawn',
  'site.applicationStatus.withdrawnLead':
    'Your application {number} is withdrawn: it will not be evaluated and is not in the draw. We are sending a confirmation to your e-mail address.',
  'site.applicationStatus.closed':
    'Applications to this opportunity closed on {closing}: an application can no longer be withdrawn. Nothing was changed.',
  'site.applicationStatus.again': 'Look up an application',
  'site.applicationStatus.follow':
    'You can follow your application, or withdraw it before the closing, on the status page.',
  'site.applicationStatus.error.title': 'Your request could not be handled',
  'site.applicationStatus.error.notFound':
    'There is no such page. Look up your application from the status page.',
  'site.applicationStatus.error.tooLarge':
    'The request is larger than the status form sends. Nothing was changed.',
  'site.applicationStatus.error.wrongType':
    'The request must be sent from the form on the status page.',
  'site.applicationStatus.error.origin':
    'This request did not come from the status page, so it was not accepted. Open the status page and send the form from there.',
  'site.applicationStatus.error.rateLimited':
    'Too many requests came from your network in a short time. Try again in {seconds} seconds.',
  'site.applicationStatus.error.unavailable':
    'We cannot look up applications right now. Nothing was changed; please try again in a few minutes.',
  'notice.applicationWithdrawn.subject': 'Application withdrawn: {id} {title}',
  'notice.applicationWithdrawn.lead':
    'Your application {number} to {title} ({id}) was withdrawn on {at}, as asked on the status page.',
  'notice.applicationWithdrawn.after':
    'It will not be evaluated and is not in the draw. If you did not ask for this, write to {contact}.',
} as const;
