import { parseIntent } from '../../domain/intents';
import { isOpportunityId } from '../../domain/opportunity';
import { canSeeRefusals, mayRead } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import { readJsonBody } from '../../runtime/http';
import type { PersonContext } from './guard';
import { etagOf, parseIfMatch, problemsBody, sendOutcome } from './outcomes';
import { fail, failBody, reply } from './respond';
import { parseTabIntent } from './tabIntent';
import { opportunityView, recordExtras, timeline } from './views';

export interface RecordLimits {
  editBodyBytes: number;
  intentBodyBytes: number;
}

const recordPath = /^\/api\/opportunities\/(MA-\d{4}-\d{4,6})(\/intents)?$/;

/**
 * The mount for `/api/opportunities/{id}` (GET, PATCH with If-Match) and
 * `/api/opportunities/{id}/intents` (POST). Someone who may not read a record is told it does
 * not exist, so ids cannot be probed.
 */
export function recordRoutes(storage: Storage, limits: RecordLimits, siteUrl?: string) {
  return async (context: PersonContext): Promise<void> => {
    const { req, res, url, actor } = context;
    const match = recordPath.exec(url.pathname);
    if (!match || !isOpportunityId(match[1])) return fail(res, 404, 'notFound', 'tab.api.notFound');
    const id = match[1];
    const isIntent = match[2] !== undefined;
    const method = req.method ?? 'GET';
    const allowed = isIntent ? ['POST'] : ['GET', 'PATCH'];
    if (!allowed.includes(method))
      return fail(
        res,
        405,
        'methodNotAllowed',
        'tab.api.methodNotAllowed',
        {},
        {},
        {
          allow: allowed.join(', '),
        },
      );

    const record = await storage.opportunities.get(id);
    if (!record || !mayRead(record, actor))
      return fail(res, 404, 'notFound', 'outcome.notFound', { id });

    if (method === 'GET') {
      const [events, refusals, extras] = await Promise.all([
        storage.opportunities.events(id),
        canSeeRefusals(actor) ? storage.opportunities.refusals(id) : Promise.resolve([]),
        recordExtras(
          record,
          (personId) => storage.people.get(personId),
          siteUrl,
          actor,
          storage.opportunities.minPostingBusinessDays,
        ),
      ]);
      reply(
        res,
        200,
        { ...opportunityView(record, actor), ...extras, timeline: timeline(events, refusals) },
        { etag: etagOf(record.version) },
      );
      return;
    }

    const ifMatch = req.headers['if-match'];
    const expectedVersion = parseIfMatch(ifMatch);
    if (ifMatch !== undefined && expectedVersion === null)
      return fail(res, 400, 'invalidIfMatch', 'tab.api.preconditionRequired');
    // Edits must say which version they change: a blind overwrite could lose someone's work.
    if (method === 'PATCH' && expectedVersion === null)
      return fail(res, 428, 'preconditionRequired', 'tab.api.preconditionRequired');

    const body = await readJsonBody(req, isIntent ? limits.intentBodyBytes : limits.editBodyBytes);
    if (!body.ok) return failBody(res, body);
    const parsed = isIntent
      ? parseTabIntent(body.value, record)
      : parseIntent({ kind: 'editDraft', changes: body.value });
    if (!parsed.ok) {
      return fail(
        res,
        400,
        'invalid',
        'tab.api.invalid',
        {},
        { problems: problemsBody(parsed.error) },
      );
    }
    if (isIntent && parsed.value.kind === 'editDraft')
      return fail(res, 400, 'useEdit', 'tab.api.useEdit');
    const key = req.headers['idempotency-key'];
    const outcome = await storage.opportunities.apply(id, parsed.value, actor, {
      expectedVersion: expectedVersion ?? undefined,
      idempotencyKey: typeof key === 'string' && key.length <= 100 ? key : undefined,
    });
    sendOutcome(res, outcome, actor);
  };
}
