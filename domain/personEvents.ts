import type { Delegation } from './delegation';
import type { Locale } from './locale';
import type { Person, Role } from './people';

/** Why a person changed: each event of a person's timeline names one. */
export const personChangeReasons = [
  /** Their first message, install or tab request registered them. */
  'firstContact',
  /** A later contact brought a new name, e-mail or Teams language. */
  'laterContact',
  /** The roles everyone gets on first contact (SELF_SERVICE_ROLES). */
  'selfServiceRoles',
  /** BOOTSTRAP_ADMINS names them: the first admins. */
  'bootstrapAdmins',
  /** Development and tests: the people file as given (DEV_PEOPLE_FILE). */
  'developmentPeopleFile',
  /** They chose a language in the bot. */
  'chosenLanguage',
  /** An admin granted or revoked roles, with a reason. */
  'rolesChanged',
  /** An admin's invitation to their user principal name waited for them and was matched. */
  'invitationAccepted',
  /** An admin deactivated them (they left): every role went. */
  'deactivated',
  /** They named a delegate for an absence, or ended the delegation. */
  'outOfOffice',
] as const;
export type PersonChangeReason = (typeof personChangeReasons)[number];

/** What a change did: the new values only, so the timeline reads forward. */
export type PersonChange =
  | { kind: 'registered'; name: string; email: string; locale: Locale; roles: Role[] }
  | { kind: 'profileRefreshed'; name?: string; email?: string; locale?: Locale }
  | { kind: 'rolesGranted'; roles: Role[] }
  | { kind: 'rolesRevoked'; roles: Role[] }
  /** `roles`: the roles they held, which all went. */
  | { kind: 'deactivated'; roles: Role[] }
  | { kind: 'recorded'; name: string; email: string; locale: Locale; roles: Role[] }
  | { kind: 'languageChosen'; locale: Locale }
  | { kind: 'delegated'; delegation: Delegation }
  | { kind: 'delegationEnded' };

/** Who made a change: the person themselves, or the system acting on configuration. */
export interface PersonEventAuthor {
  kind: 'person' | 'system';
  id: string;
  name: string;
}

/** One entry of a person's timeline: what changed, who did it, when, and why. */
export interface PersonEvent {
  version: number;
  at: string;
  by: PersonEventAuthor;
  why: PersonChangeReason;
  /** What the admin wrote: every grant, revoke, invitation and deactivation says why. */
  reason?: string;
  change: PersonChange;
}

/** A change before it is numbered and dated. */
export type PendingPersonChange = Omit<PersonEvent, 'version' | 'at'>;

export const configurationAuthor: PersonEventAuthor = {
  kind: 'system',
  id: 'system',
  name: 'configuration',
};

/** The only place a person changes: the state after one change. */
export function evolvePerson(before: Person | null, id: string, change: PersonChange): Person {
  if (change.kind === 'registered' || change.kind === 'recorded') {
    const { name, email, locale, roles } = change;
    return { ...before, id, name, email, locale, roles: [...roles] };
  }
  if (!before) throw new Error(`${change.kind} on a person who is not registered`);
  switch (change.kind) {
    case 'languageChosen':
      return { ...before, chosenLocale: change.locale };
    case 'rolesGranted': {
      // A grant brings a deactivated person back.
      const rest: Person = { ...before };
      delete rest.deactivated;
      return {
        ...rest,
        roles: [...before.roles, ...change.roles.filter((r) => !before.roles.includes(r))],
      };
    }
    case 'rolesRevoked':
      return { ...before, roles: before.roles.filter((r) => !change.roles.includes(r)) };
    case 'deactivated': {
      const rest: Person = { ...before, roles: [], deactivated: true };
      delete rest.delegation;
      return rest;
    }
    case 'delegated':
      return { ...before, delegation: change.delegation };
    case 'delegationEnded': {
      const rest: Person = { ...before };
      delete rest.delegation;
      return rest;
    }
    case 'profileRefreshed':
      return {
        ...before,
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.email !== undefined ? { email: change.email } : {}),
        ...(change.locale !== undefined ? { locale: change.locale } : {}),
      };
  }
}
