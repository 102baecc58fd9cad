// Builders and a table runner for the eligibility tests (test-only; no production code imports this file).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../eligibility';
import type { EligibilityVerdict, EvaluateOptions } from '../eligibility';
import type {
  AwardKindCode,
  AwardRecord,
  AwardType,
  CriterionStatus,
  InitiativeLevel,
  InitiativeRecord,
  MemberStatsRecord,
  Rating,
  RatingRecord,
  SubjectKind,
} from '../regimes/types';
import type { EligibilityHistory } from './facts';

export function award(awardKind: AwardKindCode, year: number, extra: Partial<AwardRecord> = {}): AwardRecord {
  return {
    awardKind,
    year,
    decisionNumber: `${100 + (year % 100)}/QĐ-UBND`,
    decisionDate: `${year}-12-20`,
    revoked: false,
    ...extra,
  };
}

/** The same title in every year of [from, to]. */
export function awards(awardKind: AwardKindCode, from: number, to: number): AwardRecord[] {
  const out: AwardRecord[] = [];
  for (let year = from; year <= to; year++) out.push(award(awardKind, year));
  return out;
}

export function ratings(from: number, to: number, rating: Rating = 'HTT'): RatingRecord[] {
  const out: RatingRecord[] = [];
  for (let year = from; year <= to; year++) out.push({ year, rating });
  return out;
}

export function sk(
  id: string,
  level: InitiativeLevel,
  recognizedOn: string,
  usedByAward: string | null = null,
): InitiativeRecord {
  return { id, title: `Sáng kiến ${id}`, level, recognizedOn, usedByAward };
}

/** An individual with complete (possibly empty) records: absence of a record is a fact, not missing data. */
export function person(extra: Partial<EligibilityHistory> = {}): EligibilityHistory {
  return {
    recruitedOn: '2010-03-01',
    awards: [],
    ratings: [],
    initiatives: [],
    disciplines: [],
    pendingInvestigation: false,
    ...extra,
  };
}

export function collective(extra: Partial<EligibilityHistory> = {}): EligibilityHistory {
  return { awards: [], ratings: [], disciplines: [], memberStats: [], pendingInvestigation: false, ...extra };
}

export function stats(year: number, extra: Partial<MemberStatsRecord> = {}): MemberStatsRecord {
  return {
    year,
    members: 20,
    ldttShare: 0.8,
    completedShare: 1,
    cstdcsCount: 2,
    seriousDiscipline: false,
    ...extra,
  };
}

export interface Case {
  /** Names the legal basis: "L22 Đ24 k1 — …". */
  title: string;
  history: EligibilityHistory;
  request: [SubjectKind, AwardKindCode, number, AwardType?];
  asOf?: string;
  options?: EvaluateOptions;
  verdict: EligibilityVerdict['verdict'];
  criteria?: Record<string, CriterionStatus>;
  /** Some evidence of some criterion matches. */
  evidence?: RegExp;
  /** Some warning matches. */
  warning?: RegExp;
  regime?: 'A' | 'B' | 'C';
}

export function run(c: Case): EligibilityVerdict {
  const [subjectKind, awardKind, year, awardType = 'cong_trang'] = c.request;
  return evaluate(
    c.history,
    { subjectKind, awardKind, year, awardType },
    c.asOf ?? `${year}-12-31`,
    c.options,
  );
}

function explain(v: EligibilityVerdict): string {
  return v.criteria
    .map((r) => `${r.id}=${r.status} [${r.evidence.map((e) => e.text).join(' | ')}]`)
    .concat(v.warnings.map((w) => `warning: ${w}`))
    .join('\n');
}

/** One node:test per case. */
export function runCases(cases: readonly Case[]): void {
  for (const c of cases) {
    test(c.title, () => {
      const v = run(c);
      const why = explain(v);
      assert.equal(v.verdict, c.verdict, why);
      if (c.regime) assert.equal(v.regime, c.regime);
      for (const [id, status] of Object.entries(c.criteria ?? {})) {
        const row = v.criteria.find((r) => r.id === id);
        assert.ok(row, `no criterion ${id}\n${why}`);
        assert.equal(row.status, status, `${id}\n${why}`);
      }
      if (c.evidence) {
        const texts = v.criteria.flatMap((r) => r.evidence.map((e) => e.text));
        assert.ok(
          texts.some((t) => c.evidence!.test(t)),
          `no evidence matches ${c.evidence}\n${why}`,
        );
      }
      if (c.warning)
        assert.ok(
          v.warnings.some((w) => c.warning!.test(w)),
          `no warning ${c.warning}\n${why}`,
        );
    });
  }
}
