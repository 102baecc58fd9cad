// Report requests API: the list, one request, its aggregated table and the changes (create, correct, remind,
// answer, remove a unit, delete). Every change answers the refreshed request, which replaces the cached one.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerCandidates,
  AnswerInput,
  RequestCreateInput,
  RequestPage,
  RequestSummary,
  RequestUpdateInput,
  RequestView,
} from '../../../contracts/report-requests';
import { api } from '../../lib/api';

export interface RequestListParams {
  box: 'all' | 'sent' | 'received';
  q?: string;
  page: number;
  pageSize: number;
}

/** GET /api/report-requests */
export function requestsQuery(params: RequestListParams) {
  return queryOptions({
    queryKey: ['report-requests', 'list', params],
    queryFn: ({ signal }) =>
      api<RequestPage>('/api/report-requests', {
        query: {
          box: params.box,
          q: params.q?.trim() || undefined,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/report-requests/:id */
export function requestQuery(id: string) {
  return queryOptions({
    queryKey: ['report-requests', 'one', id],
    queryFn: ({ signal }) => api<RequestView>(`/api/report-requests/${id}`, { signal }),
  });
}

/** GET /api/report-requests/:id/summary */
export function summaryQuery(id: string, enabled: boolean) {
  return queryOptions({
    queryKey: ['report-requests', 'summary', id],
    queryFn: ({ signal }) => api<RequestSummary>(`/api/report-requests/${id}/summary`, { signal }),
    enabled,
  });
}

/** GET /api/report-request-targets/:id/candidates */
export function candidatesQuery(targetId: string) {
  return queryOptions({
    queryKey: ['report-requests', 'candidates', targetId],
    queryFn: ({ signal }) =>
      api<AnswerCandidates>(`/api/report-request-targets/${targetId}/candidates`, { signal }),
  });
}

/** Caches the refreshed request and marks the lists, the table and the inbox stale. */
function useSaved() {
  const client = useQueryClient();
  return (view: RequestView) => {
    client.setQueryData(requestQuery(view.id).queryKey, view);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['report-requests', 'list'] }),
      client.invalidateQueries({ queryKey: ['report-requests', 'summary', view.id] }),
      client.invalidateQueries({ queryKey: ['inbox'] }),
    ]);
  };
}

export function useCreateRequest() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: RequestCreateInput) =>
      api<RequestView>('/api/report-requests', { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useUpdateRequest(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: RequestUpdateInput) =>
      api<RequestView>(`/api/report-requests/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

export function useAddTargets(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { version: number; unitIds: string[] }) =>
      api<RequestView>(`/api/report-requests/${id}/targets`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useDeleteRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ ok: true }>(`/api/report-requests/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['report-requests'] }),
  });
}

export function useAnswer() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ targetId, ...body }: AnswerInput & { targetId: string }) =>
      api<RequestView>(`/api/report-request-targets/${targetId}/answer`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useRemind() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ targetId, version }: { targetId: string; version: number }) =>
      api<RequestView>(`/api/report-request-targets/${targetId}/remind`, {
        method: 'POST',
        body: { version },
      }),
    onSuccess: saved,
  });
}

export function useRemoveTarget() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ targetId, version }: { targetId: string; version: number }) =>
      api<RequestView>(`/api/report-request-targets/${targetId}`, { method: 'DELETE', body: { version } }),
    onSuccess: saved,
  });
}
