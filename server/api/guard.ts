import { actorFromPerson, type Actor, type Person } from '../../domain/people';
import type { Storage } from '../../storage/storage';
import type { Handler, RequestContext } from '../http';
import type { Logger } from '../logger';
import type { TokenVerifier } from './auth';
import type { RateLimiter } from './rateLimit';
import { fail } from './respond';

/** A request whose token was verified and whose person (and roles) were read from storage. */
export interface PersonContext extends RequestContext {
  person: Person;
  actor: Actor;
}

export type PersonHandler = (context: PersonContext) => Promise<void>;

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
export function withPerson(deps: GuardDependencies, handler: PersonHandler): Handler {
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
    const person = await deps.storage.people.get(verified.personId);
    if (!person) {
      fail(res, 403, 'unknownPerson', 'outcome.unknownPerson');
      return;
    }
    await handler({ ...context, person, actor: actorFromPerson(person) });
  };
}
