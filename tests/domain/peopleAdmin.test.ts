import {
  canManagePeople,
  canReadPeople,
  decideDeactivation,
  decideInvitation,
  decideRoleChange,
  maxAdminReasonLength,
  parseDeactivation,
  parseInvitation,
  parseRoleChange,
  peopleAccess,
  upnKey,
} from '../../domain/peopleAdmin';
import { problem } from '../../domain/problems';
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
    expect(decideRoleChange(admin, people.admin, change, ['admin', 'b'])).toEqual({
      ok: false,
      refusal: { action: 'changeRoles', reason: 'ownRoles' },
    });
    expect(decideDeactivation(admin, people.admin, 'r', ['admin', 'b'])).toEqual({
      ok: false,
      refusal: { action: 'deactivate', reason: 'ownRoles' },
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
    expect(decideRoleChange(admin, other, change, ['other-admin'])).toEqual({
      ok: false,
      refusal: { action: 'changeRoles', reason: 'lastAdmin' },
    });
    expect(decideDeactivation(admin, other, 'left', ['other-admin'])).toEqual({
      ok: false,
      refusal: { action: 'deactivate', reason: 'lastAdmin' },
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
        {
          why: 'rolesChanged',
          reason: 'moved',
          by: { kind: 'person', id: 'admin', name: people.admin.name },
          change: { kind: 'rolesRevoked', roles: ['manager'] },
        },
      ],
    });
  });
});

describe('who may see and manage people', () => {
  test('admins manage, managers read, everyone else does not see the view', () => {
    expect(peopleAccess(admin)).toBe('manage');
    expect(peopleAccess(actor(people.manager))).toBe('read');
    const managerAndAdmin = aPerson({ id: 'm-a', roles: ['manager', 'admin'] });
    expect(peopleAccess(actor(managerAndAdmin))).toBe('manage');
    for (const person of [people.author, people.allRoles, people.outsider])
      expect(peopleAccess(actor(person))).toBeNull();
    expect(canReadPeople(admin)).toBe(true);
    expect(canManagePeople(actor(people.manager))).toBe(false);
  });
});

describe('each problem of a request, with its field and label', () => {
  const wrongType = { ok: false, error: [problem('body', 'wrongType', { expected: 'object' })] };

  test('a role change', () => {
    for (const body of [null, 'grant', ['client']])
      expect(parseRoleChange(body)).toEqual(wrongType);
    expect(parseRoleChange({ grant: ['client', 'wizard'], revoke: 'x', extra: 1 })).toEqual({
      ok: false,
      error: [
        problem('extra', 'unknownField'),
        problem('grant', 'unknownRole', { label: 'field.grantRoles' }),
        problem('revoke', 'wrongType', { expected: 'list', label: 'field.revokeRoles' }),
        problem('reason', 'required', { label: 'field.adminReason' }),
      ],
    });
    expect(parseRoleChange({ reason: 'r' })).toEqual({
      ok: false,
      error: [problem('grant', 'tooFew', { min: 1, label: 'field.grantRoles' })],
    });
    expect(parseRoleChange({ grant: ['admin'], revoke: ['client', 'admin'], reason: 'r' })).toEqual(
      {
        ok: false,
        error: [problem('revoke', 'grantedAndRevoked', { label: 'field.revokeRoles' })],
      },
    );
    expect(parseRoleChange({ grant: ['client'], reason: 5 })).toEqual({
      ok: false,
      error: [problem('reason', 'wrongType', { expected: 'text', label: 'field.adminReason' })],
    });
    expect(parseRoleChange({ revoke: ['client', 'client'], reason: 'r' })).toEqual({
      ok: true,
      value: { grant: [], revoke: ['client'], reason: 'r' },
    });
  });

  test('more roles than there are is refused, whatever they are', () => {
    const six = ['client', 'cardholder', 'procurement', 'manager', 'admin', 'client'];
    expect(parseRoleChange({ grant: six, reason: 'r' })).toEqual({
      ok: false,
      error: [problem('grant', 'tooMany', { max: 5, label: 'field.grantRoles' })],
    });
    expect(parseRoleChange({ grant: six.slice(0, 5), reason: 'r' }).ok).toBe(true);
  });

  test('an invitation', () => {
    expect(parseInvitation(null)).toEqual(wrongType);
    expect(parseInvitation({ upn: 42, roles: ['client'], reason: 'r', x: 1 })).toEqual({
      ok: false,
      error: [problem('x', 'unknownField'), problem('upn', 'required', { label: 'field.upn' })],
    });
    expect(parseInvitation({ upn: 'a@b.ca', roles: 'client', reason: 'r' })).toEqual({
      ok: false,
      error: [problem('grant', 'wrongType', { expected: 'list', label: 'field.grantRoles' })],
    });
    expect(parseInvitation({ upn: `${'a'.repeat(250)}@b.ca`, reason: 'r' })).toEqual({
      ok: false,
      error: [
        problem('upn', 'invalidEmail', { label: 'field.upn' }),
        problem('grant', 'tooFew', { min: 1, label: 'field.grantRoles' }),
      ],
    });
    // 255 characters: one too many, even though its first 254 would read as an address.
    const long = `${'a'.repeat(60)}@${`${'b'.repeat(60)}.`.repeat(3)}${'c'.repeat(7)}.cab`;
    expect(long).toHaveLength(255);
    expect(parseInvitation({ upn: long, roles: ['client'], reason: 'r' })).toEqual({
      ok: false,
      error: [problem('upn', 'invalidEmail', { label: 'field.upn' })],
    });
    expect(parseInvitation({ upn: long.slice(0, 254), roles: ['client'], reason: 'r' }).ok).toBe(
      true,
    );
    expect(
      parseInvitation({ upn: ' A.B@Example.gc.ca ', roles: ['client'], reason: ' r ' }),
    ).toEqual({ ok: true, value: { upn: 'A.B@Example.gc.ca', roles: ['client'], reason: 'r' } });
  });

  test('a deactivation', () => {
    expect(parseDeactivation([])).toEqual(wrongType);
    expect(parseDeactivation({ reason: 'Left the team.' })).toEqual({
      ok: true,
      value: { reason: 'Left the team.' },
    });
    expect(parseDeactivation({ why: 'x' })).toEqual({
      ok: false,
      error: [
        problem('why', 'unknownField'),
        problem('reason', 'required', { label: 'field.adminReason' }),
      ],
    });
    expect(parseDeactivation({ reason: 'x'.repeat(maxAdminReasonLength + 1) })).toEqual({
      ok: false,
      error: [
        problem('reason', 'tooLong', { max: maxAdminReasonLength, label: 'field.adminReason' }),
      ],
    });
  });
});

