// The shape of the law as data: regimes, award kinds, criteria, votes, money, authorities, parameters.
// Every legal value carries its basis (document + article) and its verification tag from legal.md:
// V = read in the primary text, S = secondary source quoting it, U = unverified (an assumption, overridable).

export type RegimeId = 'A' | 'B' | 'C';
export type Verification = 'V' | 'S' | 'U';

export const SUBJECT_KINDS = ['individual', 'collective', 'household'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Loại hình khen thưởng. */
export const AWARD_TYPES = [
  'cong_trang',
  'chuyen_de',
  'dot_xuat',
  'cong_hien',
  'nien_han',
  'doi_ngoai',
] as const;
export type AwardType = (typeof AWARD_TYPES)[number];

export const RATINGS = ['HTXS', 'HTT', 'HT', 'KHT'] as const;
export type Rating = (typeof RATINGS)[number];

export const INITIATIVE_LEVELS = ['unit', 'province', 'national'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];

/** Ordered from the lightest: a kind "≥ cảnh cáo" means canh_cao or any later one. */
export const DISCIPLINE_KINDS = [
  'khien_trach',
  'canh_cao',
  'ha_bac_luong',
  'cach_chuc',
  'buoc_thoi_viec',
] as const;
export type DisciplineKind = (typeof DISCIPLINE_KINDS)[number];

/** The stable award-kind codes of legal.md. */
export const AWARD_KIND_CODES = [
  'LDTT',
  'CSTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTDTQ',
  'TTLDTT',
  'TTLDXS',
  'CO_TINH',
  'CO_CP',
  'BK_TINH',
  'BK_TTG',
  'GK',
  'THON_VH',
  'XA_TB',
  'GDVH',
  'KNC',
  'HC_SAO_VANG',
  'HC_HO_CHI_MINH',
  'HC_DOC_LAP_1',
  'HC_DOC_LAP_2',
  'HC_DOC_LAP_3',
  'HC_LAO_DONG_1',
  'HC_LAO_DONG_2',
  'HC_LAO_DONG_3',
  'AHLD',
] as const;
export type AwardKindCode = (typeof AWARD_KIND_CODES)[number];

export interface LegalBasis {
  /** As officials cite it: "Luật Thi đua, khen thưởng 06/2022/QH15", "Nghị định 98/2023/NĐ-CP". */
  document: string;
  /** "Điều 24 khoản 1", when known. */
  article?: string;
  tag: Verification;
  note?: string;
}

/** Who grants an award, by the level of the unit that proposes it. */
export type AuthorityCode =
  | 'chu_tich_ubnd_xa'
  | 'chu_tich_ubnd_huyen'
  | 'thu_truong_co_quan'
  | 'giam_doc_doanh_nghiep'
  | 'chu_tich_ubnd_tinh'
  | 'ubnd_tinh'
  | 'bo_truong'
  | 'thu_tuong'
  | 'chinh_phu'
  | 'chu_tich_nuoc';

/** Administrative level of the unit that proposes an award (same values as contracts/enums ADMIN_LEVELS). */
export type ProposerLevel = 'central' | 'province' | 'district' | 'commune';

export interface AuthorityRule {
  authority: AuthorityCode;
  /** Vietnamese title of the authority: "Chủ tịch UBND xã". */
  label: string;
  basis: LegalBasis;
  /** Levels of the proposing unit this rule serves; absent = any level. */
  levels?: readonly ProposerLevel[];
  /** Kinds of the proposing unit (contracts/enums UNIT_KINDS values) this rule serves; absent = any kind. */
  unitKinds?: readonly string[];
  /** Kinds of the proposing unit this rule does not serve (e.g. enterprises have their own director). */
  excludeUnitKinds?: readonly string[];
  assumption?: boolean;
}

/** A parameter the regime lets a province's regulation (quy chế) set; the overlay may only set these. */
export interface ParamDef {
  key: string;
  label: string;
  kind: 'number' | 'share' | 'boolean' | 'integer';
  default: number | boolean;
  basis: LegalBasis;
  /** True when the default is an assumption (tag U) that an administrator is expected to confirm. */
  assumption?: boolean;
  /** Bounds an overlay value must respect (inclusive). */
  min?: number;
  max?: number;
  /** The bound is exclusive: the measured value must be strictly greater (regime A TTLĐTT "> 50%"). */
  strict?: boolean;
}

export interface VoteRule {
  /** Secret ballot of the council required. */
  required: boolean;
  /** Share of ALL council members (not those present) who must agree; null when not set nationally. */
  threshold: number | null;
  /** Parameter key when the threshold may be set locally (e.g. regime A CSTĐCS). */
  thresholdParam?: string;
  basis: LegalBasis;
  /** The rule rests on an unverified row (tag U). */
  assumption?: boolean;
}

export interface MoneyRule {
  /** Multipliers of the statutory base pay (mức lương cơ sở); absent = no money for that subject kind. */
  individual?: number;
  collective?: number;
  household?: number;
  basis: LegalBasis;
  assumption?: boolean;
  /** Subject kinds whose multiplier alone is an assumption (e.g. a derived household amount). */
  assumptionFor?: readonly SubjectKind[];
  /** Money is an upper bound decided by the issuer (e.g. Kỷ niệm chương ≤ 0.6). */
  isCap?: boolean;
}

export interface QuotaRule {
  /** e.g. regime A: CSTĐCS ≤ 15% of LĐTT of the same unit and year. */
  maxShareOf: AwardKindCode;
  share: number;
  shareParam?: string;
  basis: LegalBasis;
}

/**
 * One criterion of an award kind. Criteria without `group` must all hold. Criteria sharing a `group` are
 * alternatives: the group holds when every criterion of at least one `option` holds (an option is a conjunction,
 * e.g. Bằng khen Thủ tướng point b = prior Bằng khen ∧ 5 years ≥ HTT ∧ 3 CSTĐCS).
 */
export interface CriterionDef {
  /** Stable id from criteria-ids.ts. */
  id: string;
  text: string;
  basis: LegalBasis;
  /** Data cannot decide it: a person must judge (legal.md §14). */
  judgement?: boolean;
  /** A general conduct condition presumed met unless a record says otherwise (legal.md §14). */
  presumed?: boolean;
  /** Rests on an unverified row (tag U). */
  assumption?: boolean;
  /** Subject kinds it applies to; absent = every subject kind of the award kind. */
  subjects?: readonly SubjectKind[];
  /** Alternatives: group key (e.g. 'bk_tinh.one_of') and option label within it (e.g. 'd1'). */
  group?: string;
  option?: string;
  /** Applies only when this boolean parameter is true (e.g. a province's Giấy khen rules). */
  enabledBy?: string;
  /** Parameter holding its number (e.g. 'ldttShareMin' for ttldtt.ldtt_share). */
  param?: string;
}

export interface AwardKindDef {
  code: AwardKindCode;
  /** Vietnamese name as written on decisions: "Chiến sĩ thi đua cơ sở". */
  name: string;
  category: 'title' | 'form';
  subjects: readonly SubjectKind[];
  awardTypes: readonly AwardType[];
  /** Calendar period the achievement is counted over. */
  period: 'annual' | 'multi_year' | 'event' | 'lifetime';
  authorities: readonly AuthorityRule[];
  vote: VoteRule;
  money: MoneyRule;
  quota?: QuotaRule;
  /** Human-readable criteria (Vietnamese), each with its basis; the checks live in domain/eligibility. */
  criteria: readonly CriterionDef[];
  /** Public comment period before the council (legal.md §9). */
  disclosure?: {
    workingDays: number;
    basis: LegalBasis;
    /** 'calendar' when the period counts calendar days (GĐVH: 10 ngày); default working days. */
    dayKind?: 'working' | 'calendar';
    /** Vietnamese: who publishes what, where. */
    text?: string;
    assumption?: boolean;
  };
  params?: readonly ParamDef[];
  basis: readonly LegalBasis[];
  /** Interpretation notes (legal.md §14) shown beside the kind in the catalog. */
  notes?: readonly string[];
  /** True when the whole kind rests on unverified rows. */
  assumption?: boolean;
}

export interface Regime {
  id: RegimeId;
  name: string;
  /** Inclusive ISO dates; `to` null while in force. */
  from: string;
  to: string | null;
  documents: readonly LegalBasis[];
  kinds: Readonly<Partial<Record<AwardKindCode, AwardKindDef>>>;
}

// ---- Subject history: what eligibility is judged on (the request body of /api/eligibility/evaluate). ----

export interface AwardRecord {
  awardKind: AwardKindCode;
  /** Achievement year (năm thành tích). */
  year: number;
  decisionDate?: string | null;
  decisionNumber?: string | null;
  authority?: string | null;
  awardType?: AwardType | null;
  revoked?: boolean;
  id?: string;
}

export interface RatingRecord {
  year: number;
  rating: Rating;
  id?: string;
}

export interface InitiativeRecord {
  id: string;
  title?: string;
  level: InitiativeLevel;
  recognizedOn: string;
  /** Id of the award that already used it (an initiative counts once). */
  usedByAward: string | null;
}

export interface DisciplineRecord {
  kind: DisciplineKind;
  from: string;
  to: string | null;
  document?: string | null;
  id?: string;
}

export interface MemberStatsRecord {
  year: number;
  members: number;
  ldttShare: number;
  completedShare: number;
  cstdcsCount: number;
  seriousDiscipline: boolean;
}

export interface SubjectHistory {
  recruitedOn?: string | null;
  awards?: readonly AwardRecord[];
  ratings?: readonly RatingRecord[];
  initiatives?: readonly InitiativeRecord[];
  disciplines?: readonly DisciplineRecord[];
  pendingInvestigation?: boolean;
  memberStats?: readonly MemberStatsRecord[];
}

export interface EligibilityRequest {
  subjectKind: SubjectKind;
  awardKind: AwardKindCode;
  /** Achievement year. */
  year: number;
  awardType: AwardType;
}

export type CriterionStatus = 'pass' | 'fail' | 'unknown';

export interface Evidence {
  /** What the record is: 'award' | 'rating' | 'initiative' | 'discipline' | 'memberStats' | 'recruitment' | 'presumption'. */
  kind: string;
  /** Vietnamese description: "Chiến sĩ thi đua cơ sở năm 2023, QĐ số 125/QĐ-UBND ngày 20/12/2023". */
  text: string;
  ref?: string;
}

export interface CriterionResult {
  id: string;
  text: string;
  status: CriterionStatus;
  evidence: Evidence[];
  basis: LegalBasis;
  /** A condition presumed met unless a record says otherwise (legal.md §14). */
  presumed?: boolean;
  /** Needs a person's judgement: data cannot decide it. */
  judgement?: boolean;
}

export interface Verdict {
  verdict: 'eligible' | 'not_eligible' | 'needs_review';
  regime: RegimeId;
  awardKind: AwardKindCode;
  awardKindName: string;
  criteria: CriterionResult[];
  warnings: string[];
}
