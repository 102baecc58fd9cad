// Quotas over a unit-year's set of nominees (legal.md §2): regime A, Chiến sĩ thi đua cơ sở ≤ 15% of the
// unit's Lao động tiên tiến (N91 Đ9 k3). Regimes B and C set no national cap.

import { regimeById, resolveCatalog } from '../catalog';
import type { AwardKindCode, RegimeId } from '../regimes/types';
import { kindName, percent } from './text';

export interface QuotaNominee {
  id: string;
  awardKind: AwardKindCode;
}

export interface QuotaUnitYear {
  year: number;
  regime: RegimeId;
  /** Number of the unit's Lao động tiên tiến (or Chiến sĩ tiên tiến) of the year. */
  ldttCount: number;
}

export interface QuotaResult {
  ok: boolean;
  /** Most nominees allowed, or null when the regime sets no cap. */
  limit: number | null;
  count: number;
  text: string;
}

/**
 * Checks the CSTĐCS nominees of a unit-year against the quota. The limit is ⌊share × LĐTT⌋: "không quá 15%"
 * admits no rounding up (10 LĐTT → 1 CSTĐCS; 20 → 3). A share set by an overlay replaces the default.
 */
export function evaluateQuota(
  nominees: readonly QuotaNominee[],
  unitYear: QuotaUnitYear,
  options: { overlayParams?: Record<string, number | boolean> } = {},
): QuotaResult {
  const regime = regimeById(unitYear.regime);
  const date = regime.to ?? regime.from;
  const overlays = options.overlayParams
    ? [
        {
          id: 'quota-options',
          unitId: 'quota-options',
          unitName: 'tham số khi xét',
          document: 'Tham số quy chế địa phương',
          effectiveFrom: '1945-01-01',
          params: options.overlayParams,
        },
      ]
    : [];
  const quota = resolveCatalog(date, overlays).kinds.CSTDCS?.quota ?? null;
  const count = nominees.filter((n) => n.awardKind === 'CSTDCS').length;
  const name = kindName('CSTDCS');
  if (!quota) {
    return {
      ok: true,
      limit: null,
      count,
      text: `Chế độ ${regime.id} không giới hạn số ${name} theo tỷ lệ (${count} người được đề nghị).`,
    };
  }
  const ldtt = Math.max(0, Math.floor(unitYear.ldttCount));
  const limit = Math.floor(quota.share * ldtt + 1e-9);
  const ok = count <= limit;
  const text = `${count} ${name} được đề nghị / tối đa ${limit} (${percent(quota.share)} của ${ldtt} ${kindName(quota.maxShareOf)}, làm tròn xuống) năm ${unitYear.year}: ${ok ? 'trong giới hạn' : 'vượt giới hạn'}.`;
  return { ok, limit, count, text };
}
