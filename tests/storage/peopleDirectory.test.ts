import type { Person } from '../../domain/people';
import { PeopleDirectory, directoryMaxAgeMs } from '../../storage/peopleDirectory';
import { PeopleStore } from '../../storage/peopleStore';
import { testStorage } from '../support/storage';

const person = (id: string, roles: Person['roles'], name = `Person ${id}`): Person => ({
  id,
  name,
  email: `${id}@example.gc.ca`,
  roles,
  locale: 'en',
});

/** The people these tests add (the test storage holds its own fixtures too). */
const namesAndRoles = (people: Person[]) =>
  people
    .filter((p) => /^p\d$/.test(p.id))
    .map((p) => `${p.name}:${p.roles.join('+')}`)
    .sort();

test('the directory shows every change acknowledged before the call, from any server', async () => {
  const storage = await testStorage();
  const table = storage.tables.clients.people;
  // Two servers on one storage account: each keeps its own directory.
  const here = storage.people;
  const there = new PeopleStore(table);
  await here.put(person('p1', ['client']));
  expect(namesAndRoles(await there.directory())).toEqual(['Person p1:client']);

  await here.put(person('p2', ['procurement']));
  await there.put(person('p1', ['client', 'cardholder'], 'Renamed p1'));
  const expected = ['Person p2:procurement', 'Renamed p1:client+cardholder'];
  expect(namesAndRoles(await here.directory())).toEqual(expected);
  expect(namesAndRoles(await there.directory())).toEqual(expected);
  // A delegation, like every change to a head row, shows at once.
  await here.delegate('p2', null, 'back');
  // Exactly what a fresh read of every head row gives.
  expect(namesAndRoles(await here.directory())).toEqual(namesAndRoles(await here.list()));
});

test('the whole table is read again only after a change, or once it is old', async () => {
  const storage = await testStorage();
  const table = storage.tables.clients.people;
  await storage.people.put(person('p1', ['client']));
  let wholeReads = 0;
  let now = Date.parse('2030-01-15T15:00:00Z');
  const directory = new PeopleDirectory(
    table,
    () => {
      wholeReads++;
      return storage.people.list();
    },
    () => now,
  );
  await directory.list();
  await directory.list();
  await Promise.all([directory.list(), directory.list(), directory.list()]);
  expect(wholeReads).toBe(1);

  // A change written by the store rewrites the generation row every directory checks.
  await storage.people.put(person('p2', ['cardholder']));
  expect(namesAndRoles(await directory.list())).toEqual([
    'Person p1:client',
    'Person p2:cardholder',
  ]);
  expect(wholeReads).toBe(2);
  await directory.list();
  expect(wholeReads).toBe(2);

  // A change whose generation row was never rewritten (its server stopped between the two
  // writes) shows once the directory is older than its maximum age.
  now += directoryMaxAgeMs - 1;
  await directory.list();
  expect(wholeReads).toBe(2);
  now += 1;
  await directory.list();
  expect(wholeReads).toBe(3);
});

test('callers get their own arrays: one filtering or sorting its copy changes nobody else', async () => {
  const storage = await testStorage();
  await storage.people.put(person('p1', ['client']));
  await storage.people.put(person('p2', ['cardholder']));
  const everyone = (await storage.people.list()).length;
  const first = await storage.people.directory();
  first.splice(0, first.length);
  expect(await storage.people.directory()).toHaveLength(everyone);
});
