import type { State } from '../../domain/states';
import { aPerson, people } from './builders';

/**
 * Everyone the role matrices try, and someone who can never be registered (claiming to be admin):
 * a newcomer of the tenant is registered on first contact with SELF_SERVICE_ROLES
 * (tests/api/firstContact.test.ts), so `unknown` carries an oid that is no Entra object id.
 */
export const cast = { ...people, unknown: aPerson({ id: 'never registered/', roles: ['admin'] }) };
export type Who = keyof typeof cast;
export const everyone = Object.keys(cast) as Who[];

/**
 * What the API answers a person trying an action, in this order: not registered 403, may not
 * read it 404, not from this state 409, then allowed 200 or refused 403.
 */
export function expectedStatus(cell: {
  who: Who;
  readers: readonly Who[];
  from: readonly State[];
  state: State;
  allowed: boolean;
}): number {
  if (cell.who === 'unknown') return 403;
  if (!cell.readers.includes(cell.who)) return 404;
  if (!cell.from.includes(cell.state)) return 409;
  return cell.allowed ? 200 : 403;
}
