// Eligibility API: explained verdicts for a subject on record or an inline (what-if) history, suggestions of
// who in a unit's subtree meets the criteria, and the reward-money calculator.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type {
  AwardKindCode,
  EligibilityRequest,
  LegalBasis,
  SubjectKind,
  Verdict,
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
    queryFn: ({ signal }) => api<Verdict>('/api/eligibility/evaluate', { method: 'POST', body, signal }),
    staleTime: 60_000,
  });
}

/** POST /api/eligibility/evaluate with an inline history (what-if). */
export function useEvaluateInline() {
  return useMutation({
    mutationFn: (body: InlineEvaluateBody) =>
      api<Verdict>('/api/eligibility/evaluate', { method: 'POST', body }),
  });
}

export interface SuggestionParams {
  unitId: string;
  year: number;
  awardKind: AwardKindCode;
}

export interface Suggestion {
  subjectId: string;
  subjectKind: SubjectKind;
  name: string;
  unitName?: string | null;
  verdict: Verdict;
}

export interface SuggestionList {
  items: Suggestion[];
  /** How many subjects of the subtree were evaluated. */
  evaluated?: number;
}

/** GET /api/eligibility/suggestions?unitId=&year=&awardKind= */
export function suggestionsQuery(params: SuggestionParams) {
  return queryOptions({
    queryKey: ['eligibility', 'suggestions', params],
    queryFn: ({ signal }) =>
      api<SuggestionList>('/api/eligibility/suggestions', { query: { ...params }, signal }),
  });
}

export interface MoneyParams {
  awardKind: AwardKindCode;
  subjectKind: SubjectKind;
  decisionDate: string;
}

export interface MoneyAnswer {
  amount: number;
  basePay: number;
  coefficient: number;
  words: string;
  basis: LegalBasis | LegalBasis[];
}

/** GET /api/money?awardKind=&subjectKind=&decisionDate= */
export function moneyQuery(params: MoneyParams) {
  return queryOptions({
    queryKey: ['eligibility', 'money', params],
    queryFn: ({ signal }) => api<MoneyAnswer>('/api/money', { query: { ...params }, signal }),
    staleTime: 10 * 60_000,
  });
}
