import { scheduler } from '../../domain/people';
import { awaiting } from '../../domain/awaiting';
import { blockedCardholder } from '../../domain/blockedCardholder';
import { totalCents } from '../../domain/completeness';
import { defaultMinPostingBusinessDays, postingPeriod } from '../../domain/postingPeriod';
import { mayCopy } from '../../domain/copyOpportunity';
import type { AuditEvent, RefusedAttempt } from '../../domain/events';
import type { Opportunity } from '../../domain/opportunity';
import {
  allowedIntents,
  awardAccess,
  canSeeFundCentre,
  canSeeNotices,
  canSeeRefusals,
  canSeeWinner,
  mayAct,
} from '../../domain/permissions';
import { breakdown } from '../../domain/money';
import type { Actor, Person } from '../../domain/people';
import { postedStates } from '../../domain/transitions';
import { publicUrl } from '../../domain/publicUrls';
import { applicantCounts, recordView } from './recordView';
import type { ListItem, OpportunityView, RecordExtras, TimelineEntry } from '../../contract/views';

export type { ListItem, OpportunityView, RecordExtras, TimelineEntry };

export function opportunityView(record: Opportunity, actor: Actor): OpportunityView {
  return {
    record: recordView(record),
    applicants: applicantCounts(record),
    totalCents: totalCents(record.fields),
    breakdown: valueBreakdown(record),
    awaiting: awaiting(record),
    actions: allowedIntents(record, actor),
    sees: {
      refusals: canSeeRefusals(actor),
      award: ['identity', 'draw'].includes(awardAccess(record, actor)),
      winner: canSeeWinner(record, actor),
      fundCentreHistory: canSeeFundCentre(record, actor),
      questions: mayAct('authorOrProcurement', record, actor) === null,
      notices: canSeeNotices(record, actor),
    },
  };
}

function valueBreakdown(record: Opportunity): OpportunityView['breakdown'] {
  const { amountCents, amountBasis, province } = record.fields;
  if (amountCents === null || province === null || totalCents(record.fields) === null) return null;
  return { ...breakdown(amountCents, amountBasis, province), province };
}

export async function recordExtras(
  record: Opportunity,
  person: (id: string) => Promise<Person | null>,
  siteUrl: string | undefined,
  actor: Actor,
  /** MIN_POSTING_BUSINESS_DAYS, as the store checks it. */
  minPostingBusinessDays = defaultMinPostingBusinessDays,
  now = new Date(),
): Promise<RecordExtras> {
  const waiting = awaiting(record);
  const cardholder =
    record.state === 'awaitingFunds' && waiting && 'personId' in waiting
      ? { id: waiting.personId, person: await person(waiting.personId) }
      : null;
  const waitingForName = cardholder ? (cardholder.person?.name ?? cardholder.id) : null;
  const posted = postedStates.includes(record.state) && record.postedAt !== null;
  return {
    waitingForName,
    blocked: blockedCardholder(record, cardholder?.person ?? null),
    mayCopy: mayCopy(record, actor) === null,
    postingPeriod: record.state === 'draft' ? postingPeriod(now, minPostingBusinessDays) : null,
    publicPages:
      posted && siteUrl
        ? { en: publicUrl(siteUrl, record.id, 'en'), fr: publicUrl(siteUrl, record.id, 'fr') }
        : null,
  };
}

/** A summary row for lists: enough to show and sort, without every field. */
export function listItem(
  record: Opportunity,
  actor: Actor,
  /** Its funds wait for a cardholder who lost the role (`blockedCardholder`, from storage). */
  blocked = false,
): ListItem {
  const view = opportunityView(record, actor);
  return {
    blocked,
    id: record.id,
    version: record.version,
    state: record.state,
    titleEn: record.fields.titleEn,
    titleFr: record.fields.titleFr,
    authorName: record.authorName,
    totalCents: view.totalCents,
    updatedAt: record.updatedAt,
    stateSince: record.stateSince,
    actions: view.actions,
  };
}

export function timeline(
  events: readonly AuditEvent[],
  refusals: readonly RefusedAttempt[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...events.map((e) => ({
      type: 'event' as const,
      version: e.version,
      at: e.at,
      actorName: e.actorName,
      ...(e.actorId === scheduler.id ? { system: true as const } : {}),
      ...(e.onBehalfOf ? { onBehalfOf: e.onBehalfOf.name } : {}),
      from: e.from,
      to: e.to,
      comment: e.comment,
      intent: e.details.kind,
      ...(e.details.kind === 'create' && e.details.copiedFrom
        ? { copiedFrom: e.details.copiedFrom }
        : {}),
    })),
    ...refusals.map((r) => ({
      type: 'refusal' as const,
      at: r.at,
      actorName: r.actorName,
      version: r.version,
      refusal: r.refusal,
    })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
