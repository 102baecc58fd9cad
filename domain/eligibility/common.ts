// Helpers the checks share: ratings of a year, the first year achievements may be counted from, streaks of a
// title counted backwards from the year judged, and free (not yet used) initiatives.

import type {
  AwardKindCode,
  CriterionStatus,
  Evidence,
  InitiativeLevel,
  InitiativeRecord,
  Rating,
} from '../regimes/types';
import { countsForMerit } from './facts';
import { bare } from './run';
import type { CheckInput, Outcome } from './run';
import {
  awardEvidence,
  disciplineEvidence,
  initiativeEvidence,
  kindName,
  ratingEvidence,
  ratingLabel,
} from './text';

export const AT_LEAST_HTT: readonly Rating[] = ['HTXS', 'HTT'];
export const HTXS_ONLY: readonly Rating[] = ['HTXS'];

export function outcome(
  status: CriterionStatus,
  evidence: Evidence[],
  extra: Partial<Outcome> = {},
): Outcome {
  return { status, evidence, ...extra };
}

export function note(text: string): Evidence {
  return { kind: 'note', text };
}

/** The year's rating is one of `accepted`; unknown when the year has no rating. */
export function ratingCheck(input: CheckInput, year: number, accepted: readonly Rating[]): Outcome {
  const record = input.facts.rating(year);
  if (!record) {
    if (!input.explain) return bare('unknown');
    return outcome('unknown', [note(`Chưa có kết quả đánh giá, xếp loại năm ${year}.`)]);
  }
  const ok = accepted.includes(record.rating);
  if (!input.explain) return bare(ok ? 'pass' : 'fail');
  const need = accepted.map((r) => ratingLabel(r).toLowerCase()).join(' hoặc ');
  return outcome(ok ? 'pass' : 'fail', [ratingEvidence(record), ...(ok ? [] : [note(`Cần ${need}.`)])]);
}

/** Ratings of every year in [from, to] are accepted; a missing year gives unknown (unless another fails). */
export function ratingsCheck(
  input: CheckInput,
  from: number,
  to: number,
  accepted: readonly Rating[],
): Outcome {
  const statuses: CriterionStatus[] = [];
  const evidence: Evidence[] = [];
  for (let year = from; year <= to; year++) {
    const result = ratingCheck(input, year, accepted);
    statuses.push(result.status);
    if (input.explain) evidence.push(...result.evidence);
  }
  const status = statuses.includes('fail') ? 'fail' : statuses.includes('unknown') ? 'unknown' : 'pass';
  return input.explain ? outcome(status, evidence) : bare(status);
}

/**
 * The first year a multi-year criterion may count, with the reasons: after the last discipline touching the
 * years up to the one judged (N152 Đ4 k4), and after the last award of the same kind (an achievement is
 * rewarded once, L22 Đ5 k2c). Null when nothing limits the count.
 */
export function countingFloor(input: CheckInput): { from: number; evidence: Evidence[] } | null {
  // The same for every criterion of the kind: several of them ask (memo shared by the kind's run).
  const cached = input.memo.get('counting-floor') as
    { from: number; evidence: Evidence[] } | null | undefined;
  if (cached !== undefined) return cached;
  const floor = findCountingFloor(input);
  input.memo.set('counting-floor', floor);
  return floor;
}

/** The floor's evidence is made only when the input explains (its year alone decides statuses). */
function findCountingFloor(input: CheckInput): { from: number; evidence: Evidence[] } | null {
  const { facts, year, kind } = input;
  let from = Number.NEGATIVE_INFINITY;
  const evidence: Evidence[] = [];
  const discipline = facts.countingFrom(year);
  if (discipline) {
    from = discipline.from;
    if (input.explain)
      evidence.push(
        disciplineEvidence(
          discipline.discipline,
          'thành tích chỉ được tính từ sau khi hết thời hạn kỷ luật (NĐ 152/2025 Điều 4 khoản 4)',
        ),
      );
  }
  const previous = facts.awards
    .filter((a) => a.awardKind === kind.code && a.year < year && countsForMerit(a))
    .sort((a, b) => b.year - a.year)[0];
  if (previous && previous.year + 1 > from) {
    from = previous.year + 1;
    if (input.explain)
      evidence.push(
        awardEvidence(
          previous,
          `các năm đến ${previous.year} đã được tính cho lần khen này, không tính lại (Luật TĐKT 2022 Điều 5 khoản 2 điểm c)`,
        ),
      );
  }
  return Number.isFinite(from) ? { from, evidence } : null;
}

