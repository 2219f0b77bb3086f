import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TableClient } from '@azure/data-tables';
import type { PublishedChain } from './auditChain';
import { getOrNull } from './errors';
import { eventRowKey } from './keys';
import { partitionKeyOf } from './opportunityEntities';

/** A published chain head that storage no longer holds as published. */
export interface PublishedMismatch {
  opportunityId: string;
  version: number;
  problem: string;
}

const isHead = (value: unknown): value is PublishedChain => {
  const v = value as Partial<PublishedChain> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.opportunityId === 'string' &&
    Number.isInteger(v.version) &&
    Number.isInteger(v.start) &&
    typeof v.head === 'string' &&
    /^[0-9a-f]{64}$/.test(v.head)
  );
};

/**
 * The chain head a published file carries: an opportunity's open data (`data/{id}.json`) or its
 * OCDS release package (`ocds/{id}.json`) both carry it as `auditChain`; other files, none.
 */
export function publishedHeadOf(json: unknown): PublishedChain | null {
  const found = (json as { auditChain?: unknown } | null)?.auditChain;
  return isHead(found) ? found : null;
}

/** Every `.json` file under a folder (a copy of the public site), or the one file given. */
async function jsonFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The chain heads in a copy of the public data: a folder (searched for `.json` files), one file,
 * or the address of one published file. The same head found twice (open data and OCDS) counts once.
 */
export async function readPublishedHeads(source: string): Promise<PublishedChain[]> {
  const texts: string[] = [];
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    texts.push(await response.text());
  } else for (const file of await jsonFiles(source)) texts.push(await readFile(file, 'utf8'));
  const heads = new Map<string, PublishedChain>();
  for (const text of texts) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    const head = publishedHeadOf(json);
    if (head) heads.set(`${head.opportunityId}|${head.version}|${head.head}`, head);
  }
  return [...heads.values()];
}

/**
 * Whether storage still holds each published head: event `version` of the opportunity exists and
 * its `hash` is the published head. With `verifyAudit` finding every stored chain whole, a head
 * that matches shows the history up to that version is the one that was published.
 */
export async function comparePublishedHeads(
  table: TableClient,
  heads: readonly PublishedChain[],
): Promise<PublishedMismatch[]> {
  const mismatches: PublishedMismatch[] = [];
  for (const published of heads) {
    const { opportunityId, version } = published;
    const at = (problem: string) => mismatches.push({ opportunityId, version, problem });
    const row = await getOrNull<{ hash?: unknown }>(
      table,
      partitionKeyOf(opportunityId),
      eventRowKey(version),
    );
    if (!row) at(`event ${version}, published, is not in storage`);
    else if (row.hash !== published.head)
      at(`event ${version} is not the one published: its hash differs from the published head`);
  }
  return mismatches;
}
