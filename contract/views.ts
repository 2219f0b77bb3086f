import type { ApplicantIdentity } from '../domain/applications';
import type { awaiting } from '../domain/awaiting';
import type { BlockedCardholder } from '../domain/blockedCardholder';
import type { PostingPeriod } from '../domain/completeness';
import type { AuditEvent, RefusedAttempt } from '../domain/events';
import type { IntentKind } from '../domain/intents';
import type { Locale } from '../domain/locale';
import type { Breakdown, Province } from '../domain/money';
import type { AwardRecord, Opportunity } from '../domain/opportunity';
import type { EvaluationResult } from '../domain/intents';
import type { NoticeGroup, NoticeRow } from '../domain/noticeSummary';
import type { BilingualItem } from '../domain/opportunity';
import type { QuestionToAnswer } from '../domain/questionStatus';
import type { State } from '../domain/states';

/**
 * The tab API's answers, as the tab reads them: the one door through which the tab (tab/src) sees
 * the server's types (eslint.config.mjs forbids it any import of server/, storage/, bot/ or
 * site/). The views of an opportunity (the record, the list row, the timeline, the views after
 * posting) are declared here, the people pages' in `peopleViews.ts` and the dashboard's in
 * `dashboardViews.ts`; the routes that build them implement them.
 */

/** One application as the author evaluates it: a number, the answers, the author's marks so far. */
export interface ApplicantToEvaluate {
  /** "Applicant 1…N", in the order closing fixed; what an `evaluate` intent sends as `applicant`. */
  applicant: number;
  /** One per evaluation criterion, plain text as the supplier wrote it. */
  answers: string[];
  /** The latest evaluation: pass or fail and the rationale per criterion; null until evaluated. */
  results: EvaluationResult[] | null;
}

export interface ApplicationsView {
  id: string;
  version: number;
  criteria: BilingualItem[];
  applicants: ApplicantToEvaluate[];
  /** How many are still to evaluate, and how many passed every criterion (the draw's candidates). */
  unevaluated: number;
  passed: number;
  /** Published at closing: the draw is fixed before anyone is evaluated. */
  drawCommitment: string | null;
}

/** An earlier opportunity named by the contract-splitting hold. */
export interface EarlierOpportunity {
  id: string;
  titleEn: string;
  titleFr: string;
  totalCents: number | null;
}

export interface AwardView {
  id: string;
  version: number;
  state: State;
  /** True while the contract-splitting rule holds the award (no identity then). */
  held: boolean;
  /** Everything anyone needs to recompute the draw (`domain/draw.ts`). */
  draw: {
    commitment: string | null;
    secret: string;
    seed: string;
    candidates: string[];
    winner: string;
  };
  /** The selected supplier: for the author and the cardholder, once the award is final. */
  winner: (ApplicantIdentity & { confirmation: string }) | null;
  splitting: {
    fundCentre: string;
    earlier: EarlierOpportunity[];
    priorCents: number;
    thisCents: number;
    capCents: number;
  } | null;
  releaseReason: string | null;
}

export interface FundCentreItem {
  id: string;
  titleEn: string;
  titleFr: string;
  state: State | null;
  /** When it was awarded, or posted if not awarded yet. */
  at: string;
  totalCents: number;
}

/** The contract-splitting guardrail beside a posting approval. */
export interface FundCentreView {
  id: string;
  fundCentre: string;
  /** Twelve months before now: the window the rule looks at. */
  since: string;
  items: FundCentreItem[];
  priorCents: number;
  thisCents: number;
  capCents: number;
}

export interface NoticesView {
  id: string;
  version: number;
  /** Per kind, how many and how they stand, in the order things happen. */
  groups: NoticeGroup[];
  /** Every notice, oldest first. */
  notices: NoticeRow[];
}

export interface QuestionsView {
  id: string;
  version: number;
  questions: QuestionToAnswer[];
}

export type {
  Bar,
  DashboardFigures,
  DashboardView,
  PilotMeasures,
  TargetFigures,
} from './dashboardViews';
export type {
  InvitationView,
  OpenStep,
  PeopleList,
  PersonDetail,
  PersonListItem,
  PersonTimelineEntry,
} from './peopleViews';

/**
 * The record as the tab may show it to anyone who may read it. Confirmation numbers stay out
 * until the award publishes them: with them the author could tell "Applicant 2" from a number a
 * supplier quotes. The award appears once final (not while held), without the supplier key
 * (a hash of an e-mail address).
 */
export type RecordView = Omit<Opportunity, 'applications' | 'evaluations' | 'award'> & {
  award: Omit<AwardRecord, 'supplierKey'> | null;
};

/** How far evaluation has gone, in counts only. */
export interface ApplicantCounts {
  count: number;
  evaluated: number;
  passed: number;
}

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

/** A summary row for lists: enough to show and sort, without every field. */
export interface ListItem {
  /** Its funds wait for a cardholder who lost the role. */
  blocked: boolean;
  id: string;
  version: number;
  state: State;
  titleEn: string;
  titleFr: string;
  authorName: string;
  totalCents: number | null;
  updatedAt: string;
  stateSince: string;
  actions: IntentKind[];
}
