// Random histories and requests for the eligibility property tests (test-only).

import fc from 'fast-check';
import { REGIMES } from '../catalog';
import type {
  AwardKindCode,
  AwardRecord,
  DisciplineRecord,
  EligibilityRequest,
  InitiativeRecord,
  MemberStatsRecord,
  RatingRecord,
} from '../regimes/types';
import { AWARD_TYPES, DISCIPLINE_KINDS, INITIATIVE_LEVELS, RATINGS } from '../regimes/types';
import type { EligibilityHistory } from './facts';

const HISTORY_KINDS: AwardKindCode[] = [
  'LDTT',
  'CSTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTDTQ',
  'TTLDTT',
  'TTLDXS',
  'CO_TINH',
  'BK_TINH',
  'BK_TTG',
  'GK',
];

const year = fc.integer({ min: 2014, max: 2027 });
const date = fc
  .integer({ min: 0, max: 14 * 365 })
  .map((days) => new Date(Date.UTC(2014, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

const awardArb: fc.Arbitrary<AwardRecord> = fc.record({
  id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6'),
  awardKind: fc.constantFrom(...HISTORY_KINDS),
  year,
  decisionDate: fc.option(date, { nil: null }),
  awardType: fc.oneof(fc.constant('cong_trang' as const), fc.constantFrom(...AWARD_TYPES)),
  revoked: fc.boolean(),
});

const ratingArb: fc.Arbitrary<RatingRecord> = fc.record({ year, rating: fc.constantFrom(...RATINGS) });

const initiativeArb: fc.Arbitrary<InitiativeRecord> = fc.record({
  id: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7'),
  level: fc.constantFrom(...INITIATIVE_LEVELS),
  recognizedOn: date,
  usedByAward: fc.option(fc.constantFrom('a1', 'a2', 'other'), { nil: null }),
});

const disciplineArb: fc.Arbitrary<DisciplineRecord> = fc
  .record({
    kind: fc.constantFrom(...DISCIPLINE_KINDS),
    from: date,
    days: fc.option(fc.integer({ min: 0, max: 900 })),
  })
  .map(({ kind, from, days }) => ({
    kind,
    from,
    to: days === null ? null : new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10),
  }));

const statsArb: fc.Arbitrary<MemberStatsRecord> = fc.record({
  year,
  members: fc.integer({ min: 1, max: 60 }),
  ldttShare: fc.constantFrom(0.4, 0.5, 0.51, 0.699, 0.7, 0.8, 1),
  completedShare: fc.constantFrom(0.9, 0.99, 1),
  cstdcsCount: fc.integer({ min: 0, max: 3 }),
  seriousDiscipline: fc.boolean(),
});

/** Dense histories around the request year, so streaks and prerequisites are often met. */
const sparseHistoryArb: fc.Arbitrary<EligibilityHistory> = fc.record(
  {
    recruitedOn: fc.option(date, { nil: null }),
    awards: fc.array(awardArb, { maxLength: 24 }),
    ratings: fc.uniqueArray(ratingArb, { maxLength: 14, selector: (r) => r.year }),
    initiatives: fc.uniqueArray(initiativeArb, { maxLength: 7, selector: (i) => i.id }),
    disciplines: fc.array(disciplineArb, { maxLength: 2 }),
    pendingInvestigation: fc.constantFrom(false, false, false, false, true),
    memberStats: fc.uniqueArray(statsArb, { maxLength: 6, selector: (m) => m.year }),
    groupResults: fc.uniqueArray(fc.record({ year, leading: fc.boolean() }), {
      maxLength: 3,
      selector: (g) => g.year,
    }),
  },
  { requiredKeys: ['awards', 'ratings'] },
);

/** Every (kind, subject kind) the catalog knows, in any regime. */
const PAIRS = [
  ...new Set(
    REGIMES.flatMap((r) => Object.values(r.kinds).flatMap((k) => k!.subjects.map((s) => `${k!.code}|${s}`))),
  ),
].map((p) => p.split('|') as [AwardKindCode, EligibilityRequest['subjectKind']]);

export const requestArb: fc.Arbitrary<{ request: EligibilityRequest; asOf: string }> = fc
  .record({
    pair: fc.constantFrom(...PAIRS),
    year: fc.integer({ min: 2018, max: 2026 }),
    awardType: fc.oneof(
      { arbitrary: fc.constant('cong_trang' as const), weight: 5 },
      { arbitrary: fc.constantFrom(...AWARD_TYPES), weight: 1 },
    ),
    lag: fc.integer({ min: -100, max: 400 }),
  })
  .map(({ pair, year: y, awardType, lag }) => ({
    request: { awardKind: pair[0], subjectKind: pair[1], year: y, awardType },
    asOf: new Date(Date.UTC(y, 11, 31) + lag * 86_400_000).toISOString().slice(0, 10),
  }));

/** The title with probability p (in tenths), else null. */
function chance(p: number, code: AwardKindCode): fc.Arbitrary<AwardKindCode | null> {
  return fc.integer({ min: 0, max: 9 }).map((n) => (n < p * 10 ? code : null));
}

const denseInitiativeArb: fc.Arbitrary<InitiativeRecord> = fc.record({
  id: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'),
  level: fc.constantFrom(...INITIATIVE_LEVELS),
  recognizedOn: fc
    .integer({ min: 2016, max: 2026 })
    .chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, '0')}-15`)),
  usedByAward: fc.constantFrom<string | null>(null, null, null, 'other'),
});

/** A good career with holes: most years rated well and titled, so the pass paths are exercised too. */
const denseHistoryArb: fc.Arbitrary<EligibilityHistory> = fc
  .record({
    years: fc.array(
      fc.record({
        rating: fc.constantFrom<RatingRecord['rating'] | null>(
          'HTXS',
          'HTXS',
          'HTXS',
          'HTT',
          'HTT',
          'HT',
          null,
        ),
        titles: fc
          .tuple(
            chance(0.7, 'LDTT'),
            chance(0.7, 'CSTDCS'),
            chance(0.1, 'CSTD_TINH'),
            chance(0.3, 'TTLDXS'),
            chance(0.2, 'BK_TINH'),
            chance(0.2, 'CO_TINH'),
            chance(0.2, 'GK'),
          )
          .map((titles) => titles.filter((t): t is AwardKindCode => t !== null)),
        stats: fc.option(statsArb),
        leading: fc.option(fc.boolean()),
      }),
      { minLength: 14, maxLength: 14 },
    ),
    initiatives: fc.uniqueArray(denseInitiativeArb, { maxLength: 8, selector: (i) => i.id }),
    disciplines: fc.oneof(
      { arbitrary: fc.constant([]), weight: 3 },
      { arbitrary: fc.array(disciplineArb, { minLength: 1, maxLength: 1 }), weight: 1 },
    ),
    pendingInvestigation: fc.constantFrom(false, false, false, false, true),
    recruitedOn: fc.option(date, { nil: null }),
  })
  .map(({ years, initiatives, disciplines, pendingInvestigation, recruitedOn }) => {
    const awards: AwardRecord[] = [];
    const ratings: RatingRecord[] = [];
    const memberStats: MemberStatsRecord[] = [];
    const groupResults: { year: number; leading: boolean }[] = [];
    years.forEach((y, i) => {
      const yr = 2014 + i;
      if (y.rating) ratings.push({ year: yr, rating: y.rating });
      y.titles.forEach((awardKind, j) =>
        awards.push({ id: `d${i}-${j}`, awardKind, year: yr, decisionDate: `${yr}-12-20` }),
      );
      if (y.stats) memberStats.push({ ...y.stats, year: yr });
      if (y.leading !== null) groupResults.push({ year: yr, leading: y.leading });
    });
    return {
      recruitedOn,
      awards,
      ratings,
      initiatives,
      disciplines,
      pendingInvestigation,
      memberStats,
      groupResults,
    };
  });

export const historyArb: fc.Arbitrary<EligibilityHistory> = fc.oneof(sparseHistoryArb, denseHistoryArb);

/** Histories known to be eligible (one per data-checkable kind), so disqualifying edits start from a pass. */
export function seeds(): { history: EligibilityHistory; request: EligibilityRequest; asOf: string }[] {
  const award = (awardKind: AwardKindCode, y: number): AwardRecord => ({
    id: `${awardKind}-${y}`,
    awardKind,
    year: y,
    decisionDate: `${y}-12-20`,
  });
  const range = (awardKind: AwardKindCode, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => award(awardKind, from + i));
  const rated = (from: number, to: number, rating: RatingRecord['rating']) =>
    Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, rating }));
  const ind = (awardKind: AwardKindCode, y: number): EligibilityRequest => ({
    subjectKind: 'individual',
    awardKind,
    year: y,
    awardType: 'cong_trang',
  });
  const col = (awardKind: AwardKindCode, y: number): EligibilityRequest => ({
    ...ind(awardKind, y),
    subjectKind: 'collective',
  });
  const person = { recruitedOn: '2010-01-01', disciplines: [], pendingInvestigation: false };
  const sk = (id: string, level: InitiativeRecord['level'], on: string): InitiativeRecord => ({
    id,
    level,
    recognizedOn: on,
    usedByAward: null,
  });
  return [
    {
      history: { ...person, ratings: rated(2025, 2025, 'HTT') },
      request: ind('LDTT', 2025),
      asOf: '2025-12-31',
    },
    {
      history: { ...person, ratings: rated(2021, 2021, 'HTT') },
      request: ind('LDTT', 2021),
      asOf: '2021-12-31',
    },
    {
      history: {
        ...person,
        ratings: rated(2025, 2025, 'HTT'),
        initiatives: [sk('s1', 'unit', '2025-04-01')],
      },
      request: ind('CSTDCS', 2025),
      asOf: '2025-12-31',
    },
    {
      history: {
        ...person,
        awards: range('CSTDCS', 2023, 2024),
        ratings: rated(2023, 2025, 'HTXS'),
        initiatives: [sk('s1', 'province', '2025-04-01')],
      },
      request: ind('CSTD_TINH', 2025),
      asOf: '2025-12-31',
    },
    {
      history: {
        ...person,
        awards: [...range('CSTDCS', 2020, 2025), award('CSTD_TINH', 2022), award('CSTD_TINH', 2025)],
        ratings: rated(2020, 2025, 'HTXS'),
        initiatives: [sk('s1', 'national', '2024-04-01')],
      },
      request: ind('CSTDTQ', 2025),
      asOf: '2025-12-31',
    },
    {
      history: {
        ...person,
        awards: [award('BK_TINH', 2019), award('CSTDCS', 2020), award('CSTDCS', 2022), award('CSTDCS', 2024)],
        ratings: rated(2020, 2024, 'HTT'),
      },
      request: ind('BK_TTG', 2024),
      asOf: '2024-12-31',
    },
    {
      history: {
        ...person,
        awards: [award('BK_TINH', 2016)],
        ratings: rated(2017, 2021, 'HTXS'),
        initiatives: [2017, 2018, 2019, 2020, 2021].map((y) => sk(`s${y}`, 'unit', `${y}-05-01`)),
      },
      request: ind('BK_TTG', 2021),
      asOf: '2021-12-31',
    },
    {
      history: { ...person, awards: range('CSTDCS', 2024, 2025), ratings: rated(2024, 2025, 'HTXS') },
      request: ind('BK_TINH', 2025),
      asOf: '2025-12-31',
    },
    {
      history: {
        pendingInvestigation: false,
        ratings: rated(2025, 2025, 'HTXS'),
        memberStats: [
          {
            year: 2025,
            members: 10,
            ldttShare: 0.7,
            completedShare: 1,
            cstdcsCount: 1,
            seriousDiscipline: false,
          },
        ],
      },
      request: col('TTLDXS', 2025),
      asOf: '2025-12-31',
    },
    {
      history: {
        pendingInvestigation: false,
        ratings: rated(2021, 2021, 'HTT'),
        memberStats: [
          {
            year: 2021,
            members: 10,
            ldttShare: 0.6,
            completedShare: 1,
            cstdcsCount: 0,
            seriousDiscipline: false,
          },
        ],
      },
      request: col('TTLDTT', 2021),
      asOf: '2021-12-31',
    },
    {
      history: {
        pendingInvestigation: false,
        awards: [...range('TTLDXS', 2017, 2021), award('CO_TINH', 2019)],
      },
      request: col('HC_LAO_DONG_3', 2021),
      asOf: '2021-12-31',
    },
  ];
}

/** A request with its history: random, or an eligible seed (often), for the property tests. */
export const caseArb = fc.oneof(
  { arbitrary: fc.tuple(historyArb, requestArb).map(([history, r]) => ({ history, ...r })), weight: 2 },
  { arbitrary: fc.constantFrom(...seeds()), weight: 1 },
);
