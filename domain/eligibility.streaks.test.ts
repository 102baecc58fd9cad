// Golden cases of the multi-year individual titles (CSTĐ tỉnh, CSTĐ toàn quốc) in regimes A, B, C: streaks,
// cycles, equivalence across regimes, initiatives used once, disciplines and the counting floor.
// Every title names its legal basis.

import { award, awards, person, ratings, runCases, sk } from './eligibility/test-fixtures';
import type { Case } from './eligibility/test-fixtures';

const cstdTinh: Case[] = [
  {
    title:
      'CSTĐ tỉnh C — L22 Đ22: CSTĐCS 2023, 2024 recorded, 2025 met by data, province initiative → eligible',
    history: person({
      awards: awards('CSTDCS', 2023, 2024),
      ratings: ratings(2025, 2025, 'HTXS'),
      initiatives: [sk('sk-p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'eligible',
    criteria: { 'cstd_tinh.streak_cstdcs_3': 'pass', 'cstd_tinh.initiative_province': 'pass' },
  },
  {
    title: 'CSTĐ tỉnh C — L22 Đ22: streak broken by one year (no CSTĐCS 2023) → not eligible',
    history: person({
      awards: [award('CSTDCS', 2022), award('CSTDCS', 2024), award('CSTDCS', 2025)],
      ratings: ratings(2025, 2025, 'HTXS'),
      initiatives: [sk('sk-p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstd_tinh.streak_cstdcs_3': 'fail' },
    evidence: /Không có Chiến sĩ thi đua cơ sở năm 2023/,
  },
  {
    title: 'CSTĐ tỉnh C — L22 Đ22: a revoked CSTĐCS in the streak does not count → not eligible',
    history: person({
      awards: [award('CSTDCS', 2023), award('CSTDCS', 2024, { revoked: true }), award('CSTDCS', 2025)],
      initiatives: [sk('sk-p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstd_tinh.streak_cstdcs_3': 'fail' },
  },
  {
    title:
      'CSTĐ tỉnh B — L22 Đ22 / N91 Đ9 k2: streak crossing the A/B boundary (2022, 2023 in A; 2024 in B) → eligible',
    history: person({
      awards: awards('CSTDCS', 2022, 2024),
      initiatives: [sk('sk-p', 'province', '2023-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2024],
    verdict: 'eligible',
    regime: 'B',
    evidence: /Chiến sĩ thi đua cơ sở năm 2022/,
  },
  {
    title: 'CSTĐ tỉnh A — N91 Đ9 k2: CSTĐCS 2016 (before regime A) counts for 2018 → eligible',
    history: person({
      awards: awards('CSTDCS', 2016, 2018),
      initiatives: [sk('sk-p', 'province', '2018-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2018],
    verdict: 'eligible',
    regime: 'A',
  },
  {
    title: 'CSTĐ tỉnh A — N91 Đ9 k2: three CSTĐCS 2018–2020 and a province initiative → eligible',
    history: person({
      awards: awards('CSTDCS', 2018, 2020),
      initiatives: [sk('sk-p', 'province', '2019-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2020],
    verdict: 'eligible',
    regime: 'A',
  },
  {
    title: 'CSTĐ tỉnh C — L22 Đ22: only a cơ sở initiative (not province level) → not eligible',
    history: person({
      awards: awards('CSTDCS', 2023, 2025),
      initiatives: [sk('sk-u', 'unit', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstd_tinh.initiative_province': 'fail' },
  },
  {
    title: 'CSTĐ tỉnh C — CV 5007: the province initiative was already used → not eligible',
    history: person({
      awards: awards('CSTDCS', 2023, 2025),
      initiatives: [sk('sk-p', 'province', '2024-05-01', 'award-bk-2024')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstd_tinh.initiative_province': 'fail' },
  },
  {
    title:
      'CSTĐ tỉnh C — L22 Đ5 k2c: CSTĐCS years already counted for CSTĐ tỉnh 2024 are not reused → not eligible',
    history: person({
      awards: [...awards('CSTDCS', 2022, 2025), award('CSTD_TINH', 2024)],
      initiatives: [sk('sk-p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstd_tinh.streak_cstdcs_3': 'fail' },
    evidence: /Điều 5 khoản 2 điểm c/,
  },
  {
    title:
      'CSTĐ tỉnh C — N152 Đ4 k3: a CSTĐCS recorded as chuyên đề is no basis for công trạng → not eligible',
    history: person({
      awards: [award('CSTDCS', 2023, { awardType: 'chuyen_de' }), ...awards('CSTDCS', 2024, 2025)],
      initiatives: [sk('sk-p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstd_tinh.streak_cstdcs_3': 'fail' },
    evidence: /không làm căn cứ khen công trạng/,
  },
  {
    title:
      'CSTĐ tỉnh C — N152 Đ4 k4: a discipline in 2023 restarts the count in 2024 → not eligible for 2025',
    history: person({
      awards: awards('CSTDCS', 2023, 2025),
      disciplines: [{ kind: 'khien_trach', from: '2023-03-01', to: '2023-12-31' }],
      initiatives: [sk('sk-p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstd_tinh.streak_cstdcs_3': 'fail', 'general.discipline_ended': 'pass' },
  },
  {
    title: 'CSTĐ tỉnh C — legal.md §14: CSTĐCS 2025 neither decided nor decidable (no rating) → needs review',
    history: person({
      awards: awards('CSTDCS', 2023, 2024),
      initiatives: [sk('sk-p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    verdict: 'needs_review',
    criteria: { 'cstd_tinh.streak_cstdcs_3': 'unknown' },
  },
  {
    title: 'CSTĐ tỉnh C — N98 Đ30 k7: exactly 90% of all members (18/20) → eligible',
    history: person({
      awards: awards('CSTDCS', 2023, 2025),
      initiatives: [sk('p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    options: { ballot: { agree: 18, disagree: 2, abstain: 0, membersTotal: 20 } },
    verdict: 'eligible',
    criteria: { 'general.council_vote': 'pass' },
  },
  {
    title: 'CSTĐ tỉnh C — N98 Đ30 k7: 85% of all members (17/20) is below 90% → not eligible',
    history: person({
      awards: awards('CSTDCS', 2023, 2025),
      initiatives: [sk('p', 'province', '2025-05-01')],
    }),
    request: ['individual', 'CSTD_TINH', 2025],
    options: { ballot: { agree: 17, disagree: 3, abstain: 0, membersTotal: 20 } },
    verdict: 'not_eligible',
    criteria: { 'general.council_vote': 'fail' },
  },
];

const cstdtq: Case[] = [
  {
    title:
      'CSTĐTQ C — L22 Đ21, legal.md §14: CSTĐ tỉnh 2022 and 2025 (consecutive cycles), national initiative → eligible',
    history: person({
      awards: [...awards('CSTDCS', 2020, 2025), award('CSTD_TINH', 2022), award('CSTD_TINH', 2025)],
      initiatives: [sk('sk-n', 'national', '2024-09-01')],
    }),
    request: ['individual', 'CSTDTQ', 2025],
    verdict: 'eligible',
    criteria: { 'cstdtq.streak_cstd_tinh_2': 'pass', 'cstdtq.initiative_national': 'pass' },
  },
  {
    title:
      'CSTĐTQ C — N91 Đ48 k1a: dossier in the year adjacent to the second CSTĐ tỉnh (2026 for 2025) → eligible',
    history: person({
      awards: [...awards('CSTDCS', 2020, 2025), award('CSTD_TINH', 2022), award('CSTD_TINH', 2025)],
      initiatives: [sk('sk-n', 'national', '2024-09-01')],
    }),
    request: ['individual', 'CSTDTQ', 2026],
    verdict: 'eligible',
    evidence: /lần thứ hai năm 2025/,
  },
  {
    title: 'CSTĐTQ C — legal.md §15: CSTĐ tỉnh 2021 and 2025 are not consecutive cycles → not eligible',
    history: person({
      awards: [...awards('CSTDCS', 2019, 2025), award('CSTD_TINH', 2021), award('CSTD_TINH', 2025)],
      initiatives: [sk('sk-n', 'national', '2024-09-01')],
    }),
    request: ['individual', 'CSTDTQ', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstdtq.streak_cstd_tinh_2': 'fail' },
  },
  {
    title:
      'CSTĐTQ C — legal.md §14: CSTĐ tỉnh in two consecutive calendar years is not "02 lần liên tục" → not eligible',
    history: person({
      awards: [...awards('CSTDCS', 2020, 2025), award('CSTD_TINH', 2024), award('CSTD_TINH', 2025)],
      initiatives: [sk('sk-n', 'national', '2024-09-01')],
    }),
    request: ['individual', 'CSTDTQ', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstdtq.streak_cstd_tinh_2': 'fail' },
  },
  {
    title: 'CSTĐTQ C — L22 Đ21: only a province-level initiative → not eligible',
    history: person({
      awards: [...awards('CSTDCS', 2020, 2025), award('CSTD_TINH', 2022), award('CSTD_TINH', 2025)],
      initiatives: [sk('sk-p', 'province', '2024-09-01')],
    }),
    request: ['individual', 'CSTDTQ', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstdtq.initiative_national': 'fail' },
  },
  {
    title:
      'CSTĐTQ A — N91 Đ48 k1a: CSTĐ tỉnh 2019 and 2022, CSTĐCS 2017–2022, national initiative → eligible',
    history: person({
      awards: [...awards('CSTDCS', 2017, 2022), award('CSTD_TINH', 2019), award('CSTD_TINH', 2022)],
      initiatives: [sk('sk-n', 'national', '2021-09-01')],
    }),
    request: ['individual', 'CSTDTQ', 2022],
    verdict: 'eligible',
    regime: 'A',
  },
  {
    title: 'CSTĐTQ C — L22 Đ21: a gap in CSTĐCS between the two cycles (2023 missing) → not eligible',
    history: person({
      awards: [
        ...awards('CSTDCS', 2020, 2022),
        ...awards('CSTDCS', 2024, 2025),
        award('CSTD_TINH', 2022),
        award('CSTD_TINH', 2025),
      ],
      initiatives: [sk('sk-n', 'national', '2024-09-01')],
    }),
    request: ['individual', 'CSTDTQ', 2025],
    verdict: 'not_eligible',
  },
];

runCases([...cstdTinh, ...cstdtq]);
