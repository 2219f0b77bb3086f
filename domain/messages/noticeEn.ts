/** English texts of the e-mails sent to suppliers (GC Notify templates carry subject and body). */
export const noticeEn = {
  'notice.applicationReceived.subject': 'Application received: {id} {title}',
  'notice.applicationReceived.lead': 'Thank you. Your application to {title} ({id}) was received.',
  'notice.applicationReceived.number':
    'Your confirmation number: {number}. Keep it: it identifies your application in the draw, which is published without your name.',
  'notice.applicationReceived.next':
    'Applications close on {closing}. The evaluation is anonymous, pass or fail on each statement; among the applications that pass every statement, the supplier is chosen by a random draw. We will write to you with the result.',
  'notice.applicationReceived.copy': 'A copy of your answers:',
  'notice.applicationReceived.criterion': 'Statement {n}: {criterion}',
  'notice.addendumPublished.subject': 'Addendum: {id} {title}',
  'notice.addendumPublished.lead':
    'An addendum was published to {title} ({id}), the opportunity you applied to. It may change what is asked: read it before the closing.',
  'notice.addendumPublished.text': 'The addendum:',
  'notice.opportunityCancelled.subject': 'Cancelled: {id} {title}',
  'notice.opportunityCancelled.lead':
    '{title} ({id}), the opportunity you applied to, was cancelled before a contract was awarded. No contract will be awarded for it.',
  'notice.opportunityCancelled.reason': 'Reason given:',
  'notice.page': 'The opportunity page: {url}',
  'notice.resultNotPassed.body':
    'Hello,\n\nThank you for applying to “{title}” ({id}). Every evaluation criterion is mandatory, and your application {confirmation} did not pass at least one of them, so it was not in the draw. Applications were assessed pass or fail on each criterion, without names, and price was not a factor. What the evaluator recorded for each criterion:',
  'notice.result.criterion': 'Criterion {n}: {criterion}\n{result}. {rationale}',
  'notice.result.pass': 'Passed',
  'notice.result.fail': 'Not passed',
  'notice.result.closing': 'We hope to see you apply again. Questions: {contact}.',
  'notice.applicationsClosed.subject': 'Applications closed: {id} {title}',
  'notice.applicationsClosed.lead':
    'Applications to {title} ({id}) closed on {closing}. Yours, {confirmation}, is one of the {count} {count|application|applications} received in time. The anonymous evaluation starts now; you will be e-mailed the result.',
  'notice.paymentRecorded.subject': 'Payment recorded: {id} {title}',
  'notice.paymentRecorded.lead':
    'The payment for {title} ({id}) was recorded: {amount}, paid on {date} ({method}), reference {reference}.',
  'notice.paymentRecorded.contact':
    'If it has not reached you within five business days, write to {contact} with this reference.',
} as const;
