import type { StorageTarget } from '../storage/connection';
import { isRole, type Role } from '../domain/people';
import {
  defaultRegistration,
  isObjectId,
  selfServiceable,
  type RegistrationPolicy,
} from '../domain/registration';

/**
 * Where a setting's value comes from in production:
 * - `infra`: infra/azure.bicep sets it on the web app (tests/infra/contract.test.ts keeps the
 *   Bicep file's app settings and this list the same);
 * - `platform`: App Service sets it itself, so infra must not;
 * - `optional`: infra leaves it unset and the default applies; an operator may set it;
 * - `devOnly`: the server refuses to start in production while it is set.
 */
export type ProductionSource = 'infra' | 'platform' | 'optional' | 'devOnly';

/** Every environment variable the server reads, documented in docs/configuration.md. */
export interface Setting {
  name: string;
  description: string;
  /** The value used when the variable is unset, if any. */
  default?: string;
  /** The server refuses to start in production without it. */
  requiredInProduction: boolean;
  production: ProductionSource;
}

export const settings: readonly Setting[] = [
  {
    name: 'NODE_ENV',
    description:
      '`production` for a deployed server; `development` or `test` (or unset) for development mode, which is refused next to any production setting (`MicrosoftAppId`, `STORAGE_ACCOUNT_URL`, `SITE_CONTAINER_URL`, `WEBSITE_SITE_NAME`). Any other value is refused.',
    default: 'development',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'HOST',
    description:
      'Address the server listens on. Development binds to loopback only, and refuses any other address.',
    default: '127.0.0.1 (development), 0.0.0.0 (production)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'PORT',
    description: 'Port the server listens on.',
    default: '3978',
    requiredInProduction: false,
    production: 'platform',
  },
  {
    name: 'WEBSITE_SITE_NAME',
    description: 'Set by App Service on every web app; read only to refuse development mode there.',
    default: '(none)',
    requiredInProduction: false,
    production: 'platform',
  },
  {
    name: 'STORAGE_CONNECTION_STRING',
    description:
      'Azure Storage (or Azurite) connection string. Set this or STORAGE_ACCOUNT_URL, not both.',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'STORAGE_ACCOUNT_URL',
    description:
      'Table endpoint of the storage account, e.g. `https://NAME.table.core.windows.net`, reached with managed identity (`DefaultAzureCredential`).',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'AZURE_CLIENT_ID',
    description:
      'Client id of the user-assigned managed identity that `DefaultAzureCredential` uses for `STORAGE_ACCOUNT_URL` and `SITE_CONTAINER_URL` (read by `@azure/identity`).',
    default: '(none)',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'TABLE_PREFIX',
    description:
      'Letters and digits put before every table name, to keep environments apart in one account.',
    default: '(none)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'AZURITE_LOCATION',
    description:
      'Development only: folder where the embedded Azurite keeps its data across restarts.',
    default: 'data/azurite',
    requiredInProduction: false,
    production: 'devOnly',
  },
  {
    name: 'AZURITE_TABLE_PORT',
    description: 'Development only: port of the embedded Azurite Table service.',
    default: '10002',
    requiredInProduction: false,
    production: 'devOnly',
  },
  {
    name: 'DEV_PEOPLE_FILE',
    description:
      'Development only: JSON file of people and roles loaded at start (the Agents Playground users).',
    default: 'config/dev-people.json',
    requiredInProduction: false,
    production: 'devOnly',
  },
  {
    name: 'MicrosoftAppId',
    description:
      "The bot's Entra ID app (client) id. Production only: development refuses it, and its bot accepts unauthenticated requests, on loopback only.",
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'MicrosoftAppType',
    description:
      '`SingleTenant` (app id + client secret) or `UserAssignedMSI` (managed identity, no secret). Multi-tenant bots can no longer be created.',
    default: 'SingleTenant',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'MicrosoftAppTenantId',
    description: 'The Entra ID tenant. Activities from any other tenant are refused.',
    default: 'the Agents Playground tenant (development)',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'MicrosoftAppPassword',
    description:
      'Client secret of a SingleTenant bot. A secret: set it in the environment (App Service settings / Key Vault reference), never in a file.',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'AAD_APP_CLIENT_ID',
    description:
      'Client id of the Entra ID app the tab signs in with (Teams SSO): the audience of its tokens.',
    default: 'MicrosoftAppId',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'APP_BASE_URL',
    description:
      'Public https address of this server (the tab, the bot endpoint). Its host makes the Application ID URI `api://HOST/CLIENT_ID`, the other accepted token audience.',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'PUBLIC_SITE_URL',
    description:
      'Address of the public site, used in links sent to people; its origin may post the application form (in Azure, the Front Door endpoint in front of the static website).',
    default: 'http://127.0.0.1:3978/opportunities (development)',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'OCDS_OCID_PREFIX',
    description:
      'The ocid prefix the Open Contracting Partnership registered for this publisher (`ocds-` and six letters or digits), used in the public OCDS data. Without it the data carries a placeholder, fit for testing only.',
    default: 'ocds-ma4t00 (placeholder)',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'BOT_SERVICE_URLS',
    description:
      'Comma-separated https prefixes of Bot Framework service URLs whose conversation references may be stored or used in production (botbuilder sends its token to the stored service URL). Production also refuses every channel but `msteams`.',
    default: 'https://smba.trafficmanager.net/',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'SITE_DIR',
    description: 'Folder the public site is published into and served from at `/opportunities/`.',
    default: 'data/site',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'SITE_CONTAINER_URL',
    description:
      "Blob container of the storage account's static website (`https://ACCOUNT.blob.core.windows.net/$web`), reached with managed identity: the public site is published there instead of into `SITE_DIR`.",
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'SCHEDULER_INTERVAL_SECONDS',
    description: 'How often each server looks for opportunities whose closing time has come.',
    default: '60',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'TRUSTED_PROXY_HOPS',
    description:
      'How many proxies in front of the server append the client address to `X-Forwarded-For` (App Service: 1). The public application form is rate-limited per client address: the entry this many from the right. 0 uses the connection itself.',
    default: '0',
    requiredInProduction: false,
    production: 'infra',
  },
  {
    name: 'SELF_SERVICE_ROLES',
    description:
      'Comma-separated roles every person of the tenant gets when they first open the app (a message to the bot, an install or the tab): `client`, `cardholder`, `procurement` or `manager`, never `admin`. Set and empty: nobody gets a role until an admin gives one. The same default in development, where the people of `DEV_PEOPLE_FILE` keep the roles the file gives them.',
    default: 'client',
    requiredInProduction: false,
    production: 'optional',
  },
  {
    name: 'BOOTSTRAP_ADMINS',
    description:
      'Comma-separated Entra object ids or user principal names of the first admins: each gets `admin` once, as an audited event, at their first contact that matches (by object id from the bot or the tab; by user principal name once the tab has seen it, since a Teams message does not carry it). Nobody else becomes admin from configuration.',
    default: '(none)',
    requiredInProduction: true,
    production: 'infra',
  },
  {
    name: 'LOG_LEVEL',
    description:
      'Least severe log level written: `trace`, `debug`, `info`, `warn`, `error` or `fatal`.',
    default: 'info',
    requiredInProduction: false,
    production: 'optional',
  },
];

