// Fixtures of the permission matrix: the demo organisation and its records (one object of every kind the demo
// holds, each with the unit that scopes it), accounts of every role bound in scope and out of scope, and a
// database whose request transactions roll back, so that an allowed mutation leaves the fixtures as they were.
import { randomUUID } from 'node:crypto';
import type { RouteOptions } from 'fastify';
import type { Role } from '../../contracts/enums';
import { buildApp } from '../app';
import type { App } from '../app-types';
import { readConfig } from '../config';
import { type DatabaseHandle, type Db, queryRows, sql } from '../db/client';
import { seedDemo } from '../db/seed/demo';
import { createSession } from '../modules/auth/sessions.queries';
import { createUnit, createUser, type UnitRow } from '../test/factories';
import { openTestDatabase } from '../test/database';
import type { FixtureKind } from './route-policies';

/** One object of a kind: its id, the unit whose subtree holds it, and related ids named as route params. */
export interface Fixture {
  id: string;
  unit: UnitRow;
  /** Related ids by route parameter name (nomineeId, photoId …) and body field name (unitId, personId …). */
  ids: Record<string, string>;
  /** Found in the demo data (false: a made-up id, so only "not found" answers can be checked). */
  real: boolean;
}

export interface MatrixSession {
  cookie: string;
  csrfToken: string;
}

export interface MatrixWorld {
  app: App;
  database: DatabaseHandle;
  province: UnitRow;
  outside: UnitRow;
  fixtures: Record<FixtureKind, Fixture>;
  /** A session of a fresh account holding `role` at `unit`, created once per (role, unit). */
  sessionFor(role: Role, unit: UnitRow, fresh?: boolean): Promise<MatrixSession>;
  close(): Promise<void>;
}

const ROLLBACK = Symbol('matrix-rollback');

/**
 * Wraps db.transaction so that the work runs, its result is returned, and the transaction is rolled back:
 * the matrix calls every mutation as every role without changing what the next call sees.
 */
function rollingBack(db: Db): void {
  const original = db.transaction.bind(db) as (
    fn: (tx: unknown) => Promise<unknown>,
    config?: unknown,
  ) => Promise<unknown>;
  (db as unknown as { transaction: typeof original }).transaction = async (fn, config) => {
    let result: unknown;
    try {
      await original(async (tx) => {
        result = await fn(tx);
        throw ROLLBACK;
      }, config);
    } catch (e) {
      if (e === ROLLBACK) return result;
      throw e;
    }
    return result;
  };
}

type Row = Record<string, string | null>;

