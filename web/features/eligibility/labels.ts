// Vietnamese wording of verdicts, criterion statuses and regimes.
import type { CriterionStatus, RegimeId, Verdict } from '../../../domain/regimes/types';

export type VerdictCode = Verdict['verdict'];

export const VERDICT_LABELS: Record<VerdictCode, string> = {
  eligible: 'Đủ điều kiện',
  not_eligible: 'Không đủ điều kiện',
  needs_review: 'Cần xem xét thêm',
};

export const VERDICT_COLORS: Record<VerdictCode, string> = {
  eligible: 'success',
  not_eligible: 'error',
  needs_review: 'warning',
};

export const STATUS_LABELS: Record<CriterionStatus, string> = {
  pass: 'Đạt',
  fail: 'Không đạt',
  unknown: 'Chưa đủ dữ liệu',
};

/** Short names of the legal regimes, as officials refer to them. */
export const REGIME_LABELS: Record<RegimeId, string> = {
  A: 'Chế độ A — Luật TĐKT 2003 (sửa đổi, bổ sung), NĐ 91/2017',
  B: 'Chế độ B — Luật TĐKT 2022, NĐ 98/2023',
  C: 'Chế độ C — Luật TĐKT 2022, NĐ 152/2025',
};

export const REGIME_PERIODS: Record<RegimeId, string> = {
  A: 'áp dụng từ 01/10/2017 đến 31/12/2023',
  B: 'áp dụng từ 01/01/2024 đến 30/06/2025',
  C: 'áp dụng từ 01/07/2025',
};
