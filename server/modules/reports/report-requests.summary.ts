// The aggregated table of a report request (pure): the award results frozen in each answering unit's issued report,
// summed by awarded/proposed × authority level × award kind × subject kind, one column per target unit and a total.
// The authority's name is dropped on purpose: "Chủ tịch UBND huyện Cẩm Xuyên" and "Chủ tịch UBND huyện Kỳ Anh" are
// one line "Cấp huyện" when districts are summed.
import { ADMIN_LEVEL_LABELS, ADMIN_LEVELS, type AdminLevel } from '../../../contracts/enums';
import { SUBJECT_KIND_LABELS } from '../../../contracts/history-enums';
import type { SummaryRow } from '../../../contracts/report-requests';
import { z } from '../../../contracts/zod';
import { kindName } from '../../../domain/eligibility/text';
import {
  AWARD_KIND_CODES,
  type AwardKindCode,
  SUBJECT_KINDS,
  type SubjectKind,
} from '../../../domain/regimes/types';
import { AWARD_RESULT_STATUSES, type AwardResultStatus } from '../../../domain/work-report';

/** The part of a frozen `figures.awardResults` entry the table reads. */
export const FrozenAwardResults = z.array(
  z.object({
    authorityLevel: z.enum(ADMIN_LEVELS),
    awardKind: z.enum(AWARD_KIND_CODES),
    subjectKind: z.enum(SUBJECT_KINDS),
    status: z.enum(AWARD_RESULT_STATUSES),
    count: z.number().int().min(0),
  }),
);
export type FrozenAwardResults = z.infer<typeof FrozenAwardResults>;

interface Line {
  status: AwardResultStatus;
  authorityLevel: AdminLevel;
  awardKind: AwardKindCode;
  subjectKind: SubjectKind;
  counts: number[];
}

const rank = <T extends string>(list: readonly T[]) => new Map(list.map((v, i) => [v, i]));
const STATUS = rank(AWARD_RESULT_STATUSES);
const LEVEL = rank(ADMIN_LEVELS);
const KIND = rank(AWARD_KIND_CODES);
const SUBJECT = rank(SUBJECT_KINDS);

/**
 * Sums the columns' results (null: the unit has not answered, or answered "không phát sinh"). Rows read as a report:
 * awarded before proposed, the highest level first, kinds in the catalogue's order, individuals first.
 */
export function summariseAwardResults(columns: readonly (FrozenAwardResults | null)[]): {
  rows: SummaryRow[];
  totals: { awarded: number[]; proposed: number[]; awardedTotal: number; proposedTotal: number };
} {
  const lines = new Map<string, Line>();
  const awarded = columns.map(() => 0);
  const proposed = columns.map(() => 0);
  columns.forEach((results, col) => {
    for (const r of results ?? []) {
      if (r.count === 0) continue;
      const key = [r.status, r.authorityLevel, r.awardKind, r.subjectKind].join('|');
      let line = lines.get(key);
      if (!line) {
        line = {
          status: r.status,
          authorityLevel: r.authorityLevel,
          awardKind: r.awardKind,
          subjectKind: r.subjectKind,
          counts: columns.map(() => 0),
        };
        lines.set(key, line);
      }
      line.counts[col]! += r.count;
      if (r.status === 'awarded') awarded[col]! += r.count;
      else proposed[col]! += r.count;
    }
  });
  const rows = [...lines.values()]
    .sort(
      (a, b) =>
        STATUS.get(a.status)! - STATUS.get(b.status)! ||
        LEVEL.get(a.authorityLevel)! - LEVEL.get(b.authorityLevel)! ||
        KIND.get(a.awardKind)! - KIND.get(b.awardKind)! ||
        SUBJECT.get(a.subjectKind)! - SUBJECT.get(b.subjectKind)!,
    )
    .map((l) => ({
      status: l.status,
      authorityLevel: l.authorityLevel,
      levelLabel: ADMIN_LEVEL_LABELS[l.authorityLevel],
      awardKind: l.awardKind,
      kindName: kindName(l.awardKind),
      subjectKind: l.subjectKind,
      subjectLabel: SUBJECT_KIND_LABELS[l.subjectKind],
      counts: l.counts,
      total: l.counts.reduce((s, n) => s + n, 0),
    }));
  const sum = (xs: number[]) => xs.reduce((s, n) => s + n, 0);
  return { rows, totals: { awarded, proposed, awardedTotal: sum(awarded), proposedTotal: sum(proposed) } };
}
