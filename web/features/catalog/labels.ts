// Vietnamese wording of the catalog: periods, categories, parameter values.
import type { CatalogKindView } from '../../../contracts/catalog';
import { formatNumber } from '../../lib/format';

export const PERIOD_LABELS: Record<string, string> = {
  annual: 'Hằng năm',
  multi_year: 'Theo chu kỳ nhiều năm',
  event: 'Theo sự kiện, thành tích',
  lifetime: 'Theo quá trình cống hiến',
};

export const CATEGORY_LABELS: Record<CatalogKindView['category'], string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

type Param = CatalogKindView['params'][number];

/** A parameter value as read: "80%", "Có", "6". */
export function paramValueText(kind: Param['kind'], value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (kind === 'share') return `${formatNumber(Math.round(value * 10000) / 100)}%`;
  return formatNumber(value);
}

/** "≥ 80% tổng số thành viên Hội đồng". */
export function thresholdText(threshold: number | null): string {
  if (threshold === null) return 'Không quy định chung (theo quy chế của cơ quan, đơn vị)';
  return `≥ ${formatNumber(Math.round(threshold * 10000) / 100)}% tổng số thành viên Hội đồng (không phải số có mặt)`;
}
