import { resolve } from 'node:path';
import type { Person } from '../../domain/people';
import type { Storage } from '../../storage/storage';
import type { Handler } from '../../runtime/http';
import type { Logger } from '../../runtime/logger';
import { createVerifier, type TabAuthOptions } from './auth';
import { DashboardProjection } from './dashboardProjection';
import { dashboardRoute, dashboardSource } from './dashboardRoute';
import { exportDashboardTable, exportOpportunities } from './exportRoutes';
import { defaultStepTargets, type StepTargets } from '../../domain/targets';
import { devRoutes } from './devRoutes';
import type { DevSigner } from './devSigner';
import { withPerson, type GuardDependencies } from './guard';
import { createOpportunity, listOpportunities } from './listRoutes';
import type { NoticeSending } from '../../contract/routes';
import { cardholdersRoute, meRoute } from './meRoutes';
import { delegatesRoute, endDelegation, setDelegation } from './delegationRoutes';
import { createRateLimiter, defaultRateLimit, type RateLimitOptions } from './rateLimit';
import { opportunityRoutes } from './opportunityRoutes';
import type { PublicForms } from './previewRoute';
import { administerPerson, invitePerson, listPeople, readPerson } from './peopleRoutes';
import { route, type Route } from '../routeTable';
import { tabFiles } from './staticFiles';

export type { TabAuthOptions } from './auth';
export { createDevSigner, type DevSigner } from './devSigner';

export interface TabApiOptions {
  storage: Storage;
  logger: Logger;
  /** Entra ID settings in production; `development.signer.auth` in development. */
  auth: TabAuthOptions;
  mode: 'development' | 'production';
  /** Development only: the local signing key and the people the identity picker may offer. */
  development?: { signer: DevSigner; people: readonly Person[] };
  rateLimit?: RateLimitOptions;
  /** The public site's address, for links in the notices to applicants. */
  publicSiteUrl?: string;
  /** Where the public forms post (APP_BASE_URL/apply), so the preview shows the page's forms. */
  publicForms?: PublicForms;
  /** Where the built tab is; defaults to `tab/dist`. */
  tabRoot?: string;
  /** How notices leave the outbox (`email`, `files`, or `off`: queued, not sent); shown by `GET /api/me`. */
  noticeSending?: NoticeSending;
  /** Business-day targets per step, for the dashboard; the defaults unless set. */
  targets?: StepTargets;
  clock?: () => Date;
}

/** Body limits: a whole draft fits in 256 KB (storage caps a record at 1 MiB); a decision in 16 KB. */
export const bodyLimits = { editBodyBytes: 256 * 1024, intentBodyBytes: 16 * 1024 };

/** The tab's API (one route table, server/routeTable.ts) and its files, for `createApp({ routes, mounts })`. */
export function createTabApi(options: TabApiOptions): {
  routes: Route[];
  mounts: Array<[string, Handler]>;
} {
  if (options.mode === 'production' && options.development)
    throw new Error('The development signing key and token endpoint must not exist in production');
  if (options.mode === 'production' && options.auth.keys.kind !== 'remote')
    throw new Error('In production tab tokens are checked against Entra ID keys (a JWKS URL)');
  const { storage } = options;
  const deps: GuardDependencies = {
    storage,
    logger: options.logger,
    verify: createVerifier(options.auth),
    limiter: createRateLimiter(options.rateLimit ?? defaultRateLimit),
  };
  const clock = options.clock ?? (() => new Date());
  // One projection for the dashboard and its exports: neither scans the table per request.
  const dashboard = dashboardSource(
    storage,
    new DashboardProjection(storage),
    clock,
    options.targets ?? defaultStepTargets,
  );
  const routes: Route[] = [
    route(
      'GET /api/me',
      withPerson(deps, meRoute(options.noticeSending ?? 'off', options.publicSiteUrl)),
    ),
    route('GET /api/cardholders', withPerson(deps, cardholdersRoute(storage))),
    route('POST /api/me/delegation', withPerson(deps, setDelegation(storage, clock))),
    route('DELETE /api/me/delegation', withPerson(deps, endDelegation(storage))),
    route('GET /api/me/delegates', withPerson(deps, delegatesRoute(storage))),
    route('GET /api/opportunities', withPerson(deps, listOpportunities(storage))),
    route(
      'POST /api/opportunities',
      withPerson(deps, createOpportunity(storage, bodyLimits.editBodyBytes)),
    ),
    ...opportunityRoutes(deps, bodyLimits, clock, options.publicSiteUrl, options.publicForms),
    route('GET /api/dashboard', withPerson(deps, dashboardRoute(dashboard))),
    route(
      'GET /api/dashboard/export.csv',
      withPerson(deps, exportDashboardTable(dashboard, clock)),
    ),
    route(
      'GET /api/opportunities/export.csv',
      withPerson(deps, exportOpportunities(dashboard, clock)),
    ),
    route('GET /api/people', withPerson(deps, listPeople(storage))),
    route('POST /api/people/invitations', withPerson(deps, invitePerson(storage))),
    route('GET /api/people/:id', withPerson(deps, readPerson(storage))),
    route('POST /api/people/:id/roles', withPerson(deps, administerPerson(storage, 'roles'))),
    route(
      'POST /api/people/:id/deactivate',
      withPerson(deps, administerPerson(storage, 'deactivate')),
    ),
    route('GET /tab', ({ res }) => {
      res.writeHead(308, { location: '/tab/' });
      res.end();
    }),
  ];
  if (options.development)
    routes.push(...devRoutes(options.development.signer, options.development.people));
  const tabRoot = resolve(options.tabRoot ?? resolve(__dirname, '../../tab/dist'));
  return { routes, mounts: [['/tab/', tabFiles(tabRoot)]] };
}
