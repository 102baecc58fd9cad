// Cross-cutting rules: disciplines (N152 Đ4 k4), what is known on the evaluation date, the regime of the
// achievement year, warnings, bad input, and the regime-A quota over a unit-year's nominees (N91 Đ9 k3).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RegimeError } from './catalog';
import { evaluate, evaluateQuota } from './eligibility';
import { award, awards, person, ratings, run, runCases, sk } from './eligibility/test-fixtures';
import type { Case } from './eligibility/test-fixtures';

const disciplines: Case[] = [
  {
    title: 'LĐTT C — N152 Đ4 k4: a discipline ending mid-year (30/06/2025) blocks 2025 → not eligible',
    history: person({
      ratings: ratings(2025, 2025),
      disciplines: [{ kind: 'khien_trach', from: '2024-07-01', to: '2025-06-30' }],
    }),
    request: ['individual', 'LDTT', 2025],
    verdict: 'not_eligible',
    criteria: { 'general.discipline_ended': 'fail', 'general.conduct': 'fail' },
  },
  {
    title:
      'LĐTT C — N152 Đ4 k4: a discipline ending the year before (31/12/2024) does not block 2025 → eligible',
    history: person({
      ratings: ratings(2025, 2025),
      disciplines: [{ kind: 'canh_cao', from: '2024-01-15', to: '2024-12-31' }],
    }),
    request: ['individual', 'LDTT', 2025],
    verdict: 'eligible',
    criteria: { 'general.discipline_ended': 'pass' },
  },
  {
    title:
      'LĐTT C — N152 Đ4 k4: a discipline imposed after the year, in force on the date of evaluation → needs review',
    history: person({
      ratings: ratings(2025, 2025),
      disciplines: [{ kind: 'khien_trach', from: '2026-02-01', to: '2026-12-31' }],
    }),
    request: ['individual', 'LDTT', 2025],
    asOf: '2026-03-01',
    verdict: 'needs_review',
    criteria: { 'general.discipline_ended': 'unknown' },
  },
  {
    title: 'LĐTT C — N152 Đ4 k4: a discipline without an end date, since 2023 → not eligible',
    history: person({
      ratings: ratings(2025, 2025),
      disciplines: [{ kind: 'ha_bac_luong', from: '2023-05-01', to: null }],
    }),
    request: ['individual', 'LDTT', 2025],
    verdict: 'not_eligible',
  },
  {
    title:
      'LĐTT C — N152 Đ4 k4: a discipline recorded as starting after the evaluation date is not yet known → eligible',
    history: person({
      ratings: ratings(2025, 2025),
      disciplines: [{ kind: 'khien_trach', from: '2026-06-01', to: '2026-12-31' }],
    }),
    request: ['individual', 'LDTT', 2025],
    asOf: '2026-01-10',
    verdict: 'eligible',
  },
  {
    title:
      'CSTĐCS C — N152 Đ4 k4: discipline records not supplied → the condition is presumed and shown as such',
    history: {
      recruitedOn: '2010-01-01',
      awards: [award('LDTT', 2025)],
      ratings: ratings(2025, 2025, 'HTXS'),
    },
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'eligible',
    criteria: { 'general.discipline_ended': 'pass', 'general.no_pending_investigation': 'pass' },
    evidence: /Coi là đạt: không có kỷ luật nào được ghi nhận/,
  },
];

