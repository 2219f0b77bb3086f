import { isOpportunityId } from '../../domain/opportunity';
import { mayRead } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import { applicationsRoute } from './applicationsRoute';
import { awardRoute } from './awardRoute';
import { fundCentreRoute } from './fundCentreRoute';
import type { PersonContext } from './guard';
import { questionsRoute } from './questionsRoute';
import { recordRoutes, type RecordLimits } from './recordRoutes';
import { fail } from './respond';
import type { SubResource } from './subResources';

const subResourcePath =
  /^\/api\/opportunities\/(MA-\d{4}-\d{4,6})\/(applications|award|fundCentreHistory|questions)$/;

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
  const record = recordRoutes(storage, limits);
  const views: Record<string, SubResource> = {
    applications: applicationsRoute(storage),
    award: awardRoute(storage, siteUrl),
    fundCentreHistory: fundCentreRoute(storage, clock),
    questions: questionsRoute(storage),
  };
  return async (context: PersonContext): Promise<void> => {
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
