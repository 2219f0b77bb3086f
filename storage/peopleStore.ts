import { randomUUID } from 'node:crypto';
import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { isLocale, type Locale } from '../domain/locale';
import { isRole, type Person, type Role } from '../domain/people';
import {
  evolvePerson,
  type PersonEventAuthor,
  type PendingPersonChange,
  type PersonChange,
  type PersonEvent,
} from '../domain/personEvents';
import type { AdminDecision, AdminRefusal, Invitation } from '../domain/peopleAdmin';
import { principalsOf, type Delegation, type Principal } from '../domain/delegation';
import {
  contactChanges,
  defaultRegistration,
  type Contact,
  type Registered,
  type RegistrationPolicy,
} from '../domain/registration';
import { assertEntityFits } from './entityLimits';
import { PeopleDirectory } from './peopleDirectory';
import { getOrNull, guard, statusOf } from './errors';
import {
  markAccepted,
  pendingInvitations,
  readInvitation,
  recordInvitationRefusal,
  writeInvitation,
  type StoredInvitation,
} from './invitationRows';
import { decodeKey, encodeKey, eventRowKey, headRowKey } from './keys';

interface HeadEntity {
  name: string;
  email: string;
  roles?: string;
  locale: string;
  chosenLocale?: string;
  version: number;
  /** BOOTSTRAP_ADMINS made them admin once: never again, so a later revocation holds. */
  bootstrapGranted?: boolean;
  deactivated?: boolean;
  updatedAt?: string;
  updatedByName?: string;
  /** The invitation whose roles they took, so a replay of that contact takes them once. */
  acceptedInvitation?: string;
  /** Their delegation as JSON, and its delegate's id alone so a delegate's principals are found. */
  delegation?: string;
  delegateId?: string;
}

interface EventEntity {
  at: string;
  byKind: string;
  byId: string;
  byName: string;
  why: string;
  reason?: string;
  change: string;
}

/** A person as an admin sees them: with their version (the ETag), last contact and last change. */
export interface PersonRecord {
  person: Person;
  version: number;
  lastContactAt?: string;
  updatedAt?: string;
  updatedByName?: string;
}

/** An administrative change refused, kept beside the person's events (`refused-<at>-<uuid>`). */
export interface RefusedAdminChange {
  at: string;
  by: { id: string; name: string };
  action: AdminRefusal['action'];
  refusal: AdminRefusal['reason'];
  reason: string;
}

export type AdminOutcome =
  | { kind: 'applied'; record: PersonRecord }
  | { kind: 'refused'; refusal: AdminRefusal; record: PersonRecord }
  | { kind: 'conflict'; record: PersonRecord }
  | { kind: 'notFound' };

/**
 * Last contact is a row of its own (`lastContact`), so it never moves the head's ETag, written at
 * most this often per person and server instance: a request is not worth a write.
 */
const contactResolutionMs = 15 * 60 * 1000;
const lastContactRowKey = 'lastContact';

/** A head row as read: the person, their version and the ETag a write must match. */
interface Snapshot extends Registered {
  version: number;
  etag: string;
  updatedAt?: string;
  updatedByName?: string;
  acceptedInvitation?: string;
}

