// The figures of a work report's section 3.2 (issue #6): awards granted in the period and proposals sent to a
// higher authority that are still pending, counted by awarding authority × award kind × subject kind — the lines
// of the seed report ("UBND tỉnh tặng Cờ thi đua cho 4 đơn vị …; đề nghị Chủ tịch UBND tỉnh trình Thủ tướng tặng
// Bằng khen cho 01 cá nhân"). Pure: the server supplies the rows, in scope and in the period.
import { ADMIN_LEVELS, type AdminLevel } from '../contracts/enums';
import { AWARD_KIND_CODES, type AwardKindCode, SUBJECT_KINDS, type SubjectKind } from './regimes/types';

export const AWARD_RESULT_STATUSES = ['awarded', 'proposed'] as const;
export type AwardResultStatus = (typeof AWARD_RESULT_STATUSES)[number];

/** One award granted, or one nominee proposed upward and still waiting for the decision. */
export interface AwardResultRow {
  /** Level of the awarding authority; central for the Prime Minister, the Government, the President. */
  authorityLevel: AdminLevel;
  /** As the report names it: "Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh Hà Tĩnh". */
  authorityName: string;
  awardKind: AwardKindCode;
  subjectKind: SubjectKind;
  status: AwardResultStatus;
}

export interface AwardResult extends AwardResultRow {
  count: number;
}

const rank = <T extends string>(list: readonly T[]) => new Map(list.map((v, i) => [v, i]));
const STATUS_RANK = rank(AWARD_RESULT_STATUSES);
const LEVEL_RANK = rank(ADMIN_LEVELS);
const KIND_RANK = rank(AWARD_KIND_CODES);
const SUBJECT_RANK = rank(SUBJECT_KINDS);

const keyOf = (r: AwardResultRow) =>
  [r.status, r.authorityLevel, r.authorityName, r.awardKind, r.subjectKind].join('\u0000');

/**
 * Counts the rows by (status, authority, kind, subject kind). Ordered as a report reads: awarded before proposed,
 * the highest authority first, then the authority's name, the award kinds in the order of the law's catalogue,
 * individuals before collectives before households.
 */
export function countAwardResults(rows: readonly AwardResultRow[]): AwardResult[] {
  const groups = new Map<string, AwardResult>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.count += 1;
    else
      groups.set(key, {
        authorityLevel: row.authorityLevel,
        authorityName: row.authorityName,
        awardKind: row.awardKind,
        subjectKind: row.subjectKind,
        status: row.status,
        count: 1,
      });
  }
  return sortAwardResults([...groups.values()]);
}

/** Award results in the order the report reads them: status, level, authority, award kind, subject. */
export function sortAwardResults(results: AwardResult[]): AwardResult[] {
  return results.sort(
    (a, b) =>
      STATUS_RANK.get(a.status)! - STATUS_RANK.get(b.status)! ||
      LEVEL_RANK.get(a.authorityLevel)! - LEVEL_RANK.get(b.authorityLevel)! ||
      a.authorityName.localeCompare(b.authorityName, 'vi') ||
      KIND_RANK.get(a.awardKind)! - KIND_RANK.get(b.awardKind)! ||
      SUBJECT_RANK.get(a.subjectKind)! - SUBJECT_RANK.get(b.subjectKind)!,
  );
}

/** Totals of section 3.2: awarded and proposed, overall and by level of the authority. */
export function awardResultTotals(results: readonly AwardResult[]): {
  awarded: number;
  proposed: number;
  awardedByLevel: Record<AdminLevel, number>;
} {
  const awardedByLevel = Object.fromEntries(ADMIN_LEVELS.map((l) => [l, 0])) as Record<AdminLevel, number>;
  let awarded = 0;
  let proposed = 0;
  for (const r of results) {
    if (r.status === 'awarded') {
      awarded += r.count;
      awardedByLevel[r.authorityLevel] += r.count;
    } else proposed += r.count;
  }
  return { awarded, proposed, awardedByLevel };
}
