// Work report use cases (issue #6): the generated figures for a unit and a period, and the stored reports —
// create (narrative pre-filled from the unit's previous-period report), save (every save a kept version, checked
// against the version read), issue (number, date, figures frozen) and read. Scoped load → authorise → rule →
// write → audit → present, inside the caller's transaction. An issued report never changes (also a trigger).
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import {
  WorkReportContent,
  WorkReportCreateBody,
  type WorkReportFigures,
  WorkReportIssueBody,
  type WorkReportListQuery,
  type WorkReportPage,
  WorkReportQuery,
  WorkReportUpdateBody,
  type WorkReportVersions,
  type WorkReportView,
} from '../../../contracts/reports';
import { type Db, queryRows } from '../../db/client';
import { workReports, workReportVersions } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { buildFigures, docRef, requireReportUnit } from './work-report.figures';
import { kindLabel, periodLabel, reportTitle } from '../../../domain/work-report-text';
import { canEditReports, canIssueReports, EDIT_REFUSED, ISSUE_REFUSED } from './work-reports.policy';

type ReportRow = typeof workReports.$inferSelect;
const REPORT = 'báo cáo';

/** GET /api/reports/work-report: the figures of section I for a unit of the actor's subtree. */
export async function workReportFigures(tx: Db, actor: Actor, input: unknown): Promise<WorkReportFigures> {
  const q = parseInput(WorkReportQuery, input);
  const unit = await requireReportUnit(tx, actor, q.unitId);
  return buildFigures(tx, unit, q.from, q.to);
}

async function findReport(tx: Db, actor: Actor, id: string, lock = false) {
  const query = tx.select().from(workReports).where(eq(workReports.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) notFound(REPORT);
  const unit = await requireReportUnit(tx, actor, row!.unitId).catch(() => notFound(REPORT));
  return { row: row!, unit };
}

const CONTENT_KEYS = [
  'title',
  'addressee',
  'requestDocumentId',
  'place',
  'signerCapacity',
  'signerTitle',
  'signerName',
  'recipients',
  'strengths',
  'weaknesses',
  'causes',
  'solutions',
  'tasks',
] as const;

function contentOf(row: Pick<ReportRow, (typeof CONTENT_KEYS)[number]>): Record<string, unknown> {
  return Object.fromEntries(CONTENT_KEYS.map((k) => [k, row[k]]));
}

async function present(
  tx: Db,
  actor: Actor,
  row: ReportRow,
  unit: Awaited<ReturnType<typeof requireReportUnit>>,
): Promise<WorkReportView> {
  const frozen = row.status === 'issued' && row.figures ? (row.figures as WorkReportFigures) : null;
  const figures = frozen
    ? {
        // Figures frozen before the kinds' names were part of them get the names (the counts stay as issued).
        ...frozen,
        awardResults: frozen.awardResults.map((r) => ({
          ...r,
          awardKindName: r.awardKindName ?? kindLabel(r.awardKind),
        })),
      }
    : await buildFigures(tx, unit, row.periodFrom, row.periodTo);
  let requestDocument = null;
  if (row.requestDocumentId) {
    const [d] = await queryRows<Parameters<typeof docRef>[0]>(
      tx,
      sql`select d.id, d.type, d.type_name, d.number_symbol, d.issued_on::text as issued_on, d.issuer_name, d.summary
        from documents d where d.id = ${row.requestDocumentId}`,
    );
    requestDocument = d ? docRef(d) : null;
  }
  const draft = row.status === 'draft';
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: unit.name,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    periodLabel: periodLabel(row.periodFrom, row.periodTo),
    title: row.title,
    status: row.status as 'draft' | 'issued',
    numberSymbol: row.numberSymbol,
    issuedOn: row.issuedOn,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    addressee: row.addressee,
    requestDocumentId: row.requestDocumentId,
    requestDocument,
    place: row.place,
    signerCapacity: row.signerCapacity,
    signerTitle: row.signerTitle,
    signerName: row.signerName,
    recipients: row.recipients,
    strengths: row.strengths,
    weaknesses: row.weaknesses,
    causes: row.causes,
    solutions: row.solutions,
    tasks: row.tasks,
    figures,
    createdAt: row.createdAt.toISOString(),
    can: {
      update: draft && canEditReports(actor, unit.path),
      issue: draft && canIssueReports(actor, unit.path),
      delete: draft && canEditReports(actor, unit.path),
    },
  };
}

