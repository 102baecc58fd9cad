// Dashboard API: the figures of a unit and years, the lists behind a bar, and the addresses of the .xlsx exports.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  AuthorityLevelKey,
  DashboardAwardPage,
  DashboardChart,
  DashboardOverduePage,
  DashboardView,
  OverdueStage,
  ShareKey,
} from '../../../../contracts/dashboard';
import { api, apiUrl } from '../../../lib/api';

export interface DashboardScopeParams {
  unitId?: string | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
}

/** The bar clicked: what its award list is filtered on. */
export interface AwardDrill {
  title: string;
  kind?: string;
  level?: AuthorityLevelKey;
  year?: number;
  childUnitId?: string;
  share?: ShareKey;
}

/** The bar of overdue dossiers clicked. */
export interface OverdueDrill {
  title: string;
  stage?: OverdueStage;
  handlingUnitId?: string;
}

const awardQuery = (scope: DashboardScopeParams, drill: AwardDrill) => ({
  unitId: scope.unitId,
  fromYear: scope.fromYear,
  toYear: scope.toYear,
  kind: drill.kind,
  level: drill.level,
  year: drill.year,
  childUnitId: drill.childUnitId,
  share: drill.share,
});

/** GET /api/dashboard */
export function dashboardQuery(scope: DashboardScopeParams) {
  return queryOptions({
    queryKey: ['dashboard', scope],
    queryFn: ({ signal }) => api<DashboardView>('/api/dashboard', { query: { ...scope }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/dashboard/awards */
export function dashboardAwardsQuery(
  scope: DashboardScopeParams,
  drill: AwardDrill,
  page: number,
  pageSize: number,
) {
  return queryOptions({
    queryKey: ['dashboard', 'awards', scope, drill, page, pageSize],
    queryFn: ({ signal }) =>
      api<DashboardAwardPage>('/api/dashboard/awards', {
        query: { ...awardQuery(scope, drill), page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/dashboard/overdue-dossiers */
export function dashboardOverdueQuery(
  unitId: string | undefined,
  drill: OverdueDrill,
  page: number,
  pageSize: number,
) {
  return queryOptions({
    queryKey: ['dashboard', 'overdue', unitId, drill, page, pageSize],
    queryFn: ({ signal }) =>
      api<DashboardOverduePage>('/api/dashboard/overdue-dossiers', {
        query: { unitId, stage: drill.stage, handlingUnitId: drill.handlingUnitId, page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export const awardsXlsxUrl = (scope: DashboardScopeParams, drill: AwardDrill) =>
  apiUrl('/api/dashboard/awards.xlsx', awardQuery(scope, drill));

export const overdueXlsxUrl = (unitId: string | undefined, drill: OverdueDrill) =>
  apiUrl('/api/dashboard/overdue-dossiers.xlsx', {
    unitId,
    stage: drill.stage,
    handlingUnitId: drill.handlingUnitId,
  });

export const chartXlsxUrl = (scope: DashboardScopeParams, chart: DashboardChart) =>
  apiUrl('/api/dashboard/chart.xlsx', { chart, ...scope });
