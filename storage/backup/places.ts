import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import {
  ContainerClient,
  StorageSharedKeyCredential,
  type ContainerClient as Container,
} from '@azure/storage-blob';
import { DefaultAzureCredential } from '@azure/identity';
import type { FileEntry } from './format';

/** Where backups are kept: a folder, or a blob container. Paths are `backup-id/file`. */
export interface BackupPlace {
  readonly description: string;
  /** The backups here (complete or not), by id. */
  list(): Promise<string[]>;
  /** Writes one file from its lines (each ends with a newline); returns what was written. */
  write(path: string, lines: AsyncIterable<string>): Promise<Omit<FileEntry, 'file'>>;
  /** Writes a small file whole, so that it is there complete or not at all (the manifest). */
  writeWhole(path: string, text: string): Promise<void>;
  /** A small file's text; null when there is none. */
  readText(path: string): Promise<string | null>;
  /** A file's bytes. */
  read(path: string): Promise<Readable>;
}

/** Counts and hashes lines on their way to a file. */
function measured(lines: AsyncIterable<string>): {
  stream: Readable;
  result: () => Omit<FileEntry, 'file'>;
} {
  const hash = createHash('sha256');
  let bytes = 0;
  let count = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    for await (const line of lines) {
      const chunk = Buffer.from(line, 'utf8');
      hash.update(chunk);
      bytes += chunk.length;
      count++;
      yield chunk;
    }
  }
  return {
    stream: Readable.from(chunks()),
    result: () => ({ count, bytes, sha256: hash.digest('hex') }),
  };
}

/** The lines of a file, without their newlines. */
export async function* linesOf(place: BackupPlace, path: string): AsyncGenerator<string> {
  const reader = createInterface({ input: await place.read(path), crlfDelay: Infinity });
  for await (const line of reader) if (line) yield line;
}

/** SHA-256, size and line count of a file as it is now. */
export async function measure(place: BackupPlace, path: string): Promise<Omit<FileEntry, 'file'>> {
  const hash = createHash('sha256');
  let bytes = 0;
  let count = 0;
  for await (const chunk of await place.read(path)) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    bytes += buffer.length;
    for (const byte of buffer) if (byte === 0x0a) count++;
  }
  return { count, bytes, sha256: hash.digest('hex') };
}

async function flushToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function folderPlace(dir: string): BackupPlace {
  const root = resolve(dir);
  return {
    description: root,
    async list() {
      const entries = await readdir(root, { withFileTypes: true }).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'ENOENT') return [];
        throw error;
      });
      return entries.filter((e) => e.isDirectory()).map((e) => e.name);
    },
    async write(path, lines) {
      const target = join(root, path);
      await mkdir(join(target, '..'), { recursive: true });
      const { stream, result } = measured(lines);
      await pipeline(stream, createWriteStream(target));
      await flushToDisk(target);
      return result();
    },
    async writeWhole(path, text) {
      // Written beside, flushed, then renamed: a crash leaves the old state or the new, never half.
      const target = join(root, path);
      await mkdir(join(target, '..'), { recursive: true });
      const temporary = `${target}.partial`;
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    },
    async readText(path) {
      return readFile(join(root, path), 'utf8').catch((error: unknown) => {
        if ((error as { code?: string }).code === 'ENOENT') return null;
        throw error;
      });
    },
    async read(path) {
      const stream = createReadStream(join(root, path));
      await new Promise<void>((ready, fail) =>
        stream.once('open', () => ready()).once('error', fail),
      );
      return stream;
    },
  };
}

/** The well-known Azurite development account (public, documented by Microsoft; not a secret). */
const azuriteAccount = new StorageSharedKeyCredential(
  'devstoreaccount1',
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
);

const loopbackUrl = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/i;

/** A container URL: https with the signed-in identity (managed identity in Azure), or Azurite's. */
export function isContainerUrl(target: string): boolean {
  return /^https:\/\/[^/\s]+\/[^/\s]+\/?$/.test(target) || loopbackUrl.test(target);
}

export function containerPlace(url: string, container?: Container): BackupPlace {
  const local = loopbackUrl.test(url);
  const client =
    container ??
    new ContainerClient(
      url.replace(/\/$/, ''),
      local ? azuriteAccount : new DefaultAzureCredential(),
    );
  let ready: Promise<unknown> | null = null;
  // Azure's container is made by the template (with its immutability policy); Azurite's here.
  const ensure = () => (ready ??= local ? client.createIfNotExists() : Promise.resolve());
  const blob = (path: string) => client.getBlockBlobClient(path);
  return {
    description: client.url,
    async list() {
      await ensure();
      const ids: string[] = [];
      for await (const item of client.listBlobsByHierarchy('/'))
        if (item.kind === 'prefix') ids.push(item.name.replace(/\/$/, ''));
      return ids;
    },
    async write(path, lines) {
      await ensure();
      const { stream, result } = measured(lines);
      // A block blob is committed whole when the upload ends.
      await blob(path).uploadStream(stream, 4 * 1024 * 1024, 4, {
        blobHTTPHeaders: { blobContentType: 'application/x-ndjson' },
      });
      return result();
    },
    async writeWhole(path, text) {
      await ensure();
      await blob(path).upload(text, Buffer.byteLength(text), {
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    },
    async readText(path) {
      await ensure();
      const client = blob(path);
      if (!(await client.exists())) return null;
      return (await client.downloadToBuffer()).toString('utf8');
    },
    async read(path) {
      const response = await blob(path).download();
      return response.readableStreamBody as Readable;
    },
  };
}

/** `--out` / `--from`: a blob container URL or a folder. */
export function placeOf(target: string): BackupPlace {
  return isContainerUrl(target) ? containerPlace(target) : folderPlace(target);
}
