import type { Delegation, Principal } from './delegation';
import type { Locale } from './locale';

export const roles = ['client', 'cardholder', 'procurement', 'manager', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** A person is keyed by their Entra ID object id: the same in the bot (`aadObjectId`) and the tab token (`oid`). */
export interface Person {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  locale: Locale;
  /** The language the person chose in the bot (`english` / `français`); until then Teams' locale. */
  chosenLocale?: Locale;
  /** An admin deactivated them (they left): no roles until an admin grants one again. */
  deactivated?: boolean;
  /** Out of office: who decides on their behalf, and when (see `delegation.ts`). */
  delegation?: Delegation;
}

/** Who asks for a change: a person whose roles were read from storage, or the scheduler. */
export type Actor =
  | {
      kind: 'person';
      id: string;
      name: string;
      roles: readonly Role[];
      /** The cardholders whose delegation names this person today (`principalsOf`). */
      deputyFor?: readonly Principal[];
    }
  | { kind: 'system'; id: 'system'; name: string };

export function actorFromPerson(person: Person, deputyFor: readonly Principal[] = []): Actor {
  return {
    kind: 'person',
    id: person.id,
    name: person.name,
    roles: person.roles,
    ...(deputyFor.length ? { deputyFor } : {}),
  };
}

/** The cardholder `actor` stands in for on this opportunity, when a delegation names them. */
export function deputyOf(actor: Actor, cardholderId: string | null): Principal | null {
  if (actor.kind !== 'person' || !cardholderId) return null;
  return actor.deputyFor?.find((p) => p.id === cardholderId) ?? null;
}

export const scheduler: Actor = { kind: 'system', id: 'system', name: 'scheduler' };

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'person' && actor.roles.includes(role);
}
