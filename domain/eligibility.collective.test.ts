// Golden cases of the collective titles (TTLĐTT, TTLĐXS, Cờ thi đua tỉnh, Cờ Chính phủ), the community
// titles (thôn văn hóa, xã tiêu biểu, gia đình văn hóa) and the collective Huân chương rule of regime A.

import { award, awards, collective, ratings, runCases, stats } from './eligibility/test-fixtures';
import type { Case } from './eligibility/test-fixtures';

const ttldtt: Case[] = [
  {
    title: 'TTLĐTT C — L22 Đ28: exactly 70% of members LĐTT → eligible',
    history: collective({ ratings: ratings(2025, 2025), memberStats: [stats(2025, { ldttShare: 0.7 })] }),
    request: ['collective', 'TTLDTT', 2025],
    verdict: 'eligible',
    criteria: { 'ttldtt.ldtt_share': 'pass' },
  },
  {
    title: 'TTLĐTT C — L22 Đ28: 14 of 20 members (computed 14/20) LĐTT → eligible',
    history: collective({ ratings: ratings(2025, 2025), memberStats: [stats(2025, { ldttShare: 14 / 20 })] }),
    request: ['collective', 'TTLDTT', 2025],
    verdict: 'eligible',
  },
  {
    title: 'TTLĐTT C — L22 Đ28: 69.9% of members LĐTT → not eligible',
    history: collective({ ratings: ratings(2025, 2025), memberStats: [stats(2025, { ldttShare: 0.699 })] }),
    request: ['collective', 'TTLDTT', 2025],
    verdict: 'not_eligible',
    criteria: { 'ttldtt.ldtt_share': 'fail' },
    evidence: /69,9%/,
  },
  {
    title: 'TTLĐTT B — L22 Đ28: a member disciplined with cảnh cáo → not eligible',
    history: collective({
      ratings: ratings(2024, 2024),
      memberStats: [stats(2024, { seriousDiscipline: true })],
    }),
    request: ['collective', 'TTLDTT', 2024],
    verdict: 'not_eligible',
    criteria: { 'ttldtt.no_serious_discipline': 'fail' },
  },
  {
    title: 'TTLĐTT C — L22 Đ28: no member figures for the year → needs review',
    history: collective({ ratings: ratings(2025, 2025), memberStats: [stats(2024)] }),
    request: ['collective', 'TTLDTT', 2025],
    verdict: 'needs_review',
    criteria: { 'ttldtt.ldtt_share': 'unknown', 'ttldtt.no_serious_discipline': 'unknown' },
  },
  {
    title: 'TTLĐTT A — L03 Đ28: exactly 50% LĐTT is not "trên 50%" → not eligible',
    history: collective({ ratings: ratings(2021, 2021), memberStats: [stats(2021, { ldttShare: 0.5 })] }),
    request: ['collective', 'TTLDTT', 2021],
    verdict: 'not_eligible',
    criteria: { 'ttldtt.ldtt_share': 'fail' },
    evidence: /trên 50%/,
  },
  {
    title: 'TTLĐTT A — L03 Đ28: 51% LĐTT → eligible',
    history: collective({ ratings: ratings(2021, 2021), memberStats: [stats(2021, { ldttShare: 0.51 })] }),
    request: ['collective', 'TTLDTT', 2021],
    verdict: 'eligible',
    regime: 'A',
  },
  {
    title: 'TTLĐTT C — L22 Đ28 k3: a province raising the share to 80% makes 75% fail',
    history: collective({ ratings: ratings(2025, 2025), memberStats: [stats(2025, { ldttShare: 0.75 })] }),
    request: ['collective', 'TTLDTT', 2025],
    options: { overlayParams: { ldttShareMin: 0.8 } },
    verdict: 'not_eligible',
    criteria: { 'ttldtt.ldtt_share': 'fail' },
  },
  {
    title: 'TTLĐTT C — L22 Đ28: the collective itself rated HT → not eligible',
    history: collective({ ratings: ratings(2025, 2025, 'HT'), memberStats: [stats(2025)] }),
    request: ['collective', 'TTLDTT', 2025],
    verdict: 'not_eligible',
    criteria: { 'ttldtt.rating': 'fail' },
  },
];