function recordOf(snapshot: Snapshot, lastContactAt?: string): PersonRecord {
  const { person, version, updatedAt, updatedByName } = snapshot;
  return {
    person,
    version,
    ...(lastContactAt ? { lastContactAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    ...(updatedByName ? { updatedByName } : {}),
  };
}

/** Two contacts at once (the bot and the tab) race on the head; the loser re-reads and re-decides. */
const attempts = 5;

function toPerson(partitionKey: string, entity: HeadEntity): Person {
  return {
    id: decodeKey(partitionKey),
    name: entity.name,
    email: entity.email,
    roles: (entity.roles ?? '').split(',').filter(isRole),
    locale: isLocale(entity.locale) ? entity.locale : 'en',
    ...(isLocale(entity.chosenLocale) ? { chosenLocale: entity.chosenLocale } : {}),
    ...(entity.deactivated ? { deactivated: true } : {}),
    ...(entity.delegation ? { delegation: JSON.parse(entity.delegation) as Delegation } : {}),
  };
}

/**
 * People and their roles, keyed by Entra ID object id: one partition each, a head row (the person
 * now, with a version) and its event rows (`event-<version>`: who changed what, when and why),
 * written together in one transaction guarded by the head's ETag, as opportunities are.
 */
/** Told after a person's stored roles lost some (a revoke, a deactivation); must not throw. */
export type RolesLostListener = (person: Person, lost: Role[]) => void;

export class PeopleStore {
  private readonly rolesLostListeners: RolesLostListener[] = [];

  /** Whoever shows what a role allows (the bot's approval cards) hears when someone loses it. */
  onRolesLost(listener: RolesLostListener): void {
    this.rolesLostListeners.push(listener);
  }

  private readonly everyone: PeopleDirectory;

  constructor(
    private readonly table: TableClient,
    private readonly policy: RegistrationPolicy = defaultRegistration,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.everyone = new PeopleDirectory(table, () => this.list());
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
    const person = await this.change(
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
    await this.touch(contact.id, at);
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
    return guard(async () => {
      const found = new Map<string, PersonRecord>();
      const contacts = new Map<string, string>();
      const entities = this.table.listEntities<HeadEntity & { at?: string }>({
        queryOptions: {
          filter: odata`RowKey eq ${headRowKey} or RowKey eq ${lastContactRowKey}`,
        },
      });
      for await (const entity of entities) {
        const key = entity.partitionKey!;
        if (entity.rowKey === lastContactRowKey) {
          if (entity.at) contacts.set(key, entity.at);
          continue;
        }
        found.set(key, {
          person: toPerson(key, entity),
          version: entity.version,
          ...(entity.updatedAt ? { updatedAt: entity.updatedAt } : {}),
          ...(entity.updatedByName ? { updatedByName: entity.updatedByName } : {}),
        });
      }
      return [...found].map(([key, record]) => {
        const at = contacts.get(key);
        return at ? { ...record, lastContactAt: at } : record;
      });
    });
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
        await this.write(id, stored, decision.changes, {});
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
    const at = this.clock().toISOString();
    await guard(() =>
      this.table.createEntity({
        partitionKey: encodeKey(id),
        rowKey: `refused-${at}-${randomUUID()}`,
        at,
        byId: by.id,
        byName: by.name,
        action: refusal.action,
        refusal: refusal.reason,
        reason: reason.slice(0, 2_000),
      }),
    );
  }

  /** Refused administrative changes aimed at a person, oldest first. */
  async refusals(id: string): Promise<RefusedAdminChange[]> {
    return guard(async () => {
      const found: RefusedAdminChange[] = [];
      const rows = this.table.listEntities<Record<string, string>>({
        queryOptions: {
          filter: odata`PartitionKey eq ${encodeKey(id)} and RowKey gt ${'refused-'} and RowKey lt ${'refused.'}`,
        },
      });
      for await (const row of rows)
        found.push({
          at: row.at!,
          by: { id: row.byId!, name: row.byName! },
          action: row.action as RefusedAdminChange['action'],
          refusal: row.refusal as RefusedAdminChange['refusal'],
          reason: row.reason ?? '',
        });
      return found;
    });
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
    await this.change(person.id, (stored) => {
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
    await this.change(id, (stored) =>
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
    return this.change(id, (stored) => {
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
    return guard(async () => {
      const people: Person[] = [];
      const entities = this.table.listEntities<HeadEntity>({
        queryOptions: { filter: odata`RowKey eq ${headRowKey}` },
      });
      for await (const entity of entities) people.push(toPerson(entity.partitionKey!, entity));
      return people;
    });
  }

  /** A person's timeline, oldest first. */
  async timeline(id: string): Promise<PersonEvent[]> {
    return guard(async () => {
      const events: PersonEvent[] = [];
      const entities = this.table.listEntities<EventEntity>({
        queryOptions: {
          filter: odata`PartitionKey eq ${encodeKey(id)} and RowKey gt ${'event-'} and RowKey lt ${'event.'}`,
        },
      });
      for await (const e of entities)
        events.push({
          version: Number(e.rowKey!.slice('event-'.length)),
          at: e.at,
          by: { kind: e.byKind === 'person' ? 'person' : 'system', id: e.byId, name: e.byName },
          why: e.why as PersonEvent['why'],
          ...(e.reason ? { reason: e.reason } : {}),
          change: JSON.parse(e.change) as PersonChange,
        });
      return events;
    });
  }

  private async read(id: string): Promise<Snapshot | null> {
    const entity = await getOrNull<HeadEntity>(this.table, encodeKey(id), headRowKey);
    if (!entity) return null;
    return {
      person: toPerson(entity.partitionKey!, entity),
      version: entity.version,
      bootstrapGranted: entity.bootstrapGranted === true,
      etag: entity.etag,
      ...(entity.updatedAt ? { updatedAt: entity.updatedAt } : {}),
      ...(entity.updatedByName ? { updatedByName: entity.updatedByName } : {}),
      ...(entity.acceptedInvitation ? { acceptedInvitation: entity.acceptedInvitation } : {}),
    };
  }

  /** Reads the head, decides the changes, writes the head and their events in one transaction. */
  private async change(
    id: string,
    decide: (stored: Snapshot | null) => PendingPersonChange[],
    options: WriteOptions = {},
    first?: Snapshot | null,
  ): Promise<Person> {
    for (let attempt = 1; ; attempt++) {
      const stored = attempt === 1 && first !== undefined ? first : await this.read(id);
      const pending = decide(stored);
      if (!pending.length) {
        if (!stored) throw new Error('a person must be registered before they change');
        return stored.person;
      }
      try {
        return await this.write(id, stored, pending, options);
      } catch (error) {
        const status = statusOf(error);
        if ((status !== 409 && status !== 412) || attempt >= attempts) throw error;
      }
    }
  }

  private readonly lastTouched = new Map<string, number>();

  /** Last contact, to the quarter hour; a lost race between instances loses a few minutes at most. */
  private async touch(id: string, at: string): Promise<void> {
    const now = Date.parse(at);
    if (now - (this.lastTouched.get(id) ?? 0) < contactResolutionMs) return;
    if (this.lastTouched.size >= 10_000) this.lastTouched.clear();
    this.lastTouched.set(id, now);
    await guard(() =>
      this.table.upsertEntity(
        { partitionKey: encodeKey(id), rowKey: lastContactRowKey, at },
        'Replace',
      ),
    );
  }

  /** The head and one event per change, in one transaction guarded by the head's ETag. */
  private async write(
    id: string,
    stored: Snapshot | null,
    pending: PendingPersonChange[],
    options: WriteOptions,
  ): Promise<Person> {
    const partitionKey = encodeKey(id);
    const at = this.clock().toISOString();
    let person = stored?.person ?? null;
    let version = stored?.version ?? 0;
    const events: Array<TransactionAction> = [];
    for (const { by, why, reason, change } of pending) {
      person = evolvePerson(person, id, change);
      version += 1;
      const row = {
        partitionKey,
        rowKey: eventRowKey(version),
        at,
        byKind: by.kind,
        byId: by.id,
        byName: by.name,
        why,
        ...(reason !== undefined ? { reason } : {}),
        change: JSON.stringify(change),
      };
      assertEntityFits(row);
      events.push(['create', row]);
    }
    const acceptedInvitation = options.acceptedInvitation ?? stored?.acceptedInvitation;
    const head = {
      partitionKey,
      rowKey: headRowKey,
      name: person!.name,
      email: person!.email,
      roles: person!.roles.join(','),
      locale: person!.locale,
      ...(person!.chosenLocale ? { chosenLocale: person!.chosenLocale } : {}),
      version,
      bootstrapGranted:
        stored?.bootstrapGranted === true || pending.some((p) => p.why === 'bootstrapAdmins'),
      ...(person!.deactivated ? { deactivated: true } : {}),
      updatedAt: at,
      updatedByName: pending.at(-1)!.by.name,
      ...(acceptedInvitation ? { acceptedInvitation } : {}),
      ...(person!.delegation
        ? {
            delegation: JSON.stringify(person!.delegation),
            delegateId: person!.delegation.delegateId,
          }
        : {}),
    };
    assertEntityFits(head);
    const write: TransactionAction = stored
      ? ['update', head, 'Replace', { etag: stored.etag }]
      : ['create', head];
    await guard(() => this.table.submitTransaction([write, ...events]));
    await this.everyone.changed();
    const lost = (stored?.person.roles ?? []).filter((r) => !person!.roles.includes(r));
    if (lost.length) for (const listener of this.rolesLostListeners) listener(person!, lost);
    return person!;
  }
}

interface WriteOptions {
  acceptedInvitation?: string;
}
