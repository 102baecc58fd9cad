// Disclosures API: the lists of nominees published for public comment (list, one with its comments, candidates,
// create, correct, publish, close with the outcome, handle comments), the authority's settings, and the public
// side (published lists and the comment form, no sign-in).
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CloseDisclosureInput,
  DisclosureCandidates,
  DisclosureCreateInput,
  DisclosurePage,
  DisclosureUpdateInput,
  DisclosureView,
  PublicCommentInput,
  PublicCommentReceipt,
  PublicDisclosurePage,
  PublicDisclosureView,
  PublishInput,
  SettingsInput,
  SettingsView,
} from '../../../../contracts/disclosures';
import { api } from '../../../lib/api';

export interface DisclosureListParams {
  status?: 'draft' | 'open' | 'closed';
  q?: string;
  page: number;
  pageSize: number;
}

/** GET /api/disclosures */
export function disclosuresQuery(params: DisclosureListParams) {
  return queryOptions({
    queryKey: ['disclosures', 'list', params],
    queryFn: ({ signal }) =>
      api<DisclosurePage>('/api/disclosures', {
        query: {
          status: params.status,
          q: params.q?.trim() || undefined,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/disclosures/:id */
export function disclosureQuery(id: string) {
  return queryOptions({
    queryKey: ['disclosures', 'one', id],
    queryFn: ({ signal }) => api<DisclosureView>(`/api/disclosures/${id}`, { signal }),
  });
}

/** GET /api/disclosures/candidates */
export function candidatesQuery(enabled: boolean) {
  return queryOptions({
    queryKey: ['disclosures', 'candidates'],
    queryFn: ({ signal }) => api<DisclosureCandidates>('/api/disclosures/candidates', { signal }),
    enabled,
  });
}

/** GET /api/disclosure-settings?authorityUnitId= */
export function settingsQuery(unitId: string | null) {
  return queryOptions({
    queryKey: ['disclosures', 'settings', unitId],
    queryFn: ({ signal }) =>
      api<SettingsView>('/api/disclosure-settings', { query: { authorityUnitId: unitId }, signal }),
    enabled: Boolean(unitId),
  });
}

function useSaved() {
  const client = useQueryClient();
  return (view: DisclosureView) => {
    client.setQueryData(disclosureQuery(view.id).queryKey, view);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['disclosures', 'list'] }),
      client.invalidateQueries({ queryKey: ['disclosures', 'candidates'] }),
      client.invalidateQueries({ queryKey: ['inbox'] }),
    ]);
  };
}

/** POST /api/disclosures */
export function useCreateDisclosure() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: DisclosureCreateInput) =>
      api<DisclosureView>('/api/disclosures', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/disclosures/:id */
export function useUpdateDisclosure(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: DisclosureUpdateInput) =>
      api<DisclosureView>(`/api/disclosures/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/disclosures/:id */
export function useDeleteDisclosure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/disclosures/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['disclosures'] }),
  });
}

/** POST /api/disclosures/:id/publish */
export function usePublish(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: PublishInput) =>
      api<DisclosureView>(`/api/disclosures/${id}/publish`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** POST /api/disclosures/:id/close */
export function useCloseDisclosure(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: CloseDisclosureInput) =>
      api<DisclosureView>(`/api/disclosures/${id}/close`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** POST /api/disclosure-comments/:id/handle */
export function useHandleComment() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, version, note }: { id: string; version: number; note: string }) =>
      api<DisclosureView>(`/api/disclosure-comments/${id}/handle`, {
        method: 'POST',
        body: { version, note },
      }),
    onSuccess: saved,
  });
}

/** PUT /api/disclosure-settings */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsInput) =>
      api<SettingsView>('/api/disclosure-settings', { method: 'PUT', body }),
    onSuccess: (view) => client.setQueryData(settingsQuery(view.authority.id).queryKey, view),
  });
}

// ---- Public (no sign-in) ----

/** GET /api/public/disclosures */
export function publicListQuery(page: number) {
  return queryOptions({
    queryKey: ['public-disclosures', 'list', page],
    queryFn: ({ signal }) =>
      api<PublicDisclosurePage>('/api/public/disclosures', { query: { page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/public/disclosures/:id */
export function publicDisclosureQuery(id: string) {
  return queryOptions({
    queryKey: ['public-disclosures', 'one', id],
    queryFn: ({ signal }) => api<PublicDisclosureView>(`/api/public/disclosures/${id}`, { signal }),
  });
}

/** POST /api/public/disclosures/:id/comments */
export function usePostComment(id: string) {
  return useMutation({
    mutationFn: (body: PublicCommentInput) =>
      api<PublicCommentReceipt>(`/api/public/disclosures/${id}/comments`, { method: 'POST', body }),
  });
}