const ttldxs: Case[] = [
  {
    title: 'TTLĐXS C — L22 Đ27: HTXS, 100% completed, 70% LĐTT, one CSTĐCS → eligible',
    history: collective({
      ratings: ratings(2025, 2025, 'HTXS'),
      memberStats: [stats(2025, { ldttShare: 0.7, cstdcsCount: 1 })],
    }),
    request: ['collective', 'TTLDXS', 2025],
    verdict: 'eligible',
  },
  {
    title: 'TTLĐXS C — L22 Đ27: 95% of members completed their duties → not eligible',
    history: collective({
      ratings: ratings(2025, 2025, 'HTXS'),
      memberStats: [stats(2025, { completedShare: 0.95 })],
    }),
    request: ['collective', 'TTLDXS', 2025],
    verdict: 'not_eligible',
    criteria: { 'ttldxs.all_completed': 'fail' },
  },
  {
    title: 'TTLĐXS C — L22 Đ27: no member is CSTĐCS → not eligible',
    history: collective({
      ratings: ratings(2025, 2025, 'HTXS'),
      memberStats: [stats(2025, { cstdcsCount: 0 })],
    }),
    request: ['collective', 'TTLDXS', 2025],
    verdict: 'not_eligible',
    criteria: { 'ttldxs.has_cstdcs': 'fail' },
  },
  {
    title: 'TTLĐXS A — L03 Đ27: a member disciplined with cảnh cáo → not eligible',
    history: collective({
      ratings: ratings(2021, 2021, 'HTXS'),
      memberStats: [stats(2021, { seriousDiscipline: true })],
    }),
    request: ['collective', 'TTLDXS', 2021],
    verdict: 'not_eligible',
    criteria: { 'ttldxs.no_serious_discipline': 'fail' },
  },
  {
    title: 'TTLĐXS B — L22 Đ27: the collective rated HTT, not HTXS → not eligible',
    history: collective({ ratings: ratings(2024, 2024, 'HTT'), memberStats: [stats(2024)] }),
    request: ['collective', 'TTLDXS', 2024],
    verdict: 'not_eligible',
    criteria: { 'ttldxs.rating': 'fail' },
  },
  {
    title: 'TTLĐXS C — L22 Đ27: 69.9% LĐTT → not eligible',
    history: collective({
      ratings: ratings(2025, 2025, 'HTXS'),
      memberStats: [stats(2025, { ldttShare: 0.699 })],
    }),
    request: ['collective', 'TTLDXS', 2025],
    verdict: 'not_eligible',
    criteria: { 'ttldxs.ldtt_share': 'fail' },
  },
];

const flags: Case[] = [
  {
    title: 'Cờ tỉnh C — L22 Đ26 k1: no cluster result recorded → needs review (judgement)',
    history: collective({ ratings: ratings(2025, 2025, 'HTXS') }),
    request: ['collective', 'CO_TINH', 2025],
    verdict: 'needs_review',
    criteria: { 'co_tinh.cluster_leader': 'unknown', 'co_tinh.exemplary': 'unknown' },
  },
  {
    title: 'Cờ tỉnh C — L22 Đ26 k1: leading its cụm → that point passes; k2 still a judgement → needs review',
    history: collective({ groupResults: [{ year: 2025, leading: true, groupName: 'Cụm thi đua số 3' }] }),
    request: ['collective', 'CO_TINH', 2025],
    verdict: 'needs_review',
    criteria: { 'co_tinh.cluster_leader': 'pass' },
    evidence: /dẫn đầu cụm, khối thi đua Cụm thi đua số 3/,
  },
  {
    title: 'Cờ tỉnh B — L22 Đ26 k1: not the leader of its cụm → not eligible',
    history: collective({ groupResults: [{ year: 2024, leading: false }] }),
    request: ['collective', 'CO_TINH', 2024],
    verdict: 'not_eligible',
    criteria: { 'co_tinh.cluster_leader': 'fail' },
  },
  {
    title: 'Cờ tỉnh A — N91 Đ12: chosen by comparison inside the cụm → needs review',
    history: collective(),
    request: ['collective', 'CO_TINH', 2021],
    verdict: 'needs_review',
    regime: 'A',
  },
  {
    title:
      'Cờ Chính phủ C — L22 Đ25 k1–k3: all alternatives need judgement → needs review with the options listed',
    history: collective({ awards: [award('CO_TINH', 2025)] }),
    request: ['collective', 'CO_CP', 2025],
    verdict: 'needs_review',
    criteria: { 'co_cp.one_of': 'unknown' },
    evidence: /còn phải đánh giá: \(k1\), \(k2\), \(k3\)/,
  },
  {
    title: 'Cờ Chính phủ A — L03 Đ25 (U): judgement → needs review',
    history: collective(),
    request: ['collective', 'CO_CP', 2021],
    verdict: 'needs_review',
  },
  {
    title: 'Cờ Chính phủ B — N152 Đ4 k4 (B: U): an open inspection holds the award → not eligible',
    history: collective({ pendingInvestigation: true }),
    request: ['collective', 'CO_CP', 2024],
    verdict: 'not_eligible',
    criteria: { 'general.no_pending_investigation': 'fail' },
  },
];

