// The history window (eligibility/reach.ts): verdicts on the window equal the verdicts on the whole history, for
// random histories and every kind of the catalog; the window of the suggestions' usual kinds; every check
// declares its reach.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluate } from './eligibility';
import { historyWindow, withinWindow } from './eligibility/reach';
import { checkFor, reachOf } from './eligibility/registry';
import { caseArb, requestArb } from './eligibility/test-arbitraries';
import type { EligibilityRequest } from './regimes/types';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

test('property — the verdict on the window of its request is the verdict on the whole history', () => {
  fc.assert(
    fc.property(caseArb, ({ history, request, asOf }) => {
      const window = historyWindow([request]);
      assert.deepEqual(
        evaluate(withinWindow(history, window, asOf), request, asOf),
        evaluate(history, request, asOf),
      );
    }),
    { numRuns: RUNS * 3 },
  );
});

test('property — one window for several requests serves each of them', () => {
  fc.assert(
    fc.property(caseArb, requestArb, ({ history, request, asOf }, other) => {
      const window = historyWindow([other.request, request]);
      assert.deepEqual(
        evaluate(withinWindow(history, window, asOf), request, asOf),
        evaluate(history, request, asOf),
      );
    }),
    { numRuns: RUNS },
  );
});

test('window — CSTĐ tỉnh and Bằng khen tỉnh 2025: two years of ratings, three of awards and initiatives', () => {
  const request = (awardKind: EligibilityRequest['awardKind']): EligibilityRequest => ({
    subjectKind: 'individual',
    awardKind,
    year: 2025,
    awardType: 'cong_trang',
  });
  assert.deepEqual(historyWindow([request('CSTD_TINH')]), {
    ratingsFrom: 2025,
    awardsFrom: 2023,
    initiativesFrom: 2023,
  });
  assert.deepEqual(historyWindow([request('BK_TINH')]), {
    ratingsFrom: 2024,
    awardsFrom: 2024,
    initiativesFrom: 2024,
  });
  assert.deepEqual(historyWindow([request('CSTD_TINH'), request('BK_TINH')]), {
    ratingsFrom: 2024,
    awardsFrom: 2023,
    initiativesFrom: 2023,
  });
  // The years since the previous Bằng khen have no bound: everything is read.
  assert.deepEqual(historyWindow([request('BK_TINH'), request('BK_TTG')]), {
    ratingsFrom: null,
    awardsFrom: null,
    initiativesFrom: null,
  });
});

test('window — CSTĐ toàn quốc proposed the year after its second cycle reads seven years of awards', () => {
  const award = (awardKind: 'CSTDCS' | 'CSTD_TINH', year: number) => ({
    id: `${awardKind}-${year}`,
    awardKind,
    year,
    decisionDate: `${year}-12-20`,
  });
  const history = {
    recruitedOn: '2010-01-01',
    disciplines: [],
    pendingInvestigation: false,
    awards: [2020, 2021, 2022, 2023, 2024, 2025].map((y) => award('CSTDCS', y)),
    ratings: [2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({ year, rating: 'HTXS' as const })),
    initiatives: [{ id: 's1', level: 'national' as const, recognizedOn: '2024-04-01', usedByAward: null }],
  };
  history.awards.push(award('CSTD_TINH', 2022), award('CSTD_TINH', 2025));
  const request: EligibilityRequest = {
    subjectKind: 'individual',
    awardKind: 'CSTDTQ',
    year: 2026,
    awardType: 'cong_trang',
  };
  const asOf = '2026-12-31';
  const window = historyWindow([request]);
  assert.equal(window.awardsFrom, 2020);
  const whole = evaluate(history, request, asOf);
  assert.equal(whole.verdict, 'eligible');
  assert.deepEqual(evaluate(withinWindow(history, window, asOf), request, asOf), whole);
});

test('window — records decided or recognised after the evaluation date are kept whatever their year', () => {
  const window = { ratingsFrom: 2024, awardsFrom: 2023, initiativesFrom: 2023 };
  const kept = withinWindow(
    {
      ratings: [
        { year: 2023, rating: 'HTXS' },
        { year: 2024, rating: 'HTT' },
      ],
      awards: [
        { id: 'old', awardKind: 'LDTT', year: 2019, decisionDate: '2019-12-20' },
        { id: 'late', awardKind: 'LDTT', year: 2019, decisionDate: '2026-02-01' },
        { id: 'undated', awardKind: 'LDTT', year: 2022, decisionDate: null },
        { id: 'new', awardKind: 'CSTDCS', year: 2023, decisionDate: '2023-12-20' },
      ],
      initiatives: [
        { id: 's1', level: 'unit', recognizedOn: '2022-12-31', usedByAward: null },
        { id: 's2', level: 'unit', recognizedOn: '2023-01-01', usedByAward: null },
      ],
      disciplines: [{ kind: 'khien_trach', from: '2010-01-01', to: '2010-12-31' }],
    },
    window,
    '2025-12-31',
  );
  assert.deepEqual(
    kept.ratings?.map((r) => r.year),
    [2024],
  );
  assert.deepEqual(
    kept.awards?.map((a) => a.id),
    ['late', 'new'],
  );
  assert.deepEqual(
    kept.initiatives?.map((i) => i.id),
    ['s2'],
  );
  assert.equal(kept.disciplines?.length, 1);
});

test('reach — every check declares what it reads', () => {
  assert.deepEqual(Object.keys(reachOf).sort(), Object.keys(checkFor).sort());
});

test('window — a year no regime covers reads everything (evaluate reports the year itself)', () => {
  const request: EligibilityRequest = {
    subjectKind: 'individual',
    awardKind: 'LDTT',
    year: 1900,
    awardType: 'cong_trang',
  };
  assert.deepEqual(historyWindow([request]), { ratingsFrom: null, awardsFrom: null, initiativesFrom: null });
});
