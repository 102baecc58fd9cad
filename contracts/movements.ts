// Emulation movements (phong trào thi đua, issue #5 point 2): request and response shapes of /api/movements.
import {
  DOCUMENT_ROLE_LABELS,
  DOCUMENT_ROLES,
  type DocumentRole,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_STATUS_LABELS,
  MOVEMENT_STATUSES,
  type MovementKind,
  type MovementStatus,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  type ReviewKind,
  STATUS_ACTION_LABELS,
  STATUS_ACTIONS,
  type StatusAction,
  VALUE_QUALIFIER_LABELS,
  VALUE_QUALIFIERS,
  type ValueQualifier,
} from '../domain/movements';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { AuthorityLevelCode, DocumentRefView, UnitRefView } from './documents';
import { optionalParagraphs } from './paragraphs';
import { z } from './zod';

export {
  DOCUMENT_ROLE_LABELS,
  DOCUMENT_ROLES,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_STATUS_LABELS,
  MOVEMENT_STATUSES,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  STATUS_ACTION_LABELS,
  STATUS_ACTIONS,
  VALUE_QUALIFIER_LABELS,
  VALUE_QUALIFIERS,
};
export type { DocumentRole, MovementKind, MovementStatus, ReviewKind, StatusAction, ValueQualifier };

export const MovementKindCode = z.enum(MOVEMENT_KINDS, {
  error: 'Loại phong trào phải là thường xuyên, chuyên đề, theo đợt, nhiệm vụ hoặc hoạt động kỷ niệm',
});
export const MovementStatusCode = z.enum(MOVEMENT_STATUSES, { error: 'Trạng thái phong trào không hợp lệ' });
export const DocumentRoleCode = z.enum(DOCUMENT_ROLES, {
  error: 'Vai trò văn bản phải là phát động, triển khai, liên quan hoặc sơ kết/tổng kết',
});
export const ReviewKindCode = z.enum(REVIEW_KINDS, { error: 'Chọn sơ kết hoặc tổng kết' });
export const StatusActionCode = z.enum(STATUS_ACTIONS, { error: 'Thao tác trạng thái không hợp lệ' });
export const ValueQualifierCode = z.enum(VALUE_QUALIFIERS, {
  error: 'Cách ghi số liệu phải là hơn, gần, khoảng, trên hoặc dưới',
});

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const optionalDate = IsoDate.nullable()
  .optional()
  .transform((v) => v ?? null);
const Uuid = (message: string) => z.uuid({ error: message });
const Year = z
  .number({ error: 'Năm phải là số nguyên' })
  .int('Năm phải là số nguyên')
  .min(1945, 'Năm phải trong khoảng 1945–2100')
  .max(2100, 'Năm phải trong khoảng 1945–2100');
const Figure = z
  .number({ error: 'Số liệu phải là số' })
  .min(0, 'Số liệu không được âm')
  .max(1e15, 'Số liệu quá lớn');

export const MovementDocumentInput = z
  .object({ documentId: Uuid('Mã văn bản không hợp lệ'), role: DocumentRoleCode })
  .strict();
export type MovementDocumentInput = z.infer<typeof MovementDocumentInput>;

const MovementFields = {
  name: text({ min: 3, max: 500 }),
  nameVariants: z
    .array(text({ min: 3, max: 500 }))
    .max(20)
    .optional()
    .transform((v) => v ?? []),
  kind: MovementKindCode,
  parentId: Uuid('Mã phong trào cấp trên không hợp lệ')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  /** The launching unit when it is one of ours; the movement then belongs to it. */
  launchingUnitId: Uuid('Mã đơn vị phát động không hợp lệ')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  authorityName: optionalText(300),
  authorityLevel: AuthorityLevelCode.nullable()
    .optional()
    .transform((v) => v ?? null),
  /** Either a year, or the period's dates. */
  year: Year.nullable()
    .optional()
    .transform((v) => v ?? null),
  periodFrom: optionalDate,
  periodTo: optionalDate,
  launchedOn: optionalDate,
  description: optionalParagraphs(20_000),
  activities: z
    .array(text({ min: 2, max: 1000 }))
    .max(100)
    .optional()
    .transform((v) => v ?? []),
  note: optionalText(2000),
  participantUnitIds: z
    .array(Uuid('Mã đơn vị tham gia không hợp lệ'))
    .max(500)
    .optional()
    .transform((v) => v ?? []),
  documents: z
    .array(MovementDocumentInput)
    .max(100)
    .optional()
    .transform((v) => v ?? []),
};

type PeriodFacts = { year?: number | null; periodFrom?: string | null; periodTo?: string | null };

