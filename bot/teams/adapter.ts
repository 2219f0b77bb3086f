import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type ConversationReference,
} from 'botbuilder';
import type { Logger } from '../../runtime/logger';
import type { Card } from '../cards/elements';
import type { Messenger } from '../context';
import { serviceUrlOf, serviceUrlTrusted } from './trust';

/** How the bot proves who it is to Teams, and checks who calls it. Empty app id: development only. */
export interface BotCredentials {
  appId: string;
  appType: 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string;
  /** Client secret for SingleTenant; never in the repository, only in the environment. */
  password: string;
}

/**
 * The one place that knows botbuilder's adapter. With an app id, every inbound request's token
 * is validated; without one (development) requests are processed unauthenticated.
 */
export function createAdapter(credentials: BotCredentials, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    credentials.appId
      ? {
          MicrosoftAppId: credentials.appId,
          MicrosoftAppType: credentials.appType,
          MicrosoftAppTenantId: credentials.tenantId,
          ...(credentials.appType === 'SingleTenant'
            ? { MicrosoftAppPassword: credentials.password }
            : {}),
        }
      : {},
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityType: context.activity.type }, 'bot turn failed');
  };
  return adapter;
}

export function adaptiveCardMessage(card: Card) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/**
 * Proactive messages and updates through stored conversation references. A reference whose service
 * URL is not allow-listed (stored before the check, or by mistake) is never used: nothing is sent.
 */
export function createMessenger(
  adapter: CloudAdapter,
  appId: string,
  allowlist: readonly string[] | null,
  logger: Logger,
): Messenger {
  const trusted = (reference: unknown) => {
    const ok = serviceUrlTrusted(allowlist, serviceUrlOf(reference));
    if (!ok) logger.warn({ serviceUrl: serviceUrlOf(reference) }, 'untrusted service URL not used');
    return ok;
  };
  return {
    async send(reference, card) {
      if (!trusted(reference)) return undefined;
      let id: string | undefined;
      await adapter.continueConversationAsync(
        appId,
        reference as Partial<ConversationReference>,
        async (context) => {
          id = (await context.sendActivity(adaptiveCardMessage(card)))?.id;
        },
      );
      return id;
    },
    async update(reference, activityId, card) {
      if (!trusted(reference)) return;
      await adapter.continueConversationAsync(
        appId,
        reference as Partial<ConversationReference>,
        async (context) => {
          await context.updateActivity({ ...adaptiveCardMessage(card), id: activityId });
        },
      );
    },
  };
}
