// Catalog API: the effective catalog of a date and a unit (with the source of each value) and the local
// overlays (a province's quy chế) with their changes. A changed overlay makes catalogs and verdicts stale.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CatalogView, OverlayCreateBody, OverlayPage, OverlayView } from '../../../../contracts/catalog';
import type { z } from '../../../../contracts/zod';
import type { OverlayUpdateBody } from '../../../../contracts/catalog';
import { api } from '../../../lib/api';

/** GET /api/catalog?date=&unitId= */
export function catalogQuery(date: string, unitId: string | null) {
  return queryOptions({
    queryKey: ['catalog', 'effective', date, unitId],
    queryFn: ({ signal }) =>
      api<CatalogView>('/api/catalog', { query: { date, unitId: unitId ?? undefined }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/overlays?unitId=&page=&pageSize= */
export function overlaysQuery(params: { unitId: string | null; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['catalog', 'overlays', params],
    queryFn: ({ signal }) =>
      api<OverlayPage>('/api/overlays', {
        query: { unitId: params.unitId ?? undefined, page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

function useOverlaysChanged() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['catalog'] }),
      client.invalidateQueries({ queryKey: ['eligibility'] }),
    ]);
}

export type OverlayCreateValues = z.input<typeof OverlayCreateBody>;
export type OverlayUpdateValues = z.input<typeof OverlayUpdateBody>;

/** POST /api/overlays */
export function useCreateOverlay() {
  const changed = useOverlaysChanged();
  return useMutation({
    mutationFn: (body: OverlayCreateValues) => api<OverlayView>('/api/overlays', { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** PATCH /api/overlays/:id (with the version read) */
export function useUpdateOverlay(id: string) {
  const changed = useOverlaysChanged();
  return useMutation({
    mutationFn: (body: OverlayUpdateValues) =>
      api<OverlayView>(`/api/overlays/${id}`, { method: 'PATCH', body }),
    onSuccess: changed,
  });
}

/** DELETE /api/overlays/:id — a regulation entered by mistake. */
export function useDeleteOverlay() {
  const changed = useOverlaysChanged();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/overlays/${id}`, { method: 'DELETE' }),
    onSuccess: changed,
  });
}
