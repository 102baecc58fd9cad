// Award decisions (quyết định khen thưởng, issue #4 point 5): request and response shapes of
// /api/decision-registers and /api/decisions — number registers, drafts from concluded nominees, issue,
// decisions of higher authorities, revocation acts.
import {
  DECISION_KINDS,
  DECISION_ORIGINS,
  DECISION_STATUSES,
  type DecisionKind,
  type DecisionOrigin,
  type DecisionStatus,
  SIGN_MODES,
  type SignMode,
} from '../domain/decisions';
import { AUTHORITY_CODES } from '../domain/workflow';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { DECISION_FILTERS, REVOCATION_STATES } from './decision-labels';
import { AwardKindCode, AwardTypeCode, QueryYear, SubjectKindCode, Year } from './history';
import { z } from './zod';

export { AUTHORITY_CODES, DECISION_KINDS, DECISION_ORIGINS, DECISION_STATUSES, SIGN_MODES };
export type { DecisionKind, DecisionOrigin, DecisionStatus, SignMode };
export * from './decision-labels';

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
export const AuthorityCode = z.enum(AUTHORITY_CODES, {
  error: 'Thẩm quyền khen thưởng không có trong danh mục',
});
export const SignModeCode = z.enum(SIGN_MODES, {
  error: 'Quyền hạn ký phải là TM., KT., Q., TL. hoặc TUQ. (hoặc để trống khi người đứng đầu ký)',
});
const Upper = (max: number) => optionalText(max).transform((v) => (v ? v.toLocaleUpperCase('vi-VN') : v));
const NOTHING_TO_CHANGE = 'Chưa có thông tin nào cần sửa';
const nonEmpty = (body: object) => Object.keys(body).length > 1;

// ---- Registers ----

const RegisterFields = {
  authorityLabel: text({ min: 3, max: 300 }),
  pattern: text({ min: 4, max: 60 }),
  agencyParent: Upper(200),
  agencyName: text({ min: 3, max: 200 }).transform((v) => v.toLocaleUpperCase('vi-VN')),
  issuerTitle: text({ min: 3, max: 300 }).transform((v) => v.toLocaleUpperCase('vi-VN')),
  placeName: text({ min: 2, max: 100 }),
  proposedBy: optionalText(500),
  fundingSource: optionalText(500),
  executors: optionalText(2000),
  signMode: SignModeCode.nullable().optional(),
  signFor: Upper(200),
  signerPosition: Upper(200),
  signerName: optionalText(200),
};

/** POST /api/decision-registers */
export const RegisterCreateBody = z
  .object({
    authorityUnitId: Uuid('Mã đơn vị có thẩm quyền không hợp lệ'),
    authorityCode: AuthorityCode,
    ...RegisterFields,
  })
  .strict();
export type RegisterCreateBody = z.output<typeof RegisterCreateBody>;
export type RegisterCreateInput = z.input<typeof RegisterCreateBody>;

