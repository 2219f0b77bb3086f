import type { Person } from '../../domain/people';
import { configurationAuthor } from '../../domain/personEvents';
import {
  contactChanges,
  defaultRegistration,
  isObjectId,
  selfServiceable,
  type RegistrationPolicy,
} from '../../domain/registration';

const id = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const stored: Person = {
  id,
  name: 'Pat Doe',
  email: 'pat.doe@example.gc.ca',
  locale: 'en',
  roles: ['client'],
};
const noRoles: RegistrationPolicy = { selfServiceRoles: [], bootstrapAdmins: [] };
const self = (name: string) => ({ kind: 'person', id, name });

describe('who may be registered', () => {
  test('an Entra object id, or any short plain id', () => {
    for (const value of [id, 'a', 'A_b-9', 'x'.repeat(128)]) expect(isObjectId(value)).toBe(true);
    for (const value of ['', 'x'.repeat(129), 'a b', 'a.b', 'a/b', undefined, 42])
      expect(isObjectId(value)).toBe(false);
  });

  test('everyone may draft unless configured otherwise; no setting gives admin', () => {
    expect(defaultRegistration).toEqual({ selfServiceRoles: ['client'], bootstrapAdmins: [] });
    expect(selfServiceable).toEqual(['client', 'cardholder', 'procurement', 'manager']);
  });
});

describe('a first contact', () => {
  test('registers the person as Teams names them, then grants the self-service roles', () => {
    expect(
      contactChanges(null, { id, name: 'Pat Doe', locale: 'fr' }, defaultRegistration),
    ).toEqual([
      {
        by: self('Pat Doe'),
        why: 'firstContact',
        change: { kind: 'registered', name: 'Pat Doe', email: '', locale: 'fr', roles: [] },
      },
      {
        by: configurationAuthor,
        why: 'selfServiceRoles',
        change: { kind: 'rolesGranted', roles: ['client'] },
      },
    ]);
  });

  test('with no self-service roles, registers and grants nothing', () => {
    expect(contactChanges(null, { id, name: 'Pat' }, noRoles)).toHaveLength(1);
  });

  test('a name without control characters or line separators, trimmed, at most 256 characters', () => {
    const [registered] = contactChanges(
      null,
      { id, name: '\u0007 Pat\u0000Doe\u2028Jr\u2029\u009f~\u00a0x\u0085' },
      noRoles,
    );
    expect(registered?.change).toMatchObject({ name: 'Pat Doe Jr  ~\u00a0x' });
    const [long] = contactChanges(null, { id, name: `  ${'n'.repeat(300)}` }, noRoles);
    expect(long?.change).toMatchObject({ name: 'n'.repeat(256) });
    const [edge] = contactChanges(
      null,
      { id, name: '\u001f\u0020A\u007f\u007e\u00a0B\u0080' },
      noRoles,
    );
    expect(edge?.change).toMatchObject({ name: 'A ~\u00a0B' });
  });

  test('without a name: the e-mail, else the id; the language as known, else English', () => {
    const [byEmail] = contactChanges(
      null,
      { id, email: ' pat@example.gc.ca ', initialLocale: 'fr' },
      noRoles,
    );
    expect(byEmail).toEqual({
      by: self(id),
      why: 'firstContact',
      change: {
        kind: 'registered',
        name: 'pat@example.gc.ca',
        email: 'pat@example.gc.ca',
        locale: 'fr',
        roles: [],
      },
    });
    const [byId] = contactChanges(null, { id, name: ' \u0000 ' }, noRoles);
    expect(byId?.change).toMatchObject({ name: id, email: '', locale: 'en' });
    const [teamsFirst] = contactChanges(null, { id, locale: 'en', initialLocale: 'fr' }, noRoles);
    expect(teamsFirst?.change).toMatchObject({ locale: 'en' });
    const [long] = contactChanges(null, { id, email: `${'e'.repeat(300)}@x.ca` }, noRoles);
    expect(long?.change).toMatchObject({ email: 'e'.repeat(254) });
  });
});

describe('a later contact', () => {
  const registered = { person: stored, bootstrapGranted: false };

  test('changes nothing when Teams says what is stored, or says nothing', () => {
    const same = { id, name: 'Pat Doe', email: 'pat.doe@example.gc.ca', locale: 'en' } as const;
    expect(contactChanges(registered, same, defaultRegistration)).toEqual([]);
    expect(contactChanges(registered, { id }, defaultRegistration)).toEqual([]);
    expect(contactChanges(registered, { id, initialLocale: 'fr' }, defaultRegistration)).toEqual(
      [],
    );
  });

  test('refreshes only what differs, as the person themselves', () => {
    expect(contactChanges(registered, { id, name: 'Patricia Doe' }, noRoles)).toEqual([
      {
        by: self('Patricia Doe'),
        why: 'laterContact',
        change: { kind: 'profileRefreshed', name: 'Patricia Doe' },
      },
    ]);
    expect(
      contactChanges(
        registered,
        { id, name: 'Pat Doe', email: 'p@example.gc.ca', locale: 'fr' },
        noRoles,
      ),
    ).toEqual([
      {
        by: self('Pat Doe'),
        why: 'laterContact',
        change: { kind: 'profileRefreshed', email: 'p@example.gc.ca', locale: 'fr' },
      },
    ]);
    // Without a name in the contact, the change is signed with the stored name.
    expect(contactChanges(registered, { id, locale: 'fr' }, noRoles)[0]?.by).toEqual(
      self('Pat Doe'),
    );
  });
});

describe('the first admins (BOOTSTRAP_ADMINS)', () => {
  const admins = (...entries: string[]): RegistrationPolicy => ({
    selfServiceRoles: [],
    bootstrapAdmins: entries,
  });
  const grant = {
    by: configurationAuthor,
    why: 'bootstrapAdmins',
    change: { kind: 'rolesGranted', roles: ['admin'] },
  };

  test('are granted admin at their first contact, by object id in any case', () => {
    const changes = contactChanges(null, { id: id.toUpperCase() }, admins(id));
    expect(changes.map((c) => c.why)).toEqual(['firstContact', 'bootstrapAdmins']);
    expect(changes[1]).toEqual(grant);
  });

  test('or by e-mail once it is known, from the contact or as stored', () => {
    const policy = admins('pat.doe@example.gc.ca');
    expect(
      contactChanges(null, { id, email: ' Pat.Doe@Example.gc.ca ' }, policy).map((c) => c.why),
    ).toEqual(['firstContact', 'bootstrapAdmins']);
    expect(contactChanges({ person: stored, bootstrapGranted: false }, { id }, policy)).toEqual([
      grant,
    ]);
    expect(contactChanges(null, { id, email: 'other@example.gc.ca' }, policy)).toHaveLength(1);
  });

  test('only once: not when it was granted before, nor when they are admin already', () => {
    const policy = admins(id);
    expect(contactChanges({ person: stored, bootstrapGranted: true }, { id }, policy)).toEqual([]);
    const admin = { ...stored, roles: ['admin' as const] };
    expect(contactChanges({ person: admin, bootstrapGranted: false }, { id }, policy)).toEqual([]);
  });

  test('an unknown e-mail matches no entry, not even an empty one', () => {
    const nameless = { ...stored, email: '' };
    expect(
      contactChanges({ person: nameless, bootstrapGranted: false }, { id }, admins('')),
    ).toEqual([]);
  });
});
