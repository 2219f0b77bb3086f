import type { AuditEvent } from '../domain/events';
import type { Opportunity } from '../domain/opportunity';
import { transitions } from '../domain/transitions';
import type { ContainerClient } from '@azure/storage-blob';
import { blobTarget } from '../site/blobTarget';
import { createPublisher, publishWithRetry, type Publisher } from '../site/publisher';
import { PublicRecordsReader } from '../site/publicRecords';
import { ChangeCursor } from '../storage/changeCursor';
import type { Storage } from '../storage/storage';
import type { Background } from '../runtime/background';
import type { Logger } from '../runtime/logger';
import type { SiteContacts } from '../site/contacts';

/** Changes that alter what the public sees, as the transition table marks them. */
function isPublicChange(event: AuditEvent): boolean {
  return event.details.kind !== 'create' && transitions[event.details.kind].public;
}

export interface SitePublishingOptions {
  storage: Storage;
  background: Background;
  logger: Logger;
  siteUrl: string;
  /** Where application forms post. */
  applyUrl?: string;
  /** Questions are taken until this many hours before closing (QUESTION_CUTOFF_HOURS). */
  questionCutoffHours?: number;
  /** The registered OCDS ocid prefix; without it, the placeholder. */
  ocidPrefix?: string;
  /** The program's e-mail and the feedback address for the content pages. */
  contacts: SiteContacts;
  /** The privacy page states it (APPLICANT_RETENTION_DAYS). */
  applicantRetentionDays?: number;
  /** A folder, or the static website's container (`blobTarget`). */
  destination: { kind: 'folder'; dir: string } | { kind: 'container'; container: ContainerClient };
  /** Tells the author when the public page could not be updated after the retries. */
  onFailure(record: Opportunity): Promise<void>;
}

export interface SitePublishing {
  /** Renders the whole site from storage (at start, and hourly for "days left"). */
  publishAll(): Promise<void>;
}

/**
 * Keeps the public site in step with the lifecycle: after a public change is stored (never
 * before), the site is re-published in the background, retried, and a final failure is reported
 * to the author; the change itself stands.
 */
export function startSitePublishing(options: SitePublishingOptions): SitePublishing {
  const { storage, background, logger } = options;
  const { destination } = options;
  const publisher: Publisher = createPublisher({
    ...(destination.kind === 'folder'
      ? { outputDir: destination.dir }
      : { target: blobTarget(destination.container) }),
    siteUrl: options.siteUrl,
    applyUrl: options.applyUrl,
    questionCutoffHours: options.questionCutoffHours,
    ocidPrefix: options.ocidPrefix,
    contacts: options.contacts,
    applicantRetentionDays: options.applicantRetentionDays,
  });
  // Each publication reads what storage wrote since the last one that succeeded, whichever
  // server wrote it; one in progress is joined by changes that come while it waits to start.
  const reader = new PublicRecordsReader(storage);
  const cursor = new ChangeCursor(async (since) => {
    const changes = await reader.read(since);
    const report = changes.complete
      ? await publisher.publishAll(changes.records, changes.events, changes.chains)
      : await publisher.publishChanged(changes.records, changes.events, changes.chains);
    reader.published(changes);
    return report;
  });
  const publishFor = async (record: Opportunity | null) => {
    if (!record) cursor.reset();
    const result = await publishWithRetry(() => cursor.next());
    if (result.ok) {
      logger.info(
        {
          opportunityId: record?.id,
          written: result.report.written.length,
          ms: Math.round(result.report.ms),
        },
        'public site published',
      );
      return;
    }
    logger.error(
      { err: result.error, opportunityId: record?.id },
      'public site could not be published',
    );
    if (record) await options.onFailure(record);
  };
  storage.opportunities.onChange((record: Opportunity, event: AuditEvent) => {
    const wasPublic = record.postedAt !== null;
    if (isPublicChange(event) && wasPublic) {
      background.run(`publish ${record.id} v${record.version}`, () => publishFor(record));
    }
  });
  return { publishAll: () => publishFor(null) };
}
