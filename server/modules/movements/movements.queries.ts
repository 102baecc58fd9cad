// Reads of movements (Drizzle and SQL); scope conditions come from movements.policy.ts.
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { MovementListQuery } from '../../../contracts/movements';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import { indicatorValues, movementIndicators, movements, units } from '../../db/schema/index';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import type { UnitFacts } from '../documents/documents.queries';
import { movementVisibleSql } from './movements.policy';

export type MovementRow = typeof movements.$inferSelect;
export type IndicatorRow = typeof movementIndicators.$inferSelect;
export type ValueRow = typeof indicatorValues.$inferSelect;

const unitColumns = {
  id: units.id,
  name: units.name,
  path: units.path,
  kind: units.kind,
  level: units.level,
  validTo: units.validTo,
};

/** The movement if the actor can see it, with its unit. */
export async function findVisibleMovement(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ row: MovementRow; unit: UnitFacts } | undefined> {
  const [hit] = await db
    .select({ row: movements, unit: unitColumns })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.unitId))
    .where(
      and(eq(movements.id, id), movementVisibleSql(actor, sql`${movements.id}`, sql`${movements.unitId}`)),
    )
    .limit(1);
  return hit;
}

export interface ChainRow extends Record<string, unknown> {
  id: string;
  parent_id: string | null;
  name: string;
  authority_name: string | null;
  authority_level: string | null;
  status: string;
  accessible: boolean;
  depth: number;
}

/** The movement and every movement above it, nearest first (depth 0 = the movement itself). */
export async function loadChainUp(db: Db, actor: Actor, id: string): Promise<ChainRow[]> {
  return queryRows<ChainRow>(
    db,
    sql`with recursive up(id, parent_id, depth) as (
        select id, parent_id, 0 from movements where id = ${id}
        union all
        select m.id, m.parent_id, up.depth + 1 from movements m join up on m.id = up.parent_id where up.depth < 50
      )
      select m.id, m.parent_id, m.name, m.authority_name, m.authority_level, m.status, up.depth,
        ${movementVisibleSql(actor, sql`m.id`, sql`m.unit_id`)} as accessible
      from up join movements m on m.id = up.id order by up.depth`,
  );
}

/** The movements directly below, with whether the actor may open them. */
export async function loadChildren(db: Db, actor: Actor, id: string): Promise<ChainRow[]> {
  return queryRows<ChainRow>(
    db,
    sql`select m.id, m.parent_id, m.name, m.authority_name, m.authority_level, m.status, 1 as depth,
        ${movementVisibleSql(actor, sql`m.id`, sql`m.unit_id`)} as accessible
      from movements m where m.parent_id = ${id} order by ${LEVEL_ORDER}, m.name_sort collate "C", m.id`,
  );
}

/** The participating units, in Vietnamese order. */
export async function loadParticipants(db: Db, id: string): Promise<UnitFacts[]> {
  return queryRows<UnitFacts & Record<string, unknown>>(
    db,
    sql`select u.id, u.name, u.path, u.kind, u.level, u.valid_to::text as "validTo"
      from movement_units mu join units u on u.id = mu.unit_id
      where mu.movement_id = ${id} order by u.name_sort collate "C"`,
  );
}

export interface LinkedDocumentRow extends Record<string, unknown> {
  movement_id: string;
  movement_name: string;
  role: string;
  sort_order: number;
  id: string;
  type: string;
  type_name: string | null;
  number_symbol: string | null;
  issued_on: string | null;
  issuer_name: string | null;
  issuer_level: string | null;
  summary: string | null;
}

/** The documents linked to these movements with their role, in the order they were given. */
export async function loadLinkedDocuments(
  db: Db,
  movementIds: readonly string[],
): Promise<LinkedDocumentRow[]> {
  if (movementIds.length === 0) return [];
  return queryRows<LinkedDocumentRow>(
    db,
    sql`select md.movement_id, m.name as movement_name, md.role, md.sort_order, d.id, d.type, d.type_name,
        d.number_symbol, d.issued_on::text as issued_on, d.issuer_name, d.issuer_level, d.summary
      from movement_documents md join documents d on d.id = md.document_id join movements m on m.id = md.movement_id
      where md.movement_id in (${sql.join(
        movementIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      order by md.sort_order, d.issued_on nulls last, d.id`,
  );
}

