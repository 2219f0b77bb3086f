/** English texts of published answers and closing extensions (issue 16). */
export const answersEn = {
  'site.section.answers': 'Questions and answers',
  'site.answers.intro':
    'Answers to suppliers’ questions, published for everyone in English and French. Who asked is never published.',
  'site.answers.label': 'Question {n}, answered {date}',
  'site.answers.question': 'Question',
  'site.answers.answer': 'Answer',
  'site.feed.answered': '{count} question(s) answered.',
} as const;
