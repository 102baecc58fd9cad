// The dashboard (issue #6 point 6): figures of the awards made in a unit's subtree over a range of years —
// by kind, by level of the awarding authority, by year, by unit, the shares of direct workers, women and ethnic
// minorities among individual awardees, the money paid — and the dossiers overdue now; the lists behind each
// bar and their Excel exports. Every list and export shows the same columns (AWARD_LIST_COLUMNS,
// OVERDUE_LIST_COLUMNS): no CCCD, no date of birth.
import { ListQuery, pageOf } from './common';
import { AwardKindCode, QueryYear } from './history';
import { z } from './zod';

/** Level of the awarding authority: the level of its unit; central authorities have no unit here. */
export const AUTHORITY_LEVEL_KEYS = ['central', 'province', 'district', 'commune', 'unknown'] as const;
export type AuthorityLevelKey = (typeof AUTHORITY_LEVEL_KEYS)[number];
export const AUTHORITY_LEVEL_KEY_LABELS: Record<AuthorityLevelKey, string> = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  unknown: 'Chưa xác định cấp',
};

/** Segments of the shares among individual awardees (each award of an individual counts once: "lượt"). */
export const SHARE_KEYS = ['direct', 'not_direct', 'female', 'male', 'minority', 'kinh'] as const;
export type ShareKey = (typeof SHARE_KEYS)[number];
export const SHARE_KEY_LABELS: Record<ShareKey, string> = {
  direct: 'Người lao động trực tiếp',
  not_direct: 'Không phải lao động trực tiếp',
  female: 'Nữ',
  male: 'Nam',
  minority: 'Dân tộc thiểu số',
  kinh: 'Dân tộc Kinh',
};

/** The stages at which a dossier can be overdue (it waits on the authority). */
export const OVERDUE_STAGES = ['submitted', 'received', 'appraising'] as const;
export type OverdueStage = (typeof OVERDUE_STAGES)[number];

/** The charts whose table can be exported. */
export const DASHBOARD_CHARTS = [
  'byKind',
  'byLevel',
  'byYear',
  'byUnit',
  'shares',
  'money',
  'overdueByStage',
  'overdueByUnit',
] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];
export const DASHBOARD_CHART_TITLES: Record<DashboardChart, string> = {
  byKind: 'Khen thưởng theo danh hiệu, hình thức',
  byLevel: 'Khen thưởng theo cấp khen',
  byYear: 'Khen thưởng theo năm và cấp khen',
  byUnit: 'Khen thưởng theo đơn vị',
  shares: 'Cơ cấu cá nhân được khen thưởng',
  money: 'Tiền thưởng theo năm và cấp khen (đồng)',
  overdueByStage: 'Hồ sơ quá hạn theo bước xử lý',
  overdueByUnit: 'Hồ sơ quá hạn theo nơi xử lý',
};

/** Columns of the award lists, in order: the web table and the .xlsx show exactly these. */
export const AWARD_LIST_COLUMNS = [
  { key: 'subjectName', title: 'Cá nhân/tập thể' },
  { key: 'unitName', title: 'Đơn vị' },
  { key: 'awardKindName', title: 'Danh hiệu/hình thức' },
  { key: 'achievementYear', title: 'Năm thành tích' },
  { key: 'decisionNumber', title: 'Số quyết định' },
  { key: 'decisionDate', title: 'Ngày quyết định' },
  { key: 'authority', title: 'Cấp có thẩm quyền' },
  { key: 'amount', title: 'Tiền thưởng (đồng)' },
] as const;
export type AwardListColumnKey = (typeof AWARD_LIST_COLUMNS)[number]['key'];

/** Columns of the overdue dossier lists. */
export const OVERDUE_LIST_COLUMNS = [
  { key: 'code', title: 'Mã hồ sơ' },
  { key: 'title', title: 'Trích yếu' },
  { key: 'proposingUnitName', title: 'Đơn vị đề nghị' },
  { key: 'handlingUnitName', title: 'Nơi xử lý' },
  { key: 'stageLabel', title: 'Bước xử lý' },
  { key: 'deadlineOn', title: 'Hạn xử lý' },
  { key: 'daysOverdue', title: 'Số ngày làm việc quá hạn' },
] as const;
export type OverdueListColumnKey = (typeof OVERDUE_LIST_COLUMNS)[number]['key'];

