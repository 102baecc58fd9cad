// Reads of inspection plans: one plan in the actor's scope, its team, targets, recommendations and follow-ups
// (one query per table), and pages of plans and of recommendations.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import {
  inspectionFollowUps,
  inspectionPlans,
  inspectionRecommendations,
  inspectionTargets,
  inspectionTeamMembers,
  people,
  units,
} from '../../db/schema/index';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import { likeEscape } from '../people/people.queries';
import { planVisibleSql } from './inspections.policy';

export type PlanRow = typeof inspectionPlans.$inferSelect & { organiserName: string; organiserPath: string };
export type TeamRow = typeof inspectionTeamMembers.$inferSelect & { fullName: string };
export type TargetRow = typeof inspectionTargets.$inferSelect & {
  unitName: string;
  unitPath: string;
  leadName: string | null;
};
export type RecommendationRow = typeof inspectionRecommendations.$inferSelect;
export type FollowUpRow = typeof inspectionFollowUps.$inferSelect;

export interface PlanDetails {
  team: TeamRow[];
  targets: TargetRow[];
  recommendations: RecommendationRow[];
  followUps: FollowUpRow[];
}

const planColumns = { plan: inspectionPlans, organiserName: units.name, organiserPath: units.path };

/** One plan the actor may see (organiser or one of its targets in scope), locked when asked. */
export async function findPlanInScope(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<PlanRow | undefined> {
  const query = db
    .select(planColumns)
    .from(inspectionPlans)
    .innerJoin(units, eq(units.id, inspectionPlans.organiserUnitId))
    .where(
      and(eq(inspectionPlans.id, id), planVisibleSql(actor, sql`${inspectionPlans.id}`, sql`${units.path}`)),
    );
  const [row] = lock ? await query.for('update', { of: inspectionPlans }) : await query;
  return row
    ? { ...row.plan, organiserName: row.organiserName, organiserPath: row.organiserPath }
    : undefined;
}

/** The plan id of a target or of a recommendation (no scope: callers load the plan in scope next). */
export async function planIdOfTarget(db: Db, targetId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ planId: inspectionTargets.planId })
    .from(inspectionTargets)
    .where(eq(inspectionTargets.id, targetId));
  return row?.planId;
}

export async function targetIdOfRecommendation(
  db: Db,
  recommendationId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ targetId: inspectionRecommendations.targetId })
    .from(inspectionRecommendations)
    .where(eq(inspectionRecommendations.id, recommendationId));
  return row?.targetId;
}

/** Team, targets, recommendations and follow-ups of a plan. */
export async function loadPlanDetails(db: Db, planId: string): Promise<PlanDetails> {
  const team = await db
    .select({ member: inspectionTeamMembers, fullName: people.fullName })
    .from(inspectionTeamMembers)
    .innerJoin(people, eq(people.id, inspectionTeamMembers.personId))
    .where(eq(inspectionTeamMembers.planId, planId))
    .orderBy(asc(inspectionTeamMembers.sortOrder));
  const lead = sql<
    string | null
  >`(select full_name from people lp where lp.id = ${inspectionTargets.leadPersonId})`;
  const targets = await db
    .select({ target: inspectionTargets, unitName: units.name, unitPath: units.path, leadName: lead })
    .from(inspectionTargets)
    .innerJoin(units, eq(units.id, inspectionTargets.unitId))
    .where(eq(inspectionTargets.planId, planId))
    .orderBy(asc(inspectionTargets.scheduledFrom), sql`${units.nameSort} collate "C"`);
  const targetIds = targets.map((t) => t.target.id);
  const recommendations =
    targetIds.length === 0
      ? []
      : await db
          .select()
          .from(inspectionRecommendations)
          .where(inArray(inspectionRecommendations.targetId, targetIds))
          .orderBy(asc(inspectionRecommendations.sortOrder), asc(inspectionRecommendations.createdAt));
  const recIds = recommendations.map((r) => r.id);
  const followUps =
    recIds.length === 0
      ? []
      : await db
          .select()
          .from(inspectionFollowUps)
          .where(inArray(inspectionFollowUps.recommendationId, recIds))
          .orderBy(asc(inspectionFollowUps.on), asc(inspectionFollowUps.recordedAt));
  return {
    team: team.map((r) => ({ ...r.member, fullName: r.fullName })),
    targets: targets.map((r) => ({
      ...r.target,
      unitName: r.unitName,
      unitPath: r.unitPath,
      leadName: r.leadName,
    })),
    recommendations,
    followUps,
  };
}

/** The people among `ids` the actor can see, with their names. */
export async function visiblePeopleNames(
  db: Db,
  actor: Actor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const paths = scopePaths(actor);
  const visible = paths.includes('/')
    ? sql`true`
    : sql`exists (select 1 from employments se join units su on su.id = se.unit_id
        where se.person_id = ${people.id} and ${pathInScope(sql`su.path`, paths)})`;
  const rows = await db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(inArray(people.id, [...ids]), visible));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

export interface PlanPageRow extends Record<string, unknown> {
  id: string;
  year: number;
  title: string;
  plan_number: string | null;
  plan_date: string | null;
  organiser_id: string;
  organiser_name: string;
  organiser_path: string;
  team_size: number;
}

