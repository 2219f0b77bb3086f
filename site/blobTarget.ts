import type { ContainerClient } from '@azure/storage-blob';
import { shouldReplace, type Published, type PublishTarget } from './publishTarget';

interface Seen {
  etag: string;
  published: Published;
}

const statusOf = (error: unknown) => (error as { statusCode?: number }).statusCode;

function readPublished(metadata: Record<string, string> | undefined): Published {
  return { hash: metadata?.hash ?? '', stamp: Number(metadata?.stamp ?? 0) || 0 };
}

/**
 * The storage account's static website (`$web` container; Azurite's blob service locally).
 * Every upload is conditional on the ETag last seen, so two servers publishing at once never
 * lose an update: the loser re-reads the blob and keeps whichever data is newer.
 */
export function blobTarget(container: ContainerClient): PublishTarget {
  const seen = new Map<string, Seen>();
  const cacheControl = (path: string) =>
    path.startsWith('assets/') ? 'public, max-age=3600' : 'no-cache';

  async function reread(path: string): Promise<void> {
    try {
      const properties = await container.getBlockBlobClient(path).getProperties();
      seen.set(path, { etag: properties.etag!, published: readPublished(properties.metadata) });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      seen.delete(path);
    }
  }

  return {
    async list() {
      await container.createIfNotExists();
      for await (const blob of container.listBlobsFlat({ includeMetadata: true })) {
        seen.set(blob.name, {
          etag: blob.properties.etag,
          published: readPublished(blob.metadata),
        });
      }
      return new Map([...seen].map(([path, s]) => [path, s.published]));
    },
    async put(path, body, contentType, published) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const there = seen.get(path);
        if (!shouldReplace(published, there?.published)) return 'newerThere';
        try {
          const response = await container.getBlockBlobClient(path).upload(body, body.length, {
            blobHTTPHeaders: { blobContentType: contentType, blobCacheControl: cacheControl(path) },
            metadata: { hash: published.hash, stamp: String(published.stamp) },
            conditions: there ? { ifMatch: there.etag } : { ifNoneMatch: '*' },
          });
          seen.set(path, { etag: response.etag!, published });
          return 'written';
        } catch (error) {
          if (statusOf(error) !== 412 && statusOf(error) !== 409) throw error;
          await reread(path);
        }
      }
      throw new Error(`${path}: the blob kept changing under five attempts to publish it`);
    },
    async remove(path) {
      await container.getBlockBlobClient(path).deleteIfExists();
      seen.delete(path);
    },
    async flush() {},
  };
}
