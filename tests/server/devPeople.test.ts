import { readFileSync } from 'node:fs';
import { readDevPeople } from '../../storage/devPeople';

test('the development people are the Agents Playground users, by aadObjectId and name', async () => {
  const yaml = readFileSync('.m365agentsplayground.yml', 'utf8');
  const users = yaml
    .slice(0, yaml.indexOf('personalChat:'))
    .split(/^(?:currentUser:|\s+- id:)/m)
    .slice(1);
  const value = (block: string, key: string) =>
    new RegExp(`^\\s+${key}: (.+)$`, 'm').exec(block)?.[1]?.trim();
  const playgroundUsers = users.map((block) => ({
    id: value(block, 'aadObjectId'),
    name: value(block, 'name'),
  }));
  const people = await readDevPeople('config/dev-people.json');
  expect(people.map(({ id, name }) => ({ id, name }))).toEqual(playgroundUsers);
  const holders = (role: string) => people.filter((p) => p.roles.includes(role as never)).length;
  // The whole approval chain can be walked: someone drafts, someone else funds, a third approves.
  expect(holders('client')).toBeGreaterThan(0);
  expect(holders('cardholder')).toBeGreaterThan(0);
  expect(holders('procurement')).toBeGreaterThan(0);
  expect(holders('manager')).toBeGreaterThan(0);
});