/** A past year's title by record only; the year judged also by its criteria (legal.md §14). */
export function titleInYear(input: CheckInput, code: AwardKindCode, year: number): Outcome {
  if (year === input.year) return input.held(code, year);
  const { facts } = input;
  const record = facts.titleRecord(code, year);
  if (!input.explain) return bare(record ? 'pass' : input.history.awards === undefined ? 'unknown' : 'fail');
  if (record) {
    const extra = record.awardKind === code ? undefined : `bao hàm ${kindName(code)} năm ${year}`;
    return outcome('pass', [awardEvidence(record, extra)]);
  }
  const evidence: Evidence[] = facts
    .nonMeritAwards([code], year)
    .map((a) =>
      awardEvidence(
        a,
        'khen thưởng đột xuất/chuyên đề không làm căn cứ khen công trạng (NĐ 152/2025 Điều 4 khoản 3)',
      ),
    );
  if (input.history.awards === undefined) {
    evidence.push(
      note(`Chưa có dữ liệu khen thưởng: không biết năm ${year} có ${kindName(code)} hay không.`),
    );
    return outcome('unknown', evidence);
  }
  evidence.push(note(`Không có ${kindName(code)} năm ${year} (không kể khen thưởng đã thu hồi).`));
  return outcome('fail', evidence);
}

/**
 * `code` held in each of the `length` consecutive years ending with the year judged. A year before the
 * counting floor, or a year without the title, breaks the streak.
 */
export function streakCheck(
  input: CheckInput,
  code: AwardKindCode,
  length: number,
  endYear = input.year,
): Outcome {
  const first = endYear - length + 1;
  const floor = countingFloor(input);
  if (!input.explain)
    return floor && floor.from > first ? bare('fail') : streakStatus(input, code, first, endYear);
  const evidence: Evidence[] = [];
  const statuses: CriterionStatus[] = [];
  if (floor && floor.from > first) {
    evidence.push(...floor.evidence);
    evidence.push(
      note(`Chuỗi ${length} năm liên tục ${first}–${endYear} không được tính từ trước năm ${floor.from}.`),
    );
    statuses.push('fail');
  }
  for (let year = endYear; year >= first; year--) {
    const result = titleInYear(input, code, year);
    statuses.push(result.status);
    evidence.push(...result.evidence);
  }
  const status = statuses.includes('fail') ? 'fail' : statuses.includes('unknown') ? 'unknown' : 'pass';
  return outcome(status, evidence);
}

/**
 * streakCheck's status for a verdict alone: the past years first (a record each), the year judged last (it may
 * run the title's criteria), stopping at the first year without the title.
 */
function streakStatus(input: CheckInput, code: AwardKindCode, first: number, endYear: number): Outcome {
  let unknown = false;
  for (let year = first; year <= endYear; year++) {
    if (year === input.year) continue;
    const status = titleInYear(input, code, year).status;
    if (status === 'fail') return bare('fail');
    if (status === 'unknown') unknown = true;
  }
  if (input.year >= first && input.year <= endYear) {
    const status = titleInYear(input, code, input.year).status;
    if (status === 'fail') return bare('fail');
    if (status === 'unknown') unknown = true;
  }
  return bare(unknown ? 'unknown' : 'pass');
}

/** At least `count` free initiatives of `level` or higher recognised in [from, to]. */
export function initiativesCheck(
  input: CheckInput,
  level: InitiativeLevel,
  count: number,
  from: number,
  to: number,
): Outcome & { free: InitiativeRecord[] } {
  const { facts } = input;
  const { free, used } = facts.initiativesIn(level, from, to, input.ownAwardIds);
  if (!input.explain) {
    const status =
      free.length >= count ? 'pass' : input.history.initiatives === undefined ? 'unknown' : 'fail';
    return { ...bare(status), free };
  }
  const evidence: Evidence[] = [
    ...free.map((i) => initiativeEvidence(i)),
    ...used.map((i) =>
      initiativeEvidence(i, 'đã dùng làm căn cứ cho khen thưởng khác, không tính lại (CV 5007/BNV-TĐKT)'),
    ),
  ];
  const period = from === to ? `năm ${from}` : `các năm ${from}–${to}`;
  if (free.length >= count) return { ...outcome('pass', evidence), free };
  if (input.history.initiatives === undefined) {
    evidence.push(note(`Chưa có dữ liệu sáng kiến, đề tài ${period}.`));
    return { ...outcome('unknown', evidence), free };
  }
  evidence.push(
    note(`Có ${free.length}/${count} sáng kiến, đề tài chưa dùng được công nhận trong ${period}.`),
  );
  return { ...outcome('fail', evidence), free };
}

/** `length` consecutive years ending with the year judged, each rated in `accepted`, none before the floor. */
export function ratingRunCheck(input: CheckInput, length: number, accepted: readonly Rating[]): Outcome {
  const first = input.year - length + 1;
  const floor = countingFloor(input);
  if (!input.explain && floor && floor.from > first) return bare('fail');
  const run = ratingsCheck(input, first, input.year, accepted);
  if (floor && floor.from > first) {
    return outcome('fail', [
      ...floor.evidence,
      note(`Các năm ${first}–${input.year} không được tính từ trước năm ${floor.from}.`),
      ...run.evidence,
    ]);
  }
  return run;
}

/** The first year of a window of `length` years ending with the year judged, raised to the counting floor. */
export function windowStart(input: CheckInput, length: number): number {
  const floor = countingFloor(input);
  return Math.max(input.year - length + 1, floor?.from ?? Number.NEGATIVE_INFINITY);
}
