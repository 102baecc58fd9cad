// Golden cases of the individual titles (LĐTT/CSTT, CSTĐCS, CSTĐ tỉnh, CSTĐ toàn quốc) in regimes A, B, C.
// Every title names its legal basis.

import { award, awards, person, ratings, runCases, sk } from './eligibility/test-fixtures';
import type { Case } from './eligibility/test-fixtures';

const ldtt: Case[] = [
  {
    title: 'LĐTT C — L22 Đ24 k1: HTT and long service → eligible',
    history: person({ ratings: ratings(2025, 2025, 'HTT') }),
    request: ['individual', 'LDTT', 2025],
    verdict: 'eligible',
    regime: 'C',
    criteria: { 'ldtt.rating': 'pass', 'ldtt.tenure': 'pass', 'general.conduct': 'pass' },
  },
  {
    title: 'LĐTT C — L22 Đ24 k1: rated HT (below HTT) → not eligible',
    history: person({ ratings: ratings(2025, 2025, 'HT') }),
    request: ['individual', 'LDTT', 2025],
    verdict: 'not_eligible',
    criteria: { 'ldtt.rating': 'fail' },
  },
  {
    title: 'LĐTT C — L22 Đ24 k1: no rating for the year → needs review, never a silent pass',
    history: person({ ratings: ratings(2024, 2024, 'HTXS') }),
    request: ['individual', 'LDTT', 2025],
    verdict: 'needs_review',
    criteria: { 'ldtt.rating': 'unknown' },
    evidence: /Chưa có kết quả đánh giá, xếp loại năm 2025/,
  },
  {
    title: 'LĐTT B — TT01 Đ1 k5 d: recruited 7 months before year-end → eligible',
    history: person({ recruitedOn: '2024-06-01', ratings: ratings(2024, 2024) }),
    request: ['individual', 'LDTT', 2024],
    verdict: 'eligible',
    regime: 'B',
    criteria: { 'ldtt.tenure': 'pass' },
    evidence: /được 7 tháng/,
  },
  {
    title: 'LĐTT B — TT01 Đ1 k5 d: recruited 5 months before year-end (< 6) → not eligible',
    history: person({ recruitedOn: '2024-08-01', ratings: ratings(2024, 2024) }),
    request: ['individual', 'LDTT', 2024],
    verdict: 'not_eligible',
    criteria: { 'ldtt.tenure': 'fail' },
    evidence: /được 5 tháng \(cần từ 6 tháng\)/,
  },
  {
    title: 'LĐTT B — TT01 Đ1 k5 d: recruited 01/07, exactly 6 months to year-end → eligible',
    history: person({ recruitedOn: '2024-07-01', ratings: ratings(2024, 2024) }),
    request: ['individual', 'LDTT', 2024],
    verdict: 'eligible',
    criteria: { 'ldtt.tenure': 'pass' },
  },
  {
    title: 'LĐTT B — TT01 Đ1 k5 d: recruited 02/07, one day short of 6 months → not eligible',
    history: person({ recruitedOn: '2024-07-02', ratings: ratings(2024, 2024) }),
    request: ['individual', 'LDTT', 2024],
    verdict: 'not_eligible',
    criteria: { 'ldtt.tenure': 'fail' },
  },
  {
    title: 'LĐTT A — N91 Đ10: recruited 11 months before year-end (≥ 10) → eligible',
    history: person({ recruitedOn: '2021-02-01', ratings: ratings(2021, 2021) }),
    request: ['individual', 'LDTT', 2021],
    verdict: 'eligible',
    regime: 'A',
    criteria: { 'ldtt.tenure': 'pass' },
  },
  {
    title: 'LĐTT A — N91 Đ10: recruited 9 months before year-end (< 10) → not eligible',
    history: person({ recruitedOn: '2021-04-01', ratings: ratings(2021, 2021) }),
    request: ['individual', 'LDTT', 2021],
    verdict: 'not_eligible',
    criteria: { 'ldtt.tenure': 'fail' },
    evidence: /cần từ 10 tháng/,
  },
  {
    title: 'LĐTT A — N91 Đ10: khiển trách during the year → not eligible',
    history: person({
      ratings: ratings(2021, 2021),
      disciplines: [{ kind: 'khien_trach', from: '2021-03-01', to: '2021-09-30' }],
    }),
    request: ['individual', 'LDTT', 2021],
    verdict: 'not_eligible',
    criteria: { 'ldtt.no_discipline': 'fail', 'general.discipline_ended': 'fail' },
  },
  {
    title: 'LĐTT C — TT15 (U, overridable): a local rule of 12 months excludes a 10-month recruit',
    history: person({ recruitedOn: '2025-03-01', ratings: ratings(2025, 2025) }),
    request: ['individual', 'LDTT', 2025],
    options: { overlayParams: { tenureMonthsMin: 12 } },
    verdict: 'not_eligible',
    criteria: { 'ldtt.tenure': 'fail' },
    evidence: /cần từ 12 tháng/,
  },
  {
    title: 'LĐTT C — L22 Đ24 k1: recruitment date unknown → needs review',
    history: person({ recruitedOn: null, ratings: ratings(2025, 2025) }),
    request: ['individual', 'LDTT', 2025],
    verdict: 'needs_review',
    criteria: { 'ldtt.tenure': 'unknown' },
  },
  {
    title: 'CSTT C — L22 Đ24 k2: a soldier rated HTXS → eligible',
    history: person({ ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['individual', 'CSTT', 2025],
    verdict: 'eligible',
  },
  {
    title: 'CSTT A — L03: Chiến sĩ tiên tiến is not a kind of regime A here → not eligible with the reason',
    history: person({ ratings: ratings(2021, 2021) }),
    request: ['individual', 'CSTT', 2021],
    verdict: 'not_eligible',
    criteria: { 'general.kind_in_regime': 'fail' },
  },
  {
    title: 'LĐTT C — L22 Đ24: a collective cannot be Lao động tiên tiến → not eligible',
    history: person({ ratings: ratings(2025, 2025) }),
    request: ['collective', 'LDTT', 2025],
    verdict: 'not_eligible',
    criteria: { 'general.subject_kind': 'fail' },
  },
];

const cstdcs: Case[] = [
  {
    title: 'CSTĐCS C — L22 Đ23: LĐTT recorded for the year and HTXS → eligible (by the recorded award)',
    history: person({ awards: [award('LDTT', 2025)], ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'eligible',
    criteria: { 'cstdcs.ldtt_same_year': 'pass', 'cstdcs.htxs_or_initiative': 'pass' },
    evidence: /^Lao động tiên tiến năm 2025/,
  },
  {
    title:
      'CSTĐCS C — L22 Đ23 + legal.md §14: LĐTT not yet decided but met by the year’s data → eligible, says so',
    history: person({ ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'eligible',
    criteria: { 'cstdcs.ldtt_same_year': 'pass' },
    evidence: /xét tiêu chuẩn Lao động tiên tiến theo dữ liệu năm 2025: đạt/,
  },
  {
    title: 'CSTĐCS C — L22 Đ23: HTT with a free initiative recognised at cơ sở in the year → eligible',
    history: person({ ratings: ratings(2025, 2025), initiatives: [sk('sk-1', 'unit', '2025-06-01')] }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'eligible',
    criteria: { 'cstdcs.htxs_or_initiative': 'pass' },
  },
  {
    title:
      'CSTĐCS C — CV 5007/BNV-TĐKT: the only initiative was already used by another award → not eligible',
    history: person({
      ratings: ratings(2025, 2025),
      initiatives: [sk('sk-1', 'unit', '2025-06-01', 'award-gk-2025')],
    }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstdcs.htxs_or_initiative': 'fail' },
    evidence: /đã dùng làm căn cứ cho khen thưởng khác/,
  },
  {
    title: 'CSTĐCS C — L22 Đ23: HTT and no initiative → not eligible',
    history: person({ ratings: ratings(2025, 2025) }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'not_eligible',
    criteria: { 'cstdcs.htxs_or_initiative': 'fail' },
  },
  {
    title: 'CSTĐCS C — L22 Đ23: rating missing and no initiative → needs review',
    history: person({ awards: [award('LDTT', 2025)] }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'needs_review',
    criteria: { 'cstdcs.htxs_or_initiative': 'unknown' },
  },
  {
    title: 'CSTĐCS B — L22 Đ23: the LĐTT of the year was revoked and the year is rated HT → not eligible',
    history: person({
      awards: [award('LDTT', 2024, { revoked: true })],
      ratings: ratings(2024, 2024, 'HT'),
      initiatives: [sk('sk-1', 'unit', '2024-05-01')],
    }),
    request: ['individual', 'CSTDCS', 2024],
    verdict: 'not_eligible',
    criteria: { 'cstdcs.ldtt_same_year': 'fail' },
  },
  {
    title: 'CSTĐCS C — L22 Đ24 k2 (LĐTT ≡ CSTT): a Chiến sĩ tiên tiến of the year counts as the prerequisite',
    history: person({ awards: [award('CSTT', 2025)], initiatives: [sk('sk-1', 'unit', '2025-03-01')] }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'eligible',
    criteria: { 'cstdcs.ldtt_same_year': 'pass' },
    evidence: /Chiến sĩ tiên tiến năm 2025/,
  },
  {
    title: 'CSTĐCS A — N91 Đ9 k3: LĐTT + HTXS → eligible, with the 15% quota to check on the unit list',
    history: person({ awards: [award('LDTT', 2022)], ratings: ratings(2022, 2022, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2022],
    verdict: 'eligible',
    regime: 'A',
    warning: /không quá 15%/,
  },
  {
    title: 'CSTĐCS C — N152 Đ4 k4: a pending investigation holds the award → not eligible (tạm hoãn)',
    history: person({ ratings: ratings(2025, 2025, 'HTXS'), pendingInvestigation: true }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'not_eligible',
    criteria: { 'general.no_pending_investigation': 'fail', 'general.conduct': 'unknown' },
    evidence: /Tạm hoãn/,
  },
  {
    title: 'CSTĐCS C — CV 5007: an initiative used by this very award (re-evaluation) still counts',
    history: person({
      awards: [award('CSTDCS', 2025, { id: 'a-cstdcs-2025' })],
      ratings: ratings(2025, 2025),
      initiatives: [sk('sk-1', 'unit', '2025-06-01', 'a-cstdcs-2025')],
    }),
    request: ['individual', 'CSTDCS', 2025],
    verdict: 'eligible',
    warning: /kết quả này là xét lại/,
  },
  {
    title: 'CSTĐCS C — L22 Đ8: a title is not given as khen thưởng đột xuất → not eligible',
    history: person({ ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2025, 'dot_xuat'],
    verdict: 'not_eligible',
    criteria: { 'general.award_type': 'fail' },
  },
  {
    title: 'CSTĐCS C — N98 Đ30 k7 (C: U): exactly 80% of ALL council members agree → eligible',
    history: person({ ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2025],
    options: { ballot: { agree: 16, disagree: 3, abstain: 1, membersTotal: 20 } },
    verdict: 'eligible',
    criteria: { 'general.council_vote': 'pass' },
  },
  {
    title: 'CSTĐCS C — N98 Đ30 k7: 75% of all members (15/20) → not eligible',
    history: person({ ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2025],
    options: { ballot: { agree: 15, disagree: 5, abstain: 0, membersTotal: 20 } },
    verdict: 'not_eligible',
    criteria: { 'general.council_vote': 'fail' },
  },
  {
    title: 'CSTĐCS B — N98 Đ30 k7: 8 of 9 present agree but only 8/11 of all members → not eligible',
    history: person({ ratings: ratings(2024, 2024, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2024],
    options: { ballot: { agree: 8, disagree: 1, abstain: 0, membersTotal: 11, present: 9 } },
    verdict: 'not_eligible',
    criteria: { 'general.council_vote': 'fail' },
  },
  {
    title: 'CSTĐCS C — N152 Đ6 k2c: a province raising the threshold to 90% makes 16/20 fail',
    history: person({ ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2025],
    options: {
      overlayParams: { cstdcsVoteThreshold: 0.9 },
      ballot: { agree: 16, disagree: 4, abstain: 0, membersTotal: 20 },
    },
    verdict: 'not_eligible',
    criteria: { 'general.council_vote': 'fail' },
  },
  {
    title:
      'CSTĐCS B — N98 Đ30 k7: the 80% of regime B is not overridable; the overlay is ignored with a warning',
    history: person({ ratings: ratings(2024, 2024, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2024],
    options: {
      overlayParams: { cstdcsVoteThreshold: 0.9 },
      ballot: { agree: 16, disagree: 4, abstain: 0, membersTotal: 20 },
    },
    verdict: 'eligible',
    warning: /Tham số địa phương không áp dụng/,
  },
  {
    title: 'CSTĐCS A — N91 Đ45 k8 (threshold by agency, default 2/3 U): 6 of 9 members → eligible',
    history: person({ awards: [award('LDTT', 2022)], ratings: ratings(2022, 2022, 'HTXS') }),
    request: ['individual', 'CSTDCS', 2022],
    options: { ballot: { agree: 6, disagree: 3, abstain: 0, membersTotal: 9 } },
    verdict: 'eligible',
    criteria: { 'general.council_vote': 'pass' },
  },
];

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

runCases([...ldtt, ...cstdcs, ...cstdTinh, ...cstdtq]);
