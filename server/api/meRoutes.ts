import { peopleAccess } from '../../domain/peopleAdmin';
import { canListAll, canSeeDashboard } from '../../domain/permissions';
import type { Storage } from '../../storage/storage';
import type { PersonContext } from './guard';
import type { MeReply, NoticeSending } from '../../contract/routes';
import { replyAs } from './respond';

/**
 * GET /api/me: who the token names, with roles and language as stored, what they may list
 * (and whether they manage or only read People), and
 * whether notices to suppliers are being sent (`off`: queued until GC Notify is configured), and
 * where the public client guide is in each language.
 */
export function meRoute(noticeSending: NoticeSending, publicSiteUrl?: string) {
  const site = publicSiteUrl?.replace(/\/+$/, '');
  const clientGuide = site
    ? { en: `${site}/en/client-guide.html`, fr: `${site}/fr/client-guide.html` }
    : null;
  return async ({ res, person, actor }: PersonContext): Promise<void> => {
    const me: MeReply = {
      id: person.id,
      name: person.name,
      roles: person.roles,
      locale: person.locale,
      /** Their own delegation (out of office), and the cardholders they decide for today. */
      delegation: person.delegation ?? null,
      deputyFor: actor.kind === 'person' ? (actor.deputyFor ?? []) : [],
      may: {
        listAll: canListAll(actor),
        dashboard: canSeeDashboard(actor),
        people: peopleAccess(actor),
      },
      notices: { sending: noticeSending },
      clientGuide,
    };
    replyAs('GET /api/me', res, 200, me);
  };
}

/** GET /api/cardholders: whom a draft can name as its cardholder (names only, no e-mail). */
export function cardholdersRoute(storage: Storage) {
  return async ({ res }: PersonContext): Promise<void> => {
    const people = await storage.people.directory();
    const cardholders = people
      .filter((p) => p.roles.includes('cardholder'))
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    replyAs('GET /api/cardholders', res, 200, { cardholders });
  };
}
