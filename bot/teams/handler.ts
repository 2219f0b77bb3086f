import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Activity,
  type AppBasedLinkQuery,
  type ConversationReference,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { localeFromTag } from '../../domain/locale';
import { bilingual } from '../../domain/messages';
import { isObjectId } from '../../domain/registration';
import { StorageUnavailable } from '../../storage/errors';
import { handleAction } from '../cardActions';
import type { Card } from '../cards/elements';
import { messageCard } from '../cards/opportunityCards';
import { handleMessage, rememberChat, welcome } from '../commands';
import { localeOf, speaker, type BotDependencies, type Speaker, type Turn } from '../context';
import { maxResults, publicCard, searchOpen, unfurl, type SharedCard } from '../unfurl';
import { adaptiveCardMessage } from './adapter';

/** Turns Teams activities into the bot's plain turns and sends back what it answers. */
export class MicroAcquisitionHandler extends TeamsActivityHandler {
  constructor(
    private readonly deps: BotDependencies,
    /** Whether this activity's conversation reference may be kept for proactive messages. */
    private readonly mayRemember: (activity: Activity) => boolean,
  ) {
    super();
    this.onMessage(async (context, next) => {
      const turn = this.turnOf(context);
      const value = context.activity.value as { verb?: unknown } | undefined;
      const text = typeof context.activity.text === 'string' ? context.activity.text : '';
      const cards = await this.safely(turn, async () => {
        // Looked up while the command reads what it needs (handleMessage, handleAction).
        const who = this.lookUp(context, turn, true);
        // Action.Submit fallback from clients without universal actions: same verbs, answered as a message.
        return typeof value?.verb === 'string'
          ? [await handleAction(this.deps, turn, who, value.verb, value)]
          : handleMessage(this.deps, turn, who, text);
      });
      for (const card of cards) await context.sendActivity(adaptiveCardMessage(card));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      const turn = this.turnOf(context);
      const cards = await this.safely(turn, async () =>
        welcome(turn, await this.prepare(context, turn)),
      );
      for (const card of cards) await context.sendActivity(adaptiveCardMessage(card));
      await next();
    });
  }

  /**
   * The invokes this bot offers: a card's Action.Execute, a pasted public link's preview and the
   * search message extension. Anything else (a task module, another command, a malformed action)
   * is the sender's mistake: a 400 that says so, never a 5xx.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value } = context.activity;
    const action = (value as { action?: unknown } | undefined)?.action;
    const isExecute =
      typeof action === 'object' &&
      action !== null &&
      (action as { type?: unknown }).type === 'Action.Execute';
    if (name === 'adaptiveCard/action' && isExecute) return super.onInvokeActivity(context);
    if (name === 'composeExtension/queryLink' || name === 'composeExtension/anonymousQueryLink')
      return super.onInvokeActivity(context);
    const commandId = (value as { commandId?: unknown } | undefined)?.commandId;
    if (name === 'composeExtension/query' && commandId === searchCommandId)
      return super.onInvokeActivity(context);
    return badRequest(
      name === 'adaptiveCard/action'
        ? 'not an Action.Execute'
        : name === 'composeExtension/query'
          ? 'unknown command'
          : 'this invoke is not supported',
    );
  }

  /** A pasted public page's address: its card if the opportunity is public, else nothing. */
  protected override async handleTeamsAppBasedLinkQuery(
    context: TurnContext,
    query: AppBasedLinkQuery,
  ): Promise<MessagingExtensionResponse> {
    try {
      const found = await unfurl(this.deps.storage, this.deps.publicSiteUrl, query?.url);
      return results(found ? [found] : []);
    } catch (error) {
      // The link still goes into the message, without a preview.
      this.deps.logger.warn({ err: error }, 'link preview failed');
      return results([]);
    }
  }

  /** Zero-install previews (the app not yet added): the same public card. */
  protected override handleTeamsAnonymousAppBasedLinkQuery(
    context: TurnContext,
    query: AppBasedLinkQuery,
  ): Promise<MessagingExtensionResponse> {
    return this.handleTeamsAppBasedLinkQuery(context, query);
  }

