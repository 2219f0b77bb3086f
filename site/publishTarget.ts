/** What a published file says about itself, so that a later or concurrent publisher can compare. */
export interface Published {
  /** SHA-256 of the content, hex. */
  hash: string;
  /** Higher is newer: older data never overwrites newer data (see stampOf in publisher.ts). */
  stamp: number;
}

export type PutOutcome = 'written' | 'newerThere';

/** Where the site goes: a local folder, or the storage account's static website container. */
export interface PublishTarget {
  /** Everything published now, read when a publisher starts. */
  list(): Promise<Map<string, Published>>;
  /**
   * Writes one file atomically unless what is there is newer (a higher stamp) or the same (same
   * stamp and hash): readers never see half a file, and a slower publisher never wins.
   */
  put(path: string, body: Buffer, contentType: string, published: Published): Promise<PutOutcome>;
  remove(path: string): Promise<void>;
  /** Called after each run; a folder records what it holds here. */
  flush(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/atom+xml; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

export function contentTypeOf(path: string): string {
  return contentTypes[/\.(\w+)$/.exec(path)?.[1] ?? ''] ?? 'application/octet-stream';
}

/** Writes only when ours is newer, or as new and different. */
export function shouldReplace(ours: Published, theirs: Published | undefined): boolean {
  if (!theirs) return true;
  if (ours.stamp !== theirs.stamp) return ours.stamp > theirs.stamp;
  return ours.hash !== theirs.hash;
}
