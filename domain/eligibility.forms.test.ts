// Golden cases of the forms of commendation (Bằng khen tỉnh, Bằng khen Thủ tướng, Giấy khen, Kỷ niệm chương)
// and of every Huân chương / Anh hùng kind of every regime (judgement: needs review).

import { cite } from './regimes/sources';
import { REGIMES } from './catalog';
import type { AwardKindCode } from './regimes/types';
import { award, awards, collective, person, ratings, runCases, sk } from './eligibility/test-fixtures';
import type { Case } from './eligibility/test-fixtures';

const bkTinh: Case[] = [
  {
    title: 'BK tỉnh C — L22 Đ74 k1 d: CSTĐCS 2024 and 2025 → eligible (point d1)',
    history: person({ awards: awards('CSTDCS', 2024, 2025), ratings: ratings(2025, 2025) }),
    request: ['individual', 'BK_TINH', 2025],
    verdict: 'eligible',
    criteria: { 'bk_tinh.streak_cstdcs_2': 'pass', 'bk_tinh.one_of': 'pass' },
  },
  {
    title:
      'BK tỉnh C — L22 Đ74 k1, legal.md §14: the data points fail → needs review with points a–c, đ listed',
    history: person({ ratings: ratings(2024, 2025) }),
    request: ['individual', 'BK_TINH', 2025],
    verdict: 'needs_review',
    criteria: {
      'bk_tinh.streak_cstdcs_2': 'fail',
      'bk_tinh.htxs_2_years': 'fail',
      'bk_tinh.one_of': 'unknown',
    },
    evidence: /còn phải đánh giá: \(a\), \(b\), \(c\), \(đ\)/,
  },
  {
    title: 'BK tỉnh C — L22 Đ74 k1 d: HTXS 2024–2025 with two free cơ sở initiatives → eligible (point d2)',
    history: person({
      ratings: ratings(2024, 2025, 'HTXS'),
      initiatives: [sk('sk-1', 'unit', '2024-05-01'), sk('sk-2', 'unit', '2025-05-01')],
    }),
    request: ['individual', 'BK_TINH', 2025],
    verdict: 'eligible',
    criteria: { 'bk_tinh.htxs_2_years': 'pass', 'bk_tinh.initiatives_2': 'pass' },
  },
  {
    title: 'BK tỉnh C — CV 5007: one of the two initiatives already used → point d2 fails → needs review',
    history: person({
      ratings: ratings(2024, 2025, 'HTXS'),
      initiatives: [sk('sk-1', 'unit', '2024-05-01', 'award-cstdcs-2024'), sk('sk-2', 'unit', '2025-05-01')],
    }),
    request: ['individual', 'BK_TINH', 2025],
    verdict: 'needs_review',
    criteria: { 'bk_tinh.initiatives_2': 'fail' },
  },
  {
    title: 'BK tỉnh C — L22 Đ5 k2c: CSTĐCS 2024 already rewarded by Bằng khen 2024 is not counted again',
    history: person({ awards: [...awards('CSTDCS', 2024, 2025), award('BK_TINH', 2024)] }),
    request: ['individual', 'BK_TINH', 2025],
    verdict: 'needs_review',
    criteria: { 'bk_tinh.streak_cstdcs_2': 'fail' },
    evidence: /không tính lại/,
  },
  {
    title: 'BK tỉnh C — L22 Đ74 k2: a collective HTXS in 2024 and TTLĐXS in 2025 → eligible',
    history: collective({ ratings: ratings(2024, 2024, 'HTXS'), awards: [award('TTLDXS', 2025)] }),
    request: ['collective', 'BK_TINH', 2025],
    verdict: 'eligible',
    criteria: { 'bk_tinh.collective_htxs_2': 'pass' },
  },
  {
    title: 'BK tỉnh C — L22 Đ74 k3: a household’s contribution is a judgement → needs review',
    history: { pendingInvestigation: false },
    request: ['household', 'BK_TINH', 2025],
    verdict: 'needs_review',
    criteria: { 'bk_tinh.household_contribution': 'unknown' },
  },
  {
    title: 'BK tỉnh A — N91 Đ39: HTXS 2020–2021 with two cơ sở initiatives → eligible',
    history: person({
      ratings: ratings(2020, 2021, 'HTXS'),
      initiatives: [sk('sk-1', 'unit', '2020-05-01'), sk('sk-2', 'unit', '2021-05-01')],
    }),
    request: ['individual', 'BK_TINH', 2021],
    verdict: 'eligible',
    regime: 'A',
  },
  {
    title: 'BK tỉnh C — L22 Đ8, N152 Đ4 k3: khen thưởng đột xuất is judged on the feat → needs review',
    history: person(),
    request: ['individual', 'BK_TINH', 2025, 'dot_xuat'],
    verdict: 'needs_review',
    criteria: { 'general.type_achievement': 'unknown', 'general.award_type': 'pass' },
  },
  {
    title: 'BK tỉnh C — N152 Đ4 k4: a discipline during the year → not eligible',
    history: person({
      awards: awards('CSTDCS', 2024, 2025),
      disciplines: [{ kind: 'khien_trach', from: '2025-02-01', to: '2025-08-01' }],
    }),
    request: ['individual', 'BK_TINH', 2025],
    verdict: 'not_eligible',
    criteria: { 'general.discipline_ended': 'fail' },
  },
];

