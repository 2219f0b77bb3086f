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

type Claims = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<
  ConfigurationBotFrameworkAuthentication['createConnectorFactory']
>;
type Connector = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokens = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>
>;

/** Clients kept per kind; past this many the oldest is dropped (service URLs are few). */
const clientsKept = 64;

/** The bot's app id in the claims, where botbuilder itself looks: the audience, else `appid`. */
const appIdOf = (claims: Claims) =>
  claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';

function reuse<T>(kept: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const held = kept.get(key);
  if (held) return held;
  const made = make();
  kept.set(key, made);
  // A client that could not be made (its credentials, say) is made again next time.
  made.catch(() => kept.delete(key));
  if (kept.size > clientsKept) kept.delete(kept.keys().next().value!);
  return made;
}

/**
 * botbuilder makes a new connector client (an HTTP pipeline and its credentials) and a new user
 * token client for every turn, invokes and proactive messages alike, then drops them: about a
 * tenth of a card action's time in the bot benchmark (docs/benchmarks.md). They hold no state of
 * a turn, so one per app id, service URL and audience serves every turn, and their credentials
 * keep their tokens between turns (botbuilder's older BotFrameworkAdapter kept them too).
 */
class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<Connector>>();
  private readonly tokenClients = new Map<string, Promise<UserTokens>>();

  /** Proactive turns (`continueConversationAsync`) take their factory here. */
  override createConnectorFactory(claims: Claims): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claims), claims);
  }

  /** Inbound activities take theirs from the authentication's result, made the same way. */
  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(...args);
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity),
    };
  }

  override createUserTokenClient(claims: Claims): Promise<UserTokens> {
    return reuse(this.tokenClients, appIdOf(claims), () => super.createUserTokenClient(claims));
  }

  private reusing(made: ConnectorFactory, claims: Claims): ConnectorFactory {
    const appId = appIdOf(claims);
    return {
      create: (serviceUrl: string, audience?: string) =>
        reuse(this.connectors, `${appId} ${serviceUrl} ${audience ?? ''}`, () =>
          made.create(serviceUrl, audience),
        ),
    };
  }
}

/**
 * The one place that knows botbuilder's adapter. With an app id, every inbound request's token
 * is validated; without one (development) requests are processed unauthenticated.
 */
export function createAdapter(credentials: BotCredentials, logger: Logger): CloudAdapter {
  const auth = new ReusedClientsAuthentication(
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
