// Movements API: the tree by level, one movement's page and its changes (fields, status steps, indicators and
// figures). Every change answers the refreshed movement, which replaces the cached one.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthorityLevel, DocumentPage } from '../../../../contracts/documents';
import type {
  IndicatorCreateInput,
  IndicatorUpdateInput,
  IndicatorValueCreateInput,
  IndicatorValueUpdateInput,
  MovementCreateInput,
  MovementKind,
  MovementPage,
  MovementStatus,
  MovementTree,
  MovementUpdateInput,
  MovementView,
  StatusStepInput,
} from '../../../../contracts/movements';
import { api } from '../../../lib/api';

export interface MovementTreeParams {
  q?: string;
  kind?: MovementKind;
  status?: MovementStatus;
  level?: AuthorityLevel;
  year?: number;
}

/** GET /api/movements/tree */
export function movementTreeQuery(params: MovementTreeParams) {
  return queryOptions({
    queryKey: ['movements', 'tree', params],
    queryFn: ({ signal }) =>
      api<MovementTree>('/api/movements/tree', {
        query: { ...params, q: params.q?.trim() || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/movements/:id */
export function movementQuery(id: string) {
  return queryOptions({
    queryKey: ['movements', 'one', id],
    queryFn: ({ signal }) => api<MovementView>(`/api/movements/${id}`, { signal }),
  });
}

/** Movements search for the parent picker (diacritics optional). */
export function movementSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['movements', 'search', q],
    queryFn: ({ signal }) =>
      api<MovementPage>('/api/movements', { query: { q: q.trim() || undefined, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Documents search for linking documents to a movement (diacritics optional). */
export function documentSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['movements', 'document-search', q],
    queryFn: ({ signal }) =>
      api<DocumentPage>('/api/documents', { query: { q: q.trim() || undefined, pageSize: 20 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Caches the refreshed movement and marks the tree and the other pages stale. */
function useMovementSaved() {
  const client = useQueryClient();
  return (movement: MovementView) => {
    client.setQueryData(movementQuery(movement.id).queryKey, movement);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['movements', 'tree'] }),
      client.invalidateQueries({ queryKey: ['movements', 'search'] }),
      client.invalidateQueries({
        queryKey: ['movements', 'one'],
        predicate: (q) => q.queryKey[2] !== movement.id,
      }),
      client.invalidateQueries({ queryKey: ['documents'] }),
    ]);
  };
}

function useMovementMutation<T>(request: (body: T) => Promise<MovementView>) {
  const saved = useMovementSaved();
  return useMutation({ mutationFn: request, onSuccess: saved });
}

/** POST /api/movements */
export const useCreateMovement = () =>
  useMovementMutation((body: MovementCreateInput) =>
    api<MovementView>('/api/movements', { method: 'POST', body }),
  );

/** PATCH /api/movements/:id */
export const useUpdateMovement = (id: string) =>
  useMovementMutation((body: MovementUpdateInput) =>
    api<MovementView>(`/api/movements/${id}`, { method: 'PATCH', body }),
  );

/** DELETE /api/movements/:id */
export function useDeleteMovement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/movements/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['movements'] }),
  });
}

/** POST /api/movements/:id/status */
export const useStatusStep = (id: string) =>
  useMovementMutation((body: StatusStepInput) =>
    api<MovementView>(`/api/movements/${id}/status`, { method: 'POST', body }),
  );

/** POST /api/movements/:id/indicators */
export const useAddIndicator = (id: string) =>
  useMovementMutation((body: IndicatorCreateInput) =>
    api<MovementView>(`/api/movements/${id}/indicators`, { method: 'POST', body }),
  );

/** PATCH /api/movements/:id/indicators/:indicatorId */
export const useUpdateIndicator = (id: string) =>
  useMovementMutation(({ indicatorId, ...body }: IndicatorUpdateInput & { indicatorId: string }) =>
    api<MovementView>(`/api/movements/${id}/indicators/${indicatorId}`, { method: 'PATCH', body }),
  );

/** DELETE /api/movements/:id/indicators/:indicatorId */
export const useDeleteIndicator = (id: string) =>
  useMovementMutation((indicatorId: string) =>
    api<MovementView>(`/api/movements/${id}/indicators/${indicatorId}`, { method: 'DELETE' }),
  );

/** POST /api/movements/:id/indicators/:indicatorId/values */
export const useRecordValue = (id: string) =>
  useMovementMutation(({ indicatorId, ...body }: IndicatorValueCreateInput & { indicatorId: string }) =>
    api<MovementView>(`/api/movements/${id}/indicators/${indicatorId}/values`, { method: 'POST', body }),
  );

/** PATCH /api/movements/:id/indicator-values/:valueId */
export const useUpdateValue = (id: string) =>
  useMovementMutation(({ valueId, ...body }: IndicatorValueUpdateInput & { valueId: string }) =>
    api<MovementView>(`/api/movements/${id}/indicator-values/${valueId}`, { method: 'PATCH', body }),
  );

/** DELETE /api/movements/:id/indicator-values/:valueId */
export const useDeleteValue = (id: string) =>
  useMovementMutation((valueId: string) =>
    api<MovementView>(`/api/movements/${id}/indicator-values/${valueId}`, { method: 'DELETE' }),
  );
