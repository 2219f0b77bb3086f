import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { azuriteConnectionString } from './connection';

/** Azurite's Table service, started by the project itself: on disk for `npm start`, in memory for tests. */
export interface AzuriteOptions {
  /** A folder for on-disk data; without it, data lives in memory and dies with the process. */
  location?: string;
  /** 0 picks a free port. */
  port?: number;
  readyTimeoutMs?: number;
}

export interface RunningAzurite {
  host: string;
  port: number;
  connectionString: string;
  pid: number;
  /** Stops cleanly (on-disk data is saved first); resolves once the process has exited. */
  stop(): Promise<void>;
  /** Ends the process at once, as a crash would. */
  kill(): Promise<void>;
}

const host = '127.0.0.1';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function launch(port: number, options: AzuriteOptions): Promise<RunningAzurite> {
  const settings = JSON.stringify({ host, port, location: options.location });
  // Our own entry point, not Azurite's: it saves on-disk data however the terminal is stopped.
  const child = spawn(process.execPath, [join(__dirname, 'azuriteProcess.cjs'), settings], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const readyTimeoutMs = options.readyTimeoutMs ?? 15_000;

  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within ${readyTimeoutMs} ms:\n${output}`));
    }, readyTimeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code} before it was ready:\n${output}`));
    };
    child.once('exit', onExit);
    child.once('message', () => {
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({
        host,
        port,
        connectionString: azuriteConnectionString(host, port),
        pid: child.pid!,
        stop: async () => {
          // Once only: the child saves and exits when told; a second request would change nothing.
          if (child.connected) child.send('stop');
          await exited(child);
        },
        kill: async () => {
          child.kill('SIGKILL');
          await exited(child);
        },
      });
    });
  });
}

/** Starts Azurite on loopback; with port 0, on a free port (retried if another process takes it first). */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  if (options.port) return launch(options.port, options);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await launch(await freePort(), options);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
