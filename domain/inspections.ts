// Inspections of emulation & commendation work (kiểm tra công tác TĐKT): the rules of a plan's team, of a
// target's status and of the follow-up of recommendations, as pure functions (issue #5, point 6).

export const TEAM_ROLES = ['truong_doan', 'pho_truong_doan', 'thanh_vien', 'thu_ky'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TARGET_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Field path → Vietnamese message; empty when the rule holds. */
export type FieldErrors = Record<string, string>;

// ---- Team ----

export interface TeamMemberFacts {
  personId: string;
  role: TeamRole;
}

/**
 * A team (đoàn kiểm tra) names each person once; once it has members it has exactly one trưởng đoàn, and at most
 * one thư ký. An empty team is allowed while the decision establishing it is being prepared.
 */
export function teamErrors(members: readonly TeamMemberFacts[]): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.personId)) errors[`members.${i}.personId`] = 'Người này đã có tên trong đoàn kiểm tra';
    seen.add(m.personId);
  });
  if (members.length === 0) return errors;
  const heads = members.filter((m) => m.role === 'truong_doan').length;
  if (heads === 0) errors.members = 'Đoàn kiểm tra phải có một trưởng đoàn';
  if (heads > 1) errors.members = 'Đoàn kiểm tra chỉ có một trưởng đoàn';
  const secretaries = members.filter((m) => m.role === 'thu_ky').length;
  if (secretaries > 1 && !errors.members) errors.members = 'Đoàn kiểm tra chỉ có một thư ký';
  return errors;
}

// ---- Targets ----

export interface TargetFacts {
  status: TargetStatus;
  scheduledFrom: string;
  scheduledTo: string | null;
  inspectedOn: string | null;
  cancelReason: string | null;
  findings: string | null;
  resultDocument: string | null;
  /** Recommendations recorded for the target. */
  recommendationCount: number;
}

/**
 * The state a target may be in: the schedule in order; done means inspected on a date not in the future;
 * cancelled needs a reason; findings, the result document and recommendations belong to a done inspection
 * only (a target with recommendations cannot be moved back to planned or cancelled).
 */
export function targetErrors(target: TargetFacts, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (target.scheduledTo !== null && target.scheduledTo < target.scheduledFrom) {
    errors.scheduledTo = 'Ngày kết thúc dự kiến phải bằng hoặc sau ngày bắt đầu';
  }
  if (target.status === 'done') {
    if (!target.inspectedOn) errors.inspectedOn = 'Cần ghi ngày kiểm tra khi đã kiểm tra xong';
    else if (target.inspectedOn > today) errors.inspectedOn = 'Ngày kiểm tra không được sau hôm nay';
  } else {
    if (target.inspectedOn) errors.inspectedOn = 'Chỉ ghi ngày kiểm tra khi đã kiểm tra xong';
    if (target.findings) errors.findings = 'Chỉ ghi kết quả kiểm tra khi đã kiểm tra xong';
    if (target.resultDocument) errors.resultDocument = 'Chỉ ghi văn bản kết luận khi đã kiểm tra xong';
    if (target.recommendationCount > 0) {
      errors.status = 'Đơn vị đã có kiến nghị sau kiểm tra; xóa các kiến nghị trước khi đổi trạng thái';
    }
  }
  if (target.status === 'cancelled' && !target.cancelReason) {
    errors.cancelReason = 'Cần ghi lý do hủy kiểm tra';
  }
  if (target.status !== 'cancelled' && target.cancelReason) {
    errors.cancelReason = 'Chỉ ghi lý do khi hủy kiểm tra';
  }
  return errors;
}

// ---- Recommendations and their follow-up ----

export interface FollowUpFacts {
  status: FollowUpStatus;
  /** Deadline for the inspected unit to act on the recommendation (hạn khắc phục); none: never overdue. */
  dueOn: string | null;
}

/** Overdue: not yet done and the deadline has passed (the deadline day itself is still in time). */
export function isFollowUpOverdue(rec: FollowUpFacts, today: string): boolean {
  return rec.status !== 'done' && rec.dueOn !== null && rec.dueOn < today;
}

/** Whole days past the deadline (0 when not overdue). */
export function daysOverdue(rec: FollowUpFacts, today: string): number {
  if (!isFollowUpOverdue(rec, today)) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${rec.dueOn}T00:00:00Z`)) / 86_400_000);
}

export interface FollowUpSummary {
  total: number;
  open: number;
  inProgress: number;
  done: number;
  overdue: number;
}

/** Counts of recommendations by follow-up status, and how many are overdue. */
export function summariseFollowUps(recs: readonly FollowUpFacts[], today: string): FollowUpSummary {
  return {
    total: recs.length,
    open: recs.filter((r) => r.status === 'open').length,
    inProgress: recs.filter((r) => r.status === 'in_progress').length,
    done: recs.filter((r) => r.status === 'done').length,
    overdue: recs.filter((r) => isFollowUpOverdue(r, today)).length,
  };
}

/** A recommendation's deadline cannot precede the inspection it comes from. */
export function dueOnErrors(dueOn: string | null, inspectedOn: string | null): FieldErrors {
  if (dueOn && inspectedOn && dueOn < inspectedOn) {
    return { dueOn: 'Hạn thực hiện kiến nghị không được trước ngày kiểm tra' };
  }
  return {};
}

export interface FollowUpInput {
  status: FollowUpStatus;
  note: string | null;
  on: string;
}

/**
 * A progress report on a recommendation: dated between the inspection (and the previous report) and today, and
 * saying what was done or why it is reopened (note).
 */
export function followUpErrors(
  input: FollowUpInput,
  context: { inspectedOn: string | null; lastOn: string | null },
  today: string,
): FieldErrors {
  const errors: FieldErrors = {};
  if (input.on > today) errors.on = 'Ngày cập nhật không được sau hôm nay';
  else if (context.inspectedOn && input.on < context.inspectedOn) {
    errors.on = 'Ngày cập nhật không được trước ngày kiểm tra';
  } else if (context.lastOn && input.on < context.lastOn) {
    errors.on = 'Ngày cập nhật không được trước lần cập nhật gần nhất';
  }
  if (!input.note) errors.note = 'Cần ghi nội dung đã thực hiện hoặc lý do';
  return errors;
}
