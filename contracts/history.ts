// The history of a person or a unit (awards, ratings, initiatives, disciplines, investigations, member figures):
// request and response shapes of /api/people/:id/… and /api/units/:id/… (issue #3, point 3).
import {
  AWARD_KIND_CODES,
  AWARD_TYPES,
  DISCIPLINE_KIND_LABELS,
  DISCIPLINE_KINDS,
  INITIATIVE_KIND_LABELS,
  INITIATIVE_KINDS,
  INITIATIVE_LEVELS,
  RATINGS,
  SUBJECT_KINDS,
} from './history-enums';
import { IsoDate, optionalText, text } from './common';
import { z } from './zod';

export const YEAR_MIN = 1945;
export const YEAR_MAX = 2100;

/** A year of achievement or rating. */
export const Year = z
  .number({ error: 'Năm phải là số nguyên' })
  .int('Năm phải là số nguyên')
  .min(YEAR_MIN, `Năm phải trong khoảng ${YEAR_MIN}–${YEAR_MAX}`)
  .max(YEAR_MAX, `Năm phải trong khoảng ${YEAR_MIN}–${YEAR_MAX}`);

/** The same, from a query string. */
export const QueryYear = z.coerce
  .number({ error: 'Năm phải là số nguyên' })
  .int('Năm phải là số nguyên')
  .min(YEAR_MIN, `Năm phải trong khoảng ${YEAR_MIN}–${YEAR_MAX}`)
  .max(YEAR_MAX, `Năm phải trong khoảng ${YEAR_MIN}–${YEAR_MAX}`);

export const RatingCode = z.enum(RATINGS, {
  error:
    'Mức xếp loại phải là HTXS (hoàn thành xuất sắc), HTT (hoàn thành tốt), HT (hoàn thành) hoặc KHT (không hoàn thành)',
});
export const AwardKindCode = z.enum(AWARD_KIND_CODES, {
  error: 'Danh hiệu, hình thức khen thưởng không có trong danh mục',
});
export const AwardTypeCode = z.enum(AWARD_TYPES, {
  error: 'Loại hình khen thưởng phải là: cong_trang, chuyen_de, dot_xuat, cong_hien, nien_han hoặc doi_ngoai',
});
export const SubjectKindCode = z.enum(SUBJECT_KINDS, {
  error: 'Đối tượng phải là cá nhân (individual), tập thể (collective) hoặc hộ gia đình (household)',
});
export const InitiativeLevelCode = z.enum(INITIATIVE_LEVELS, {
  error: 'Cấp công nhận phải là cơ sở (unit), tỉnh (province) hoặc toàn quốc (national)',
});
export const InitiativeKindCode = z.enum(INITIATIVE_KINDS, {
  error: `Loại phải là một trong: ${INITIATIVE_KINDS.map((k) => `${INITIATIVE_KIND_LABELS[k]} (${k})`).join(', ')}`,
});
export const DisciplineKindCode = z.enum(DISCIPLINE_KINDS, {
  error: `Hình thức kỷ luật phải là một trong: ${DISCIPLINE_KINDS.map((k) => `${DISCIPLINE_KIND_LABELS[k]} (${k})`).join(', ')}`,
});
/** A share in [0, 1] (0.8 = 80%). */
export const Share = z
  .number({ error: 'Tỷ lệ phải là số từ 0 đến 1 (ví dụ 0,8 là 80%)' })
  .min(0, 'Tỷ lệ phải từ 0 đến 1 (ví dụ 0,8 là 80%)')
  .max(1, 'Tỷ lệ phải từ 0 đến 1 (ví dụ 0,8 là 80%)');

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
const nonEmpty = (body: object) => Object.keys(body).length > 1;
const NOTHING_TO_CHANGE = 'Chưa có thông tin nào cần sửa';
const optionalDate = IsoDate.nullable()
  .optional()
  .transform((v) => v ?? null);
const Amount = z
  .number({ error: 'Số tiền phải là số nguyên (đồng)' })
  .int('Số tiền phải là số nguyên (đồng)')
  .min(0, 'Số tiền không được âm')
  .max(2_000_000_000, 'Số tiền quá lớn');

// ---- Awards ----

