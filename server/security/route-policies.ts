// Who may call each API route — the permission matrix (server/security/permission-matrix.test.ts) calls every
// registered route as nobody, as every role in scope and as every role out of scope, and compares the status
// with what this table says. A route without an entry here FAILS that test.
//
// HOW TO ADD YOUR ROUTE (one line per route, key exactly "METHOD /url/:param" as registered):
//   'POST /api/things/:id/close': { access: ['officer', 'admin'], scope: 'thing' },
//   access  'public'      anyone, no session (also skips the 401 check)
//           'signed-in'   any signed-in role (lists filtered by scope, reference data)
//           Role[]        only these roles, and only inside their unit subtree
//   scope   the fixture kind (matrix-fixtures.ts) whose unit scopes the route's :id, or 'none' when the route
//           is not about one scoped object (lists, creation, reference data)
//   denied  status for a signed-in role NOT in access, on an in-scope object (default 403; 404 when the module
//           hides the object from that role entirely)
//   outside status for any role bound to a unit outside the object's subtree (default 404 when scope is a
//           kind; default "same as inside" when scope is 'none'); 'allowed' when the route is meant to work there
//   params  route parameter → fixture key, when the name alone does not say it (default: `id` → the scope
//           fixture's id, any other name → the scope fixture's related id of that name)
//   body    the JSON body to send (default: a minimal valid body generated from the route's zod schema)
// "allowed" means the answer is none of 401/403/404 and below 500: a 400 (e.g. a body that passes the schema
// but breaks a rule), 409 (wrong state) or 2xx all show the request got past authorisation.
// If your fixture kind is missing, add it to FixtureKind and to FIXTURE_SQL in matrix-fixtures.ts.
import type { Role } from '../../contracts/enums';

export type FixtureKind =
  | 'none'
  | 'person'
  | 'unit'
  | 'user'
  | 'dossier'
  | 'council'
  | 'meeting'
  | 'register'
  | 'decision'
  | 'layout'
  | 'document'
  | 'movement'
  | 'model'
  | 'inspectionPlan'
  | 'inspectionTarget'
  | 'inspectionRecommendation'
  | 'registration'
  | 'group'
  | 'disclosure'
  | 'comment'
  | 'overlay'
  | 'workReport';

export type Denied = 401 | 403 | 404;
export type Expected = Denied | 'allowed';

export interface RoutePolicy {
  access: 'public' | 'signed-in' | readonly Role[];
  scope: FixtureKind;
  denied?: Denied;
  outside?: Expected;
  /** Per role, when one role differs from the rule (e.g. a viewer sees the object but cannot change it). */
  byRole?: Partial<Record<Role, { inside?: Expected; outside?: Expected }>>;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Use a fresh session for each call (the route ends or changes the session). */
  freshSession?: boolean;
  /** Why the rule is what it is, when that is not obvious. */
  note?: string;
}

const ALL: readonly Role[] = ['admin', 'officer', 'specialist', 'council_member', 'leader', 'viewer'];
const STAFF: readonly Role[] = ['admin', 'officer', 'specialist', 'leader'];
void ALL;
void STAFF;

