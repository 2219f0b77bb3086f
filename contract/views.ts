/**
 * The tab API's answers, as the tab reads them: the one door through which the tab (tab/src) sees
 * the server's types (eslint.config.mjs forbids it any other import of server/, storage/, bot/ or
 * site/). The types are still declared beside the routes that build them, most as the return type
 * of the function that shapes the answer, so the two cannot drift; this file only re-exports them,
 * as types, which the bundler erases. Declaring them here and having the routes implement them is
 * the next step of issue 14.
 */
export type { ApplicantToEvaluate, ApplicationsView } from '../server/api/applicationsRoute';
export type { AwardView } from '../server/api/awardRoute';
export type { DashboardFigures } from '../server/api/dashboardFigures';
export type { DashboardView } from '../server/api/dashboardRoute';
export type { FundCentreView } from '../server/api/fundCentreRoute';
export type { NoticesView } from '../server/api/noticesRoute';
export type {
  InvitationView,
  PeopleList,
  PersonDetail,
  PersonListItem,
  PersonTimelineEntry,
} from '../server/api/peopleViews';
export type { Bar, PilotMeasures } from '../server/api/pilotMeasures';
export type { QuestionsView } from '../server/api/questionsRoute';
export type { TargetFigures } from '../server/api/targetFigures';
export type { ListItem, OpportunityView, RecordExtras, TimelineEntry } from '../server/api/views';
