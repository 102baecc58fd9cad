// Inspections of emulation & commendation work (kiểm tra công tác TĐKT): request and response shapes of
// /api/inspection-plans, /api/inspection-targets and /api/inspection-recommendations (issue #5, point 6).
import {
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  TARGET_STATUSES,
  type TargetStatus,
  TEAM_ROLES,
  type TeamRole,
} from '../domain/inspections';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { optionalParagraphs } from './paragraphs';
import { z } from './zod';

export { FOLLOW_UP_STATUSES, TARGET_STATUSES, TEAM_ROLES };
export type { FollowUpStatus, TargetStatus, TeamRole };

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  truong_doan: 'Trưởng đoàn',
  pho_truong_doan: 'Phó Trưởng đoàn',
  thanh_vien: 'Thành viên',
  thu_ky: 'Thư ký',
};

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  planned: 'Chưa kiểm tra',
  done: 'Đã kiểm tra',
  cancelled: 'Hủy kiểm tra',
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  open: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã thực hiện',
};

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
const optionalDate = IsoDate.nullable()
  .optional()
  .transform((v) => v ?? null);
const PlanYear = z
  .number({ error: 'Năm phải là số nguyên' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm kế hoạch phải trong khoảng 2000–2100')
  .max(2100, 'Năm kế hoạch phải trong khoảng 2000–2100');
const nonEmpty = (body: object) => Object.keys(body).length > 1;
const NOTHING_TO_CHANGE = 'Chưa có thông tin nào cần sửa';

export const TeamRoleCode = z.enum(TEAM_ROLES, {
  error: 'Vai trò trong đoàn phải là trưởng đoàn, phó trưởng đoàn, thành viên hoặc thư ký',
});
export const TargetStatusCode = z.enum(TARGET_STATUSES, {
  error: 'Trạng thái phải là chưa kiểm tra (planned), đã kiểm tra (done) hoặc hủy (cancelled)',
});
export const FollowUpStatusCode = z.enum(FOLLOW_UP_STATUSES, {
  error:
    'Tình hình thực hiện phải là chưa thực hiện (open), đang thực hiện (in_progress) hoặc đã thực hiện (done)',
});

// ---- Plans ----

const PlanFields = {
  title: text({ min: 3, max: 500 }),
  planNumber: optionalText(100),
  planDate: optionalDate,
  content: optionalParagraphs(20_000),
  teamDecisionNumber: optionalText(100),
  teamDecisionDate: optionalDate,
  note: optionalText(2000),
};

type PlanDates = { year?: number; planDate?: string | null; teamDecisionDate?: string | null };

/** The plan of year N is issued in N or late in N−1; the team is established on or after the plan. */
function planDateIssues(b: PlanDates, ctx: z.RefinementCtx): void {
  if (b.year !== undefined && b.planDate) {
    const y = Number(b.planDate.slice(0, 4));
    if (y !== b.year && y !== b.year - 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['planDate'],
        message: `Kế hoạch năm ${b.year} phải ban hành trong năm ${b.year - 1} hoặc ${b.year}`,
      });
    }
  }
  if (b.planDate && b.teamDecisionDate && b.teamDecisionDate < b.planDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['teamDecisionDate'],
      message: 'Quyết định thành lập đoàn không được trước ngày ban hành kế hoạch',
    });
  }
}

/** POST /api/inspection-plans */
export const PlanCreateBody = z
  .object({
    year: PlanYear,
    organiserUnitId: Uuid('Mã đơn vị tổ chức kiểm tra không hợp lệ'),
    ...PlanFields,
  })
  .strict()
  .superRefine(planDateIssues);
export type PlanCreateBody = z.output<typeof PlanCreateBody>;
export type PlanCreateInput = z.input<typeof PlanCreateBody>;

