import type { ServerResponse } from 'node:http';
import type { Refusal } from '../../domain/decide';
import { formatDateTime } from '../../domain/locale';
import { describeProblem, describeRefusal, t } from '../../domain/messages';
import type { Actor } from '../../domain/people';
import type { Problem } from '../../domain/problems';
import type { ApplyOutcome, CreateOutcome } from '../../storage/opportunityStore';
import type { OpportunityChangeRoute } from '../../contract/routes';
import { fail, reply, replyAs } from './respond';
import { opportunityView } from './views';

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** `"3"` or `W/"3"` → 3; anything else is not a version this API handed out. */
export function parseIfMatch(header: string | undefined): number | null {
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : null;
}

/** Problems as data for the form, and in both languages for people. */
export function problemsBody(problems: Problem[]) {
  return problems.map((p) => ({
    ...p,
    message: { en: describeProblem(p, 'en'), fr: describeProblem(p, 'fr') },
  }));
}

function refused(res: ServerResponse, refusal: Refusal): void {
  const message = { en: describeRefusal(refusal, 'en'), fr: describeRefusal(refusal, 'fr') };
  if (refusal.kind === 'incomplete') {
    reply(res, 422, { error: 'incomplete', message, problems: problemsBody(refusal.problems) });
  } else if (refusal.kind === 'keyReused') {
    // As the IETF Idempotency-Key draft recommends: the key is bound to the request it first came with.
    reply(res, 422, { error: 'idempotencyKeyReused', message });
  } else if (refusal.kind === 'forbidden') {
    reply(res, 403, { error: 'forbidden', reason: refusal.reason, message });
  } else {
    reply(res, 409, { error: 'wrongState', state: refusal.state, message });
  }
}

/** Turns the store's typed outcomes into HTTP: the same mapping for edits and intents. */
export function sendOutcome(
  route: OpportunityChangeRoute,
  res: ServerResponse,
  outcome: ApplyOutcome | CreateOutcome,
  actor: Actor,
  createdStatus = 200,
): void {
  switch (outcome.kind) {
    case 'applied':
    case 'replayed': {
      const view = opportunityView(outcome.record, actor);
      replyAs(
        route,
        res,
        outcome.kind === 'applied' ? createdStatus : 200,
        { ...view, replayed: outcome.kind === 'replayed' },
        { etag: etagOf(outcome.record.version) },
      );
      return;
    }
    case 'refused':
      refused(res, outcome.refusal);
      return;
    case 'conflict': {
      const { record } = outcome;
      const params = (locale: 'en' | 'fr') => ({
        name: record.updatedByName,
        at: formatDateTime(record.updatedAt, locale),
        state: t(locale, `state.${record.state}`),
      });
      // Someone saved first: say who and when, and hand back what is stored now; nothing was written.
      reply(
        res,
        412,
        {
          error: 'stale',
          message: {
            en: t('en', 'outcome.conflict', params('en')),
            fr: t('fr', 'outcome.conflict', params('fr')),
          },
          current: opportunityView(record, actor),
        },
        { etag: etagOf(record.version) },
      );
      return;
    }
    case 'notFound':
      fail(res, 404, 'notFound', 'outcome.notFound', { id: outcome.id });
      return;
    case 'tooLarge':
      fail(res, 413, 'tooLarge', 'outcome.tooLarge', { detail: outcome.detail });
      return;
  }
}
