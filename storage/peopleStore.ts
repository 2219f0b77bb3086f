import type { TableClient } from '@azure/data-tables';
import type { Locale } from '../domain/locale';
import type { Person } from '../domain/people';
import type { PersonChange, PersonEvent, PersonEventAuthor } from '../domain/personEvents';
import type { AdminDecision, AdminRefusal, Invitation } from '../domain/peopleAdmin';
import { principalsOf, type Delegation, type Principal } from '../domain/delegation';
import {
  contactChanges,
  defaultRegistration,
  type Contact,
  type RegistrationPolicy,
} from '../domain/registration';
import { readAdminRefusals, writeAdminRefusal, type RefusedAdminChange } from './adminRefusalRows';
import { PeopleDirectory } from './peopleDirectory';
import { getOrNull, statusOf } from './errors';
import {
  markAccepted,
  pendingInvitations,
  readInvitation,
  recordInvitationRefusal,
  writeInvitation,
  type StoredInvitation,
} from './invitationRows';
import { encodeKey } from './keys';
import { attempts, PersonWrites, type RolesLostListener } from './personWrites';
import {
  lastContactRowKey,
  readEveryone,
  readHead,
  readRecords,
  readTimeline,
  recordOf,
  type PersonRecord,
  type Snapshot,
} from './personRows';

export type AdminOutcome =
  | { kind: 'applied'; record: PersonRecord }
  | { kind: 'refused'; refusal: AdminRefusal; record: PersonRecord }
  | { kind: 'conflict'; record: PersonRecord }
  | { kind: 'notFound' };

/**
 * People and their roles, keyed by Entra ID object id: one partition each, a head row (the person
 * now, with a version) and its event rows (`event-<version>`: who changed what, when and why),
 * written together in one transaction guarded by the head's ETag, as opportunities are.
 */
export class PeopleStore {
  /** Whoever shows what a role allows (the bot's approval cards) hears when someone loses it. */
  onRolesLost(listener: RolesLostListener): void {
    this.writes.onRolesLost(listener);
  }

  private readonly everyone: PeopleDirectory;
  private readonly writes: PersonWrites;

  constructor(
    private readonly table: TableClient,
    private readonly policy: RegistrationPolicy = defaultRegistration,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.everyone = new PeopleDirectory(table, () => this.list());
    this.writes = new PersonWrites(table, clock, this.everyone);
  }

  /**
   * Everyone, for choosing whom to tell and for names: at most one small read a second unless
   * someone changed (another server's change shows within that second).
   * Never for authorising or for a rule about roles (the last admin): read the person, or `list`.
   */
  directory(): Promise<Person[]> {
    return this.everyone.list();
  }

  async get(id: string): Promise<Person | null> {
    return (await this.read(id))?.person ?? null;
  }

  /**
   * A person of the tenant opened the app (a message, an install, a tab request): registers them
   * with the self-service roles, or refreshes what Teams or the token now say. Roles never come
   * from the contact itself.
   */
  async contact(contact: Contact): Promise<Person> {
    const stored = await this.read(contact.id);
    // An invitation waits for a user principal name: look once the address is new to us.
    const email = contact.email?.trim() ?? '';
    const invitation =
      email && email.toLowerCase() !== stored?.person.email.toLowerCase()
        ? await readInvitation(this.table, email)
        : null;
    const waiting =
      invitation && !invitation.acceptedBy && invitation.id !== stored?.acceptedInvitation
        ? invitation
        : null;
    const at = this.clock().toISOString();
    const person = await this.writes.change(
      contact.id,
      (current) => [
        ...contactChanges(current, contact, this.policy),
        ...(waiting && current?.acceptedInvitation !== waiting.id
          ? [
              {
                by: waiting.by,
                why: 'invitationAccepted' as const,
                reason: waiting.reason,
                change: { kind: 'rolesGranted' as const, roles: waiting.roles },
              },
            ]
          : []),
      ],
      waiting ? { acceptedInvitation: waiting.id } : {},
      stored,
    );
    if (waiting) await markAccepted(this.table, waiting, contact.id, at);
    await this.writes.touch(contact.id, at);
    return person;
  }

  /** A person with their version and dates, as the People view shows them. */
  async record(id: string): Promise<PersonRecord | null> {
    const [snapshot, contact] = await Promise.all([
      this.read(id),
      getOrNull<{ at: string }>(this.table, encodeKey(id), lastContactRowKey),
    ]);
    return snapshot ? recordOf(snapshot, contact?.at) : null;
  }

  /** Every person with their version and dates (the people of one department: hundreds). */
  async records(): Promise<PersonRecord[]> {
    return readRecords(this.table);
  }