/** The indicators of a movement, in order, with their values and the values' units. */
export async function loadIndicators(
  db: Db,
  id: string,
): Promise<{ indicators: IndicatorRow[]; values: (ValueRow & { unitName: string })[] }> {
  const indicators = await db
    .select()
    .from(movementIndicators)
    .where(eq(movementIndicators.movementId, id))
    .orderBy(asc(movementIndicators.sortOrder), asc(movementIndicators.createdAt));
  if (indicators.length === 0) return { indicators, values: [] };
  const values = await db
    .select({ value: indicatorValues, unitName: units.name })
    .from(indicatorValues)
    .innerJoin(movementIndicators, eq(movementIndicators.id, indicatorValues.indicatorId))
    .innerJoin(units, eq(units.id, indicatorValues.unitId))
    .where(eq(movementIndicators.movementId, id))
    .orderBy(asc(indicatorValues.periodFrom), sql`${units.nameSort} collate "C"`);
  return { indicators, values: values.map((v) => ({ ...v.value, unitName: v.unitName })) };
}

export interface StatusEventRow extends Record<string, unknown> {
  id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  occurred_on: string | null;
  review_kind: string | null;
  note: string | null;
  actor_name: string;
  at: string;
  document_id: string | null;
  type: string | null;
  type_name: string | null;
  number_symbol: string | null;
  issued_on: string | null;
  summary: string | null;
}

/** The status steps of a movement, oldest first, with their documents. */
export async function loadStatusEvents(db: Db, id: string): Promise<StatusEventRow[]> {
  return queryRows<StatusEventRow>(
    db,
    sql`select e.id, e.action, e.from_status, e.to_status, e.occurred_on::text as occurred_on, e.review_kind,
        e.note, e.actor_name, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
        e.document_id, d.type, d.type_name, d.number_symbol, d.issued_on::text as issued_on, d.summary
      from movement_status_events e left join documents d on d.id = e.document_id
      where e.movement_id = ${id} order by e.at, e.id`,
  );
}

/** The kind of the last sơ kết / tổng kết recorded, if any. */
export async function lastReviewKind(db: Db, id: string): Promise<string | null> {
  const [row] = await queryRows<{ review_kind: string }>(
    db,
    sql`select review_kind from movement_status_events where movement_id = ${id} and action = 'review'
      order by at desc, id desc limit 1`,
  );
  return row?.review_kind ?? null;
}

/** Whether the movement has movements below it, and dossiers naming it (any scope). */
export async function countDependents(db: Db, id: string): Promise<{ children: number; dossiers: number }> {
  const [row] = await queryRows<{ children: number; dossiers: number }>(
    db,
    sql`select (select count(*) from movements where parent_id = ${id})::int as children,
      (select count(*) from dossiers where movement_id = ${id})::int as dossiers`,
  );
  return { children: Number(row?.children ?? 0), dossiers: Number(row?.dossiers ?? 0) };
}

export interface AwardRow extends Record<string, unknown> {
  dossier_id: string;
  code: string;
  title: string;
  status: string;
  achievement_year: number;
  proposing_unit_id: string;
  proposing_unit_name: string;
  authority_label: string;
  nominee_id: string | null;
  subject_kind: string | null;
  subject_name: string | null;
  award_kind: string | null;
  outcome: string | null;
  outcome_award_kind: string | null;
  decision_id: string | null;
}

/**
 * The dossiers that name the movement and their nominees: the awards proposed and granted for it. A dossier is
 * listed when its proposing unit or its awarding unit lies in the actor's subtrees.
 */
export async function loadMovementAwards(db: Db, actor: Actor, id: string): Promise<AwardRow[]> {
  const paths = scopePaths(actor);
  return queryRows<AwardRow>(
    db,
    sql`select ds.id as dossier_id, ds.code, ds.title, ds.status, ds.achievement_year,
        ds.proposing_unit_id, pu.name as proposing_unit_name, ds.authority_label,
        n.id as nominee_id, n.subject_kind, coalesce(p.full_name, nu.name, n.household_name) as subject_name,
        n.award_kind, n.outcome, n.outcome_award_kind, n.decision_id
      from dossiers ds
        join units pu on pu.id = ds.proposing_unit_id
        left join units au on au.id = ds.authority_unit_id
        left join dossier_nominees n on n.dossier_id = ds.id
        left join people p on p.id = n.person_id
        left join units nu on nu.id = n.unit_id
      where ds.movement_id = ${id}
        and (${pathInScope(sql`pu.path`, paths)} or (au.path is not null and ${pathInScope(sql`au.path`, paths)}))
      order by ds.achievement_year desc, ds.code, n.position`,
  );
}

