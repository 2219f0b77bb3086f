import type { Delegation, DelegationRequest, Principal } from '../domain/delegation';
import type { EvaluationResult, Intent } from '../domain/intents';
import type { Locale } from '../domain/locale';
import type { OpportunityFields } from '../domain/opportunity';
import type { Role } from '../domain/people';
import type { Invitation, PeopleAccess, RoleChange } from '../domain/peopleAdmin';
import type {
  ApplicationsView,
  AwardView,
  DashboardView,
  FundCentreView,
  InvitationView,
  ListItem,
  NoticesView,
  OpportunityView,
  PeopleList,
  PersonDetail,
  QuestionsView,
  RecordExtras,
  TimelineEntry,
} from './views';

/**
 * The tab API as the tab calls it and the server answers it: each route with its body and its
 * answer. The tab's client (`tab/src/api.ts`) takes a route of this map, so a path, a body or an
 * answer the server does not have fails to compile; the server builds the answers below with these
 * types. docs/api.md says what each route does.
 */

export interface Bilingual {
  en: string;
  fr: string;
}

/** A problem beside a field, as `domain/problems.ts` describes it in both languages. */
export interface ProblemBody {
  field: string;
  code: string;
  message: Bilingual;
}

/** Every error answer (docs/api.md, "Answers and errors"). */
export interface ErrorBody {
  error: string;
  message?: Bilingual;
  problems?: ProblemBody[];
  current?: unknown;
}

/** How notices to suppliers leave: e-mailed by GC Notify, files (development), or not at all yet. */
export type NoticeSending = 'email' | 'files' | 'off';

export interface MeReply {
  id: string;
  name: string;
  roles: Role[];
  locale: Locale;
  /** Their own delegation (out of office), and the cardholders they decide for today. */
  delegation: Delegation | null;
  deputyFor: readonly Principal[];
  /** What the server lets this person list, by `domain/permissions.ts`. */
  may: { listAll: boolean; dashboard: boolean; people: PeopleAccess };
  notices: { sending: NoticeSending };
  /** The public client guide in each language, once the server knows the site's address. */
  clientGuide: Bilingual | null;
}

/** Whom a draft can name as its cardholder (names only, no e-mail). */
export interface CardholdersReply {
  cardholders: Array<{ id: string; name: string }>;
}

/** Who could stand in for this person, and for which of their roles. */
export interface DelegatesReply {
  roles: Role[];
  delegates: Array<{ id: string; name: string; roles: Role[] }>;
}

export interface ListReply {
  view: 'mine' | 'inbox' | 'all';
  items: ListItem[];
  continuationToken: string | null;
}

export type OpportunityDetail = OpportunityView & RecordExtras & { timeline: TimelineEntry[] };

/** A created or changed opportunity; `replayed` when an `Idempotency-Key` was seen before. */
export type ChangedOpportunity = OpportunityView & { replayed: boolean };

/** The routes that create or change an opportunity and answer it as it now is. */
export type OpportunityChangeRoute =
  | 'POST /api/opportunities'
  | 'PATCH /api/opportunities/:id'
  | 'POST /api/opportunities/:id/intents'
  | 'POST /api/opportunities/:id/copy';

/**
 * An intent as the tab sends it: the domain's intents but drafting (PATCH), closing (the
 * scheduler's), and the evaluation, which names the applicant by number (docs/api.md).
 */
export type IntentRequest =
  | Exclude<Intent, { kind: 'editDraft' | 'close' | 'evaluate' }>
  | { kind: 'evaluate'; applicant: number; results: EvaluationResult[] };

/** Draft fields as the tab sends them: any subset, text as typed where a list did not read. */
export type DraftRequest = Partial<Record<keyof OpportunityFields, unknown>>;

export interface Routes {
  'GET /api/me': { reply: MeReply };
  'GET /api/me/delegates': { reply: DelegatesReply };
  'POST /api/me/delegation': { body: DelegationRequest; reply: { delegation: Delegation } };
  'DELETE /api/me/delegation': { reply: { delegation: null } };
  'GET /api/cardholders': { reply: CardholdersReply };
  'GET /api/dashboard': { reply: DashboardView };
  'GET /api/opportunities': { reply: ListReply };
  'POST /api/opportunities': { body: DraftRequest; reply: ChangedOpportunity };
  'GET /api/opportunities/:id': { reply: OpportunityDetail };
  'PATCH /api/opportunities/:id': { body: DraftRequest; reply: ChangedOpportunity };
  'POST /api/opportunities/:id/intents': { body: IntentRequest; reply: ChangedOpportunity };
  'POST /api/opportunities/:id/copy': { reply: ChangedOpportunity };
  'GET /api/opportunities/:id/questions': { reply: QuestionsView };
  'GET /api/opportunities/:id/notices': { reply: NoticesView };
  'GET /api/opportunities/:id/applications': { reply: ApplicationsView };
  'GET /api/opportunities/:id/award': { reply: AwardView };
  'GET /api/opportunities/:id/fundCentreHistory': { reply: FundCentreView };
  /** HTML, not JSON: the public page in `?lang=en|fr` (the tab's `api.sendText`). */
  'GET /api/opportunities/:id/preview': { reply: string };
  'GET /api/people': { reply: PeopleList };
  'GET /api/people/:id': { reply: PersonDetail };
  'POST /api/people/:id/roles': { body: RoleChange; reply: PersonDetail };
  'POST /api/people/:id/deactivate': { body: { reason: string }; reply: PersonDetail };
  'POST /api/people/invitations': { body: Invitation; reply: InvitationView };
}

export type RouteName = keyof Routes;
export type ReplyOf<R extends RouteName> = Routes[R]['reply'];
export type BodyOf<R extends RouteName> = Routes[R] extends { body: infer B } ? B : never;

/** The `:name` parts of a route's path, as an object of strings. */
export type ParamsOf<R extends string> = R extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<`/${Rest}`>
  : R extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, never>;

/** The method and the path of a route, its parameters filled in (encoded) and a query added. */
export function requestOf<R extends RouteName>(
  route: R,
  params: ParamsOf<R>,
  query?: URLSearchParams,
): { method: string; path: string } {
  const [method, template] = route.split(' ') as [string, string];
  const values = params as Record<string, string>;
  const path = template.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${route}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const search = query?.toString();
  return { method, path: search ? `${path}?${search}` : path };
}
