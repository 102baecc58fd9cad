// Target use cases of an inspection plan: schedule a unit, record the inspection (status, findings, result
// document), make recommendations and report their follow-up. Every change answers the refreshed plan.
import { and, count, eq, max, sql } from 'drizzle-orm';
import {
  FollowUpBody,
  type PlanView,
  RecommendationCreateBody,
  type RecommendationListQuery,
  type RecommendationPage,
  RecommendationUpdateBody,
  TargetCreateBody,
  TargetUpdateBody,
} from '../../../contracts/inspections';
import { todayInVietnam } from '../../../contracts/people';
import { dueOnErrors, followUpErrors, type TargetStatus, targetErrors } from '../../../domain/inspections';
import { isStrictDescendant } from '../../../domain/units';
import type { Db } from '../../db/client';
import {
  inspectionFollowUps,
  inspectionRecommendations,
  inspectionTargets,
  inspectionTeamMembers,
  units,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { authorize, notFound } from '../../lib/errors';
import { parseInput, viDate } from '../people/people.service';
import { canManageAt, canReportFollowUp, MANAGE_REFUSED, seesTarget } from './inspections.policy';
import { presentRecommendationListItem } from './inspections.present';
import {
  loadPlanDetails,
  planIdOfTarget,
  type PlanRow,
  type RecommendationRow,
  selectRecommendationPage,
  targetIdOfRecommendation,
  type TargetRow,
} from './inspections.queries';
import { planView, refuse, requirePlan, stale } from './inspections.service';

const TARGET = 'đơn vị được kiểm tra';
const RECOMMENDATION = 'kiến nghị';

interface TargetContext {
  plan: PlanRow;
  target: TargetRow;
  recommendations: RecommendationRow[];
}

/** The target with its plan, when the actor sees both (NOT_FOUND otherwise). */
async function requireTarget(tx: Db, actor: Actor, targetId: string): Promise<TargetContext> {
  const planId = (await planIdOfTarget(tx, targetId)) ?? notFound(TARGET);
  const plan = await requirePlan(tx, actor, planId, true);
  const details = await loadPlanDetails(tx, planId);
  const target = details.targets.find((t) => t.id === targetId);
  if (!target || !seesTarget(actor, plan.organiserPath, target.unitPath)) notFound(TARGET);
  return {
    plan,
    target,
    recommendations: details.recommendations.filter((r) => r.targetId === targetId),
  };
}

/** A unit the plan may inspect: below the organiser, open on the first scheduled day. */
async function requireTargetUnit(tx: Db, plan: PlanRow, unitId: string, on: string) {
  const [unit] = await tx.select().from(units).where(eq(units.id, unitId));
  if (!unit || !isStrictDescendant(unit.path, plan.organiserPath)) {
    refuse({ unitId: `Đơn vị được kiểm tra phải trực thuộc ${plan.organiserName}` });
  }
  if (unit!.validFrom > on || (unit!.validTo !== null && unit!.validTo < on)) {
    refuse({ unitId: `${unit!.name} không hoạt động vào ngày ${viDate(on)}` });
  }
  return unit!;
}

/** The lead of a target must be a member of the plan's team. */
async function requireTeamMember(tx: Db, planId: string, personId: string | null | undefined) {
  if (!personId) return;
  const [member] = await tx
    .select({ id: inspectionTeamMembers.id })
    .from(inspectionTeamMembers)
    .where(and(eq(inspectionTeamMembers.planId, planId), eq(inspectionTeamMembers.personId, personId)));
  if (!member) refuse({ leadPersonId: 'Người phụ trách phải là thành viên đoàn kiểm tra' });
}

const targetSnapshot = (t: TargetRow) => {
  const { createdAt: _c, updatedAt: _u, unitPath: _p, leadName: _l, ...rest } = t;
  return rest;
};

/** POST /api/inspection-plans/:id/targets */
export async function addTarget(tx: Db, actor: Actor, planId: string, input: unknown): Promise<PlanView> {
  const plan = await requirePlan(tx, actor, planId, true);
  authorize(canManageAt(actor, plan.organiserPath), MANAGE_REFUSED);
  const body = parseInput(TargetCreateBody, input);
  refuse(
    targetErrors(
      {
        status: 'planned',
        scheduledFrom: body.scheduledFrom,
        scheduledTo: body.scheduledTo,
        inspectedOn: null,
        cancelReason: null,
        findings: null,
        resultDocument: null,
        recommendationCount: 0,
      },
      todayInVietnam(),
    ),
  );
  const unit = await requireTargetUnit(tx, plan, body.unitId, body.scheduledFrom);
  await requireTeamMember(tx, planId, body.leadPersonId);
  const [existing] = await tx
    .select({ id: inspectionTargets.id })
    .from(inspectionTargets)
    .where(and(eq(inspectionTargets.planId, planId), eq(inspectionTargets.unitId, body.unitId)));
  if (existing) refuse({ unitId: `${unit.name} đã có trong kế hoạch này` });
  const [inserted] = await tx
    .insert(inspectionTargets)
    .values({ ...body, leadPersonId: body.leadPersonId ?? null, planId })
    .returning();
  await appendAudit(tx, actor, {
    action: 'inspection_target.created',
    entity: 'inspection_target',
    entityId: inserted!.id,
    unitId: body.unitId,
    after: { planId, unitId: body.unitId, scheduledFrom: body.scheduledFrom, scheduledTo: body.scheduledTo },
  });
  return planView(tx, actor, plan);
}

/** PATCH /api/inspection-targets/:id (with version): schedule, status, findings, result document. */
export async function updateTarget(tx: Db, actor: Actor, id: string, input: unknown): Promise<PlanView> {
  const body = parseInput(TargetUpdateBody, input);
  const { plan, target, recommendations } = await requireTarget(tx, actor, id);
  authorize(canManageAt(actor, plan.organiserPath), MANAGE_REFUSED);
  if (target.version !== body.version) throw stale('Thông tin đơn vị được kiểm tra');
  const { version: _v, ...changes } = body;
  const next = { ...target, ...changes };
  // Leaving "cancelled" drops its reason; leaving "done" is refused by the rules when results exist.
  if (changes.status && changes.status !== 'cancelled' && changes.cancelReason === undefined)
    next.cancelReason = null;
  refuse(
    targetErrors(
      {
        status: next.status as TargetStatus,
        scheduledFrom: next.scheduledFrom,
        scheduledTo: next.scheduledTo,
        inspectedOn: next.inspectedOn,
        cancelReason: next.cancelReason,
        findings: next.findings,
        resultDocument: next.resultDocument,
        recommendationCount: recommendations.length,
      },
      todayInVietnam(),
    ),
  );
  if (next.resultDocumentDate && next.inspectedOn && next.resultDocumentDate < next.inspectedOn) {
    refuse({ resultDocumentDate: 'Ngày văn bản kết luận không được trước ngày kiểm tra' });
  }
  if (changes.leadPersonId !== undefined) await requireTeamMember(tx, plan.id, changes.leadPersonId);
  if (changes.scheduledFrom && changes.scheduledFrom !== target.scheduledFrom) {
    await requireTargetUnit(tx, plan, target.unitId, changes.scheduledFrom);
  }
  const values = {
    scheduledFrom: next.scheduledFrom,
    scheduledTo: next.scheduledTo,
    leadPersonId: next.leadPersonId,
    status: next.status,
    inspectedOn: next.inspectedOn,
    cancelReason: next.cancelReason,
    findings: next.findings,
    resultDocument: next.resultDocument,
    resultDocumentDate: next.resultDocumentDate,
  };
  const [updated] = await tx
    .update(inspectionTargets)
    .set({ ...values, updatedAt: new Date(), version: sql`${inspectionTargets.version} + 1` })
    .where(and(eq(inspectionTargets.id, id), eq(inspectionTargets.version, target.version)))
    .returning({ id: inspectionTargets.id });
  if (!updated) throw stale('Thông tin đơn vị được kiểm tra');
  const keys = Object.keys(values).filter(
    (k) => target[k as keyof typeof values] !== values[k as keyof typeof values],
  ) as (keyof typeof values)[];
  const action =
    values.status !== target.status && values.status === 'done'
      ? 'inspection_target.inspected'
      : values.status !== target.status && values.status === 'cancelled'
        ? 'inspection_target.cancelled'
        : 'inspection_target.updated';
  await appendAudit(tx, actor, {
    action,
    entity: 'inspection_target',
    entityId: id,
    unitId: target.unitId,
    before: { ...Object.fromEntries(keys.map((k) => [k, target[k]])), version: target.version },
    after: { ...Object.fromEntries(keys.map((k) => [k, values[k]])), version: target.version + 1 },
  });
  return planView(tx, actor, plan);
}

/** DELETE /api/inspection-targets/:id: a unit added by mistake (none of its recommendations recorded). */
export async function deleteTarget(tx: Db, actor: Actor, id: string): Promise<PlanView> {
  const { plan, target, recommendations } = await requireTarget(tx, actor, id);
  authorize(canManageAt(actor, plan.organiserPath), MANAGE_REFUSED);
  if (recommendations.length > 0) {
    refuse({ id: 'Đơn vị đã có kiến nghị sau kiểm tra; xóa các kiến nghị trước' });
  }
  await tx.delete(inspectionTargets).where(eq(inspectionTargets.id, id));
  await appendAudit(tx, actor, {
    action: 'inspection_target.deleted',
    entity: 'inspection_target',
    entityId: id,
    unitId: target.unitId,
    before: targetSnapshot(target),
  });
  return planView(tx, actor, plan);
}

// ---- Recommendations ----

/** POST /api/inspection-targets/:id/recommendations: a recommendation after the inspection. */
export async function addRecommendation(
  tx: Db,
  actor: Actor,
  targetId: string,
  input: unknown,
): Promise<PlanView> {
  const { plan, target } = await requireTarget(tx, actor, targetId);
  authorize(canManageAt(actor, plan.organiserPath), MANAGE_REFUSED);
  const body = parseInput(RecommendationCreateBody, input);
  if (target.status !== 'done') {
    refuse({ content: 'Chỉ ghi kiến nghị sau khi đã kiểm tra đơn vị' });
  }
  refuse(dueOnErrors(body.dueOn, target.inspectedOn));
  const [last] = await tx
    .select({ n: count(), top: max(inspectionRecommendations.sortOrder) })
    .from(inspectionRecommendations)
    .where(eq(inspectionRecommendations.targetId, targetId));
  const [inserted] = await tx
    .insert(inspectionRecommendations)
    .values({ targetId, content: body.content, dueOn: body.dueOn, sortOrder: (last?.top ?? -1) + 1 })
    .returning({ id: inspectionRecommendations.id });
  await appendAudit(tx, actor, {
    action: 'inspection_recommendation.created',
    entity: 'inspection_recommendation',
    entityId: inserted!.id,
    unitId: target.unitId,
    after: { targetId, content: body.content, dueOn: body.dueOn },
  });
  return planView(tx, actor, plan);
}

async function requireRecommendation(tx: Db, actor: Actor, id: string) {
  const targetId = (await targetIdOfRecommendation(tx, id)) ?? notFound(RECOMMENDATION);
  const context = await requireTarget(tx, actor, targetId);
  const rec = context.recommendations.find((r) => r.id === id) ?? notFound(RECOMMENDATION);
  return { ...context, rec };
}

/** PATCH /api/inspection-recommendations/:id: corrects the wording or the deadline. */
export async function updateRecommendation(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<PlanView> {
  const body = parseInput(RecommendationUpdateBody, input);
  const { plan, target, rec } = await requireRecommendation(tx, actor, id);
  authorize(canManageAt(actor, plan.organiserPath), MANAGE_REFUSED);
  if (rec.version !== body.version) throw stale('Kiến nghị');
  const { version: _v, ...changes } = body;
  const dueOn = changes.dueOn === undefined ? rec.dueOn : changes.dueOn;
  refuse(dueOnErrors(dueOn, target.inspectedOn));
  const [updated] = await tx
    .update(inspectionRecommendations)
    .set({ ...changes, updatedAt: new Date(), version: sql`${inspectionRecommendations.version} + 1` })
    .where(and(eq(inspectionRecommendations.id, id), eq(inspectionRecommendations.version, rec.version)))
    .returning({ id: inspectionRecommendations.id });
  if (!updated) throw stale('Kiến nghị');
  await appendAudit(tx, actor, {
    action: 'inspection_recommendation.updated',
    entity: 'inspection_recommendation',
    entityId: id,
    unitId: target.unitId,
    before: { content: rec.content, dueOn: rec.dueOn, version: rec.version },
    after: { content: changes.content ?? rec.content, dueOn, version: rec.version + 1 },
  });
  return planView(tx, actor, plan);
}

/** DELETE /api/inspection-recommendations/:id: a recommendation recorded by mistake. */
export async function deleteRecommendation(tx: Db, actor: Actor, id: string): Promise<PlanView> {
  const { plan, target, rec } = await requireRecommendation(tx, actor, id);
  authorize(canManageAt(actor, plan.organiserPath), MANAGE_REFUSED);
  await tx.delete(inspectionRecommendations).where(eq(inspectionRecommendations.id, id));
  await appendAudit(tx, actor, {
    action: 'inspection_recommendation.deleted',
    entity: 'inspection_recommendation',
    entityId: id,
    unitId: target.unitId,
    before: { targetId: target.id, content: rec.content, dueOn: rec.dueOn, status: rec.status },
  });
  return planView(tx, actor, plan);
}

/**
 * POST /api/inspection-recommendations/:id/follow-ups: progress reported by the inspected unit (or the
 * organiser), kept in the recommendation's history; the recommendation shows the latest state.
 */
export async function reportFollowUp(tx: Db, actor: Actor, id: string, input: unknown): Promise<PlanView> {
  const body = parseInput(FollowUpBody, input);
  const { plan, target, rec } = await requireRecommendation(tx, actor, id);
  authorize(
    canReportFollowUp(actor, plan.organiserPath, target.unitPath),
    'Chỉ cán bộ của đơn vị được kiểm tra hoặc của đơn vị tổ chức kiểm tra được cập nhật tình hình thực hiện',
  );
  if (rec.version !== body.version) throw stale('Kiến nghị');
  refuse(
    followUpErrors(
      { status: body.status, note: body.note, on: body.on },
      { inspectedOn: target.inspectedOn, lastOn: rec.statusOn },
      todayInVietnam(),
    ),
  );
  await tx.insert(inspectionFollowUps).values({
    recommendationId: id,
    status: body.status,
    note: body.note!,
    on: body.on,
    recordedBy: actor.userId,
    recordedByName: actor.fullName,
  });
  const [updated] = await tx
    .update(inspectionRecommendations)
    .set({
      status: body.status,
      statusNote: body.note,
      statusOn: body.on,
      updatedAt: new Date(),
      version: sql`${inspectionRecommendations.version} + 1`,
    })
    .where(and(eq(inspectionRecommendations.id, id), eq(inspectionRecommendations.version, rec.version)))
    .returning({ id: inspectionRecommendations.id });
  if (!updated) throw stale('Kiến nghị');
  await appendAudit(tx, actor, {
    action: 'inspection_recommendation.follow_up',
    entity: 'inspection_recommendation',
    entityId: id,
    unitId: target.unitId,
    before: { status: rec.status, statusNote: rec.statusNote, statusOn: rec.statusOn },
    after: { status: body.status, statusNote: body.note, statusOn: body.on },
  });
  return planView(tx, actor, plan);
}

/** GET /api/inspection-recommendations: the recommendations the actor sees, unfinished and urgent first. */
export async function listRecommendations(
  tx: Db,
  actor: Actor,
  query: RecommendationListQuery,
): Promise<RecommendationPage> {
  const today = todayInVietnam();
  const { rows, total } = await selectRecommendationPage(tx, actor, query, today);
  return {
    items: rows.map((r) => presentRecommendationListItem(actor, r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
