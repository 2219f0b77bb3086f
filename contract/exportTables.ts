/**
 * The dashboard's tables a manager may export, as `GET /api/dashboard/export.csv?table=` names
 * them: shared by the route and the tab's buttons (this module imports nothing).
 */
export const dashboardTables = ['targets', 'overdue', 'officers', 'awardTimes'] as const;
export type DashboardTable = (typeof dashboardTables)[number];
