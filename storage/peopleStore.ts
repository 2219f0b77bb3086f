import { odata, type TableClient } from '@azure/data-tables';
import { isLocale, type Locale } from '../domain/locale';
import { isRole, type Person } from '../domain/people';
import { getOrNull, guard } from './errors';
import { decodeKey, encodeKey } from './keys';

const partition = 'person';

interface PersonEntity {
  name: string;
  email: string;
  roles?: string;
  locale: string;
  chosenLocale?: string;
}

function toPerson(rowKey: string, entity: PersonEntity): Person {
  return {
    id: decodeKey(rowKey),
    name: entity.name,
    email: entity.email,
    roles: (entity.roles ?? '').split(',').filter(isRole),
    locale: isLocale(entity.locale) ? entity.locale : 'en',
    ...(isLocale(entity.chosenLocale) ? { chosenLocale: entity.chosenLocale } : {}),
  };
}

/** People and their roles, keyed by Entra ID object id. */
export class PeopleStore {
  constructor(private readonly table: TableClient) {}

  async get(id: string): Promise<Person | null> {
    const entity = await getOrNull<PersonEntity>(this.table, partition, encodeKey(id));
    return entity && toPerson(entity.rowKey!, entity);
  }

  async put(person: Person): Promise<void> {
    await guard(() =>
      this.table.upsertEntity(
        {
          partitionKey: partition,
          rowKey: encodeKey(person.id),
          name: person.name,
          email: person.email,
          roles: person.roles.join(','),
          locale: person.locale,
          ...(person.chosenLocale ? { chosenLocale: person.chosenLocale } : {}),
        },
        // Merge keeps the language a person chose when their roles are loaded again.
        'Merge',
      ),
    );
  }

  /** Remembers the language a registered person chose. */
  async setChosenLocale(id: string, locale: Locale): Promise<void> {
    await guard(() =>
      this.table.updateEntity(
        { partitionKey: partition, rowKey: encodeKey(id), chosenLocale: locale },
        'Merge',
      ),
    );
  }

  async list(): Promise<Person[]> {
    return guard(async () => {
      const people: Person[] = [];
      const entities = this.table.listEntities<PersonEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${partition}` },
      });
      for await (const entity of entities) people.push(toPerson(entity.rowKey!, entity));
      return people;
    });
  }
}