  /**
   * An admin's change to a person: decided on the person as stored (and on who holds admin now),
   * written with its events in one ETag-guarded transaction, or refused and the refusal kept.
   * `expectedVersion` (If-Match) makes a change made on a stale page a conflict.
   */
  async administer(
    id: string,
    expectedVersion: number | undefined,
    decide: (target: Person, admins: string[]) => AdminDecision,
    refusalContext: { by: { id: string; name: string }; reason: string },
  ): Promise<AdminOutcome> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.read(id);
      if (!stored) return { kind: 'notFound' };
      if (expectedVersion !== undefined && stored.version !== expectedVersion)
        return { kind: 'conflict', record: recordOf(stored) };
      const admins = (await this.list()).filter((p) => p.roles.includes('admin')).map((p) => p.id);
      const decision = decide(stored.person, admins);
      if (!decision.ok) {
        await this.recordRefusal(id, decision.refusal, refusalContext.by, refusalContext.reason);
        return { kind: 'refused', refusal: decision.refusal, record: recordOf(stored) };
      }
      if (!decision.changes.length) return { kind: 'applied', record: recordOf(stored) };
      try {
        await this.writes.write(id, stored, decision.changes, {});
        return { kind: 'applied', record: recordOf((await this.read(id))!) };
      } catch (error) {
        const status = statusOf(error);
        if (status !== 412 || attempt >= attempts) throw error;
        // Someone changed the head meanwhile: with If-Match that is a conflict; without, decide again.
        if (expectedVersion !== undefined) {
          const now = await this.read(id);
          return now ? { kind: 'conflict', record: recordOf(now) } : { kind: 'notFound' };
        }
      }
    }
  }

  /** An admin's refusal kept beside the person's events, so the timeline can show it. */
  async recordRefusal(
    id: string,
    refusal: AdminRefusal,
    by: { id: string; name: string },
    reason: string,
  ): Promise<void> {
    await writeAdminRefusal(this.table, id, refusal, by, reason, this.clock().toISOString());
  }

  /** Refused administrative changes aimed at a person, oldest first. */
  async refusals(id: string): Promise<RefusedAdminChange[]> {
    return readAdminRefusals(this.table, id);
  }

  /** An admin's invitation: the grant waits for the address and is taken on first contact. */
  async invite(invitation: Invitation, by: PersonEventAuthor): Promise<StoredInvitation> {
    return writeInvitation(this.table, invitation, by, this.clock().toISOString());
  }

  async recordInvitationRefusal(
    upn: string,
    refusal: AdminRefusal,
    by: PersonEventAuthor,
    reason: string,
  ): Promise<void> {
    await recordInvitationRefusal(this.table, upn, refusal, by, reason, this.clock().toISOString());
  }

  async invitations(): Promise<StoredInvitation[]> {
    return pendingInvitations(this.table);
  }

  /** Development and tests: the person exactly as the people file gives them, as one event. */
  async put(person: Person): Promise<void> {
    const { name, email, locale } = person;
    const wanted: PersonChange = {
      kind: 'recorded',
      name,
      email,
      locale,
      roles: [...person.roles],
    };
    await this.writes.change(person.id, (stored) => {
      const same =
        stored &&
        stored.person.name === name &&
        stored.person.email === email &&
        stored.person.locale === locale &&
        stored.person.roles.join(',') === person.roles.join(',');
      if (same) return [];
      return [
        {
          by: { kind: 'system', id: 'system', name: 'development people file' },
          why: 'developmentPeopleFile',
          change: wanted,
        },
      ];
    });
    if (person.chosenLocale) await this.setChosenLocale(person.id, person.chosenLocale);
  }

  /** Remembers the language a registered person chose. */
  async setChosenLocale(id: string, locale: Locale): Promise<void> {
    await this.writes.change(id, (stored) =>
      stored && stored.person.chosenLocale !== locale
        ? [
            {
              by: { kind: 'person', id, name: stored.person.name },
              why: 'chosenLanguage',
              change: { kind: 'languageChosen', locale },
            },
          ]
        : [],
    );
  }

  /**
   * Names `delegation` as the person's delegate (replacing any other), or ends their delegation
   * (`null`): one event in their timeline, by themselves, with the reason they gave.
   */
  async delegate(id: string, delegation: Delegation | null, reason: string): Promise<Person> {
    return this.writes.change(id, (stored) => {
      if (!stored) return [];
      const by = { kind: 'person' as const, id, name: stored.person.name };
      if (delegation)
        return [{ by, why: 'outOfOffice', reason, change: { kind: 'delegated', delegation } }];
      return stored.person.delegation
        ? [{ by, why: 'outOfOffice', change: { kind: 'delegationEnded' } }]
        : [];
    });
  }

  /**
   * The cardholders `person` decides for today, as their delegate. Only someone who holds the
   * cardholder role can be one, so nobody else costs a query.
   */
  async principalsOf(person: Person): Promise<Principal[]> {
    if (person.deactivated || !person.roles.includes('cardholder')) return [];
    // The directory says who named them (a scan of the people table in Azure otherwise); each of
    // those is read again by key, so an ended delegation is never honoured from a stale list.
    const candidates = (await this.directory()).filter(
      (p) => p.delegation?.delegateId === person.id,
    );
    const named = await Promise.all(candidates.map((p) => this.get(p.id)));
    return principalsOf(
      person,
      named.filter((p): p is Person => p !== null),
      this.clock(),
    );
  }

  /** Whether `person` decides today for the cardholder `cardholderId` (one read, for one record). */
  async principalOn(person: Person, cardholderId: string | null): Promise<Principal[]> {
    if (!cardholderId || cardholderId === person.id || !person.roles.includes('cardholder'))
      return [];
    const cardholder = await this.get(cardholderId);
    return cardholder ? principalsOf(person, [cardholder], this.clock()) : [];
  }

  /** Everyone, read now from every head row. */
  async list(): Promise<Person[]> {
    return readEveryone(this.table);
  }

  /** A person's timeline, oldest first. */
  async timeline(id: string): Promise<PersonEvent[]> {
    return readTimeline(this.table, id);
  }

  private read(id: string): Promise<Snapshot | null> {
    return readHead(this.table, id);
  }
}
