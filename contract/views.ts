import type { ApplicantIdentity } from '../domain/applications';
import type { EvaluationResult } from '../domain/intents';
import type { NoticeGroup, NoticeRow } from '../domain/noticeSummary';
import type { BilingualItem } from '../domain/opportunity';
import type { QuestionToAnswer } from '../domain/questionStatus';
import type { State } from '../domain/states';

/**
 * The tab API's answers, as the tab reads them: the one door through which the tab (tab/src) sees
 * the server's types (eslint.config.mjs forbids it any other import of server/, storage/, bot/ or
 * site/). The views of one opportunity after posting are declared here and the routes that build
 * them implement them; the others are still declared beside the routes that build them, most as
 * the return type of the function that shapes the answer, and only re-exported here, as types,
 * which the bundler erases.
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

export type { DashboardFigures } from '../server/api/dashboardFigures';
export type { DashboardView } from '../server/api/dashboardRoute';
export type {
  InvitationView,
  OpenStep,
  PeopleList,
  PersonDetail,
  PersonListItem,
  PersonTimelineEntry,
} from './peopleViews';
export type { Bar, PilotMeasures } from '../server/api/pilotMeasures';
export type { TargetFigures } from '../server/api/targetFigures';
export type { ListItem, OpportunityView, RecordExtras, TimelineEntry } from '../server/api/views';