/** Ancestors' parent map for the cycle check: the parent and every movement above it. */
export async function loadParentMap(db: Db, parentId: string): Promise<Map<string, string | null>> {
  const rows = await queryRows<{ id: string; parent_id: string | null }>(
    db,
    sql`with recursive up(id, parent_id, depth) as (
        select id, parent_id, 0 from movements where id = ${parentId}
        union all
        select m.id, m.parent_id, up.depth + 1 from movements m join up on m.id = up.parent_id where up.depth < 100
      ) select id, parent_id from up`,
  );
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** Central first, then province, district, commune, agency; unknown level last. */
export const LEVEL_ORDER = sql`case m.authority_level when 'central' then 0 when 'province' then 1
  when 'district' then 2 when 'commune' then 3 when 'agency' then 4 else 5 end`;

export interface MovementListRow extends Record<string, unknown> {
  id: string;
  parent_id: string | null;
  name: string;
  kind: string;
  status: string;
  authority_name: string | null;
  authority_level: string | null;
  unit_id: string;
  unit_name: string;
  period_from: string | null;
  period_to: string | null;
  document_count: number;
  indicator_count: number;
}

const likeEscape = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filter of a list or tree request (scope included). */
export async function listCondition(db: Db, actor: Actor, query: MovementListQuery): Promise<SQL> {
  const conditions: SQL[] = [movementVisibleSql(actor, sql`m.id`, sql`m.unit_id`)];
  const words = foldVietnamese(query.q ?? '')
    .split(' ')
    .filter(Boolean);
  for (const w of words) conditions.push(sql`m.name_folded like ${'%' + likeEscape(w) + '%'}`);
  if (query.kind) conditions.push(sql`m.kind = ${query.kind}`);
  if (query.status) conditions.push(sql`m.status = ${query.status}`);
  if (query.level) conditions.push(sql`m.authority_level = ${query.level}`);
  if (query.year) {
    conditions.push(sql`m.period_from <= ${`${query.year}-12-31`}
      and (m.period_to is null or m.period_to >= ${`${query.year}-01-01`})`);
  }
  if (query.unitId) {
    const [unit] = await db.select({ path: units.path }).from(units).where(eq(units.id, query.unitId));
    conditions.push(
      unit
        ? sql`exists (select 1 from units fu where fu.id = m.unit_id and fu.path like ${unit.path + '%'})`
        : sql`false`,
    );
  }
  return sql.join(conditions, sql` and `);
}

const LIST_COLUMNS = sql`m.id, m.parent_id, m.name, m.kind, m.status, m.authority_name, m.authority_level,
  m.unit_id, u.name as unit_name, m.period_from::text as period_from, m.period_to::text as period_to,
  (select count(*) from movement_documents cd where cd.movement_id = m.id)::int as document_count,
  (select count(*) from movement_indicators ci where ci.movement_id = m.id)::int as indicator_count`;

/** A page of the movements matching the condition, level by level then by name. */
export async function listMovementRows(
  db: Db,
  where: SQL,
  page: number,
  pageSize: number,
): Promise<{ rows: MovementListRow[]; total: number }> {
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from movements m where ${where}`,
  );
  const rows = await queryRows<MovementListRow>(
    db,
    sql`select ${LIST_COLUMNS} from movements m join units u on u.id = m.unit_id where ${where}
      order by ${LEVEL_ORDER}, m.period_from desc nulls last, m.name_sort collate "C", m.id
      limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  return { rows, total: Number(count?.n ?? 0) };
}

/** Every movement matching the condition (up to `limit`) and the visible movements above them. */
export async function treeRows(
  db: Db,
  actor: Actor,
  where: SQL,
  limit: number,
): Promise<{ rows: (MovementListRow & { matches: boolean })[]; truncated: boolean }> {
  const rows = await queryRows<MovementListRow & { matches: boolean }>(
    db,
    sql`with recursive hit as (
        select m.id from movements m where ${where} order by m.id limit ${limit + 1}
      ), up(id, parent_id, depth) as (
        select m.id, m.parent_id, 0 from movements m join hit on hit.id = m.id
        union
        select p.id, p.parent_id, up.depth + 1 from movements p join up on p.id = up.parent_id where up.depth < 50
      )
      select ${LIST_COLUMNS}, (m.id in (select id from hit)) as matches
      from movements m join units u on u.id = m.unit_id
      where m.id in (select id from up) and ${movementVisibleSql(actor, sql`m.id`, sql`m.unit_id`)}
      order by ${LEVEL_ORDER}, m.period_from desc nulls last, m.name_sort collate "C", m.id`,
  );
  const hits = rows.filter((r) => r.matches).length;
  return { rows, truncated: hits > limit };
}
