import { scheduler } from '../../domain/people';
import { awaiting } from '../../domain/awaiting';
import { blockedCardholder, type BlockedCardholder } from '../../domain/blockedCardholder';
import { totalCents, type PostingPeriod } from '../../domain/completeness';
import { defaultMinPostingBusinessDays, postingPeriod } from '../../domain/postingPeriod';
import { mayCopy } from '../../domain/copyOpportunity';
import type { AuditEvent, RefusedAttempt } from '../../domain/events';
import type { IntentKind } from '../../domain/intents';
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
import type { Locale } from '../../domain/locale';
import { breakdown, type Breakdown, type Province } from '../../domain/money';
import type { Actor, Person } from '../../domain/people';
import { postedStates } from '../../domain/transitions';
import { publicUrl } from '../../domain/publicUrls';
import { applicantCounts, recordView, type ApplicantCounts, type RecordView } from './recordView';

/** What the tab shows of an opportunity, with what this person may do to it now. */
export interface OpportunityView {
  /** The stored record less what not everyone who reads it may see (see `recordView`). */
  record: RecordView;
  /** After closing: how many applications, evaluated, passing every criterion. */
  applicants: ApplicantCounts | null;
  totalCents: number | null;
  /** The value before tax, the tax and the total, with the province whose rate applies. */
  breakdown: (Breakdown & { province: Province }) | null;
  awaiting: ReturnType<typeof awaiting>;
  /** Intents allowed from this state that this person may ask for (completeness is checked on POST). */
  actions: IntentKind[];
  /** What else this person may read of it, by the predicates the routes check. */
  sees: {
    refusals: boolean;
    /** The draw (`/award`), with or without the winner. */
    award: boolean;
    winner: boolean;
    fundCentreHistory: boolean;
    /** Suppliers' questions (`/questions`): the author and procurement officers. */
    questions: boolean;
    /** What was e-mailed to suppliers (`/notices`): the author, the cardholder, procurement. */
    notices: boolean;
  };
}

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

/** What the detail view adds: whom it waits for by name, and its public pages once posted. */
export interface RecordExtras {
  /** The cardholder's name while the funds await them; null otherwise. */
  waitingForName: string | null;
  /**
   * While the funds wait for a cardholder who lost the role or left: who, so the author can name
   * another (`changeCardholder`). Read from the person as stored; null otherwise.
   */
  blocked: BlockedCardholder | null;
  publicPages: Record<Locale, string> | null;
  /** Whether this person may start a new draft from it (`mayCopy`). */
  mayCopy: boolean;
  /**
   * For a draft: the minimum posting period were the posting approved now, so the editor can say
   * beside the closing date that it is too soon before Submit (the tab has no holiday tables).
   */
  postingPeriod: PostingPeriod | null;
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
) {
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

/** The timeline merges what happened and what was refused, oldest first. */
export type TimelineEntry =
  | ({ type: 'event' } & Pick<
      AuditEvent,
      'version' | 'at' | 'actorName' | 'from' | 'to' | 'comment'
    > & {
        intent: AuditEvent['details']['kind'];
        /** Taken by the scheduler, not a person: the tab names it in the reader's language. */
        system?: true;
        /** The cardholder the actor decided for, as their delegate: "D on behalf of P". */
        onBehalfOf?: string;
        /** On a draft's first event, when it started as a copy of another opportunity. */
        copiedFrom?: string;
      })
  | ({ type: 'refusal' } & Pick<RefusedAttempt, 'at' | 'actorName' | 'version' | 'refusal'>);

export function timeline(events: AuditEvent[], refusals: RefusedAttempt[]): TimelineEntry[] {
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

export type ListItem = ReturnType<typeof listItem>;
