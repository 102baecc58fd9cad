// Enumerations of the history model with their Vietnamese labels (zod-free, so the web can import it cheaply).
import type {
  AwardType,
  DisciplineKind,
  InitiativeLevel,
  Rating,
  SubjectKind,
} from '../domain/regimes/types';

export {
  AWARD_KIND_CODES,
  AWARD_TYPES,
  DISCIPLINE_KINDS,
  INITIATIVE_LEVELS,
  RATINGS,
  SUBJECT_KINDS,
} from '../domain/regimes/types';

/**
 * Where an award row comes from: entered by hand from a paper decision ('recorded'), written when a decision of the
 * system is issued ('decision'), or recorded with a higher authority's decision in the decisions module ('external').
 */
export const AWARD_SOURCES = ['recorded', 'decision', 'external'] as const;
export type AwardSource = (typeof AWARD_SOURCES)[number];

/** Yearly titles: granted at most once per subject and achievement year (revoked ones aside). */
export const UNIQUE_YEARLY_TITLES = [
  'LDTT',
  'CSTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTDTQ',
  'TTLDTT',
  'TTLDXS',
  'CO_TINH',
  'CO_CP',
  'THON_VH',
  'XA_TB',
  'GDVH',
] as const;

export const INITIATIVE_KINDS = ['sang_kien', 'de_tai', 'de_an', 'cong_trinh', 'giai_phap'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export const INITIATIVE_KIND_LABELS: Record<InitiativeKind, string> = {
  sang_kien: 'Sáng kiến',
  de_tai: 'Đề tài khoa học',
  de_an: 'Đề án',
  cong_trinh: 'Công trình khoa học, công nghệ',
  giai_phap: 'Giải pháp',
};

export const INITIATIVE_LEVEL_LABELS: Record<InitiativeLevel, string> = {
  unit: 'Cấp cơ sở',
  province: 'Cấp tỉnh, bộ',
  national: 'Toàn quốc',
};

export const RATING_LABELS: Record<Rating, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
};

export const DISCIPLINE_KIND_LABELS: Record<DisciplineKind, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  ha_bac_luong: 'Hạ bậc lương',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
};

export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

export const AWARD_TYPE_LABELS: Record<AwardType, string> = {
  cong_trang: 'Khen thưởng công trạng',
  chuyen_de: 'Khen thưởng theo chuyên đề (phong trào thi đua)',
  dot_xuat: 'Khen thưởng đột xuất',
  cong_hien: 'Khen thưởng quá trình cống hiến',
  nien_han: 'Khen thưởng theo niên hạn',
  doi_ngoai: 'Khen thưởng đối ngoại',
};