const bkTtg: Case[] = [
  {
    title: 'BK Thủ tướng C — L22 Đ73 k1 b (legal.md §15): BK tỉnh 2020, HTT 2021–2025, 3 CSTĐCS → eligible',
    history: person({
      awards: [award('BK_TINH', 2020), award('CSTDCS', 2021), award('CSTDCS', 2023), award('CSTDCS', 2025)],
      ratings: ratings(2021, 2025),
    }),
    request: ['individual', 'BK_TTG', 2025],
    verdict: 'eligible',
    criteria: {
      'bk_ttg.prior_bk_tinh': 'pass',
      'bk_ttg.htt_5_years': 'pass',
      'bk_ttg.cstdcs_3_in_5': 'pass',
      'bk_ttg.one_of': 'pass',
    },
  },
  {
    title: 'BK Thủ tướng B — L22 Đ73 k1 b: BK tỉnh 2019, HTT 2020–2024 across A/B, 3 CSTĐCS → eligible',
    history: person({
      awards: [award('BK_TINH', 2019), award('CSTDCS', 2020), award('CSTDCS', 2022), award('CSTDCS', 2024)],
      ratings: ratings(2020, 2024),
    }),
    request: ['individual', 'BK_TTG', 2024],
    verdict: 'eligible',
    regime: 'B',
  },
  {
    title: 'BK Thủ tướng C — L22 Đ73 k1 b: only 2 CSTĐCS in the 5 years → needs review (points a, c remain)',
    history: person({
      awards: [award('BK_TINH', 2020), award('CSTDCS', 2021), award('CSTDCS', 2023)],
      ratings: ratings(2021, 2025),
    }),
    request: ['individual', 'BK_TTG', 2025],
    verdict: 'needs_review',
    criteria: { 'bk_ttg.cstdcs_3_in_5': 'fail', 'bk_ttg.one_of': 'unknown' },
    evidence: /còn phải đánh giá: \(a\), \(c\)/,
  },
  {
    title:
      'BK Thủ tướng C — N152 Đ4 k3: a Bằng khen tỉnh given đột xuất is no basis for công trạng → point b fails',
    history: person({
      awards: [
        award('BK_TINH', 2020, { awardType: 'dot_xuat' }),
        award('CSTDCS', 2021),
        award('CSTDCS', 2023),
        award('CSTDCS', 2025),
      ],
      ratings: ratings(2021, 2025),
    }),
    request: ['individual', 'BK_TTG', 2025],
    verdict: 'needs_review',
    criteria: { 'bk_ttg.prior_bk_tinh': 'fail' },
    evidence: /không làm căn cứ khen công trạng/,
  },
  {
    title: 'BK Thủ tướng C — L22 Đ73 k1 b: a year rated HT inside the 5 years → point b fails → needs review',
    history: person({
      awards: [award('BK_TINH', 2020), award('CSTDCS', 2021), award('CSTDCS', 2023), award('CSTDCS', 2025)],
      ratings: [...ratings(2021, 2022), { year: 2023, rating: 'HT' }, ...ratings(2024, 2025)],
    }),
    request: ['individual', 'BK_TTG', 2025],
    verdict: 'needs_review',
    criteria: { 'bk_ttg.htt_5_years': 'fail' },
  },
  {
    title: 'BK Thủ tướng A — N91 Đ38 k1: BK tỉnh 2016, HTXS 2017–2021, 5 cơ sở initiatives → eligible',
    history: person({
      awards: [award('BK_TINH', 2016)],
      ratings: ratings(2017, 2021, 'HTXS'),
      initiatives: [2017, 2018, 2019, 2020, 2021].map((y) => sk(`sk-${y}`, 'unit', `${y}-05-01`)),
    }),
    request: ['individual', 'BK_TTG', 2021],
    verdict: 'eligible',
    regime: 'A',
    criteria: { 'bk_ttg.htxs_5_years': 'pass', 'bk_ttg.initiatives_5': 'pass' },
  },
  {
    title:
      'BK Thủ tướng A — N91 Đ38 k1: only 3 initiatives → the ingenuity alternative remains → needs review',
    history: person({
      awards: [award('BK_TINH', 2016)],
      ratings: ratings(2017, 2021, 'HTXS'),
      initiatives: [2017, 2018, 2019].map((y) => sk(`sk-${y}`, 'unit', `${y}-05-01`)),
    }),
    request: ['individual', 'BK_TTG', 2021],
    verdict: 'needs_review',
    criteria: { 'bk_ttg.initiatives_5': 'fail', 'bk_ttg.one_of': 'unknown' },
  },
  {
    title:
      'BK Thủ tướng A — NĐ 65/2014 Đ23 k3c (U): collective with BK tỉnh, HTXS 5 years and a Cờ tỉnh → eligible',
    history: collective({
      awards: [award('BK_TINH', 2016), award('CO_TINH', 2019)],
      ratings: ratings(2017, 2021, 'HTXS'),
    }),
    request: ['collective', 'BK_TTG', 2021],
    verdict: 'eligible',
    criteria: { 'bk_ttg.co_tinh_1': 'pass' },
  },
  {
    title: 'BK Thủ tướng A — NĐ 65/2014 Đ23 k3c (U): collective without a Cờ tỉnh → not eligible',
    history: collective({ awards: [award('BK_TINH', 2016)], ratings: ratings(2017, 2021, 'HTXS') }),
    request: ['collective', 'BK_TTG', 2021],
    verdict: 'not_eligible',
    criteria: { 'bk_ttg.co_tinh_1': 'fail' },
  },
  {
    title: 'BK Thủ tướng C — L22 Đ73 k2 (U): a collective is judged on its dossier → needs review',
    history: collective({ ratings: ratings(2021, 2025, 'HTXS') }),
    request: ['collective', 'BK_TTG', 2025],
    verdict: 'needs_review',
    criteria: { 'bk_ttg.collective_criteria': 'unknown' },
  },
  {
    title:
      'BK Thủ tướng C — L22 Đ73 k1 b: no Bằng khen tỉnh at all → point b fails, a/c remain → needs review',
    history: person({ awards: awards('CSTDCS', 2021, 2025), ratings: ratings(2021, 2025) }),
    request: ['individual', 'BK_TTG', 2025],
    verdict: 'needs_review',
    criteria: { 'bk_ttg.prior_bk_tinh': 'fail', 'bk_ttg.htt_5_years': 'fail' },
  },
];

