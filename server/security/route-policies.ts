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
  | 'workReport'
  | 'reportRequest'
  | 'reportTarget'
  | 'reportTargetOfRequester'
  | 'personRecords'
  | 'unitRecords'
  | 'submittedDossier';

export type Denied = 401 | 403 | 404;
/** A status, or 'allowed' (none of 401/403/404, below 500). */
export type Expected = number | 'allowed';

export interface RoutePolicy {
  access: 'public' | 'signed-in' | readonly Role[];
  scope: FixtureKind;
  denied?: number;
  outside?: Expected;
  /** The demo holds no object the route needs: every signed-in call must answer 404 (listed as uncovered). */
  uncovered?: string;
  /** Per role, when one role differs from the rule (e.g. a viewer sees the object but cannot change it). */
  byRole?: Partial<Record<Role, { inside?: Expected; outside?: Expected }>>;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Fields laid over the generated body, from the fixtures' ids: `<kind>Id` and `<kind>UnitId` for every kind,
   *  plus the scope fixture's related ids (e.g. ids.unitId, ids.personId, ids.meetingId, ids.nomineeId). */
  bodyOf?: (ids: Record<string, string>) => Record<string, unknown>;
  /** Send a multipart form with this file (and a `kind` field), as the upload routes take. */
  upload?: { name: string; bytes: 'pdf' | 'png' | 'xlsx' };
  /** What nobody (no session) gets, when not 401 (a public route answering a made-up object 404 …). */
  anonymous?: Expected;
  /** Use a fresh session for each call (the route ends or changes the session). */
  freshSession?: boolean;
  /** Why the rule is what it is, when that is not obvious. */
  note?: string;
}

const ALL: readonly Role[] = ['admin', 'officer', 'specialist', 'council_member', 'leader', 'viewer'];
const STAFF: readonly Role[] = ['admin', 'officer', 'specialist', 'leader'];
void ALL;
void STAFF;

/** Creating for a unit the caller cannot see: the body's rules are checked before the scope (nothing written). */
const OUTSIDE_400 =
  'outside: 400 — the body is judged before the unit is looked up in scope; nothing is written';
/** The demo's decision is issued: its state is checked before the role. */
const ISSUED_409 = 'the demo decision is issued: 409 (state) for every role in scope, before the role check';

/** A valid A4 certificate layout (one field), for the layout routes' bodies. */
const A4_LAYOUT = {
  paper: 'A4',
  pageWidthMm: 210,
  pageHeightMm: 297,
  fields: [{ key: 'recipient_name', x: 20, y: 100, width: 170 }],
};