/** GET /api/work-reports */
export async function listWorkReports(
  tx: Db,
  actor: Actor,
  query: WorkReportListQuery,
): Promise<WorkReportPage> {
  const paths = actor.roles.map((r) => r.unitPath);
  const scope =
    paths.length === 0
      ? sql`false`
      : sql`(${sql.join(
          paths.map((p) => sql`u.path like ${`${p}%`}`),
          sql` or `,
        )})`;
  const where = sql.join(
    [
      scope,
      query.unitId ? sql`r.unit_id = ${query.unitId}` : sql`true`,
      query.status ? sql`r.status = ${query.status}` : sql`true`,
      query.year ? sql`extract(year from r.period_to) = ${query.year}` : sql`true`,
      query.q ? sql`(r.title ilike ${`%${query.q}%`} or u.name ilike ${`%${query.q}%`})` : sql`true`,
    ],
    sql` and `,
  );
  const rows = await queryRows<{
    id: string;
    unit_id: string;
    unit_name: string;
    period_from: string;
    period_to: string;
    title: string;
    status: 'draft' | 'issued';
    number_symbol: string | null;
    issued_on: string | null;
    updated_at: string;
    version: number;
    total: number;
  }>(
    tx,
    sql`select r.id, r.unit_id, u.name as unit_name, r.period_from::text as period_from, r.period_to::text as period_to,
        r.title, r.status, r.number_symbol, r.issued_on::text as issued_on, r.updated_at::text as updated_at, r.version,
        count(*) over ()::int as total
      from work_reports r join units u on u.id = r.unit_id
      where ${where}
      order by r.period_to desc, u.name_sort collate "C", r.period_from desc
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      periodLabel: periodLabel(r.period_from, r.period_to),
      title: r.title,
      status: r.status,
      numberSymbol: r.number_symbol,
      issuedOn: r.issued_on,
      updatedAt: new Date(r.updated_at).toISOString(),
      version: Number(r.version),
    })),
    total: rows[0] ? Number(rows[0].total) : 0,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: actor.roles.some((r) => canEditReports(actor, r.unitPath)) },
  };
}

/** GET /api/work-reports/:id */
export async function getWorkReport(tx: Db, actor: Actor, id: string): Promise<WorkReportView> {
  const { row, unit } = await findReport(tx, actor, id);
  return present(tx, actor, row, unit);
}

/** The unit's latest report of an earlier period: where a new report's narrative is pre-filled from. */
export async function previousReport(tx: Db, unitId: string, from: string): Promise<ReportRow | undefined> {
  const [row] = await tx
    .select()
    .from(workReports)
    .where(and(eq(workReports.unitId, unitId), lt(workReports.periodTo, from)))
    .orderBy(desc(workReports.periodTo), desc(workReports.periodFrom))
    .limit(1);
  return row;
}

async function keepVersion(tx: Db, actor: Actor, row: ReportRow): Promise<void> {
  await tx.insert(workReportVersions).values({
    reportId: row.id,
    version: row.version,
    content: contentOf(row),
    savedBy: actor.userId,
    savedByName: actor.fullName,
  });
}

/** POST /api/work-reports: a draft for a unit and a period, its written parts pre-filled from the last report. */
export async function createWorkReport(tx: Db, actor: Actor, input: unknown): Promise<WorkReportView> {
  const body = parseInput(WorkReportCreateBody, input);
  const unit = await requireReportUnit(tx, actor, body.unitId);
  authorize(canEditReports(actor, unit.path), EDIT_REFUSED);
  const [dup] = await tx
    .select({ id: workReports.id })
    .from(workReports)
    .where(
      and(
        eq(workReports.unitId, unit.id),
        eq(workReports.periodFrom, body.from),
        eq(workReports.periodTo, body.to),
      ),
    );
  if (dup) {
    throw new AppError('CONFLICT', 'Đơn vị đã có báo cáo cho kỳ này', {
      from: 'Đơn vị đã có báo cáo cho kỳ này',
    });
  }
  const prev = await previousReport(tx, unit.id, body.from);
  const pick = <K extends (typeof CONTENT_KEYS)[number]>(k: K, fallback: ReportRow[K]): ReportRow[K] =>
    (body[k] as ReportRow[K] | undefined) ?? (prev ? prev[k] : fallback);
  const values = {
    unitId: unit.id,
    periodFrom: body.from,
    periodTo: body.to,
    title: body.title ?? reportTitle(body.from, body.to),
    addressee: pick('addressee', unit.parent_name ? `Ủy ban nhân dân ${unit.parent_name}` : unit.name),
    requestDocumentId: body.requestDocumentId ?? null,
    place: pick('place', null),
    signerCapacity: pick('signerCapacity', 'TM. Ủy ban nhân dân'),
    signerTitle: pick('signerTitle', 'Chủ tịch'),
    signerName: pick('signerName', ''),
    recipients: pick('recipients', []),
    strengths: pick('strengths', ''),
    weaknesses: pick('weaknesses', ''),
    causes: pick('causes', ''),
    solutions: pick('solutions', ''),
    tasks: pick('tasks', ''),
    createdBy: actor.userId,
    updatedBy: actor.userId,
  };
  const [row] = await tx.insert(workReports).values(values).returning();
  await keepVersion(tx, actor, row!);
  await appendAudit(tx, actor, {
    action: 'work_report.created',
    entity: 'work_report',
    entityId: row!.id,
    unitId: unit.id,
    after: {
      ...contentOf(row!),
      periodFrom: row!.periodFrom,
      periodTo: row!.periodTo,
      prefilledFrom: prev?.id ?? null,
    },
  });
  return present(tx, actor, row!, unit);
}

function stale(): AppError {
  return new AppError(
    'CONFLICT',
    'Báo cáo vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại',
    {
      version: 'Phiên bản dữ liệu đã cũ',
    },
  );
}

function issuedRefusal(): AppError {
  return new AppError('INVALID_STATE', 'Báo cáo đã ban hành, không thể sửa đổi');
}

/** PATCH /api/work-reports/:id (with version): a save of the written parts, kept as a new version. */
export async function updateWorkReport(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<WorkReportView> {
  const body = parseInput(WorkReportUpdateBody, input);
  const { row, unit } = await findReport(tx, actor, id, true);
  authorize(canEditReports(actor, unit.path), EDIT_REFUSED);
  if (row.status !== 'draft') throw issuedRefusal();
  if (row.version !== body.version) throw stale();
  const { version: _v, ...changes } = body;
  const [updated] = await tx
    .update(workReports)
    .set({
      ...changes,
      updatedBy: actor.userId,
      updatedAt: new Date(),
      version: sql`${workReports.version} + 1`,
    })
    .where(and(eq(workReports.id, id), eq(workReports.version, body.version)))
    .returning();
  if (!updated) throw stale();
  await keepVersion(tx, actor, updated);
  const keys = Object.keys(changes) as (keyof ReportRow)[];
  await appendAudit(tx, actor, {
    action: 'work_report.updated',
    entity: 'work_report',
    entityId: id,
    unitId: unit.id,
    before: { ...Object.fromEntries(keys.map((k) => [k, row[k]])), version: row.version },
    after: { ...Object.fromEntries(keys.map((k) => [k, updated[k]])), version: updated.version },
  });
  return present(tx, actor, updated, unit);
}

/** POST /api/work-reports/:id/issue: number and date given, the figures frozen; the report is then immutable. */
export async function issueWorkReport(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<WorkReportView> {
  const body = parseInput(WorkReportIssueBody, input);
  const { row, unit } = await findReport(tx, actor, id, true);
  authorize(canIssueReports(actor, unit.path), ISSUE_REFUSED);
  if (row.status !== 'draft') throw issuedRefusal();
  if (row.version !== body.version) throw stale();
  const missing: Record<string, string> = {};
  if (body.issuedOn < row.periodFrom) missing.issuedOn = 'Ngày ban hành không được trước kỳ báo cáo';
  if (row.signerName.trim().length < 2) missing.signerName = 'Chưa có họ tên người ký';
  if (row.addressee.trim().length < 2) missing.addressee = 'Chưa có nơi gửi (Kính gửi)';
  if (Object.keys(missing).length > 0) {
    throw new AppError('VALIDATION', Object.values(missing)[0]!, missing);
  }
  parseInput(WorkReportContent, { ...contentOf(row) });
  const figures = await buildFigures(tx, unit, row.periodFrom, row.periodTo);
  const [issued] = await tx
    .update(workReports)
    .set({
      status: 'issued',
      numberSymbol: body.numberSymbol,
      issuedOn: body.issuedOn,
      issuedAt: new Date(),
      issuedBy: actor.userId,
      figures,
      updatedBy: actor.userId,
      updatedAt: new Date(),
      version: sql`${workReports.version} + 1`,
    })
    .where(and(eq(workReports.id, id), eq(workReports.version, body.version)))
    .returning();
  if (!issued) throw stale();
  await appendAudit(tx, actor, {
    action: 'work_report.issued',
    entity: 'work_report',
    entityId: id,
    unitId: unit.id,
    before: { status: 'draft', version: row.version },
    after: {
      status: 'issued',
      numberSymbol: issued.numberSymbol,
      issuedOn: issued.issuedOn,
      version: issued.version,
      awardTotals: figures.awardTotals,
    },
  });
  return present(tx, actor, issued, unit);
}

/** DELETE /api/work-reports/:id: a draft made by mistake, with its saved versions; an issued report stays. */
export async function deleteWorkReport(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const { row, unit } = await findReport(tx, actor, id, true);
  authorize(canEditReports(actor, unit.path), EDIT_REFUSED);
  if (row.status !== 'draft') {
    throw new AppError('INVALID_STATE', 'Báo cáo đã ban hành, không thể xóa');
  }
  await tx.delete(workReportVersions).where(eq(workReportVersions.reportId, id));
  await tx.delete(workReports).where(eq(workReports.id, id));
  await appendAudit(tx, actor, {
    action: 'work_report.deleted',
    entity: 'work_report',
    entityId: id,
    unitId: unit.id,
    before: {
      ...contentOf(row),
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      version: row.version,
    },
  });
  return { ok: true };
}

/** GET /api/work-reports/:id/versions: every save, newest first. */
export async function listWorkReportVersions(tx: Db, actor: Actor, id: string): Promise<WorkReportVersions> {
  await findReport(tx, actor, id);
  const rows = await tx
    .select()
    .from(workReportVersions)
    .where(eq(workReportVersions.reportId, id))
    .orderBy(desc(workReportVersions.version));
  return {
    items: rows.map((r) => ({
      version: r.version,
      savedByName: r.savedByName,
      savedAt: r.savedAt.toISOString(),
      content: r.content as Record<string, unknown>,
    })),
  };
}

/** The report of a unit for exactly this period, if one is stored and visible. */
export async function reportForPeriod(tx: Db, unitId: string, from: string, to: string) {
  const [row] = await tx
    .select()
    .from(workReports)
    .where(
      and(eq(workReports.unitId, unitId), eq(workReports.periodFrom, from), eq(workReports.periodTo, to)),
    );
  return row;
}

export { findReport };
export type { ReportRow };
