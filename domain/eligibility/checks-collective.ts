// Checks of the collective titles and forms: Tập thể lao động tiên tiến / xuất sắc (member figures of the
// year), Cờ thi đua (cluster results), Cờ thi đua của Chính phủ, Huân chương Lao động hạng Ba (regime A).

import { CO_CP, CO_TINH, HONOURS, TTLDTT, TTLDXS } from '../regimes/criteria-ids';
import type { MemberStatsRecord } from '../regimes/types';
import { AT_LEAST_HTT, HTXS_ONLY, note, outcome, ratingCheck, streakCheck } from './common';
import { countsForMerit } from './facts';
import type { Check, CheckInput, Outcome, Reach } from './run';
import { awardEvidence, kindName, percent } from './text';

/** Shares are compared with a tolerance of 1e-9, so 0.7 computed as 7/10 or 14/20 passes "≥ 70%". */
const EPSILON = 1e-9;

function statsOf(input: CheckInput): MemberStatsRecord | Outcome {
  const stats = input.facts.memberStats(input.year);
  return stats ?? outcome('unknown', [note(`Chưa có số liệu thành viên của tập thể năm ${input.year}.`)]);
}

function statsText(stats: MemberStatsRecord): string {
  return `Năm ${stats.year}: ${stats.members} thành viên, ${percent(stats.ldttShare)} đạt Lao động tiên tiến, ${percent(stats.completedShare)} hoàn thành nhiệm vụ, ${stats.cstdcsCount} Chiến sĩ thi đua cơ sở${stats.seriousDiscipline ? ', có người bị kỷ luật từ cảnh cáo trở lên' : ''}`;
}

function isOutcome(value: MemberStatsRecord | Outcome): value is Outcome {
  return 'status' in value;
}

function ldttShare(input: CheckInput): Outcome {
  const stats = statsOf(input);
  if (isOutcome(stats)) return stats;
  const regimeA = input.catalog.regime.id === 'A' && input.kind.code === 'TTLDTT';
  const key = input.criterion.param ?? 'ldttShareMin';
  const min = input.param(key, regimeA ? 0.5 : 0.7);
  const strict = input.isStrict(key, regimeA);
  const ok = strict ? stats.ldttShare > min + EPSILON : stats.ldttShare >= min - EPSILON;
  return outcome(ok ? 'pass' : 'fail', [
    { kind: 'memberStats', text: statsText(stats) },
    note(`Cần ${strict ? 'trên' : 'từ'} ${percent(min)} thành viên đạt Lao động tiên tiến.`),
  ]);
}

const noSeriousDiscipline: Check = (input) => {
  const stats = statsOf(input);
  if (isOutcome(stats)) return stats;
  return outcome(stats.seriousDiscipline ? 'fail' : 'pass', [
    { kind: 'memberStats', text: statsText(stats) },
    ...(stats.seriousDiscipline ? [note('Có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên.')] : []),
  ]);
};

const allCompleted: Check = (input) => {
  const stats = statsOf(input);
  if (isOutcome(stats)) return stats;
  const ok = stats.completedShare >= 1 - EPSILON;
  return outcome(ok ? 'pass' : 'fail', [
    { kind: 'memberStats', text: statsText(stats) },
    ...(ok ? [] : [note('Cần 100% thành viên hoàn thành nhiệm vụ.')]),
  ]);
};

const hasCstdcs: Check = (input) => {
  const stats = statsOf(input);
  if (isOutcome(stats)) return stats;
  return outcome(stats.cstdcsCount >= 1 ? 'pass' : 'fail', [{ kind: 'memberStats', text: statsText(stats) }]);
};

