import type { Logger } from '../server/logger';

/**
 * Work that must not hold up a Teams invoke (notifications, publishing): started after the
 * response, failures logged, and awaited at shutdown and in tests.
 */
export class Background {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(name: string, task: () => Promise<void>): void {
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) =>
        this.logger.error({ err: error, task: name }, 'background task failed'),
      )
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** Resolves once nothing is pending, including work started by the work awaited. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
