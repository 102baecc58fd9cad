// Eligibility API: explained verdicts for a subject on record or an inline (what-if) history, suggestions of
// who in a unit's subtree meets the criteria, and the reward-money calculator.
import { keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query';
import type { MoneyView } from '../../../../contracts/catalog';
import type { SuggestionsPage, VerdictView } from '../../../../contracts/eligibility';
import type { AwardView, PersonHistoryView, UnitHistoryView } from '../../../../contracts/history';
import type { PeoplePage } from '../../../../contracts/people';
import type {
  AwardKindCode,
  AwardRecord,
  EligibilityRequest,
  SubjectHistory,
  SubjectKind,
} from '../../../../domain/regimes/types';
import { api } from '../../../lib/api';
import type { InlineEvaluateBody } from '../components/what-if-values';

export interface SubjectEvaluateBody {
  subjectId: string;
  subjectKind: SubjectKind;
  request: EligibilityRequest;
  asOf: string;
}

/** POST /api/eligibility/evaluate with a subject on record (a read: cached as a query). */
export function subjectVerdictQuery(body: SubjectEvaluateBody) {
  return queryOptions({
    queryKey: ['eligibility', 'verdict', body.subjectId, body.request, body.asOf],
    queryFn: ({ signal }) => api<VerdictView>('/api/eligibility/evaluate', { method: 'POST', body, signal }),
    staleTime: 60_000,
  });
}

/** POST /api/eligibility/evaluate with an inline history (what-if) or, once, a subject on record. */
export function useEvaluateInline() {
  return useMutation({
    mutationFn: (body: InlineEvaluateBody | SubjectEvaluateBody) =>
      api<VerdictView>('/api/eligibility/evaluate', { method: 'POST', body }),
  });
}

export interface SuggestionParams {
  unitId: string;
  year: number;
  awardKind: AwardKindCode;
  page: number;
  pageSize: number;
}

/** GET /api/eligibility/suggestions?unitId=&year=&awardKind= */
export function suggestionsQuery(params: SuggestionParams) {
  return queryOptions({
    queryKey: ['eligibility', 'suggestions', params],
    queryFn: ({ signal }) =>
      api<SuggestionsPage>('/api/eligibility/suggestions', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export interface MoneyParams {
  awardKind: AwardKindCode;
  subjectKind: SubjectKind;
  decisionDate: string;
}

/** GET /api/money?awardKind=&subjectKind=&decisionDate= */
export function moneyQuery(params: MoneyParams) {
  return queryOptions({
    queryKey: ['eligibility', 'money', params],
    queryFn: ({ signal }) => api<MoneyView>('/api/money', { query: { ...params }, signal }),
    staleTime: 10 * 60_000,
  });
}

/** GET /api/people?q= — a few people to pick one for a what-if check. */
export function personSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['eligibility', 'person-search', q],
    queryFn: ({ signal }) => api<PeoplePage>('/api/people', { query: { q: q.trim(), pageSize: 20 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** A person's or a unit's history on record, in the inline shape of the evaluate request. */
export async function loadSubjectHistory(type: 'person' | 'unit', id: string): Promise<SubjectHistory> {
  if (type === 'person') {
    const h = await api<PersonHistoryView>(`/api/people/${id}/history`);
    return {
      recruitedOn: h.recruitedOn,
      pendingInvestigation: h.pendingInvestigation,
      awards: h.awards.map(toAwardRecord),
      ratings: h.ratings.map((r) => ({ year: r.year, rating: r.rating, id: r.id })),
      initiatives: h.initiatives.map((i) => ({
        id: i.id,
        title: i.title,
        level: i.level,
        recognizedOn: i.recognizedOn,
        usedByAward: i.usedByAwardId,
      })),
      disciplines: h.disciplines.map((d) => ({ kind: d.kind, from: d.fromDate, to: d.toDate, id: d.id })),
    };
  }
  const h = await api<UnitHistoryView>(`/api/units/${id}/history`);
  return {
    pendingInvestigation: false,
    awards: h.awards.map(toAwardRecord),
    ratings: h.ratings.map((r) => ({ year: r.year, rating: r.rating, id: r.id })),
    disciplines: h.disciplines.map((d) => ({ kind: d.kind, from: d.fromDate, to: d.toDate, id: d.id })),
    memberStats: h.memberStats.map((m) => ({
      year: m.year,
      members: m.members,
      ldttShare: m.ldttShare,
      completedShare: m.completedShare,
      cstdcsCount: m.cstdcsCount,
      seriousDiscipline: m.seriousDiscipline,
    })),
  };
}

function toAwardRecord(a: AwardView): AwardRecord {
  return {
    id: a.id,
    awardKind: a.awardKind,
    year: a.year,
    decisionNumber: a.decisionNumber,
    decisionDate: a.decisionDate,
    authority: a.authority,
    awardType: a.awardType,
    revoked: a.revoked,
  };
}
