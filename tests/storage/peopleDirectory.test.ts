import type { Person } from '../../domain/people';
import {
  LocalChanges,
  PeopleDirectory,
  directoryFreshMs,
  directoryMaxAgeMs,
} from '../../storage/peopleDirectory';
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

test('the directory shows every change this process acknowledged before the call', async () => {
  const storage = await testStorage();
  const table = storage.tables.clients.people;
  // Two stores of one process on one table: each keeps its own directory.
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

test("another server's change shows once the last check is older than the freshness", async () => {
  const storage = await testStorage();
  const table = storage.tables.clients.people;
  await storage.people.put(person('p1', ['client']));
  let now = Date.parse('2030-01-15T15:00:00Z');
  let generationReads = 0;
  const counting = new Proxy(table, {
    get(target, name, receiver) {
      if (name === 'getEntity') generationReads++;
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
  // Another server: its process never counted the changes this one writes.
  const elsewhere = new PeopleDirectory(
    counting,
    () => storage.people.list(),
    () => now,
    new LocalChanges(),
  );
  expect(namesAndRoles(await elsewhere.list())).toEqual(['Person p1:client']);
  expect(generationReads).toBe(1);

  await storage.people.put(person('p1', ['client', 'cardholder']));
  now += directoryFreshMs - 1;
  // Within the freshness: the held list, no read at all.
  expect(namesAndRoles(await elsewhere.list())).toEqual(['Person p1:client']);
  expect(generationReads).toBe(1);
  now += 1;
  expect(namesAndRoles(await elsewhere.list())).toEqual(['Person p1:client+cardholder']);
  expect(generationReads).toBe(2);
  // A check that found nothing new starts the freshness again.
  now += directoryFreshMs - 1;
  await elsewhere.list();
  expect(generationReads).toBe(2);
});

test('a change this process wrote shows at once, within the freshness too', async () => {
  const storage = await testStorage();
  const table = storage.tables.clients.people;
  await storage.people.put(person('p1', ['client']));
  const now = Date.parse('2030-01-15T15:00:00Z');
  const local = new LocalChanges();
  const directory = new PeopleDirectory(
    table,
    () => storage.people.list(),
    () => now,
    local,
  );
  const writer = new PeopleDirectory(
    table,
    () => storage.people.list(),
    () => now,
    local,
  );
  await directory.list();
  await storage.people.put(person('p1', ['client', 'procurement']));
  // The store's put counted in the process's changes, not in this test's own record of them.
  expect(namesAndRoles(await directory.list())).toEqual(['Person p1:client']);
  await writer.changed();
  expect(namesAndRoles(await directory.list())).toEqual(['Person p1:client+procurement']);
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