export type StorageConfig =
  StorageTarget | { kind: 'embeddedAzurite'; location: string; port: number };

export interface BotConfig {
  appId: string;
  appType: 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string;
  password: string;
  /** Prefixes of service URLs whose references may be stored; null in development (any). */
  serviceUrlAllowlist: string[] | null;
  /** Channels whose activities are processed: Teams alone in production; null in development (any). */
  channels: string[] | null;
}

/** The Agents Playground's mock tenant: the development default. */
export const playgroundTenantId = '00000000-0000-0000-0000-0000000000001';

/** The tab's Entra ID app, for verifying its tokens. */
export interface TabConfig {
  clientId: string;
  tenantId: string;
  applicationIdUri?: string;
}

function ocidPrefix(env: Env, errors: string[]): string | null {
  const value = env.OCDS_OCID_PREFIX?.trim();
  if (!value) return null;
  if (/^ocds-[a-z0-9]{6}$/.test(value)) return value;
  errors.push(
    `OCDS_OCID_PREFIX must be "ocds-" and six lowercase letters or digits, got "${value}".`,
  );
  return null;
}

export interface Config {
  mode: 'development' | 'production';
  bot: BotConfig;
  tab: TabConfig;
  publicSiteUrl: string;
  /** The registered OCDS ocid prefix; null uses the placeholder (see docs/public-site.md). */
  ocidPrefix: string | null;
  /** Where the public site's application forms post: this server's `/apply`. */
  applyUrl: string;
  siteDir: string;
  /** The static website's container; null publishes into `siteDir`. */
  siteContainerUrl: string | null;
  schedulerIntervalMs: number;
  /** Proxies that append to X-Forwarded-For before the request reaches the server. */
  trustedProxyHops: number;
  host: string;
  port: number;
  storage: StorageConfig;
  tablePrefix: string;
  logLevel: string;
  /** Only in development. */
  devPeopleFile: string | null;
  /** Who gets which role on first contact. */
  registration: RegistrationPolicy;
}