const AwardDecisionFields = {
  decisionNumber: optionalText(100),
  decisionDate: optionalDate,
  /** As written on the decision: "Chủ tịch UBND huyện Cẩm Xuyên". */
  authority: optionalText(300),
  authorityUnitId: Uuid('Mã đơn vị ban hành không hợp lệ').nullable().optional(),
  amount: Amount.nullable().optional(),
  note: optionalText(1000),
};

/** The fields of a new award (bulk callers extend them with the subject). */
export const AwardCreateObject = z
  .object({
    awardKind: AwardKindCode,
    awardType: AwardTypeCode.default('cong_trang'),
    year: Year,
    ...AwardDecisionFields,
    /** The unit as it was when granted; by default the person's unit at the decision date (or year end). */
    unitAtAwardId: Uuid('Mã đơn vị không hợp lệ').optional(),
    /** People only: the award goes to the household headed by the person (e.g. Gia đình văn hóa). */
    householdName: optionalText(300),
    /** People only: the initiatives this award used (each counts once). */
    initiativeIds: z.array(Uuid('Mã sáng kiến không hợp lệ')).max(20).default([]),
  })
  .strict();

/** A decision cannot precede the year of the achievement it rewards. */
export const decisionAfterYear: [
  (b: { decisionDate: string | null; year: number }) => boolean,
  { path: string[]; message: string },
] = [
  (b: { decisionDate: string | null; year: number }) =>
    !b.decisionDate || Number(b.decisionDate.slice(0, 4)) >= b.year,
  { path: ['decisionDate'], message: 'Ngày quyết định không được trước năm thành tích' },
];

/** POST /api/people/:id/awards and /api/units/:id/awards: an award entered from a paper decision. */
export const AwardCreateBody = AwardCreateObject.refine(...decisionAfterYear);
export type AwardCreateBody = z.output<typeof AwardCreateBody>;
export type AwardCreateInput = z.input<typeof AwardCreateBody>;

