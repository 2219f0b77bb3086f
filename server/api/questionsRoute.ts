import type { Locale } from '../../domain/locale';
import type { PublishedAnswer } from '../../domain/opportunity';
import { mayAct } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import { etagOf } from './outcomes';
import { reply } from './respond';
import { refuseRead, replyRefusal, type SubResource } from './subResources';

/** One supplier's question as the author and procurement officers see it: never who asked. */
export interface QuestionToAnswer {
  /** What an `answerQuestion` or `declineQuestion` intent sends as `question`. */
  number: string;
  askedAt: string;
  /** The language of the page the supplier asked from. */
  language: Locale;
  /** As the supplier wrote it: plain text, to reword for the public answer. */
  question: string;
  status: 'waiting' | 'answered' | 'declined';
  /** The published question and answer, once answered. */
  answer: PublishedAnswer | null;
  /** Why it was declined, never published. */
  declineReason: string | null;
}

export interface QuestionsView {
  id: string;
  version: number;
  questions: QuestionToAnswer[];
}

/**
 * GET /api/opportunities/{id}/questions: the author and procurement officers (not the author's
 * own cardholder role), in any state after posting. No e-mail address: that table is not read.
 */
export function questionsRoute(storage: Storage): SubResource {
  return async (context, record) => {
    const { res, actor } = context;
    const forbidden = mayAct('authorOrProcurement', record, actor);
    if (forbidden)
      return refuseRead(
        storage,
        context,
        record,
        { intent: 'readQuestions', because: 'forbidden' },
        () => replyRefusal(res, { kind: 'forbidden', intent: 'answerQuestion', ...forbidden }),
      );
    const [received, events] = await Promise.all([
      storage.questions.received(record.id),
      storage.opportunities.events(record.id),
    ]);
    const answers = new Map(record.answers.map((a) => [a.question, a]));
    const declined = new Map<string, string>();
    for (const event of events)
      if (event.details.kind === 'declineQuestion')
        declined.set(event.details.question, event.comment ?? '');
    const view: QuestionsView = {
      id: record.id,
      version: record.version,
      questions: received.map((q) => ({
        ...q,
        status: answers.has(q.number)
          ? 'answered'
          : declined.has(q.number)
            ? 'declined'
            : 'waiting',
        answer: answers.get(q.number) ?? null,
        declineReason: declined.get(q.number) ?? null,
      })),
    };
    reply(res, 200, view, { etag: etagOf(record.version) });
  };
}