const Uuid = (message: string) => z.uuid({ error: message });

/** The dashboard's scope: a unit (default: the actor's own) and a range of years of the decision date. */
export const DashboardQuery = z
  .object({
    unitId: Uuid('Mã đơn vị không hợp lệ').optional(),
    fromYear: QueryYear.optional(),
    toYear: QueryYear.optional(),
  })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    path: ['toYear'],
    message: 'Năm kết thúc phải bằng hoặc sau năm bắt đầu',
  })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.toYear - q.fromYear <= 50, {
    path: ['fromYear'],
    message: 'Khoảng thời gian xem không quá 50 năm',
  });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

const DrillFilters = {
  unitId: Uuid('Mã đơn vị không hợp lệ').optional(),
  fromYear: QueryYear.optional(),
  toYear: QueryYear.optional(),
  /** A bar of "by kind". */
  kind: AwardKindCode.optional(),
  /** A bar or segment of "by level" or of the money chart. */
  level: z.enum(AUTHORITY_LEVEL_KEYS, { error: 'Cấp khen không hợp lệ' }).optional(),
  /** A bar of "by year" or of the money chart. */
  year: QueryYear.optional(),
  /** A bar of "by unit": a child unit (its subtree), or the chosen unit itself (its own awards only). */
  childUnitId: Uuid('Mã đơn vị không hợp lệ').optional(),
  /** A segment of the shares (individual awardees only). */
  share: z.enum(SHARE_KEYS, { error: 'Nhóm đối tượng không hợp lệ' }).optional(),
};

/** The awards behind a bar: the dashboard's scope plus the bar's filters. */
export const DashboardAwardsQuery = ListQuery.pick({ page: true, pageSize: true })
  .extend(DrillFilters)
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    path: ['toYear'],
    message: 'Năm kết thúc phải bằng hoặc sau năm bắt đầu',
  });
export type DashboardAwardsQuery = z.infer<typeof DashboardAwardsQuery>;

export const DashboardAwardsExportQuery = z
  .object(DrillFilters)
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    path: ['toYear'],
    message: 'Năm kết thúc phải bằng hoặc sau năm bắt đầu',
  });
export type DashboardAwardsExportQuery = z.infer<typeof DashboardAwardsExportQuery>;

const OverdueFilters = {
  unitId: Uuid('Mã đơn vị không hợp lệ').optional(),
  stage: z.enum(OVERDUE_STAGES, { error: 'Bước xử lý không hợp lệ' }).optional(),
  /** A bar of "overdue by unit": the unit handling the dossiers. */
  handlingUnitId: Uuid('Mã đơn vị xử lý không hợp lệ').optional(),
};

export const DashboardOverdueQuery = ListQuery.pick({ page: true, pageSize: true }).extend(OverdueFilters);
export type DashboardOverdueQuery = z.infer<typeof DashboardOverdueQuery>;
export const DashboardOverdueExportQuery = z.object(OverdueFilters);
export type DashboardOverdueExportQuery = z.infer<typeof DashboardOverdueExportQuery>;

export const DashboardChartExportQuery = z
  .object({
    chart: z.enum(DASHBOARD_CHARTS, { error: 'Biểu đồ không hợp lệ' }),
    unitId: Uuid('Mã đơn vị không hợp lệ').optional(),
    fromYear: QueryYear.optional(),
    toYear: QueryYear.optional(),
  })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    path: ['toYear'],
    message: 'Năm kết thúc phải bằng hoặc sau năm bắt đầu',
  });
export type DashboardChartExportQuery = z.infer<typeof DashboardChartExportQuery>;

/** One bar (or segment): the key the drill-down filters on, its label, the count of awards and their money. */
export const DashboardBar = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
  amount: z.number(),
});
export type DashboardBar = z.infer<typeof DashboardBar>;

/** One year: its count and money split by level of the authority. */
export const DashboardYear = z.object({
  year: z.number().int(),
  count: z.number().int(),
  amount: z.number(),
  byLevel: z.array(
    z.object({ level: z.enum(AUTHORITY_LEVEL_KEYS), count: z.number().int(), amount: z.number() }),
  ),
});
export type DashboardYear = z.infer<typeof DashboardYear>;