/** PATCH /api/decision-registers/:id (with version); the authority does not change. */
export const RegisterUpdateBody = z
  .object({
    version: Version,
    authorityLabel: RegisterFields.authorityLabel.optional(),
    pattern: RegisterFields.pattern.optional(),
    agencyParent: RegisterFields.agencyParent,
    agencyName: RegisterFields.agencyName.optional(),
    issuerTitle: RegisterFields.issuerTitle.optional(),
    placeName: RegisterFields.placeName.optional(),
    proposedBy: RegisterFields.proposedBy,
    fundingSource: RegisterFields.fundingSource,
    executors: RegisterFields.executors,
    signMode: RegisterFields.signMode,
    signFor: RegisterFields.signFor,
    signerPosition: RegisterFields.signerPosition,
    signerName: RegisterFields.signerName,
    active: z.boolean().optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type RegisterUpdateBody = z.output<typeof RegisterUpdateBody>;

/** PUT /api/decision-registers/:id/years/:year: the number the next act of that year will take. */
export const RegisterYearBody = z
  .object({
    nextNumber: z
      .number({ error: 'Số tiếp theo phải là số nguyên dương' })
      .int('Số tiếp theo phải là số nguyên dương')
      .min(1, 'Số tiếp theo phải từ 1')
      .max(9_999_999, 'Số tiếp theo quá lớn'),
  })
  .strict();
export type RegisterYearBody = z.output<typeof RegisterYearBody>;

export const RegisterYearParams = z.object({
  id: Uuid('Mã định danh không hợp lệ'),
  year: QueryYear,
});

export const RegisterYearView = z.object({
  year: z.number().int(),
  lastNumber: z.number().int(),
  nextNumber: z.number().int(),
  /** How the next number will be written: "05/QĐ-UBND". */
  next: z.string(),
  /** The highest number issued that year (a configured next number cannot go at or below it). */
  highestIssued: z.number().int().nullable(),
});

export const RegisterView = z.object({
  id: z.string(),
  authorityUnitId: z.string(),
  authorityUnitName: z.string(),
  authorityCode: AuthorityCode,
  authorityLabel: z.string(),
  pattern: z.string(),
  symbol: z.string(),
  agencyParent: z.string().nullable(),
  agencyName: z.string(),
  issuerTitle: z.string(),
  placeName: z.string(),
  proposedBy: z.string().nullable(),
  fundingSource: z.string().nullable(),
  executors: z.string().nullable(),
  signMode: SignModeCode.nullable(),
  signFor: z.string().nullable(),
  signerPosition: z.string().nullable(),
  signerName: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  years: z.array(RegisterYearView),
  can: z.object({ update: z.boolean(), draft: z.boolean(), issue: z.boolean() }),
});
export type RegisterView = z.infer<typeof RegisterView>;

export const RegisterList = z.object({
  items: z.array(RegisterView),
  can: z.object({ create: z.boolean() }),
});
export type RegisterList = z.infer<typeof RegisterList>;

/** GET /api/decision-registers/defaults?authorityUnitId=&authorityCode= — a filled-in form for a new register. */
export const RegisterDefaultsQuery = z.object({
  authorityUnitId: Uuid('Mã đơn vị có thẩm quyền không hợp lệ'),
  authorityCode: AuthorityCode,
});
export const RegisterDefaults = z.object({
  authorityLabel: z.string(),
  pattern: z.string(),
  agencyParent: z.string().nullable(),
  agencyName: z.string(),
  issuerTitle: z.string(),
  placeName: z.string(),
  signMode: SignModeCode.nullable(),
  signFor: z.string().nullable(),
  signerPosition: z.string().nullable(),
});
export type RegisterDefaults = z.infer<typeof RegisterDefaults>;

// ---- Candidates: concluded nominees of an authority not yet in a decision ----

export const CandidateView = z.object({
  nomineeId: z.string(),
  dossierId: z.string(),
  dossierCode: z.string(),
  dossierTitle: z.string(),
  dossierStatus: z.string(),
  proposingUnitName: z.string(),
  subjectKind: SubjectKindCode,
  displayName: z.string(),
  unitName: z.string().nullable(),
  awardKind: AwardKindCode,
  awardKindName: z.string(),
  achievementYear: z.number().int(),
  /** Vietnamese remarks: the kind belongs to another authority, the subject already has the title … */
  warnings: z.array(z.string()),
});
export type CandidateView = z.infer<typeof CandidateView>;
export const CandidateList = z.object({ items: z.array(CandidateView) });

// ---- Decisions ----

export const DecisionListQuery = ListQuery.extend({
  status: z.enum(DECISION_FILTERS, { error: 'Trạng thái lọc không hợp lệ' }).optional(),
  kind: z.enum(DECISION_KINDS, { error: 'Loại quyết định không hợp lệ' }).optional(),
  origin: z.enum(DECISION_ORIGINS, { error: 'Nguồn quyết định không hợp lệ' }).optional(),
  authorityUnitId: Uuid('Mã đơn vị không hợp lệ').optional(),
  registerId: Uuid('Mã sổ quyết định không hợp lệ').optional(),
  year: QueryYear.optional(),
  /** Decisions on the nominees of a dossier, or of the dossiers it was forwarded to. */
  dossierId: Uuid('Mã hồ sơ không hợp lệ').optional(),
  personId: Uuid('Mã cá nhân không hợp lệ').optional(),
  unitId: Uuid('Mã đơn vị không hợp lệ').optional(),
});
export type DecisionListQuery = z.infer<typeof DecisionListQuery>;

export const DecisionListItem = z.object({
  id: z.string(),
  kind: z.enum(DECISION_KINDS),
  origin: z.enum(DECISION_ORIGINS),
  status: z.enum(DECISION_STATUSES),
  revocationState: z.enum(REVOCATION_STATES),
  number: z.string().nullable(),
  decisionDate: z.string(),
  title: z.string(),
  authorityLabel: z.string(),
  awardeeCount: z.number().int(),
  revokedCount: z.number().int(),
  totalAmount: z.number().int(),
  /** Revocation acts: the decision they revoke from. */
  revokes: z.object({ id: z.string(), number: z.string().nullable() }).nullable(),
});
export type DecisionListItem = z.infer<typeof DecisionListItem>;

export const DecisionPage = pageOf(DecisionListItem).extend({
  can: z.object({ draft: z.boolean(), recordExternal: z.boolean() }),
});
export type DecisionPage = z.infer<typeof DecisionPage>;

export const AwardeeView = z.object({
  id: z.string(),
  position: z.number().int(),
  subjectKind: SubjectKindCode,
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  householdName: z.string().nullable(),
  displayName: z.string(),
  positionTitle: z.string().nullable(),
  unitName: z.string().nullable(),
  unitAtAwardId: z.string(),
  awardKind: AwardKindCode,
  awardKindName: z.string(),
  achievementYear: z.number().int(),
  coefficient: z.number(),
  basePay: z.number().int(),
  amount: z.number().int(),
  moneyNote: z.string().nullable(),
  nomineeId: z.string().nullable(),
  dossier: z.object({ id: z.string(), code: z.string() }).nullable(),
  awardId: z.string().nullable(),
  revoked: z.boolean(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
  /** The revocation act that revoked it. */
  revokedBy: z.object({ id: z.string(), number: z.string().nullable() }).nullable(),
});
export type AwardeeView = z.infer<typeof AwardeeView>;

export const RevocationRef = z.object({
  id: z.string(),
  number: z.string().nullable(),
  decisionDate: z.string(),
  reason: z.string(),
  signerName: z.string().nullable(),
  awardCount: z.number().int(),
});

export const MoneyGroupView = z.object({
  awardKind: AwardKindCode,
  kindName: z.string(),
  subjectKind: SubjectKindCode,
  coefficient: z.number(),
  amount: z.number().int(),
  count: z.number().int(),
  subtotal: z.number().int(),
});

export const DecisionView = z.object({
  id: z.string(),
  kind: z.enum(DECISION_KINDS),
  origin: z.enum(DECISION_ORIGINS),
  status: z.enum(DECISION_STATUSES),
  revocationState: z.enum(REVOCATION_STATES),
  registerId: z.string().nullable(),
  /** The number as written once issued; for a draft, how the header will show it. */
  number: z.string().nullable(),
  numberPreview: z.string(),
  decisionDate: z.string(),
  regimeId: z.string(),
  authorityCode: AuthorityCode,
  authorityLabel: z.string(),
  authorityUnitId: z.string().nullable(),
  agencyParent: z.string().nullable(),
  agencyName: z.string().nullable(),
  issuerTitle: z.string().nullable(),
  placeName: z.string().nullable(),
  title: z.string(),
  awardType: AwardTypeCode,
  legalBases: z.array(z.string()),
  proposedBy: z.string().nullable(),
  fundingSource: z.string().nullable(),
  executors: z.string().nullable(),
  recipients: z.array(z.string()),
  signMode: SignModeCode.nullable(),
  signFor: z.string().nullable(),
  signerPosition: z.string().nullable(),
  signerName: z.string().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  revokes: z.object({ id: z.string(), number: z.string().nullable(), decisionDate: z.string() }).nullable(),
  awardees: z.array(AwardeeView),
  revocations: z.array(RevocationRef),
  money: z.object({
    basePay: z.number().int(),
    total: z.number().int(),
    totalWords: z.string(),
    groups: z.array(MoneyGroupView),
    /** The sentences of Điều 2. */
    lines: z.array(z.string()),
  }),
  /** What stops the issue, or deserves a look (Vietnamese). */
  blockers: z.array(z.string()),
  warnings: z.array(z.string()),
  issuedAt: z.string().nullable(),
  issuedByName: z.string().nullable(),
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    issue: z.boolean(),
    revoke: z.boolean(),
    download: z.boolean(),
  }),
});
export type DecisionView = z.infer<typeof DecisionView>;

const NomineeIds = z
  .array(Uuid('Mã đề nghị không hợp lệ'), { error: 'Chọn các cá nhân, tập thể được đề nghị' })
  .max(1000, 'Một quyết định có tối đa 1.000 đối tượng');

/** POST /api/decisions: a draft from concluded nominees of one authority (its register). */
export const DraftCreateBody = z
  .object({
    registerId: Uuid('Chọn sổ quyết định (thẩm quyền ban hành)'),
    nomineeIds: NomineeIds.min(1, 'Chọn ít nhất một cá nhân, tập thể được đề nghị'),
    decisionDate: IsoDate,
    awardType: AwardTypeCode.optional(),
    title: optionalText(1000),
  })
  .strict();
export type DraftCreateBody = z.output<typeof DraftCreateBody>;
export type DraftCreateInput = z.input<typeof DraftCreateBody>;

const LegalBases = z
  .array(text({ min: 5, max: 1000 }), { error: 'Căn cứ ban hành là danh sách các dòng' })
  .max(30, 'Tối đa 30 dòng căn cứ');
const Recipients = z
  .array(text({ min: 2, max: 300 }), { error: 'Nơi nhận là danh sách các dòng' })
  .max(30, 'Tối đa 30 dòng nơi nhận');

/** PATCH /api/decisions/:id (a draft, with version). */
export const DraftUpdateBody = z
  .object({
    version: Version,
    decisionDate: IsoDate.optional(),
    title: text({ min: 5, max: 1000 }).optional(),
    awardType: AwardTypeCode.optional(),
    legalBases: LegalBases.optional(),
    proposedBy: optionalText(500),
    fundingSource: optionalText(500),
    executors: optionalText(2000),
    recipients: Recipients.optional(),
    agencyParent: Upper(200),
    agencyName: Upper(200),
    issuerTitle: Upper(300),
    placeName: optionalText(100),
    signMode: SignModeCode.nullable().optional(),
    signFor: Upper(200),
    signerPosition: Upper(200),
    signerName: optionalText(200),
    note: optionalText(2000),
    addNomineeIds: NomineeIds.optional(),
    removeAwardeeIds: z.array(Uuid('Mã đối tượng không hợp lệ')).max(1000).optional(),
    /** Chức vụ and đơn vị as printed on the list. */
    awardeeTexts: z
      .array(
        z
          .object({
            id: Uuid('Mã đối tượng không hợp lệ'),
            positionTitle: optionalText(300),
            unitName: optionalText(300),
          })
          .strict(),
      )
      .max(1000)
      .optional(),
    /** Fill the căn cứ again from the regime, the council minutes and the proposals. */
    regenerateBases: z.boolean().optional(),
    /** Generate the trích yếu again from the awardees. */
    regenerateTitle: z.boolean().optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type DraftUpdateBody = z.output<typeof DraftUpdateBody>;
export type DraftUpdateInput = z.input<typeof DraftUpdateBody>;

/** POST /api/decisions/:id/issue — the version the leader confirmed. */
export const IssueBody = z.object({ version: Version }).strict();
export type IssueBody = z.output<typeof IssueBody>;

// ---- Higher authorities' decisions ----

export const ExternalAwardee = z
  .object({
    subjectKind: SubjectKindCode,
    personId: Uuid('Mã cá nhân không hợp lệ').nullable().optional(),
    unitId: Uuid('Mã đơn vị không hợp lệ').nullable().optional(),
    householdName: optionalText(200),
    awardKind: AwardKindCode,
    achievementYear: Year,
    /** The pending proposal (a nominee forwarded to that authority) this award answers. */
    nomineeId: Uuid('Mã đề nghị không hợp lệ').nullable().optional(),
    /** The unit as it was when awarded (default: the person's unit on the decision date). */
    unitAtAwardId: Uuid('Mã đơn vị không hợp lệ').nullable().optional(),
    positionTitle: optionalText(300),
  })
  .strict();
export type ExternalAwardee = z.output<typeof ExternalAwardee>;

/** POST /api/decisions/external: a decision issued elsewhere, with its awardees of ours. */
export const ExternalCreateBody = z
  .object({
    number: text({ min: 3, max: 60 }).refine((v) => /^[0-9]+\/.+/.test(v), {
      message: 'Số, ký hiệu viết như trên quyết định, ví dụ 1520/QĐ-TTg',
    }),
    decisionDate: IsoDate,
    authorityCode: AuthorityCode,
    /** As written: "Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh Hà Tĩnh". */
    authorityLabel: text({ min: 3, max: 300 }),
    authorityUnitId: Uuid('Mã đơn vị không hợp lệ').nullable().optional(),
    title: text({ min: 5, max: 1000 }),
    awardType: AwardTypeCode.default('cong_trang'),
    signerName: optionalText(200),
    signerPosition: Upper(200),
    note: optionalText(2000),
    /** The unit whose officers record it. */
    recordedAtUnitId: Uuid('Chọn đơn vị ghi nhận'),
    awardees: z
      .array(ExternalAwardee, { error: 'Danh sách được khen thưởng' })
      .min(1, 'Thêm ít nhất một cá nhân, tập thể được khen thưởng')
      .max(1000, 'Một quyết định có tối đa 1.000 đối tượng'),
  })
  .strict();
export type ExternalCreateBody = z.output<typeof ExternalCreateBody>;
export type ExternalCreateInput = z.input<typeof ExternalCreateBody>;

/** A nominee forwarded to a higher authority still waiting for its decision. */
export const PendingProposalView = z.object({
  /** The nominee at the top of the forwarding chain (the one a decision answers). */
  nomineeId: z.string(),
  dossierId: z.string(),
  dossierCode: z.string(),
  dossierStatus: z.string(),
  authorityCode: AuthorityCode,
  authorityLabel: z.string(),
  authorityUnitId: z.string().nullable(),
  subjectKind: SubjectKindCode,
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  householdName: z.string().nullable(),
  displayName: z.string(),
  awardKind: AwardKindCode,
  awardKindName: z.string(),
  achievementYear: z.number().int(),
  /** The dossier of ours it was forwarded from (first in the chain). */
  origin: z.object({ dossierId: z.string(), dossierCode: z.string(), proposingUnitName: z.string() }),
});
export type PendingProposalView = z.infer<typeof PendingProposalView>;
export const PendingProposalList = z.object({ items: z.array(PendingProposalView) });

// ---- Revocation ----

/** POST /api/decisions/:id/revocations: a revocation act for awards of an issued decision. */
export const RevocationCreateBody = z
  .object({
    awardIds: z
      .array(Uuid('Mã khen thưởng không hợp lệ'))
      .min(1, 'Chọn ít nhất một khen thưởng cần thu hồi')
      .max(1000),
    reason: text({ min: 5, max: 2000 }),
    decisionDate: IsoDate,
    /** Only for a revocation decided elsewhere (a higher authority's act): its number as written. */
    number: optionalText(60),
    title: optionalText(1000),
    signMode: SignModeCode.nullable().optional(),
    signFor: Upper(200),
    signerPosition: Upper(200),
    signerName: text({ min: 2, max: 200 }),
  })
  .strict();
export type RevocationCreateBody = z.output<typeof RevocationCreateBody>;
export type RevocationCreateInput = z.input<typeof RevocationCreateBody>;
