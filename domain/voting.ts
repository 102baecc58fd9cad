// Council ballots (bỏ phiếu của Hội đồng Thi đua - Khen thưởng) and meeting quorum. The denominator of a
// ballot is ALL members of the council, not those present (N98 Điều 30 khoản 7; N91 Điều 45 khoản 8);
// absent members vote in writing. All comparisons use integer arithmetic on exact fractions (2/3 included).

import { at, BN86, N152, N98 } from './regimes/sources';
import type { LegalBasis, RegimeId } from './regimes/types';

export class VoteError extends Error {
  override readonly name = 'VoteError';
}

export interface BallotCounts {
  agree: number;
  disagree: number;
  abstain: number;
  /** All members of the council, present or not. */
  membersTotal: number;
  present?: number;
}

/** A threshold as a share of all members; `strict` for "more than" (quá bán). */
export type ThresholdRule = number | { threshold: number | null; strict?: boolean };

export interface BallotOutcome {
  passed: boolean;
  /** agree / membersTotal. */
  share: number;
  threshold: number;
  denominator: number;
  /** Vietnamese summary. */
  text: string;
}

/** An exact fraction num/den for a share (0.8 → 4/5, 2/3 → 2/3, 0.9 → 9/10). */
export function toFraction(share: number): [number, number] {
  if (!Number.isFinite(share) || share < 0 || share > 1) throw new VoteError('Tỷ lệ phiếu phải từ 0 đến 1.');
  for (let den = 1; den <= 10_000; den++) {
    const num = Math.round(share * den);
    if (Math.abs(share * den - num) < 1e-9 * den) return [num, den];
  }
  throw new VoteError('Tỷ lệ phiếu không biểu diễn được thành phân số.');
}

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "80%", "2/3", "66,7%". */
export function thresholdText(share: number): string {
  const [num, den] = toFraction(share);
  if (den === 3 || den === 6 || den === 7 || den === 9) return `${num}/${den}`;
  return `${nf.format(share * 100)}%`;
}

function checkCount(value: number, label: string): void {
  if (!Number.isInteger(value) || value < 0) throw new VoteError(`${label} phải là số nguyên không âm.`);
}

function checkCounts(c: BallotCounts): void {
  checkCount(c.agree, 'Số phiếu đồng ý');
  checkCount(c.disagree, 'Số phiếu không đồng ý');
  checkCount(c.abstain, 'Số phiếu không biểu quyết');
  checkCount(c.membersTotal, 'Tổng số thành viên Hội đồng');
  if (c.membersTotal === 0) throw new VoteError('Tổng số thành viên Hội đồng phải lớn hơn 0.');
  if (c.present !== undefined) {
    checkCount(c.present, 'Số thành viên có mặt');
    if (c.present > c.membersTotal) {
      throw new VoteError(
        `Số thành viên có mặt (${c.present}) lớn hơn tổng số thành viên Hội đồng (${c.membersTotal}).`,
      );
    }
  }
  const cast = c.agree + c.disagree + c.abstain;
  if (cast > c.membersTotal) {
    throw new VoteError(
      `Tổng số phiếu (${cast}) lớn hơn tổng số thành viên Hội đồng (${c.membersTotal}): số liệu không thống nhất.`,
    );
  }
}

function resolveThreshold(rule: ThresholdRule): { threshold: number; strict: boolean } {
  if (typeof rule === 'number') return { threshold: rule, strict: false };
  if (rule.threshold === null) {
    throw new VoteError('Chưa có tỷ lệ phiếu cho danh hiệu này: cần quy chế của cơ quan, đơn vị quy định.');
  }
  return { threshold: rule.threshold, strict: rule.strict === true };
}

/** True when part/whole reaches the fraction num/den (≥, or > when strict), exactly. */
export function reaches(part: number, whole: number, share: number, strict = false): boolean {
  const [num, den] = toFraction(share);
  return strict ? part * den > num * whole : part * den >= num * whole;
}

