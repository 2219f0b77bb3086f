import { AsyncLocalStorage } from 'node:async_hooks';
import { withoutStorageBudget } from '../storage/deadline';
import type { Logger } from './logger';

/**
 * Work that must not hold up a Teams invoke (notifications, card updates, publishing). Work queued
 * while a request is being answered starts once that response has been sent; failures are logged;
 * `idle()` waits for all of it (at shutdown and in tests).
 */
export class Background {
  private readonly pending = new Set<Promise<void>>();
  private readonly request = new AsyncLocalStorage<Array<() => void>>();

  constructor(private readonly logger: Logger) {}

  run(name: string, task: () => Promise<void>): void {
    let start!: () => void;
    const started = new Promise<void>((resolve) => (start = resolve));
    const work = started
      // Follow-up work outlives the request: it does not spend the person's storage budget.
      .then(() => withoutStorageBudget(task))
      .catch((error: unknown) =>
        this.logger.error({ err: error, task: name }, 'background task failed'),
      )
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
    const deferred = this.request.getStore();
    if (deferred) deferred.push(start);
    else setImmediate(start);
  }

  /**
   * Runs `answer`; work it queues starts once `answered` resolves (the response was sent) and the
   * input that was waiting then has been read: other people's requests, and a client in this
   * process its answer, before the follow-ups' first steps take the event loop.
   */
  async whileAnswering<T>(answer: () => Promise<T>, answered: Promise<unknown>): Promise<T> {
    const deferred: Array<() => void> = [];
    void answered.finally(() =>
      // The first immediate runs before the loop next polls for input; the second, after it.
      setImmediate(() => setImmediate(() => deferred.splice(0).forEach((start) => start()))),
    );
    return this.request.run(deferred, answer);
  }

  /** Resolves once nothing is pending, including work started by the work awaited. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
