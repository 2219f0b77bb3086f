import { readFile } from 'node:fs/promises';
import { isLocale } from '../domain/locale';
import { isRole, type Person } from '../domain/people';

/** Reads the development people file; a malformed entry stops the start with its position named. */
export async function readDevPeople(path: string): Promise<Person[]> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as { people?: unknown };
  if (!Array.isArray(parsed.people)) throw new Error(`${path}: expected { "people": [...] }`);
  return parsed.people.map((raw: Record<string, unknown>, index) => {
    const roles = Array.isArray(raw.roles) ? raw.roles : [];
    if (
      typeof raw.id !== 'string' ||
      typeof raw.name !== 'string' ||
      typeof raw.email !== 'string' ||
      !roles.every(isRole)
    ) {
      throw new Error(`${path}: people[${index}] needs an id, a name, an e-mail and known roles`);
    }
    return {
      id: raw.id,
      name: raw.name,
      email: raw.email,
      roles,
      locale: isLocale(raw.locale) ? raw.locale : 'en',
    };
  });
}
