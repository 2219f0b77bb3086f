import type { Activity } from 'botbuilder';
import type { BotConfig } from '../server/config';
import type { Handler } from '../server/http';
import type { Logger } from '../server/logger';
import type { Storage } from '../storage/storage';
import { Background } from './background';
import type { Messenger } from './context';
import { createAdapter, createMessenger } from './teams/adapter';
import { botEndpoint } from './teams/endpoint';
import { MicroAcquisitionHandler } from './teams/handler';

export interface Bot {
  /** POST /api/messages */
  endpoint: Handler;
  background: Background;
  messenger: Messenger;
}

export interface BotOptions {
  config: BotConfig;
  storage: Storage;
  logger: Logger;
  publicSiteUrl: string;
}

/** Conversation references are kept only for trusted service URLs (botbuilder sends its token there). */
export function serviceUrlTrusted(
  allowlist: readonly string[] | null,
  serviceUrl: string | undefined,
): boolean {
  if (allowlist === null) return true;
  return !!serviceUrl && allowlist.some((prefix) => serviceUrl.startsWith(prefix));
}

export function createBot({ config, storage, logger, publicSiteUrl }: BotOptions): Bot {
  const adapter = createAdapter(config, logger);
  const messenger = createMessenger(adapter, config.appId);
  const background = new Background(logger);
  const deps = { storage, messenger, background, logger, publicSiteUrl };
  const handler = new MicroAcquisitionHandler(deps, (activity: Activity) =>
    serviceUrlTrusted(config.serviceUrlAllowlist, activity.serviceUrl),
  );
  return {
    endpoint: botEndpoint({ adapter, background, handler, tenantId: config.tenantId, logger }),
    background,
    messenger,
  };
}
