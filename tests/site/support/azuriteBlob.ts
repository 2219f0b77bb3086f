import { spawn } from 'node:child_process';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { freePort } from '../../../storage/azurite';

const accountKey =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningBlobService {
  container(name: string): ContainerClient;
  stop(): Promise<void>;
}

/** Azurite's Blob service in memory on a free port, started as storage/azurite.ts starts tables.
 * Its ready line differs from the table service's: "successfully listens". */
export async function startBlobService(): Promise<RunningBlobService> {
  const port = await freePort();
  const main = require.resolve('azurite/dist/src/blob/main.js');
  const child = spawn(
    process.execPath,
    [
      main,
      '--inMemoryPersistence',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Azurite blob did not start:\n${output}`)),
      15_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('successfully listens')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Azurite blob exited with ${code}:\n${output}`)));
  });
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${accountKey};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  const service = BlobServiceClient.fromConnectionString(connectionString);
  return {
    container: (name) => service.getContainerClient(name),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    },
  };
}
