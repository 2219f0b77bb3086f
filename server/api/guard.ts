import { actorFromPerson, type Actor, type Person } from '../../domain/people';
import { localeFromTag } from '../../domain/locale';
import { isObjectId } from '../../domain/registration';
import type { Storage } from '../../storage/storage';
import { isOpportunityId, type Opportunity } from '../../domain/opportunity';
import { mayRead } from '../../domain/permissions';
import type { Handler, PathParams, RequestContext } from '../../runtime/http';
import type { Logger } from '../../runtime/logger';
import type { TokenVerifier } from './auth';
import type { RateLimiter } from './rateLimit';
import { fail } from './respond';

/** A request whose token was verified and whose person (and roles) were read from storage. */
export interface PersonContext<P extends object = PathParams> extends RequestContext<P> {
  person: Person;
  actor: Actor;
}

export type PersonHandler<P extends object = PathParams> = (
  context: PersonContext<P>,
) => Promise<void>;

/** A request about one opportunity (`:id`) that this person may read, already loaded. */
export interface RecordContext<P extends { id: string } = { id: string }> extends PersonContext<P> {
  record: Opportunity;
}

export type RecordHandler<P extends { id: string } = { id: string }> = (
  context: RecordContext<P>,
) => Promise<void>;

export interface GuardDependencies {
  storage: Storage;
  logger: Logger;
  verify: TokenVerifier;
  limiter: RateLimiter;
}

/**
 * Every API call: a valid token, a registered person, within their rate. Roles always come from
 * storage, never from the token or the browser.
 */
export function withPerson<P extends object = PathParams>(
  deps: GuardDependencies,
  handler: PersonHandler<P>,
): Handler<P> {
  return async (context) => {
    const { res } = context;
    const verified = await deps.verify(context.req);
    if (!verified.ok) {
      deps.logger.info(
        { requestId: context.requestId, reason: verified.reason },
        'tab token refused',
      );
      const key = verified.reason === 'expired' ? 'tab.api.expired' : 'tab.api.unauthorized';
      fail(
        res,
        401,
        verified.reason,
        key,
        {},
        {},
        {
          'www-authenticate': `Bearer error="invalid_token"`,
        },
      );
      return;
    }
    context.caller.personId = verified.personId;
    const wait = deps.limiter.take(verified.personId);
    if (wait > 0) {
      fail(
        res,
        429,
        'rateLimited',
        'tab.api.rateLimited',
        { seconds: wait },
        {},
        {
          'retry-after': String(wait),
        },
      );
      return;
    }
    // A valid token is a person of the tenant: their first request registers them (roles from
    // SELF_SERVICE_ROLES and BOOTSTRAP_ADMINS, never from the token), later ones refresh them.
    const person = isObjectId(verified.personId)
      ? await deps.storage.people.contact({
          id: verified.personId,
          ...(verified.name ? { name: verified.name } : {}),
          ...(verified.userPrincipalName ? { email: verified.userPrincipalName } : {}),
          ...(context.req.headers['accept-language']
            ? { initialLocale: localeFromTag(context.req.headers['accept-language']) }
            : {}),
        })
      : null;
    if (!person) {
      fail(res, 403, 'unknownPerson', 'outcome.unknownPerson');
      return;
    }
    // A cardholder may stand in today for another who named them their delegate.
    const deputyFor = await deps.storage.people.principalsOf(person);
    await handler({ ...context, person, actor: actorFromPerson(person, deputyFor) });
  };
}

/**
 * A route about one opportunity (`/api/opportunities/:id…`): `withPerson`, then the record. Someone
 * who may not read it is told it does not exist, as for a number never given, so ids cannot be
 * probed.
 */
export function withRecord<P extends { id: string }>(
  deps: GuardDependencies,
  handler: RecordHandler<P>,
): Handler<P> {
  return withPerson<P>(deps, async (context) => {
    const { res, actor, params } = context;
    const { id } = params;
    if (!isOpportunityId(id)) return fail(res, 404, 'notFound', 'tab.api.notFound');
    const record = await deps.storage.opportunities.get(id);
    if (!record || !mayRead(record, actor))
      return fail(res, 404, 'notFound', 'outcome.notFound', { id });
    await handler({ ...context, record });
  });
}
