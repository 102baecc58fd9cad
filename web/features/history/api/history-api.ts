// History API: a person's or a unit's awards, ratings, initiatives, disciplines, investigations and member
// figures, and the changes to them. Any change also makes the eligibility verdicts stale.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AwardCreateInput,
  AwardRevokeBody,
  AwardView,
  PersonHistoryView,
  UnitHistoryView,
} from '../../../../contracts/history';
import { api } from '../../../lib/api';

export type SubjectType = 'person' | 'unit';

export interface SubjectRef {
  type: SubjectType;
  id: string;
}

const base = (s: SubjectRef) => `/api/${s.type === 'person' ? 'people' : 'units'}/${s.id}`;

/** GET /api/people/:id/history */
export function personHistoryQuery(id: string) {
  return queryOptions({
    queryKey: ['history', 'person', id],
    queryFn: ({ signal }) => api<PersonHistoryView>(`/api/people/${id}/history`, { signal }),
  });
}

/** GET /api/units/:id/history */
export function unitHistoryQuery(id: string) {
  return queryOptions({
    queryKey: ['history', 'unit', id],
    queryFn: ({ signal }) => api<UnitHistoryView>(`/api/units/${id}/history`, { signal }),
  });
}

/** After a change: the subject's history and every verdict (they are computed from it) are stale. */
function useHistoryChanged(subject: SubjectRef) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['history', subject.type, subject.id] }),
      client.invalidateQueries({ queryKey: ['eligibility'] }),
    ]);
}

/** The record kinds other than awards, as their URL segment. */
export type RecordKind = 'ratings' | 'initiatives' | 'disciplines' | 'investigations' | 'member-stats';

/** POST …/awards */
export function useRecordAward(subject: SubjectRef) {
  const changed = useHistoryChanged(subject);
  return useMutation({
    mutationFn: (body: AwardCreateInput) =>
      api<AwardView>(`${base(subject)}/awards`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** POST …/awards/:awardId/revoke */
export function useRevokeAward(subject: SubjectRef) {
  const changed = useHistoryChanged(subject);
  return useMutation({
    mutationFn: ({ awardId, body }: { awardId: string; body: AwardRevokeBody }) =>
      api<AwardView>(`${base(subject)}/awards/${awardId}/revoke`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** POST …/<kind> — a rating, initiative, discipline, investigation or member figures. */
export function useCreateRecord(subject: SubjectRef, kind: RecordKind) {
  const changed = useHistoryChanged(subject);
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<unknown>(`${base(subject)}/${kind}`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** DELETE …/<kind>/:recordId — a record entered by mistake. */
export function useDeleteRecord(subject: SubjectRef, kind: RecordKind) {
  const changed = useHistoryChanged(subject);
  return useMutation({
    mutationFn: (recordId: string) =>
      api<unknown>(`${base(subject)}/${kind}/${recordId}`, { method: 'DELETE' }),
    onSuccess: changed,
  });
}

/** PATCH /api/people/:id {recruitedOn, version}: continuous service for the titles counts from this date. */
export function useSetRecruitedOn(personId: string) {
  const client = useQueryClient();
  const changed = useHistoryChanged({ type: 'person', id: personId });
  return useMutation({
    mutationFn: (body: { recruitedOn: string | null; version: number }) =>
      api<unknown>(`/api/people/${personId}`, { method: 'PATCH', body }),
    onSuccess: () =>
      Promise.all([changed(), client.invalidateQueries({ queryKey: ['people', 'detail', personId] })]),
  });
}
