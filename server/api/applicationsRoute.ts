import { candidatesOf, unevaluated } from '../../domain/decide';
import type { EvaluationResult } from '../../domain/intents';
import { mayAct } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import { etagOf } from './outcomes';
import { replyAs } from './respond';
import { refuseRead, replyRefusal, type SubResource } from './subResources';
import type { ApplicationsView } from '../../contract/views';

/**
 * GET /api/opportunities/{id}/applications: the author, while evaluating. No name, e-mail,
 * business name, confirmation number or arrival time: nothing that could link an applicant to a
 * person or to the draw list before the award.
 */
export function applicationsRoute(storage: Storage): SubResource {
  return async (context) => {
    const { record } = context;
    const { res, actor } = context;
    const intent = 'readApplications';
    const forbidden = mayAct('author', record, actor);
    if (forbidden)
      return refuseRead(storage, context, record, { intent, because: 'forbidden' }, () =>
        replyRefusal(res, { kind: 'forbidden', intent: 'evaluate', ...forbidden }),
      );
    if (record.state !== 'evaluating')
      return refuseRead(storage, context, record, { intent, because: 'wrongState' }, () =>
        replyRefusal(res, { kind: 'wrongState', intent: 'evaluate', state: record.state }),
      );
    const [received, events] = await Promise.all([
      storage.applications.received(record.id),
      storage.opportunities.events(record.id),
    ]);
    const answers = new Map(received.map((a) => [a.confirmation, a.answers]));
    // Events are oldest first: the last evaluation of an application is the one that counts.
    const latest = new Map<string, EvaluationResult[]>();
    for (const event of events)
      if (event.details.kind === 'evaluate')
        latest.set(event.details.application, event.details.results);
    const view: ApplicationsView = {
      id: record.id,
      version: record.version,
      criteria: record.fields.evaluationCriteria,
      applicants: record.applications.map((confirmation, index) => ({
        applicant: index + 1,
        answers: answers.get(confirmation) ?? [],
        results: latest.get(confirmation) ?? null,
      })),
      unevaluated: unevaluated(record).length,
      passed: candidatesOf(record).length,
      drawCommitment: record.drawCommitment,
    };
    replyAs('GET /api/opportunities/:id/applications', res, 200, view, {
      etag: etagOf(record.version),
    });
  };
}
