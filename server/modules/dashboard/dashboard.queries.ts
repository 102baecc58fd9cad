// SQL of the dashboard: every figure is one GROUP BY over the awards (not revoked) made at a unit of the chosen
// subtree (the unit as it was when awarded, by materialised path) whose decision year lies in the range; the
// lists behind a bar use the same conditions, so a bar's count is its list's total.
import { type SQL, sql } from 'drizzle-orm';
import type { AuthorityLevelKey, OverdueStage, ShareKey } from '../../../contracts/dashboard';
import { AWARD_KIND_CODES } from '../../../domain/regimes/types';
import { WAITING_STATUSES } from '../../../domain/workflow';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { DOSSIER_FROM, HANDLING_PATH, dossierVisibleSql } from '../dossiers/dossiers.queries';

/** The chosen unit and the years: what every figure is filtered on. */
export interface DashboardScope {
  unitId: string;
  unitPath: string;
  fromYear: number;
  toYear: number;
}

/** Filters of a bar (or segment) the user clicked. */
export interface AwardFilters {
  kind?: string | undefined;
  level?: AuthorityLevelKey | undefined;
  year?: number | undefined;
  childUnitId?: string | undefined;
  share?: ShareKey | undefined;
}

const CENTRAL_CODES = sql.raw(`'bo_truong', 'thu_tuong', 'chinh_phu', 'chu_tich_nuoc'`);
/** Award kinds only a central authority grants (Thủ tướng, Chính phủ, Chủ tịch nước). */
const CENTRAL_KINDS = sql.raw(
  AWARD_KIND_CODES.filter((k) => ['CSTDTQ', 'CO_CP', 'BK_TTG', 'AHLD'].includes(k) || k.startsWith('HC_'))
    .map((k) => `'${k}'`)
    .join(', '),
);

/** The year an award counts in: the year of its decision (the achievement year when the date is unknown). */
export const YEAR_SQL = sql`coalesce(extract(year from a.decision_date)::int, a.achievement_year::int)`;

/**
 * Level of the awarding authority: the level of its unit; an authority without a unit is central when the
 * decision names a central authority (Bộ trưởng, Thủ tướng, Chính phủ, Chủ tịch nước) or the kind is one only a
 * central authority grants (an award recorded by hand from a paper decision), else not known.
 */
export const LEVEL_SQL = sql`(case when au.level is not null then au.level
  when dc.authority_code in (${CENTRAL_CODES}) or a.award_kind in (${CENTRAL_KINDS}) then 'central'
  else 'unknown' end)`;

/** The reference date of an award: its decision date, else the end of the achievement year. */
const REF_DATE = sql`coalesce(a.decision_date, make_date(a.achievement_year::int, 12, 31))`;

/**
 * Was the individual a direct worker (người lao động trực tiếp) when awarded: the flag of the employment held on
 * the award's date (preferring the one at the unit awarded at; when none covers the date, the latest before it).
 */
export const DIRECT_SQL = sql`coalesce((select e.is_direct_worker from employments e
  where e.person_id = a.person_id and e.from_date <= ${REF_DATE}
  order by (e.to_date is null or e.to_date >= ${REF_DATE}) desc, (e.unit_id = a.unit_at_award_id) desc,
    e.from_date desc limit 1), false)`;

export const AWARD_FROM = sql`awards a
  join units ua on ua.id = a.unit_at_award_id
  left join units au on au.id = a.authority_unit_id
  left join decisions dc on dc.id = a.decision_id
  left join people p on p.id = a.person_id
  left join units us on us.id = a.unit_id`;

/** The child of the chosen unit an award falls under ('' for the chosen unit's own awards). */
const childOf = (scope: DashboardScope) =>
  sql`split_part(substr(ua.path, ${scope.unitPath.length + 1}), '/', 1)`;

const SHARE_SQL: Record<ShareKey, SQL> = {
  direct: DIRECT_SQL,
  not_direct: sql`not ${DIRECT_SQL}`,
  female: sql`p.gender = 'female'`,
  male: sql`p.gender = 'male'`,
  minority: sql`p.ethnicity <> 'Kinh'`,
  kinh: sql`p.ethnicity = 'Kinh'`,
};

