// Vietnamese labels of the decisions module (zod-free, so the web imports them cheaply).
import type { DecisionKind, DecisionOrigin, DecisionStatus } from '../domain/decisions';
import type { AuthorityCode } from '../domain/regimes/types';

export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
};

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  award: 'Quyết định khen thưởng',
  revocation: 'Quyết định thu hồi',
};

export const DECISION_ORIGIN_LABELS: Record<DecisionOrigin, string> = {
  internal: 'Ban hành trong hệ thống',
  external: 'Quyết định của cấp trên (ghi nhận)',
};

/** How much of a decision's awards were revoked. */
export const REVOCATION_STATES = ['none', 'partial', 'full'] as const;
export type RevocationState = (typeof REVOCATION_STATES)[number];
export const REVOCATION_STATE_LABELS: Record<RevocationState, string> = {
  none: 'Còn hiệu lực',
  partial: 'Đã thu hồi một phần',
  full: 'Đã thu hồi toàn bộ',
};

/** List filter: drafts, issued acts, or issued acts with revoked awards. */
export const DECISION_FILTERS = ['draft', 'issued', 'revoked'] as const;
export const DECISION_FILTER_LABELS: Record<(typeof DECISION_FILTERS)[number], string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  revoked: 'Có khen thưởng bị thu hồi',
};

/** Who issues, as the register and the external form name them. */
export const AUTHORITY_LABELS: Record<AuthorityCode, string> = {
  chu_tich_ubnd_xa: 'Chủ tịch UBND cấp xã',
  chu_tich_ubnd_huyen: 'Chủ tịch UBND cấp huyện',
  thu_truong_co_quan: 'Thủ trưởng cơ quan, đơn vị',
  giam_doc_doanh_nghiep: 'Giám đốc doanh nghiệp, hợp tác xã',
  chu_tich_ubnd_tinh: 'Chủ tịch UBND cấp tỉnh',
  ubnd_tinh: 'UBND cấp tỉnh',
  bo_truong: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
  thu_tuong: 'Thủ tướng Chính phủ',
  chinh_phu: 'Chính phủ',
  chu_tich_nuoc: 'Chủ tịch nước',
};
