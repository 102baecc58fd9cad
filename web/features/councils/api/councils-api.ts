// Councils API: councils (list, one on a date, create, correct, kiện toàn) and their meetings (list, one meeting
// with attendance, quorum, agenda and ballots, and every change to it). Each change to a meeting answers the
// refreshed meeting, which replaces the cached one.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AgendaInput,
  AttendanceInput,
  BallotInput,
  CouncilCreateInput,
  CouncilPage,
  CouncilUpdateInput,
  CouncilView,
  MeetingCreateInput,
  MeetingPage,
  MeetingUpdateInput,
  MeetingView,
  RecomposeInput,
} from '../../../../contracts/councils';
import type { PeoplePage } from '../../../../contracts/people';
import { api } from '../../../lib/api';

/** GET /api/councils */
export function councilsQuery(params: { q?: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['councils', 'list', params],
    queryFn: ({ signal }) =>
      api<CouncilPage>('/api/councils', {
        query: { q: params.q?.trim() || undefined, page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/councils/:id?date= (the composition on a date; today by default). */
export function councilQuery(id: string, date?: string) {
  return queryOptions({
    queryKey: ['councils', 'one', id, date ?? null],
    queryFn: ({ signal }) => api<CouncilView>(`/api/councils/${id}`, { query: { date }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/council-meetings */
export function meetingsQuery(params: {
  councilId?: string;
  status?: 'open' | 'closed';
  page: number;
  pageSize: number;
}) {
  return queryOptions({
    queryKey: ['councils', 'meetings', params],
    queryFn: ({ signal }) =>
      api<MeetingPage>('/api/council-meetings', {
        query: {
          councilId: params.councilId,
          status: params.status,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/council-meetings/:id */
export function meetingQuery(id: string) {
  return queryOptions({
    queryKey: ['councils', 'meeting', id],
    queryFn: ({ signal }) => api<MeetingView>(`/api/council-meetings/${id}`, { signal }),
  });
}

/** The minutes of a meeting (.docx), downloaded by the browser. */
export const minutesUrl = (id: string) => `/api/council-meetings/${id}/minutes.docx`;

/** People search for the member pickers (diacritics optional). */
export function personSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['councils', 'person-search', q],
    queryFn: ({ signal }) => api<PeoplePage>('/api/people', { query: { q: q.trim(), pageSize: 20 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

function useCouncilSaved() {
  const client = useQueryClient();
  return (council: CouncilView) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['councils', 'one', council.id] }),
      client.invalidateQueries({ queryKey: ['councils', 'list'] }),
    ]);
}

/** POST /api/councils */
export function useCreateCouncil() {
  const saved = useCouncilSaved();
  return useMutation({
    mutationFn: (body: CouncilCreateInput) => api<CouncilView>('/api/councils', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/councils/:id */
export function useUpdateCouncil(id: string) {
  const saved = useCouncilSaved();
  return useMutation({
    mutationFn: (body: CouncilUpdateInput) =>
      api<CouncilView>(`/api/councils/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** POST /api/councils/:id/changes (kiện toàn) */
export function useRecompose(id: string) {
  const saved = useCouncilSaved();
  return useMutation({
    mutationFn: (body: RecomposeInput) =>
      api<CouncilView>(`/api/councils/${id}/changes`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

function useMeetingSaved() {
  const client = useQueryClient();
  return (meeting: MeetingView) => {
    client.setQueryData(meetingQuery(meeting.id).queryKey, meeting);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['councils', 'meetings'] }),
      client.invalidateQueries({ queryKey: ['councils', 'list'] }),
      client.invalidateQueries({ queryKey: ['inbox'] }),
      // Agenda, ballots and closing change the dossiers' status and their nominees' outcomes.
      client.invalidateQueries({ queryKey: ['dossiers'] }),
    ]);
  };
}

/** POST /api/councils/:id/meetings */
export function useCreateMeeting(councilId: string) {
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: (body: MeetingCreateInput) =>
      api<MeetingView>(`/api/councils/${councilId}/meetings`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/council-meetings/:id */
export function useUpdateMeeting(id: string) {
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: (body: MeetingUpdateInput) =>
      api<MeetingView>(`/api/council-meetings/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/council-meetings/:id */
export function useDeleteMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/council-meetings/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['councils'] }),
  });
}

/** PUT /api/council-meetings/:id/agenda */
export function useAgenda(id: string) {
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: (body: AgendaInput) =>
      api<MeetingView>(`/api/council-meetings/${id}/agenda`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** PUT /api/council-meetings/:id/attendance */
export function useAttendance(id: string) {
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: (body: AttendanceInput) =>
      api<MeetingView>(`/api/council-meetings/${id}/attendance`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** PUT /api/council-meetings/:id/ballots/:nomineeId */
export function useBallot(id: string) {
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: ({ nomineeId, body }: { nomineeId: string; body: BallotInput }) =>
      api<MeetingView>(`/api/council-meetings/${id}/ballots/${nomineeId}`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/council-meetings/:id/ballots/:nomineeId?version= */
export function useDeleteBallot(id: string) {
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: ({ nomineeId, version }: { nomineeId: string; version: number }) =>
      api<MeetingView>(`/api/council-meetings/${id}/ballots/${nomineeId}`, {
        method: 'DELETE',
        query: { version },
      }),
    onSuccess: saved,
  });
}

/** POST /api/council-meetings/:id/close */
export function useCloseMeeting(id: string) {
  const saved = useMeetingSaved();
  return useMutation({
    mutationFn: (version: number) =>
      api<MeetingView>(`/api/council-meetings/${id}/close`, { method: 'POST', body: { version } }),
    onSuccess: saved,
  });
}
