// The reward money of a recorded award when the decision does not state it: coefficient × base pay in force
// on the decision date (domain/money.ts).
import type { AwardKindCode, SubjectKind } from '../../../domain/regimes/types';

/** The amount in VND for an award decided on the date, or null when unknown (no date, no money rule). */
export function awardAmount(
  _kind: AwardKindCode,
  _subjectKind: SubjectKind,
  decisionDate: string | null,
): number | null {
  if (!decisionDate) return null;
  return null;
}
