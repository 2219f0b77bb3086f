import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBot, type Bot } from '../../bot';
import { Background } from '../../runtime/background';
import type { Card } from '../../bot/cards/elements';
import type { TabAddress } from '../../bot/tabLink';
import type { Person } from '../../domain/people';
import type { RegistrationPolicy } from '../../domain/registration';
import { createApp, listen } from '../../server/app';
import { playgroundTenantId } from '../../server/botConfig';
import { createLogger } from '../../runtime/logger';
import type { Storage } from '../../storage/storage';
import { testStorage } from './storage';

/** What the bot sent to the Bot Framework connector: the recording stands in for Teams. */
export interface Recorded {
  method: string;
  conversationId: string;
  activityId: string | undefined;
  activity: {
    type?: string;
    id?: string;
    attachments?: Array<{ contentType: string; content: Card }>;
    text?: string;
  };
}

export interface Connector {
  url: string;
  recorded: Recorded[];
  close(): Promise<void>;
}

/** An activity POSTed to the bot's endpoint as Teams sends it; the answer's body parsed. */
export async function postActivity(
  baseUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** A plain-http Bot Framework connector that records every send and update and answers with ids. */
export async function startRecordingConnector(): Promise<Connector> {
  const recorded: Recorded[] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      if (!match) {
        res.writeHead(404).end();
        return;
      }
      const conversationId = decodeURIComponent(match[1]!);
      const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
      recorded.push({
        method: req.method ?? '',
        conversationId,
        activityId,
        activity: JSON.parse(body || '{}'),
      });
      const id = req.method === 'PUT' ? activityId : `sent-${++next}`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    recorded,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const tenantId = playgroundTenantId;

export interface BotHarness {
  storage: Storage;
  bot: Bot;
  url: string;
  connector: Connector;
  /** Posts an activity to /api/messages as Teams would. */
  post(
    activity: object,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
  /** Waits for notifications and card updates that run after the answer. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function startBot(
  options: {
    clock?: () => Date;
    serviceUrlAllowlist?: string[] | null;
    channels?: string[] | null;
    registration?: RegistrationPolicy;
    /** Where the tab is, for the draft card's link; the development server's if unset. */
    tab?: TabAddress;
  } = {},
): Promise<BotHarness> {
  const storage = await testStorage({
    ...(options.clock ? { clock: options.clock } : {}),
    registration: options.registration,
  });
  const connector = await startRecordingConnector();
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const background = new Background(logger);
  const bot = createBot({
    background,
    config: {
      appId: '',
      appType: 'SingleTenant',
      tenantId,
      password: '',
      serviceUrlAllowlist: options.serviceUrlAllowlist ?? null,
      channels: options.channels ?? null,
    },
    storage,
    logger,
    publicSiteUrl: 'https://example.gc.ca/opportunities',
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.tab ? { tab: options.tab } : {}),
  });
  const server = await listen(
    createApp({ storage, logger, routes: [['POST /api/messages', bot.endpoint]] }),
    '127.0.0.1',
    0,
  );
  return {
    storage,
    bot,
    url: server.url,
    connector,
    post: (activity, headers) => postActivity(server.url, activity, headers),
    settled: () => background.idle(),
    async close() {
      await background.idle();
      await server.close();
      await connector.close();
    },
  };
}

let activityCount = 0;

/** An activity from a person's personal chat with the bot. */
export function activityFrom(
  person: Person,
  serviceUrl: string,
  extra: Record<string, unknown>,
  locale = 'en-CA',
) {
  return {
    id: `incoming-${++activityCount}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${person.id}`, aadObjectId: person.id, name: person.name },
    recipient: { id: '28:micro-acquisition', name: 'Micro-Acquisition' },
    conversation: { id: `a:personal-${person.id}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale,
    ...extra,
  };
}

export function message(person: Person, serviceUrl: string, text: string, locale?: string) {
  return activityFrom(person, serviceUrl, { type: 'message', text }, locale);
}

/** An `adaptiveCard/action` invoke: what Teams sends when someone presses an Action.Execute. */
export function invoke(
  person: Person,
  serviceUrl: string,
  verb: string,
  data: Record<string, unknown>,
  options: { replyToId?: string; locale?: string; trigger?: 'manual' | 'automatic' } = {},
) {
  return activityFrom(
    person,
    serviceUrl,
    {
      type: 'invoke',
      name: 'adaptiveCard/action',
      ...(options.replyToId ? { replyToId: options.replyToId } : {}),
      value: {
        action: { type: 'Action.Execute', verb, data },
        trigger: options.trigger ?? 'manual',
      },
    },
    options.locale,
  );
}

/**
 * A message extension's invoke, as Teams sends it from a chat's compose box: `composeExtension/queryLink`
 * with the pasted `{ url }`, or `composeExtension/query` with `{ commandId, parameters, queryOptions }`.
 */
export function composeExtension(
  person: Person,
  serviceUrl: string,
  name:
    'composeExtension/queryLink' | 'composeExtension/anonymousQueryLink' | 'composeExtension/query',
  value: Record<string, unknown>,
  locale?: string,
) {
  return activityFrom(
    person,
    serviceUrl,
    {
      type: 'invoke',
      name,
      value,
      // The compose box of a group chat, not the bot's personal chat.
      conversation: {
        id: `19:chat-${person.id}@thread.v2`,
        conversationType: 'groupChat',
        tenantId,
      },
    },
    locale,
  );
}

/** A search's invoke: the words typed in the message extension's box. */
export function searchQuery(
  person: Person,
  serviceUrl: string,
  text: string,
  options: { commandId?: string; locale?: string; skip?: number; count?: number } = {},
) {
  return composeExtension(
    person,
    serviceUrl,
    'composeExtension/query',
    {
      commandId: options.commandId ?? 'searchOpportunities',
      parameters: [{ name: 'query', value: text }],
      queryOptions: { skip: options.skip ?? 0, count: options.count ?? 10 },
    },
    options.locale,
  );
}

/** One result of a message extension's answer: the card shared into the chat and its preview. */
export interface ExtensionResult {
  contentType: string;
  content: Card;
  preview: { contentType: string; content: { title: string; subtitle: string; text: string } };
}

/** The results a message extension answered with; throws unless it is a `result` list. */
export function resultsOf(body: unknown): ExtensionResult[] {
  const extension = (body as { composeExtension?: Record<string, unknown> } | undefined)
    ?.composeExtension;
  if (extension?.type !== 'result' || extension.attachmentLayout !== 'list')
    throw new Error(`not a result list: ${JSON.stringify(body)}`);
  return extension.attachments as ExtensionResult[];
}

/** The card an invoke answered with. */
export function cardOf(body: unknown): Card {
  const response = body as { statusCode?: number; type?: string; value?: Card };
  if (response?.type !== 'application/vnd.microsoft.card.adaptive' || !response.value) {
    throw new Error(`not a card response: ${JSON.stringify(body)}`);
  }
  return response.value;
}

/** All the text a person reads on a card, in order. */
export function textOf(card: Card): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextRun' || n.type === 'TextBlock') parts.push(String(n.text));
      for (const [key, value] of Object.entries(n)) if (key !== 'fallback') walk(value);
    }
  };
  walk(card.body);
  return parts.join('\n');
}

/**
 * The buttons that act, with those one step behind a shown card (Reject and Cancel ask to
 * confirm first, `bot/cards/confirmFirst.ts`).
 */
export function actionsOf(
  card: Pick<Card, 'actions'> & { body?: unknown[] },
): Array<Record<string, unknown>> {
  /** Buttons in the body (ActionSets, in containers too), in reading order. */
  const inBody = (node: unknown): Array<Record<string, unknown>> => {
    if (Array.isArray(node)) return node.flatMap(inBody);
    if (!node || typeof node !== 'object') return [];
    const n = node as Record<string, unknown>;
    if (n.type === 'ActionSet') return actionsOf({ actions: n.actions as Card['actions'] });
    return inBody(n.items ?? n.columns ?? []);
  };
  return [
    ...inBody(card.body ?? []),
    ...(card.actions ?? []).flatMap((a) =>
      a.type === 'Action.ShowCard'
        ? actionsOf(a.card as Pick<Card, 'actions'> & { body?: unknown[] })
        : [a],
    ),
  ];
}

/** The verbs of the buttons a card shows. */
export function verbsOf(card: Card): string[] {
  return actionsOf(card)
    .filter((a) => a.type !== 'Action.OpenUrl')
    .map((a) => String(a.verb));
}
