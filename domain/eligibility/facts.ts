// The subject's history as known on the evaluation date, indexed for the checks: records dated after
// `asOf` are set aside (with a warning), revoked awards and awards that cannot serve as a basis for
// công trạng are told apart, and the equivalence of titles across regimes is applied here, once.

import type {
  AwardKindCode,
  AwardRecord,
  DisciplineRecord,
  InitiativeLevel,
  InitiativeRecord,
  MemberStatsRecord,
  Rating,
  RatingRecord,
  SubjectHistory,
} from '../regimes/types';
import { awardText, formatDate, initiativeText } from './text';

/** A cluster/block result of a collective (cụm, khối thi đua): whether it led its group that year. */
export interface EmulationGroupResult {
  year: number;
  leading: boolean;
  groupName?: string;
  document?: string | null;
}

/** The history the engine reads: SubjectHistory plus the optional cluster results of a collective. */
export interface EligibilityHistory extends SubjectHistory {
  groupResults?: readonly EmulationGroupResult[];
  /** Đăng ký thi đua: the titles registered for each year (checked when a local rule requires it). */
  registrations?: readonly { year: number; awardKind: AwardKindCode }[];
}

/**
 * Records that hold a title of a year for streaks and prerequisites. The code is the same in every regime,
 * so an award of regime A counts for a streak judged in B or C. LĐTT ≡ CSTT (the armed forces' name of the
 * same title); a higher title of a year implies the lower one of that year, because it cannot be granted
 * without it (CSTĐ tỉnh ⇒ CSTĐCS ⇒ LĐTT; TTLĐXS ⇒ TTLĐTT).
 */
export const HOLDS: Partial<Record<AwardKindCode, readonly AwardKindCode[]>> = {
  LDTT: ['LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH'],
  CSTT: ['LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH'],
  CSTDCS: ['CSTDCS', 'CSTD_TINH'],
  CSTD_TINH: ['CSTD_TINH'],
  TTLDTT: ['TTLDTT', 'TTLDXS'],
  TTLDXS: ['TTLDXS'],
};

const LEVEL_RANK: Record<InitiativeLevel, number> = { unit: 0, province: 1, national: 2 };
const RATING_RANK: Record<Rating, number> = { KHT: 0, HT: 1, HTT: 2, HTXS: 3 };

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** True when an award can serve as a basis for công trạng (N152 Đ4 k3): not đột xuất, chuyên đề … */
export function countsForMerit(award: AwardRecord): boolean {
  return award.awardType == null || award.awardType === 'cong_trang';
}

function byRecognition(a: InitiativeRecord, b: InitiativeRecord): number {
  return a.recognizedOn.localeCompare(b.recognizedOn) || a.id.localeCompare(b.id);
}

export class Facts {
  readonly asOf: string;
  readonly recruitedOn: string | null;
  readonly pendingInvestigation: boolean | undefined;
  readonly disciplines: readonly DisciplineRecord[];
  readonly initiatives: readonly InitiativeRecord[];
  /** Not revoked and decided by asOf (any award type). */
  readonly awards: readonly AwardRecord[];
  private readonly lateAwards: AwardRecord[] = [];
  private readonly lateInitiatives: InitiativeRecord[] = [];
  /** Years with two different ratings, and with two sets of member figures (once per duplicate record). */
  private readonly ratingConflicts: number[] = [];
  private readonly statsDuplicates: number[] = [];
  private readonly ratings = new Map<number, RatingRecord>();
  private readonly stats = new Map<number, MemberStatsRecord>();
  private readonly groups = new Map<number, EmulationGroupResult>();

  constructor(history: EligibilityHistory, asOf: string) {
    this.asOf = asOf;
    this.recruitedOn = history.recruitedOn ?? null;
    this.pendingInvestigation = history.pendingInvestigation;
    const awards: AwardRecord[] = [];
    for (const award of history.awards ?? []) {
      if (award.revoked) continue;
      if (award.decisionDate && award.decisionDate > asOf) {
        this.lateAwards.push(award);
        continue;
      }
      awards.push(award);
    }
    this.awards = awards;
    this.initiatives = (history.initiatives ?? []).filter((initiative) => {
      if (initiative.recognizedOn <= asOf) return true;
      this.lateInitiatives.push(initiative);
      return false;
    });
    this.disciplines = (history.disciplines ?? []).filter((d) => d.from <= asOf);
    // One record per year is the rule (the database enforces it); given two, the less favourable one is
    // kept and the conflict reported, so a duplicate can never make a subject look better.
    for (const rating of history.ratings ?? []) {
      const other = this.ratings.get(rating.year);
      if (other && other.rating !== rating.rating) this.ratingConflicts.push(rating.year);
      if (!other || RATING_RANK[rating.rating] < RATING_RANK[other.rating])
        this.ratings.set(rating.year, rating);
    }
    for (const stats of history.memberStats ?? []) {
      const other = this.stats.get(stats.year);
      if (other) this.statsDuplicates.push(stats.year);
      this.stats.set(stats.year, stats);
    }
    for (const result of history.groupResults ?? []) {
      const other = this.groups.get(result.year);
      if (!other || !result.leading) this.groups.set(result.year, result);
    }
  }

