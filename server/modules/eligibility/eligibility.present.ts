// Verdicts → views: the engine's verdict as the API shows it, and the short reasons of a suggestion.
import type { SuggestionItem, VerdictView } from '../../../contracts/eligibility';
import type { EligibilityVerdict } from '../../../domain/eligibility';
import type { Candidate } from './eligibility.queries';

/** The verdict as the contract shows it (the serializer drops anything the contract does not list). */
export function presentVerdict(verdict: EligibilityVerdict): VerdictView {
  return verdict as unknown as VerdictView;
}

/**
 * Vietnamese reasons: for an eligible subject, the records that proved each criterion; for one that needs review,
 * what is missing or needs a person's judgement.
 */
export function reasonsOf(verdict: EligibilityVerdict): string[] {
  // The engine's own rows (subject kind, award type) and the general conduct conditions say nothing specific.
  const rows = verdict.criteria.filter((c) => !c.presumed && !c.group && !c.id.startsWith('general.'));
  if (verdict.verdict === 'eligible') {
    return rows
      .filter((c) => c.status === 'pass' && c.evidence.length > 0)
      .map((c) => `${c.text}: ${c.evidence.map((e) => e.text).join('; ')}`);
  }
  return verdict.criteria
    .filter((c) => c.status === 'unknown' && !c.group)
    .map((c) => `${c.text} — ${c.judgement ? 'cần người xét đánh giá' : 'chưa có dữ liệu'}`);
}

/** One line of the suggestions. */
export function presentSuggestion(
  subjectKind: 'individual' | 'collective',
  candidate: Candidate,
  verdict: EligibilityVerdict,
): SuggestionItem {
  return {
    subjectKind,
    subjectId: candidate.id,
    name: candidate.name,
    unitName: candidate.unitName,
    verdict: presentVerdict(verdict),
    reasons: reasonsOf(verdict),
  };
}
