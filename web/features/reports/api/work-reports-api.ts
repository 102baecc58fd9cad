// Work reports API: the list, one report (figures + written parts), versions, create, save and issue.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  WorkReportPage,
  WorkReportUpdateBody,
  WorkReportVersions,
  WorkReportView,
} from '../../../../contracts/reports';
import { api, apiUrl } from '../../../lib/api';

export interface WorkReportListParams {
  q?: string;
  status?: 'draft' | 'issued';
  page: number;
  pageSize: number;
}

/** GET /api/work-reports */
export function workReportsQuery(params: WorkReportListParams) {
  return queryOptions({
    queryKey: ['work-reports', 'list', params],
    queryFn: ({ signal }) =>
      api<WorkReportPage>('/api/work-reports', {
        query: {
          q: params.q?.trim() || undefined,
          status: params.status,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/work-reports/:id */
export function workReportQuery(id: string) {
  return queryOptions({
    queryKey: ['work-reports', 'one', id],
    queryFn: ({ signal }) => api<WorkReportView>(`/api/work-reports/${id}`, { signal }),
  });
}

/** GET /api/work-reports/:id/versions */
export function workReportVersionsQuery(id: string) {
  return queryOptions({
    queryKey: ['work-reports', 'versions', id],
    queryFn: ({ signal }) => api<WorkReportVersions>(`/api/work-reports/${id}/versions`, { signal }),
  });
}

export const workReportDocxUrl = (id: string) => apiUrl(`/api/work-reports/${id}/docx`);

export function useCreateWorkReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { unitId: string; from: string; to: string }) =>
      api<WorkReportView>('/api/work-reports', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['work-reports', 'list'] }),
  });
}

function useReportChange<B>(id: string, send: (body: B) => Promise<WorkReportView>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (view) => {
      qc.setQueryData(workReportQuery(id).queryKey, view);
      void qc.invalidateQueries({ queryKey: ['work-reports', 'versions', id] });
      void qc.invalidateQueries({ queryKey: ['work-reports', 'list'] });
    },
  });
}

export function useSaveWorkReport(id: string) {
  return useReportChange<WorkReportUpdateBody>(id, (body) =>
    api<WorkReportView>(`/api/work-reports/${id}`, { method: 'PATCH', body }),
  );
}

export function useIssueWorkReport(id: string) {
  return useReportChange<{ version: number; numberSymbol: string; issuedOn: string }>(id, (body) =>
    api<WorkReportView>(`/api/work-reports/${id}/issue`, { method: 'POST', body }),
  );
}

/** DELETE /api/work-reports/:id: a draft made by mistake (an issued report cannot be deleted). */
export function useDeleteWorkReport(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>(`/api/work-reports/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: workReportQuery(id).queryKey });
      void qc.invalidateQueries({ queryKey: ['work-reports', 'list'] });
    },
  });
}