  /** Records set aside, in Vietnamese, for the warnings (worded when asked: a verdict alone never asks). */
  get setAside(): string[] {
    return [
      ...this.lateAwards.map(
        (award) => `${awardText(award)}: quyết định sau ngày xét ${formatDate(this.asOf)}, không tính.`,
      ),
      ...this.lateInitiatives.map(
        (initiative) => `${initiativeText(initiative)}: công nhận sau ngày xét, không tính.`,
      ),
      ...this.ratingConflicts.map(
        (year) => `Năm ${year} có hai kết quả xếp loại khác nhau: dùng kết quả thấp hơn.`,
      ),
      ...this.statsDuplicates.map((year) => `Năm ${year} có hai bộ số liệu thành viên: dùng bộ nhập sau.`),
    ];
  }

  rating(year: number): RatingRecord | undefined {
    return this.ratings.get(year);
  }

  memberStats(year: number): MemberStatsRecord | undefined {
    return this.stats.get(year);
  }

  groupResult(year: number): EmulationGroupResult | undefined {
    return this.groups.get(year);
  }

  /** Awards of exactly these kinds and year that count for công trạng. */
  meritAwards(kinds: readonly AwardKindCode[], year: number): AwardRecord[] {
    return this.awards.filter((a) => a.year === year && kinds.includes(a.awardKind) && countsForMerit(a));
  }

  /** Awards of these kinds and year that do NOT count for công trạng (đột xuất, chuyên đề …). */
  nonMeritAwards(kinds: readonly AwardKindCode[], year: number): AwardRecord[] {
    return this.awards.filter((a) => a.year === year && kinds.includes(a.awardKind) && !countsForMerit(a));
  }

  /** The record proving that the title `code` is held in `year` (with its equivalents), or undefined. */
  titleRecord(code: AwardKindCode, year: number): AwardRecord | undefined {
    const kinds = HOLDS[code] ?? [code];
    const found = this.meritAwards(kinds, year);
    // Prefer the exact title over an implying one, so the evidence names what was asked.
    return found.find((a) => a.awardKind === code) ?? found[0];
  }

  /** Disciplines whose period touches the calendar year. */
  disciplinesIn(year: number): DisciplineRecord[] {
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    return this.disciplines.filter((d) => d.from <= end && (d.to === null || d.to >= start));
  }

  /** Disciplines in force on the evaluation date. */
  disciplinesInForceAt(date: string): DisciplineRecord[] {
    return this.disciplines.filter((d) => d.from <= date && (d.to === null || d.to >= date));
  }

  /**
   * The first year achievements may be counted from, for a request of `year` (N152 Đ4 k4: after a discipline
   * ends, achievements count from its end; a discipline ending in a year blocks that whole year). Null when
   * no discipline touches the years up to `year`.
   */
  countingFrom(year: number): { from: number; discipline: DisciplineRecord } | null {
    let best: { from: number; discipline: DisciplineRecord } | null = null;
    for (const d of this.disciplines) {
      if (yearOf(d.from) > year) continue;
      // Open-ended: in force at least until the evaluation date (and through the year judged).
      const endYear = d.to === null ? Math.max(year, yearOf(this.asOf)) : yearOf(d.to);
      const from = endYear + 1;
      if (!best || from > best.from) best = { from, discipline: d };
    }
    return best;
  }

  private sorted: readonly InitiativeRecord[] | undefined;

  /** The initiatives by recognition date, then id (sorted once; usually already in that order). */
  private sortedInitiatives(): readonly InitiativeRecord[] {
    if (!this.sorted) {
      const list = this.initiatives;
      let inOrder = true;
      for (let i = 1; i < list.length && inOrder; i++) inOrder = byRecognition(list[i - 1]!, list[i]!) <= 0;
      this.sorted = inOrder ? list : [...list].sort(byRecognition);
    }
    return this.sorted;
  }

  /** Initiatives of at least `level`, recognised in [fromYear, toYear], split into free and already used. */
  initiativesIn(
    level: InitiativeLevel,
    fromYear: number,
    toYear: number,
    ownAwardIds: readonly string[] = [],
  ): { free: InitiativeRecord[]; used: InitiativeRecord[] } {
    const free: InitiativeRecord[] = [];
    const used: InitiativeRecord[] = [];
    for (const initiative of this.sortedInitiatives()) {
      const y = yearOf(initiative.recognizedOn);
      if (y < fromYear || y > toYear || LEVEL_RANK[initiative.level] < LEVEL_RANK[level]) continue;
      const isFree = initiative.usedByAward == null || ownAwardIds.includes(initiative.usedByAward);
      (isFree ? free : used).push(initiative);
    }
    return { free, used };
  }
}
