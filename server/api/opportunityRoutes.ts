import { copiedFields, mayCopy } from '../../domain/copyOpportunity';
import type { Storage } from '../../storage/storage';
import { route, type Route } from '../routeTable';
import { applicationsRoute } from './applicationsRoute';
import { awardRoute } from './awardRoute';
import { fundCentreRoute } from './fundCentreRoute';
import { withRecord, type GuardDependencies, type RecordHandler } from './guard';
import { noticesRoute } from './noticesRoute';
import { previewRoute, type PublicForms } from './previewRoute';
import { questionsRoute } from './questionsRoute';
import { changeRecord, readRecord, type RecordLimits } from './recordRoutes';
import { sendOutcome } from './outcomes';

/**
 * `POST /api/opportunities/:id/copy`: a new draft from one of the person's own opportunities
 * (`copiedFields`), its first event naming the source. `Idempotency-Key` as for any create.
 */
function copyRoute(storage: Storage): RecordHandler {
  return async ({ req, res, actor, record: source }) => {
    const forbidden = mayCopy(source, actor);
    if (forbidden)
      return sendOutcome(
        'POST /api/opportunities/:id/copy',
        res,
        { kind: 'refused', refusal: { kind: 'forbidden', intent: 'create', ...forbidden } },
        actor,
      );
    const key = req.headers['idempotency-key'];
    const outcome = await storage.opportunities.create(actor, copiedFields(source.fields), {
      idempotencyKey:
        typeof key === 'string' && key.length <= 100 ? `copy:${source.id}:${key}` : undefined,
      copiedFrom: source.id,
    });
    sendOutcome('POST /api/opportunities/:id/copy', res, outcome, actor, 201);
  };
}

/**
 * The routes about one opportunity: the record and its intents, its copy, and the read-only views
 * of the steps after posting. Each goes through `withRecord`: someone who may not read the record
 * is told it does not exist, whichever of them they ask for.
 */
export function opportunityRoutes(
  deps: GuardDependencies,
  limits: RecordLimits,
  clock: () => Date,
  siteUrl?: string,
  publicForms?: PublicForms,
): Route[] {
  const { storage } = deps;
  return [
    route(
      'GET /api/opportunities/:id',
      withRecord(deps, readRecord(storage, siteUrl), { events: true }),
    ),
    route(
      'PATCH /api/opportunities/:id',
      withRecord(deps, changeRecord(storage, 'edit', limits.editBodyBytes)),
    ),
    route(
      'POST /api/opportunities/:id/intents',
      withRecord(deps, changeRecord(storage, 'intent', limits.intentBodyBytes)),
    ),
    route('POST /api/opportunities/:id/copy', withRecord(deps, copyRoute(storage))),
    route('GET /api/opportunities/:id/applications', withRecord(deps, applicationsRoute(storage))),
    route('GET /api/opportunities/:id/award', withRecord(deps, awardRoute(storage))),
    route(
      'GET /api/opportunities/:id/fundCentreHistory',
      withRecord(deps, fundCentreRoute(storage, clock)),
    ),
    route('GET /api/opportunities/:id/notices', withRecord(deps, noticesRoute(storage))),
    route(
      'GET /api/opportunities/:id/preview',
      withRecord(deps, previewRoute(storage, clock, publicForms)),
    ),
    route('GET /api/opportunities/:id/questions', withRecord(deps, questionsRoute(storage, clock))),
  ];
}
