// Checks of the forms of commendation: Bằng khen of a bộ/tỉnh, Bằng khen of the Prime Minister, Giấy khen.

import { BK_TINH, BK_TTG, GK } from '../regimes/criteria-ids';
import type { AwardRecord, CriterionStatus, Evidence, Rating } from '../regimes/types';
import {
  AT_LEAST_HTT,
  HTXS_ONLY,
  initiativesCheck,
  note,
  outcome,
  ratingCheck,
  ratingRunCheck,
  ratingsCheck,
  streakCheck,
  titleInYear,
  windowStart,
} from './common';
import { countsForMerit } from './facts';
import { allOf, bare } from './run';
import { EVERY_RECORD } from './run';
import type { Check, CheckInput, Outcome, Reach } from './run';
import { awardEvidence, kindName } from './text';

// ---- Bằng khen tỉnh (L22 Đ74; N91 Đ39) -------------------------------------------------------------------

const streakCstdcs2: Check = (input) => streakCheck(input, 'CSTDCS', 2);

const htxs2Years: Check = (input) => ratingRunCheck(input, 2, HTXS_ONLY);

const initiatives2: Check = (input) => {
  const from = windowStart(input, 2);
  if (from > input.year) {
    if (!input.explain) return bare('fail');
    return outcome('fail', [note('Không còn năm nào được tính sau kỷ luật hoặc lần khen trước.')]);
  }
  return initiativesCheck(input, 'unit', 2, from, input.year);
};

/** Collective: each of the two years HTXS or Tập thể lao động xuất sắc. */
const collectiveHtxs2: Check = (input) => {
  const statuses: CriterionStatus[] = [];
  const evidence: Evidence[] = [];
  const from = windowStart(input, 2);
  for (let year = input.year - 1; year <= input.year; year++) {
    if (year < from) {
      statuses.push('fail');
      evidence.push(note(`Năm ${year} không được tính (sau kỷ luật hoặc đã tính cho lần khen trước).`));
      continue;
    }
    const rating = ratingCheck(input, year, HTXS_ONLY);
    if (rating.status === 'pass') {
      statuses.push('pass');
      evidence.push(...rating.evidence);
      continue;
    }
    const title = input.facts.titleRecord('TTLDXS', year);
    if (title) {
      statuses.push('pass');
      evidence.push(awardEvidence(title));
      continue;
    }
    statuses.push(rating.status);
    evidence.push(...rating.evidence);
  }
  return outcome(allOf(statuses), evidence);
};

// ---- Bằng khen Thủ tướng (L22 Đ73 k1 b; N91 Đ38 k1) --------------------------------------------------------

interface BkTtgAnalysis {
  prior: Outcome;
  run: Outcome;
  cstdcs: Outcome;
  initiatives: Outcome;
  coTinh: Outcome;
}

/** Regime A counts HTXS years; B and C count years of at least HTT (legal.md §15). */
function acceptedRatings(input: CheckInput): readonly Rating[] {
  return input.catalog.regime.id === 'A' ? HTXS_ONLY : AT_LEAST_HTT;
}

function analyse(input: CheckInput, prior: AwardRecord, first: number): BkTtgAnalysis {
  const { facts, year } = input;
  const accepted = acceptedRatings(input);
  const run = ratingsCheck(input, first, year, accepted);
  const years = year - first + 1;
  const runOut: Outcome =
    years >= 5
      ? run
      : outcome('fail', [...run.evidence, note(`Chỉ có ${years} năm (cần ít nhất 5 năm liên tục).`)]);
  let counted = 0;
  let pending = 0;
  const cstdcsEvidence: Evidence[] = [];
  for (let y = first; y <= year; y++) {
    const held = titleInYear(input, 'CSTDCS', y);
    if (held.status === 'pass') {
      counted++;
      cstdcsEvidence.push(...held.evidence);
    } else if (held.status === 'unknown') pending++;
  }
  cstdcsEvidence.push(
    note(`${counted} lần Chiến sĩ thi đua cơ sở trong các năm ${first}–${year} (cần ít nhất 3).`),
  );
  const cstdcsStatus: CriterionStatus = counted >= 3 ? 'pass' : counted + pending >= 3 ? 'unknown' : 'fail';
  const initiatives = initiativesCheck(input, 'unit', 5, first, year);
  const coRecords = facts.awards.filter(
    (a) => a.awardKind === 'CO_TINH' && a.year >= first && a.year <= year && countsForMerit(a),
  );
  const coTinh =
    coRecords.length > 0
      ? outcome(
          'pass',
          coRecords.map((a) => awardEvidence(a)),
        )
      : outcome('fail', [note(`Không có ${kindName('CO_TINH')} trong các năm ${first}–${year}.`)]);
  const priorOut = outcome('pass', [awardEvidence(prior, `các năm tiếp theo: ${first}–${year}`)]);
  return { prior: priorOut, run: runOut, cstdcs: outcome(cstdcsStatus, cstdcsEvidence), initiatives, coTinh };
}

