import {
  decideDeactivation,
  decideInvitation,
  decideRoleChange,
  parseDeactivation,
  parseInvitation,
  parseRoleChange,
  upnKey,
} from '../../domain/peopleAdmin';
import { actor, aPerson, people } from '../support/builders';

const admin = actor(people.admin);
const target = aPerson({ id: 'target', roles: ['client'] });

describe('parsing what an admin sends', () => {
  test('a grant with a reason reads', () => {
    expect(parseRoleChange({ grant: ['cardholder'], reason: ' New card ' })).toEqual({
      ok: true,
      value: { grant: ['cardholder'], revoke: [], reason: 'New card' },
    });
  });
  test.each([
    [{ grant: ['wizard'], reason: 'x' }, 'unknownRole'],
    [{ grant: ['client'] }, 'required'],
    [{ grant: ['client'], reason: '   ' }, 'required'],
    [{ grant: ['client'], reason: 'x'.repeat(2_001) }, 'tooLong'],
    [{ reason: 'nothing asked' }, 'tooFew'],
    [{ grant: ['client'], revoke: ['client'], reason: 'x' }, 'grantedAndRevoked'],
    [{ grant: 'client', reason: 'x' }, 'wrongType'],
    [{ grant: ['client'], reason: 'x', roles: ['admin'] }, 'unknownField'],
  ])('%j is refused with %s', (body, code) => {
    const parsed = parseRoleChange(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((p) => p.code)).toContain(code);
  });
  test('an invitation needs an address, a role and a reason', () => {
    expect(parseInvitation({ upn: 'A.B@Example.gc.ca', roles: ['client'], reason: 'r' }).ok).toBe(
      true,
    );
    const bad = parseInvitation({ upn: 'not an address', roles: [], reason: '' });
    expect(bad.ok ? [] : bad.error.map((p) => p.code).sort()).toEqual([
      'invalidEmail',
      'required',
      'tooFew',
    ]);
    expect(parseDeactivation({}).ok).toBe(false);
    expect(upnKey(' A.B@Example.GC.ca ')).toBe('a.b@example.gc.ca');
  });
});

describe('the rules', () => {
  const change = { grant: [], revoke: ['admin' as const], reason: 'left the team' };
  test('only an admin changes roles or deactivates', () => {
    const manager = actor(people.manager);
    expect(decideRoleChange(manager, target, change, ['admin'])).toMatchObject({
      ok: false,
      refusal: { action: 'changeRoles', reason: 'notAdmin' },
    });
    expect(decideDeactivation(manager, target, 'r', ['admin'])).toMatchObject({
      refusal: { action: 'deactivate', reason: 'notAdmin' },
    });
  });
  test('nobody changes their own roles or deactivates themselves', () => {
    expect(decideRoleChange(admin, people.admin, change, ['admin', 'b'])).toMatchObject({
      refusal: { reason: 'ownRoles' },
    });
    expect(decideDeactivation(admin, people.admin, 'r', ['admin', 'b'])).toMatchObject({
      refusal: { reason: 'ownRoles' },
    });
    expect(
      decideInvitation(
        admin,
        { upn: 'ADMIN@example.gc.ca', roles: ['client'], reason: 'r' },
        'admin@example.gc.ca',
      ),
    ).toEqual({ action: 'invite', reason: 'ownRoles' });
  });
  test('the last admin keeps the role: two admins revoking each other, the second is refused', () => {
    const other = aPerson({ id: 'other-admin', roles: ['admin'] });
    // Both read as admins when their requests began; the first revocation landed.
    expect(decideRoleChange(actor(other), people.admin, change, ['admin', 'other-admin']).ok).toBe(
      true,
    );
    expect(decideRoleChange(admin, other, change, ['other-admin'])).toMatchObject({
      ok: false,
      refusal: { reason: 'lastAdmin' },
    });
    expect(decideDeactivation(admin, other, 'left', ['other-admin'])).toMatchObject({
      refusal: { reason: 'lastAdmin' },
    });
    // Revoking another role of the last admin is fine.
    expect(
      decideRoleChange(admin, other, { grant: [], revoke: ['client'], reason: 'r' }, [
        'other-admin',
      ]).ok,
    ).toBe(true);
  });
  test('grants and revokes record only what changes, with the reason', () => {
    const decision = decideRoleChange(
      admin,
      aPerson({ id: 't', roles: ['client', 'manager'] }),
      { grant: ['client', 'cardholder'], revoke: ['manager', 'procurement'], reason: 'moved' },
      ['admin'],
    );
    expect(decision).toEqual({
      ok: true,
      changes: [
        expect.objectContaining({
          why: 'rolesChanged',
          reason: 'moved',
          by: { kind: 'person', id: 'admin', name: people.admin.name },
          change: { kind: 'rolesGranted', roles: ['cardholder'] },
        }),
        expect.objectContaining({ change: { kind: 'rolesRevoked', roles: ['manager'] } }),
      ],
    });
  });
});
