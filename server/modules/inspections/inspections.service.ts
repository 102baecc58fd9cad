// Inspection plan use cases: list, read, create, correct, delete and name the team — scoped load → authorise →
// rule → write → audit → present, inside the caller's transaction (targets and follow-up: inspections.targets.ts).
import { and, eq, sql } from 'drizzle-orm';
import {
  PlanCreateBody,
  PlanDatesCheck,
  type PlanListQuery,
  type PlanPage,
  PlanUpdateBody,
  type PlanView,
  TeamBody,
} from '../../../contracts/inspections';
import { todayInVietnam } from '../../../contracts/people';
import { teamErrors } from '../../../domain/inspections';
import type { Db } from '../../db/client';
import { inspectionPlans, inspectionTeamMembers } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { loadUnitsByIds } from '../people/people.queries';
import { parseInput } from '../people/people.service';
import { canCreatePlans, canManageAt, MANAGE_REFUSED } from './inspections.policy';
import { presentPlan, presentPlanListItem } from './inspections.present';
import {
  findPlanInScope,
  loadPlanDetails,
  type PlanRow,
  selectPlanPage,
  selectTargetFacts,
  visiblePeopleNames,
} from './inspections.queries';

const PLAN = 'kế hoạch kiểm tra';

/** A stale version: someone changed the row since the user read it. */
export function stale(what: string): AppError {
  return new AppError(
    'CONFLICT',
    `${what} vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại`,
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}

/** Throws VALIDATION with every field message, naming the first. */
export function refuse(fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) return;
  const more = entries.length > 1 ? ` (và ${entries.length - 1} lỗi khác)` : '';
  throw new AppError('VALIDATION', `${entries[0]![1]}${more}`, fields);
}

/** The plan in the actor's scope (NOT_FOUND outside it), locked for update when asked. */
export async function requirePlan(tx: Db, actor: Actor, id: string, lock = false): Promise<PlanRow> {
  return (await findPlanInScope(tx, actor, id, lock)) ?? notFound(PLAN);
}

/** The plan as the actor sees it now. */
export async function planView(tx: Db, actor: Actor, plan: PlanRow): Promise<PlanView> {
  return presentPlan(actor, plan, await loadPlanDetails(tx, plan.id), todayInVietnam());
}

const snapshot = (row: PlanRow) => {
  const { createdAt: _c, updatedAt: _u, organiserPath: _p, organiserName: _n, ...rest } = row;
  return rest;
};

