// Clusters and blocks API (cụm, khối thi đua): lists, one group, and its changes. Every change answers the
// refreshed group, which replaces the cached one.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  GroupCreateInput,
  GroupDossierResult,
  GroupPage,
  GroupScoresInput,
  GroupUpdateInput,
  GroupView,
  MembersInput,
  SelfScoresInput,
  SheetInput,
} from '../../../../contracts/clusters';
import { api } from '../../../lib/api';

export interface GroupListParams {
  q?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/** GET /api/emulation-groups */
export function groupsQuery(params: GroupListParams) {
  return queryOptions({
    queryKey: ['clusters', 'list', params],
    queryFn: ({ signal }) =>
      api<GroupPage>('/api/emulation-groups', {
        query: {
          q: params.q?.trim() || undefined,
          year: params.year,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/emulation-groups/:id */
export function groupQuery(id: string) {
  return queryOptions({
    queryKey: ['clusters', 'one', id],
    queryFn: ({ signal }) => api<GroupView>(`/api/emulation-groups/${id}`, { signal }),
  });
}

/** The address of the results workbook. */
export const resultsXlsxUrl = (id: string) => `/api/emulation-groups/${id}/results.xlsx`;
export const covenantFileUrl = (id: string) => `/api/emulation-groups/${id}/covenant-file`;
export const evidenceUrl = (id: string, unitId: string, itemId: string) =>
  `/api/emulation-groups/${id}/members/${unitId}/items/${itemId}/evidence`;

function useSaved() {
  const client = useQueryClient();
  return (view: GroupView) => {
    client.setQueryData(groupQuery(view.id).queryKey, view);
    return client.invalidateQueries({ queryKey: ['clusters', 'list'] });
  };
}

/** POST /api/emulation-groups */
export function useCreateGroup() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: GroupCreateInput) => api<GroupView>('/api/emulation-groups', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/emulation-groups/:id */
export function useUpdateGroup(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: GroupUpdateInput) =>
      api<GroupView>(`/api/emulation-groups/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/emulation-groups/:id */
export function useDeleteGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/emulation-groups/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['clusters'] }),
  });
}

/** PUT /api/emulation-groups/:id/members */
export function useReplaceMembers(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: MembersInput) =>
      api<GroupView>(`/api/emulation-groups/${id}/members`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** PUT /api/emulation-groups/:id/sheet */
export function useReplaceSheet(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: SheetInput) =>
      api<GroupView>(`/api/emulation-groups/${id}/sheet`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** PUT …/members/:unitId/self-scores or …/group-scores */
export function useScores(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({
      unitId,
      side,
      body,
    }: {
      unitId: string;
      side: 'self' | 'group';
      body: SelfScoresInput | GroupScoresInput;
    }) =>
      api<GroupView>(`/api/emulation-groups/${id}/members/${unitId}/${side}-scores`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** PUT (FormData) or DELETE of a file: the covenant or an evidence file. */
export function useGroupFile() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ url, file }: { url: string; file: File | null }) => {
      if (!file) return api<GroupView>(url, { method: 'DELETE' });
      const form = new FormData();
      form.append('file', file);
      return api<GroupView>(url, { method: 'PUT', body: form });
    },
    onSuccess: saved,
  });
}

/** POST /api/emulation-groups/:id/{finalise|reopen|next-year} */
export function useGroupAction(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({
      action,
      body,
    }: {
      action: 'finalise' | 'reopen' | 'next-year';
      body: Record<string, unknown>;
    }) => api<GroupView>(`/api/emulation-groups/${id}/${action}`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** POST /api/emulation-groups/:id/dossier */
export function useLeaderDossier(id: string) {
  return useMutation({
    mutationFn: (unitId: string) =>
      api<GroupDossierResult>(`/api/emulation-groups/${id}/dossier`, { method: 'POST', body: { unitId } }),
  });
}
