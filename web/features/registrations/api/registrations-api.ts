// Registrations API (đăng ký thi đua): lists, one registration, the parent's deadline and figures, and the
// changes. Every change answers the refreshed registration, which replaces the cached one.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  DeadlineInput,
  DeadlineView,
  FiguresView,
  RegistrationCreateInput,
  RegistrationDossierInput,
  RegistrationDossierResult,
  RegistrationLinesInput,
  RegistrationPage,
  RegistrationView,
} from '../../../../contracts/registrations';
import type { PeoplePage } from '../../../../contracts/people';
import { api } from '../../../lib/api';

export interface RegistrationListParams {
  year?: number;
  unitId?: string;
  parentUnitId?: string;
  page: number;
  pageSize: number;
}

/** GET /api/registrations */
export function registrationsQuery(params: RegistrationListParams) {
  return queryOptions({
    queryKey: ['registrations', 'list', params],
    queryFn: ({ signal }) => api<RegistrationPage>('/api/registrations', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/registrations/:id */
export function registrationQuery(id: string) {
  return queryOptions({
    queryKey: ['registrations', 'one', id],
    queryFn: ({ signal }) => api<RegistrationView>(`/api/registrations/${id}`, { signal }),
  });
}

/** GET /api/registration-figures */
export function figuresQuery(parentUnitId: string | null, year: number) {
  return queryOptions({
    queryKey: ['registrations', 'figures', parentUnitId, year],
    queryFn: ({ signal }) =>
      api<FiguresView>('/api/registration-figures', { query: { parentUnitId, year }, signal }),
    enabled: !!parentUnitId,
  });
}

/** GET /api/registration-deadlines */
export function deadlineQuery(parentUnitId: string | null, year: number) {
  return queryOptions({
    queryKey: ['registrations', 'deadline', parentUnitId, year],
    queryFn: ({ signal }) =>
      api<DeadlineView>('/api/registration-deadlines', { query: { parentUnitId, year }, signal }),
    enabled: !!parentUnitId,
  });
}

/** People working in a unit or its subunits, by name (for the lines editor). */
export function subjectPeopleQuery(unitId: string, q: string) {
  return queryOptions({
    queryKey: ['registrations', 'people', unitId, q],
    queryFn: ({ signal }) =>
      api<PeoplePage>('/api/people', {
        query: { unitId, includeSubunits: true, q: q.trim() || undefined, pageSize: 50 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

function useSaved() {
  const client = useQueryClient();
  return (view: RegistrationView) => {
    client.setQueryData(registrationQuery(view.id).queryKey, view);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['registrations', 'list'] }),
      client.invalidateQueries({ queryKey: ['registrations', 'figures'] }),
    ]);
  };
}

/** POST /api/registrations */
export function useCreateRegistration() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: RegistrationCreateInput) =>
      api<RegistrationView>('/api/registrations', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/registrations/:id */
export function useUpdateRegistration(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { version: number; note: string | null }) =>
      api<RegistrationView>(`/api/registrations/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** PUT /api/registrations/:id/lines */
export function useReplaceLines(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: RegistrationLinesInput) =>
      api<RegistrationView>(`/api/registrations/${id}/lines`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

export type RegistrationMove = 'submit' | 'accept' | 'return';

/** POST /api/registrations/:id/{submit|accept|return} */
export function useRegistrationMove(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ move, body }: { move: RegistrationMove; body: Record<string, unknown> }) =>
      api<RegistrationView>(`/api/registrations/${id}/${move}`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PUT /api/registration-deadlines */
export function useSetDeadline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DeadlineInput) =>
      api<DeadlineView>('/api/registration-deadlines', { method: 'PUT', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['registrations'] }),
  });
}

/** POST /api/registrations/:id/dossier */
export function useRegistrationDossier(id: string) {
  return useMutation({
    mutationFn: (body: RegistrationDossierInput) =>
      api<RegistrationDossierResult>(`/api/registrations/${id}/dossier`, { method: 'POST', body }),
  });
}