  /** The search message extension: open opportunities by number or title words, in the reader's language. */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const turn = this.turnOf(context);
    const parameter = (Array.isArray(query?.parameters) ? query.parameters : []).find(
      (p: unknown) => (p as { name?: unknown } | null)?.name === searchParameter,
    );
    const text = typeof parameter?.value === 'string' ? parameter.value.slice(0, 200) : '';
    const skip = Number(query?.queryOptions?.skip) || 0;
    const count = Number(query?.queryOptions?.count) || 10;
    try {
      const person = isObjectId(turn.user.aadObjectId)
        ? await this.deps.storage.people.get(turn.user.aadObjectId)
        : null;
      const locale = person
        ? localeOf(person, turn.activityLocale)
        : localeFromTag(turn.activityLocale);
      const found = await searchOpen(this.deps.storage, text, {
        skip,
        count: Math.min(count, maxResults),
      });
      return results(
        found.flatMap((record) => publicCard(record, locale, this.deps.publicSiteUrl) ?? []),
      );
    } catch (error) {
      const key =
        error instanceof StorageUnavailable ? 'error.storageUnavailable' : 'error.unexpected';
      const reference = randomUUID();
      if (key === 'error.unexpected')
        this.deps.logger.error({ err: error, reference }, 'search failed');
      const { en, fr } = bilingual(key, { requestId: reference });
      return { composeExtension: { type: 'message', text: `${en}\n\n${fr}` } };
    }
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const turn = this.turnOf(context);
    const verb = String(invokeValue.action?.verb ?? '');
    // Changes this action stores leave the card it answers alone (see notify.afterChange).
    const [card] = await this.safely(turn, async () => [
      await this.deps.answering.run(turn.replyToId, () =>
        handleAction(
          this.deps,
          turn,
          this.lookUp(context, turn, false),
          verb,
          invokeValue.action?.data,
        ),
      ),
    ]);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card! };
  }

  /**
   * `prepare` started, for a command that reads its own data meanwhile. A command that answers
   * without the person (malformed card data) never awaits it: the rejection of a failed lookup
   * is then handled here, not left to stop the process; those who await it still see it.
   */
  private lookUp(context: TurnContext, turn: Turn, remember: boolean): Promise<Speaker | null> {
    const who = this.prepare(context, turn, remember);
    who.catch(() => undefined);
    return who;
  }

  /**
   * Reads who is speaking, once per turn. On messages and installs (not card actions) it also
   * remembers their personal chat, when it may and something changed.
   */
  private async prepare(
    context: TurnContext,
    turn: Turn,
    remember = true,
  ): Promise<Speaker | null> {
    const personal = context.activity.conversation?.conversationType === 'personal';
    const mayRemember = remember && personal && turn.referenceTrusted;
    // Messages and installs are contacts (they register); a card action only reads the person.
    const who = await speaker(this.deps, turn, { withChat: mayRemember, contact: remember });
    if (mayRemember) await rememberChat(this.deps, turn, who);
    return who;
  }

  /** A failure becomes a short bilingual card, never internals; storage outages say "try again". */
  private async safely(turn: Turn, work: () => Promise<Card[]>): Promise<Card[]> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StorageUnavailable) {
        const { en, fr } = bilingual('error.storageUnavailable');
        return [messageCard(`${en}\n\n${fr}`, 'Attention')];
      }
      const reference = randomUUID();
      this.deps.logger.error(
        { err: error, reference, user: turn.user.aadObjectId },
        'bot action failed',
      );
      const { en, fr } = bilingual('error.unexpected', { requestId: reference });
      return [messageCard(`${en}\n\n${fr}`, 'Attention')];
    }
  }

  private turnOf(context: TurnContext): Turn {
    const { activity } = context;
    return {
      user: {
        aadObjectId: activity.from?.aadObjectId ?? '',
        teamsUserId: activity.from?.id ?? '',
        name: activity.from?.name ?? '',
      },
      activityLocale: activity.locale,
      reference: chatReference(activity),
      referenceTrusted: this.mayRemember(activity),
      replyToId: activity.replyToId,
    };
  }
}

/**
 * Where to reach the sender later, without the id of the message that told us: that id changes
 * with every message, and a proactive message answers none of them.
 */
function chatReference(activity: Activity): Partial<ConversationReference> {
  const reference = TurnContext.getConversationReference(activity);
  delete reference.activityId;
  return reference;
}

/** The search command's id and its one parameter, as the manifest names them. */
export const searchCommandId = 'searchOpportunities';
export const searchParameter = 'query';

/** A message extension's answer: the cards found, each with its preview, as a list. */
function results(attachments: SharedCard[]): MessagingExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

function badRequest(message: string): InvokeResponse {
  return {
    status: 400,
    body: {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message },
    },
  };
}