function periodIssues(b: PeriodFacts, ctx: z.RefinementCtx): void {
  if (b.year && (b.periodFrom || b.periodTo)) {
    ctx.addIssue({
      code: 'custom',
      path: ['year'],
      message: 'Nhập năm hoặc thời gian từ ngày – đến ngày, không cả hai',
    });
  }
  if (b.periodFrom && b.periodTo && b.periodTo < b.periodFrom) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodTo'],
      message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
    });
  }
}

function uniqueLists(
  b: { participantUnitIds?: string[]; documents?: { documentId: string }[] },
  ctx: z.RefinementCtx,
): void {
  const units = b.participantUnitIds ?? [];
  units.forEach((id, i) => {
    if (units.indexOf(id) !== i) {
      ctx.addIssue({
        code: 'custom',
        path: ['participantUnitIds', i],
        message: 'Đơn vị này đã có trong danh sách',
      });
    }
  });
  const docs = (b.documents ?? []).map((d) => d.documentId);
  docs.forEach((id, i) => {
    if (docs.indexOf(id) !== i) {
      ctx.addIssue({
        code: 'custom',
        path: ['documents', i, 'documentId'],
        message: 'Văn bản này đã có trong danh sách',
      });
    }
  });
}

/** POST /api/movements: `unitId` is needed only when the launching unit is not one of ours. */
export const MovementCreateBody = z
  .object({
    ...MovementFields,
    unitId: Uuid('Mã đơn vị theo dõi phong trào không hợp lệ')
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (!b.launchingUnitId && !b.unitId) {
      ctx.addIssue({
        code: 'custom',
        path: ['launchingUnitId'],
        message: 'Chọn đơn vị phát động, hoặc đơn vị theo dõi khi cơ quan phát động ở ngoài hệ thống',
      });
    }
    periodIssues(b, ctx);
    uniqueLists(b, ctx);
  });
export type MovementCreateBody = z.output<typeof MovementCreateBody>;
export type MovementCreateInput = z.input<typeof MovementCreateBody>;

/** PATCH /api/movements/:id (with version). Lists given replace the stored ones. */
export const MovementUpdateBody = z
  .object({
    version: Version,
    name: MovementFields.name.optional(),
    nameVariants: z
      .array(text({ min: 3, max: 500 }))
      .max(20)
      .optional(),
    kind: MovementKindCode.optional(),
    parentId: Uuid('Mã phong trào cấp trên không hợp lệ').nullable().optional(),
    authorityName: MovementFields.authorityName.optional(),
    authorityLevel: AuthorityLevelCode.nullable().optional(),
    year: Year.nullable().optional(),
    periodFrom: IsoDate.nullable().optional(),
    periodTo: IsoDate.nullable().optional(),
    launchedOn: IsoDate.nullable().optional(),
    description: MovementFields.description.optional(),
    activities: z
      .array(text({ min: 2, max: 1000 }))
      .max(100)
      .optional(),
    note: MovementFields.note.optional(),
    participantUnitIds: z.array(Uuid('Mã đơn vị tham gia không hợp lệ')).max(500).optional(),
    documents: z.array(MovementDocumentInput).max(100).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    periodIssues(b, ctx);
    uniqueLists(b, ctx);
  });
export type MovementUpdateBody = z.output<typeof MovementUpdateBody>;
export type MovementUpdateInput = z.input<typeof MovementUpdateBody>;

/** POST /api/movements/:id/status */
export const StatusStepBody = z
  .object({
    version: Version,
    action: StatusActionCode,
    occurredOn: optionalDate,
    reviewKind: ReviewKindCode.nullable()
      .optional()
      .transform((v) => v ?? null),
    /** The sơ kết / tổng kết report or decision, from the registry. */
    documentId: Uuid('Mã văn bản không hợp lệ')
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    note: optionalText(2000),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.action === 'review' && !b.reviewKind) {
      ctx.addIssue({ code: 'custom', path: ['reviewKind'], message: 'Chọn sơ kết hoặc tổng kết' });
    }
    if (b.action !== 'review' && (b.reviewKind || b.documentId)) {
      ctx.addIssue({
        code: 'custom',
        path: [b.reviewKind ? 'reviewKind' : 'documentId'],
        message: 'Chỉ bước sơ kết, tổng kết mới có loại và văn bản sơ kết, tổng kết',
      });
    }
  });
export type StatusStepBody = z.output<typeof StatusStepBody>;
export type StatusStepInput = z.input<typeof StatusStepBody>;