/** The outcome of a council ballot against a threshold of all members. */
export function ballotOutcome(counts: BallotCounts, rule: ThresholdRule): BallotOutcome {
  checkCounts(counts);
  const { threshold, strict } = resolveThreshold(rule);
  const passed = reaches(counts.agree, counts.membersTotal, threshold, strict);
  const share = counts.agree / counts.membersTotal;
  const absent = counts.present === undefined ? '' : `; có mặt ${counts.present}/${counts.membersTotal}`;
  const text =
    `${counts.agree}/${counts.membersTotal} thành viên Hội đồng đồng ý (${nf.format(share * 100)}% tổng số thành viên${absent}); ` +
    `tỷ lệ yêu cầu ${strict ? 'trên' : 'từ'} ${thresholdText(threshold)} tổng số thành viên: ${passed ? 'đạt' : 'không đạt'}.`;
  return { passed, share, threshold, denominator: counts.membersTotal, text };
}

// ---- Quorum ----

export interface QuorumRule {
  /** Share of all members who must be present. */
  minShare: number;
  label: string;
  basis: LegalBasis;
  assumption: boolean;
}

export const QUORUM_RULES = {
  /** Ordinary meeting: ≥ 2/3 of members (N98 Điều 47 for the central council; provincial practice, BN86 Điều 8). */
  meeting: {
    minShare: 2 / 3,
    label: 'Phiên họp Hội đồng: có mặt từ 2/3 tổng số thành viên',
    basis: at(
      N98,
      'Điều 47',
      'S',
      'Hội đồng Trung ương; quy chế tỉnh áp dụng tương tự (Quyết định 86/2025 Bắc Ninh Điều 8)',
    ),
    assumption: false,
  },
  /** Award session (regime C, provincial example): ≥ 80% present; absent members give written opinions. */
  awardSession: {
    minShare: 0.8,
    label: 'Phiên xét khen thưởng: có mặt từ 80% tổng số thành viên (vắng mặt gửi ý kiến bằng văn bản)',
    basis: at(BN86, 'Điều 8', 'S', 'Ví dụ quy chế tỉnh; điều khoản của Nghị định 152/2025 chưa kiểm chứng'),
    assumption: true,
  },
  /** Anh hùng sessions of the central council: ≥ 90% present. */
  heroSession: {
    minShare: 0.9,
    label: 'Phiên xét danh hiệu Anh hùng: có mặt từ 90% tổng số thành viên',
    basis: at(N98, 'Điều 47'),
    assumption: false,
  },
} as const satisfies Record<string, QuorumRule>;

/** The quorum rule of a session in a regime: award sessions need 80% in regime C (assumed from a provincial rule). */
export function quorumRuleFor(regime: RegimeId, session: 'meeting' | 'award' | 'hero'): QuorumRule {
  if (session === 'hero') return QUORUM_RULES.heroSession;
  if (session === 'award' && regime === 'C') return QUORUM_RULES.awardSession;
  if (regime === 'C') {
    return {
      ...QUORUM_RULES.meeting,
      basis: { ...QUORUM_RULES.meeting.basis, document: N152.document, tag: 'U' },
      assumption: true,
    };
  }
  if (regime === 'A')
    return { ...QUORUM_RULES.meeting, assumption: true, basis: { ...QUORUM_RULES.meeting.basis, tag: 'U' } };
  return QUORUM_RULES.meeting;
}

export interface QuorumOutcome {
  met: boolean;
  share: number;
  required: number;
  text: string;
}

/** Whether enough members are present for the session (≥ the rule's share of all members). */
export function quorum(
  counts: { present: number; membersTotal: number },
  rule: QuorumRule | number = QUORUM_RULES.meeting,
): QuorumOutcome {
  checkCount(counts.present, 'Số thành viên có mặt');
  checkCount(counts.membersTotal, 'Tổng số thành viên Hội đồng');
  if (counts.membersTotal === 0) throw new VoteError('Tổng số thành viên Hội đồng phải lớn hơn 0.');
  if (counts.present > counts.membersTotal) {
    throw new VoteError(
      `Số thành viên có mặt (${counts.present}) lớn hơn tổng số thành viên Hội đồng (${counts.membersTotal}).`,
    );
  }
  const required = typeof rule === 'number' ? rule : rule.minShare;
  const met = reaches(counts.present, counts.membersTotal, required);
  const share = counts.present / counts.membersTotal;
  const text = `Có mặt ${counts.present}/${counts.membersTotal} thành viên (${nf.format(share * 100)}%); yêu cầu từ ${thresholdText(required)} tổng số thành viên: ${met ? 'đủ điều kiện họp' : 'không đủ điều kiện họp'}.`;
  return { met, share, required, text };
}