/** WHERE of the awards in scope, narrowed by a bar's filters. */
export function awardWhere(scope: DashboardScope, filters: AwardFilters = {}): SQL {
  const where: SQL[] = [
    sql`not a.revoked`,
    sql`ua.path like ${scope.unitPath + '%'}`,
    sql`${YEAR_SQL} between ${scope.fromYear} and ${scope.toYear}`,
  ];
  if (filters.kind) where.push(sql`a.award_kind = ${filters.kind}`);
  if (filters.level) where.push(sql`${LEVEL_SQL} = ${filters.level}`);
  if (filters.year !== undefined) where.push(sql`${YEAR_SQL} = ${filters.year}`);
  if (filters.childUnitId) {
    where.push(
      filters.childUnitId === scope.unitId
        ? sql`a.unit_at_award_id = ${scope.unitId}`
        : sql`${childOf(scope)} = ${filters.childUnitId}`,
    );
  }
  if (filters.share) where.push(sql`a.subject_kind = 'individual'`, SHARE_SQL[filters.share]);
  return sql.join(where, sql` and `);
}

export type CountRow = {
  key: string;
  count: number;
  amount: number;
};

const COUNT_AMOUNT = sql`count(*)::int as count, coalesce(sum(a.amount), 0)::float8 as amount`;

/** Awards by kind. */
export function countByKind(tx: Db, scope: DashboardScope): Promise<CountRow[]> {
  return queryRows<CountRow>(
    tx,
    sql`select a.award_kind as key, ${COUNT_AMOUNT} from ${AWARD_FROM} where ${awardWhere(scope)} group by 1`,
  );
}

/** Awards by year and level of the authority (the by-level and by-year figures are its sums). */
export function countByYearLevel(
  tx: Db,
  scope: DashboardScope,
): Promise<{ year: number; level: AuthorityLevelKey; count: number; amount: number }[]> {
  return queryRows<{ year: number; level: AuthorityLevelKey; count: number; amount: number }>(
    tx,
    sql`select ${YEAR_SQL} as year, ${LEVEL_SQL} as level, ${COUNT_AMOUNT}
      from ${AWARD_FROM} where ${awardWhere(scope)} group by 1, 2 order by 1, 2`,
  );
}

/** Awards by child unit of the chosen unit ('' key: the chosen unit's own), with the child's name. */
export function countByChild(tx: Db, scope: DashboardScope): Promise<(CountRow & { name: string | null })[]> {
  return queryRows<CountRow & { name: string | null }>(
    tx,
    sql`select g.key, g.count, g.amount, cu.name from (
        select ${childOf(scope)} as key, ${COUNT_AMOUNT} from ${AWARD_FROM} where ${awardWhere(scope)} group by 1
      ) g left join units cu on g.key <> '' and cu.id::text = g.key
      order by g.count desc, cu.name_sort collate "C"`,
  );
}

/** Awards by subject kind (totals). */
export function countBySubject(tx: Db, scope: DashboardScope): Promise<CountRow[]> {
  return queryRows<CountRow>(
    tx,
    sql`select a.subject_kind as key, ${COUNT_AMOUNT} from ${AWARD_FROM} where ${awardWhere(scope)} group by 1`,
  );
}

/** Individual awards and how many went to direct workers, women, ethnic minorities. */
export async function countShares(
  tx: Db,
  scope: DashboardScope,
): Promise<{ total: number; direct: number; female: number; minority: number }> {
  const [row] = await queryRows<{ total: number; direct: number; female: number; minority: number }>(
    tx,
    sql`select count(*)::int as total,
        count(*) filter (where ${DIRECT_SQL})::int as direct,
        count(*) filter (where p.gender = 'female')::int as female,
        count(*) filter (where p.ethnicity <> 'Kinh')::int as minority
      from ${AWARD_FROM} where ${awardWhere(scope)} and a.subject_kind = 'individual'`,
  );
  return row ?? { total: 0, direct: 0, female: 0, minority: 0 };
}

export type AwardListRow = {
  id: string;
  subjectKind: 'individual' | 'collective' | 'household';
  subjectName: string;
  unitName: string;
  awardKind: string;
  achievementYear: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  authority: string | null;
  amount: number | null;
};