/** POST /api/movements/:id/indicators */
export const IndicatorCreateBody = z
  .object({
    name: text({ min: 2, max: 500 }),
    unitOfMeasure: optionalText(100),
    target: Figure.nullable()
      .optional()
      .transform((v) => v ?? null),
    note: optionalText(2000),
  })
  .strict();
export type IndicatorCreateBody = z.output<typeof IndicatorCreateBody>;
export type IndicatorCreateInput = z.input<typeof IndicatorCreateBody>;

/** PATCH /api/movements/:id/indicators/:indicatorId */
export const IndicatorUpdateBody = z
  .object({
    version: Version,
    name: text({ min: 2, max: 500 }).optional(),
    unitOfMeasure: optionalText(100).optional(),
    target: Figure.nullable().optional(),
    note: optionalText(2000).optional(),
  })
  .strict();
export type IndicatorUpdateBody = z.output<typeof IndicatorUpdateBody>;
export type IndicatorUpdateInput = z.input<typeof IndicatorUpdateBody>;

const ValueFields = {
  target: Figure.nullable()
    .optional()
    .transform((v) => v ?? null),
  actual: Figure.nullable()
    .optional()
    .transform((v) => v ?? null),
  qualifier: ValueQualifierCode.nullable()
    .optional()
    .transform((v) => v ?? null),
  asOf: optionalDate,
  note: optionalText(2000),
};

function valueIssues(
  b: {
    target?: number | null;
    actual?: number | null;
    qualifier?: string | null;
    periodFrom?: string;
    periodTo?: string;
  },
  ctx: z.RefinementCtx,
  creating: boolean,
): void {
  if (creating && b.target == null && b.actual == null) {
    ctx.addIssue({ code: 'custom', path: ['actual'], message: 'Nhập chỉ tiêu hoặc kết quả thực hiện' });
  }
  if (b.qualifier && b.actual == null && creating) {
    ctx.addIssue({
      code: 'custom',
      path: ['qualifier'],
      message: 'Cách ghi (hơn, gần …) đi kèm kết quả thực hiện',
    });
  }
  if (b.periodFrom && b.periodTo && b.periodTo < b.periodFrom) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodTo'],
      message: 'Ngày kết thúc kỳ phải bằng hoặc sau ngày bắt đầu',
    });
  }
}

/** POST /api/movements/:id/indicators/:indicatorId/values */
export const IndicatorValueCreateBody = z
  .object({
    unitId: Uuid('Mã đơn vị không hợp lệ'),
    periodFrom: IsoDate,
    periodTo: IsoDate,
    ...ValueFields,
  })
  .strict()
  .superRefine((b, ctx) => valueIssues(b, ctx, true));
export type IndicatorValueCreateBody = z.output<typeof IndicatorValueCreateBody>;
export type IndicatorValueCreateInput = z.input<typeof IndicatorValueCreateBody>;

/** PATCH /api/movements/:id/indicator-values/:valueId */
export const IndicatorValueUpdateBody = z
  .object({
    version: Version,
    periodFrom: IsoDate.optional(),
    periodTo: IsoDate.optional(),
    target: Figure.nullable().optional(),
    actual: Figure.nullable().optional(),
    qualifier: ValueQualifierCode.nullable().optional(),
    asOf: IsoDate.nullable().optional(),
    note: optionalText(2000).optional(),
  })
  .strict()
  .superRefine((b, ctx) => valueIssues(b, ctx, false));
export type IndicatorValueUpdateBody = z.output<typeof IndicatorValueUpdateBody>;
export type IndicatorValueUpdateInput = z.input<typeof IndicatorValueUpdateBody>;

export const MovementParams = z.object({ id: Uuid('Mã phong trào không hợp lệ') });
export const IndicatorParams = MovementParams.extend({ indicatorId: Uuid('Mã chỉ tiêu không hợp lệ') });
export const ValueParams = MovementParams.extend({ valueId: Uuid('Mã số liệu không hợp lệ') });

// ---- Reads ----

/** GET /api/movements (flat, paged) and GET /api/movements/tree (every match with its ancestors). */
export const MovementListQuery = ListQuery.extend({
  kind: MovementKindCode.optional(),
  status: MovementStatusCode.optional(),
  level: AuthorityLevelCode.optional(),
  /** Movements whose period touches the year. */
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  /** Movements of (launched or followed by) this unit or its subunits. */
  unitId: Uuid('Mã đơn vị không hợp lệ').optional(),
});
export type MovementListQuery = z.infer<typeof MovementListQuery>;