/** Cluster result of the year: leading → pass; not leading → fail; no result recorded → judgement. */
const clusterLeader: Check = ({ facts, year }) => {
  const result = facts.groupResult(year);
  if (!result) {
    return outcome('unknown', [note(`Chưa có kết quả bình xét của cụm, khối thi đua năm ${year}.`)], {
      judgement: true,
    });
  }
  const group = result.groupName ? ` ${result.groupName}` : '';
  const doc = result.document ? ` (${result.document})` : '';
  return outcome(result.leading ? 'pass' : 'fail', [
    {
      kind: 'groupResult',
      text: `Năm ${year}: ${result.leading ? 'dẫn đầu' : 'không dẫn đầu'} cụm, khối thi đua${group}${doc}.`,
    },
  ]);
};

/** Cờ Chính phủ k1: supporting records, but always a judgement of the council. */
const outstandingLeader: Check = ({ facts, year }) => {
  const evidence = facts.meritAwards(['CO_TINH'], year).map((a) => awardEvidence(a));
  const result = facts.groupResult(year);
  if (result?.leading)
    evidence.push({ kind: 'groupResult', text: `Năm ${year}: dẫn đầu cụm, khối thi đua.` });
  evidence.push(note('Việc lựa chọn tiêu biểu xuất sắc trong số các đơn vị dẫn đầu do Hội đồng đánh giá.'));
  return outcome('unknown', evidence, { judgement: true });
};

/** Regime A Huân chương Lao động hạng Ba (collective): one Cờ tỉnh or one Bằng khen Thủ tướng in the five years. */
const coOrBkTtg: Check = ({ facts, year, history }) => {
  const found = facts.awards.filter(
    (a) =>
      (a.awardKind === 'CO_TINH' || a.awardKind === 'BK_TTG') &&
      a.year >= year - 4 &&
      a.year <= year &&
      countsForMerit(a),
  );
  if (found.length > 0)
    return outcome(
      'pass',
      found.map((a) => awardEvidence(a)),
    );
  if (history.awards === undefined) return outcome('unknown', [note('Chưa có dữ liệu khen thưởng.')]);
  return outcome('fail', [
    note(`Không có ${kindName('CO_TINH')} hoặc ${kindName('BK_TTG')} trong các năm ${year - 4}–${year}.`),
  ]);
};

export const COLLECTIVE_CHECKS: Record<string, Check> = {
  [TTLDTT.rating]: (input) => ratingCheck(input, input.year, AT_LEAST_HTT),
  [TTLDTT.ldttShare]: ldttShare,
  [TTLDTT.noSeriousDiscipline]: noSeriousDiscipline,
  [TTLDXS.rating]: (input) => ratingCheck(input, input.year, HTXS_ONLY),
  [TTLDXS.allCompleted]: allCompleted,
  [TTLDXS.ldttShare]: ldttShare,
  [TTLDXS.hasCstdcs]: hasCstdcs,
  [TTLDXS.noSeriousDiscipline]: noSeriousDiscipline,
  [CO_TINH.clusterLeader]: clusterLeader,
  [CO_CP.outstandingLeader]: outstandingLeader,
  [HONOURS.hcLaoDong3CollectiveTtldxs5]: (input) => streakCheck(input, 'TTLDXS', 5),
  [HONOURS.hcLaoDong3CollectiveCoOrBkTtg]: coOrBkTtg,
};

/** What each check reads (reach.ts), in years back; member figures and cluster results are kept whole. */
export const COLLECTIVE_REACH: Record<string, Reach> = {
  [TTLDTT.rating]: { ratings: 1 },
  [TTLDTT.ldttShare]: {},
  [TTLDTT.noSeriousDiscipline]: {},
  [TTLDXS.rating]: { ratings: 1 },
  [TTLDXS.allCompleted]: {},
  [TTLDXS.ldttShare]: {},
  [TTLDXS.hasCstdcs]: {},
  [TTLDXS.noSeriousDiscipline]: {},
  [CO_TINH.clusterLeader]: {},
  [CO_CP.outstandingLeader]: { awards: 1 },
  [HONOURS.hcLaoDong3CollectiveTtldxs5]: { awards: 5, holds: ['TTLDXS'] },
  [HONOURS.hcLaoDong3CollectiveCoOrBkTtg]: { awards: 5 },
};
