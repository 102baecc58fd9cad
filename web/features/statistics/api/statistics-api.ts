// Statutory statistics forms API: the forms of a unit and year, one form's figures, and the .xlsx address.
import { queryOptions } from '@tanstack/react-query';
import type { StatisticsFormList, StatisticsFormView } from '../../../../contracts/statistics';
import { api } from '../../../lib/api';

export interface StatisticsParams {
  unitId: string;
  year: number;
}

/** GET /api/statistics/forms */
export function statisticsFormsQuery(params: StatisticsParams) {
  return queryOptions({
    queryKey: ['statistics', 'forms', params],
    queryFn: ({ signal }) =>
      api<StatisticsFormList>('/api/statistics/forms', { query: { ...params }, signal }),
  });
}

/** GET /api/statistics/forms/:code */
export function statisticsFormQuery(code: string, params: StatisticsParams) {
  return queryOptions({
    queryKey: ['statistics', 'form', code, params],
    queryFn: ({ signal }) =>
      api<StatisticsFormView>(`/api/statistics/forms/${code}`, { query: { ...params }, signal }),
  });
}

export const statisticsXlsxUrl = (code: string, { unitId, year }: StatisticsParams) =>
  `/api/statistics/forms/${code}.xlsx?unitId=${encodeURIComponent(unitId)}&year=${year}`;