/** PATCH /api/inspection-plans/:id (with version); the organiser does not change. */
export const PlanUpdateBody = z
  .object({
    version: Version,
    year: PlanYear.optional(),
    title: PlanFields.title.optional(),
    planNumber: PlanFields.planNumber.optional(),
    planDate: IsoDate.nullable().optional(),
    content: PlanFields.content.optional(),
    teamDecisionNumber: PlanFields.teamDecisionNumber.optional(),
    teamDecisionDate: IsoDate.nullable().optional(),
    note: PlanFields.note.optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type PlanUpdateBody = z.output<typeof PlanUpdateBody>;
export type PlanUpdateInput = z.input<typeof PlanUpdateBody>;

/** The date rules of a whole plan (create, or an update merged with the stored plan). */
export const PlanDatesCheck = z
  .object({ year: z.number(), planDate: z.string().nullable(), teamDecisionDate: z.string().nullable() })
  .superRefine(planDateIssues);

export const TeamMemberInput = z
  .object({
    personId: Uuid('Mã cá nhân không hợp lệ'),
    role: TeamRoleCode,
    position: optionalText(300),
    assignment: optionalText(500),
  })
  .strict();

/** PUT /api/inspection-plans/:id/team: the whole team as the decision names it (with the plan's version). */
export const TeamBody = z.object({ version: Version, members: z.array(TeamMemberInput).max(50) }).strict();
export type TeamBody = z.output<typeof TeamBody>;
export type TeamInput = z.input<typeof TeamBody>;

export const PlanListQuery = ListQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  organiserUnitId: Uuid('Mã đơn vị không hợp lệ').optional(),
});
export type PlanListQuery = z.output<typeof PlanListQuery>;

// ---- Targets ----

/** POST /api/inspection-plans/:id/targets */
export const TargetCreateBody = z
  .object({
    unitId: Uuid('Mã đơn vị được kiểm tra không hợp lệ'),
    scheduledFrom: IsoDate,
    scheduledTo: optionalDate,
    leadPersonId: Uuid('Mã thành viên phụ trách không hợp lệ').nullable().optional(),
  })
  .strict();
export type TargetCreateBody = z.output<typeof TargetCreateBody>;
export type TargetCreateInput = z.input<typeof TargetCreateBody>;

