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
} as const;
