/** English texts of suppliers' questions before closing (issue 16). */
export const questionsEn = {
  'field.question': 'Your question',
  'field.questionEn': 'Question as published (English)',
  'field.questionFr': 'Question as published (French)',
  'field.answerEn': 'Answer (English)',
  'field.answerFr': 'Answer (French)',
  'intent.answerQuestion': 'answer a question',
  'intent.declineQuestion': 'decline a question',
  'intent.readQuestions': 'read the questions',
  'problem.unknownQuestion': '{field}: no such question is waiting for an answer.',
  'problem.questionsClosed':
    'Questions closed at {closingAt}, before the closing of applications, so that answers can still help; this opportunity no longer takes them.',
  'site.questionForm.heading': 'Ask a question',
  'site.questionForm.intro':
    'Not sure what something means? Ask before {deadline}. Every answer is published on this page, in English and French, for all suppliers; your question may be reworded, and your e-mail address is never published.',
  'site.questionForm.questionHint':
    'At most {max} characters. Do not include personal information.',
  'site.questionForm.emailLabel': 'Your e-mail',
  'site.questionForm.emailHint':
    'Only to tell you when the answer is published; it is kept apart from your question.',
  'site.questionForm.submit': 'Send my question',
  'site.questionForm.problemsHeading':
    'Your question was not sent: {count} {count|thing|things} to fix',
  'site.questionForm.title': 'Ask a question: {title}',
  'site.questionForm.closed':
    'Questions closed on {deadline}, {hours} hours before the closing of applications.',
  'site.questionReceived.title': 'Question received',
  'site.questionReceived.lead': 'Thank you. Your question about {title} was received.',
  'site.questionReceived.next':
    'The answer will be published on the opportunity page, in English and French, for every supplier, and we will tell you by e-mail. Your e-mail address is never published.',
  'site.questionError.title': 'Your question could not be sent',
  'site.questionError.tooLarge':
    'The question is longer than allowed. Shorten it to {max} characters and send again.',
  'site.questionError.wrongType':
    'The question must be sent from the form on the opportunity page.',
  'site.questionError.origin':
    'This question did not come from the opportunity page, so it was not accepted. Open the opportunity page and send the form from there.',
  'site.questionError.rateLimited':
    'Too many forms came from your network in a short time. Try again in {seconds} seconds.',
  'site.questionError.unavailable':
    'We could not store questions right now. Nothing was stored; please try again in a few minutes.',
} as const;
