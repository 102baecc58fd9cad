// Checks of the individual titles: Lao động tiên tiến (and Chiến sĩ tiên tiến), Chiến sĩ thi đua cơ sở,
// Chiến sĩ thi đua cấp tỉnh/bộ, Chiến sĩ thi đua toàn quốc.

import { CSTD_TINH, CSTDCS, CSTDTQ, LDTT } from '../regimes/criteria-ids';
import {
  AT_LEAST_HTT,
  initiativesCheck,
  note,
  outcome,
  ratingCheck,
  streakCheck,
  titleInYear,
} from './common';
import { allOf, bare } from './run';
import type { Check, CheckInput, Outcome, Reach } from './run';
import { disciplineEvidence, formatDate, ratingEvidence } from './text';

/** 'YYYY-MM-DD' plus `months`, the day clamped to the target month's length. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Whole months from `from` to `to` (to exclusive): the largest k in [0, 1200] with addMonths(from, k) <= to.
 * addMonths grows with k (one calendar month per step), so k is the month difference, or one less when the
 * day of `from` (clamped) is past the day of `to`.
 */
export function wholeMonths(from: string, to: string): number {
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  const diff = monthIndex(to) - monthIndex(from);
  const months = diff > 0 && addMonths(from, diff) > to ? diff - 1 : diff;
  return Math.max(0, Math.min(1200, months));
}

const rating: Check = (input) => ratingCheck(input, input.year, AT_LEAST_HTT);

const tenure: Check = (input) => {
  const { facts, year, criterion } = input;
  const min = input.param(criterion.param ?? 'tenureMonthsMin', input.catalog.regime.id === 'A' ? 10 : 6);
  if (!facts.recruitedOn) {
    if (!input.explain) return bare('unknown');
    return outcome('unknown', [
      note('Chưa có ngày tuyển dụng: không xác định được thời gian công tác trong năm.'),
    ]);
  }
  const yearEnd = `${year + 1}-01-01`;
  const ok = facts.recruitedOn < yearEnd && addMonths(facts.recruitedOn, min) <= yearEnd;
  if (!input.explain) return bare(ok ? 'pass' : 'fail');
  const months = facts.recruitedOn >= yearEnd ? 0 : wholeMonths(facts.recruitedOn, yearEnd);
  return outcome(ok ? 'pass' : 'fail', [
    {
      kind: 'recruitment',
      text: `Tuyển dụng ngày ${formatDate(facts.recruitedOn)}: đến 31/12/${year} được ${months} tháng (cần từ ${min} tháng).`,
    },
  ]);
};

const noDisciplineA: Check = ({ facts, year, explain }) => {
  const inYear = facts.disciplinesIn(year);
  if (!explain) return bare(inYear.length > 0 ? 'fail' : 'pass');
  if (inYear.length > 0) {
    return outcome(
      'fail',
      inYear.map((d) => disciplineEvidence(d, `trong năm ${year}: bị kỷ luật từ khiển trách trở lên`)),
    );
  }
  return outcome('pass', [note(`Không bị kỷ luật trong năm ${year}.`)]);
};

const ldttSameYear: Check = (input) => input.held('LDTT', input.year);

const htxsOrInitiative: Check = (input) => {
  const { facts, year } = input;
  const record = facts.rating(year);
  if (record?.rating === 'HTXS')
    return input.explain ? outcome('pass', [ratingEvidence(record)]) : bare('pass');
  const initiatives = initiativesCheck(input, 'unit', 1, year, year);
  if (!input.explain) {
    if (initiatives.status === 'pass') return bare('pass');
    return bare(!record || initiatives.status === 'unknown' ? 'unknown' : 'fail');
  }
  const evidence = [
    record ? ratingEvidence(record) : note(`Chưa có kết quả đánh giá, xếp loại năm ${year}.`),
    ...initiatives.evidence,
  ];
  if (initiatives.status === 'pass') return outcome('pass', evidence);
  if (!record || initiatives.status === 'unknown') return outcome('unknown', evidence);
  return outcome('fail', evidence);
};

const streakCstdcs3: Check = (input) => streakCheck(input, 'CSTDCS', 3);

const initiativeProvince: Check = (input) =>
  initiativesCheck(input, 'province', 1, input.year - 2, input.year);

interface CycleAnalysis extends Outcome {
  /** The year of the second CSTĐ tỉnh retained. */
  second: number;
}

/** Two CSTĐ tỉnh of consecutive cycles (t−3 and t), t = the year judged or the year before (dossier year). */
function cycles(input: CheckInput): CycleAnalysis {
  const cached = input.memo.get('cstdtq.cycles') as CycleAnalysis | undefined;
  if (cached) return cached;
  const options = [input.year, input.year - 1].map((second): CycleAnalysis => {
    const parts = [
      titleInYear(input, 'CSTD_TINH', second),
      titleInYear(input, 'CSTD_TINH', second - 3),
      streakCheck(input, 'CSTDCS', 6, second),
    ];
    return {
      second,
      status: allOf(parts.map((p) => p.status)),
      evidence: [
        note(
          `Xét Chiến sĩ thi đua cấp bộ, tỉnh lần thứ hai năm ${second}, lần thứ nhất năm ${second - 3}; Chiến sĩ thi đua cơ sở các năm ${second - 5}–${second}:`,
        ),
        ...parts.flatMap((p) => p.evidence),
      ],
    };
  });
  const chosen =
    options.find((o) => o.status === 'pass') ?? options.find((o) => o.status === 'unknown') ?? options[0]!;
  input.memo.set('cstdtq.cycles', chosen);
  return chosen;
}

const streakCstdTinh2: Check = (input) => {
  const { status, evidence } = cycles(input);
  return outcome(status, evidence);
};

/** Recognised within the two cycles: from the first CSTĐCS year of the earliest cycle retained (y − 6). */
const initiativeNational: Check = (input) =>
  initiativesCheck(input, 'national', 1, input.year - 6, input.year);

export const INDIVIDUAL_CHECKS: Record<string, Check> = {
  [LDTT.rating]: rating,
  [LDTT.tenure]: tenure,
  [LDTT.noDiscipline]: noDisciplineA,
  [CSTDCS.ldttSameYear]: ldttSameYear,
  [CSTDCS.htxsOrInitiative]: htxsOrInitiative,
  [CSTD_TINH.streakCstdcs3]: streakCstdcs3,
  [CSTD_TINH.initiativeProvince]: initiativeProvince,
  [CSTDTQ.streakCstdTinh2]: streakCstdTinh2,
  [CSTDTQ.initiativeNational]: initiativeNational,
};

/** What each check reads (reach.ts), in years back from the year judged. */
export const INDIVIDUAL_REACH: Record<string, Reach> = {
  [LDTT.rating]: { ratings: 1 },
  [LDTT.tenure]: {},
  [LDTT.noDiscipline]: {},
  [CSTDCS.ldttSameYear]: { awards: 1, holds: ['LDTT'] },
  [CSTDCS.htxsOrInitiative]: { ratings: 1, initiatives: 1 },
  [CSTD_TINH.streakCstdcs3]: { awards: 3, holds: ['CSTDCS'] },
  [CSTD_TINH.initiativeProvince]: { initiatives: 3 },
  // Two cycles: the second CSTĐ tỉnh this year or the last, the first three years before, six CSTĐCS before it.
  [CSTDTQ.streakCstdTinh2]: { awards: 7, holds: ['CSTD_TINH', 'CSTDCS'] },
  [CSTDTQ.initiativeNational]: { initiatives: 7 },
};
