// The reward money of a recorded award when the decision does not state it: coefficient × base pay in force
// on the decision date, rounded up to 10,000 VND (domain/money.ts).
import { RegimeError } from '../../../domain/catalog';
import { MoneyError, rewardAmount } from '../../../domain/money';
import type { AwardKindCode, SubjectKind } from '../../../domain/regimes/types';

/**
 * The amount in VND for an award decided on the date, or null when it cannot be told: no decision date, a date
 * or kind the catalog does not cover, no money for this subject, or a cap the issuer decides under (KNC).
 */
export function awardAmount(
  kind: AwardKindCode,
  subjectKind: SubjectKind,
  decisionDate: string | null,
): number | null {
  if (!decisionDate) return null;
  try {
    const reward = rewardAmount({ awardKind: kind, subjectKind, decisionDate });
    return reward.coefficient > 0 && !reward.isCap ? reward.amount : null;
  } catch (error) {
    if (error instanceof RegimeError || error instanceof MoneyError) return null;
    throw error;
  }
}