/** A route that changes a dossier: its proposing unit's officers only (admins and viewers see it: 403). */
function dossierEdit(key: string, extra: Partial<RoutePolicy> = {}): Record<string, RoutePolicy> {
  return {
    [key]: {
      access: ['officer'],
      scope: 'dossier',
      denied: 404,
      byRole: { admin: { inside: 403 }, viewer: { inside: 403 } },
      ...extra,
    },
  };
}

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
  'POST /api/auth/login': {
    access: 'public',
    scope: 'none',
    anonymous: 401,
    note: 'made-up credentials: the answer proves the route is reached (throttling: auth.test.ts)',
  },
  'POST /api/auth/logout': { access: 'public', scope: 'none', note: 'ends the session if there is one' },
  'GET /api/auth/me': { access: 'signed-in', scope: 'none' },
  'POST /api/auth/password': { access: 'signed-in', scope: 'none', freshSession: true },
  'GET /api/public/awards/:code': { access: 'public', scope: 'none', note: 'certificate QR verification' },
  'GET /api/public/models': { access: 'public', scope: 'none' },
  'GET /api/public/models/:id': {
    access: 'public',
    scope: 'model',
    anonymous: 404,
    note: 'the fixture is an unpublished model: hidden from the public',
  },
  'GET /api/public/models/:id/photos/:photoId': { access: 'public', scope: 'model' },
  'GET /api/public/disclosures': { access: 'public', scope: 'none' },
  'GET /api/public/disclosures/:id': { access: 'public', scope: 'disclosure' },
  'POST /api/public/disclosures/:id/comments': { access: 'public', scope: 'disclosure' },
  // — people (officers and admins edit in their subtree; every role reads in it) —
  'GET /api/people': { access: 'signed-in', scope: 'none', note: 'filtered to the subtree' },
  'GET /api/people/:id': { access: 'signed-in', scope: 'person' },
  'POST /api/people': { access: ['admin', 'officer'], scope: 'none' },
  'PATCH /api/people/:id': { access: ['admin', 'officer'], scope: 'person' },
  'POST /api/people/:id/employments': { access: ['admin', 'officer'], scope: 'person' },
  'PATCH /api/people/:id/employments/:employmentId': { access: ['admin', 'officer'], scope: 'personRecords' },
  'GET /api/people/import-template.xlsx': { access: ['admin', 'officer'], scope: 'none' },
  'POST /api/people/import': { access: ['admin', 'officer'], scope: 'none' },
  // — units (every role reads its subtree; only admins change the tree) —
  'GET /api/units': { access: 'signed-in', scope: 'none' },
  'GET /api/units/tree': { access: 'signed-in', scope: 'none' },
  'GET /api/units/:id': { access: 'signed-in', scope: 'unit' },
  'GET /api/units/:id/name-at': { access: 'signed-in', scope: 'unit' },
  'POST /api/units': {
    access: ['admin', 'officer'],
    scope: 'unit',
    bodyOf: (ids) => ({ parentId: ids.unitId }),
    note: 'officers create units inside their subtree (villages, schools); units.policy.ts canCreateChild',
  },
  'PATCH /api/units/:id': { access: ['admin'], scope: 'unit' },
  'POST /api/units/:id/close': { access: ['admin'], scope: 'unit' },
  'DELETE /api/units/:id': { access: ['admin'], scope: 'unit' },
  'GET /api/unit-events': { access: 'signed-in', scope: 'none' },
  'POST /api/unit-events': {
    access: ['admin'],
    scope: 'unit',
    bodyOf: (ids) => ({
      kind: 'rename',
      unitId: ids.unitId,
      newName: 'Xã Đổi Tên Thử',
      sourceIds: undefined,
    }),
  },
  // — accounts and audit: admins only (a user outside an admin's subtree is hidden: 404) —
  'GET /api/users': { access: ['admin'], scope: 'none' },
  'GET /api/users/:id': { access: ['admin'], scope: 'user', denied: 404 },
  'POST /api/users': { access: ['admin'], scope: 'none' },
  'PATCH /api/users/:id': { access: ['admin'], scope: 'user', denied: 404 },
  'POST /api/users/:id/reset-password': { access: ['admin'], scope: 'user', denied: 404 },
  'GET /api/audit': { access: ['admin'], scope: 'none' },
  'GET /api/audit/verify': { access: ['admin'], scope: 'none' },
  // — history (every role reads in scope; officers and admins record; awards also specialists) —
  'GET /api/people/:id/history': { access: 'signed-in', scope: 'person' },
  'GET /api/units/:id/history': { access: 'signed-in', scope: 'unit' },
  'GET /api/people/:id/awards': { access: 'signed-in', scope: 'person' },
  'POST /api/people/:id/awards': { access: ['admin', 'officer', 'specialist'], scope: 'person' },
  'PATCH /api/people/:id/awards/:awardId': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'personRecords',
  },
  'POST /api/people/:id/awards/:awardId/revoke': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'personRecords',
  },
  'GET /api/people/:id/ratings': { access: 'signed-in', scope: 'person' },
  'POST /api/people/:id/ratings': { access: ['admin', 'officer'], scope: 'person' },
  'PATCH /api/people/:id/ratings/:recordId': {
    access: ['admin', 'officer'],
    scope: 'personRecords',
    params: { recordId: 'ratingId' },
  },
  'DELETE /api/people/:id/ratings/:recordId': {
    access: ['admin', 'officer'],
    scope: 'personRecords',
    params: { recordId: 'ratingId' },
  },
  'GET /api/people/:id/disciplines': { access: 'signed-in', scope: 'person' },
  'POST /api/people/:id/disciplines': { access: ['admin', 'officer'], scope: 'person' },
  'PATCH /api/people/:id/disciplines/:recordId': {
    access: ['admin', 'officer'],
    scope: 'personRecords',
    params: { recordId: 'disciplineId' },
  },
  'DELETE /api/people/:id/disciplines/:recordId': {
    access: ['admin', 'officer'],
    scope: 'personRecords',
    params: { recordId: 'disciplineId' },
  },
  'GET /api/people/:id/investigations': { access: 'signed-in', scope: 'person' },
  'POST /api/people/:id/investigations': { access: ['admin', 'officer'], scope: 'person' },
  'PATCH /api/people/:id/investigations/:recordId': {
    access: ['admin', 'officer'],
    scope: 'personRecords',
    params: { recordId: 'investigationId' },
  },
  'DELETE /api/people/:id/investigations/:recordId': {
    access: ['admin', 'officer'],
    scope: 'personRecords',
    params: { recordId: 'investigationId' },
  },
  'GET /api/people/:id/initiatives': { access: 'signed-in', scope: 'person' },
  'POST /api/people/:id/initiatives': { access: ['admin', 'officer'], scope: 'person' },
  'PATCH /api/people/:id/initiatives/:recordId': {
    access: ['admin', 'officer'],
    scope: 'personRecords',
    params: { recordId: 'initiativeId' },
  },
  'DELETE /api/people/:id/initiatives/:recordId': {
    access: ['admin', 'officer'],
    scope: 'personRecords',
    params: { recordId: 'initiativeId' },
  },
  'GET /api/units/:id/awards': { access: 'signed-in', scope: 'unit' },
  'POST /api/units/:id/awards': { access: ['admin', 'officer', 'specialist'], scope: 'unit' },
  'PATCH /api/units/:id/awards/:awardId': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'unitRecords',
  },
  'POST /api/units/:id/awards/:awardId/revoke': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'unitRecords',
  },
  'GET /api/units/:id/ratings': { access: 'signed-in', scope: 'unit' },
  'POST /api/units/:id/ratings': { access: ['admin', 'officer'], scope: 'unit' },
  'PATCH /api/units/:id/ratings/:recordId': {
    access: ['admin', 'officer'],
    scope: 'unitRecords',
    params: { recordId: 'ratingId' },
  },
  'DELETE /api/units/:id/ratings/:recordId': {
    access: ['admin', 'officer'],
    scope: 'unitRecords',
    params: { recordId: 'ratingId' },
  },
  'GET /api/units/:id/disciplines': { access: 'signed-in', scope: 'unit' },
  'POST /api/units/:id/disciplines': { access: ['admin', 'officer'], scope: 'unit' },
  'PATCH /api/units/:id/disciplines/:recordId': {
    access: ['admin', 'officer'],
    scope: 'unitRecords',
    params: { recordId: 'disciplineId' },
  },
  'DELETE /api/units/:id/disciplines/:recordId': {
    access: ['admin', 'officer'],
    scope: 'unitRecords',
    params: { recordId: 'disciplineId' },
  },
  'GET /api/units/:id/investigations': { access: 'signed-in', scope: 'unit' },
  'POST /api/units/:id/investigations': { access: ['admin', 'officer'], scope: 'unit' },
  'PATCH /api/units/:id/investigations/:recordId': {
    access: ['admin', 'officer'],
    scope: 'unitRecords',
    params: { recordId: 'investigationId' },
  },
  'DELETE /api/units/:id/investigations/:recordId': {
    access: ['admin', 'officer'],
    scope: 'unitRecords',
    params: { recordId: 'investigationId' },
  },
  'GET /api/units/:id/member-stats': { access: 'signed-in', scope: 'unit' },
  'POST /api/units/:id/member-stats': { access: ['admin', 'officer'], scope: 'unit' },
  'PATCH /api/units/:id/member-stats/:recordId': { access: ['admin', 'officer'], scope: 'unit' },
  'DELETE /api/units/:id/member-stats/:recordId': { access: ['admin', 'officer'], scope: 'unit' },
  // — eligibility and catalog (reference data and checks on subjects in scope) —
  'POST /api/eligibility/evaluate': {
    access: 'signed-in',
    scope: 'person',
    bodyOf: (ids) => ({ subjectId: ids.personId }),
  },
  'GET /api/eligibility/suggestions': { access: 'signed-in', scope: 'unit' },
  'GET /api/catalog': { access: 'signed-in', scope: 'none' },
  'GET /api/money': { access: 'signed-in', scope: 'none' },
  'GET /api/overlays': { access: ['admin'], scope: 'none' },
  'GET /api/overlays/:id': { access: ['admin'], scope: 'overlay', denied: 403, outside: 403 },
  'POST /api/overlays': { access: ['admin'], scope: 'none' },
  'PATCH /api/overlays/:id': { access: ['admin'], scope: 'overlay', outside: 403 },
  'DELETE /api/overlays/:id': { access: ['admin'], scope: 'overlay', outside: 403 },
  // — certificates —
  'GET /api/certificates/layouts': { access: 'signed-in', scope: 'none' },
  'GET /api/certificates/layouts/:id': { access: 'signed-in', scope: 'layout' },
  'POST /api/certificates/layouts': {
    access: ['admin', 'specialist'],
    outside: 400,
    note: OUTSIDE_400,
    scope: 'layout',
    bodyOf: (ids) => ({ authorityUnitId: ids.unitId, ...A4_LAYOUT }),
  },
  'PATCH /api/certificates/layouts/:id': {
    access: ['admin', 'specialist'],
    scope: 'layout',
    bodyOf: () => A4_LAYOUT,
  },
  'DELETE /api/certificates/layouts/:id': { access: ['admin', 'specialist'], scope: 'layout' },
  'POST /api/certificates/preview': { access: 'signed-in', scope: 'none' },
  'POST /api/certificates/sample': {
    access: 'signed-in',
    scope: 'none',
    bodyOf: () => ({ layout: A4_LAYOUT, values: {} }),
  },
  'GET /api/certificates/awards': { access: 'signed-in', scope: 'none' },
  'POST /api/certificates/print': {
    access: 'signed-in',
    scope: 'none',
    uncovered: 'the generated award ids are made up; scope of printing: certificates.test.ts',
  },
  // — inspections (organiser's officers, specialists and admins run them) —
  'GET /api/inspection-plans': { access: 'signed-in', scope: 'none' },
  'POST /api/inspection-plans': { access: ['admin', 'officer', 'specialist'], scope: 'none' },
  'GET /api/inspection-plans/:id': { access: 'signed-in', scope: 'inspectionPlan' },
  'PATCH /api/inspection-plans/:id': { access: ['admin', 'officer', 'specialist'], scope: 'inspectionPlan' },
  'DELETE /api/inspection-plans/:id': { access: ['admin', 'officer', 'specialist'], scope: 'inspectionPlan' },
  'PUT /api/inspection-plans/:id/team': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'inspectionPlan',
  },
  'POST /api/inspection-plans/:id/targets': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'inspectionPlan',
  },
  'PATCH /api/inspection-targets/:id': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'inspectionTarget',
  },
  'DELETE /api/inspection-targets/:id': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'inspectionTarget',
  },
  'POST /api/inspection-targets/:id/recommendations': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'inspectionTarget',
  },
  'GET /api/inspection-recommendations': { access: 'signed-in', scope: 'none' },
  'PATCH /api/inspection-recommendations/:id': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'inspectionRecommendation',
  },
  'DELETE /api/inspection-recommendations/:id': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'inspectionRecommendation',
  },
  'POST /api/inspection-recommendations/:id/follow-ups': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'inspectionRecommendation',
  },
  // — dossiers: a draft is seen by its proposing unit's officers, admins and viewers only; only officers edit —
  'GET /api/inbox': { access: 'signed-in', scope: 'none' },
  'GET /api/inbox/count': { access: 'signed-in', scope: 'none' },
  'GET /api/dossiers': { access: 'signed-in', scope: 'none' },
  'POST /api/dossiers': { access: ['officer'], scope: 'none' },
  'GET /api/dossiers/:id': { access: ['admin', 'officer', 'viewer'], scope: 'dossier', denied: 404 },
  ...dossierEdit('PATCH /api/dossiers/:id'),
  ...dossierEdit('DELETE /api/dossiers/:id'),
  ...dossierEdit('POST /api/dossiers/:id/transitions'),
  ...dossierEdit('POST /api/dossiers/:id/nominees'),
  ...dossierEdit('PATCH /api/dossiers/:id/nominees/:nomineeId'),
  ...dossierEdit('DELETE /api/dossiers/:id/nominees/:nomineeId'),
  ...dossierEdit('POST /api/dossiers/:id/attachments', { upload: { name: 'to-trinh.pdf', bytes: 'pdf' } }),
  ...dossierEdit('DELETE /api/dossiers/:id/attachments/:attachmentId'),
  ...dossierEdit('PUT /api/dossiers/:id/nominees/:nomineeId/report', {
    upload: { name: 'bao-cao.pdf', bytes: 'pdf' },
  }),
  ...dossierEdit('POST /api/dossiers/:id/nominees/import', {
    upload: { name: 'danh-sach.xlsx', bytes: 'xlsx' },
  }),
  ...dossierEdit('GET /api/dossiers/:id/to-trinh.docx'),
  'PUT /api/dossiers/:id/nominees/:nomineeId/appraisal': {
    access: ['specialist'],
    scope: 'submittedDossier',
    denied: 403,
    byRole: { leader: { inside: 409 } },
    note: 'a submitted dossier is appraised by the authority’s specialists once received; the leader sees the state first',
  },
  'GET /api/dossiers/:id/files/:fileId': {
    access: ['admin', 'officer', 'viewer'],
    scope: 'dossier',
    denied: 404,
  },
  'GET /api/dossiers/:id/nominees/template.xlsx': {
    access: ['admin', 'officer', 'viewer'],
    scope: 'dossier',
    denied: 404,
  },
  // — documents registry (read above and below the unit; kept by its officers, specialists, admins) —
  'GET /api/documents': { access: 'signed-in', scope: 'none' },
  'GET /api/documents/:id': { access: 'signed-in', scope: 'document' },
  'POST /api/documents': { access: ['admin', 'officer', 'specialist'], scope: 'none' },
  'PATCH /api/documents/:id': { access: ['admin', 'officer', 'specialist'], scope: 'document' },
  'DELETE /api/documents/:id': { access: ['admin', 'officer', 'specialist'], scope: 'document' },
  'PUT /api/documents/:id/file': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'document',
    upload: { name: 'van-ban.pdf', bytes: 'pdf' },
  },
  'DELETE /api/documents/:id/file': {
    uncovered: 'the demo stores no files (uploads: security-web.test.ts and the module tests)',
    access: ['admin', 'officer', 'specialist'],
    scope: 'document',
  },
  'GET /api/documents/:id/file': {
    uncovered: 'the demo stores no files (uploads: security-web.test.ts and the module tests)',
    access: 'signed-in',
    scope: 'document',
  },
  // — movements —
  'GET /api/movements': { access: 'signed-in', scope: 'none' },
  'GET /api/movements/tree': { access: 'signed-in', scope: 'none' },
  'GET /api/movements/:id': { access: 'signed-in', scope: 'movement' },
  'POST /api/movements': { access: ['admin', 'officer', 'specialist'], scope: 'none' },
  'PATCH /api/movements/:id': { access: ['admin', 'officer', 'specialist'], scope: 'movement' },
  'DELETE /api/movements/:id': { access: ['admin', 'officer', 'specialist'], scope: 'movement' },
  'POST /api/movements/:id/status': { access: ['admin', 'officer', 'specialist'], scope: 'movement' },
  'POST /api/movements/:id/indicators': { access: ['admin', 'officer', 'specialist'], scope: 'movement' },
  'PATCH /api/movements/:id/indicators/:indicatorId': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'movement',
  },
  'DELETE /api/movements/:id/indicators/:indicatorId': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'movement',
  },
  'POST /api/movements/:id/indicators/:indicatorId/values': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'movement',
  },
  'PATCH /api/movements/:id/indicator-values/:valueId': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'movement',
  },
  'DELETE /api/movements/:id/indicator-values/:valueId': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'movement',
  },
  // — exemplary models —
  'GET /api/models': { access: 'signed-in', scope: 'none' },
  'POST /api/models': { access: ['admin', 'officer'], scope: 'none' },
  'GET /api/models/:id': { access: 'signed-in', scope: 'model' },
  'PATCH /api/models/:id': { access: ['admin', 'officer'], scope: 'model' },
  'POST /api/models/:id/publish': { access: ['admin', 'officer'], scope: 'model' },
  'POST /api/models/:id/unpublish': { access: ['admin', 'officer'], scope: 'model' },
  'DELETE /api/models/:id': { access: ['admin', 'officer'], scope: 'model' },
  'POST /api/models/:id/photos': {
    access: ['admin', 'officer'],
    scope: 'model',
    upload: { name: 'anh.png', bytes: 'png' },
  },
  'GET /api/models/:id/photos/:photoId': { access: 'signed-in', scope: 'model' },
  'DELETE /api/models/:id/photos/:photoId': { access: ['admin', 'officer'], scope: 'model' },
  // — councils and meetings —
  'GET /api/councils': { access: 'signed-in', scope: 'none' },
  'POST /api/councils': { access: ['admin', 'officer', 'specialist'], scope: 'none' },
  'GET /api/councils/:id': { access: 'signed-in', scope: 'council' },
  'PATCH /api/councils/:id': { access: ['admin', 'officer', 'specialist'], scope: 'council' },
  'POST /api/councils/:id/changes': { access: ['admin', 'officer', 'specialist'], scope: 'council' },
  'GET /api/council-meetings': { access: 'signed-in', scope: 'none' },
  'POST /api/councils/:id/meetings': { access: ['specialist', 'council_member', 'leader'], scope: 'council' },
  'GET /api/council-meetings/:id': { access: 'signed-in', scope: 'meeting' },
  'PATCH /api/council-meetings/:id': { access: ['specialist', 'council_member', 'leader'], scope: 'meeting' },
  'DELETE /api/council-meetings/:id': {
    access: ['specialist', 'council_member', 'leader'],
    scope: 'meeting',
  },
  'PUT /api/council-meetings/:id/agenda': {
    access: ['specialist', 'council_member', 'leader'],
    scope: 'meeting',
  },
  'PUT /api/council-meetings/:id/attendance': {
    access: ['specialist', 'council_member', 'leader'],
    scope: 'meeting',
  },
  'PUT /api/council-meetings/:id/ballots/:nomineeId': {
    access: ['specialist', 'council_member', 'leader'],
    scope: 'meeting',
    body: { version: 1, mode: 'counts', agree: 1, disagree: 0, invalid: 0 },
  },
  'DELETE /api/council-meetings/:id/ballots/:nomineeId': {
    access: ['specialist', 'council_member', 'leader'],
    scope: 'meeting',
  },
  'GET /api/council-meetings/:id/minutes.docx': { access: 'signed-in', scope: 'meeting' },
  'POST /api/council-meetings/:id/close': {
    access: ['specialist', 'council_member', 'leader'],
    scope: 'meeting',
  },
  // — public disclosure (the authority's officers and specialists) —
  'GET /api/disclosures': { access: 'signed-in', scope: 'none' },
  'GET /api/disclosures/candidates': { access: 'signed-in', scope: 'none' },
  'POST /api/disclosures': { access: ['admin', 'officer', 'specialist'], scope: 'none' },
  'GET /api/disclosures/:id': { access: 'signed-in', scope: 'disclosure' },
  'PATCH /api/disclosures/:id': { access: ['admin', 'officer', 'specialist'], scope: 'disclosure' },
  'DELETE /api/disclosures/:id': { access: ['admin', 'officer', 'specialist'], scope: 'disclosure' },
  'POST /api/disclosures/:id/publish': { access: ['admin', 'officer', 'specialist'], scope: 'disclosure' },
  'POST /api/disclosures/:id/close': { access: ['admin', 'officer', 'specialist'], scope: 'disclosure' },
  'POST /api/disclosure-comments/:id/handle': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'comment',
  },
  'GET /api/disclosure-settings': { access: 'signed-in', scope: 'unit' },
  'PUT /api/disclosure-settings': { access: ['admin'], scope: 'unit' },
  // — decisions and their registers (officers draft, the authority's own leader issues and revokes) —
  'GET /api/decision-registers': { access: 'signed-in', scope: 'none' },
  'GET /api/decision-registers/defaults': { access: 'signed-in', scope: 'none' },
  'POST /api/decision-registers': {
    access: ['admin', 'officer'],
    scope: 'register',
    outside: 400,
    note: OUTSIDE_400,
  },
  'GET /api/decision-registers/:id': { access: 'signed-in', scope: 'register' },
  'PATCH /api/decision-registers/:id': { access: ['admin', 'officer'], scope: 'register' },
  'PUT /api/decision-registers/:id/years/:year': { access: ['admin', 'officer'], scope: 'register' },
  'GET /api/decision-registers/:id/candidates': { access: ['officer', 'specialist'], scope: 'register' },
  'GET /api/decisions': { access: 'signed-in', scope: 'none' },
  'GET /api/decisions/pending-proposals': { access: 'signed-in', scope: 'none' },
  'POST /api/decisions': {
    access: ['officer', 'specialist'],
    scope: 'register',
    uncovered: 'a draft needs concluded nominees of the register; scope: decisions.policy.test.ts',
  },
  'POST /api/decisions/external': {
    access: ['officer', 'specialist'],
    scope: 'unit',
    outside: 400,
    note: OUTSIDE_400,
  },
  'GET /api/decisions/:id': { access: 'signed-in', scope: 'decision' },
  'PATCH /api/decisions/:id': {
    access: ['officer', 'specialist'],
    scope: 'decision',
    denied: 409,
    note: ISSUED_409,
  },
  'DELETE /api/decisions/:id': {
    access: ['officer', 'specialist'],
    scope: 'decision',
    denied: 409,
    note: ISSUED_409,
  },
  'POST /api/decisions/:id/issue': { access: ['leader'], scope: 'decision' },
  'POST /api/decisions/:id/revocations': { access: ['leader'], scope: 'decision' },
  'GET /api/decisions/:id/document.docx': { access: 'signed-in', scope: 'decision' },
  // — registration of emulation titles (the unit's officers register; the parent unit accepts) —
  'GET /api/registrations': { access: 'signed-in', scope: 'none' },
  'POST /api/registrations': { access: ['admin', 'officer'], scope: 'unit', outside: 400, note: OUTSIDE_400 },
  'GET /api/registrations/nominees': {
    access: 'signed-in',
    scope: 'unit',
    uncovered: 'the query names a movement the demo unit did not register for',
  },
  'GET /api/registrations/:id': { access: 'signed-in', scope: 'registration' },
  'PATCH /api/registrations/:id': { access: ['admin', 'officer'], scope: 'registration' },
  'PUT /api/registrations/:id/lines': { access: ['admin', 'officer'], scope: 'registration' },
  'POST /api/registrations/:id/submit': { access: ['admin', 'officer'], scope: 'registration' },
  'POST /api/registrations/:id/accept': {
    access: [],
    scope: 'registration',
    note: 'the parent unit accepts',
  },
  'POST /api/registrations/:id/return': {
    access: [],
    scope: 'registration',
    note: 'the parent unit returns',
  },
  'POST /api/registrations/:id/dossier': {
    access: ['admin', 'officer'],
    scope: 'registration',
    denied: 409,
    note: 'the state (a draft registration has no result yet) is checked before the role: 409 for everyone',
  },
  'GET /api/registration-deadlines': { access: 'signed-in', scope: 'unit' },
  'PUT /api/registration-deadlines': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'unit',
    outside: 400,
    note: OUTSIDE_400,
  },
  'GET /api/registration-figures': { access: 'signed-in', scope: 'unit' },
  // — clusters and blocks (the organiser's staff; members score themselves) —
  'GET /api/emulation-groups': { access: 'signed-in', scope: 'none' },
  'POST /api/emulation-groups': { access: ['admin', 'officer', 'specialist'], scope: 'none' },
  'GET /api/emulation-groups/:id': { access: 'signed-in', scope: 'group' },
  'PATCH /api/emulation-groups/:id': { access: ['admin', 'officer', 'specialist'], scope: 'group' },
  'DELETE /api/emulation-groups/:id': { access: ['admin', 'officer', 'specialist'], scope: 'group' },
  'PUT /api/emulation-groups/:id/members': { access: ['admin', 'officer', 'specialist'], scope: 'group' },
  'PUT /api/emulation-groups/:id/sheet': { access: ['admin', 'officer', 'specialist'], scope: 'group' },
  'PUT /api/emulation-groups/:id/members/:unitId/self-scores': {
    access: ['admin', 'officer'],
    scope: 'group',
  },
  'PUT /api/emulation-groups/:id/members/:unitId/group-scores': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'group',
  },
  'PUT /api/emulation-groups/:id/members/:unitId/items/:itemId/evidence': {
    access: ['admin', 'officer'],
    scope: 'group',
    upload: { name: 'minh-chung.pdf', bytes: 'pdf' },
  },
  'DELETE /api/emulation-groups/:id/members/:unitId/items/:itemId/evidence': {
    uncovered: 'the demo stores no files (uploads: security-web.test.ts and the module tests)',
    access: ['admin', 'officer'],
    scope: 'group',
  },
  'GET /api/emulation-groups/:id/members/:unitId/items/:itemId/evidence': {
    uncovered: 'the demo stores no files (uploads: security-web.test.ts and the module tests)',
    access: 'signed-in',
    scope: 'group',
  },
  'PUT /api/emulation-groups/:id/covenant-file': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'group',
    upload: { name: 'giao-uoc.pdf', bytes: 'pdf' },
  },
  'DELETE /api/emulation-groups/:id/covenant-file': {
    uncovered: 'the demo stores no files (uploads: security-web.test.ts and the module tests)',
    access: ['admin', 'officer', 'specialist'],
    scope: 'group',
  },
  'GET /api/emulation-groups/:id/covenant-file': {
    uncovered: 'the demo stores no files (uploads: security-web.test.ts and the module tests)',
    access: 'signed-in',
    scope: 'group',
  },
  'POST /api/emulation-groups/:id/finalise': { access: ['admin', 'officer', 'specialist'], scope: 'group' },
  'POST /api/emulation-groups/:id/reopen': { access: ['admin', 'officer', 'specialist'], scope: 'group' },
  'POST /api/emulation-groups/:id/next-year': { access: ['admin', 'officer', 'specialist'], scope: 'group' },
  'POST /api/emulation-groups/:id/dossier': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'group',
    denied: 409,
    note: 'the state (an open group has no ranking yet) is checked before the role: 409 for everyone',
  },
  'GET /api/emulation-groups/:id/results.xlsx': { access: 'signed-in', scope: 'group' },
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
  'GET /api/report-requests': { access: 'signed-in', scope: 'none' },
  'POST /api/report-requests': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'none',
    outside: 'allowed',
    note: 'the requester unit is in the body; its scope is checked by the service (report-requests.test.ts)',
  },
  'GET /api/report-requests/:id': { access: ALL, scope: 'reportRequest' },
  'PATCH /api/report-requests/:id': { access: ['admin', 'officer', 'specialist'], scope: 'reportRequest' },
  'DELETE /api/report-requests/:id': { access: ['admin', 'officer', 'specialist'], scope: 'reportRequest' },
  'POST /api/report-requests/:id/targets': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'reportRequest',
  },
  'GET /api/report-requests/:id/summary': { access: ALL, scope: 'reportRequest' },
  'GET /api/report-requests/:id/summary.xlsx': { access: ALL, scope: 'reportRequest' },
  'GET /api/report-request-targets/:id/candidates': {
    access: ALL,
    scope: 'reportTarget',
    note: "reading the unit's issued reports of the period is open to every role of the unit",
  },
  'POST /api/report-request-targets/:id/answer': {
    access: ['admin', 'officer', 'specialist', 'leader'],
    scope: 'reportTarget',
  },
  'POST /api/report-request-targets/:id/remind': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'reportTargetOfRequester',
  },
  'DELETE /api/report-request-targets/:id': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'reportTargetOfRequester',
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
  'DELETE /api/work-reports/:id': {
    access: ['admin', 'officer', 'specialist'],
    scope: 'workReport',
    note: 'the fixture is the demo draft; an issued report answers 409 (work-reports.test.ts)',
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