const AWARD_LIST_SELECT = sql`select a.id, a.subject_kind as "subjectKind",
  coalesce(a.household_name, p.full_name, us.name, '') as "subjectName", ua.name as "unitName",
  a.award_kind as "awardKind", a.achievement_year::int as "achievementYear",
  coalesce(dc.number, a.decision_number) as "decisionNumber", a.decision_date::text as "decisionDate",
  coalesce(a.authority, dc.authority_label) as authority, a.amount`;

const AWARD_ORDER = sql`a.decision_date desc nulls last, coalesce(dc.number, a.decision_number),
  coalesce(p.name_sort, us.name_sort) collate "C", a.id`;

/** A page of the awards behind a bar, with the total. */
export async function selectAwardPage(
  tx: Db,
  scope: DashboardScope,
  filters: AwardFilters,
  limit: number,
  offset: number,
): Promise<{ rows: AwardListRow[]; total: number }> {
  const where = awardWhere(scope, filters);
  const [count] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${AWARD_FROM} where ${where}`,
  );
  const rows = await queryRows<AwardListRow>(
    tx,
    sql`${AWARD_LIST_SELECT} from ${AWARD_FROM} where ${where} order by ${AWARD_ORDER}
      limit ${limit} offset ${offset}`,
  );
  return { rows, total: count?.n ?? 0 };
}

// ---- Overdue dossiers -----------------------------------------------------------------------------------------

const WAITING = sql.raw(WAITING_STATUSES.map((s) => `'${s}'`).join(', '));

export interface OverdueFilters {
  stage?: OverdueStage | undefined;
  handlingUnitId?: string | undefined;
}

/**
 * Dossiers the actor sees, proposed by or handled at a unit of the chosen subtree, waiting on the authority
 * past their deadline (domain/working-days isOverdue: waiting and today > deadline).
 */
function overdueWhere(actor: Actor, scope: DashboardScope, today: string, filters: OverdueFilters = {}): SQL {
  const like = scope.unitPath + '%';
  const where: SQL[] = [
    dossierVisibleSql(actor),
    sql`(pu.path like ${like} or ${HANDLING_PATH} like ${like})`,
    sql`d.status in (${WAITING})`,
    sql`d.deadline_on < ${today}::date`,
  ];
  if (filters.stage) where.push(sql`d.status = ${filters.stage}`);
  if (filters.handlingUnitId) where.push(sql`coalesce(au.id, hp.id) = ${filters.handlingUnitId}`);
  return sql.join(where, sql` and `);
}

/** Overdue dossiers by stage and by the unit handling them. */
export function countOverdue(
  tx: Db,
  actor: Actor,
  scope: DashboardScope,
  today: string,
): Promise<{ stage: OverdueStage; unitId: string | null; unitName: string | null; count: number }[]> {
  return queryRows<{ stage: OverdueStage; unitId: string | null; unitName: string | null; count: number }>(
    tx,
    sql`select d.status as stage, coalesce(au.id, hp.id) as "unitId", coalesce(au.name, hp.name) as "unitName",
        count(*)::int as count
      from ${DOSSIER_FROM} where ${overdueWhere(actor, scope, today)} group by 1, 2, 3`,
  );
}

export type OverdueListRow = {
  id: string;
  code: string;
  title: string;
  proposingUnitName: string;
  handlingUnitName: string | null;
  stage: OverdueStage;
  deadlineOn: string;
};

/** A page of overdue dossiers, the longest overdue first. */
export async function selectOverduePage(
  tx: Db,
  actor: Actor,
  scope: DashboardScope,
  today: string,
  filters: OverdueFilters,
  limit: number,
  offset: number,
): Promise<{ rows: OverdueListRow[]; total: number }> {
  const where = overdueWhere(actor, scope, today, filters);
  const [count] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${DOSSIER_FROM} where ${where}`,
  );
  const rows = await queryRows<OverdueListRow>(
    tx,
    sql`select d.id, d.code, d.title, pu.name as "proposingUnitName",
        coalesce(au.name, hp.name) as "handlingUnitName", d.status as stage, d.deadline_on::text as "deadlineOn"
      from ${DOSSIER_FROM} where ${where} order by d.deadline_on, d.code limit ${limit} offset ${offset}`,
  );
  return { rows, total: count?.n ?? 0 };
}
