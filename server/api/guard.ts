import { actorFromPerson, type Actor, type Person } from '../../domain/people';
import { localeFromTag } from '../../domain/locale';
import { isObjectId } from '../../domain/registration';
import type { AuditEvent } from '../../domain/events';
import type { Snapshot } from '../../storage/opportunityQueries';
import type { Storage } from '../../storage/storage';
import { isOpportunityId, type Opportunity } from '../../domain/opportunity';
import { mayRead } from '../../domain/permissions';
import type { Handler, PathParams, RequestContext } from '../../runtime/http';
import type { Logger } from '../../runtime/logger';
import type { TokenVerifier, Verified } from './auth';
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
  /** The record as read, with what a change needs to write only if it is still current. */
  snapshot: Snapshot;
  /** Its audit trail up to the record's version, read with it when the route asks (`withRecord`). */
  events?: readonly AuditEvent[];
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
    const verified = await admit(deps, context);
    if (verified === null) return;
    const who = await lookUp(deps, context, verified);
    if (who) await handler({ ...context, ...who });
  };
}

type Identity = Extract<Verified, { ok: true }>;

/** Who the token says the caller is, within their rate; null once the refusal is sent. */
async function admit(
  deps: GuardDependencies,
  context: RequestContext<object>,
): Promise<Identity | null> {
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
    return null;
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
    return null;
  }
  return verified;
}

/** The person as stored, and whom they may stand in for; null once the refusal is sent. */
async function lookUp(
  deps: GuardDependencies,
  context: RequestContext<object>,
  verified: Identity,
): Promise<{ person: Person; actor: Actor } | null> {
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
    fail(context.res, 403, 'unknownPerson', 'outcome.unknownPerson');
    return null;
  }
  // A cardholder may stand in today for another who named them their delegate.
  const deputyFor = await deps.storage.people.principalsOf(person);
  return { person, actor: actorFromPerson(person, deputyFor) };
}

/**
 * A route about one opportunity (`/api/opportunities/:id…`): `withPerson`, then the record. Someone
 * who may not read it is told it does not exist, as for a number never given, so ids cannot be
 * probed. The record is read while the person is looked up (one storage round trip fewer on every
 * such request); the person is still checked first, and a change writes only if the record is
 * unchanged since this read.
 */
export function withRecord<P extends { id: string }>(
  deps: GuardDependencies,
  handler: RecordHandler<P>,
  /** `events`: the audit trail is read with the record, in the same round trip. */
  options: { events?: boolean } = {},
): Handler<P> {
  return async (context) => {
    const { res, params } = context;
    const verified = await admit(deps, context);
    if (verified === null) return;
    const { id } = params;
    // A failed read is kept until the person is known: a refused person is told so, as before.
    const { opportunities } = deps.storage;
    const reading = isOpportunityId(id)
      ? (options.events
          ? opportunities.readWithEvents(id)
          : opportunities.read(id).then((snapshot) => snapshot && { snapshot })
        ).then(
          (found) => ({ found }),
          (error: unknown) => ({ error }),
        )
      : null;
    const who = await lookUp(deps, context, verified);
    const read = await reading;
    if (!who) return;
    if (!read) return fail(res, 404, 'notFound', 'tab.api.notFound');
    if ('error' in read) throw read.error;
    const { found } = read;
    if (!found || !mayRead(found.snapshot.record, who.actor))
      return fail(res, 404, 'notFound', 'outcome.notFound', { id });
    await handler({ ...context, ...who, record: found.snapshot.record, ...found });
  };
}
