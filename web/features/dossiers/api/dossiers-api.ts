// Dossiers API: the list, one dossier, and every change to it. Each change answers the refreshed dossier,
// which replaces the cached one; lists and the inbox are marked stale.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AppraisalInput,
  DossierCreateInput,
  DossierPage,
  DossierStatus,
  DossierUpdateInput,
  DossierView,
  NomineeInput,
  NomineeUpdateInput,
  TransitionInput,
} from '../../../../contracts/dossiers';
import type { PeoplePage } from '../../../../contracts/people';
import { api } from '../../../lib/api';

export interface DossierListParams {
  q?: string;
  status?: DossierStatus;
  year?: number;
  unitId?: string;
  overdue?: boolean;
  side?: 'proposer' | 'authority';
  page: number;
  pageSize: number;
}

/** GET /api/dossiers */
export function dossiersQuery(params: DossierListParams) {
  return queryOptions({
    queryKey: ['dossiers', 'list', params],
    queryFn: ({ signal }) =>
      api<DossierPage>('/api/dossiers', {
        query: {
          q: params.q?.trim() || undefined,
          status: params.status,
          year: params.year,
          unitId: params.unitId,
          overdue: params.overdue === undefined ? undefined : String(params.overdue),
          side: params.side,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/dossiers/:id */
export function dossierQuery(id: string) {
  return queryOptions({
    queryKey: ['dossiers', 'one', id],
    queryFn: ({ signal }) => api<DossierView>(`/api/dossiers/${id}`, { signal }),
  });
}

/** People search for the nominee picker (diacritics optional). */
export function personSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['dossiers', 'person-search', q],
    queryFn: ({ signal }) => api<PeoplePage>('/api/people', { query: { q: q.trim(), pageSize: 20 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

export const fileUrl = (dossierId: string, fileId: string) => `/api/dossiers/${dossierId}/files/${fileId}`;
export const templateUrl = (dossierId: string) => `/api/dossiers/${dossierId}/nominees/template.xlsx`;
export const toTrinhUrl = (dossierId: string) => `/api/dossiers/${dossierId}/to-trinh.docx`;

/** Caches the refreshed dossier and marks lists and the inbox stale. */
function useSaved() {
  const client = useQueryClient();
  return (view: DossierView) => {
    client.setQueryData(dossierQuery(view.id).queryKey, view);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['dossiers', 'list'] }),
      client.invalidateQueries({ queryKey: ['inbox'] }),
    ]);
  };
}

export function useCreateDossier() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: DossierCreateInput) => api<DossierView>('/api/dossiers', { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useUpdateDossier(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: DossierUpdateInput) =>
      api<DossierView>(`/api/dossiers/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

export function useDeleteDossier(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>(`/api/dossiers/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      client.removeQueries({ queryKey: dossierQuery(id).queryKey });
      return client.invalidateQueries({ queryKey: ['dossiers', 'list'] });
    },
  });
}

export function useTransition(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: TransitionInput) =>
      api<DossierView>(`/api/dossiers/${id}/transitions`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useAddNominee(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: NomineeInput) =>
      api<DossierView>(`/api/dossiers/${id}/nominees`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useUpdateNominee(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ nomineeId, body }: { nomineeId: string; body: NomineeUpdateInput }) =>
      api<DossierView>(`/api/dossiers/${id}/nominees/${nomineeId}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

export function useRemoveNominee(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (nomineeId: string) =>
      api<DossierView>(`/api/dossiers/${id}/nominees/${nomineeId}`, { method: 'DELETE' }),
    onSuccess: saved,
  });
}

export function useAppraise(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ nomineeId, body }: { nomineeId: string; body: AppraisalInput }) =>
      api<DossierView>(`/api/dossiers/${id}/nominees/${nomineeId}/appraisal`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

const formOf = (file: File, fields: Record<string, string | null | undefined> = {}) => {
  const form = new FormData();
  // Text fields go before the file: the server reads them with the file part.
  for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
  form.append('file', file, file.name);
  return form;
};

export function useUploadReport(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ nomineeId, file }: { nomineeId: string; file: File }) =>
      api<DossierView>(`/api/dossiers/${id}/nominees/${nomineeId}/report`, {
        method: 'PUT',
        body: formOf(file),
      }),
    onSuccess: saved,
  });
}

export function useAddAttachment(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ file, kind, note }: { file: File; kind: string; note?: string | null }) =>
      api<DossierView>(`/api/dossiers/${id}/attachments`, {
        method: 'POST',
        body: formOf(file, { kind, note }),
      }),
    onSuccess: saved,
  });
}

export function useDeleteAttachment(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      api<DossierView>(`/api/dossiers/${id}/attachments/${attachmentId}`, { method: 'DELETE' }),
    onSuccess: saved,
  });
}

export function useImportNominees(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (file: File) =>
      api<{ imported: number; dossier: DossierView }>(`/api/dossiers/${id}/nominees/import`, {
        method: 'POST',
        body: formOf(file),
      }),
    onSuccess: (result) => saved(result.dossier),
  });
}
