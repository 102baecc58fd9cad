// The dossier workflow (issue #4 point 2): statuses, who may act, guards and effects. Pure.
import type { AuthorityCode } from './regimes/types';

export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'received',
  'appraising',
  'returned',
  'council',
  'concluded',
  'decided',
  'forwarded',
  'withdrawn',
  'rejected',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const AUTHORITY_CODES = [
  'chu_tich_ubnd_xa',
  'chu_tich_ubnd_huyen',
  'thu_truong_co_quan',
  'giam_doc_doanh_nghiep',
  'chu_tich_ubnd_tinh',
  'ubnd_tinh',
  'bo_truong',
  'thu_tuong',
  'chinh_phu',
  'chu_tich_nuoc',
] as const satisfies readonly AuthorityCode[];

export const ATTACHMENT_KINDS = [
  'to_trinh',
  'bien_ban_binh_xet',
  'bao_cao_thanh_tich',
  'chung_nhan_sang_kien',
  'khac',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const APPRAISALS = ['agree', 'disagree'] as const;
export type Appraisal = (typeof APPRAISALS)[number];

export const OUTCOMES = ['passed', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const VERDICT_STATUSES = ['eligible', 'not_eligible', 'needs_review'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
