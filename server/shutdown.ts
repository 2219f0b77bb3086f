/**
 * Stopping the server, however a person stops it: Ctrl-C (once or twice; the terminal signals the
 * whole process group and npm forwards its own), SIGTERM, or a closed terminal (SIGHUP).
 *
 * Listening starts before anything else, so a signal during start-up is never Node's default
 * (exit at once, with Azurite's last seconds unsaved). Each part that starts registers how to stop
 * it; the first signal stops them once, in reverse order; later signals only say it is under way.
 * A part that a signal interrupts while it starts stops by itself (Azurite's child sees its parent go).
 */
export type Signal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

const signals: readonly Signal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface ShutdownOptions {
  /** Told once per signal: the first starts stopping, the others arrive while it runs. */
  onSignal(signal: Signal, first: boolean): void;
  /** Called once every part has stopped, with the exit code. */
  onStopped(code: number): void;
}

export class Shutdown {
  private readonly steps: Array<{ name: string; stop: () => Promise<void> }> = [];
  private stopping = false;

  constructor(private readonly options: ShutdownOptions) {
    for (const signal of signals) process.on(signal, () => this.onSignal(signal));
  }

  /** True once stopping has begun: start-up goes no further (a part it was starting stops itself). */
  get requested(): boolean {
    return this.stopping;
  }

  /** Registers how to stop a part that has started. */
  add(name: string, stop: () => Promise<void>): void {
    this.steps.push({ name, stop });
  }

  private onSignal(signal: Signal): void {
    const first = !this.stopping;
    this.stopping = true;
    this.options.onSignal(signal, first);
    if (first) void this.stopAll().then((code) => this.options.onStopped(code));
  }

  /** Every registered part once, last started first; 1 if any could not stop cleanly. */
  private async stopAll(): Promise<number> {
    let code = 0;
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.stop();
      } catch (error) {
        code = 1;
        process.stderr.write(
          `Could not stop ${step.name}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    return code;
  }
}
