import { notifyConfig, type NotifyConfig } from './notifyConfig';
import { targetsConfig, type TargetsConfig } from './targetsConfig';
import { isRole, type Role } from '../domain/people';
import { defaultQuestionCutoffHours } from '../domain/limits';
import { defaultApplicantRetentionDays } from '../domain/retention';
import { defaultMinPostingBusinessDays } from '../domain/postingPeriod';
import {
  defaultRegistration,
  isObjectId,
  selfServiceable,
  type RegistrationPolicy,
} from '../domain/registration';
import { isEmail } from '../domain/email';
import type { TabAddress } from '../bot/tabLink';
import {
  exampleContacts,
  isExampleAddress,
  isFeedbackAddress,
  type SiteContacts,
} from '../site/contacts';
import type { BotConfig } from '../bot/config';
import { botConfig } from './botConfig';
import { port, storageSettings, type StorageConfig } from './storageConfig';

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

/**
 * PROGRAM_CONTACT_EMAIL and FEEDBACK_ADDRESS: development publishes example addresses; production
 * needs both, and refuses an example domain, so no public page ever sends people nowhere.
 */
function contacts(env: Env, mode: Config['mode'], errors: string[]): SiteContacts {
  const email = env.PROGRAM_CONTACT_EMAIL?.trim() ?? '';
  const feedback = env.FEEDBACK_ADDRESS?.trim() ?? '';
  if (email && !isEmail(email))
    errors.push(`PROGRAM_CONTACT_EMAIL must be an e-mail address, got "${email}".`);
  if (feedback && !isFeedbackAddress(feedback))
    errors.push(
      `FEEDBACK_ADDRESS must be an e-mail address or an https:// page, got "${feedback}".`,
    );
  if (mode === 'production') {
    if (!email)
      errors.push("Production needs PROGRAM_CONTACT_EMAIL, the program's e-mail on public pages.");
    if (!feedback)
      errors.push(
        'Production needs FEEDBACK_ADDRESS, an e-mail address or https:// page for feedback.',
      );
    for (const [name, value] of [
      ['PROGRAM_CONTACT_EMAIL', email],
      ['FEEDBACK_ADDRESS', feedback],
    ] as const)
      if (value && isExampleAddress(value))
        errors.push(`${name} is an example address ("${value}"): production publishes it.`);
  }
  return { email: email || exampleContacts.email, feedback: feedback || exampleContacts.feedback };
}

export interface Config {
  mode: 'development' | 'production';
  bot: BotConfig;
  tab: TabConfig;
  /** Where the tab is, for the bot's links into it (TEAMS_APP_ID, APP_BASE_URL). */
  tabAddress: TabAddress;
  publicSiteUrl: string;
  /** The registered OCDS ocid prefix; null uses the placeholder (see docs/public-site.md). */
  ocidPrefix: string | null;
  /** The program's e-mail and the feedback address the public pages name. */
  contacts: SiteContacts;
  /** Where the public site's application forms post: this server's `/apply`. */
  applyUrl: string;
  siteDir: string;
  /** The static website's container; null publishes into `siteDir`. */
  siteContainerUrl: string | null;
  /** The blob container the daily backup goes into; null: no daily backup (docs/operations.md). */
  backupContainerUrl: string | null;
  schedulerIntervalMs: number;
  /** Suppliers' questions are taken until this many hours before closing. */
  questionCutoffHours: number;
  /** The closing is at least this many business days after posting approval. */
  minPostingBusinessDays: number;
  /** Suppliers' identities are removed this many days after their opportunity ended. */
  applicantRetentionDays: number;
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
  /** How notices reach suppliers (GC Notify, files in development, or queued). */
  notify: NotifyConfig;
  /** Business-day targets per step and how often an overdue step is reminded. */
  targets: TargetsConfig;
}

export type Env = Readonly<Record<string, string | undefined>>;

const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

function containerUrl(env: Env, errors: string[]): string | null {
  const url = env.SITE_CONTAINER_URL?.trim();
  if (!url) return null;
  if (!/^https:\/\/[^/\s]+\/\$web\/?$/.test(url)) {
    errors.push(`SITE_CONTAINER_URL must be the https address of a $web container, got "${url}".`);
  }
  return url.replace(/\/$/, '');
}

