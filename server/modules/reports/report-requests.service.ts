// Report request use cases: list, read, create, correct, add and remove targets, delete, answer, remind, the
// reports a target may send, and the aggregated table — scoped load → authorise → rule → write → audit → present,
// inside the caller's transaction.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { todayInVietnam } from '../../../contracts/people';
import {
  AnswerBody,
  type AnswerCandidates,
  type ReportRefView,
  type RequestCounts,
  RequestCreateBody,
  type RequestListItem,
  type RequestListQuery,
  type RequestPage,
  type RequestSummary,
  RequestUpdateBody,
  type RequestView,
  type Timeliness,
  TargetsAddBody,
  type TargetView,
  VersionBody,
} from '../../../contracts/report-requests';
import { type DocumentType, formatDocumentDate, formatDocumentReference } from '../../../domain/documents';
import type { Db } from '../../db/client';
import { reportRequests, reportRequestTargets, units as unitsTable } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { findVisibleDocument, loadUnits } from '../documents/documents.queries';
import { parseInput } from '../people/people.service';
import {
  ANSWER_REFUSED,
  canAnswerFor,
  canCreateRequests,
  canManageAt,
  isBelow,
  MANAGE_REFUSED,
  requestAbilities,
  seesTarget,
  seesWholeRequest,
} from './report-requests.policy';
import {
  findRequestInScope,
  findTarget,
  findWorkReport,
  loadFrozenAwardResults,
  loadTargets,
  type RequestRow,
  selectCandidates,
  selectRequestPage,
  type TargetRow,
} from './report-requests.queries';
import { FrozenAwardResults, summariseAwardResults } from './report-requests.summary';

const REQUEST = 'yêu cầu báo cáo';

function stale(what: string): AppError {
  return new AppError(
    'CONFLICT',
    `${what} vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại`,
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}

/** Throws VALIDATION with every field message, naming the first. */
function refuse(fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) return;
  const more = entries.length > 1 ? ` (và ${entries.length - 1} lỗi khác)` : '';
  throw new AppError('VALIDATION', `${entries[0]![1]}${more}`, fields);
}

// ---- Presenting ----

/** 'YYYY-MM-DD' of a moment in Vietnam. */
const dayOf = (at: Date | string) => todayInVietnam(new Date(at));

/** On time, late, overdue or still waiting, against the calendar deadline. */
export function timelinessOf(
  t: { status: string; answered_at: Date | string | null },
  deadline: string,
  today: string,
): Timeliness {
  if (t.status === 'pending' || !t.answered_at) return today > deadline ? 'overdue' : 'waiting';
  return dayOf(t.answered_at) > deadline ? 'late' : 'on_time';
}

function reportRef(t: {
  report_id: string | null;
  report_title: string | null;
  report_number: string | null;
  report_issued_on: string | null;
}): ReportRefView | null {
  if (!t.report_id) return null;
  return {
    id: t.report_id,
    reference: `Báo cáo số ${t.report_number ?? '…'}${t.report_issued_on ? ` ngày ${formatDocumentDate(t.report_issued_on)}` : ''}`,
    title: t.report_title ?? '',
  };
}

function documentRef(r: RequestRow) {
  if (!r.document_id || !r.doc_type) return null;
  return {
    id: r.document_id,
    reference: formatDocumentReference({
      type: r.doc_type as DocumentType,
      typeName: r.doc_type_name,
      numberSymbol: r.doc_number_symbol,
      issuedOn: r.doc_issued_on,
      summary: r.doc_summary,
    }),
  };
}

function countsOf(targets: readonly TargetRow[], deadline: string, today: string): RequestCounts {
  const t = targets.map((x) => timelinessOf(x, deadline, today));
  return {
    targets: targets.length,
    answered: targets.filter((x) => x.status !== 'pending').length,
    late: t.filter((x) => x === 'late').length,
    overdue: t.filter((x) => x === 'overdue').length,
  };
}

function presentTarget(actor: Actor, r: RequestRow, t: TargetRow, today: string): TargetView {
  const manage = canManageAt(actor, r.requester_path);
  return {
    id: t.id,
    unit: { id: t.unit_id, name: t.unit_name },
    status: t.status,
    timeliness: timelinessOf(t, r.deadline, today),
    report: reportRef(t),
    answeredAt: t.answered_at ? new Date(t.answered_at).toISOString() : null,
    answeredBy: t.answered_by_name,
    answerNote: t.answer_note,
    remindedAt: t.reminded_at ? new Date(t.reminded_at).toISOString() : null,
    reminderCount: t.reminder_count,
    version: t.version,
    can: {
      answer: canAnswerFor(actor, r.requester_path, t.unit_path),
      remind: manage && t.status === 'pending',
      remove: manage && t.status === 'pending',
    },
  };
}

