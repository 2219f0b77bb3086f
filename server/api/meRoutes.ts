import { canListAll, canSeeDashboard } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import type { PersonContext } from './guard';
import { reply } from './respond';

/** GET /api/me: who the token names, with roles and language as stored, and what they may list. */
export function meRoute() {
  return async ({ res, person, actor }: PersonContext): Promise<void> =>
    reply(res, 200, {
      id: person.id,
      name: person.name,
      roles: person.roles,
      locale: person.locale,
      may: { listAll: canListAll(actor), dashboard: canSeeDashboard(actor) },
    });
}

/** GET /api/cardholders: whom a draft can name as its cardholder (names only, no e-mail). */
export function cardholdersRoute(storage: Storage) {
  return async ({ res }: PersonContext): Promise<void> => {
    const people = await storage.people.list();
    const cardholders = people
      .filter((p) => p.roles.includes('cardholder'))
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    reply(res, 200, { cardholders });
  };
}
