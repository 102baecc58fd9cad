// Report requests (yêu cầu báo cáo, issue #6 point 4): request and response shapes of /api/report-requests and
// /api/report-request-targets — a higher unit asks units of its subtree for their work report on a period by a
// deadline; each answers with an issued work report of its own or "không phát sinh"; the requester reads who
// answered, who is late, and the award results summed over the answers.
import type { AdminLevel } from './enums';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { DocumentRefView, UnitRefView } from './documents';
import { optionalParagraphs } from './paragraphs';
import { z } from './zod';

/** pending: not answered yet; report: answered with an issued work report; nil: "không phát sinh". */
export const REPORT_TARGET_STATUSES = ['pending', 'report', 'nil'] as const;
export type ReportTargetStatus = (typeof REPORT_TARGET_STATUSES)[number];

export const REPORT_TARGET_STATUS_LABELS: Record<ReportTargetStatus, string> = {
  pending: 'Chưa gửi',
  report: 'Đã gửi báo cáo',
  nil: 'Không phát sinh',
};

/** The answer's timeliness as the requester reads it. */
export const TIMELINESS = ['on_time', 'late', 'overdue', 'waiting'] as const;
export type Timeliness = (typeof TIMELINESS)[number];
export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: 'Đúng hạn',
  late: 'Gửi muộn',
  overdue: 'Quá hạn, chưa gửi',
  waiting: 'Chưa đến hạn',
};

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
const MAX_TARGETS = 500;

const TargetUnitIds = z
  .array(Uuid('Mã đơn vị không hợp lệ'), { error: 'Chọn các đơn vị được yêu cầu báo cáo' })
  .min(1, 'Chọn ít nhất một đơn vị được yêu cầu báo cáo')
  .max(MAX_TARGETS, `Mỗi yêu cầu gửi tối đa ${MAX_TARGETS} đơn vị`)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Một đơn vị được chọn hai lần' });

const RequestFields = {
  title: text({ min: 3, max: 300 }),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  deadline: IsoDate,
  documentId: Uuid('Mã văn bản không hợp lệ')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  content: optionalParagraphs(4000),
};

/** The period's end is not before its start. */
function periodCheck(
  b: { periodFrom?: string; periodTo?: string },
  ctx: { addIssue: (i: { code: 'custom'; path: string[]; message: string }) => void },
) {
  if (b.periodFrom && b.periodTo && b.periodTo < b.periodFrom) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodTo'],
      message: 'Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu',
    });
  }
}

export const RequestCreateBody = z
  .object({
    requesterUnitId: Uuid('Chọn đơn vị yêu cầu báo cáo'),
    ...RequestFields,
    targetUnitIds: TargetUnitIds,
  })
  .superRefine(periodCheck);
export type RequestCreateBody = z.output<typeof RequestCreateBody>;
export type RequestCreateInput = z.input<typeof RequestCreateBody>;

export const RequestUpdateBody = z
  .object({
    version: Version,
    title: RequestFields.title.optional(),
    deadline: IsoDate.optional(),
    documentId: Uuid('Mã văn bản không hợp lệ').nullable().optional(),
    content: optionalParagraphs(4000),
  })
  .refine((b) => Object.values(b).filter((v) => v !== undefined).length > 1, {
    message: 'Chưa có thông tin nào cần sửa',
    path: ['body'],
  });
export type RequestUpdateBody = z.output<typeof RequestUpdateBody>;
export type RequestUpdateInput = z.input<typeof RequestUpdateBody>;

export const TargetsAddBody = z.object({ version: Version, unitIds: TargetUnitIds });
export type TargetsAddBody = z.output<typeof TargetsAddBody>;

/** A target unit's answer: one of its issued work reports for the period, or "không phát sinh". */
export const AnswerBody = z
  .object({
    version: Version,
    kind: z.enum(['report', 'nil'], { error: 'Chọn gửi báo cáo hoặc báo không phát sinh' }),
    reportId: Uuid('Chọn báo cáo đã ban hành để gửi').nullable().optional(),
    note: optionalText(1000),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'report' && !b.reportId) {
      ctx.addIssue({ code: 'custom', path: ['reportId'], message: 'Chọn báo cáo đã ban hành để gửi' });
    }
    if (b.kind === 'nil' && b.reportId) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportId'],
        message: 'Báo không phát sinh thì không kèm báo cáo',
      });
    }
  });
export type AnswerBody = z.output<typeof AnswerBody>;
export type AnswerInput = z.input<typeof AnswerBody>;

