// Nomination dossiers (hồ sơ đề nghị khen thưởng, issue #4 points 1–3 and 6): request and response shapes of
// /api/dossiers and its nominees, attachments, appraisal and workflow transitions.
import {
  APPRAISAL_LABELS,
  APPRAISALS,
  ATTACHMENT_KIND_LABELS,
  ATTACHMENT_KINDS,
  DOSSIER_ACTIONS,
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUSES,
  type DossierAction,
  type DossierStatus,
  OUTCOME_LABELS,
  OUTCOMES,
  VERDICT_STATUS_LABELS,
  VERDICT_STATUSES,
} from '../domain/workflow';
import { ListQuery, optionalText, pageOf, text } from './common';
import { VerdictView } from './eligibility';
import { AwardKindCode, AwardTypeCode, QueryYear, SubjectKindCode, Year } from './history';
import { z } from './zod';

export {
  APPRAISAL_LABELS,
  ATTACHMENT_KIND_LABELS,
  ATTACHMENT_KINDS,
  DOSSIER_ACTIONS,
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUSES,
  OUTCOME_LABELS,
  VERDICT_STATUS_LABELS,
};
export type { DossierAction, DossierStatus };

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });

export const DossierStatusCode = z.enum(DOSSIER_STATUSES, { error: 'Trạng thái hồ sơ không hợp lệ' });
export const DossierActionCode = z.enum(DOSSIER_ACTIONS, {
  error: 'Thao tác không hợp lệ',
});
export const AttachmentKindCode = z.enum(ATTACHMENT_KINDS, {
  error:
    'Loại tài liệu phải là tờ trình (to_trinh), biên bản bình xét (bien_ban_binh_xet), báo cáo thành tích (bao_cao_thanh_tich), chứng nhận sáng kiến (chung_nhan_sang_kien) hoặc khác (khac)',
});
export const AppraisalCode = z.enum(APPRAISALS, {
  error: 'Kết quả thẩm định phải là đồng ý (agree) hoặc không đồng ý (disagree)',
});

// ---- Nominees ----

/** One nominee: an individual (personId), a collective (unitId) or a household (personId = head + name). */
export const NomineeInput = z
  .object({
    subjectKind: SubjectKindCode,
    personId: Uuid('Mã cá nhân không hợp lệ').nullable().optional(),
    unitId: Uuid('Mã tập thể không hợp lệ').nullable().optional(),
    householdName: optionalText(300),
    awardKind: AwardKindCode,
    summary: optionalText(20_000),
    reportFileId: Uuid('Mã tệp báo cáo không hợp lệ').nullable().optional(),
  })
  .strict()
  .superRefine((n, ctx) => {
    if (n.subjectKind === 'collective') {
      if (!n.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Chọn tập thể được đề nghị' });
      if (n.personId)
        ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Tập thể không kèm cá nhân' });
    } else {
      if (!n.personId) {
        const message =
          n.subjectKind === 'household' ? 'Chọn chủ hộ được đề nghị' : 'Chọn cá nhân được đề nghị';
        ctx.addIssue({ code: 'custom', path: ['personId'], message });
      }
      if (n.unitId)
        ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Cá nhân, hộ không kèm tập thể' });
    }
    if (n.subjectKind === 'household' && !n.householdName) {
      ctx.addIssue({ code: 'custom', path: ['householdName'], message: 'Nhập tên hộ gia đình' });
    }
    if (n.subjectKind !== 'household' && n.householdName) {
      ctx.addIssue({ code: 'custom', path: ['householdName'], message: 'Tên hộ chỉ dùng cho hộ gia đình' });
    }
  });
export type NomineeInput = z.input<typeof NomineeInput>;
export type NomineeBody = z.output<typeof NomineeInput>;

/** PATCH /api/dossiers/:id/nominees/:nomineeId (with the nominee's version). */
export const NomineeUpdateBody = z
  .object({
    version: Version,
    awardKind: AwardKindCode.optional(),
    summary: optionalText(20_000).optional(),
    reportFileId: Uuid('Mã tệp báo cáo không hợp lệ').nullable().optional(),
    householdName: optionalText(300).optional(),
  })
  .strict();
export type NomineeUpdateInput = z.input<typeof NomineeUpdateBody>;
export type NomineeUpdateBody = z.output<typeof NomineeUpdateBody>;

/** PUT /api/dossiers/:id/nominees/:nomineeId/appraisal: the specialist's appraisal of one nominee. */
export const AppraisalBody = z
  .object({
    version: Version,
    appraisal: AppraisalCode,
    note: optionalText(5000),
    proposedAwardKind: AwardKindCode.nullable().optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.appraisal === 'disagree' && !b.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Nêu lý do không đồng ý' });
    }
  });