/** https with managed identity; in development also Azurite's blob service on loopback. */
function backupContainer(env: Env, mode: Config['mode'], errors: string[]): string | null {
  const url = env.BACKUP_CONTAINER_URL?.trim();
  if (!url) return null;
  const local = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/[^/\s]+\/[^/\s]+\/?$/;
  if (!/^https:\/\/[^/\s]+\/[^/\s$]+\/?$/.test(url) && !(mode === 'development' && local.test(url)))
    errors.push(
      `BACKUP_CONTAINER_URL must be the https address of a blob container, got "${url}".`,
    );
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

/** Whole hours from 0 (questions until closing) to two weeks. */
function questionCutoff(env: Env, errors: string[]): number {
  const raw = env.QUESTION_CUTOFF_HOURS;
  const hours = raw ? Number(raw) : defaultQuestionCutoffHours;
  if (!Number.isInteger(hours) || hours < 0 || hours > 336) {
    errors.push(`QUESTION_CUTOFF_HOURS must be a whole number from 0 to 336, got "${raw}".`);
  }
  return hours;
}

/** Whole days from 1 to ten years; the privacy notice states the period (docs/configuration.md). */
function applicantRetention(env: Env, errors: string[]): number {
  const raw = env.APPLICANT_RETENTION_DAYS;
  const days = raw ? Number(raw) : defaultApplicantRetentionDays;
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    errors.push(`APPLICANT_RETENTION_DAYS must be a whole number from 1 to 3650, got "${raw}".`);
  }
  return days;
}

/** Whole business days from 0 (no minimum beyond a future closing) to 60. */
function minPostingDays(env: Env, errors: string[]): number {
  const raw = env.MIN_POSTING_BUSINESS_DAYS;
  const days = raw ? Number(raw) : defaultMinPostingBusinessDays;
  if (!Number.isInteger(days) || days < 0 || days > 60) {
    errors.push(`MIN_POSTING_BUSINESS_DAYS must be a whole number from 0 to 60, got "${raw}".`);
  }
  return days;
}

/** Unset or empty is development, so that `npm start` on a fresh machine needs no settings. */
export function modeOf(env: Env, errors: string[]): Config['mode'] {
  const value = env.NODE_ENV ?? '';
  if (value === 'production') return 'production';
  if (['', 'development', 'test'].includes(value)) return 'development';
  errors.push(`NODE_ENV must be production, development or test, got "${value}".`);
  return 'production';
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
  const { storage, tablePrefix } = storageSettings(env, mode, errors);
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

  const teamsAppId = env.TEAMS_APP_ID?.trim().toLowerCase() ?? '';
  if (teamsAppId && !guid.test(teamsAppId))
    errors.push(`TEAMS_APP_ID must be the Teams app's id (a GUID), got "${teamsAppId}".`);

  const config: Config = {
    mode,
    bot,
    tab,
    tabAddress: {
      teamsAppId: teamsAppId || null,
      pageUrl: `${appBaseUrl.replace(/\/+$/, '') || `http://127.0.0.1:${listenPort}`}/tab/index.html`,
    },
    publicSiteUrl,
    ocidPrefix: ocidPrefix(env, errors),
    contacts: contacts(env, mode, errors),
    applyUrl: `${appBaseUrl.replace(/\/+$/, '') || `http://127.0.0.1:${listenPort}`}/apply`,
    siteDir: env.SITE_DIR || 'data/site',
    siteContainerUrl: containerUrl(env, errors),
    backupContainerUrl: backupContainer(env, mode, errors),
    schedulerIntervalMs: interval(env, errors),
    questionCutoffHours: questionCutoff(env, errors),
    minPostingBusinessDays: minPostingDays(env, errors),
    applicantRetentionDays: applicantRetention(env, errors),
    trustedProxyHops: proxyHops(env, errors),
    host,
    port: listenPort,
    storage,
    tablePrefix,
    logLevel,
    devPeopleFile: mode === 'development' ? env.DEV_PEOPLE_FILE || 'config/dev-people.json' : null,
    registration: registration(env, mode, errors),
    notify: notifyConfig(env, mode, errors),
    targets: targetsConfig(env, errors),
  };
  return errors.length ? { ok: false, errors } : { ok: true, config };
}
