// Decisions API: registers, the list, one decision, drafts from candidates, issue, revocation, higher
// authorities' decisions and pending proposals. A change answers the refreshed decision, which replaces the cache.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CandidateView,
  DecisionPage,
  DecisionView,
  DraftCreateInput,
  DraftUpdateInput,
  ExternalCreateInput,
  PendingProposalView,
  RegisterCreateInput,
  RegisterDefaults,
  RegisterList,
  RegisterView,
  RevocationCreateInput,
} from '../../../../contracts/decisions';
import type { RegisterUpdateBody } from '../../../../contracts/decisions';
import type { PeoplePage } from '../../../../contracts/people';
import { api } from '../../../lib/api';

export interface DecisionListParams {
  q?: string;
  status?: 'draft' | 'issued' | 'revoked';
  kind?: 'award' | 'revocation';
  origin?: 'internal' | 'external';
  year?: number;
  page: number;
  pageSize: number;
}

/** GET /api/decisions */
export function decisionsQuery(params: DecisionListParams) {
  return queryOptions({
    queryKey: ['decisions', 'list', params],
    queryFn: ({ signal }) =>
      api<DecisionPage>('/api/decisions', {
        query: { ...params, q: params.q?.trim() || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/decisions/:id */
export function decisionQuery(id: string) {
  return queryOptions({
    queryKey: ['decisions', 'one', id],
    queryFn: ({ signal }) => api<DecisionView>(`/api/decisions/${id}`, { signal }),
  });
}

/** GET /api/decisions/pending-proposals */
export const pendingProposalsQuery = queryOptions({
  queryKey: ['decisions', 'pending'],
  queryFn: ({ signal }) =>
    api<{ items: PendingProposalView[] }>('/api/decisions/pending-proposals', { signal }),
});

/** GET /api/decision-registers */
export const registersQuery = queryOptions({
  queryKey: ['decisions', 'registers'],
  queryFn: ({ signal }) => api<RegisterList>('/api/decision-registers', { signal }),
});

/** GET /api/decision-registers/:id/candidates */
export function candidatesQuery(registerId: string | undefined) {
  return queryOptions({
    queryKey: ['decisions', 'candidates', registerId],
    queryFn: ({ signal }) =>
      api<{ items: CandidateView[] }>(`/api/decision-registers/${registerId}/candidates`, { signal }),
    enabled: !!registerId,
  });
}

/** GET /api/decision-registers/defaults */
export function registerDefaults(authorityUnitId: string, authorityCode: string) {
  return api<RegisterDefaults>('/api/decision-registers/defaults', {
    query: { authorityUnitId, authorityCode },
  });
}

/** People search for the external decision's awardees (diacritics optional). */
export function personSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['decisions', 'person-search', q],
    queryFn: ({ signal }) => api<PeoplePage>('/api/people', { query: { q: q.trim(), pageSize: 20 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** The .docx address (a plain link: the browser sends the session cookie). */
export const documentUrl = (id: string) => `/api/decisions/${id}/document.docx`;

function useDecisionSaved() {
  const client = useQueryClient();
  return (view: DecisionView) => {
    client.setQueryData(decisionQuery(view.id).queryKey, view);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['decisions', 'list'] }),
      client.invalidateQueries({ queryKey: ['decisions', 'candidates'] }),
      client.invalidateQueries({ queryKey: ['decisions', 'pending'] }),
      client.invalidateQueries({ queryKey: ['decisions', 'registers'] }),
      client.invalidateQueries({ queryKey: ['decisions', 'of-dossier'] }),
      // Issuing or revoking moves dossiers to 'decided' and writes the award history.
      client.invalidateQueries({ queryKey: ['dossiers'] }),
      client.invalidateQueries({ queryKey: ['inbox'] }),
    ]);
  };
}

/** POST /api/decisions */
export function useCreateDraft() {
  const saved = useDecisionSaved();
  return useMutation({
    mutationFn: (body: DraftCreateInput) => api<DecisionView>('/api/decisions', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/decisions/:id */
export function useUpdateDraft(id: string) {
  const saved = useDecisionSaved();
  return useMutation({
    mutationFn: (body: DraftUpdateInput) =>
      api<DecisionView>(`/api/decisions/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/decisions/:id */
export function useDeleteDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/decisions/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['decisions'] }),
  });
}

/** POST /api/decisions/:id/issue */
export function useIssue(id: string) {
  const saved = useDecisionSaved();
  return useMutation({
    mutationFn: (version: number) =>
      api<DecisionView>(`/api/decisions/${id}/issue`, { method: 'POST', body: { version } }),
    onSuccess: saved,
  });
}

/** POST /api/decisions/:id/revocations */
export function useRevoke(id: string) {
  const saved = useDecisionSaved();
  return useMutation({
    mutationFn: (body: RevocationCreateInput) =>
      api<DecisionView>(`/api/decisions/${id}/revocations`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** POST /api/decisions/external */
export function useRecordExternal() {
  const saved = useDecisionSaved();
  return useMutation({
    mutationFn: (body: ExternalCreateInput) =>
      api<DecisionView>('/api/decisions/external', { method: 'POST', body }),
    onSuccess: saved,
  });
}

function useRegisterSaved() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['decisions', 'registers'] });
}

/** POST /api/decision-registers */
export function useCreateRegister() {
  const saved = useRegisterSaved();
  return useMutation({
    mutationFn: (body: RegisterCreateInput) =>
      api<RegisterView>('/api/decision-registers', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/decision-registers/:id */
export function useUpdateRegister(id: string) {
  const saved = useRegisterSaved();
  return useMutation({
    mutationFn: (body: Partial<RegisterUpdateBody> & { version: number }) =>
      api<RegisterView>(`/api/decision-registers/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** PUT /api/decision-registers/:id/years/:year */
export function useSetRegisterYear(id: string) {
  const saved = useRegisterSaved();
  return useMutation({
    mutationFn: ({ year, nextNumber }: { year: number; nextNumber: number }) =>
      api<RegisterView>(`/api/decision-registers/${id}/years/${year}`, {
        method: 'PUT',
        body: { nextNumber },
      }),
    onSuccess: saved,
  });
}