/** The object of each kind: SQL returning id, the scoping unit's id, path and name, and related ids. */
const FIXTURE_SQL: Record<FixtureKind, string> = {
  person: `select p.id, u.id unit_id, u.path, u.name,
      (select a.id from awards a where a.person_id = p.id limit 1) "awardId"
    from people p join employments e on e.person_id = p.id and e.to_date is null join units u on u.id = e.unit_id
    where u.kind = 'commune' and exists (select 1 from awards a where a.person_id = p.id) limit 1`,
  unit: `select u.id, u.id unit_id, u.path, u.name,
      (select a.id from awards a where a.unit_id = u.id limit 1) "awardId",
      (select m.id from member_stats m where m.unit_id = u.id limit 1) "recordId"
    from units u where u.kind = 'commune' and exists (select 1 from member_stats m where m.unit_id = u.id)
    order by u.name limit 1`,
  user: `select us.id, u.id unit_id, u.path, u.name from users us join user_roles r on r.user_id = us.id
    join units u on u.id = r.unit_id where us.username = 'canbo.cambinh'`,
  dossier: `select d.id, u.id unit_id, u.path, u.name,
      (select n.id from dossier_nominees n where n.dossier_id = d.id limit 1) "nomineeId"
    from dossiers d join units u on u.id = d.proposing_unit_id where d.status = 'draft' limit 1`,
  council: `select c.id, u.id unit_id, u.path, u.name from councils c join units u on u.id = c.authority_unit_id
    where u.kind = 'commune' limit 1`,
  register: `select r.id, u.id unit_id, u.path, u.name, '2025' "year" from decision_registers r
    join units u on u.id = r.authority_unit_id where u.kind = 'commune' order by u.name limit 1`,
  layout: `select l.id, u.id unit_id, u.path, u.name from certificate_layouts l
    join units u on u.id = l.authority_unit_id where u.kind = 'district' limit 1`,
  document: `select d.id, u.id unit_id, u.path, u.name from documents d join units u on u.id = d.unit_id
    order by length(u.path) desc, d.id limit 1`,
  movement: `select m.id, u.id unit_id, u.path, u.name,
      (select i.id from movement_indicators i where i.movement_id = m.id limit 1) "indicatorId",
      (select v.id from indicator_values v join movement_indicators i on i.id = v.indicator_id
        where i.movement_id = m.id limit 1) "valueId"
    from movements m join units u on u.id = m.unit_id
    where exists (select 1 from movement_indicators i where i.movement_id = m.id) limit 1`,
  model: `select m.id, u.id unit_id, u.path, u.name from exemplary_models m join units u on u.id = m.owner_unit_id
    order by m.published, m.id limit 1`,
  reportRequest: `select r.id, u.id unit_id, u.path, u.name from report_requests r
    join units u on u.id = r.requester_unit_id order by r.created_at limit 1`,
  reportTarget: `select t.id, u.id unit_id, u.path, u.name from report_request_targets t
    join units u on u.id = t.unit_id where t.status = 'pending' order by u.name limit 1`,
  reportTargetOfRequester: `select t.id, u.id unit_id, u.path, u.name from report_request_targets t
    join report_requests r on r.id = t.request_id join units u on u.id = r.requester_unit_id
    where t.status = 'pending' order by t.id limit 1`,
  workReport: `select r.id, u.id unit_id, u.path, u.name from work_reports r join units u on u.id = r.unit_id
    order by r.period_to desc limit 1`,
  inspectionPlan: `select p.id, u.id unit_id, u.path, u.name from inspection_plans p
    join units u on u.id = p.organiser_unit_id limit 1`,
  inspectionTarget: `select t.id, u.id unit_id, u.path, u.name from inspection_targets t
    join inspection_plans p on p.id = t.plan_id join units u on u.id = p.organiser_unit_id limit 1`,
  inspectionRecommendation: `select r.id, u.id unit_id, u.path, u.name from inspection_recommendations r
    join inspection_targets t on t.id = r.target_id join inspection_plans p on p.id = t.plan_id
    join units u on u.id = p.organiser_unit_id limit 1`,
  registration: `select r.id, u.id unit_id, u.path, u.name from registrations r join units u on u.id = r.unit_id
    where r.status = 'draft' limit 1`,
  group: `select g.id, u.id unit_id, u.path, u.name,
      (select m.unit_id from emulation_group_members m where m.group_id = g.id limit 1) "unitId",
      (select i.id from score_items i join score_sections s on s.id = i.section_id where s.group_id = g.id limit 1) "itemId"
    from emulation_groups g join units u on u.id = g.organiser_unit_id where g.status = 'open' limit 1`,
  decision: `select d.id, u.id unit_id, u.path, u.name from decisions d join units u on u.id = d.authority_unit_id
    order by (d.status = 'draft') desc, length(u.path) desc, d.id limit 1`,
  meeting: `select m.id, u.id unit_id, u.path, u.name,
      (select n.nominee_id from council_ballots n where n.meeting_id = m.id limit 1) "nomineeId"
    from council_meetings m join councils c on c.id = m.council_id join units u on u.id = c.authority_unit_id
    order by (m.status = 'open') desc, length(u.path) desc, m.id limit 1`,
  disclosure: `select d.id, u.id unit_id, u.path, u.name from disclosures d join units u on u.id = d.authority_unit_id
    order by length(u.path) desc, d.id limit 1`,
  comment: `select c.id, u.id unit_id, u.path, u.name from disclosure_comments c
    join disclosures d on d.id = c.disclosure_id join units u on u.id = d.authority_unit_id limit 1`,
  overlay: `select o.id, u.id unit_id, u.path, u.name from local_overlays o join units u on u.id = o.unit_id limit 1`,
  // A person and a unit with one record of each history kind, named by the parameter the routes take.
  personRecords: `select p.id, u.id unit_id, u.path, u.name,
      e.id "employmentId",
      (select a.id from awards a where a.person_id = p.id limit 1) "awardId",
      (select r.id from annual_ratings r where r.person_id = p.id limit 1) "ratingId",
      (select d.id from disciplines d where d.person_id = p.id limit 1) "disciplineId",
      (select i.id from investigations i where i.person_id = p.id limit 1) "investigationId",
      (select i.id from initiatives i where i.person_id = p.id limit 1) "initiativeId"
    from people p join employments e on e.person_id = p.id and e.to_date is null join units u on u.id = e.unit_id
    order by (exists (select 1 from disciplines d where d.person_id = p.id))::int
      + (exists (select 1 from initiatives i where i.person_id = p.id))::int
      + (exists (select 1 from annual_ratings r where r.person_id = p.id))::int
      + (exists (select 1 from investigations i where i.person_id = p.id))::int desc, p.id limit 1`,
  unitRecords: `select u.id, u.id unit_id, u.path, u.name,
      (select a.id from awards a where a.unit_id = u.id limit 1) "awardId",
      (select r.id from annual_ratings r where r.unit_id = u.id limit 1) "ratingId",
      (select d.id from disciplines d where d.unit_id = u.id limit 1) "disciplineId",
      (select i.id from investigations i where i.unit_id = u.id limit 1) "investigationId",
      (select m.id from member_stats m where m.unit_id = u.id limit 1) "memberStatId"
    from units u
    order by (exists (select 1 from disciplines d where d.unit_id = u.id))::int
      + (exists (select 1 from annual_ratings r where r.unit_id = u.id))::int
      + (exists (select 1 from investigations i where i.unit_id = u.id))::int
      + (exists (select 1 from awards a where a.unit_id = u.id))::int desc, u.id limit 1`,
  submittedDossier: `select d.id, u.id unit_id, u.path, u.name,
      (select n.id from dossier_nominees n where n.dossier_id = d.id limit 1) "nomineeId"
    from dossiers d join units u on u.id = d.authority_unit_id where d.status in ('submitted', 'received', 'appraising')
    order by d.status, d.id limit 1`,
  none: '',
};

