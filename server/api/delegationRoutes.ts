import { decideDelegation, delegableRolesOf, parseDelegation } from '../../domain/delegation';
import type { Storage } from '../../storage/storage';
import { readJsonBody } from '../../runtime/http';
import type { PersonContext } from './guard';
import { problemsBody } from './outcomes';
import { fail, failBody, replyAs } from './respond';

const bodyLimit = 8 * 1024;

/**
 * POST /api/me/delegation `{ delegateId, from, to, reason }`: names the caller's delegate for an
 * absence (replacing any other). Decided on the caller and the delegate as stored.
 */
export function setDelegation(storage: Storage, clock: () => Date) {
  return async ({ req, res, person }: PersonContext): Promise<void> => {
    const body = await readJsonBody(req, bodyLimit);
    if (!body.ok) return failBody(res, body);
    if (!delegableRolesOf(person).length)
      return fail(
        res,
        403,
        'forbidden',
        'delegation.api.nothingToDelegate',
        {},
        {
          reason: 'nothingToDelegate',
        },
      );
    const parsed = parseDelegation(body.value, clock());
    if (!parsed.ok)
      return fail(
        res,
        400,
        'invalid',
        'tab.api.invalid',
        {},
        { problems: problemsBody(parsed.error) },
      );
    const delegate = await storage.people.get(parsed.value.delegateId);
    const decided = decideDelegation(person, delegate, parsed.value);
    if (!decided.ok)
      return fail(
        res,
        400,
        'invalid',
        'tab.api.invalid',
        {},
        { problems: problemsBody(decided.error) },
      );
    const stored = await storage.people.delegate(person.id, decided.value, parsed.value.reason);
    if (!stored.delegation) throw new Error('the delegation was stored but reads back empty');
    replyAs('POST /api/me/delegation', res, 200, { delegation: stored.delegation });
  };
}

/** DELETE /api/me/delegation: ends the caller's delegation now. */
export function endDelegation(storage: Storage) {
  return async ({ res, person }: PersonContext): Promise<void> => {
    if (!person.delegation) return fail(res, 409, 'noDelegation', 'delegation.api.none');
    await storage.people.delegate(person.id, null, '');
    replyAs('DELETE /api/me/delegation', res, 200, { delegation: null });
  };
}

/** GET /api/me/delegates: who may cover for the caller (active, holding one of their roles). */
export function delegatesRoute(storage: Storage) {
  return async ({ res, person }: PersonContext): Promise<void> => {
    const mine = delegableRolesOf(person);
    const people = mine.length ? await storage.people.directory() : [];
    const delegates = people
      .filter((p) => p.id !== person.id && delegableRolesOf(p).some((r) => mine.includes(r)))
      .map((p) => ({
        id: p.id,
        name: p.name,
        roles: delegableRolesOf(p).filter((r) => mine.includes(r)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    replyAs('GET /api/me/delegates', res, 200, { roles: mine, delegates });
  };
}