export const MovementListItem = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  kind: MovementKindCode,
  status: MovementStatusCode,
  authorityName: z.string().nullable(),
  authorityLevel: AuthorityLevelCode.nullable(),
  unit: UnitRefView,
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  /** "năm 2023", "giai đoạn 2021-2025". */
  period: z.string(),
  documentCount: z.number().int(),
  indicatorCount: z.number().int(),
  /** Only in the tree: false for an ancestor shown to keep the tree's shape although it does not match. */
  matches: z.boolean(),
});
export type MovementListItem = z.infer<typeof MovementListItem>;

export const MovementPage = pageOf(MovementListItem).extend({ can: z.object({ create: z.boolean() }) });
export type MovementPage = z.infer<typeof MovementPage>;

export const MovementTree = z.object({
  items: z.array(MovementListItem),
  /** True when the list was cut at its limit. */
  truncated: z.boolean(),
  can: z.object({ create: z.boolean() }),
});
export type MovementTree = z.infer<typeof MovementTree>;

export const MovementRefView = z.object({
  id: z.string(),
  name: z.string(),
  authorityName: z.string().nullable(),
  authorityLevel: AuthorityLevelCode.nullable(),
  status: MovementStatusCode,
  /** False for a movement outside the actor's scope: its name, nothing more. */
  accessible: z.boolean(),
});
export type MovementRefView = z.infer<typeof MovementRefView>;

export const MovementDocumentView = DocumentRefView.extend({
  role: DocumentRoleCode,
  type: z.string(),
  numberSymbol: z.string().nullable(),
  issuedOn: z.string().nullable(),
  issuerName: z.string().nullable(),
  issuerLevel: AuthorityLevelCode.nullable(),
  summary: z.string().nullable(),
  /** For documents of a movement above: which one. */
  movementId: z.string(),
  movementName: z.string(),
});
export type MovementDocumentView = z.infer<typeof MovementDocumentView>;

export const IndicatorValueView = z.object({
  id: z.string(),
  unit: UnitRefView,
  periodFrom: z.string(),
  periodTo: z.string(),
  period: z.string(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  qualifier: ValueQualifierCode.nullable(),
  /** "hơn 632 doanh nghiệp". */
  actualText: z.string().nullable(),
  /** actual / target, when both are known. */
  share: z.number().nullable(),
  asOf: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type IndicatorValueView = z.infer<typeof IndicatorValueView>;

export const IndicatorView = z.object({
  id: z.string(),
  name: z.string(),
  unitOfMeasure: z.string().nullable(),
  target: z.number().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  values: z.array(IndicatorValueView),
});
export type IndicatorView = z.infer<typeof IndicatorView>;

export const StatusEventView = z.object({
  id: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  fromStatus: MovementStatusCode.nullable(),
  toStatus: MovementStatusCode,
  occurredOn: z.string().nullable(),
  reviewKind: ReviewKindCode.nullable(),
  document: DocumentRefView.nullable(),
  note: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});
export type StatusEventView = z.infer<typeof StatusEventView>;

/** A nomination dossier that names the movement, with its nominees (the awards granted for the movement). */
export const MovementAwardView = z.object({
  dossierId: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.string(),
  achievementYear: z.number().int(),
  proposingUnit: UnitRefView,
  authorityLabel: z.string(),
  nominees: z.array(
    z.object({
      id: z.string(),
      subjectName: z.string(),
      subjectKind: z.string(),
      awardKind: z.string(),
      outcome: z.string().nullable(),
      outcomeAwardKind: z.string().nullable(),
      decided: z.boolean(),
    }),
  ),
});
export type MovementAwardView = z.infer<typeof MovementAwardView>;

export const MovementView = MovementListItem.omit({ matches: true }).extend({
  nameVariants: z.array(z.string()),
  launchingUnit: UnitRefView.nullable(),
  launchedOn: z.string().nullable(),
  description: z.string().nullable(),
  activities: z.array(z.string()),
  note: z.string().nullable(),
  /** From the root down to the parent. */
  ancestors: z.array(MovementRefView),
  children: z.array(MovementRefView),
  participants: z.array(UnitRefView),
  documents: z.array(MovementDocumentView),
  /** Documents of the movements above (the plans this one implements). */
  upstreamDocuments: z.array(MovementDocumentView),
  indicators: z.array(IndicatorView),
  statusEvents: z.array(StatusEventView),
  lastReviewKind: ReviewKindCode.nullable(),
  awards: z.array(MovementAwardView),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    changeStatus: z.boolean(),
    /** Status actions allowed now. */
    actions: z.array(StatusActionCode),
    createChild: z.boolean(),
  }),
});
export type MovementView = z.infer<typeof MovementView>;
