/** English texts of published answers and closing extensions (issue 16). */
export const answersEn = {
  'site.section.answers': 'Questions and answers',
  'site.answers.intro':
    'Answers to suppliers’ questions, published for everyone in English and French. Who asked is never published.',
  'site.answers.label': 'Question {n}, answered {date}',
  'site.answers.question': 'Question',
  'site.answers.answer': 'Answer',
  'site.feed.answered': 'Questions answered: {count}.',
  'notice.questionAnswered.asker.subject': 'Your question was answered: {id} {title}',
  'notice.questionAnswered.asker.lead':
    'The answer to your question about {title} ({id}) is published on the opportunity page, for every supplier. The question may be reworded; your e-mail address is never published.',
  'notice.questionAnswered.applicant.subject': 'A question was answered: {id} {title}',
  'notice.questionAnswered.applicant.lead':
    'A supplier asked a question about {title} ({id}), the opportunity you applied to. The answer is published on the opportunity page, for every supplier.',
  'notice.questionAnswered.page': 'Read every answer on the opportunity page: {url}',
  'intent.extendClosing': 'extend the closing',
  'problem.notLaterThanClosing':
    '{field}: must be later than the current closing, {closingAt}. The closing can only move later.',
  'bot.decided.extendClosing': 'Closing extended by {name}.',
  'site.addendum.closingMoved': 'The closing moved from {from} to {to}.',
  'notice.closingExtended.subject': 'Closing extended: {id} {title}',
  'notice.closingExtended.lead':
    'The closing of {title} ({id}), the opportunity you applied to, moved from {from} to {to}.',
  'notice.closingExtended.reason': 'Reason:',
  'notice.closingExtended.stands':
    'Your application stands: you do not need to apply again. The addendum is published on the opportunity page: {url}',
  'notice.closingExtended.standsNoLink': 'Your application stands: you do not need to apply again.',
  'tab.extendClosing.heading': 'Extend the closing',
  'tab.extendClosing.intro':
    'Move the closing later, for example when an answer came late; it can never move earlier. The change is published at once as an addendum with your reason, and everyone who applied is told by e-mail.',
  'tab.extendClosing.date': 'New closing date',
  'tab.extendClosing.time': 'New closing time',
  'tab.extendClosing.en': 'Reason, in English',
  'tab.extendClosing.fr': 'Reason, in French',
  'tab.extendClosing.submit': 'Extend the closing',
  'bot.extendClosing.intro':
    'To move the closing later (never earlier), set the new date and time, write the addendum in both languages saying why, and press Extend the closing. Everyone who applied is told by e-mail.',
} as const;