export const DashboardShare = z.object({
  key: z.enum(SHARE_KEYS),
  label: z.string(),
  count: z.number().int(),
});

export const DashboardView = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  totals: z.object({
    awards: z.number().int(),
    individuals: z.number().int(),
    collectives: z.number().int(),
    households: z.number().int(),
    amount: z.number(),
  }),
  byKind: z.array(DashboardBar),
  byLevel: z.array(DashboardBar),
  byYear: z.array(DashboardYear),
  byUnit: z.array(DashboardBar),
  /** Pairs (direct/not_direct, female/male, minority/kinh) over the individual awards of totals.individuals. */
  shares: z.array(DashboardShare),
  overdue: z.object({
    total: z.number().int(),
    asOf: z.string(),
    byStage: z.array(DashboardBar),
    byUnit: z.array(DashboardBar),
  }),
});
export type DashboardView = z.infer<typeof DashboardView>;

export const DashboardAwardItem = z.object({
  id: z.string(),
  subjectKind: z.enum(['individual', 'collective', 'household']),
  subjectName: z.string(),
  unitName: z.string(),
  awardKind: z.string(),
  awardKindName: z.string(),
  achievementYear: z.number().int(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  authority: z.string().nullable(),
  amount: z.number().nullable(),
});
export type DashboardAwardItem = z.infer<typeof DashboardAwardItem>;
export const DashboardAwardPage = pageOf(DashboardAwardItem);
export type DashboardAwardPage = z.infer<typeof DashboardAwardPage>;

export const DashboardOverdueItem = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  proposingUnitName: z.string(),
  handlingUnitName: z.string(),
  stage: z.enum(OVERDUE_STAGES),
  stageLabel: z.string(),
  deadlineOn: z.string(),
  daysOverdue: z.number().int(),
});
export type DashboardOverdueItem = z.infer<typeof DashboardOverdueItem>;
export const DashboardOverduePage = pageOf(DashboardOverdueItem);
export type DashboardOverduePage = z.infer<typeof DashboardOverduePage>;

/** A cell of a chart's table: text, number or empty. */
export type ChartCell = string | number | null;

/** The header and rows of a chart's table, as the page's "Bảng số liệu" shows them and the export writes them. */
export function chartTable(
  view: DashboardView,
  chart: DashboardChart,
): { headers: string[]; rows: ChartCell[][] } {
  const bars = (list: DashboardView['byKind'], first: string, withAmount: boolean) => ({
    headers: [first, 'Số lượt khen thưởng', ...(withAmount ? ['Tiền thưởng (đồng)'] : [])],
    rows: list.map((b) => [b.label, b.count, ...(withAmount ? [b.amount] : [])]),
  });
  switch (chart) {
    case 'byKind':
      return bars(view.byKind, 'Danh hiệu/hình thức', true);
    case 'byLevel':
      return bars(view.byLevel, 'Cấp khen', true);
    case 'byUnit':
      return bars(view.byUnit, 'Đơn vị', true);
    case 'overdueByStage':
      return bars(view.overdue.byStage, 'Bước xử lý', false);
    case 'overdueByUnit':
      return bars(view.overdue.byUnit, 'Nơi xử lý', false);
    case 'shares': {
      const total = view.totals.individuals;
      return {
        headers: ['Nhóm', 'Số lượt cá nhân', 'Tỷ lệ (%)'],
        rows: view.shares.map((s) => [
          s.label,
          s.count,
          total === 0 ? 0 : Math.round((s.count / total) * 1000) / 10,
        ]),
      };
    }
    case 'byYear':
    case 'money': {
      const levels = AUTHORITY_LEVEL_KEYS.filter((l) =>
        view.byYear.some((y) => y.byLevel.some((b) => b.level === l)),
      );
      const pick = (b: { count: number; amount: number }) => (chart === 'money' ? b.amount : b.count);
      return {
        headers: ['Năm', ...levels.map((l) => AUTHORITY_LEVEL_KEY_LABELS[l]), 'Tổng'],
        rows: view.byYear.map((y) => [
          y.year,
          ...levels.map((l) => {
            const cell = y.byLevel.find((b) => b.level === l);
            return cell ? pick(cell) : 0;
          }),
          pick(y),
        ]),
      };
    }
  }
}