/** GET /api/inspection-plans */
export async function listPlans(tx: Db, actor: Actor, query: PlanListQuery): Promise<PlanPage> {
  const { rows, total } = await selectPlanPage(tx, actor, query);
  const facts = await selectTargetFacts(
    tx,
    rows.map((r) => r.id),
  );
  const today = todayInVietnam();
  return {
    items: rows.map((r) =>
      presentPlanListItem(
        actor,
        r,
        facts.filter((f) => f.plan_id === r.id),
        today,
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreatePlans(actor) },
  };
}

/** GET /api/inspection-plans/:id */
export async function getPlan(tx: Db, actor: Actor, id: string): Promise<PlanView> {
  return planView(tx, actor, await requirePlan(tx, actor, id));
}

/** POST /api/inspection-plans: a plan of the organising unit the actor manages. */
export async function createPlan(tx: Db, actor: Actor, input: unknown): Promise<PlanView> {
  authorize(canCreatePlans(actor), MANAGE_REFUSED);
  const body = parseInput(PlanCreateBody, input);
  const unit = (await loadUnitsByIds(tx, [body.organiserUnitId])).get(body.organiserUnitId);
  if (!unit || !actor.roles.some((r) => unit.path.startsWith(r.unitPath))) {
    refuse({ organiserUnitId: 'Không tìm thấy đơn vị' });
  }
  authorize(canManageAt(actor, unit!.path), 'Bạn không có quyền lập kế hoạch kiểm tra cho đơn vị này');
  const [inserted] = await tx
    .insert(inspectionPlans)
    .values({ ...body, createdBy: actor.userId })
    .returning({ id: inspectionPlans.id });
  const plan = (await findPlanInScope(tx, actor, inserted!.id))!;
  await appendAudit(tx, actor, {
    action: 'inspection_plan.created',
    entity: 'inspection_plan',
    entityId: plan.id,
    unitId: plan.organiserUnitId,
    after: snapshot(plan),
  });
  return planView(tx, actor, plan);
}

/** The plan for a change: in scope, managed by the actor, read at the version sent. */
async function planForChange(tx: Db, actor: Actor, id: string, version: number): Promise<PlanRow> {
  const plan = await requirePlan(tx, actor, id, true);
  authorize(canManageAt(actor, plan.organiserPath), MANAGE_REFUSED);
  if (plan.version !== version) throw stale('Kế hoạch kiểm tra');
  return plan;
}

async function bumpPlan(tx: Db, plan: PlanRow, changes: Partial<typeof inspectionPlans.$inferInsert> = {}) {
  const [updated] = await tx
    .update(inspectionPlans)
    .set({ ...changes, updatedAt: new Date(), version: sql`${inspectionPlans.version} + 1` })
    .where(and(eq(inspectionPlans.id, plan.id), eq(inspectionPlans.version, plan.version)))
    .returning({ id: inspectionPlans.id });
  if (!updated) throw stale('Kế hoạch kiểm tra');
}

/** PATCH /api/inspection-plans/:id (with version) */
export async function updatePlan(tx: Db, actor: Actor, id: string, input: unknown): Promise<PlanView> {
  const body = parseInput(PlanUpdateBody, input);
  const current = await planForChange(tx, actor, id, body.version);
  const { version: _v, ...changes } = body;
  const merged = { ...current, ...changes };
  const dates = PlanDatesCheck.safeParse(merged);
  if (!dates.success) {
    refuse(Object.fromEntries(dates.error.issues.map((i) => [i.path.join('.'), i.message])));
  }
  await bumpPlan(tx, current, changes);
  const row = (await findPlanInScope(tx, actor, id))!;
  const keys = [...Object.keys(changes), 'version'] as (keyof PlanRow)[];
  const pick = (r: PlanRow) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  await appendAudit(tx, actor, {
    action: 'inspection_plan.updated',
    entity: 'inspection_plan',
    entityId: id,
    unitId: row.organiserUnitId,
    before: pick(current),
    after: pick(row),
  });
  return planView(tx, actor, row);
}

/** DELETE /api/inspection-plans/:id: a plan entered by mistake, before any unit was inspected under it. */
export async function deletePlan(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const plan = await requirePlan(tx, actor, id, true);
  authorize(canManageAt(actor, plan.organiserPath), MANAGE_REFUSED);
  const details = await loadPlanDetails(tx, id);
  if (details.targets.some((t) => t.status === 'done')) {
    throw new AppError(
      'INVALID_STATE',
      'Kế hoạch đã có đơn vị được kiểm tra, không thể xóa; hãy sửa nội dung hoặc hủy từng đơn vị chưa kiểm tra',
    );
  }
  await tx.delete(inspectionPlans).where(eq(inspectionPlans.id, id));
  await appendAudit(tx, actor, {
    action: 'inspection_plan.deleted',
    entity: 'inspection_plan',
    entityId: id,
    unitId: plan.organiserUnitId,
    before: {
      ...snapshot(plan),
      team: details.team.map((m) => ({ personId: m.personId, role: m.role })),
      targets: details.targets.map((t) => ({ unitId: t.unitId, status: t.status })),
    },
  });
  return { ok: true };
}

/** PUT /api/inspection-plans/:id/team: the whole team as the decision establishing it names it. */
export async function replaceTeam(tx: Db, actor: Actor, id: string, input: unknown): Promise<PlanView> {
  const body = parseInput(TeamBody, input);
  const plan = await planForChange(tx, actor, id, body.version);
  refuse(teamErrors(body.members));
  const names = await visiblePeopleNames(
    tx,
    actor,
    body.members.map((m) => m.personId),
  );
  const unknown: Record<string, string> = {};
  body.members.forEach((m, i) => {
    if (!names.has(m.personId)) unknown[`members.${i}.personId`] = 'Không tìm thấy cá nhân';
  });
  refuse(unknown);
  const before = await loadPlanDetails(tx, id);
  const kept = new Set(body.members.map((m) => m.personId));
  const leading = before.targets.find((t) => t.leadPersonId && !kept.has(t.leadPersonId));
  if (leading) {
    refuse({
      members: `${leading.leadName} đang phụ trách ${leading.unitName}; đổi người phụ trách đơn vị đó trước khi bỏ khỏi đoàn`,
    });
  }
  await tx.delete(inspectionTeamMembers).where(eq(inspectionTeamMembers.planId, id));
  if (body.members.length > 0) {
    await tx
      .insert(inspectionTeamMembers)
      .values(body.members.map((m, i) => ({ ...m, planId: id, sortOrder: i })));
  }
  await bumpPlan(tx, plan);
  const row = (await findPlanInScope(tx, actor, id))!;
  const summary = (team: { personId: string; role: string; position: string | null }[]) =>
    team.map((m) => ({ personId: m.personId, role: m.role, position: m.position }));
  await appendAudit(tx, actor, {
    action: 'inspection_plan.team_updated',
    entity: 'inspection_plan',
    entityId: id,
    unitId: plan.organiserUnitId,
    before: { team: summary(before.team), version: plan.version },
    after: { team: summary(body.members), version: row.version },
  });
  return planView(tx, actor, row);
}
