import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcess;
  exit: Promise<number | null>;
  output(): string;
  /** Resolves once the process has printed `text`; fails if it exits first or takes too long. */
  printed(text: string, timeoutMs?: number): Promise<void>;
  /** Ctrl-C, and waits for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL to the whole process group (the server and its Azurite, if any), as a crash would. */
  kill(): Promise<void>;
}

/**
 * What `npm start` runs, as a separate process with its own environment; `nodeArgs` go to node
 * before the script (the load benchmark's `--cpu-prof`, docs/benchmarks.md).
 */
export function startServerProcess(
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): ServerProcess {
  // Its own process group, so that a signal reaches the server and its Azurite, as Ctrl-C does.
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exit,
    output: () => output,
    async printed(text, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`never printed "${text}":\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGINT');
      return exit;
    },
    async kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await exit;
    },
  };
}