const knowledge: Case[] = [
  {
    title:
      'CSTĐ tỉnh C — legal.md §12: a CSTĐCS decided after the evaluation date is set aside → needs review',
    history: person({
      awards: [...awards('CSTDCS', 2023, 2024), award('CSTDCS', 2025, { decisionDate: '2026-01-20' })],
      initiatives: [sk('sk-p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    asOf: '2026-01-05',
    verdict: 'needs_review',
    warning: /quyết định sau ngày xét 05\/01\/2026, không tính/,
  },
  {
    title: 'LĐTT A — legal.md §12: 2023 is judged by regime A even when evaluated in 2024, with a warning',
    history: person({ recruitedOn: '2023-02-01', ratings: ratings(2023, 2023) }),
    request: ['individual', 'LDTT', 2023],
    asOf: '2024-02-01',
    verdict: 'eligible',
    regime: 'A',
    warning: /chế độ A .* thuộc chế độ B/,
  },
  {
    title: 'LĐTT C — legal.md §12: achievement year 2025 is judged by regime C (in force on 31/12/2025)',
    history: person({ ratings: ratings(2025, 2025) }),
    request: ['individual', 'LDTT', 2025],
    asOf: '2025-06-15',
    verdict: 'eligible',
    regime: 'C',
    warning: /chưa kết thúc/,
  },
];

const registration: Case[] = [
  {
    title: 'LĐTT C — local rule (registrationRequired, L22 leaves it to the locality): registered → eligible',
    history: person({ ratings: ratings(2025, 2025), registrations: [{ year: 2025, awardKind: 'LDTT' }] }),
    request: ['individual', 'LDTT', 2025],
    options: { overlayParams: { registrationRequired: true } },
    verdict: 'eligible',
    criteria: { 'general.registered': 'pass' },
  },
  {
    title:
      'LĐTT C — local rule (registrationRequired): registrations known, none for LĐTT 2025 → not eligible',
    history: person({ ratings: ratings(2025, 2025), registrations: [{ year: 2024, awardKind: 'LDTT' }] }),
    request: ['individual', 'LDTT', 2025],
    options: { overlayParams: { registrationRequired: true } },
    verdict: 'not_eligible',
    criteria: { 'general.registered': 'fail' },
  },
  {
    title: 'LĐTT C — local rule (registrationRequired): no registration data → needs review',
    history: person({ ratings: ratings(2025, 2025) }),
    request: ['individual', 'LDTT', 2025],
    options: { overlayParams: { registrationRequired: true } },
    verdict: 'needs_review',
    criteria: { 'general.registered': 'unknown' },
  },
];

runCases([...disciplines, ...knowledge, ...registration]);

test('evaluate — legal.md §0: an achievement year before regime A is refused with a Vietnamese reason', () => {
  assert.throws(
    () =>
      evaluate(
        person(),
        { subjectKind: 'individual', awardKind: 'LDTT', year: 2016, awardType: 'cong_trang' },
        '2017-01-10',
      ),
    (e: unknown) => e instanceof RegimeError && /trước ngày 01\/10\/2017/.test(e.message),
  );
});

test('evaluate — a malformed evaluation date is refused', () => {
  assert.throws(
    () =>
      evaluate(
        person(),
        { subjectKind: 'individual', awardKind: 'LDTT', year: 2025, awardType: 'cong_trang' },
        '31/12/2025',
      ),
    RegimeError,
  );
});

test('evaluate — deterministic: the same input gives the same verdict, texts included', () => {
  const c: Case = {
    title: '',
    history: person({ awards: awards('CSTDCS', 2023, 2024), ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'not_eligible',
  };
  assert.deepEqual(run(c), run(c));
});

test('evaluate — every verdict text is Vietnamese with diacritics and every criterion has a basis', () => {
  const v = run({
    title: '',
    history: person({ ratings: ratings(2024, 2025, 'HTT') }),
    request: ['individual', 'BK_TINH', 2025],
    verdict: 'needs_review',
  });
  assert.equal(
    v.awardKindName,
    'Bằng khen của Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân cấp tỉnh',
  );
  for (const row of v.criteria) {
    assert.ok(row.basis.document.length > 0, row.id);
    assert.match(row.text, /[àáảãạăâđêôơưếềệộớờợứừựíìịóòọúùụ]/i, row.id);
  }
});

test('evaluateQuota A — N91 Đ9 k3: 3 CSTĐCS for 20 LĐTT is exactly 15% → within the quota', () => {
  const nominees = ['a', 'b', 'c'].map((id) => ({ id, awardKind: 'CSTDCS' as const }));
  const result = evaluateQuota(nominees, { year: 2022, regime: 'A', ldttCount: 20 });
  assert.deepEqual([result.ok, result.limit, result.count], [true, 3, 3]);
  assert.match(result.text, /trong giới hạn/);
});

test('evaluateQuota A — N91 Đ9 k3: 4 CSTĐCS for 20 LĐTT → over the quota', () => {
  const nominees = ['a', 'b', 'c', 'd'].map((id) => ({ id, awardKind: 'CSTDCS' as const }));
  const result = evaluateQuota(nominees, { year: 2022, regime: 'A', ldttCount: 20 });
  assert.deepEqual([result.ok, result.limit], [false, 3]);
  assert.match(result.text, /vượt giới hạn/);
});

test('evaluateQuota A — N91 Đ9 k3: 15% of 10 LĐTT is 1.5, rounded down to 1', () => {
  const result = evaluateQuota(
    [
      { id: 'a', awardKind: 'CSTDCS' },
      { id: 'b', awardKind: 'CSTDCS' },
    ],
    {
      year: 2022,
      regime: 'A',
      ldttCount: 10,
    },
  );
  assert.deepEqual([result.ok, result.limit], [false, 1]);
});

test('evaluateQuota A — N91 Đ9 k3: 6 LĐTT allow no CSTĐCS (0.9 rounds down to 0)', () => {
  assert.equal(evaluateQuota([], { year: 2021, regime: 'A', ldttCount: 6 }).limit, 0);
});

test('evaluateQuota A — N91 Đ9 k3: only CSTĐCS nominees are counted', () => {
  const result = evaluateQuota(
    [
      { id: 'a', awardKind: 'CSTDCS' },
      { id: 'b', awardKind: 'LDTT' },
      { id: 'c', awardKind: 'GK' },
    ],
    { year: 2021, regime: 'A', ldttCount: 7 },
  );
  assert.deepEqual([result.ok, result.count, result.limit], [true, 1, 1]);
});

test('evaluateQuota A — overlay cstdcsQuotaShare 10%: 20 LĐTT allow 2', () => {
  const result = evaluateQuota(
    [],
    { year: 2021, regime: 'A', ldttCount: 20 },
    { overlayParams: { cstdcsQuotaShare: 0.1 } },
  );
  assert.equal(result.limit, 2);
});

test('evaluateQuota B, C — L22 Đ23: no national cap on CSTĐCS', () => {
  for (const regime of ['B', 'C'] as const) {
    const nominees = Array.from({ length: 9 }, (_, i) => ({ id: `n${i}`, awardKind: 'CSTDCS' as const }));
    const result = evaluateQuota(nominees, { year: 2025, regime, ldttCount: 10 });
    assert.deepEqual([result.ok, result.limit, result.count], [true, null, 9]);
  }
});
