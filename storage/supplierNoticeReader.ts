import type { AuditEvent } from '../domain/events';
import type { NoticeMessage } from '../domain/notices';
import type { Opportunity } from '../domain/opportunity';
import {
  supplierAudienceOf,
  supplierNoticesOf,
  type PageUrl,
  type Recipient,
} from '../domain/supplierNotices';

/**
 * Reads whom a change tells by e-mail (`domain/supplierNotices.ts`) from the tables that hold
 * their addresses, so the store can write the notices with the change itself.
 */
export class SupplierNoticeReader {
  constructor(
    private readonly askers: { asker(id: string, number: string): Promise<Recipient | null> },
    private readonly applicants: { applicants(id: string): Promise<Recipient[]> },
    private readonly pageUrl: (id: string) => PageUrl,
  ) {}

  async noticesFor(record: Opportunity, event: AuditEvent): Promise<NoticeMessage[]> {
    const audience = supplierAudienceOf(event);
    if (!audience.length) return [];
    const { details } = event;
    const [asker, applicants] = await Promise.all([
      audience.includes('asker') && details.kind === 'answerQuestion'
        ? this.askers.asker(record.id, details.question)
        : null,
      audience.includes('applicants') ? this.applicants.applicants(record.id) : [],
    ]);
    return supplierNoticesOf(record, event, { asker, applicants }, this.pageUrl(record.id));
  }
}