type Env = Readonly<Record<string, string | undefined>>;

const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
const devOnly = ['AZURITE_LOCATION', 'AZURITE_TABLE_PORT', 'DEV_PEOPLE_FILE'];

function port(env: Env, name: string, fallback: number, errors: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    errors.push(`${name} must be a port number (0–65535), got "${raw}".`);
  }
  return value;
}

function containerUrl(env: Env, errors: string[]): string | null {
  const url = env.SITE_CONTAINER_URL?.trim();
  if (!url) return null;
  if (!/^https:\/\/[^/\s]+\/\$web\/?$/.test(url)) {
    errors.push(`SITE_CONTAINER_URL must be the https address of a $web container, got "${url}".`);
  }
  return url.replace(/\/$/, '');
}

function proxyHops(env: Env, errors: string[]): number {
  const raw = env.TRUSTED_PROXY_HOPS;
  const hops = raw ? Number(raw) : 0;
  if (!Number.isInteger(hops) || hops < 0 || hops > 5) {
    errors.push(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 5, got "${raw}".`);
  }
  return hops;
}

function interval(env: Env, errors: string[]): number {
  const raw = env.SCHEDULER_INTERVAL_SECONDS;
  const seconds = raw ? Number(raw) : 60;
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) {
    errors.push(`SCHEDULER_INTERVAL_SECONDS must be from 1 to 3600, got "${raw}".`);
  }
  return seconds * 1000;
}

const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

/** Unset or empty is development, so that `npm start` on a fresh machine needs no settings. */
function modeOf(env: Env, errors: string[]): Config['mode'] {
  const value = env.NODE_ENV ?? '';
  if (value === 'production') return 'production';
  if (['', 'development', 'test'].includes(value)) return 'development';
  errors.push(`NODE_ENV must be production, development or test, got "${value}".`);
  return 'production';
}

/** Settings that only a deployment has: development mode (dev tokens, dev people) is refused next to them. */
const productionOnly = [
  'MicrosoftAppId',
  'STORAGE_ACCOUNT_URL',
  'SITE_CONTAINER_URL',
  'WEBSITE_SITE_NAME',
];

function developmentGuards(env: Env, host: string, errors: string[]): void {
  for (const name of productionOnly)
    if (env[name]?.trim())
      errors.push(
        `${name} is set, so this is a deployment: set NODE_ENV=production (development mode mints tokens for anyone).`,
      );
  if (!loopback.has(host))
    errors.push(
      `Development mode accepts unauthenticated requests and mints tokens, so HOST must be loopback, got "${host}".`,
    );
}

function botConfig(env: Env, mode: Config['mode'], host: string, errors: string[]): BotConfig {
  const appId = env.MicrosoftAppId?.trim() ?? '';
  const appType = env.MicrosoftAppType || 'SingleTenant';
  if (appType !== 'SingleTenant' && appType !== 'UserAssignedMSI') {
    errors.push(
      `MicrosoftAppType must be SingleTenant or UserAssignedMSI (multi-tenant bots are no longer allowed), got "${appType}".`,
    );
  }
  const tenantId =
    env.MicrosoftAppTenantId?.trim() || (mode === 'development' ? playgroundTenantId : '');
  const password = env.MicrosoftAppPassword ?? '';
  if (mode === 'production') {
    if (!appId)
      errors.push('Production needs MicrosoftAppId: the bot refuses unauthenticated requests.');
    if (!tenantId) errors.push('Production needs MicrosoftAppTenantId.');
    if (appType === 'SingleTenant' && appId && !password)
      errors.push('A SingleTenant bot needs MicrosoftAppPassword.');
    if (appType === 'UserAssignedMSI' && password)
      errors.push('A UserAssignedMSI bot uses no MicrosoftAppPassword; unset it.');
  } else developmentGuards(env, host, errors);
  const prefixes = (env.BOT_SERVICE_URLS || 'https://smba.trafficmanager.net/')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const prefix of prefixes)
    if (!/^https:\/\/[^/]+\//.test(prefix))
      errors.push(`BOT_SERVICE_URLS entries must be https://host/ prefixes, got "${prefix}".`);
  return {
    appId,
    appType: appType === 'UserAssignedMSI' ? 'UserAssignedMSI' : 'SingleTenant',
    tenantId,
    password,
    serviceUrlAllowlist: mode === 'production' ? prefixes : null,
    channels: mode === 'production' ? ['msteams'] : null,
  };
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const userPrincipalName = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function listOf(raw: string): string[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function registration(env: Env, mode: Config['mode'], errors: string[]): RegistrationPolicy {
  const rawRoles = env.SELF_SERVICE_ROLES;
  const selfServiceRoles: Role[] =
    rawRoles === undefined ? [...defaultRegistration.selfServiceRoles] : [];
  for (const role of rawRoles === undefined ? [] : listOf(rawRoles)) {
    if (isRole(role) && selfServiceable.includes(role)) selfServiceRoles.push(role);
    else
      errors.push(
        `SELF_SERVICE_ROLES may hold only ${selfServiceable.join(', ')} (admin comes from BOOTSTRAP_ADMINS and admins), got "${role}".`,
      );
  }
  const admins = listOf(env.BOOTSTRAP_ADMINS ?? '').map((entry) => entry.toLowerCase());
  if (mode === 'production' && !admins.length)
    errors.push(
      'Production needs BOOTSTRAP_ADMINS: the object ids or user principal names of the first admins.',
    );
  for (const entry of admins) {
    // Development also takes the Agents Playground's ids, which are not GUIDs.
    const id = guid.test(entry) || (mode === 'development' && isObjectId(entry));
    if (!id && !userPrincipalName.test(entry))
      errors.push(
        `BOOTSTRAP_ADMINS entries must be Entra object ids or user principal names, got "${entry}".`,
      );
  }
  return { selfServiceRoles: [...new Set(selfServiceRoles)], bootstrapAdmins: admins };
}

/** Reads the configuration, or names every setting that is missing, malformed or contradictory. */
export function loadConfig(
  env: Env,
): { ok: true; config: Config } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const mode = modeOf(env, errors);
  const connectionString = env.STORAGE_CONNECTION_STRING?.trim() || undefined;
  const accountUrl = env.STORAGE_ACCOUNT_URL?.trim() || undefined;

  let storage: StorageConfig;
  if (connectionString && accountUrl) {
    errors.push('Set STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL, not both.');
  }
  if (connectionString) storage = { kind: 'connectionString', connectionString };
  else if (accountUrl) {
    if (!/^https:\/\/[^/\s]+\/?$/.test(accountUrl))
      errors.push(`STORAGE_ACCOUNT_URL must be an https:// table endpoint, got "${accountUrl}".`);
    storage = { kind: 'accountUrl', accountUrl };
  } else {
    if (mode === 'production')
      errors.push(
        'Production needs STORAGE_ACCOUNT_URL (managed identity) or STORAGE_CONNECTION_STRING.',
      );
    storage = {
      kind: 'embeddedAzurite',
      location: env.AZURITE_LOCATION || 'data/azurite',
      port: port(env, 'AZURITE_TABLE_PORT', 10_002, errors),
    };
  }
  if (mode === 'production') {
    for (const name of devOnly)
      if (env[name]) errors.push(`${name} is for development only; unset it in production.`);
  }

  const tablePrefix = env.TABLE_PREFIX ?? '';
  if (!/^([A-Za-z][A-Za-z0-9]{0,30})?$/.test(tablePrefix)) {
    errors.push(
      `TABLE_PREFIX must start with a letter and hold only letters and digits (at most 31), got "${tablePrefix}".`,
    );
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!logLevels.includes(logLevel))
    errors.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${logLevel}".`);

  const host = env.HOST || (mode === 'production' ? '0.0.0.0' : '127.0.0.1');
  const listenPort = port(env, 'PORT', 3978, errors);
  const bot = botConfig(env, mode, host, errors);
  const publicSiteUrl =
    env.PUBLIC_SITE_URL ||
    (mode === 'development' ? `http://127.0.0.1:${listenPort}/opportunities` : '');
  if (mode === 'production' && !/^https:\/\//.test(publicSiteUrl)) {
    errors.push('Production needs PUBLIC_SITE_URL, an https:// address of the public site.');
  }

  const appBaseUrl = env.APP_BASE_URL?.trim() ?? '';
  if (appBaseUrl && !/^https:\/\/[^/\s]+\/?$/.test(appBaseUrl)) {
    errors.push(`APP_BASE_URL must be an https:// address without a path, got "${appBaseUrl}".`);
  } else if (mode === 'production' && !appBaseUrl)
    errors.push('Production needs APP_BASE_URL, the https address of this server.');
  const clientId = env.AAD_APP_CLIENT_ID?.trim() || bot.appId;
  if (mode === 'production' && !clientId)
    errors.push('Production needs AAD_APP_CLIENT_ID (or MicrosoftAppId) for the tab.');
  const tab: TabConfig = {
    clientId,
    tenantId: bot.tenantId,
    ...(appBaseUrl && clientId
      ? { applicationIdUri: `api://${new URL(appBaseUrl).host}/${clientId}` }
      : {}),
  };

  const config: Config = {
    mode,
    bot,
    tab,
    publicSiteUrl,
    ocidPrefix: ocidPrefix(env, errors),
    applyUrl: `${appBaseUrl.replace(/\/+$/, '') || `http://127.0.0.1:${listenPort}`}/apply`,
    siteDir: env.SITE_DIR || 'data/site',
    siteContainerUrl: containerUrl(env, errors),
    schedulerIntervalMs: interval(env, errors),
    trustedProxyHops: proxyHops(env, errors),
    host,
    port: listenPort,
    storage,
    tablePrefix,
    logLevel,
    devPeopleFile: mode === 'development' ? env.DEV_PEOPLE_FILE || 'config/dev-people.json' : null,
    registration: registration(env, mode, errors),
  };
  return errors.length ? { ok: false, errors } : { ok: true, config };
}
