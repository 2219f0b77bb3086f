/** English texts of the author answering suppliers' questions, in Teams and in the tab (issue 16). */
export const answeringEn = {
  'question.status.waiting': 'Waiting for an answer',
  'question.status.answered': 'Answered on {at}',
  'question.status.declined': 'Declined on {at}',
  'question.status.closed': 'Not answered; the opportunity no longer takes answers',
  'question.overdue': 'Waiting more than a day: suppliers need the answer before closing.',
  'question.asked': 'Asked',
  'question.askedIn': 'Asked in',
  'question.language.en': 'English',
  'question.language.fr': 'French',
  'question.asWritten': 'The question as the supplier wrote it (never published as is)',
  'question.publicIntro':
    'To answer, write the question as it will be published (without anything that identifies the supplier) and its answer, both in English and in French.',
  'question.declineIntro':
    'Or decline the question: the reason stays in the record and is never published.',
  'question.declineReason': 'Reason for declining (not published)',
  'question.action.answer': 'Answer',
  'question.action.decline': 'Decline',
  'bot.question.title': 'Question about {id} · {title}',
  'bot.question.received':
    'A supplier asked a question about {id}. Answer it for every supplier, in English and French, or decline it.',
  'bot.question.answered': 'Answered. The published question and answer are below.',
  'bot.question.declined': 'Declined. The reason is kept in the record, not published.',
  'bot.question.alreadyAnswered':
    'This question was already answered on {at}, so nothing changed. The answer given is below.',
  'bot.question.alreadyDeclined': 'This question was already declined on {at}, so nothing changed.',
  'bot.question.closed':
    'This opportunity is now {state}: its questions can no longer be answered or declined, so nothing changed.',
  'bot.question.notFound': 'No such question was received for {id}.',
  'bot.question.fixBelow': 'Nothing was saved: fix what is marked below; what you typed is kept.',
  'tab.questions.heading': 'Questions from suppliers',
  'tab.questions.introAuthor':
    'Suppliers asked these on the public page. Answer each one for every supplier, in English and French, or decline it with a reason that is never published.',
  'tab.questions.introReader': 'Suppliers asked these on the public page; the author answers them.',
  'tab.questions.none': 'No supplier has asked a question yet.',
  'tab.questions.item': 'Question {n} of {count}',
  'tab.questions.published': 'As published',
  'tab.questions.answerSubmit': 'Answer question {n}',
  'tab.questions.declineSubmit': 'Decline question {n}',
} as const;
