import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { isLocale, type Locale } from '../domain/locale';
import { isRole, type Person } from '../domain/people';
import {
  evolvePerson,
  type PendingPersonChange,
  type PersonChange,
  type PersonEvent,
} from '../domain/personEvents';
import {
  contactChanges,
  defaultRegistration,
  type Contact,
  type Registered,
  type RegistrationPolicy,
} from '../domain/registration';
import { assertEntityFits } from './entityLimits';
import { getOrNull, guard, statusOf } from './errors';
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
}

interface EventEntity {
  at: string;
  byKind: string;
  byId: string;
  byName: string;
  why: string;
  change: string;
}

/** A head row as read: the person, their version and the ETag a write must match. */
interface Snapshot extends Registered {
  version: number;
  etag: string;
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
  };
}

/**
 * People and their roles, keyed by Entra ID object id: one partition each, a head row (the person
 * now, with a version) and its event rows (`event-<version>`: who changed what, when and why),
 * written together in one transaction guarded by the head's ETag, as opportunities are.
 */
export class PeopleStore {
  constructor(
    private readonly table: TableClient,
    private readonly policy: RegistrationPolicy = defaultRegistration,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async get(id: string): Promise<Person | null> {
    return (await this.read(id))?.person ?? null;
  }

  /**
   * A person of the tenant opened the app (a message, an install, a tab request): registers them
   * with the self-service roles, or refreshes what Teams or the token now say. Roles never come
   * from the contact itself.
   */
  async contact(contact: Contact): Promise<Person> {
    return this.change(contact.id, (stored) => contactChanges(stored, contact, this.policy));
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
    };
  }

  /** Reads the head, decides the changes, writes the head and their events in one transaction. */
  private async change(
    id: string,
    decide: (stored: Registered | null) => PendingPersonChange[],
  ): Promise<Person> {
    const partitionKey = encodeKey(id);
    for (let attempt = 1; ; attempt++) {
      const stored = await this.read(id);
      const pending = decide(stored);
      if (!pending.length) {
        if (stored) return stored.person;
        throw new Error('a person must be registered before they change');
      }
      const at = this.clock().toISOString();
      let person = stored?.person ?? null;
      let version = stored?.version ?? 0;
      const events: Array<TransactionAction> = [];
      for (const { by, why, change } of pending) {
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
          change: JSON.stringify(change),
        };
        assertEntityFits(row);
        events.push(['create', row]);
      }
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
      };
      assertEntityFits(head);
      const write: TransactionAction = stored
        ? ['update', head, 'Replace', { etag: stored.etag }]
        : ['create', head];
      try {
        await guard(() => this.table.submitTransaction([write, ...events]));
        return person!;
      } catch (error) {
        const status = statusOf(error);
        if ((status !== 409 && status !== 412) || attempt >= attempts) throw error;
      }
    }
  }
}
