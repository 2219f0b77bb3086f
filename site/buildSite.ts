import type { AuditEvent } from '../domain/events';
import type { PublishedChain } from '../storage/auditChain';
import type { Opportunity } from '../domain/opportunity';
import type { SiteContacts } from './contacts';
import { createPublisher, type PublishReport } from './publisher';

export const defaultSiteUrl = 'http://127.0.0.1:3978/opportunities';

/**
 * Builds the whole site into a folder: pages, feeds, open data and the design system's files.
 * Run again on the same folder it rewrites only what changed and removes what is gone.
 */
export async function buildSite(
  records: readonly Opportunity[],
  outDir: string,
  options: {
    siteUrl?: string;
    now?: Date;
    events?: ReadonlyMap<string, readonly AuditEvent[]>;
    /** The audit chain heads to publish, by opportunity id. */
    chains?: ReadonlyMap<string, PublishedChain>;
    ocidPrefix?: string;
    /** Where application forms post (this server's `/apply`). */
    applyUrl?: string;
    contacts?: SiteContacts;
    applicantRetentionDays?: number;
  } = {},
): Promise<PublishReport> {
  const now = options.now;
  const publisher = createPublisher({
    outputDir: outDir,
    siteUrl: options.siteUrl ?? defaultSiteUrl,
    ocidPrefix: options.ocidPrefix,
    applyUrl: options.applyUrl,
    contacts: options.contacts,
    applicantRetentionDays: options.applicantRetentionDays,
    clock: now ? () => now : undefined,
  });
  return publisher.publishAll(records, options.events, options.chains);
}
