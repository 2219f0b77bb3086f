import { messageCard } from '../../bot/cards/opportunityCards';
import { people } from '../support/builders';
import { completeForm } from '../support/botForms';
import { cardOf, invoke, message, startBot, textOf, type BotHarness } from '../support/teams';

/**
 * BOT_SERVICE_URLS in production: botbuilder sends the bot's token to a reference's service URL, so
 * a reference from anywhere else is never stored and never used, and only Teams is listened to.
 */
describe('a bot in production mode (service URLs allow-listed, Teams only)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await startBot({
      serviceUrlAllowlist: ['https://smba.trafficmanager.net/'],
      channels: ['msteams'],
    });
  });
  afterEach(() => h.close());

  test('submitting a draft from an untrusted service URL stores no reference for its card', async () => {
    const url = h.connector.url;
    const saved = cardOf(
      (
        await h.post(
          invoke(
            people.author,
            url,
            'saveDraft',
            { nonce: 'n-1', ...completeForm() },
            {
              replyToId: 'author-card',
            },
          ),
        )
      ).body,
    );
    const id = /MA-\d{4}-\d{4}/.exec(textOf(saved))![0];
    const submitted = await h.post(
      invoke(
        people.author,
        url,
        'submitDraft',
        { opportunityId: id, version: 1, ...completeForm() },
        { replyToId: 'author-card' },
      ),
    );
    expect(textOf(cardOf(submitted.body))).toContain('Awaiting funds');
    await h.settled();
    expect(await h.storage.conversations.messagesAbout(id)).toEqual([]);
    // The approval updates every stored card about the draft: none points at the untrusted URL.
    const approved = await h.post(
      invoke(
        people.cardholder,
        'https://smba.trafficmanager.net/amer/',
        'approveFunds',
        { opportunityId: id, version: 2, comment: 'Funds reserved.' },
        { replyToId: 'cardholder-card' },
      ),
    );
    expect(textOf(cardOf(approved.body))).toContain('Awaiting procurement');
    await h.settled();
    expect(h.connector.recorded).toEqual([]);
  });

  test('a stored reference to an untrusted service URL is never used to send or update', async () => {
    const reference = { serviceUrl: h.connector.url, conversation: { id: 'a:personal-x' } };
    expect(await h.bot.messenger.send(reference, messageCard('hello'))).toBeUndefined();
    await h.bot.messenger.update(reference, 'activity-1', messageCard('hello'));
    expect(h.connector.recorded).toEqual([]);
  });

  test('an activity from another channel is refused before anyone is looked up', async () => {
    const asDirectLine = {
      ...message(people.admin, 'https://smba.trafficmanager.net/amer/', 'mine'),
      channelId: 'directline',
    };
    const response = await h.post(asDirectLine);
    expect(response).toEqual({ status: 403, body: { error: 'wrongChannel' } });
    const invoked = await h.post({
      ...invoke(people.admin, 'https://smba.trafficmanager.net/amer/', 'refresh', {}),
      channelId: 'directline',
    });
    expect(invoked.status).toBe(403);
    expect(await h.storage.conversations.get(people.admin.id)).toBeNull();
  });
});
