import { questionStatuses } from '../../domain/questionWaits';
import { mayAct } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import { etagOf } from './outcomes';
import { replyAs } from './respond';
import { refuseRead, replyRefusal, type SubResource } from './subResources';
import type { QuestionsView } from '../../contract/views';

/**
 * GET /api/opportunities/{id}/questions: the author and procurement officers (not the author's
 * own cardholder role), in any state after posting. No e-mail address: that table is not read.
 */
export function questionsRoute(storage: Storage, clock: () => Date): SubResource {
  return async (context) => {
    const { record } = context;
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
    const view: QuestionsView = {
      id: record.id,
      version: record.version,
      questions: questionStatuses(received, record, events, clock()),
    };
    replyAs('GET /api/opportunities/:id/questions', res, 200, view, {
      etag: etagOf(record.version),
    });
  };
}
