import type { AuditEvent } from '../domain/events';
import type { EvaluationResult } from '../domain/intents';
import type { NoticeMessage } from '../domain/notices';
import type { Opportunity } from '../domain/opportunity';
import { supplierAudienceOf, type PageUrl, type Recipient } from '../domain/supplierAudience';
import { supplierNoticesOf } from '../domain/supplierNotices';

/**
 * Reads whom a change tells by e-mail (`domain/supplierAudience.ts`) from the tables that hold
 * their addresses, so the store can write the notices with the change itself.
 */
export class SupplierNoticeReader {
  constructor(
    private readonly askers: { asker(id: string, number: string): Promise<Recipient | null> },
    private readonly applicants: { applicants(id: string): Promise<Recipient[]> },
    private readonly pageUrl: (id: string) => PageUrl,
    /** The audit trail, for the evaluator's reasons that the results carry. */
    private readonly events: (id: string) => Promise<AuditEvent[]> = async () => [],
    /** The applications their suppliers withdrew: those suppliers hear nothing more of it. */
    private readonly withdrawn: (id: string) => Promise<ReadonlySet<string>> = async () =>
      new Set(),
  ) {}

  async noticesFor(record: Opportunity, event: AuditEvent): Promise<NoticeMessage[]> {
    const audience = supplierAudienceOf(event);
    if (!audience.length) return [];
    const { details } = event;
    const winner = audience.includes('winner') ? record.award?.winner : undefined;
    const everyone = audience.includes('applicants') || winner !== undefined;
    const isResult = details.kind === 'award' || details.kind === 'releaseAward';
    const [asker, everyApplicant, withdrawn, trail] = await Promise.all([
      audience.includes('asker') && details.kind === 'answerQuestion'
        ? this.askers.asker(record.id, details.question)
        : null,
      everyone ? this.applicants.applicants(record.id) : [],
      everyone ? this.withdrawn(record.id) : new Set<string>(),
      isResult ? this.events(record.id) : [],
    ]);
    const applicants = everyApplicant.filter(
      (a) => a.confirmation === undefined || !withdrawn.has(a.confirmation),
    );
    const rationales = new Map<string, EvaluationResult[]>();
    for (const past of trail)
      if (past.details.kind === 'evaluate')
        rationales.set(past.details.application, past.details.results);
    const recipients = {
      asker,
      applicants: audience.includes('applicants') ? applicants : [],
      winner: applicants.find((a) => winner !== undefined && a.confirmation === winner) ?? null,
      rationales,
    };
    return supplierNoticesOf(record, event, recipients, this.pageUrl(record.id));
  }
}
