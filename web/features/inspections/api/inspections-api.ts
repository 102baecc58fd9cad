// Inspections API: plans (list, one plan with its team, targets, recommendations and follow-up) and their
// changes. Every change to a plan answers the refreshed plan, which replaces the cached one.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  FollowUpInput,
  PlanCreateInput,
  PlanPage,
  PlanUpdateInput,
  PlanView,
  RecommendationCreateInput,
  RecommendationPage,
  TargetCreateInput,
  TargetUpdateInput,
  TeamInput,
} from '../../../../contracts/inspections';
import type { PeoplePage } from '../../../../contracts/people';
import { api } from '../../../lib/api';

export interface PlanListParams {
  q?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/** GET /api/inspection-plans */
export function plansQuery(params: PlanListParams) {
  return queryOptions({
    queryKey: ['inspections', 'plans', params],
    queryFn: ({ signal }) =>
      api<PlanPage>('/api/inspection-plans', {
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

/** GET /api/inspection-plans/:id */
export function planQuery(id: string) {
  return queryOptions({
    queryKey: ['inspections', 'plan', id],
    queryFn: ({ signal }) => api<PlanView>(`/api/inspection-plans/${id}`, { signal }),
  });
}

/** GET /api/inspection-recommendations (unfinished and overdue first). */
export function recommendationsQuery(params: { overdue?: boolean; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['inspections', 'recommendations', params],
    queryFn: ({ signal }) =>
      api<RecommendationPage>('/api/inspection-recommendations', {
        query: { overdue: params.overdue, page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** People search for the team picker (diacritics optional). */
export function personSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['inspections', 'person-search', q],
    queryFn: ({ signal }) => api<PeoplePage>('/api/people', { query: { q: q.trim(), pageSize: 20 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Caches the refreshed plan and marks the lists stale. */
function usePlanSaved() {
  const client = useQueryClient();
  return (plan: PlanView) => {
    client.setQueryData(planQuery(plan.id).queryKey, plan);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['inspections', 'plans'] }),
      client.invalidateQueries({ queryKey: ['inspections', 'recommendations'] }),
    ]);
  };
}

/** POST /api/inspection-plans */
export function useCreatePlan() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: PlanCreateInput) => api<PlanView>('/api/inspection-plans', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/inspection-plans/:id */
export function useUpdatePlan(id: string) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: PlanUpdateInput) =>
      api<PlanView>(`/api/inspection-plans/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/inspection-plans/:id */
export function useDeletePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/inspection-plans/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inspections'] }),
  });
}

/** PUT /api/inspection-plans/:id/team */
export function useReplaceTeam(id: string) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: TeamInput) =>
      api<PlanView>(`/api/inspection-plans/${id}/team`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** POST /api/inspection-plans/:id/targets */
export function useAddTarget(planId: string) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: TargetCreateInput) =>
      api<PlanView>(`/api/inspection-plans/${planId}/targets`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/inspection-targets/:id */
export function useUpdateTarget() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TargetUpdateInput }) =>
      api<PlanView>(`/api/inspection-targets/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/inspection-targets/:id */
export function useDeleteTarget() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (id: string) => api<PlanView>(`/api/inspection-targets/${id}`, { method: 'DELETE' }),
    onSuccess: saved,
  });
}

/** POST /api/inspection-targets/:id/recommendations */
export function useAddRecommendation() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: ({ targetId, body }: { targetId: string; body: RecommendationCreateInput }) =>
      api<PlanView>(`/api/inspection-targets/${targetId}/recommendations`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/inspection-recommendations/:id */
export function useUpdateRecommendation() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id: string;
      body: { version: number; content?: string; dueOn?: string | null };
    }) => api<PlanView>(`/api/inspection-recommendations/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/inspection-recommendations/:id */
export function useDeleteRecommendation() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (id: string) => api<PlanView>(`/api/inspection-recommendations/${id}`, { method: 'DELETE' }),
    onSuccess: saved,
  });
}

/** POST /api/inspection-recommendations/:id/follow-ups */
export function useReportFollowUp() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FollowUpInput }) =>
      api<PlanView>(`/api/inspection-recommendations/${id}/follow-ups`, { method: 'POST', body }),
    onSuccess: saved,
  });
}