export type AppraisalInput = z.input<typeof AppraisalBody>;

export const NomineeParams = z.object({
  id: Uuid('Mã hồ sơ không hợp lệ'),
  nomineeId: Uuid('Mã người được đề nghị không hợp lệ'),
});
export const AttachmentParams = z.object({
  id: Uuid('Mã hồ sơ không hợp lệ'),
  attachmentId: Uuid('Mã tài liệu không hợp lệ'),
});

// ---- Dossiers ----

/** POST /api/dossiers: a draft; the authority follows from the award kinds requested and the unit. */
export const DossierCreateBody = z
  .object({
    proposingUnitId: Uuid('Chọn đơn vị đề nghị'),
    awardType: AwardTypeCode.default('cong_trang'),
    achievementYear: Year,
    title: text({ min: 3, max: 500 }).optional(),
    movementId: Uuid('Mã phong trào không hợp lệ').nullable().optional(),
    /** Award kinds requested; every nominee's kind must share their authority. */
    awardKinds: z.array(AwardKindCode).min(1, 'Chọn ít nhất một danh hiệu, hình thức đề nghị').max(20),
    nominees: z.array(NomineeInput).max(500).optional(),
  })
  .strict();
export type DossierCreateInput = z.input<typeof DossierCreateBody>;
export type DossierCreateBody = z.output<typeof DossierCreateBody>;

/** PATCH /api/dossiers/:id (draft or returned, with version). */
export const DossierUpdateBody = z
  .object({
    version: Version,
    title: text({ min: 3, max: 500 }).optional(),
    awardType: AwardTypeCode.optional(),
    achievementYear: Year.optional(),
    movementId: Uuid('Mã phong trào không hợp lệ').nullable().optional(),
    awardKinds: z
      .array(AwardKindCode)
      .min(1, 'Chọn ít nhất một danh hiệu, hình thức đề nghị')
      .max(20)
      .optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 1, { message: 'Chưa có thông tin nào cần sửa' });
export type DossierUpdateInput = z.input<typeof DossierUpdateBody>;

/** POST /api/dossiers/:id/transitions */
export const TransitionBody = z
  .object({
    action: DossierActionCode,
    version: Version,
    comment: optionalText(5000),
    supplementItems: z
      .array(text({ min: 2, max: 500 }))
      .max(30)
      .optional(),
  })
  .strict();
export type TransitionInput = z.input<typeof TransitionBody>;
export type TransitionBody = z.output<typeof TransitionBody>;

export const DossierListQuery = ListQuery.extend({
  status: DossierStatusCode.optional(),
  year: QueryYear.optional(),
  unitId: Uuid('Mã đơn vị không hợp lệ').optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** proposer: dossiers of units the actor proposes for; authority: dossiers the actor appraises. */
  side: z.enum(['proposer', 'authority']).optional(),
});
export type DossierListQuery = z.output<typeof DossierListQuery>;

// ---- Views ----

const UnitRefView = z.object({ id: z.string(), name: z.string() });

export const DeadlineView = z.object({
  /** 'YYYY-MM-DD' */
  on: z.string(),
  /** What must be done by then. */
  label: z.string(),
  basis: z.string(),
  overdue: z.boolean(),
  /** Working days left (0 when due today or past). */
  daysLeft: z.number().int(),
  /** The holiday table does not cover a year counted: only weekends were skipped. */
  approximate: z.boolean(),
});

export const DossierListItem = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: DossierStatusCode,
  statusLabel: z.string(),
  proposingUnit: UnitRefView,
  authorityLabel: z.string(),
  authorityUnit: UnitRefView.nullable(),
  awardType: AwardTypeCode,
  achievementYear: z.number().int(),
  nomineeCount: z.number().int(),
  deadline: DeadlineView.nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  forwardedFromId: z.string().nullable(),
});
export type DossierListItem = z.infer<typeof DossierListItem>;

