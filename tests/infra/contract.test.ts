import { readFileSync } from 'node:fs';
import { loadConfig } from '../../server/config';
import { settings } from '../../server/settings';
import { sitePageHeaders } from '../../site/csp';
import {
  blockAfter,
  evaluate,
  literal,
  propertiesOf,
  readBicep,
  topLevelProperties,
} from './bicep';

/**
 * The configuration contract between infra/azure.bicep and the server: the web app gets exactly
 * the settings server/settings.ts says infra sets, and with them a production server starts.
 */
const bicep = readBicep('infra/azure.bicep');
const resource = (type: string) => {
  const found = bicep.resources.filter((r) => r.type === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]!;
};

/** The web app's app settings: the one `Microsoft.Web/sites/config` resource named appsettings. */
function appSettings(): Map<string, string> {
  const configs = bicep.resources.filter((r) => r.type === 'Microsoft.Web/sites/config');
  const named = configs.filter((r) => /^\s*name:\s*'appsettings'\s*$/m.test(r.body));
  expect(named).toHaveLength(1);
  return propertiesOf(named[0]!.body);
}

/** What ARM returns for the references the settings are made of (trailing slashes included). */
const fromArm: Record<string, string> = {
  'storage.properties.primaryEndpoints.table': 'https://microacqx7.table.core.windows.net/',
  'storage.properties.primaryEndpoints.blob': 'https://microacqx7.blob.core.windows.net/',
  'identity.properties.clientId': '11111111-2222-3333-4444-555555555555',
  'identity.properties.tenantId': '66666666-7777-8888-9999-000000000000',
  'webApp.properties.defaultHostName': 'microacq-x7.azurewebsites.net',
  'siteEndpoint.properties.hostName': 'microacq-x7-d4e5f6g7h8.z01.azurefd.net',
  tabClientId: '22222222-3333-4444-5555-666666666666',
  teamsAppId: '3f2a9c4e-8b1d-4e6f-9a2b-5c7d8e9f0a1b',
  bootstrapAdmins: 'first.admin@example.gc.ca,33333333-4444-5555-6666-777777777777',
  programContactEmail: 'micro-acquisition@esdc-edsc.gc.ca',
  feedbackAddress: 'https://github.com/esdc/micro-acquisition/issues',
};

/** The same, with the template's `publicSiteUrl` variable as the template computes it. */
const armValues: Record<string, string> = {
  ...fromArm,
  publicSiteUrl: evaluate(
    bicep.vars.get('publicSiteUrl') ?? "'no publicSiteUrl variable'",
    fromArm,
  ),
};

/** The environment the web app runs with, as infra/azure.bicep sets it. */
function infraEnvironment(): Record<string, string> {
  return Object.fromEntries(
    [...appSettings()].map(([name, expression]) => [name, evaluate(expression, armValues)]),
  );
}

