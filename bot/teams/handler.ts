import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Activity,
  type InvokeResponse,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { bilingual } from '../../domain/messages';
import { StorageUnavailable } from '../../storage/errors';
import { handleAction } from '../cardActions';
import type { Card } from '../cards/elements';
import { messageCard } from '../cards/opportunityCards';
import { handleMessage, rememberChat, welcome } from '../commands';
import { speaker, type BotDependencies, type Speaker, type Turn } from '../context';
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
        const who = await this.prepare(context, turn);
        // Action.Submit fallback from clients without universal actions: same verbs, answered as a message.
        return typeof value?.verb === 'string'
          ? [await handleAction(this.deps, turn, Promise.resolve(who), value.verb, value)]
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
   * The only invoke this bot offers is a card's Action.Execute. Anything else (a task module, a
   * search, a malformed action) is the sender's mistake: a 400 that says so, never a 5xx.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value } = context.activity;
    const action = (value as { action?: unknown } | undefined)?.action;
    const isExecute =
      typeof action === 'object' &&
      action !== null &&
      (action as { type?: unknown }).type === 'Action.Execute';
    if (name === 'adaptiveCard/action' && isExecute) return super.onInvokeActivity(context);
    return {
      status: 400,
      body: {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: {
          code: 'BadRequest',
          message:
            name === 'adaptiveCard/action'
              ? 'not an Action.Execute'
              : 'this invoke is not supported',
        },
      },
    };
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
          this.prepare(context, turn, false),
          verb,
          invokeValue.action?.data,
        ),
      ),
    ]);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card! };
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
      reference: TurnContext.getConversationReference(activity),
      referenceTrusted: this.mayRemember(activity),
      replyToId: activity.replyToId,
    };
  }
}