function listItem(actor: Actor, r: RequestRow, visible: TargetRow[], today: string): RequestListItem {
  return {
    id: r.id,
    title: r.title,
    requester: { id: r.requester_unit_id, name: r.requester_name },
    periodFrom: r.period_from,
    periodTo: r.period_to,
    deadline: r.deadline,
    document: documentRef(r),
    received: !seesWholeRequest(actor, r.requester_path),
    counts: countsOf(visible, r.deadline, today),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

const visibleTargets = (actor: Actor, r: RequestRow, targets: TargetRow[]) =>
  targets.filter((t) => t.request_id === r.id && seesTarget(actor, r.requester_path, t.unit_path));

async function requestView(tx: Db, actor: Actor, r: RequestRow): Promise<RequestView> {
  const today = todayInVietnam();
  const all = await loadTargets(tx, [r.id]);
  const visible = visibleTargets(actor, r, all);
  const answered = all.filter((t) => t.status !== 'pending').length;
  return {
    ...listItem(actor, r, visible, today),
    content: r.content,
    createdBy: r.created_by_name,
    version: r.version,
    targets: visible.map((t) => presentTarget(actor, r, t, today)),
    can: requestAbilities(actor, r.requester_path, answered),
  };
}

// ---- Reads ----

async function requireRequest(tx: Db, actor: Actor, id: string, lock = false): Promise<RequestRow> {
  return (await findRequestInScope(tx, actor, id, lock)) ?? notFound(REQUEST);
}

/** GET /api/report-requests */
export async function listRequests(tx: Db, actor: Actor, query: RequestListQuery): Promise<RequestPage> {
  const { rows, total } = await selectRequestPage(tx, actor, query);
  const targets = await loadTargets(
    tx,
    rows.map((r) => r.id),
  );
  const today = todayInVietnam();
  return {
    items: rows.map((r) => listItem(actor, r, visibleTargets(actor, r, targets), today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateRequests(actor) },
  };
}

/** GET /api/report-requests/:id */
export async function getRequest(tx: Db, actor: Actor, id: string): Promise<RequestView> {
  return requestView(tx, actor, await requireRequest(tx, actor, id));
}

// ---- Changes ----

/** The targets' units: each exists, lies strictly below the requester and existed during the period. */
async function checkTargetUnits(
  tx: Db,
  requesterPath: string,
  unitIds: readonly string[],
  period: { from: string; to: string },
  field: string,
): Promise<void> {
  const units = await loadUnits(tx, unitIds);
  const starts = new Map(
    (
      await tx
        .select({ id: unitsTable.id, validFrom: unitsTable.validFrom })
        .from(unitsTable)
        .where(inArray(unitsTable.id, [...unitIds]))
    ).map((u) => [u.id, u.validFrom]),
  );
  const errors: Record<string, string> = {};
  unitIds.forEach((id, i) => {
    const unit = units.get(id);
    if (!unit || !isBelow(requesterPath, unit.path)) {
      errors[`${field}.${i}`] = 'Đơn vị không thuộc phạm vi đơn vị yêu cầu báo cáo';
    } else if ((unit.validTo && unit.validTo < period.from) || starts.get(id)! > period.to) {
      errors[`${field}.${i}`] = `${unit.name} không hoạt động trong kỳ báo cáo`;
    }
  });
  refuse(errors);
}

async function checkDocument(tx: Db, actor: Actor, documentId: string | null | undefined): Promise<void> {
  if (!documentId) return;
  if (!(await findVisibleDocument(tx, actor, documentId))) refuse({ documentId: 'Không tìm thấy văn bản' });
}

const snapshot = (r: RequestRow) => ({
  requesterUnitId: r.requester_unit_id,
  title: r.title,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  deadline: r.deadline,
  documentId: r.document_id,
  content: r.content,
  version: r.version,
});

/** POST /api/report-requests: a request of a unit the actor manages to units below it. */
export async function createRequest(tx: Db, actor: Actor, input: unknown): Promise<RequestView> {
  authorize(canCreateRequests(actor), MANAGE_REFUSED);
  const body = parseInput(RequestCreateBody, input);
  const requester = (await loadUnits(tx, [body.requesterUnitId])).get(body.requesterUnitId);
  if (!requester || !actor.roles.some((r) => requester.path.startsWith(r.unitPath))) {
    refuse({ requesterUnitId: 'Không tìm thấy đơn vị' });
  }
  authorize(canManageAt(actor, requester!.path), 'Bạn không có quyền yêu cầu báo cáo thay đơn vị này');
  await checkDocument(tx, actor, body.documentId);
  await checkTargetUnits(
    tx,
    requester!.path,
    body.targetUnitIds,
    { from: body.periodFrom, to: body.periodTo },
    'targetUnitIds',
  );
  const { targetUnitIds, ...fields } = body;
  const [inserted] = await tx
    .insert(reportRequests)
    .values({ ...fields, createdBy: actor.userId })
    .returning({ id: reportRequests.id });
  await tx
    .insert(reportRequestTargets)
    .values(targetUnitIds.map((unitId) => ({ requestId: inserted!.id, unitId })));
  const row = (await findRequestInScope(tx, actor, inserted!.id))!;
  await appendAudit(tx, actor, {
    action: 'report_request.created',
    entity: 'report_request',
    entityId: row.id,
    unitId: row.requester_unit_id,
    after: { ...snapshot(row), targetUnitIds },
  });
  return requestView(tx, actor, row);
}

/** The request for a change: in scope, managed by the actor, read at the version sent. */
async function requestForChange(tx: Db, actor: Actor, id: string, version: number): Promise<RequestRow> {
  const row = await requireRequest(tx, actor, id, true);
  authorize(canManageAt(actor, row.requester_path), MANAGE_REFUSED);
  if (row.version !== version) throw stale('Yêu cầu báo cáo');
  return row;
}

async function bumpRequest(
  tx: Db,
  row: RequestRow,
  changes: Partial<typeof reportRequests.$inferInsert> = {},
): Promise<void> {
  const [updated] = await tx
    .update(reportRequests)
    .set({ ...changes, updatedAt: new Date(), version: sql`${reportRequests.version} + 1` })
    .where(and(eq(reportRequests.id, row.id), eq(reportRequests.version, row.version)))
    .returning({ id: reportRequests.id });
  if (!updated) throw stale('Yêu cầu báo cáo');
}

/** PATCH /api/report-requests/:id: title, deadline, request document, content (with version). */
export async function updateRequest(tx: Db, actor: Actor, id: string, input: unknown): Promise<RequestView> {
  const body = parseInput(RequestUpdateBody, input);
  const current = await requestForChange(tx, actor, id, body.version);
  await checkDocument(tx, actor, body.documentId);
  const { version: _v, ...changes } = body;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  await bumpRequest(tx, current, defined);
  const row = (await findRequestInScope(tx, actor, id))!;
  const before = snapshot(current);
  const after = snapshot(row);
  const keys = [...Object.keys(defined), 'version'] as (keyof typeof before)[];
  await appendAudit(tx, actor, {
    action: 'report_request.updated',
    entity: 'report_request',
    entityId: id,
    unitId: row.requester_unit_id,
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  });
  return requestView(tx, actor, row);
}

/** POST /api/report-requests/:id/targets: more units asked (with the request's version). */
export async function addTargets(tx: Db, actor: Actor, id: string, input: unknown): Promise<RequestView> {
  const body = parseInput(TargetsAddBody, input);
  const current = await requestForChange(tx, actor, id, body.version);
  await checkTargetUnits(
    tx,
    current.requester_path,
    body.unitIds,
    { from: current.period_from, to: current.period_to },
    'unitIds',
  );
  const existing = new Set((await loadTargets(tx, [id])).map((t) => t.unit_id));
  const errors: Record<string, string> = {};
  body.unitIds.forEach((u, i) => {
    if (existing.has(u)) errors[`unitIds.${i}`] = 'Đơn vị đã có trong danh sách được yêu cầu';
  });
  refuse(errors);
  await tx.insert(reportRequestTargets).values(body.unitIds.map((unitId) => ({ requestId: id, unitId })));
  await bumpRequest(tx, current);
  const row = (await findRequestInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'report_request.targets_added',
    entity: 'report_request',
    entityId: id,
    unitId: row.requester_unit_id,
    before: { version: current.version },
    after: { unitIds: body.unitIds, version: row.version },
  });
  return requestView(tx, actor, row);
}

/** The target in scope with its request, locked. */
async function targetWithRequest(
  tx: Db,
  actor: Actor,
  targetId: string,
): Promise<{ target: TargetRow; request: RequestRow }> {
  const target = await findTarget(tx, targetId, true);
  if (!target) notFound('đơn vị được yêu cầu báo cáo');
  const request = await findRequestInScope(tx, actor, target!.request_id, true);
  if (!request || !seesTarget(actor, request.requester_path, target!.unit_path)) {
    notFound('đơn vị được yêu cầu báo cáo');
  }
  return { target: target!, request: request! };
}

/** DELETE /api/report-request-targets/:id: a unit asked by mistake, before it answered. */
export async function removeTarget(
  tx: Db,
  actor: Actor,
  targetId: string,
  input: unknown,
): Promise<RequestView> {
  const body = parseInput(VersionBody, input);
  const { target, request } = await targetWithRequest(tx, actor, targetId);
  authorize(canManageAt(actor, request.requester_path), MANAGE_REFUSED);
  if (target.version !== body.version) throw stale('Đơn vị được yêu cầu');
  if (target.status !== 'pending') {
    throw new AppError('INVALID_STATE', `${target.unit_name} đã gửi báo cáo, không thể bỏ khỏi yêu cầu`);
  }
  const remaining = (await loadTargets(tx, [request.id])).length - 1;
  if (remaining === 0) {
    throw new AppError('INVALID_STATE', 'Yêu cầu phải còn ít nhất một đơn vị; hãy xóa yêu cầu nếu nhập nhầm');
  }
  await tx.delete(reportRequestTargets).where(eq(reportRequestTargets.id, targetId));
  await bumpRequest(tx, request);
  const row = (await findRequestInScope(tx, actor, request.id))!;
  await appendAudit(tx, actor, {
    action: 'report_request.target_removed',
    entity: 'report_request',
    entityId: request.id,
    unitId: request.requester_unit_id,
    before: { unitId: target.unit_id, version: request.version },
    after: { version: row.version },
  });
  return requestView(tx, actor, row);
}

/** DELETE /api/report-requests/:id: a request entered by mistake, before any answer. */
export async function deleteRequest(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const row = await requireRequest(tx, actor, id, true);
  authorize(canManageAt(actor, row.requester_path), MANAGE_REFUSED);
  const targets = await loadTargets(tx, [id]);
  if (targets.some((t) => t.status !== 'pending')) {
    throw new AppError('INVALID_STATE', 'Đã có đơn vị gửi báo cáo theo yêu cầu này, không thể xóa');
  }
  await tx.delete(reportRequests).where(eq(reportRequests.id, id));
  await appendAudit(tx, actor, {
    action: 'report_request.deleted',
    entity: 'report_request',
    entityId: id,
    unitId: row.requester_unit_id,
    before: { ...snapshot(row), targetUnitIds: targets.map((t) => t.unit_id) },
  });
  return { ok: true };
}

/**
 * POST /api/report-request-targets/:id/answer: the unit's issued report for the period, or "không phát sinh".
 * `at` is when it was sent: now, except for the demo seeding, which replays 2023.
 */
export async function answerTarget(
  tx: Db,
  actor: Actor,
  targetId: string,
  input: unknown,
  at: Date = new Date(),
): Promise<RequestView> {
  const body = parseInput(AnswerBody, input);
  const { target, request } = await targetWithRequest(tx, actor, targetId);
  authorize(canAnswerFor(actor, request.requester_path, target.unit_path), ANSWER_REFUSED);
  if (target.version !== body.version) throw stale('Báo cáo của đơn vị');
  if (body.kind === 'report') {
    const report = await findWorkReport(tx, body.reportId!);
    if (!report || report.unit_id !== target.unit_id) {
      refuse({ reportId: `Không tìm thấy báo cáo của ${target.unit_name}` });
    } else if (report.status !== 'issued') {
      refuse({ reportId: 'Báo cáo chưa ban hành; hãy ban hành báo cáo (số, ngày) trước khi gửi' });
    } else if (report.period_from !== request.period_from || report.period_to !== request.period_to) {
      refuse({
        reportId: `Báo cáo phải cùng kỳ được yêu cầu (từ ${formatDocumentDate(request.period_from)} đến ${formatDocumentDate(request.period_to)})`,
      });
    }
  }
  const [updated] = await tx
    .update(reportRequestTargets)
    .set({
      status: body.kind,
      reportId: body.kind === 'report' ? body.reportId! : null,
      answeredAt: at,
      answeredBy: actor.userId,
      answerNote: body.note,
      updatedAt: new Date(),
      version: sql`${reportRequestTargets.version} + 1`,
    })
    .where(and(eq(reportRequestTargets.id, targetId), eq(reportRequestTargets.version, target.version)))
    .returning({ version: reportRequestTargets.version });
  if (!updated) throw stale('Báo cáo của đơn vị');
  await appendAudit(tx, actor, {
    action: 'report_request.answered',
    entity: 'report_request',
    entityId: request.id,
    unitId: target.unit_id,
    before: { status: target.status, reportId: target.report_id, version: target.version },
    after: {
      status: body.kind,
      reportId: body.kind === 'report' ? body.reportId : null,
      note: body.note,
      version: updated.version,
    },
  });
  return requestView(tx, actor, request);
}

/** POST /api/report-request-targets/:id/remind: the requester reminds a unit that has not answered. */
export async function remindTarget(
  tx: Db,
  actor: Actor,
  targetId: string,
  input: unknown,
): Promise<RequestView> {
  const body = parseInput(VersionBody, input);
  const { target, request } = await targetWithRequest(tx, actor, targetId);
  authorize(canManageAt(actor, request.requester_path), MANAGE_REFUSED);
  if (target.version !== body.version) throw stale('Đơn vị được yêu cầu');
  if (target.status !== 'pending') {
    throw new AppError('INVALID_STATE', `${target.unit_name} đã gửi báo cáo, không cần nhắc`);
  }
  const [updated] = await tx
    .update(reportRequestTargets)
    .set({
      remindedAt: new Date(),
      reminderCount: sql`${reportRequestTargets.reminderCount} + 1`,
      updatedAt: new Date(),
      version: sql`${reportRequestTargets.version} + 1`,
    })
    .where(and(eq(reportRequestTargets.id, targetId), eq(reportRequestTargets.version, target.version)))
    .returning({ version: reportRequestTargets.version, count: reportRequestTargets.reminderCount });
  if (!updated) throw stale('Đơn vị được yêu cầu');
  await appendAudit(tx, actor, {
    action: 'report_request.reminded',
    entity: 'report_request',
    entityId: request.id,
    unitId: target.unit_id,
    before: { reminderCount: target.reminder_count, version: target.version },
    after: { reminderCount: updated.count, version: updated.version },
  });
  return requestView(tx, actor, request);
}

/** GET /api/report-request-targets/:id/candidates: the issued reports the target may send. */
export async function answerCandidates(tx: Db, actor: Actor, targetId: string): Promise<AnswerCandidates> {
  const target = await findTarget(tx, targetId);
  const request = target ? await findRequestInScope(tx, actor, target.request_id) : undefined;
  if (!target || !request || !seesTarget(actor, request.requester_path, target.unit_path)) {
    notFound('đơn vị được yêu cầu báo cáo');
  }
  const rows = await selectCandidates(tx, target!.unit_id, request!.period_from, request!.period_to);
  return {
    items: rows.map((r) => ({
      id: r.id,
      reference: `Báo cáo số ${r.number_symbol} ngày ${formatDocumentDate(r.issued_on)}`,
      title: r.title,
    })),
  };
}

/** GET /api/report-requests/:id/summary: the award results summed over the answers, per unit and in total. */
export async function requestSummary(tx: Db, actor: Actor, id: string): Promise<RequestSummary> {
  const row = await requireRequest(tx, actor, id);
  authorize(seesWholeRequest(actor, row.requester_path), 'Chỉ đơn vị yêu cầu báo cáo xem được bảng tổng hợp');
  const today = todayInVietnam();
  const targets = await loadTargets(tx, [id]);
  const frozen = await loadFrozenAwardResults(
    tx,
    targets.flatMap((t) => (t.status === 'report' && t.report_id ? [t.report_id] : [])),
  );
  const columns = targets.map((t) => {
    if (t.status !== 'report' || !t.report_id) return null;
    const parsed = FrozenAwardResults.safeParse(frozen.get(t.report_id) ?? []);
    if (!parsed.success) throw new Error(`work report ${t.report_id}: figures.awardResults unreadable`);
    return parsed.data;
  });
  const { rows, totals } = summariseAwardResults(columns);
  return {
    request: {
      id: row.id,
      title: row.title,
      requester: row.requester_name,
      periodFrom: row.period_from,
      periodTo: row.period_to,
      deadline: row.deadline,
      document: documentRef(row)?.reference ?? null,
    },
    units: targets.map((t) => ({
      id: t.unit_id,
      name: t.unit_name,
      status: t.status,
      timeliness: timelinessOf(t, row.deadline, today),
      report: reportRef(t),
    })),
    rows,
    totals,
    counts: countsOf(targets, row.deadline, today),
    asOf: today,
  };
}
