import type { StorageTarget } from '../storage/connection';
import type { Config, Env } from './config';

export type StorageConfig =
  StorageTarget | { kind: 'embeddedAzurite'; location: string; port: number };

/** Settings for development only: production refuses them. */
const devOnly = ['AZURITE_LOCATION', 'AZURITE_TABLE_PORT', 'DEV_PEOPLE_FILE', 'OUTBOX_DIR'];

/** A port setting: a whole number from 0 to 65535, `fallback` when unset. */
export function port(env: Env, name: string, fallback: number, errors: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    errors.push(`${name} must be a port number (0–65535), got "${raw}".`);
  }
  return value;
}

/**
 * Which storage to use and under which table prefix: the server's, and the backup and restore
 * scripts' (they read the same settings, so they reach the storage `npm start` runs).
 */
export function storageSettings(
  env: Env,
  mode: Config['mode'],
  errors: string[],
): { storage: StorageConfig; tablePrefix: string } {
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
  return { storage, tablePrefix };
}
