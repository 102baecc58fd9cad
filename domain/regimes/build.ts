// Small builders shared by the regime files: criteria, authorities, votes, parameters.

import { GENERAL } from './criteria-ids';
import type {
  AuthorityRule,
  AwardKindCode,
  AwardKindDef,
  AwardType,
  CriterionDef,
  LegalBasis,
  ParamDef,
  ProposerLevel,
  VoteRule,
} from './types';

export function criterion(
  id: string,
  text: string,
  basis: LegalBasis,
  extra: Omit<Partial<CriterionDef>, 'id' | 'text' | 'basis'> = {},
): CriterionDef {
  return { id, text, basis, ...extra };
}

/** legal.md §14: the conduct conditions every kind repeats, presumed met unless a record says otherwise. */
export function conduct(basis: LegalBasis, extra: Partial<CriterionDef> = {}): CriterionDef {
  return criterion(
    GENERAL.conduct,
    'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; đoàn kết; tích cực tham gia phong trào thi đua',
    basis,
    { presumed: true, ...extra },
  );
}

/** The hold: no award while a discipline, inspection or complaint is being considered (N152 Đ4 k4). */
export function noPending(basis: LegalBasis, extra: Partial<CriterionDef> = {}): CriterionDef {
  return criterion(
    GENERAL.noPendingInvestigation,
    'Không trong thời gian đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn thư khiếu nại, tố cáo đang được xác minh',
    basis,
    extra,
  );
}

/** After a discipline ends, achievements count from its end (N152 Đ4 k4). */
export function disciplineEnded(basis: LegalBasis, extra: Partial<CriterionDef> = {}): CriterionDef {
  return criterion(
    GENERAL.disciplineEnded,
    'Không đang chịu hình thức kỷ luật; thành tích được tính từ thời điểm chấp hành xong kỷ luật',
    basis,
    extra,
  );
}

// ---- Authorities (legal.md §6) ----

const LOCAL_LEVELS: readonly ProposerLevel[] = ['province', 'district', 'commune'];

export const authority = {
  xa: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'chu_tich_ubnd_xa',
    label: 'Chủ tịch Ủy ban nhân dân cấp xã',
    basis,
    levels: ['commune'],
    ...extra,
  }),
  huyen: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'chu_tich_ubnd_huyen',
    label: 'Chủ tịch Ủy ban nhân dân cấp huyện',
    basis,
    levels: ['district', 'commune'],
    ...extra,
  }),
  thuTruong: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'thu_truong_co_quan',
    label: 'Thủ trưởng cơ quan, tổ chức, đơn vị thuộc bộ, ban, ngành, tỉnh',
    basis,
    levels: ['central', 'province'],
    ...extra,
  }),
  doanhNghiep: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'giam_doc_doanh_nghiep',
    label: 'Giám đốc doanh nghiệp',
    basis,
    unitKinds: ['enterprise'],
    ...extra,
  }),
  hopTacXa: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'giam_doc_doanh_nghiep',
    label: 'Chủ tịch Hội đồng quản trị, Giám đốc hợp tác xã',
    basis,
    unitKinds: ['cooperative'],
    ...extra,
  }),
  boTruong: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'bo_truong',
    label: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ',
    basis,
    levels: ['central'],
    ...extra,
  }),
  tinh: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'chu_tich_ubnd_tinh',
    label: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    basis,
    levels: LOCAL_LEVELS,
    ...extra,
  }),
  thuTuong: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'thu_tuong',
    label: 'Thủ tướng Chính phủ',
    basis,
    ...extra,
  }),
  chuTichNuoc: (basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule => ({
    authority: 'chu_tich_nuoc',
    label: 'Chủ tịch nước',
    basis,
    ...extra,
  }),
};

/** Bộ trưởng for central proposers, Chủ tịch UBND tỉnh for local ones. */
export function ministerOrProvince(basis: LegalBasis, extra: Partial<AuthorityRule> = {}): AuthorityRule[] {
  return [authority.boTruong(basis, extra), authority.tinh(basis, extra)];
}

// ---- Votes ----

export function noBallot(basis: LegalBasis): VoteRule {
  return { required: false, threshold: null, basis };
}

export function ballot(
  threshold: number,
  basis: LegalBasis,
  extra: Partial<Omit<VoteRule, 'required' | 'threshold' | 'basis'>> = {},
): VoteRule {
  return { required: true, threshold, basis, ...extra };
}

// ---- Parameters ----

/** Whether a title may be considered only for those who registered (đăng ký thi đua); a locality may require it. */
export function registrationParam(basis: LegalBasis): ParamDef {
  return {
    key: 'registrationRequired',
    label: 'Bắt buộc đăng ký thi đua đầu năm mới được xét danh hiệu',
    kind: 'boolean',
    default: false,
    basis,
    assumption: true,
  };
}

/** A vote threshold that a province may set (or that rests on an assumption to confirm). */
export function thresholdParam(
  key: string,
  label: string,
  value: number,
  basis: LegalBasis,
  assumption: boolean,
): ParamDef {
  return { key, label, kind: 'share', default: value, basis, assumption, min: 0.5, max: 1 };
}

// ---- Award types ----

export const TITLE_TYPES: readonly AwardType[] = ['cong_trang'];
export const FORM_TYPES: readonly AwardType[] = ['cong_trang', 'chuyen_de', 'dot_xuat', 'doi_ngoai'];
export const HONOUR_TYPES: readonly AwardType[] = [
  'cong_trang',
  'chuyen_de',
  'dot_xuat',
  'cong_hien',
  'doi_ngoai',
];

/** A regime's kinds keyed by code. */
export function kindsByCode(kinds: readonly AwardKindDef[]): Partial<Record<AwardKindCode, AwardKindDef>> {
  return Object.fromEntries(kinds.map((k) => [k.code, k]));
}