describe('infra/azure.bicep and server/settings.ts', () => {
  test("the web app's app settings are exactly the settings marked `production: 'infra'`", () => {
    const fromInfra = [...appSettings().keys()].sort();
    const expected = settings.filter((s) => s.production === 'infra').map((s) => s.name);
    expect(fromInfra).toEqual(expected.sort());
  });

  test('app settings are set in that one place only, never in siteConfig', () => {
    expect(bicep.text).not.toMatch(/\bappSettings\s*:/);
    expect(
      propertiesOf(resource('Microsoft.Web/sites').body, 'siteConfig').has('appSettings'),
    ).toBe(false);
  });

  test('a production server accepts the settings infra gives it, with the managed-identity bot', () => {
    const env = infraEnvironment();
    expect(env.NODE_ENV).toBe('production');
    const loaded = loadConfig(env);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.config).toMatchObject({
      mode: 'production',
      storage: {
        kind: 'accountUrl',
        accountUrl: armValues['storage.properties.primaryEndpoints.table'],
      },
      siteContainerUrl: 'https://microacqx7.blob.core.windows.net/$web',
      publicSiteUrl: armValues.publicSiteUrl,
      bot: { appId: armValues['identity.properties.clientId'], appType: 'UserAssignedMSI' },
      tab: {
        clientId: armValues.tabClientId,
        applicationIdUri: `api://microacq-x7.azurewebsites.net/${armValues.tabClientId}`,
      },
    });
  });

  test('the bot signs in as the identity the server is told to use, never multi-tenant', () => {
    const env = appSettings();
    const bot = propertiesOf(resource('Microsoft.BotService/botServices').body);
    expect(literal(bot.get('msaAppType') ?? '')).toBe(literal(env.get('MicrosoftAppType') ?? ''));
    expect(bot.get('msaAppId')).toBe(env.get('MicrosoftAppId'));
    expect(bot.get('msaAppTenantId')).toBe(env.get('MicrosoftAppTenantId'));
    expect(env.get('AZURE_CLIENT_ID')).toBe(env.get('MicrosoftAppId'));
    expect(bicep.text).not.toMatch(/MultiTenant/);
    expect(evaluate(bot.get('endpoint')!, armValues)).toBe(
      'https://microacq-x7.azurewebsites.net/api/messages',
    );
    expect(bicep.resources.some((r) => /name:\s*'MsTeamsChannel'/.test(r.body))).toBe(true);
  });

  test('without GC Notify settings a production server starts, its notices kept unsent', () => {
    const loaded = loadConfig(infraEnvironment());
    expect(loaded.ok && loaded.config.notify.delivery).toEqual({ kind: 'off' });
  });

  test('every setting the server requires in production is refused when missing, by name', () => {
    const env = infraEnvironment();
    // NODE_ENV is what makes it production: without it the server starts in development mode.
    const required = settings.filter((s) => s.requiredInProduction && s.name !== 'NODE_ENV');
    expect(required.length).toBeGreaterThan(3);
    for (const { name } of required) {
      const loaded = loadConfig({ ...env, [name]: '' });
      expect({ name, ok: loaded.ok }).toEqual({ name, ok: false });
      if (!loaded.ok) expect(loaded.errors.join('\n')).toContain(name);
    }
  });

  test('every development-only setting is refused in production, by name', () => {
    const devOnly = settings.filter((s) => s.production === 'devOnly');
    expect(devOnly.map((s) => s.name)).toEqual(
      expect.arrayContaining(['AZURITE_LOCATION', 'DEV_PEOPLE_FILE']),
    );
    for (const { name } of devOnly) {
      const loaded = loadConfig({ ...infraEnvironment(), [name]: 'x' });
      expect({ name, ok: loaded.ok }).toEqual({ name, ok: false });
      if (!loaded.ok) expect(loaded.errors.join('\n')).toContain(`${name} is for development only`);
    }
  });

  test('contradictory settings next to the infra ones are refused, by name', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' },
        /STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL, not both/,
      ],
      [{ MicrosoftAppPassword: 'secret' }, /UserAssignedMSI bot uses no MicrosoftAppPassword/],
      [{ MicrosoftAppType: 'MultiTenant' }, /MicrosoftAppType/],
    ];
    for (const [change, message] of cases) {
      const loaded = loadConfig({ ...infraEnvironment(), ...change });
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.errors.join('\n')).toMatch(message);
    }
  });

  test('App Service provides the port and its site name: infra leaves them alone and the server takes them', () => {
    const platform = settings.filter((s) => s.production === 'platform').map((s) => s.name);
    expect(platform).toEqual(['PORT', 'WEBSITE_SITE_NAME']);
    expect(loadConfig({ ...infraEnvironment(), WEBSITE_SITE_NAME: 'microacq-x7' }).ok).toBe(true);
    const loaded = loadConfig({ ...infraEnvironment(), PORT: '8080' });
    expect(loaded.ok && loaded.config.port).toBe(8080);
  });

  test('docs/deploy.md names every setting infra sets', () => {
    const guide = readFileSync('docs/deploy.md', 'utf8');
    for (const name of appSettings().keys()) expect(guide).toContain(`\`${name}\``);
  });
});

