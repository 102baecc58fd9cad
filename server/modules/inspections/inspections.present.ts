// Plan rows → views: the team, the targets the actor may see with their recommendations and follow-up
// history, overdue flags computed for today, and the `can` maps.
import type {
  FollowUpStatus,
  PlanListItem,
  PlanView,
  RecommendationListItem,
  RecommendationView,
  TargetStatus,
  TargetView,
  TeamRole,
} from '../../../contracts/inspections';
import { daysOverdue, isFollowUpOverdue, summariseFollowUps } from '../../../domain/inspections';
import type { Actor } from '../../lib/actor';
import {
  canManageAt,
  canReportFollowUp,
  planAbilities,
  seesTarget,
  seesWholePlan,
} from './inspections.policy';
import type {
  FollowUpRow,
  PlanDetails,
  PlanPageRow,
  PlanRow,
  RecommendationPageRow,
  RecommendationRow,
  TargetFactsRow,
  TargetRow,
} from './inspections.queries';

function presentRecommendation(
  rec: RecommendationRow,
  history: FollowUpRow[],
  can: RecommendationView['can'],
  today: string,
): RecommendationView {
  const facts = { status: rec.status as FollowUpStatus, dueOn: rec.dueOn };
  return {
    id: rec.id,
    content: rec.content,
    dueOn: rec.dueOn,
    status: facts.status,
    statusNote: rec.statusNote,
    statusOn: rec.statusOn,
    overdue: isFollowUpOverdue(facts, today),
    daysOverdue: daysOverdue(facts, today),
    history: history.map((f) => ({
      id: f.id,
      status: f.status as FollowUpStatus,
      note: f.note,
      on: f.on,
      recordedByName: f.recordedByName,
      recordedAt: f.recordedAt.toISOString(),
    })),
    version: rec.version,
    can,
  };
}

function presentTarget(
  actor: Actor,
  plan: PlanRow,
  target: TargetRow,
  recs: RecommendationRow[],
  followUps: Map<string, FollowUpRow[]>,
  today: string,
): TargetView {
  const manage = canManageAt(actor, plan.organiserPath);
  const report = canReportFollowUp(actor, plan.organiserPath, target.unitPath);
  const recommendations = recs.map((r) =>
    presentRecommendation(
      r,
      followUps.get(r.id) ?? [],
      { update: manage, delete: manage, followUp: report },
      today,
    ),
  );
  return {
    id: target.id,
    unit: { id: target.unitId, name: target.unitName },
    scheduledFrom: target.scheduledFrom,
    scheduledTo: target.scheduledTo,
    lead: target.leadPersonId ? { id: target.leadPersonId, name: target.leadName ?? '' } : null,
    status: target.status as TargetStatus,
    inspectedOn: target.inspectedOn,
    cancelReason: target.cancelReason,
    findings: target.findings,
    resultDocument: target.resultDocument,
    resultDocumentDate: target.resultDocumentDate,
    recommendations,
    followUps: summariseFollowUps(recommendations, today),
    version: target.version,
    can: {
      update: manage,
      delete: manage && recs.length === 0,
      addRecommendation: manage && target.status === 'done',
    },
  };
}

/** A whole plan as the actor sees it (an inspected unit's officer: only their own targets). */
export function presentPlan(actor: Actor, plan: PlanRow, details: PlanDetails, today: string): PlanView {
  const whole = seesWholePlan(actor, plan.organiserPath);
  const recsOf = new Map<string, RecommendationRow[]>();
  for (const r of details.recommendations) recsOf.set(r.targetId, [...(recsOf.get(r.targetId) ?? []), r]);
  const followUps = new Map<string, FollowUpRow[]>();
  for (const f of details.followUps) {
    followUps.set(f.recommendationId, [...(followUps.get(f.recommendationId) ?? []), f]);
  }
  const targets = details.targets
    .filter((t) => whole || seesTarget(actor, plan.organiserPath, t.unitPath))
    .map((t) => presentTarget(actor, plan, t, recsOf.get(t.id) ?? [], followUps, today));
  const can = planAbilities(actor, plan.organiserPath);
  return {
    id: plan.id,
    year: plan.year,
    organiser: { id: plan.organiserUnitId, name: plan.organiserName },
    title: plan.title,
    planNumber: plan.planNumber,
    planDate: plan.planDate,
    content: plan.content,
    teamDecisionNumber: plan.teamDecisionNumber,
    teamDecisionDate: plan.teamDecisionDate,
    note: plan.note,
    team: details.team.map((m) => ({
      id: m.id,
      personId: m.personId,
      fullName: m.fullName,
      role: m.role as TeamRole,
      position: m.position,
      assignment: m.assignment,
    })),
    targets,
    partial: !whole,
    followUps: summariseFollowUps(
      targets.flatMap((t) => t.recommendations),
      today,
    ),
    version: plan.version,
    can: { ...can, delete: can.delete && details.targets.every((t) => t.status !== 'done') },
  };
}

/** A row of the plans list, with counts over the targets the actor may see. */
export function presentPlanListItem(
  actor: Actor,
  row: PlanPageRow,
  facts: TargetFactsRow[],
  today: string,
): PlanListItem {
  const whole = seesWholePlan(actor, row.organiser_path);
  const visible = facts.filter((f) => whole || seesTarget(actor, row.organiser_path, f.unit_path));
  const targets = new Map<string, string>();
  for (const f of visible) targets.set(f.target_id, f.status);
  const statuses = [...targets.values()];
  const recs = visible
    .filter((f) => f.rec_status !== null)
    .map((f) => ({ status: f.rec_status as FollowUpStatus, dueOn: f.due_on }));
  return {
    id: row.id,
    year: row.year,
    organiser: { id: row.organiser_id, name: row.organiser_name },
    title: row.title,
    planNumber: row.plan_number,
    planDate: row.plan_date,
    teamSize: row.team_size,
    targets: {
      total: statuses.length,
      planned: statuses.filter((s) => s === 'planned').length,
      done: statuses.filter((s) => s === 'done').length,
      cancelled: statuses.filter((s) => s === 'cancelled').length,
    },
    followUps: summariseFollowUps(recs, today),
  };
}

/** A row of the recommendations list. */
export function presentRecommendationListItem(
  actor: Actor,
  row: RecommendationPageRow,
  today: string,
): RecommendationListItem {
  const facts = { status: row.status as FollowUpStatus, dueOn: row.due_on };
  const manage = canManageAt(actor, row.organiser_path);
  return {
    id: row.id,
    content: row.content,
    dueOn: row.due_on,
    status: facts.status,
    statusNote: row.status_note,
    statusOn: row.status_on,
    overdue: isFollowUpOverdue(facts, today),
    daysOverdue: daysOverdue(facts, today),
    version: row.version,
    can: {
      update: manage,
      delete: manage,
      followUp: canReportFollowUp(actor, row.organiser_path, row.unit_path),
    },
    plan: { id: row.plan_id, year: row.plan_year, title: row.plan_title },
    target: {
      id: row.target_id,
      unit: { id: row.unit_id, name: row.unit_name },
      inspectedOn: row.inspected_on,
    },
  };
}
