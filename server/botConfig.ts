import type { BotConfig } from '../bot/config';
import type { Config, Env } from './config';

// The bot's settings (MicrosoftApp*, BOT_SERVICE_URLS), and what keeps development mode local.

/** The Agents Playground's mock tenant: the development default. */
export const playgroundTenantId = '00000000-0000-0000-0000-0000000000001';

const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

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

export function botConfig(
  env: Env,
  mode: Config['mode'],
  host: string,
  errors: string[],
): BotConfig {
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
