import { readFileSync } from 'node:fs';
import { loadConfig } from '../../server/config';
import { settings } from '../../server/settings';

describe('loadConfig', () => {
  test('development needs nothing: embedded Azurite on disk, loopback, port 3978', () => {
    const loaded = loadConfig({});
    expect(loaded).toEqual({
      ok: true,
      config: expect.objectContaining({
        mode: 'development',
        host: '127.0.0.1',
        port: 3978,
        storage: { kind: 'embeddedAzurite', location: 'data/azurite', port: 10002 },
        devPeopleFile: 'config/dev-people.json',
      }),
    });
  });

  test('production without storage refuses to start and names the settings', () => {
    const loaded = loadConfig({ NODE_ENV: 'production' });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.errors.join('\n')).toMatch(/STORAGE_ACCOUNT_URL.*STORAGE_CONNECTION_STRING/);
  });

  const production = {
    NODE_ENV: 'production',
    STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net',
    MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
    MicrosoftAppType: 'UserAssignedMSI',
    MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
    PUBLIC_SITE_URL: 'https://acct.z9.web.core.windows.net',
    APP_BASE_URL: 'https://micro-acquisition.azurewebsites.net',
    BOOTSTRAP_ADMINS: 'First.Admin@example.gc.ca',
    PROGRAM_CONTACT_EMAIL: 'micro-acquisition@esdc-edsc.gc.ca',
    FEEDBACK_ADDRESS: 'https://github.com/esdc/micro-acquisition/issues',
  };

  test('SELF_SERVICE_ROLES: client by default, empty for none, never admin; BOOTSTRAP_ADMINS by id or UPN', () => {
    const policy = (env: Record<string, string>) => {
      const loaded = loadConfig({ ...production, ...env });
      return loaded.ok ? loaded.config.registration : loaded.errors.join('\n');
    };
    expect(policy({})).toEqual({
      selfServiceRoles: ['client'],
      bootstrapAdmins: ['first.admin@example.gc.ca'],
    });
    expect(policy({ SELF_SERVICE_ROLES: '' })).toMatchObject({ selfServiceRoles: [] });
    expect(policy({ SELF_SERVICE_ROLES: 'client, manager' })).toMatchObject({
      selfServiceRoles: ['client', 'manager'],
    });
    expect(policy({ SELF_SERVICE_ROLES: 'client,admin' })).toMatch(/SELF_SERVICE_ROLES.*"admin"/);
    expect(policy({ BOOTSTRAP_ADMINS: '' })).toMatch(/Production needs BOOTSTRAP_ADMINS/);
    expect(policy({ BOOTSTRAP_ADMINS: 'patti' })).toMatch(/BOOTSTRAP_ADMINS entries/);
    const development = loadConfig({ BOOTSTRAP_ADMINS: '00000000-0000-0000-0000-0000000000024' });
    expect(development.ok && development.config.registration).toEqual({
      selfServiceRoles: ['client'],
      bootstrapAdmins: ['00000000-0000-0000-0000-0000000000024'],
    });
  });

  test('production with an account URL and a managed-identity bot: all interfaces, no dev people, references only from Teams', () => {
    const loaded = loadConfig(production);
    expect(loaded).toEqual({
      ok: true,
      config: expect.objectContaining({
        host: '0.0.0.0',
        storage: { kind: 'accountUrl', accountUrl: 'https://acct.table.core.windows.net' },
        devPeopleFile: null,
        tab: {
          clientId: '11111111-2222-3333-4444-555555555555',
          tenantId: '66666666-7777-8888-9999-000000000000',
          applicationIdUri:
            'api://micro-acquisition.azurewebsites.net/11111111-2222-3333-4444-555555555555',
        },
        bot: expect.objectContaining({
          appType: 'UserAssignedMSI',
          serviceUrlAllowlist: ['https://smba.trafficmanager.net/'],
        }),
      }),
    });
  });

  test.each([
    [{ MicrosoftAppId: '' }, /MicrosoftAppId/],
    [{ MicrosoftAppTenantId: '' }, /MicrosoftAppTenantId/],
    [{ PUBLIC_SITE_URL: 'http://site' }, /PUBLIC_SITE_URL/],
    [{ MicrosoftAppType: 'MultiTenant' }, /multi-tenant bots are no longer allowed/],
    [{ MicrosoftAppPassword: 'x' }, /UserAssignedMSI bot uses no MicrosoftAppPassword/],
    [{ MicrosoftAppType: 'SingleTenant' }, /SingleTenant bot needs MicrosoftAppPassword/],
    [{ BOT_SERVICE_URLS: 'http://evil/' }, /BOT_SERVICE_URLS/],
    [{ APP_BASE_URL: '' }, /APP_BASE_URL/],
    [{ APP_BASE_URL: 'https://host/with/path' }, /APP_BASE_URL must be an https/],
  ])('production refuses to start with %j', (change, message) => {
    const loaded = loadConfig({ ...production, ...change });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.join('\n')).toMatch(message);
  });

  test('development without bot credentials must stay on loopback', () => {
    const loaded = loadConfig({ HOST: '0.0.0.0' });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.join('\n')).toMatch(/HOST must be loopback/);
  });

  test.each(['', 'development', 'test'])('NODE_ENV=%j is development', (value) => {
    const loaded = loadConfig({ NODE_ENV: value });
    expect(loaded.ok && loaded.config.mode).toBe('development');
  });

  test.each(['Production', 'prod', 'production ', 'dev', 'staging'])(
    'NODE_ENV=%j is refused, by name, instead of meaning development',
    (value) => {
      const loaded = loadConfig({ ...production, NODE_ENV: value });
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.errors.join('\n')).toMatch(/NODE_ENV must be production/);
    },
  );

  test.each([
    { MicrosoftAppId: '11111111-2222-3333-4444-555555555555' },
    { STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net' },
    { SITE_CONTAINER_URL: 'https://acct.blob.core.windows.net/$web' },
    { WEBSITE_SITE_NAME: 'micro-acquisition' },
  ])('development is refused next to a deployment setting: %j', (change) => {
    for (const NODE_ENV of [undefined, 'development', 'test']) {
      const loaded = loadConfig({ NODE_ENV, STORAGE_CONNECTION_STRING: 'x', ...change });
      expect(loaded.ok).toBe(false);
      if (!loaded.ok)
        expect(loaded.errors.join('\n')).toContain(`${Object.keys(change)[0]} is set`);
    }
  });

  test('development stays on loopback even with bot credentials', () => {
    const loaded = loadConfig({
      HOST: '0.0.0.0',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'secret',
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.join('\n')).toMatch(/HOST must be loopback/);
  });

  test.each([
    [
      { STORAGE_CONNECTION_STRING: 'x', STORAGE_ACCOUNT_URL: 'https://a.table.core.windows.net' },
      /not both/,
    ],
    [
      { STORAGE_ACCOUNT_URL: 'http://a.table.core.windows.net' },
      /STORAGE_ACCOUNT_URL must be an https/,
    ],
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [{ AZURITE_TABLE_PORT: '70000' }, /AZURITE_TABLE_PORT/],
    [{ TABLE_PREFIX: 'with-dash' }, /TABLE_PREFIX/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ SITE_CONTAINER_URL: 'https://acct.blob.core.windows.net/other' }, /SITE_CONTAINER_URL/],
    [
      { NODE_ENV: 'production', STORAGE_CONNECTION_STRING: 'x', DEV_PEOPLE_FILE: 'p.json' },
      /DEV_PEOPLE_FILE is for development only/,
    ],
    [{ OCDS_OCID_PREFIX: 'ma4t00' }, /OCDS_OCID_PREFIX must be "ocds-" and six/],
    [{ OCDS_OCID_PREFIX: 'ocds-TOOLONG1' }, /OCDS_OCID_PREFIX must be/],
  ])('refuses %j', (env, message) => {
    const loaded = loadConfig(env);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.join('\n')).toMatch(message);
  });

  test('a registered OCDS ocid prefix is used; without one, the placeholder', () => {
    const registered = loadConfig({ OCDS_OCID_PREFIX: 'ocds-a1b2c3' });
    expect(registered.ok && registered.config.ocidPrefix).toBe('ocds-a1b2c3');
    const none = loadConfig({});
    expect(none.ok && none.config.ocidPrefix).toBeNull();
  });

  test('every setting the server reads is documented in docs/configuration.md and the README', () => {
    const docs = readFileSync('docs/configuration.md', 'utf8');
    const readme = readFileSync('README.md', 'utf8');
    for (const { name } of settings) {
      expect(docs).toContain(`\`${name}\``);
      expect(readme).toContain(`\`${name}\``);
    }
  });

  test('PROGRAM_CONTACT_EMAIL and FEEDBACK_ADDRESS: required in production, never an example address', () => {
    const contactsOf = (env: Record<string, string>) => {
      const loaded = loadConfig({ ...production, ...env });
      return loaded.ok ? loaded.config.contacts : loaded.errors.join('\n');
    };
    expect(contactsOf({})).toEqual({
      email: 'micro-acquisition@esdc-edsc.gc.ca',
      feedback: 'https://github.com/esdc/micro-acquisition/issues',
    });
    expect(contactsOf({ FEEDBACK_ADDRESS: 'avis@esdc-edsc.gc.ca' })).toMatchObject({
      feedback: 'avis@esdc-edsc.gc.ca',
    });
    expect(contactsOf({ PROGRAM_CONTACT_EMAIL: '' })).toMatch(
      /Production needs PROGRAM_CONTACT_EMAIL/,
    );
    expect(contactsOf({ FEEDBACK_ADDRESS: '' })).toMatch(/Production needs FEEDBACK_ADDRESS/);
    expect(contactsOf({ PROGRAM_CONTACT_EMAIL: 'micro-acquisition@example.gc.ca' })).toMatch(
      /PROGRAM_CONTACT_EMAIL is an example address/,
    );
    expect(contactsOf({ FEEDBACK_ADDRESS: 'https://issues.example.com/x' })).toMatch(
      /FEEDBACK_ADDRESS is an example address/,
    );
    expect(contactsOf({ FEEDBACK_ADDRESS: 'http://tracker.gc.ca' })).toMatch(
      /FEEDBACK_ADDRESS must be an e-mail address or an https:\/\/ page/,
    );
    expect(contactsOf({ PROGRAM_CONTACT_EMAIL: 'bob@x.gc.ca?bcc=spy@evil.test' })).toMatch(
      /PROGRAM_CONTACT_EMAIL must be an e-mail address/,
    );
    const development = loadConfig({});
    expect(development.ok && development.config.contacts).toEqual({
      email: 'micro-acquisition@example.gc.ca',
      feedback: 'micro-acquisition@example.gc.ca',
    });
  });

  test('APPLICANT_RETENTION_DAYS: 730 unless set, a whole number from 1 to 3650', () => {
    const days = (env: Record<string, string>) => {
      const loaded = loadConfig(env);
      return loaded.ok ? loaded.config.applicantRetentionDays : loaded.errors.join('\n');
    };
    expect(days({})).toBe(730);
    expect(days({ APPLICANT_RETENTION_DAYS: '1095' })).toBe(1095);
    for (const wrong of ['0', '-1', '2.5', 'two years', '3651'])
      expect(days({ APPLICANT_RETENTION_DAYS: wrong })).toMatch(
        `APPLICANT_RETENTION_DAYS must be a whole number from 1 to 3650, got "${wrong}"`,
      );
  });

  test('MIN_POSTING_BUSINESS_DAYS: 5 unless set, a whole number from 0 to 60', () => {
    const days = (env: Record<string, string>) => {
      const loaded = loadConfig(env);
      return loaded.ok ? loaded.config.minPostingBusinessDays : loaded.errors.join('\n');
    };
    expect(days({})).toBe(5);
    expect(days({ MIN_POSTING_BUSINESS_DAYS: '10' })).toBe(10);
    expect(days({ MIN_POSTING_BUSINESS_DAYS: '0' })).toBe(0);
    for (const wrong of ['-1', '2.5', 'five', '61'])
      expect(days({ MIN_POSTING_BUSINESS_DAYS: wrong })).toMatch(
        `MIN_POSTING_BUSINESS_DAYS must be a whole number from 0 to 60, got "${wrong}"`,
      );
  });

  test('the server reads no environment variable that is not a documented setting', () => {
    const source = [
      'server/config.ts',
      'server/main.ts',
      'server/notifyConfig.ts',
      'server/targetsConfig.ts',
    ]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const read = new Set(
      [...source.matchAll(/env(?:\.|\[')([A-Za-z][A-Za-z0-9_]+)/g)].map((m) => m[1]),
    );
    const documented = new Set(settings.map((s) => s.name));
    expect([...read].filter((name) => !documented.has(name!))).toEqual([]);
  });
});

describe('step targets and reminders', () => {
  test('defaults: payment within 5 business days, reminders every 2', () => {
    const loaded = loadConfig({});
    expect(loaded.ok && loaded.config.targets).toEqual({
      targets: {
        fundsApproval: 2,
        postingApproval: 2,
        evaluation: 5,
        award: 7,
        acceptance: 5,
        payment: 5,
        questionAnswer: 2,
      },
      reminderIntervalDays: 2,
      escalateAfter: 3,
    });
  });

  test('each target is read from its setting', () => {
    const loaded = loadConfig({ PAYMENT_TARGET_DAYS: '3', REMINDER_INTERVAL_DAYS: '1' });
    expect(loaded.ok && loaded.config.targets.targets.payment).toBe(3);
    expect(loaded.ok && loaded.config.targets.reminderIntervalDays).toBe(1);
  });

  test.each([
    [
      { FUNDS_TARGET_DAYS: '0' },
      /FUNDS_TARGET_DAYS must be a whole number of business days from 1 to 60, got "0"/,
    ],
    [{ PAYMENT_TARGET_DAYS: '2.5' }, /PAYMENT_TARGET_DAYS must be a whole number/],
    [{ REMINDER_INTERVAL_DAYS: 'often' }, /REMINDER_INTERVAL_DAYS must be a whole number/],
    [
      { REMINDER_ESCALATE_AFTER: '0' },
      /REMINDER_ESCALATE_AFTER must be a whole number of reminders/,
    ],
    [
      { EVALUATION_TARGET_DAYS: '10', AWARD_TARGET_DAYS: '8' },
      /AWARD_TARGET_DAYS counts from closing/,
    ],
  ])('refuses %j', (env, message) => {
    const loaded = loadConfig(env);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.join('\n')).toMatch(message);
  });
});

describe('GC Notify settings', () => {
  const key = `ma4t-${'1'.repeat(8)}-1111-4111-8111-${'1'.repeat(12)}-${'2'.repeat(8)}-2222-4222-8222-${'2'.repeat(12)}`;
  const templates = {
    NOTIFY_TEMPLATE_EN: '3a1c5b0e-0000-4000-8000-000000000001',
    NOTIFY_TEMPLATE_FR: '3a1c5b0e-0000-4000-8000-000000000002',
  };

  test('development without a key writes notices into data/outbox; 1,000 a minute', () => {
    const loaded = loadConfig({});
    expect(loaded.ok && loaded.config.notify).toEqual({
      delivery: { kind: 'files', dir: 'data/outbox' },
      ratePerMinute: 1000,
      callbackToken: null,
    });
    const moved = loadConfig({ OUTBOX_DIR: '/tmp/mail', NOTIFY_RATE_PER_MINUTE: '60' });
    expect(moved.ok && moved.config.notify.delivery).toEqual({ kind: 'files', dir: '/tmp/mail' });
    expect(moved.ok && moved.config.notify.ratePerMinute).toBe(60);
  });

  test('a key with both templates sends through GC Notify, by default at its production address', () => {
    const loaded = loadConfig({ NOTIFY_API_KEY: key, ...templates });
    expect(loaded.ok && loaded.config.notify.delivery).toEqual({
      kind: 'notify',
      apiKey: key,
      baseUrl: 'https://api.notification.canada.ca',
      templates: { en: templates.NOTIFY_TEMPLATE_EN, fr: templates.NOTIFY_TEMPLATE_FR },
    });
  });

  test('a key without templates, a malformed key or address, or a short callback token is refused by name', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ NOTIFY_API_KEY: key }, /NOTIFY_TEMPLATE_EN is needed[\s\S]*NOTIFY_TEMPLATE_FR is needed/],
      [{ NOTIFY_API_KEY: 'not-a-key', ...templates }, /NOTIFY_API_KEY must be a GC Notify API key/],
      [
        { NOTIFY_API_KEY: key, ...templates, NOTIFY_TEMPLATE_FR: 'x' },
        /NOTIFY_TEMPLATE_FR must be/,
      ],
      [{ NOTIFY_BASE_URL: 'http://notify.example.ca' }, /NOTIFY_BASE_URL must be an https/],
      [{ NOTIFY_RATE_PER_MINUTE: '0' }, /NOTIFY_RATE_PER_MINUTE/],
      [{ NOTIFY_CALLBACK_TOKEN: 'short' }, /NOTIFY_CALLBACK_TOKEN must be at least 32/],
    ];
    for (const [env, message] of cases) {
      const loaded = loadConfig(env);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.errors.join('\n')).toMatch(message);
    }
  });

  test('the key is never repeated in a refusal: it is a secret', () => {
    const secret = `${key}x`;
    const loaded = loadConfig({ NOTIFY_API_KEY: secret, ...templates });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.join('\n')).not.toContain(secret.slice(-36));
  });

  test('a local Notify-compatible server may be reached over plain http on loopback', () => {
    const loaded = loadConfig({
      NOTIFY_API_KEY: key,
      ...templates,
      NOTIFY_BASE_URL: 'http://127.0.0.1:4555/',
    });
    expect(loaded.ok && loaded.config.notify.delivery).toMatchObject({
      baseUrl: 'http://127.0.0.1:4555',
    });
  });
});