const gk: Case[] = [
  {
    title: 'Giấy khen C — L22 Đ75 k1: HTT, the achievement itself is a judgement → needs review',
    history: person({ ratings: ratings(2025, 2025) }),
    request: ['individual', 'GK', 2025],
    verdict: 'needs_review',
    criteria: { 'gk.rating': 'pass', 'gk.one_of': 'unknown' },
  },
  {
    title: 'Giấy khen C — L22 Đ75 k1: rated HT → not eligible',
    history: person({ ratings: ratings(2025, 2025, 'HT') }),
    request: ['individual', 'GK', 2025],
    verdict: 'not_eligible',
    criteria: { 'gk.rating': 'fail' },
  },
  {
    title: 'Giấy khen C — L22 Đ75 k2: a province requiring HTXS makes HTT fail',
    history: person({ ratings: ratings(2025, 2025) }),
    request: ['individual', 'GK', 2025],
    options: { overlayParams: { gkRequireHtxs: true } },
    verdict: 'not_eligible',
    criteria: { 'gk.htxs_local': 'fail' },
  },
  {
    title: 'Giấy khen B — L22 Đ75: a household → needs review',
    history: { pendingInvestigation: false },
    request: ['household', 'GK', 2024],
    verdict: 'needs_review',
  },
  {
    title: 'Giấy khen A — L03 (criteria U): HTT, achievement a judgement → needs review',
    history: person({ ratings: ratings(2021, 2021) }),
    request: ['individual', 'GK', 2021],
    verdict: 'needs_review',
    regime: 'A',
  },
  {
    title: 'Kỷ niệm chương C — N152 Đ54: issuer’s own rules, for quá trình cống hiến → needs review',
    history: person(),
    request: ['individual', 'KNC', 2025, 'cong_hien'],
    verdict: 'needs_review',
    criteria: { 'knc.issuer_rules': 'unknown' },
  },
  {
    title: 'Kỷ niệm chương C — N152 Đ54: not a khen thưởng công trạng → not eligible',
    history: person(),
    request: ['individual', 'KNC', 2025],
    verdict: 'not_eligible',
    criteria: { 'general.award_type': 'fail' },
  },
  {
    title: 'Kỷ niệm chương B — N98: not in the catalog of regime B → not eligible',
    history: person(),
    request: ['individual', 'KNC', 2024, 'cong_hien'],
    verdict: 'not_eligible',
    criteria: { 'general.kind_in_regime': 'fail' },
  },
];

/** Every Huân chương / Anh hùng kind of every regime: criteria are judgements, so the verdict asks for review. */
const YEAR = { A: 2021, B: 2024, C: 2025 } as const;
const honours: Case[] = REGIMES.flatMap((regime) =>
  Object.values(regime.kinds)
    .filter((def) => def!.code.startsWith('HC_') || def!.code === 'AHLD')
    .map((def): Case => ({
      title: `${def!.name} ${regime.id} — ${cite(def!.basis[0]!)}: judgement → needs review`,
      history: person(),
      request: ['individual', def!.code as AwardKindCode, YEAR[regime.id]],
      verdict: 'needs_review',
      regime: regime.id,
    })),
);

runCases([...bkTinh, ...bkTtg, ...gk, ...honours]);
