import type { Person } from '../../domain/people';
import type { Storage } from '../../storage/storage';
import type { Logger } from '../../runtime/logger';
import type { TabAuthOptions } from './auth';
import { createDevSigner } from './devSigner';
import type { StepTargets } from '../../domain/targets';
import { createTabApi } from './index';
import type { PublicForms } from './previewRoute';
import type { NoticeSending } from '../../contract/routes';
import { teamsClientIds } from './teamsClients';

/** The tab's Entra ID app registration, as the server's settings give it. */
export interface TabEntraSettings {
  /** The app (client) id: the audience of v2 tokens. */
  clientId: string;
  tenantId: string;
  /** The Application ID URI (`api://host/{clientId}`): the audience of v1 tokens, if Teams sends those. */
  applicationIdUri?: string;
}

/**
 * Entra ID's endpoints for one tenant. Teams SSO tokens are v2 (issuer …/v2.0) or v1
 * (issuer sts.windows.net) depending on the app registration's accessTokenAcceptedVersion.
 */
export function entraAuth(settings: TabEntraSettings): TabAuthOptions {
  const { clientId, tenantId, applicationIdUri } = settings;
  return {
    audience: applicationIdUri ? [clientId, applicationIdUri] : clientId,
    tenantId,
    clientApps: teamsClientIds,
    issuer: [
      `https://login.microsoftonline.com/${tenantId}/v2.0`,
      `https://sts.windows.net/${tenantId}/`,
    ],
    keys: {
      kind: 'remote',
      url: `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
    },
  };
}

/**
 * What `server/main.ts` calls: Entra ID in production; in development a fresh local signing key,
 * the identity picker limited to `devPeople`, and the same verification code.
 */
export async function tabApiFor(options: {
  mode: 'development' | 'production';
  storage: Storage;
  logger: Logger;
  entra?: TabEntraSettings;
  devPeople?: readonly Person[];
  publicSiteUrl?: string;
  publicForms?: PublicForms;
  noticeSending?: NoticeSending;
  /** Business-day targets per step, for the dashboard. */
  targets?: StepTargets;
}): Promise<ReturnType<typeof createTabApi>> {
  const { mode, storage, logger, publicSiteUrl, publicForms, noticeSending, targets } = options;
  if (mode === 'production') {
    if (!options.entra)
      throw new Error('The tab API needs its Entra ID app settings in production');
    return createTabApi({
      mode,
      storage,
      logger,
      publicSiteUrl,
      publicForms,
      noticeSending,
      targets,
      auth: entraAuth(options.entra),
    });
  }
  const signer = await createDevSigner();
  return createTabApi({
    mode,
    storage,
    logger,
    publicSiteUrl,
    publicForms,
    noticeSending,
    targets,
    auth: signer.auth,
    development: { signer, people: options.devPeople ?? [] },
  });
}