const community: Case[] = [
  {
    title: 'Thôn văn hóa C — L22 Đ30, N86: criteria are judgements → needs review',
    history: collective(),
    request: ['collective', 'THON_VH', 2025],
    verdict: 'needs_review',
    criteria: { 'thon_vh.economy': 'unknown' },
  },
  {
    title: 'Thôn văn hóa A — NĐ 122/2018: criteria are judgements → needs review',
    history: collective(),
    request: ['collective', 'THON_VH', 2021],
    verdict: 'needs_review',
  },
  {
    title: 'Xã tiêu biểu B — L22 Đ29 (U): judgement → needs review',
    history: collective(),
    request: ['collective', 'XA_TB', 2024],
    verdict: 'needs_review',
    criteria: { 'xa_tb.criteria': 'unknown' },
  },
  {
    title: 'Xã tiêu biểu A — L03: not a title of regime A → not eligible',
    history: collective(),
    request: ['collective', 'XA_TB', 2021],
    verdict: 'not_eligible',
    criteria: { 'general.kind_in_regime': 'fail' },
  },
  {
    title: 'Gia đình văn hóa C — L22 Đ31, N86 Đ5: a household, judged at the thôn meeting → needs review',
    history: { pendingInvestigation: false },
    request: ['household', 'GDVH', 2025],
    verdict: 'needs_review',
    criteria: { 'gdvh.no_member_violation': 'unknown' },
  },
  {
    title: 'Gia đình văn hóa B — L22 Đ31: an individual is not a household → not eligible',
    history: { pendingInvestigation: false },
    request: ['individual', 'GDVH', 2024],
    verdict: 'not_eligible',
    criteria: { 'general.subject_kind': 'fail' },
  },
  {
    title: 'Gia đình văn hóa C — N86: a member under criminal investigation holds the title → not eligible',
    history: { pendingInvestigation: true },
    request: ['household', 'GDVH', 2025],
    verdict: 'not_eligible',
    criteria: { 'general.no_pending_investigation': 'fail' },
  },
];

const honours: Case[] = [
  {
    title: 'HC Lao động hạng Ba tập thể A — L03 Đ44 k2: TTLĐXS 2017–2021 and a Cờ tỉnh → eligible',
    history: collective({ awards: [...awards('TTLDXS', 2017, 2021), award('CO_TINH', 2019)] }),
    request: ['collective', 'HC_LAO_DONG_3', 2021],
    verdict: 'eligible',
    criteria: {
      'hc_lao_dong_3.collective_ttldxs_5': 'pass',
      'hc_lao_dong_3.collective_co_or_bk_ttg': 'pass',
    },
  },
  {
    title:
      'HC Lao động hạng Ba tập thể A — L03 Đ44 k2: TTLĐXS 2019 missing breaks the 5 years → not eligible',
    history: collective({
      awards: [...awards('TTLDXS', 2017, 2018), ...awards('TTLDXS', 2020, 2021), award('BK_TTG', 2020)],
    }),
    request: ['collective', 'HC_LAO_DONG_3', 2021],
    verdict: 'not_eligible',
    criteria: {
      'hc_lao_dong_3.collective_ttldxs_5': 'fail',
      'hc_lao_dong_3.collective_co_or_bk_ttg': 'pass',
    },
  },
  {
    title: 'HC Lao động hạng Ba tập thể A — L03 Đ44 k2: no Cờ tỉnh nor Bằng khen Thủ tướng → not eligible',
    history: collective({ awards: awards('TTLDXS', 2017, 2021) }),
    request: ['collective', 'HC_LAO_DONG_3', 2021],
    verdict: 'not_eligible',
    criteria: { 'hc_lao_dong_3.collective_co_or_bk_ttg': 'fail' },
  },
];

runCases([...ttldtt, ...ttldxs, ...flags, ...community, ...honours]);