export const VersionBody = z.object({ version: Version });
export type VersionBody = z.output<typeof VersionBody>;

export const RequestListQuery = ListQuery.extend({
  /** sent: requests of units over which the actor holds a role; received: those addressed to the actor's units. */
  box: z.enum(['all', 'sent', 'received'], { error: 'Hộp yêu cầu không hợp lệ' }).default('all'),
  year: z.coerce
    .number({ error: 'Năm phải là số nguyên' })
    .int('Năm phải là số nguyên')
    .min(2000, 'Năm phải trong khoảng 2000–2100')
    .max(2100, 'Năm phải trong khoảng 2000–2100')
    .optional(),
});
export type RequestListQuery = z.infer<typeof RequestListQuery>;

export const ReportRefView = z.object({
  id: z.string(),
  /** "Báo cáo số 112/BC-UBND ngày 15/6/2023". */
  reference: z.string(),
  title: z.string(),
});
export type ReportRefView = z.infer<typeof ReportRefView>;

export const TargetView = z.object({
  id: z.string(),
  unit: UnitRefView,
  status: z.enum(REPORT_TARGET_STATUSES),
  timeliness: z.enum(TIMELINESS),
  report: ReportRefView.nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answerNote: z.string().nullable(),
  remindedAt: z.string().nullable(),
  reminderCount: z.number().int(),
  version: z.number().int(),
  can: z.object({ answer: z.boolean(), remind: z.boolean(), remove: z.boolean() }),
});
export type TargetView = z.infer<typeof TargetView>;

export const RequestCounts = z.object({
  targets: z.number().int(),
  answered: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
});
export type RequestCounts = z.infer<typeof RequestCounts>;

export const RequestListItem = z.object({
  id: z.string(),
  title: z.string(),
  requester: UnitRefView,
  periodFrom: z.string(),
  periodTo: z.string(),
  deadline: z.string(),
  document: DocumentRefView.nullable(),
  /** True when the actor sees the request as (one of) its targets only. */
  received: z.boolean(),
  counts: RequestCounts,
  createdAt: z.string(),
});
export type RequestListItem = z.infer<typeof RequestListItem>;

export const RequestPage = pageOf(RequestListItem).extend({ can: z.object({ create: z.boolean() }) });
export type RequestPage = z.infer<typeof RequestPage>;

export const RequestView = RequestListItem.extend({
  content: z.string().nullable(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
  /** Every target for the requester; the actor's own units only for a target. */
  targets: z.array(TargetView),
  can: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    addTargets: z.boolean(),
    summary: z.boolean(),
  }),
});
export type RequestView = z.infer<typeof RequestView>;

/** An issued work report a target may send: its own, for exactly the request's period. */
export const AnswerCandidates = z.object({ items: z.array(ReportRefView) });
export type AnswerCandidates = z.infer<typeof AnswerCandidates>;

export const SummaryRow = z.object({
  status: z.enum(['awarded', 'proposed']),
  authorityLevel: z.string(),
  levelLabel: z.string(),
  awardKind: z.string(),
  kindName: z.string(),
  subjectKind: z.string(),
  subjectLabel: z.string(),
  /** Aligned with `units`. */
  counts: z.array(z.number().int()),
  total: z.number().int(),
});
export type SummaryRow = z.infer<typeof SummaryRow>;

export const SummaryUnit = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(REPORT_TARGET_STATUSES),
  timeliness: z.enum(TIMELINESS),
  report: ReportRefView.nullable(),
});
export type SummaryUnit = z.infer<typeof SummaryUnit>;

/** GET /api/report-requests/:id/summary: award results summed over the answers' issued snapshots. */
export const RequestSummary = z.object({
  request: z.object({
    id: z.string(),
    title: z.string(),
    requester: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    deadline: z.string(),
    document: z.string().nullable(),
  }),
  /** Every target, in the order of the columns (unanswered units show zeros). */
  units: z.array(SummaryUnit),
  rows: z.array(SummaryRow),
  totals: z.object({
    awarded: z.array(z.number().int()),
    proposed: z.array(z.number().int()),
    awardedTotal: z.number().int(),
    proposedTotal: z.number().int(),
  }),
  counts: RequestCounts,
  /** 'YYYY-MM-DD' the table was computed on (Vietnam). */
  asOf: z.string(),
});
export type RequestSummary = z.infer<typeof RequestSummary>;

export type { AdminLevel };
