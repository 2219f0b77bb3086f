import type { Locale } from './locale';
import { roles as allRoles, type Person, type Role } from './people';
import {
  configurationAuthor,
  type PendingPersonChange,
  type PersonEventAuthor,
} from './personEvents';

/** Who gets which role without an admin (SELF_SERVICE_ROLES, BOOTSTRAP_ADMINS). */
export interface RegistrationPolicy {
  /** Granted to everyone of the tenant on first contact; empty: nobody gets a role unasked. */
  selfServiceRoles: readonly Role[];
  /** Entra object ids and user principal names of the first admins, lower-cased. */
  bootstrapAdmins: readonly string[];
}

/** SELF_SERVICE_ROLES unset: a person of the tenant may draft, nothing more. */
export const defaultRegistration: RegistrationPolicy = {
  selfServiceRoles: ['client'],
  bootstrapAdmins: [],
};

/** Roles a setting may give everyone: never admin, which only BOOTSTRAP_ADMINS and admins give. */
export const selfServiceable: readonly Role[] = allRoles.filter((role) => role !== 'admin');

/**
 * What Teams or the tab's token say about a person of the tenant who opened the app. The bot
 * knows no e-mail (a plain activity has no user principal name); the tab's token has it.
 */
export interface Contact {
  /** The Entra ID object id (`aadObjectId` / `oid`). */
  id: string;
  name?: string;
  email?: string;
  locale?: Locale;
  /** A language to register with when `locale` is unknown (the browser's, for the tab); never refreshed. */
  initialLocale?: Locale;
}

/** A person as stored, with whether BOOTSTRAP_ADMINS already made them admin once. */
export interface Registered {
  person: Person;
  bootstrapGranted: boolean;
}

const maxNameLength = 256;
const maxEmailLength = 254;

/** Entra object ids are GUIDs; anything else that is not a short plain id is not a person to register. */
export function isObjectId(value: unknown): value is string {
  return typeof value === 'string' && /^[\w-]{1,128}$/.test(value);
}

/** Control characters and line separators have no place in a name (and break batch requests). */
function plain(value: string | undefined): string {
  const isBreaking = (code: number) =>
    code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  return [...(value ?? '')]
    .map((c) => (isBreaking(c.charCodeAt(0)) ? ' ' : c))
    .join('')
    .trim();
}

function named(policy: RegistrationPolicy, id: string, email: string): boolean {
  const keys = [id.toLowerCase(), email.trim().toLowerCase()].filter(Boolean);
  return policy.bootstrapAdmins.some((entry) => keys.includes(entry));
}

/**
 * The changes a contact makes: registration with the self-service roles the first time, then
 * only what Teams or the token now say differently. BOOTSTRAP_ADMINS grants admin once, at the
 * first contact that matches it (by object id at once; by user principal name once it is known).
 */
export function contactChanges(
  stored: Registered | null,
  contact: Contact,
  policy: RegistrationPolicy,
): PendingPersonChange[] {
  const name = plain(contact.name).slice(0, maxNameLength);
  const email = plain(contact.email).slice(0, maxEmailLength);
  const self: PersonEventAuthor = {
    kind: 'person',
    id: contact.id,
    name: name || stored?.person.name || contact.id,
  };
  const changes: PendingPersonChange[] = [];
  let current: Person;
  if (!stored) {
    current = {
      id: contact.id,
      name: name || email || contact.id,
      email,
      locale: contact.locale ?? contact.initialLocale ?? 'en',
      roles: [],
    };
    const { name: given, locale } = current;
    changes.push({
      by: self,
      why: 'firstContact',
      change: { kind: 'registered', name: given, email, locale, roles: [] },
    });
    if (policy.selfServiceRoles.length)
      changes.push({
        by: configurationAuthor,
        why: 'selfServiceRoles',
        change: { kind: 'rolesGranted', roles: [...policy.selfServiceRoles] },
      });
  } else {
    current = stored.person;
    const refreshed = {
      ...(name && name !== current.name ? { name } : {}),
      ...(email && email !== current.email ? { email } : {}),
      ...(contact.locale && contact.locale !== current.locale ? { locale: contact.locale } : {}),
    };
    if (Object.keys(refreshed).length)
      changes.push({
        by: self,
        why: 'laterContact',
        change: { kind: 'profileRefreshed', ...refreshed },
      });
  }
  const knownEmail = email || current.email;
  if (
    !stored?.bootstrapGranted &&
    !current.roles.includes('admin') &&
    named(policy, contact.id, knownEmail)
  )
    changes.push({
      by: configurationAuthor,
      why: 'bootstrapAdmins',
      change: { kind: 'rolesGranted', roles: ['admin'] },
    });
  return changes;
}
