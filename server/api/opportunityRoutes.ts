import { isOpportunityId } from '../../domain/opportunity';
import { copiedFields, mayCopy } from '../../domain/copyOpportunity';
import { mayRead } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import { applicationsRoute } from './applicationsRoute';
import { awardRoute } from './awardRoute';
import { fundCentreRoute } from './fundCentreRoute';
import type { PersonContext } from './guard';
import { noticesRoute } from './noticesRoute';
import { previewRoute } from './previewRoute';
import { questionsRoute } from './questionsRoute';
import { recordRoutes, type RecordLimits } from './recordRoutes';
import { sendOutcome } from './outcomes';
import { fail } from './respond';
import type { SubResource } from './subResources';

const subResourcePath =
  /^\/api\/opportunities\/(MA-\d{4}-\d{4,6})\/(applications|award|fundCentreHistory|notices|preview|questions)$/;

const copyPath = /^\/api\/opportunities\/(MA-\d{4}-\d{4,6})\/copy$/;

/**
 * `POST /api/opportunities/{id}/copy`: a new draft from one of the person's own opportunities
 * (`copiedFields`), its first event naming the source. `Idempotency-Key` as for any create.
 */
async function copyRoute(storage: Storage, { req, res, url, actor }: PersonContext) {
  const id = copyPath.exec(url.pathname)![1]!;
  if ((req.method ?? 'GET') !== 'POST')
    return fail(
      res,
      405,
      'methodNotAllowed',
      'tab.api.methodNotAllowed',
      {},
      {},
      { allow: 'POST' },
    );
  const source = isOpportunityId(id) ? await storage.opportunities.get(id) : null;
  if (!source || !mayRead(source, actor))
    return fail(res, 404, 'notFound', 'outcome.notFound', { id });
  const forbidden = mayCopy(source, actor);
  if (forbidden)
    return sendOutcome(
      res,
      { kind: 'refused', refusal: { kind: 'forbidden', intent: 'create', ...forbidden } },
      actor,
    );
  const key = req.headers['idempotency-key'];
  const outcome = await storage.opportunities.create(actor, copiedFields(source.fields), {
    idempotencyKey: typeof key === 'string' && key.length <= 100 ? `copy:${id}:${key}` : undefined,
    copiedFrom: source.id,
  });
  sendOutcome(res, outcome, actor, 201);
}

/**
 * Everything under `/api/opportunities/`: the record and its intents (`recordRoutes`), and the
 * read-only views of the steps after posting. Someone who may not read the record is told it
 * does not exist, whichever view they ask for.
 */
export function opportunityRoutes(
  storage: Storage,
  limits: RecordLimits,
  clock: () => Date,
  siteUrl?: string,
) {
  const record = recordRoutes(storage, limits, siteUrl);
  const views: Record<string, SubResource> = {
    applications: applicationsRoute(storage),
    award: awardRoute(storage),
    fundCentreHistory: fundCentreRoute(storage, clock),
    notices: noticesRoute(storage),
    preview: previewRoute(storage, clock),
    questions: questionsRoute(storage, clock),
  };
  return async (context: PersonContext): Promise<void> => {
    if (copyPath.test(context.url.pathname)) return copyRoute(storage, context);
    const match = subResourcePath.exec(context.url.pathname);
    if (!match) return record(context);
    const { req, res, actor } = context;
    const id = match[1]!;
    if (!isOpportunityId(id)) return fail(res, 404, 'notFound', 'tab.api.notFound');
    if ((req.method ?? 'GET') !== 'GET')
      return fail(
        res,
        405,
        'methodNotAllowed',
        'tab.api.methodNotAllowed',
        {},
        {},
        { allow: 'GET' },
      );
    const found = await storage.opportunities.get(id);
    if (!found || !mayRead(found, actor))
      return fail(res, 404, 'notFound', 'outcome.notFound', { id });
    await views[match[2]!]!(context, found);
  };
}