/** A page of the plans the actor sees, newest year first; q matches the title or the plan number. */
export async function selectPlanPage(
  db: Db,
  actor: Actor,
  query: {
    page: number;
    pageSize: number;
    q?: string | undefined;
    year?: number | undefined;
    organiserUnitId?: string | undefined;
  },
): Promise<{ rows: PlanPageRow[]; total: number }> {
  const words = foldVietnamese(query.q ?? '')
    .split(' ')
    .filter(Boolean);
  const conditions = [
    planVisibleSql(actor, sql`p.id`, sql`u.path`),
    query.year ? sql`p.year = ${query.year}` : undefined,
    query.organiserUnitId ? sql`p.organiser_unit_id = ${query.organiserUnitId}` : undefined,
    ...words.map(
      (w) =>
        sql`lower(unaccent(replace(replace(p.title || ' ' || coalesce(p.plan_number, ''), 'đ', 'd'), 'Đ', 'D'))) like ${'%' + likeEscape(w) + '%'}`,
    ),
  ].filter((c) => c !== undefined);
  const where = sql.join(conditions, sql` and `);
  const rows = await queryRows<PlanPageRow>(
    db,
    sql`select p.id, p.year, p.title, p.plan_number, p.plan_date::text as plan_date, u.id as organiser_id,
        u.name as organiser_name, u.path as organiser_path,
        (select count(*) from inspection_team_members m where m.plan_id = p.id)::int as team_size
      from inspection_plans p join units u on u.id = p.organiser_unit_id
      where ${where}
      order by p.year desc, p.plan_date desc nulls last, p.created_at desc
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [total] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from inspection_plans p join units u on u.id = p.organiser_unit_id where ${where}`,
  );
  return { rows, total: total?.n ?? 0 };
}

export interface TargetFactsRow extends Record<string, unknown> {
  plan_id: string;
  target_id: string;
  unit_path: string;
  status: string;
  rec_status: string | null;
  due_on: string | null;
}

/** Target statuses and recommendation follow-up facts of the given plans (one row per recommendation). */
export async function selectTargetFacts(db: Db, planIds: readonly string[]): Promise<TargetFactsRow[]> {
  if (planIds.length === 0) return [];
  return queryRows<TargetFactsRow>(
    db,
    sql`select t.plan_id, u.path as unit_path, t.id as target_id, t.status, r.status as rec_status,
        r.due_on::text as due_on
      from inspection_targets t join units u on u.id = t.unit_id
        left join inspection_recommendations r on r.target_id = t.id
      where t.plan_id in (${sql.join(
        planIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
}

export interface RecommendationPageRow extends Record<string, unknown> {
  id: string;
  content: string;
  due_on: string | null;
  status: string;
  status_note: string | null;
  status_on: string | null;
  version: number;
  target_id: string;
  inspected_on: string | null;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  plan_id: string;
  plan_year: number;
  plan_title: string;
  organiser_path: string;
}

/**
 * A page of the recommendations whose target the actor sees (the organiser or the target unit in scope), the
 * most urgent first: unfinished ones by deadline, then done ones. `overdue` compares with `today`.
 */
export async function selectRecommendationPage(
  db: Db,
  actor: Actor,
  query: {
    page: number;
    pageSize: number;
    status?: string | undefined;
    overdue?: boolean | undefined;
    year?: number | undefined;
    q?: string | undefined;
  },
  today: string,
): Promise<{ rows: RecommendationPageRow[]; total: number }> {
  const paths = scopePaths(actor);
  const words = foldVietnamese(query.q ?? '')
    .split(' ')
    .filter(Boolean);
  const overdueSql = sql`(r.status <> 'done' and r.due_on is not null and r.due_on < ${today})`;
  const conditions = [
    sql`(${pathInScope(sql`o.path`, paths)} or ${pathInScope(sql`u.path`, paths)})`,
    query.status ? sql`r.status = ${query.status}` : undefined,
    query.overdue === true ? overdueSql : undefined,
    query.overdue === false ? sql`not ${overdueSql}` : undefined,
    query.year ? sql`p.year = ${query.year}` : undefined,
    ...words.map((w) => sql`u.name_folded like ${'%' + likeEscape(w) + '%'}`),
  ].filter((c) => c !== undefined);
  const where = sql.join(conditions, sql` and `);
  const from = sql`inspection_recommendations r join inspection_targets t on t.id = r.target_id
    join inspection_plans p on p.id = t.plan_id join units u on u.id = t.unit_id
    join units o on o.id = p.organiser_unit_id`;
  const rows = await queryRows<RecommendationPageRow>(
    db,
    sql`select r.id, r.content, r.due_on::text as due_on, r.status, r.status_note, r.status_on::text as status_on,
        r.version, t.id as target_id, t.inspected_on::text as inspected_on, u.id as unit_id, u.name as unit_name,
        u.path as unit_path, p.id as plan_id, p.year as plan_year, p.title as plan_title, o.path as organiser_path
      from ${from} where ${where}
      order by (r.status = 'done'), r.due_on asc nulls last, u.name_sort collate "C", r.sort_order
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [total] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${from} where ${where}`,
  );
  return { rows, total: total?.n ?? 0 };
}