export const ROUTE_POLICIES: Record<string, RoutePolicy> = {
  // — public and session —
  'GET /api/health': { access: 'public', scope: 'none' },
  'GET /api/docs': { access: 'public', scope: 'none' },
  'GET /api/docs/static/index.html': { access: 'public', scope: 'none' },
  'GET /api/docs/static/swagger-initializer.js': { access: 'public', scope: 'none' },
  'GET /api/docs/json': { access: 'public', scope: 'none' },
  'GET /api/docs/yaml': { access: 'public', scope: 'none' },
  'GET /api/docs/static/*': { access: 'public', scope: 'none' },
  'GET /api/openapi.json': { access: 'public', scope: 'none' },
  'POST /api/auth/login': { access: 'public', scope: 'none' },
  'POST /api/auth/logout': { access: 'public', scope: 'none', note: 'ends the session if there is one' },
  'GET /api/auth/me': { access: 'signed-in', scope: 'none' },
  'POST /api/auth/password': { access: 'signed-in', scope: 'none', freshSession: true },
  'GET /api/public/awards/:code': { access: 'public', scope: 'none', note: 'certificate QR verification' },
  'GET /api/public/models': { access: 'public', scope: 'none' },
  'GET /api/public/models/:id': { access: 'public', scope: 'model' },
  'GET /api/public/models/:id/photos/:photoId': { access: 'public', scope: 'model' },
  'GET /api/public/disclosures': { access: 'public', scope: 'none' },
  'GET /api/public/disclosures/:id': { access: 'public', scope: 'disclosure' },
  'POST /api/public/disclosures/:id/comments': { access: 'public', scope: 'disclosure' },
  // — statutory statistics forms (read-only; any role at the unit or above) —
  'GET /api/statistics/forms': { access: ALL, scope: 'unit', query: { year: '2023' } },
  'GET /api/statistics/forms/:code': {
    access: ALL,
    scope: 'unit',
    params: { code: '0603' },
    query: { year: '2023' },
  },
  'GET /api/statistics/forms/:code.xlsx': {
    access: ALL,
    scope: 'unit',
    params: { code: '0603' },
    query: { year: '2023' },
  },
  // — work reports (báo cáo công tác TĐKT): read by any role over the unit; drafted by its staff, issued by its
  //   admins, officers and leaders (server/modules/reports/work-reports.test.ts) —
  'GET /api/reports/work-report': {
    access: ALL,
    scope: 'unit',
    query: { from: '2023-01-01', to: '2023-06-30' },
  },
  'GET /api/reports/work-report.docx': {
    access: ALL,
    scope: 'unit',
    query: { from: '2023-01-01', to: '2023-06-30' },
  },
  'GET /api/work-reports': { access: 'signed-in', scope: 'none' },
  'POST /api/work-reports': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'unit',
    note: 'the unit comes from the fixture (unitId); a second call answers 409 (one report per unit and period)',
  },
  'GET /api/work-reports/:id': { access: ALL, scope: 'workReport' },
  'GET /api/work-reports/:id/versions': { access: ALL, scope: 'workReport' },
  'GET /api/work-reports/:id/docx': { access: ALL, scope: 'workReport' },
  'PATCH /api/work-reports/:id': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'workReport',
    body: { version: 999 },
    note: 'a stale version: 409 past authorisation, nothing written',
  },
  'POST /api/work-reports/:id/issue': {
    access: ['admin', 'officer', 'leader'],
    scope: 'workReport',
    body: { version: 999, numberSymbol: '1/BC-UBND', issuedOn: '2023-07-05' },
    note: 'a stale version: 409 past authorisation, nothing issued',
  },
  // — dashboard (read-only; the unit defaults to the actor's own, another unit outside the scope is 404 — see
  //   server/modules/dashboard/dashboard.test.ts; without unitId every role gets its own subtree) —
  'GET /api/dashboard': { access: 'signed-in', scope: 'none' },
  'GET /api/dashboard/awards': { access: 'signed-in', scope: 'none' },
  'GET /api/dashboard/awards.xlsx': { access: 'signed-in', scope: 'none' },
  'GET /api/dashboard/overdue-dossiers': { access: 'signed-in', scope: 'none' },
  'GET /api/dashboard/overdue-dossiers.xlsx': { access: 'signed-in', scope: 'none' },
  'GET /api/dashboard/chart.xlsx': { access: 'signed-in', scope: 'none', query: { chart: 'byKind' } },
};

/** True when the route is reached without a session (HEAD follows its GET). */
export function isPublicRoute(method: string, url: string): boolean {
  return ROUTE_POLICIES[policyKey(method === 'HEAD' ? 'GET' : method, url)]?.access === 'public';
}

/** The key of a route in the table. */
export function policyKey(method: string, url: string): string {
  return `${method} ${url}`;
}