/** PATCH /api/inspection-targets/:id: schedule, status, findings and result (with version). */
export const TargetUpdateBody = z
  .object({
    version: Version,
    scheduledFrom: IsoDate.optional(),
    scheduledTo: IsoDate.nullable().optional(),
    leadPersonId: Uuid('Mã thành viên phụ trách không hợp lệ').nullable().optional(),
    status: TargetStatusCode.optional(),
    inspectedOn: IsoDate.nullable().optional(),
    cancelReason: optionalText(1000).optional(),
    findings: optionalParagraphs(20_000).optional(),
    resultDocument: optionalText(300).optional(),
    resultDocumentDate: IsoDate.nullable().optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type TargetUpdateBody = z.output<typeof TargetUpdateBody>;
export type TargetUpdateInput = z.input<typeof TargetUpdateBody>;

// ---- Recommendations and follow-up ----

/** POST /api/inspection-targets/:id/recommendations */
export const RecommendationCreateBody = z
  .object({ content: text({ min: 3, max: 2000 }), dueOn: optionalDate })
  .strict();
export type RecommendationCreateBody = z.output<typeof RecommendationCreateBody>;
export type RecommendationCreateInput = z.input<typeof RecommendationCreateBody>;

/** PATCH /api/inspection-recommendations/:id */
export const RecommendationUpdateBody = z
  .object({
    version: Version,
    content: text({ min: 3, max: 2000 }).optional(),
    dueOn: IsoDate.nullable().optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type RecommendationUpdateBody = z.output<typeof RecommendationUpdateBody>;

/** POST /api/inspection-recommendations/:id/follow-ups: the inspected unit reports progress. */
export const FollowUpBody = z
  .object({
    version: Version,
    status: FollowUpStatusCode,
    note: optionalText(2000),
    on: IsoDate,
  })
  .strict();
export type FollowUpBody = z.output<typeof FollowUpBody>;
export type FollowUpInput = z.input<typeof FollowUpBody>;

export const RecommendationListQuery = ListQuery.extend({
  status: FollowUpStatusCode.optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type RecommendationListQuery = z.output<typeof RecommendationListQuery>;

// ---- Views ----

const Ref = z.object({ id: z.string(), name: z.string() });

export const FollowUpSummaryView = z.object({
  total: z.number().int(),
  open: z.number().int(),
  inProgress: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
});
export type FollowUpSummaryView = z.infer<typeof FollowUpSummaryView>;

export const FollowUpView = z.object({
  id: z.string(),
  status: FollowUpStatusCode,
  note: z.string(),
  on: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

export const RecommendationView = z.object({
  id: z.string(),
  content: z.string(),
  dueOn: z.string().nullable(),
  status: FollowUpStatusCode,
  statusNote: z.string().nullable(),
  statusOn: z.string().nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  history: z.array(FollowUpView),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), followUp: z.boolean() }),
});
export type RecommendationView = z.infer<typeof RecommendationView>;

export const TargetView = z.object({
  id: z.string(),
  unit: Ref,
  scheduledFrom: z.string(),
  scheduledTo: z.string().nullable(),
  lead: Ref.nullable(),
  status: TargetStatusCode,
  inspectedOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
  findings: z.string().nullable(),
  resultDocument: z.string().nullable(),
  resultDocumentDate: z.string().nullable(),
  recommendations: z.array(RecommendationView),
  followUps: FollowUpSummaryView,
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), addRecommendation: z.boolean() }),
});
export type TargetView = z.infer<typeof TargetView>;

export const TeamMemberView = z.object({
  id: z.string(),
  personId: z.string(),
  fullName: z.string(),
  role: TeamRoleCode,
  position: z.string().nullable(),
  assignment: z.string().nullable(),
});
export type TeamMemberView = z.infer<typeof TeamMemberView>;

export const PlanView = z.object({
  id: z.string(),
  year: z.number().int(),
  organiser: Ref,
  title: z.string(),
  planNumber: z.string().nullable(),
  planDate: z.string().nullable(),
  content: z.string().nullable(),
  teamDecisionNumber: z.string().nullable(),
  teamDecisionDate: z.string().nullable(),
  note: z.string().nullable(),
  team: z.array(TeamMemberView),
  targets: z.array(TargetView),
  /** True when the actor sees only the targets of their own units (an inspected unit's officer). */
  partial: z.boolean(),
  followUps: FollowUpSummaryView,
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    manageTeam: z.boolean(),
    addTarget: z.boolean(),
  }),
});
export type PlanView = z.infer<typeof PlanView>;

export const PlanListItem = z.object({
  id: z.string(),
  year: z.number().int(),
  organiser: Ref,
  title: z.string(),
  planNumber: z.string().nullable(),
  planDate: z.string().nullable(),
  teamSize: z.number().int(),
  targets: z.object({
    total: z.number().int(),
    planned: z.number().int(),
    done: z.number().int(),
    cancelled: z.number().int(),
  }),
  followUps: FollowUpSummaryView,
});
export type PlanListItem = z.infer<typeof PlanListItem>;

export const PlanPage = pageOf(PlanListItem).extend({ can: z.object({ create: z.boolean() }) });
export type PlanPage = z.infer<typeof PlanPage>;

export const RecommendationListItem = RecommendationView.omit({ history: true }).extend({
  plan: z.object({ id: z.string(), year: z.number().int(), title: z.string() }),
  target: z.object({ id: z.string(), unit: Ref, inspectedOn: z.string().nullable() }),
});
export type RecommendationListItem = z.infer<typeof RecommendationListItem>;

export const RecommendationPage = pageOf(RecommendationListItem);
export type RecommendationPage = z.infer<typeof RecommendationPage>;
