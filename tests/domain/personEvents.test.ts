import type { Delegation } from '../../domain/delegation';
import type { Person } from '../../domain/people';
import { evolvePerson, type PersonChange } from '../../domain/personEvents';

const delegation: Delegation = {
  delegateId: 'd-1',
  delegateName: 'Dana',
  from: '2030-01-06',
  to: '2030-01-10',
  reason: 'Holidays',
  roles: ['cardholder'],
};
const pat: Person = {
  id: 'p-1',
  name: 'Pat',
  email: 'pat@example.gc.ca',
  roles: ['client', 'cardholder'],
  locale: 'en',
};

describe('a person after one change', () => {
  test('registering or recording sets who they are, keeping what else they had', () => {
    const change: PersonChange & { kind: 'registered' } = {
      kind: 'registered',
      name: 'Pat Doe',
      email: 'pat.doe@example.gc.ca',
      locale: 'fr',
      roles: ['client'],
    };
    expect(evolvePerson(null, 'p-1', change)).toEqual({
      id: 'p-1',
      name: 'Pat Doe',
      email: 'pat.doe@example.gc.ca',
      locale: 'fr',
      roles: ['client'],
    });
    const chosen = { ...pat, chosenLocale: 'fr' as const };
    expect(evolvePerson(chosen, 'p-1', { ...change, kind: 'recorded' })).toEqual({
      ...chosen,
      name: 'Pat Doe',
      email: 'pat.doe@example.gc.ca',
      locale: 'fr',
      roles: ['client'],
    });
  });

  test('any other change of someone not registered is a bug, said as such', () => {
    expect(() => evolvePerson(null, 'p-1', { kind: 'delegationEnded' })).toThrow(
      'delegationEnded on a person who is not registered',
    );
  });

  test('a language chosen in the bot is kept beside Teams’ own', () => {
    expect(evolvePerson(pat, 'p-1', { kind: 'languageChosen', locale: 'fr' })).toEqual({
      ...pat,
      chosenLocale: 'fr',
    });
  });

  test('a grant adds only the roles not held, and brings a deactivated person back', () => {
    const gone: Person = { ...pat, roles: [], deactivated: true };
    expect(evolvePerson(gone, 'p-1', { kind: 'rolesGranted', roles: ['admin'] })).toEqual({
      ...pat,
      roles: ['admin'],
    });
    expect(
      evolvePerson(pat, 'p-1', { kind: 'rolesGranted', roles: ['cardholder', 'manager'] }).roles,
    ).toEqual(['client', 'cardholder', 'manager']);
  });

  test('a revocation removes the roles named, and only those', () => {
    expect(
      evolvePerson(pat, 'p-1', { kind: 'rolesRevoked', roles: ['cardholder', 'admin'] }),
    ).toEqual({ ...pat, roles: ['client'] });
  });

  test('deactivating removes every role and any delegation', () => {
    const away = { ...pat, delegation };
    expect(evolvePerson(away, 'p-1', { kind: 'deactivated', roles: pat.roles })).toEqual({
      ...pat,
      roles: [],
      deactivated: true,
    });
  });

  test('a delegation is named, then ended', () => {
    const away = evolvePerson(pat, 'p-1', { kind: 'delegated', delegation });
    expect(away).toEqual({ ...pat, delegation });
    expect(evolvePerson(away, 'p-1', { kind: 'delegationEnded' })).toEqual(pat);
  });

  test('a refreshed profile changes only what it brings', () => {
    expect(evolvePerson(pat, 'p-1', { kind: 'profileRefreshed', name: 'Patricia' })).toEqual({
      ...pat,
      name: 'Patricia',
    });
    expect(
      evolvePerson(pat, 'p-1', {
        kind: 'profileRefreshed',
        email: 'patricia@example.gc.ca',
        locale: 'fr',
      }),
    ).toEqual({ ...pat, email: 'patricia@example.gc.ca', locale: 'fr' });
    expect(evolvePerson(pat, 'p-1', { kind: 'profileRefreshed' })).toEqual(pat);
  });
});