test('a change that changes nothing records nothing; a grant alone records a grant alone', () => {
  const client = aPerson({ id: 't', roles: ['client'] });
  const none = { grant: ['client' as const], revoke: ['manager' as const], reason: 'r' };
  expect(decideRoleChange(admin, client, none, ['admin'])).toEqual({ ok: true, changes: [] });
  const grant = { grant: ['manager' as const], revoke: [], reason: 'r' };
  const decision = decideRoleChange(admin, client, grant, ['admin']);
  expect(decision.ok && decision.changes.map((c) => c.change)).toEqual([
    { kind: 'rolesGranted', roles: ['manager'] },
  ]);
});

test('a reason that is null, or holds characters no text may, is named with its label', () => {
  expect(parseDeactivation({ reason: null })).toEqual({
    ok: false,
    error: [problem('reason', 'required', { label: 'field.adminReason' })],
  });
  expect(parseDeactivation({ reason: 'left\u0000' })).toEqual({
    ok: false,
    error: [problem('reason', 'invalidCharacters', { label: 'field.adminReason' })],
  });
  expect(parseInvitation({ upn: 'a@b.ca', reason: 'r' })).toEqual({
    ok: false,
    error: [problem('grant', 'tooFew', { min: 1, label: 'field.grantRoles' })],
  });
});

describe('deactivating and inviting', () => {
  test('deactivating someone already gone changes nothing', () => {
    const gone = { ...target, roles: [], deactivated: true };
    expect(decideDeactivation(admin, gone, 'again', ['admin'])).toEqual({ ok: true, changes: [] });
  });

  test('deactivating records every role they held, with the reason, by the admin', () => {
    const both = { ...target, roles: ['client' as const, 'admin' as const] };
    expect(decideDeactivation(admin, both, 'Left.', ['admin', 'target'])).toEqual({
      ok: true,
      changes: [
        {
          by: { kind: 'person', id: 'admin', name: 'Patti Admin' },
          why: 'deactivated',
          reason: 'Left.',
          change: { kind: 'deactivated', roles: ['client', 'admin'] },
        },
      ],
    });
  });

  test('an admin may invite anyone but themselves, by address in any case', () => {
    const invitation = { upn: 'new.person@example.gc.ca', roles: ['client' as const], reason: 'r' };
    expect(decideInvitation(admin, invitation, 'patti@example.gc.ca')).toBeNull();
    expect(decideInvitation(admin, invitation, '')).toBeNull();
    expect(
      decideInvitation(admin, { ...invitation, upn: 'Patti@Example.gc.ca' }, 'patti@example.gc.ca'),
    ).toEqual({ action: 'invite', reason: 'ownRoles' });
    expect(decideInvitation(actor(people.manager), invitation, '')).toEqual({
      action: 'invite',
      reason: 'notAdmin',
    });
  });
});
