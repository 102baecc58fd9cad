// Units API: the detail query and the mutations (create, correct, close, delete, lineage events).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CloseUnitBody,
  CreateUnitBody,
  RecordedUnitEvent,
  UnitDetail,
  UnitEventBody,
  UnitPage,
  UnitView,
  UpdateUnitBody,
} from '../../../../contracts/units';
import type { z } from '../../../../contracts/zod';
import { api } from '../../../lib/api';

export { unitTreeQuery } from '../../../lib/unit-tree';

/** GET /api/units/:id — a unit with its breadcrumb, lineage events and abilities. */
export function unitDetailQuery(id: string) {
  return queryOptions({
    queryKey: ['units', 'detail', id],
    queryFn: ({ signal }) => api<UnitDetail>(`/api/units/${id}`, { signal }),
  });
}

/** Every units query (tree, details) is stale after a change. */
function useInvalidateUnits() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['units'] });
}

/** POST /api/units */
export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (body: CreateUnitBody) => api<UnitView>('/api/units', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export type UpdateUnitValues = z.input<typeof UpdateUnitBody>;

/** PATCH /api/units/:id (corrections, with the version read). */
export function useUpdateUnit(id: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (body: UpdateUnitValues) => api<UnitView>(`/api/units/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export type CloseUnitValues = z.input<typeof CloseUnitBody>;

/** POST /api/units/:id/close — the unit stops on validTo; it is never deleted once referenced. */
export function useCloseUnit(id: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (body: CloseUnitValues) => api<UnitView>(`/api/units/${id}/close`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** DELETE /api/units/:id — only for a unit nothing refers to (a mistake just entered). */
export function useDeleteUnit(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>(`/api/units/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      client.removeQueries({ queryKey: ['units', 'detail', id] });
      return client.invalidateQueries({ queryKey: ['units', 'tree'] });
    },
  });
}

/** POST /api/unit-events — merge, split, rename or move, effective on a date. */
export function useRecordUnitEvent() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (body: UnitEventBody) => api<RecordedUnitEvent>('/api/unit-events', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** GET /api/units?parentId= — the open children of a unit (for assigning them in a split). */
export function openChildrenQuery(parentId: string) {
  return queryOptions({
    queryKey: ['units', 'children', parentId],
    queryFn: ({ signal }) => api<UnitPage>('/api/units', { query: { parentId, pageSize: 200 }, signal }),
  });
}
