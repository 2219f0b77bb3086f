import { AsyncLocalStorage } from 'node:async_hooks';
import type { Activity } from 'botbuilder';
import type { BotConfig } from './config';
import type { Handler } from '../runtime/http';
import type { Logger } from '../runtime/logger';
import type { Storage } from '../storage/storage';
import type { NoticeKind } from '../domain/notices';
import type { Opportunity } from '../domain/opportunity';
import type { Background } from '../runtime/background';
import { afterRolesLost } from './rolesLost';
import { afterChange, tellNoticeFailed, tellPublishFailed } from './notify';
import { escalate, remind, remindQuestion } from './remind';
import type { Wait } from '../domain/targets';
import { sendQuestionCard } from './questionActions';
import type { Messenger } from './context';
import { createAdapter, createMessenger } from './teams/adapter';
import { botEndpoint } from './teams/endpoint';
import { MicroAcquisitionHandler } from './teams/handler';
import { serviceUrlTrusted } from './teams/trust';
import { developmentTab, type TabAddress } from './tabLink';

export { serviceUrlTrusted } from './teams/trust';

export interface Bot {
  /** POST /api/messages */
  endpoint: Handler;
  messenger: Messenger;
  /** Tells an opportunity's author that its public page could not be updated. */
  tellPublishFailed(record: Opportunity): Promise<void>;
  /** Tells an opportunity's author that a notice to a supplier failed for good (no address). */
  tellNoticeFailed(notice: { opportunityId: string; kind: NoticeKind }): Promise<boolean>;
  /** Reminds whoever an overdue step waits for; answers how many people it reached. */
  remind(record: Opportunity, wait: Wait): Promise<number>;
  /** Tells the managers (and, for approvals, procurement) about a wait reminded `count` times. */
  escalate(record: Opportunity, wait: Wait, count: number): Promise<number>;
  /** Reminds the author of a supplier's question past its target. */
  remindQuestion(record: Opportunity, wait: Wait, number: string): Promise<number>;
}

export interface BotOptions {
  config: BotConfig;
  storage: Storage;
  logger: Logger;
  publicSiteUrl: string;
  /** Where follow-up work runs after answers; shared with the rest of the server. */
  background: Background;
  /** "Today" on cards (the payment date's default); the server's clock unless a test sets one. */
  clock?: () => Date;
  /** Where the tab is, for the links that finish a draft there; the development server's if unset. */
  tab?: TabAddress;
}

export function createBot({
  config,
  storage,
  logger,
  publicSiteUrl,
  background,
  clock = () => new Date(),
  tab = developmentTab,
}: BotOptions): Bot {
  const adapter = createAdapter(config, logger);
  const messenger = createMessenger(adapter, config.appId, config.serviceUrlAllowlist, logger);
  const answering = new AsyncLocalStorage<string | undefined>();
  const deps = { storage, messenger, background, logger, publicSiteUrl, answering, clock, tab };
  // Every stored change, whoever made it (a card, the tab, the scheduler), updates the cards
  // about it in Teams and asks the next person; after the answer, in the background.
  storage.opportunities.onChange((record, event) =>
    background.run(`afterChange ${record.id} v${record.version}`, () =>
      afterChange(deps, record, event, answering.getStore()),
    ),
  );
  // Someone who lost an approving role keeps no card with buttons they may no longer press.
  storage.people.onRolesLost((person, lost) =>
    background.run(`rolesLost ${person.id}`, () => afterRolesLost(deps, person, lost)),
  );
  // A supplier's question goes to its author in Teams, after the supplier has been answered.
  storage.questions.onReceived((opportunityId, question) =>
    background.run(`question ${opportunityId} ${question.number}`, () =>
      sendQuestionCard(deps, opportunityId, question),
    ),
  );
  const handler = new MicroAcquisitionHandler(deps, (activity: Activity) =>
    serviceUrlTrusted(config.serviceUrlAllowlist, activity.serviceUrl),
  );
  return {
    endpoint: botEndpoint({
      adapter,
      background,
      handler,
      tenantId: config.tenantId,
      channels: config.channels,
      authenticated: config.appId !== '',
      logger,
    }),
    messenger,
    tellPublishFailed: (record) => tellPublishFailed(deps, record),
    tellNoticeFailed: (notice) => tellNoticeFailed(deps, notice),
    remind: (record, wait) => remind(deps, record, wait),
    escalate: (record, wait, count) => escalate(deps, record, wait, count),
    remindQuestion: (record, wait, number) => remindQuestion(deps, record, wait, number),
  };
}
