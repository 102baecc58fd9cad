// Work reports (báo cáo công tác thi đua, khen thưởng, issue #6): the figures generated for a unit and a period
// (GET /api/reports/work-report) and the stored reports with their written parts (/api/work-reports).
import { ADMIN_LEVELS } from './enums';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { z } from './zod';

export const WORK_REPORT_STATUSES = ['draft', 'issued'] as const;
export type WorkReportStatus = (typeof WORK_REPORT_STATUSES)[number];
export const WORK_REPORT_STATUS_LABELS: Record<WorkReportStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
};

const Uuid = (message: string) => z.uuid({ error: message });
const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);

/** A period: from ≤ to, both real dates. */
const Period = z
  .object({
    from: IsoDate.describe('Từ ngày (YYYY-MM-DD)'),
    to: IsoDate.describe('Đến ngày (YYYY-MM-DD)'),
  })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'Đến ngày phải sau hoặc trùng từ ngày' });

export const WorkReportQuery = z
  .object({
    unitId: Uuid('Đơn vị không hợp lệ'),
    from: IsoDate,
    to: IsoDate,
  })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'Đến ngày phải sau hoặc trùng từ ngày' });
export type WorkReportQuery = z.infer<typeof WorkReportQuery>;
export { Period };

// ---- The generated figures (section I) ----