describe('what infra/azure.bicep promises about the resources', () => {
  test('storage: HTTPS only, TLS 1.2, no public containers, no account keys', () => {
    expect(
      Object.fromEntries(propertiesOf(resource('Microsoft.Storage/storageAccounts').body)),
    ).toMatchObject({
      supportsHttpsTrafficOnly: 'true',
      minimumTlsVersion: "'TLS1_2'",
      allowBlobPublicAccess: 'false',
      allowSharedKeyAccess: 'false',
    });
  });

  test('web app: HTTPS only, always on, health checked on /healthz, Node 22 LTS, started from the bundle', () => {
    const site = resource('Microsoft.Web/sites');
    expect(propertiesOf(site.body).get('httpsOnly')).toBe('true');
    expect(Object.fromEntries(propertiesOf(site.body, 'siteConfig'))).toMatchObject({
      alwaysOn: 'true',
      healthCheckPath: "'/healthz'",
      appCommandLine: "'node --enable-source-maps dist/server.js'",
    });
    const runtime = bicep.params.find((p) => p.name === 'linuxFxVersion');
    expect(runtime?.hasDefault).toBe(true);
    expect(bicep.text).toMatch(/^param linuxFxVersion string = 'NODE\|22-lts'$/m);
    expect(site.body).toMatch(/type: 'UserAssigned'/);
  });

  test('the identity may read and write tables and blobs on the storage account, nothing more', () => {
    const assignments = bicep.resources.filter(
      (r) => r.type === 'Microsoft.Authorization/roleAssignments',
    );
    const roles = assignments.map((r) => [
      /^\s*scope:\s*(\w+)\s*$/m.exec(r.body)?.[1],
      /roleDefinitions', (\w+)\)/.exec(r.body)?.[1],
    ]);
    expect(roles.sort()).toEqual([
      ['storage', 'storageBlobDataContributor'],
      ['storage', 'storageTableDataContributor'],
    ]);
    // The built-in role ids, the same in every tenant.
    expect(bicep.text).toContain(
      "var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'",
    );
    expect(bicep.text).toContain(
      "var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'",
    );
  });

  test('the blob role reaches the public site and backups containers only (an ABAC condition)', () => {
    const blob = bicep.resources.find(
      (r) =>
        r.type === 'Microsoft.Authorization/roleAssignments' &&
        r.body.includes('storageBlobDataContributor'),
    )!;
    const properties = propertiesOf(blob.body);
    expect(properties.get('conditionVersion')).toBe("'2.0'");
    // Bicep's escaped quotes read as plain ones, the variables put in their place.
    const condition = properties
      .get('condition')!
      .slice(1, -1)
      .replace(/\$\{(\w+)\}/g, (_, name: string) => bicep.vars.get(name)!.slice(1, -1))
      .replace(/\\'/g, "'");
    const prefix = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/';
    // Every data action of Storage Blob Data Contributor is held back outside the two containers.
    for (const action of ['delete', 'read', 'write', 'add/action', 'move/action'])
      expect(condition).toContain(`!(ActionMatches{'${prefix}${action}'})`);
    const containers = [...condition.matchAll(/containers:name\] StringEquals '([^']+)'/g)].map(
      (m) => m[1],
    );
    expect(containers.sort()).toEqual(['$web', 'backups']);
    // The two containers the app settings point the server at.
    expect(bicep.text).toContain(
      "SITE_CONTAINER_URL: '${storage.properties.primaryEndpoints.blob}$web'",
    );
    expect(bicep.text).toContain(
      "BACKUP_CONTAINER_URL: '${storage.properties.primaryEndpoints.blob}backups'",
    );
    expect(condition).toMatch(/^\(\(.*\) OR \(.*\)\)$/);
  });

  test('Application Insights sits on the Log Analytics workspace that receives the web app logs', () => {
    const insights = propertiesOf(resource('Microsoft.Insights/components').body);
    expect(insights.get('WorkspaceResourceId')).toBe('logs.id');
    for (const { body } of diagnostics())
      expect(propertiesOf(body).get('workspaceId')).toBe('logs.id');
    expect(resource('Microsoft.OperationalInsights/workspaces').symbol).toBe('logs');
  });
});

