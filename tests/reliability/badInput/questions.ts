// Suppliers' questions (issue 16): the public form, and the author's replies in the tab API.
import fc from 'fast-check';
import { clientAddresses, formBodies, formOrigins } from './publicForms';
import { ascii, invalidText, limits, missingId, notText, text } from './values';
import { described, withBody, type BadRequest, type FuzzWorld } from './world';

/** A question form that can never be stored: the honeypot is always filled in. */
const badQuestion = fc
  .tuple(
    fc.record(
      {
        question: fc.oneof(
          text,
          fc.string({ maxLength: 1_200 }),
          fc.constant('<script>x</script>'),
        ),
        email: fc.oneof(text, fc.constant('someone@example.ca')),
      },
      { requiredKeys: [] },
    ),
    text.map((t) => `x${t}`),
    fc.dictionary(ascii(10), text, { maxKeys: 3 }),
  )
  .map(([fields, website, extra]) =>
    new TextEncoder().encode(new URLSearchParams({ ...extra, ...fields, website }).toString()),
  );

/** A question's number: none is ever received in this run, so no reply can be stored. */
const questionNumber = fc.oneof(
  fc.constantFrom('ABCDEFGH', '7K3Q9XH2', '00000000'),
  text,
  notText,
  fc.constant(null),
);

/** Replies to questions that can never be stored: no question was received, or a text is wrong. */
export const badQuestionReply = fc.oneof(
  // Well formed, so it reaches `decide`: a wrong state, not the author, or no such question.
  fc.record({
    kind: fc.constantFrom('answerQuestion', 'declineQuestion'),
    question: fc.constantFrom('ABCDEFGH', '7K3Q9XH2'),
    questionEn: fc.constant('May the work use Python?'),
    questionFr: fc.constant('Le travail peut-il utiliser Python?'),
    answerEn: text,
    answerFr: text,
    reason: text,
  }),
  fc.record(
    {
      kind: fc.constant('answerQuestion'),
      question: questionNumber,
      questionEn: fc.oneof(text, notText, invalidText),
      questionFr: fc.oneof(text, notText, invalidText),
      answerEn: fc.oneof(text, notText, invalidText),
      answerFr: fc.oneof(text, notText, invalidText),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record(
    {
      kind: fc.constant('declineQuestion'),
      question: questionNumber,
      reason: fc.oneof(text, notText, invalidText),
    },
    { requiredKeys: ['kind'] },
  ),
);

/** Bad question forms at POST /questions/{en|fr}/{id}, and receipts for questions never asked. */
export function questions(world: FuzzWorld): fc.Arbitrary<BadRequest> {
  const id = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...world.posted) },
    { weight: 1, arbitrary: fc.constantFrom(...world.drafts.map((d) => d.id)) },
    { weight: 1, arbitrary: fc.oneof(missingId, ascii(20).map(encodeURIComponent)) },
  );
  const body = formBodies(
    badQuestion,
    { field: 'question', bytes: 13_000, label: 'a question' },
    limits.application,
  );
  const origin = formOrigins(world);
  const address = clientAddresses;
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom('en', 'fr'), id, origin, address, body)
        .map(([locale, i, o, a, b]) =>
          withBody('question', 'POST', `/questions/${locale}/${i}`, { ...o, ...a }, b),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.oneof(fc.constantFrom('en', 'fr'), ascii(5).map(encodeURIComponent)),
          id,
          fc.oneof(ascii(12), fc.constant('ABCDEFGH')).map(encodeURIComponent),
          address,
        )
        .map(([locale, i, number, a]) =>
          described({
            label: 'question receipt',
            method: 'GET',
            path: `/questions/${locale}/${i}/received/${number}`,
            headers: a,
          }),
        ),
    },
  );
}
