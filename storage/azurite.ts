import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
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
  /** Stops cleanly (SIGINT flushes on-disk data); resolves once the process has exited. */
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
  const main = require.resolve('azurite/dist/src/table/main.js');
  const persistence = options.location
    ? ['--location', options.location]
    : ['--inMemoryPersistence'];
  // Telemetry would try to reach the internet and make shutdown hang for many seconds.
  const args = [main, ...persistence, '--tableHost', host, '--tablePort', String(port)];
  args.push('--disableTelemetry', '--skipApiVersionCheck', '--silent');
  if (options.location) mkdirSync(options.location, { recursive: true });
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });

  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `Azurite did not start within ${options.readyTimeoutMs ?? 15_000} ms:\n${output}`,
        ),
      );
    }, options.readyTimeoutMs ?? 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('successfully started')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve({
          host,
          port,
          connectionString: azuriteConnectionString(host, port),
          pid: child.pid!,
          stop: async () => {
            child.kill('SIGINT');
            await exited(child);
          },
          kill: async () => {
            child.kill('SIGKILL');
            await exited(child);
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code} before it was ready:\n${output}`));
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