/** Without a prior Bằng khen there are no "following years": every part shares the prior's status. */
function withoutPrior(input: CheckInput): BkTtgAnalysis {
  const prior = priorMissing(input);
  const dependent = outcome(prior.status, [
    note('Không có Bằng khen cấp bộ, tỉnh làm mốc: không tính được các năm tiếp theo.'),
  ]);
  return { prior, run: dependent, cstdcs: dependent, initiatives: dependent, coTinh: dependent };
}

function priorMissing(input: CheckInput): Outcome {
  const { facts, year } = input;
  const evidence: Evidence[] = facts.awards
    .filter((a) => a.awardKind === 'BK_TINH' && a.year <= year - 5 && !countsForMerit(a))
    .map((a) =>
      awardEvidence(
        a,
        'khen thưởng đột xuất/chuyên đề không làm căn cứ khen công trạng (NĐ 152/2025 Điều 4 khoản 3)',
      ),
    );
  if (input.history.awards === undefined) {
    return outcome('unknown', [...evidence, note('Chưa có dữ liệu khen thưởng.')]);
  }
  evidence.push(
    note(
      `Không có Bằng khen cấp bộ, tỉnh (công trạng) từ năm ${year - 5} trở về trước, sau lần khen Thủ tướng trước và sau kỷ luật.`,
    ),
  );
  return outcome('fail', evidence);
}

/** The prior Bằng khen and the years after it: the candidate (latest first) that meets the most. */
function bkTtg(input: CheckInput): BkTtgAnalysis {
  const cached = input.memo.get('bk_ttg') as BkTtgAnalysis | undefined;
  if (cached) return cached;
  const { facts, year } = input;
  const from = windowStart(input, Number.POSITIVE_INFINITY);
  const candidates = facts.awards
    .filter((a) => a.awardKind === 'BK_TINH' && a.year <= year - 5 && a.year + 1 >= from && countsForMerit(a))
    .sort((a, b) => b.year - a.year);
  const regimeA = input.catalog.regime.id === 'A';
  const collective = input.request.subjectKind !== 'individual';
  // What the candidate contributes to the verdict: regime A's initiative option has a judgement alternative
  // (ingenuity), so its failure leaves the verdict at "needs review", not "not eligible".
  const statusOf = (a: BkTtgAnalysis): CriterionStatus =>
    allOf([
      a.prior.status,
      a.run.status,
      regimeA
        ? collective
          ? a.coTinh.status
          : a.initiatives.status === 'pass'
            ? 'pass'
            : 'unknown'
        : a.cstdcs.status,
    ]);
  const analyses = candidates.map((c) => analyse(input, c, c.year + 1));
  const chosen =
    analyses.find((a) => statusOf(a) === 'pass') ??
    analyses.find((a) => statusOf(a) === 'unknown') ??
    analyses[0] ??
    withoutPrior(input);
  input.memo.set('bk_ttg', chosen);
  return chosen;
}

// ---- Giấy khen (L22 Đ75) ----------------------------------------------------------------------------------

const gkRating: Check = (input) => ratingCheck(input, input.year, AT_LEAST_HTT);
const gkHtxs: Check = (input) => ratingCheck(input, input.year, HTXS_ONLY);
const gkInitiative: Check = (input) => initiativesCheck(input, 'unit', 1, input.year, input.year);

export const FORM_CHECKS: Record<string, Check> = {
  [BK_TINH.streakCstdcs2]: streakCstdcs2,
  [BK_TINH.htxs2Years]: htxs2Years,
  [BK_TINH.initiatives2]: initiatives2,
  [BK_TINH.collectiveHtxs2]: collectiveHtxs2,
  [BK_TTG.priorBkTinh]: (input) => bkTtg(input).prior,
  [BK_TTG.htt5Years]: (input) => bkTtg(input).run,
  [BK_TTG.htxs5Years]: (input) => bkTtg(input).run,
  [BK_TTG.cstdcs3In5]: (input) => bkTtg(input).cstdcs,
  [BK_TTG.initiatives5]: (input) => bkTtg(input).initiatives,
  [BK_TTG.coTinh1]: (input) => bkTtg(input).coTinh,
  [GK.rating]: gkRating,
  [GK.htxsLocal]: gkHtxs,
  [GK.initiativeLocal]: gkInitiative,
};

/** What each check reads (reach.ts), in years back from the year judged. */
export const FORM_REACH: Record<string, Reach> = {
  [BK_TINH.streakCstdcs2]: { awards: 2, holds: ['CSTDCS'] },
  [BK_TINH.htxs2Years]: { ratings: 2, awards: 2 },
  [BK_TINH.initiatives2]: { initiatives: 2, awards: 2 },
  [BK_TINH.collectiveHtxs2]: { ratings: 2, awards: 2 },
  // The years since the prior Bằng khen, however far back it is.
  [BK_TTG.priorBkTinh]: EVERY_RECORD,
  [BK_TTG.htt5Years]: EVERY_RECORD,
  [BK_TTG.htxs5Years]: EVERY_RECORD,
  [BK_TTG.cstdcs3In5]: EVERY_RECORD,
  [BK_TTG.initiatives5]: EVERY_RECORD,
  [BK_TTG.coTinh1]: EVERY_RECORD,
  [GK.rating]: { ratings: 1 },
  [GK.htxsLocal]: { ratings: 1 },
  [GK.initiativeLocal]: { initiatives: 1 },
};