export const DossierPage = pageOf(DossierListItem).extend({ can: z.object({ create: z.boolean() }) });
export type DossierPage = z.infer<typeof DossierPage>;

const FileView = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});

export const NomineeView = z.object({
  id: z.string(),
  position: z.number().int(),
  subjectKind: SubjectKindCode,
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  householdName: z.string().nullable(),
  /** The person's, household's or collective's name. */
  name: z.string(),
  /** Where the person works (or the collective's parent unit). */
  detail: z.string().nullable(),
  awardKind: AwardKindCode,
  awardKindName: z.string(),
  summary: z.string().nullable(),
  reportFile: FileView.nullable(),
  verdictStatus: z.enum(VERDICT_STATUSES).nullable(),
  verdict: VerdictView.nullable(),
  verdictAt: z.string().nullable(),
  appraisal: AppraisalCode.nullable(),
  appraisalNote: z.string().nullable(),
  proposedAwardKind: AwardKindCode.nullable(),
  proposedAwardKindName: z.string().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  outcomeAwardKind: AwardKindCode.nullable(),
  decisionId: z.string().nullable(),
  forwardedToNomineeId: z.string().nullable(),
  version: z.number().int(),
});
export type NomineeView = z.infer<typeof NomineeView>;

export const AttachmentView = z.object({
  id: z.string(),
  kind: AttachmentKindCode,
  kindLabel: z.string(),
  file: FileView,
  note: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  canDelete: z.boolean(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

export const DossierEventView = z.object({
  id: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  fromStatus: DossierStatusCode.nullable(),
  toStatus: DossierStatusCode,
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorUnitName: z.string().nullable(),
  at: z.string(),
  comment: z.string().nullable(),
  supplementItems: z.array(z.string()).nullable(),
});
export type DossierEventView = z.infer<typeof DossierEventView>;

/** A dossier linked by forwarding (the lower one it came from, or the upper ones it was forwarded to). */
export const LinkedDossierView = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: DossierStatusCode,
  statusLabel: z.string(),
  authorityLabel: z.string(),
  /** The actor may open it (outside the scope: code, status and authority only). */
  accessible: z.boolean(),
  /** Nominees of the linked dossier that have a decision. */
  decidedCount: z.number().int(),
});
export type LinkedDossierView = z.infer<typeof LinkedDossierView>;

export const ActionAbility = z.object({
  allowed: z.boolean(),
  /** Why a step the actor may take is not possible yet (guards). */
  blockers: z.array(z.string()),
  label: z.string(),
  requiresComment: z.boolean(),
  confirm: z.string().nullable(),
});

export const DossierView = DossierListItem.extend({
  authorityCode: z.string(),
  regimeId: z.enum(['A', 'B', 'C']),
  movementId: z.string().nullable(),
  /** The unit that receives and appraises it (null: an authority outside the system). */
  handlingUnit: UnitRefView.nullable(),
  receivedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  nominees: z.array(NomineeView),
  attachments: z.array(AttachmentView),
  events: z.array(DossierEventView),
  forwardedFrom: LinkedDossierView.nullable(),
  forwardedTo: z.array(LinkedDossierView),
  /** The latest return's list of what to supplement (while returned). */
  supplementItems: z.array(z.string()).nullable(),
  actions: z.record(z.string(), ActionAbility),
  can: z.object({
    edit: z.boolean(),
    delete: z.boolean(),
    editNominees: z.boolean(),
    appraise: z.boolean(),
    attach: z.boolean(),
    renderToTrinh: z.boolean(),
  }),
});
export type DossierView = z.infer<typeof DossierView>;

export const NomineeImportResult = z.object({ imported: z.number().int(), dossier: DossierView });
