import { csvDocument, type CsvValue } from '../../domain/csv';
import { isLocale, type Locale } from '../../domain/locale';
import { t, type MessageKey } from '../../domain/messages';
import { canSeeDashboard } from '../../domain/permissions';
import { states, type State } from '../../domain/states';
import { easternDate } from '../../domain/text';
import type { FigureRow } from './dashboardFigures';
import { measuredStages } from './dashboardFigures';
import type { DashboardView } from '../../contract/dashboardViews';
import type { DashboardSource } from './dashboardRoute';
import { dashboardTables, type DashboardTable } from '../../contract/exportTables';
import type { PersonContext } from './guard';
import { fail } from './respond';
import { apiCsp, securityHeaders } from './securityHeaders';

type Table = { header: string[]; rows: CsvValue[][] };

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** Every opportunity: public fields, the date it entered each state, business days per stage. */
export function opportunitiesTable(rows: readonly FigureRow[], locale: Locale): Table {
  const say = (key: MessageKey, params: Record<string, string | number> = {}) =>
    t(locale, key, params);
  const stateName = (state: State) => say(`state.${state}`);
  const header = [
    say('export.id'),
    say('export.titleEn'),
    say('export.titleFr'),
    say('export.state'),
    say('export.valueDollars'),
    say('export.closing'),
    ...states.map((state) => say('export.entered', { state: stateName(state) })),
    ...measuredStages.map((state) => say('export.businessDays', { state: stateName(state) })),
    say('export.applications'),
    say('export.qualified'),
    say('export.toAwardDays'),
    say('export.toAwardBusinessDays'),
  ];
  const sorted = [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    header,
    rows: sorted.map((row) => {
      const businessDays = new Map<State, number>();
      for (const passage of row.passages)
        businessDays.set(
          passage.state,
          (businessDays.get(passage.state) ?? 0) + passage.businessDays,
        );
      const closed = row.entered.some((s) => s.state === 'evaluating');
      const toAward = row.submissionToAward;
      return [
        row.id,
        row.titleEn,
        row.titleFr,
        stateName(row.state),
        dollars(row.totalCents),
        row.closingAt && easternDate(row.closingAt),
        // The first time it entered each state (a return to the author enters some again).
        ...states.map((state) => row.entered.find((s) => s.state === state)?.on ?? null),
        ...measuredStages.map((state) => businessDays.get(state) ?? null),
        closed ? row.outcome.applications : null,
        row.outcome.evaluationDone ? row.outcome.qualified : null,
        toAward && Math.round((toAward.ms / 86_400_000) * 10) / 10,
        toAward && toAward.businessDays,
      ];
    }),
  };
}

/** One of the dashboard's tables, as the tab shows it. */
export function dashboardTable(
  table: DashboardTable,
  view: DashboardView,
  rows: readonly FigureRow[],
  locale: Locale,
): Table {
  const say = (key: MessageKey, params: Record<string, string | number> = {}) =>
    t(locale, key, params);
  const title = (item: { titleEn: string; titleFr: string }) =>
    locale === 'fr' ? item.titleFr : item.titleEn;
  switch (table) {
    case 'targets':
      return {
        header: [
          say('export.stage'),
          say('export.target'),
          say('export.count'),
          say('export.median'),
          say('export.p90'),
          say('export.overTarget'),
          say('export.overdueNow'),
        ],
        rows: view.againstTarget
          .filter((stage) => stage.targetDays !== null)
          .map((stage) => [
            say(`state.${stage.state}`),
            stage.targetDays,
            stage.count,
            stage.medianDays,
            stage.p90Days,
            stage.overTarget,
            stage.overdueNow,
          ]),
      };
    case 'overdue':
      return {
        header: [
          say('export.id'),
          say(locale === 'fr' ? 'export.titleFr' : 'export.titleEn'),
          say('export.state'),
          say('export.since'),
          say('export.waited'),
          say('export.target'),
          say('export.waitsFor'),
        ],
        rows: view.overdue.map((item) => [
          item.id,
          title(item),
          say(`state.${item.state}`),
          easternDate(item.since),
          item.waitedDays,
          item.targetDays,
          !item.awaiting
            ? null
            : 'personId' in item.awaiting
              ? (view.names[item.awaiting.personId] ?? item.awaiting.personId)
              : say(`role.${item.awaiting.role}`),
        ]),
      };
    case 'officers':
      return {
        header: [
          say('tab.measures.officer'),
          say('tab.measures.decisions'),
          say('tab.measures.approvals'),
          say('tab.measures.returns'),
          say('tab.measures.rejections'),
          say('tab.measures.releases'),
          say('tab.measures.waitMedian'),
          say('tab.measures.waitP90'),
          say('tab.measures.waitLongest'),
        ],
        rows: view.measures.procurement.officers.map((o) => [
          o.personId ? (view.names[o.personId] ?? o.personId) : say('tab.measures.unknownOfficer'),
          o.decisions,
          o.approvals,
          o.returns,
          o.rejections,
          o.releases,
          o.medianDays,
          o.p90Days,
          o.longestDays,
        ]),
      };
    case 'awardTimes':
      return {
        header: [
          say('export.id'),
          say(locale === 'fr' ? 'export.titleFr' : 'export.titleEn'),
          say('export.awardedOn'),
          say('export.days'),
          say('export.toAwardBusinessDays'),
        ],
        rows: rows
          .filter((row) => row.submissionToAward)
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((row) => [
            row.id,
            title(row),
            row.submissionToAward!.awardedOn,
            Math.round((row.submissionToAward!.ms / 86_400_000) * 10) / 10,
            row.submissionToAward!.businessDays,
          ]),
      };
  }
}

/** `?lang=en|fr`, else the person's language. */
function localeOf(context: PersonContext): Locale {
  const asked = context.url.searchParams.get('lang');
  return isLocale(asked) ? asked : (context.person.chosenLocale ?? context.person.locale);
}

function sendCsv(context: PersonContext, name: string, table: Table, now: Date): void {
  const body = Buffer.from(csvDocument(table.header, table.rows), 'utf8');
  context.res.writeHead(200, {
    ...securityHeaders(apiCsp),
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}-${easternDate(now)}.csv"`,
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  context.res.end(body);
}

/** GET /api/opportunities/export.csv: every opportunity, for managers and admins. */
export function exportOpportunities(source: DashboardSource, clock: () => Date) {
  return async (context: PersonContext): Promise<void> => {
    if (!canSeeDashboard(context.actor))
      return fail(context.res, 403, 'forbidden', 'tab.api.dashboardForbidden');
    const { rows } = await source.current();
    sendCsv(context, 'opportunities', opportunitiesTable(rows, localeOf(context)), clock());
  };
}

/** GET /api/dashboard/export.csv?table=targets: one of the dashboard's tables. */
export function exportDashboardTable(source: DashboardSource, clock: () => Date) {
  return async (context: PersonContext): Promise<void> => {
    if (!canSeeDashboard(context.actor))
      return fail(context.res, 403, 'forbidden', 'tab.api.dashboardForbidden');
    const table = context.url.searchParams.get('table');
    if (!dashboardTables.includes(table as DashboardTable))
      return fail(context.res, 400, 'unknownExport', 'tab.api.unknownExport');
    const { rows, view } = await source.current();
    const locale = localeOf(context);
    sendCsv(
      context,
      `dashboard-${table}`,
      dashboardTable(table as DashboardTable, view, rows, locale),
      clock(),
    );
  };
}