async function loadFixtures(db: Db, province: UnitRow): Promise<Record<FixtureKind, Fixture>> {
  const out = {} as Record<FixtureKind, Fixture>;
  for (const [kind, query] of Object.entries(FIXTURE_SQL) as [FixtureKind, string][]) {
    const [row] = query ? await queryRows<Row>(db, sql.raw(query)) : [];
    // A kind the demo does not hold: a made-up id in the province (every call must answer "not found").
    if (!row) {
      out[kind] = { id: randomUUID(), unit: province, ids: {}, real: false };
      continue;
    }
    const { id, unit_id, path, name, ...ids } = row;
    out[kind] = {
      id: id!,
      unit: { id: unit_id!, path: path!, name: name! },
      ids: Object.fromEntries(Object.entries(ids).filter(([, v]) => v != null)) as Record<string, string>,
      real: true,
    };
  }
  return out;
}

/** Builds the real app on the demo data, with a rolling-back database and the route table collected. */
export async function buildMatrixWorld(
  onRoute: (method: string, url: string, schema: RouteOptions['schema']) => void,
): Promise<MatrixWorld> {
  const database = await openTestDatabase();
  await seedDemo(database.db, { log: () => undefined });
  const [root] = await queryRows<Row>(
    database.db,
    sql`select id, path, name from units where parent_id is null and kind = 'province' order by path limit 1`,
  );
  const province: UnitRow = { id: root!.id!, path: root!.path!, name: root!.name! };
  const outside = await createUnit(database.db, { name: 'Tỉnh ngoài phạm vi (ma trận quyền)' });
  const fixtures = await loadFixtures(database.db, province);
  const config = {
    ...readConfig({}),
    demo: false,
    webDir: '/nonexistent',
    dataDir: `/tmp/vd-matrix-${process.pid}`,
  };
  const app = await buildApp({
    database,
    config,
    onRoute: (r) => {
      for (const m of Array.isArray(r.method) ? r.method : [r.method])
        if (m !== 'HEAD') onRoute(m, r.url, r.schema);
    },
  });
  await app.ready();
  rollingBack(database.db);
  const accounts = new Map<string, string>();
  const sessions = new Map<string, MatrixSession>();
  return {
    app,
    database,
    province,
    outside,
    fixtures,
    async sessionFor(role, unit, fresh = false) {
      const key = `${role}@${unit.id}`;
      const cached = sessions.get(key);
      if (cached && !fresh) return cached;
      let userId = accounts.get(key);
      if (!userId) {
        userId = (await createUser(database.db, { roles: [{ role, unit }], password: 'ma-tran-quyen-2025' }))
          .id;
        accounts.set(key, userId);
      }
      const s = await createSession(database.db, { userId, hours: 8, client: null, userAgent: 'matrix' });
      const session = { cookie: `vd_session=${s.token}`, csrfToken: s.csrfToken };
      if (!fresh) sessions.set(key, session);
      return session;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
