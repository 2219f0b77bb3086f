import { parseIntent } from '../../domain/intents';
import { canSeeRefusals } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import { readJsonBody } from '../../runtime/http';
import type { RecordContext, RecordHandler } from './guard';
import { etagOf, parseIfMatch, problemsBody, sendOutcome } from './outcomes';
import { fail, failBody, replyAs } from './respond';
import { parseTabIntent } from './tabIntent';
import { opportunityView, recordExtras, timeline } from './views';

export interface RecordLimits {
  editBodyBytes: number;
  intentBodyBytes: number;
}

/** `GET /api/opportunities/:id`: the record as this person sees it, its extras and its timeline. */
export function readRecord(storage: Storage, siteUrl?: string): RecordHandler {
  return async ({ res, actor, record, events: readWithRecord }) => {
    const [events, refusals, extras] = await Promise.all([
      readWithRecord ?? storage.opportunities.events(record.id),
      canSeeRefusals(actor) ? storage.opportunities.refusals(record.id) : Promise.resolve([]),
      recordExtras(
        record,
        (personId) => storage.people.get(personId),
        siteUrl,
        actor,
        storage.opportunities.minPostingBusinessDays,
      ),
    ]);
    replyAs(
      'GET /api/opportunities/:id',
      res,
      200,
      { ...opportunityView(record, actor), ...extras, timeline: timeline(events, refusals) },
      { etag: etagOf(record.version) },
    );
  };
}

/**
 * `PATCH /api/opportunities/:id` (If-Match required) and `POST /api/opportunities/:id/intents`
 * (If-Match optional): the body turned into an intent, applied at the version the client read.
 */
export function changeRecord(
  storage: Storage,
  change: 'edit' | 'intent',
  limitBytes: number,
): RecordHandler {
  return async ({ req, res, actor, record, snapshot }: RecordContext) => {
    const isIntent = change === 'intent';
    const ifMatch = req.headers['if-match'];
    const expectedVersion = parseIfMatch(ifMatch);
    if (ifMatch !== undefined && expectedVersion === null)
      return fail(res, 400, 'invalidIfMatch', 'tab.api.preconditionRequired');
    // Edits must say which version they change: a blind overwrite could lose someone's work.
    if (!isIntent && expectedVersion === null)
      return fail(res, 428, 'preconditionRequired', 'tab.api.preconditionRequired');

    const body = await readJsonBody(req, limitBytes);
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
    const options = {
      expectedVersion: expectedVersion ?? undefined,
      idempotencyKey: typeof key === 'string' && key.length <= 100 ? key : undefined,
    };
    // Decided on the record the guard read; a change stored since is a conflict, unless the
    // client named no version: then it applies to the record as it now is, as it asked.
    const first = await storage.opportunities.applyTo(snapshot, parsed.value, actor, options);
    const outcome =
      first.kind === 'conflict' && expectedVersion === null
        ? await storage.opportunities.apply(record.id, parsed.value, actor, options)
        : first;
    sendOutcome(
      isIntent ? 'POST /api/opportunities/:id/intents' : 'PATCH /api/opportunities/:id',
      res,
      outcome,
      actor,
    );
  };
}