/** Each diagnostic setting by the symbol of what it watches, with its log categories. */
function diagnostics() {
  return bicep.resources
    .filter((r) => r.type === 'Microsoft.Insights/diagnosticSettings')
    .map((r) => ({
      scope: /^\s*scope:\s*(\w+)\s*$/m.exec(r.body)?.[1],
      categories: [...r.body.matchAll(/category:\s*'(\w+)'/g)].map((m) => m[1]).sort(),
      body: r.body,
    }));
}

describe('issue 17, finding 8: what infra/azure.bicep hardens', () => {
  test('basic publishing credentials are off for FTP and SCM', () => {
    const policies = bicep.resources.filter(
      (r) => r.type === 'Microsoft.Web/sites/basicPublishingCredentialsPolicies',
    );
    expect(
      policies
        .map((r) => [
          literal(/^\s*name:\s*(.+)$/m.exec(r.body)?.[1] ?? ''),
          propertiesOf(r.body).get('allow'),
        ])
        .sort(),
    ).toEqual([
      ['ftp', 'false'],
      ['scm', 'false'],
    ]);
    expect(policies.every((r) => /^\s*parent:\s*webApp\s*$/m.test(r.body))).toBe(true);
  });

  test('the web app sends its audit logs, and table and blob data access is logged', () => {
    const byScope = Object.fromEntries(diagnostics().map((d) => [d.scope, d.categories]));
    expect(byScope).toEqual({
      webApp: [
        'AppServiceAuditLogs',
        'AppServiceConsoleLogs',
        'AppServiceHTTPLogs',
        'AppServicePlatformLogs',
      ],
      tableService: ['StorageDelete', 'StorageRead', 'StorageWrite'],
      blobService: ['StorageDelete', 'StorageWrite'],
    });
    expect(resource('Microsoft.Storage/storageAccounts/tableServices').body).toMatch(
      /parent: storage\s+name: 'default'/,
    );
    expect(resource('Microsoft.Storage/storageAccounts/blobServices').body).toMatch(
      /parent: storage\s+name: 'default'/,
    );
  });

  test('the storage account that holds the audit trail cannot be deleted while locked', () => {
    const lock = resource('Microsoft.Authorization/locks');
    expect(lock.body).toMatch(/^\s*scope:\s*storage\s*$/m);
    expect(propertiesOf(lock.body).get('level')).toBe("'CanNotDelete'");
  });
});