const DocumentRef = z.object({
  id: z.string(),
  type: z.string(),
  /** As cited: "Chỉ thị số 199/CT-UBND ngày 01/02/2023". */
  citation: z.string(),
  numberSymbol: z.string().nullable(),
  issuedOn: z.string().nullable(),
  issuerName: z.string().nullable(),
  summary: z.string().nullable(),
  /** Issued by the reporting unit itself ("UBND huyện đã ban hành …"); absent in figures frozen before it existed. */
  issuedByUnit: z.boolean().optional(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

const IssuedDocument = DocumentRef.extend({
  /** The higher documents it implements (through the movement it launches or implements). */
  implements: z.array(DocumentRef),
});

const Indicator = z.object({
  name: z.string(),
  unitOfMeasure: z.string().nullable(),
  /** "hơn 632 doanh nghiệp". */
  text: z.string(),
  actual: z.number().nullable(),
  target: z.number().nullable(),
  asOf: z.string().nullable(),
});

const MovementItem = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  authorityName: z.string().nullable(),
  /** The chain of higher movements it implements, top first ("Thủ tướng Chính phủ: …"). */
  higher: z.array(z.object({ name: z.string(), authorityName: z.string().nullable() })),
  launchingDocuments: z.array(DocumentRef),
  implementingDocuments: z.array(DocumentRef),
  relatedDocuments: z.array(DocumentRef),
  activities: z.array(z.string()),
  indicators: z.array(Indicator),
});
export type WorkReportMovement = z.infer<typeof MovementItem>;

export const AwardResultItem = z.object({
  authorityLevel: z.enum(ADMIN_LEVELS),
  authorityName: z.string(),
  awardKind: z.string(),
  /** The kind's Vietnamese name ("Bằng khen của Chủ tịch UBND cấp tỉnh"). */
  awardKindName: z.string().optional(),
  subjectKind: z.enum(['individual', 'collective', 'household']),
  status: z.enum(['awarded', 'proposed']),
  count: z.number().int(),
});
export type AwardResultItem = z.infer<typeof AwardResultItem>;

const CouncilMember = z.object({
  fullName: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  position: z.string().nullable(),
});

const InspectionItem = z.object({
  planId: z.string(),
  planTitle: z.string(),
  planNumber: z.string().nullable(),
  planDate: z.string().nullable(),
  teamDecisionNumber: z.string().nullable(),
  targets: z.number().int(),
  done: z.number().int(),
  inspectedUnits: z.array(z.object({ name: z.string(), inspectedOn: z.string() })),
  recommendations: z.number().int(),
});

const ModelItem = z.object({
  id: z.string(),
  title: z.string(),
  subjectName: z.string(),
  category: z.string(),
  recognizedOn: z.string().nullable(),
});

export const WorkReportFigures = z.object({
  unit: z.object({ id: z.string(), name: z.string(), level: z.string(), kind: z.string() }),
  /** "ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN" layout parts. */
  agency: z.object({ parent: z.string().nullable(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  /** "Công tác thi đua, khen thưởng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023". */
  title: z.string(),
  leadership: z.object({ documents: z.array(IssuedDocument), sentence: z.string() }),
  movements: z.array(MovementItem),
  council: z
    .object({
      name: z.string(),
      decision: z.string(),
      memberCount: z.number().int(),
      members: z.array(CouncilMember),
      sentence: z.string(),
    })
    .nullable(),
  awardResults: z.array(AwardResultItem),
  awardTotals: z.object({
    awarded: z.number().int(),
    proposed: z.number().int(),
    awardedByLevel: z.record(z.string(), z.number().int()),
  }),
  /** The lines of 3.2 as the seed writes them. */
  awardSentences: z.array(z.string()),
  inspections: z.array(InspectionItem),
  inspectionSentence: z.string(),
  exemplaryModels: z.array(ModelItem),
  generatedAt: z.string(),
});
export type WorkReportFigures = z.infer<typeof WorkReportFigures>;

// ---- Stored reports ----

/** Control characters other than tab and line breaks (a NUL cannot be stored: it answered 500). */
const PARAGRAPH_CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const Paragraphs = (max: number) =>
  z
    .union([z.string(), z.null()])
    .optional()
    .refine((v) => v == null || !PARAGRAPH_CONTROL_CHARS.test(v), {
      message: 'Không được chứa ký tự điều khiển',
    })
    .transform((v) =>
      (v ?? '')
        .normalize('NFC')
        .split(/\r\n|\r|\n/)
        .map((l) => l.replace(/[ \t]+/g, ' ').trim())
        .filter((l) => l !== '')
        .join('\n'),
    )
    .pipe(z.string().max(max, `Tối đa ${max} ký tự`));

const Recipients = z
  .array(text({ min: 2, max: 300 }), { error: 'Nơi nhận phải là danh sách' })
  .max(50, 'Tối đa 50 nơi nhận');

/** The written parts of a report: what a save changes and a version keeps. */
export const WorkReportContent = z.object({
  title: text({ min: 3, max: 500 }),
  addressee: text({ min: 2, max: 500 }),
  requestDocumentId: Uuid('Văn bản yêu cầu báo cáo không hợp lệ').nullable(),
  place: optionalText(100),
  signerCapacity: optionalText(200),
  signerTitle: text({ min: 2, max: 200 }),
  signerName: text({ min: 2, max: 200 }),
  recipients: Recipients,
  strengths: Paragraphs(20000),
  weaknesses: Paragraphs(20000),
  causes: Paragraphs(20000),
  solutions: Paragraphs(20000),
  tasks: Paragraphs(20000),
});
export type WorkReportContent = z.infer<typeof WorkReportContent>;

export const WorkReportCreateBody = z
  .object({
    unitId: Uuid('Đơn vị không hợp lệ'),
    from: IsoDate,
    to: IsoDate,
  })
  .extend(WorkReportContent.partial().shape)
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'Đến ngày phải sau hoặc trùng từ ngày' });
export type WorkReportCreateBody = z.infer<typeof WorkReportCreateBody>;

export const WorkReportUpdateBody = WorkReportContent.partial().extend({ version: Version });
export type WorkReportUpdateBody = z.infer<typeof WorkReportUpdateBody>;

export const WorkReportIssueBody = z.object({
  version: Version,
  numberSymbol: text({ min: 3, max: 100 }).refine((v) => /^\d+\/\S+/.test(v), {
    message: 'Số, ký hiệu phải có dạng số/ký hiệu, ví dụ 125/BC-UBND',
  }),
  issuedOn: IsoDate,
});
export type WorkReportIssueBody = z.infer<typeof WorkReportIssueBody>;

export const WorkReportListQuery = ListQuery.extend({
  unitId: Uuid('Đơn vị không hợp lệ').optional(),
  status: z.enum(WORK_REPORT_STATUSES, { error: 'Trạng thái phải là dự thảo hoặc đã ban hành' }).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
});
export type WorkReportListQuery = z.infer<typeof WorkReportListQuery>;

export const WorkReportListItem = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  periodLabel: z.string(),
  title: z.string(),
  status: z.enum(WORK_REPORT_STATUSES),
  numberSymbol: z.string().nullable(),
  issuedOn: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type WorkReportListItem = z.infer<typeof WorkReportListItem>;

export const WorkReportPage = pageOf(WorkReportListItem).extend({
  can: z.object({ create: z.boolean() }),
});
export type WorkReportPage = z.infer<typeof WorkReportPage>;

export const WorkReportView = WorkReportListItem.extend({
  addressee: z.string(),
  requestDocument: DocumentRef.nullable(),
  requestDocumentId: z.string().nullable(),
  place: z.string().nullable(),
  signerCapacity: z.string().nullable(),
  signerTitle: z.string(),
  signerName: z.string(),
  recipients: z.array(z.string()),
  strengths: z.string(),
  weaknesses: z.string(),
  causes: z.string(),
  solutions: z.string(),
  tasks: z.string(),
  /** Frozen at issue; generated now while draft. */
  figures: WorkReportFigures,
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), issue: z.boolean(), delete: z.boolean() }),
});
export type WorkReportView = z.infer<typeof WorkReportView>;

export const WorkReportVersionItem = z.object({
  version: z.number().int(),
  savedByName: z.string(),
  savedAt: z.string(),
  content: z.record(z.string(), z.unknown()),
});
export const WorkReportVersions = z.object({ items: z.array(WorkReportVersionItem) });
export type WorkReportVersions = z.infer<typeof WorkReportVersions>;
