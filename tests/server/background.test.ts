import { Background } from '../../runtime/background';
import { createLogger } from '../../runtime/logger';

const logger = createLogger('silent');

describe('Background', () => {
  it('starts work queued while answering only after the answer left and the waiting input was read', async () => {
    const background = new Background(logger);
    const order: string[] = [];
    let sent!: () => void;
    const answered = new Promise<void>((resolve) => (sent = resolve));
    await background.whileAnswering(async () => {
      background.run('follow-up', async () => void order.push('follow-up'));
    }, answered);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    sent();
    // What the loop runs up to its next poll for input (here an immediate queued as the answer
    // leaves) comes before the follow-up's first step.
    await answered;
    setImmediate(() => order.push('input read'));
    await background.idle();
    expect(order).toEqual(['input read', 'follow-up']);
  });

  it('lets idle() wait for work that has not started yet', async () => {
    const background = new Background(logger);
    let done = false;
    let sent!: () => void;
    const answered = new Promise<void>((resolve) => (sent = resolve));
    await background.whileAnswering(async () => {
      background.run('follow-up', async () => void (done = true));
    }, answered);
    const idle = background.idle();
    sent();
    await idle;
    expect(done).toBe(true);
  });
});