/** The Front Door rule's response header actions: header name (lower case) → evaluated value. */
function frontDoorHeaders() {
  const rule = resource('Microsoft.Cdn/profiles/ruleSets/rules');
  const at = /^\s*actions:\s*\[/m.exec(rule.body);
  if (!at) throw new Error('the rule has no actions');
  const actions: Map<string, string>[] = [];
  let from = at.index + at[0].length;
  // One `{ … }` per action until the array's `]`.
  while (/^\s*\{/.test(rule.body.slice(from))) {
    const { start, end } = blockAfter(rule.body, from);
    const action = rule.body.slice(start, end);
    actions.push(new Map([...topLevelProperties(action), ...propertiesOf(action, 'parameters')]));
    from = end;
  }
  return { rule, actions };
}

describe('issue 17, finding 8: the public site reaches readers through Front Door, with its headers', () => {
  test('Front Door Standard serves the static website, HTTPS only, without caching', () => {
    expect(propertiesOf(resource('Microsoft.Cdn/profiles').body, 'sku').get('name')).toBe(
      "'Standard_AzureFrontDoor'",
    );
    expect(bicep.vars.get('staticWebsiteHost')).toBe(
      "replace(replace(storage.properties.primaryEndpoints.web, 'https://', ''), '/', '')",
    );
    const origin = propertiesOf(resource('Microsoft.Cdn/profiles/originGroups/origins').body);
    expect(origin.get('hostName')).toBe('staticWebsiteHost');
    expect(origin.get('originHostHeader')).toBe('staticWebsiteHost');
    expect(origin.get('enforceCertificateNameCheck')).toBe('true');

    const route = resource('Microsoft.Cdn/profiles/afdEndpoints/routes');
    const endpoint = resource('Microsoft.Cdn/profiles/afdEndpoints');
    const originGroup = resource('Microsoft.Cdn/profiles/originGroups');
    const ruleSet = resource('Microsoft.Cdn/profiles/ruleSets');
    expect(route.body).toMatch(new RegExp(`^\\s*parent:\\s*${endpoint.symbol}\\s*$`, 'm'));
    expect(propertiesOf(route.body, 'originGroup').get('id')).toBe(`${originGroup.symbol}.id`);
    expect(route.body).toMatch(
      new RegExp(`ruleSets:\\s*\\[\\s*\\{\\s*id:\\s*${ruleSet.symbol}\\.id\\s*\\}\\s*\\]`),
    );
    const properties = propertiesOf(route.body);
    expect(Object.fromEntries(properties)).toMatchObject({
      httpsRedirect: "'Enabled'",
      forwardingProtocol: "'HttpsOnly'",
      linkToDefaultDomain: "'Enabled'",
    });
    // Plain HTTP is accepted only to be redirected; pages change when opportunities do.
    expect(route.body).toMatch(/supportedProtocols:\s*\[\s*'Http'\s*'Https'\s*\]/);
    expect(route.body).toMatch(/patternsToMatch:\s*\[\s*'\/\*'\s*\]/);
    expect(properties.has('cacheConfiguration')).toBe(false);
  });

  test('every answer carries exactly the headers the server sends for its own pages (site/csp.ts)', () => {
    const { rule, actions } = frontDoorHeaders();
    const ruleProperties = propertiesOf(rule.body);
    expect(ruleProperties.get('conditions')).toBe('[]');
    // Front Door allows at most 5 actions a rule.
    expect(actions.length).toBeLessThanOrEqual(5);
    for (const action of actions)
      expect([action.get('name'), action.get('headerAction'), action.get('typeName')]).toEqual([
        "'ModifyResponseHeader'",
        "'Overwrite'",
        "'DeliveryRuleHeaderActionParameters'",
      ]);
    const sent = Object.fromEntries(
      actions.map((a) => [
        literal(a.get('headerName') ?? '')?.toLowerCase(),
        evaluate(a.get('value') ?? '', armValues),
      ]),
    );
    const loaded = loadConfig(infraEnvironment());
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    // What the server sends with /apply's pages, whose forms post to the same place.
    expect(sent).toEqual(sitePageHeaders(loaded.config.applyUrl));
    expect(sent['content-security-policy']).toContain(
      "form-action https://microacq-x7.azurewebsites.net; frame-ancestors 'none'",
    );
  });

  test('PUBLIC_SITE_URL is the Front Door address, so the form posts its pages send are accepted', () => {
    const frontDoor = `https://${fromArm['siteEndpoint.properties.hostName']}`;
    expect(appSettings().get('PUBLIC_SITE_URL')).toBe('publicSiteUrl');
    expect(bicep.text).toMatch(/^output PUBLIC_SITE_URL string = publicSiteUrl$/m);
    expect(infraEnvironment().PUBLIC_SITE_URL).toBe(frontDoor);
    const loaded = loadConfig(infraEnvironment());
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    // server/applications.ts accepts posts whose Origin is PUBLIC_SITE_URL's: a page read through
    // Front Door sends exactly that one.
    expect(new URL(loaded.config.publicSiteUrl).origin).toBe(frontDoor);
    expect(loaded.config.publicSiteUrl).toBe(frontDoor);
  });
});
