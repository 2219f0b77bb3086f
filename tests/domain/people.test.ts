import { actorFromPerson, deputyOf, hasRole, isRole, scheduler } from '../../domain/people';
import { aPerson } from '../support/builders';

test('a person acts with their stored id, name and roles, and stands in for no one unless named', () => {
  const person = aPerson({ id: 'p-1', name: 'Pat', roles: ['client', 'cardholder'] });
  expect(actorFromPerson(person)).toEqual({
    kind: 'person',
    id: 'p-1',
    name: 'Pat',
    roles: ['client', 'cardholder'],
  });
  expect(actorFromPerson(person, [])).not.toHaveProperty('deputyFor');
  const principal = { id: 'c-1', name: 'Cam' };
  expect(actorFromPerson(person, [principal])).toMatchObject({ deputyFor: [principal] });
});

test('a deputy stands in for the cardholder of this opportunity only', () => {
  const cam = { id: 'c-1', name: 'Cam' };
  const deputy = actorFromPerson(aPerson({ id: 'p-1' }), [cam]);
  expect(deputyOf(deputy, 'c-1')).toEqual(cam);
  expect(deputyOf(deputy, 'c-2')).toBeNull();
  expect(deputyOf(deputy, null)).toBeNull();
  expect(deputyOf(scheduler, 'c-1')).toBeNull();
});

test('roles are the five of the product, and only a person has one', () => {
  for (const role of ['client', 'cardholder', 'procurement', 'manager', 'admin'])
    expect(isRole(role)).toBe(true);
  for (const value of ['Admin', 'cfob', '', null, 3]) expect(isRole(value)).toBe(false);
  const admin = actorFromPerson(aPerson({ id: 'a-1', roles: ['admin'] }));
  expect(hasRole(admin, 'admin')).toBe(true);
  expect(hasRole(admin, 'client')).toBe(false);
  expect(hasRole(scheduler, 'admin')).toBe(false);
});