/** PATCH …/awards/:awardId: corrects the details of a recorded decision (kind and year: revoke, record anew). */
export const AwardUpdateBody = z
  .object({
    version: Version,
    awardType: AwardTypeCode.optional(),
    decisionNumber: AwardDecisionFields.decisionNumber.optional(),
    decisionDate: IsoDate.nullable().optional(),
    authority: AwardDecisionFields.authority.optional(),
    authorityUnitId: AwardDecisionFields.authorityUnitId,
    amount: AwardDecisionFields.amount,
    note: AwardDecisionFields.note.optional(),
    unitAtAwardId: Uuid('Mã đơn vị không hợp lệ').optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type AwardUpdateBody = z.output<typeof AwardUpdateBody>;

/** POST …/awards/:awardId/revoke: the award stays, marked revoked (it stops counting). */
export const AwardRevokeBody = z
  .object({
    reason: text({ min: 2, max: 1000 }),
    revokedOn: IsoDate,
    version: Version.optional(),
  })
  .strict();
export type AwardRevokeBody = z.output<typeof AwardRevokeBody>;

const UnitRef = z.object({ id: z.string(), name: z.string() });

export const AwardView = z.object({
  id: z.string(),
  subjectKind: SubjectKindCode,
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  householdName: z.string().nullable(),
  awardKind: AwardKindCode,
  awardKindName: z.string(),
  awardType: AwardTypeCode,
  year: z.number().int(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  authority: z.string().nullable(),
  authorityUnitId: z.string().nullable(),
  unitAtAward: UnitRef,
  amount: z.number().int().nullable(),
  revoked: z.boolean(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
  source: z.string(),
  note: z.string().nullable(),
  initiativeIds: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), revoke: z.boolean() }),
});
export type AwardView = z.infer<typeof AwardView>;

// ---- Annual ratings ----

export const RatingCreateBody = z
  .object({
    year: Year,
    rating: RatingCode,
    /** People only: the unit where they were rated that year (default: their unit at the end of the year). */
    ratedAtUnitId: Uuid('Mã đơn vị không hợp lệ').nullable().optional(),
    document: optionalText(300),
  })
  .strict();
export type RatingCreateBody = z.output<typeof RatingCreateBody>;

export const RatingUpdateBody = z
  .object({
    version: Version,
    rating: RatingCode.optional(),
    ratedAtUnitId: Uuid('Mã đơn vị không hợp lệ').nullable().optional(),
    document: optionalText(300).optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type RatingUpdateBody = z.output<typeof RatingUpdateBody>;

export const RatingView = z.object({
  id: z.string(),
  year: z.number().int(),
  rating: RatingCode,
  ratedAtUnit: UnitRef.nullable(),
  document: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type RatingView = z.infer<typeof RatingView>;

// ---- Initiatives ----

export const InitiativeCreateBody = z
  .object({
    title: text({ min: 2, max: 500 }),
    kind: InitiativeKindCode.default('sang_kien'),
    level: InitiativeLevelCode,
    recognizedOn: IsoDate,
    recognitionDocument: optionalText(300),
  })
  .strict();
export type InitiativeCreateBody = z.output<typeof InitiativeCreateBody>;

export const InitiativeUpdateBody = z
  .object({
    version: Version,
    title: text({ min: 2, max: 500 }).optional(),
    kind: InitiativeKindCode.optional(),
    level: InitiativeLevelCode.optional(),
    recognizedOn: IsoDate.optional(),
    recognitionDocument: optionalText(300).optional(),
    /** Which award used it (null: not used yet). */
    usedByAwardId: Uuid('Mã khen thưởng không hợp lệ').nullable().optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type InitiativeUpdateBody = z.output<typeof InitiativeUpdateBody>;

export const InitiativeView = z.object({
  id: z.string(),
  title: z.string(),
  kind: InitiativeKindCode,
  level: InitiativeLevelCode,
  recognizedOn: z.string(),
  recognitionDocument: z.string().nullable(),
  usedByAwardId: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type InitiativeView = z.infer<typeof InitiativeView>;

// ---- Disciplines ----

const periodRefine = <T extends { fromDate?: string | undefined; toDate?: string | null | undefined }>(
  b: T,
) => !b.fromDate || !b.toDate || b.toDate >= b.fromDate;

export const DisciplineCreateObject = z
  .object({
    kind: DisciplineKindCode,
    fromDate: IsoDate,
    toDate: optionalDate,
    document: optionalText(300),
    reason: optionalText(1000),
  })
  .strict();
export const DISCIPLINE_PERIOD = {
  path: ['toDate'],
  message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
};
export const DisciplineCreateBody = DisciplineCreateObject.refine(periodRefine, DISCIPLINE_PERIOD);
export { periodRefine };
export type DisciplineCreateBody = z.output<typeof DisciplineCreateBody>;

export const DisciplineUpdateBody = z
  .object({
    version: Version,
    kind: DisciplineKindCode.optional(),
    fromDate: IsoDate.optional(),
    toDate: IsoDate.nullable().optional(),
    document: optionalText(300).optional(),
    reason: optionalText(1000).optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE })
  .refine(periodRefine, { path: ['toDate'], message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu' });
export type DisciplineUpdateBody = z.output<typeof DisciplineUpdateBody>;

export const DisciplineView = z.object({
  id: z.string(),
  kind: DisciplineKindCode,
  fromDate: z.string(),
  toDate: z.string().nullable(),
  document: z.string().nullable(),
  reason: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type DisciplineView = z.infer<typeof DisciplineView>;

// ---- Investigations (pending holds) ----

export const InvestigationCreateBody = z
  .object({
    openedOn: IsoDate,
    closedOn: optionalDate,
    reason: text({ min: 2, max: 1000 }),
    document: optionalText(300),
  })
  .strict()
  .refine((b) => !b.closedOn || b.closedOn >= b.openedOn, {
    path: ['closedOn'],
    message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
  });
export type InvestigationCreateBody = z.output<typeof InvestigationCreateBody>;

export const InvestigationUpdateBody = z
  .object({
    version: Version,
    openedOn: IsoDate.optional(),
    closedOn: IsoDate.nullable().optional(),
    reason: text({ min: 2, max: 1000 }).optional(),
    document: optionalText(300).optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE })
  .refine((b) => !b.openedOn || !b.closedOn || b.closedOn >= b.openedOn, {
    path: ['closedOn'],
    message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
  });
export type InvestigationUpdateBody = z.output<typeof InvestigationUpdateBody>;

export const InvestigationView = z.object({
  id: z.string(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  reason: z.string(),
  document: z.string().nullable(),
  isOpen: z.boolean(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type InvestigationView = z.infer<typeof InvestigationView>;

// ---- Member figures of a collective ----

const MemberStatsFields = {
  members: z
    .number({ error: 'Số thành viên phải là số nguyên' })
    .int('Số thành viên phải là số nguyên')
    .min(0, 'Số thành viên không được âm')
    .max(1_000_000),
  ldttShare: Share,
  completedShare: Share,
  cstdcsCount: z
    .number({ error: 'Số CSTĐCS phải là số nguyên' })
    .int('Số CSTĐCS phải là số nguyên')
    .min(0, 'Số CSTĐCS không được âm')
    .max(1_000_000),
  seriousDiscipline: z.boolean({ error: 'Chỉ nhận true hoặc false' }),
  document: optionalText(300),
};

export const MemberStatsCreateObject = z
  .object({
    year: Year,
    ...MemberStatsFields,
    cstdcsCount: MemberStatsFields.cstdcsCount.default(0),
    seriousDiscipline: MemberStatsFields.seriousDiscipline.default(false),
  })
  .strict();
export const CSTDCS_WITHIN_MEMBERS: [
  (b: { cstdcsCount: number; members: number }) => boolean,
  { path: string[]; message: string },
] = [
  (b: { cstdcsCount: number; members: number }) => b.cstdcsCount <= b.members,
  { path: ['cstdcsCount'], message: 'Số CSTĐCS không được lớn hơn số thành viên' },
];
export const MemberStatsCreateBody = MemberStatsCreateObject.refine(...CSTDCS_WITHIN_MEMBERS);
export type MemberStatsCreateBody = z.output<typeof MemberStatsCreateBody>;

export const MemberStatsUpdateBody = z
  .object({
    version: Version,
    members: MemberStatsFields.members.optional(),
    ldttShare: Share.optional(),
    completedShare: Share.optional(),
    cstdcsCount: MemberStatsFields.cstdcsCount.optional(),
    seriousDiscipline: MemberStatsFields.seriousDiscipline.optional(),
    document: optionalText(300).optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type MemberStatsUpdateBody = z.output<typeof MemberStatsUpdateBody>;

export const MemberStatsView = z.object({
  id: z.string(),
  year: z.number().int(),
  members: z.number().int(),
  ldttShare: z.number(),
  completedShare: z.number(),
  cstdcsCount: z.number().int(),
  seriousDiscipline: z.boolean(),
  document: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type MemberStatsView = z.infer<typeof MemberStatsView>;

// ---- Whole history and params ----

export const HistoryCan = z.object({
  /** Record ratings, initiatives, disciplines, investigations, member figures. */
  write: z.boolean(),
  /** Record awards (also open to specialists). */
  recordAward: z.boolean(),
});

/** GET /api/people/:id/history */
export const PersonHistoryView = z.object({
  personId: z.string(),
  fullName: z.string(),
  recruitedOn: z.string().nullable(),
  personVersion: z.number().int(),
  awards: z.array(AwardView),
  ratings: z.array(RatingView),
  initiatives: z.array(InitiativeView),
  disciplines: z.array(DisciplineView),
  investigations: z.array(InvestigationView),
  pendingInvestigation: z.boolean(),
  can: HistoryCan,
});
export type PersonHistoryView = z.infer<typeof PersonHistoryView>;

/** GET /api/units/:id/history */
export const UnitHistoryView = z.object({
  unitId: z.string(),
  name: z.string(),
  awards: z.array(AwardView),
  ratings: z.array(RatingView),
  disciplines: z.array(DisciplineView),
  memberStats: z.array(MemberStatsView),
  can: HistoryCan,
});
export type UnitHistoryView = z.infer<typeof UnitHistoryView>;

const RecordId = (name: string) => z.uuid({ error: `Mã ${name} không hợp lệ` });

export const AwardParams = z.object({ id: RecordId('định danh'), awardId: RecordId('khen thưởng') });
export const RecordParams = z.object({ id: RecordId('định danh'), recordId: RecordId('bản ghi') });
