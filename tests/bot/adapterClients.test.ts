import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../bot/teams/adapter';
import { createLogger } from '../../runtime/logger';

const development = { appId: '', appType: 'SingleTenant' as const, tenantId: '', password: '' };

type Adapter = ReturnType<typeof createAdapter>;
type Clients = { connector: unknown; tokens: unknown };

/** Runs one turn through `run` and returns the clients botbuilder handed it. */
async function clientsOf(
  adapter: Adapter,
  run: (logic: (context: TurnContext) => Promise<void>) => Promise<unknown>,
): Promise<Clients> {
  let clients: Clients | undefined;
  await run(async (context) => {
    clients = {
      connector: context.turnState.get(adapter.ConnectorClientKey),
      tokens: context.turnState.get(adapter.UserTokenClientKey),
    };
  });
  if (!clients?.connector || !clients.tokens) throw new Error('the turn had no clients');
  return clients;
}

/** The clients botbuilder hands a proactive turn towards `serviceUrl`. */
const clientsOfTurn = (adapter: Adapter, serviceUrl: string) =>
  clientsOf(adapter, (logic) =>
    adapter.continueConversationAsync(
      '',
      {
        serviceUrl,
        channelId: 'msteams',
        conversation: { id: 'a:chat', isGroup: false, conversationType: 'personal', name: '' },
      },
      logic,
    ),
  );

/** The clients botbuilder hands the turn of an activity received from `serviceUrl`. */
const clientsOfInbound = (adapter: Adapter, serviceUrl: string) =>
  clientsOf(adapter, (logic) =>
    adapter.process(
      {
        body: {
          type: 'message',
          text: 'help',
          serviceUrl,
          channelId: 'msteams',
          from: { id: '29:someone' },
          recipient: { id: '28:bot' },
          conversation: { id: 'a:chat' },
        },
        headers: {},
        method: 'POST',
      },
      {
        socket: {},
        status: () => undefined,
        header: () => undefined,
        send: () => undefined,
        end: () => undefined,
      },
      logic,
    ),
  );

test('activities received from one service URL share one connector client and one token client', async () => {
  const adapter = createAdapter(development, createLogger('silent'));
  const first = await clientsOfInbound(adapter, 'https://smba.example/teams/');
  const second = await clientsOfInbound(adapter, 'https://smba.example/teams/');
  expect(second.connector).toBe(first.connector);
  expect(second.tokens).toBe(first.tokens);
  const elsewhere = await clientsOfInbound(adapter, 'https://smba.example/emea/');
  expect(elsewhere.connector).not.toBe(first.connector);
  expect((elsewhere.connector as { baseUri?: string }).baseUri).toBe('https://smba.example/emea/');
});

test('turns towards one service URL share one connector client and one token client', async () => {
  const adapter = createAdapter(development, createLogger('silent'));
  const first = await clientsOfTurn(adapter, 'https://smba.example/teams/');
  const second = await clientsOfTurn(adapter, 'https://smba.example/teams/');
  expect(second.connector).toBe(first.connector);
  expect(second.tokens).toBe(first.tokens);

  // Another service URL (another region of Teams) gets a client of its own.
  const elsewhere = await clientsOfTurn(adapter, 'https://smba.example/emea/');
  expect(elsewhere.connector).not.toBe(first.connector);
  expect((elsewhere.connector as { baseUri?: string }).baseUri).toBe('https://smba.example/emea/');
  expect((first.connector as { baseUri?: string }).baseUri).toBe('https://smba.example/teams/');
});

test('two adapters (two servers in one process) never share clients', async () => {
  const one = await clientsOfTurn(
    createAdapter(development, createLogger('silent')),
    'https://smba.example/teams/',
  );
  const other = await clientsOfTurn(
    createAdapter(development, createLogger('silent')),
    'https://smba.example/teams/',
  );
  expect(other.connector).not.toBe(one.connector);
});
