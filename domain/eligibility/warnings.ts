// The warnings of a verdict (Vietnamese): records set aside, overlay values ignored, a regime change between
// the achievement year and the date of evaluation, a year not yet over, the council vote and the quota the
// verdict does not cover, and an award already granted for the same year.

import type { EffectiveCatalog, EffectiveKind } from '../catalog';
import type { EligibilityRequest } from '../regimes/types';
import type { Facts } from './facts';
import { awardText, formatDate, percent } from './text';

export function verdictWarnings(args: {
  facts: Facts;
  request: EligibilityRequest;
  catalog: EffectiveCatalog;
  kind: EffectiveKind | null;
  asOfRegime: string | null;
  ballotGiven: boolean;
}): string[] {
  const { facts, request, catalog, kind, asOfRegime, ballotGiven } = args;
  const warnings: string[] = [...facts.setAside];
  for (const ignored of catalog.ignored) warnings.push(`Tham số địa phương không áp dụng: ${ignored.reason}`);
  const regime = catalog.regime;
  if (asOfRegime !== null && asOfRegime !== regime.id) {
    warnings.push(
      `Thành tích năm ${request.year} được xét theo tiêu chuẩn của chế độ ${regime.id} (có hiệu lực ngày 31/12/${request.year}); ` +
        `ngày xét ${formatDate(facts.asOf)} thuộc chế độ ${asOfRegime}: đối chiếu quy định chuyển tiếp; ` +
        'tiền thưởng tính theo mức lương cơ sở tại ngày ký quyết định.',
    );
  }
  if (facts.asOf < `${request.year}-12-31`) {
    warnings.push(
      `Năm thành tích ${request.year} chưa kết thúc tại ngày xét ${formatDate(facts.asOf)}: kết quả chỉ là dự kiến.`,
    );
  }
  if (!kind) return warnings;
  if (kind.def.assumption) {
    warnings.push(`${kind.def.name} trong chế độ ${regime.id} dựa trên quy định chưa kiểm chứng (giả định).`);
  }
  if (request.awardType === 'cong_trang' && kind.vote.required && !ballotGiven) {
    const threshold =
      kind.vote.threshold === null
        ? 'tỷ lệ do cơ quan, đơn vị quy định'
        : `từ ${percent(kind.vote.threshold)} tổng số thành viên Hội đồng Thi đua - Khen thưởng trở lên đồng ý`;
    warnings.push(`Kết quả này chưa gồm bước bỏ phiếu kín của Hội đồng: cần ${threshold}.`);
  }
  if (kind.quota) {
    warnings.push(
      `Giới hạn số lượng: ${kind.def.name} không quá ${percent(kind.quota.share)} số cá nhân đạt danh hiệu ${kind.quota.maxShareOf === 'LDTT' ? 'Lao động tiên tiến' : kind.quota.maxShareOf} của đơn vị; kiểm tra trên danh sách đề nghị của đơn vị (evaluateQuota).`,
    );
  }
  for (const award of facts.meritAwards([request.awardKind], request.year)) {
    warnings.push(`Đã có ${awardText(award)}: kết quả này là xét lại.`);
  }
  return warnings;
}
