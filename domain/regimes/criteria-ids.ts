// Stable ids of the criteria of every award kind (legal.md §2–3). The regimes (a.ts, b.ts, c.ts) list them with
// their Vietnamese text and basis; domain/eligibility implements the checks by id. Never rename an id: stored
// verdicts and the web refer to them. Criteria sharing a `group` on their definition are alternatives (one
// `option` of the group suffices); see CriterionDef in types.ts.

/** Conditions every kind repeats (legal.md §14: presumed unless a record says otherwise) and the hold. */
export const GENERAL = {
  /** Gương mẫu chấp hành chủ trương, chính sách, pháp luật; đoàn kết; tích cực thi đua — presumed. */
  conduct: 'general.conduct',
  /** Not awarded while a discipline, inspection or complaint is pending (N152 Đ4 k4). */
  noPendingInvestigation: 'general.no_pending_investigation',
  /** After a discipline ends, achievements count from its end (N152 Đ4 k4). */
  disciplineEnded: 'general.discipline_ended',
} as const;

export const LDTT = {
  /** Mức độ hoàn thành nhiệm vụ ≥ HTT in the achievement year (also used for CSTT). */
  rating: 'ldtt.rating',
  /** Recruited ≥ tenureMonthsMin months before the end of the year (6 in B/C, 10 in A). */
  tenure: 'ldtt.tenure',
  /** Regime A: no discipline ≥ khiển trách in the year (N91 Đ10). */
  noDiscipline: 'ldtt.no_discipline',
} as const;

export const CSTDCS = {
  /** LĐTT (or CSTT) of the same year: a recorded award or the LĐTT criteria met (legal.md §14). */
  ldttSameYear: 'cstdcs.ldtt_same_year',
  /** HTXS in the year, or an initiative (sáng kiến/đề tài …) recognised at cơ sở, not already used. */
  htxsOrInitiative: 'cstdcs.htxs_or_initiative',
} as const;

export const CSTD_TINH = {
  /** CSTĐCS in the three consecutive years ending with the achievement year. */
  streakCstdcs3: 'cstd_tinh.streak_cstdcs_3',
  /** An initiative/đề tài applied and replicable across the bộ/tỉnh (province level), not already used. */
  initiativeProvince: 'cstd_tinh.initiative_province',
} as const;

export const CSTDTQ = {
  /** Two CSTĐ tỉnh from consecutive three-year cycles (legal.md §14–15). */
  streakCstdTinh2: 'cstdtq.streak_cstd_tinh_2',
  /** An initiative/đề tài with nationwide effect, not already used. */
  initiativeNational: 'cstdtq.initiative_national',
} as const;

export const TTLDTT = {
  /** The collective completed its duties well (≥ HTT). */
  rating: 'ttldtt.rating',
  /** Share of members who are LĐTT: ≥ ldttShareMin (0.7 in B/C; > 0.5 in A). */
  ldttShare: 'ttldtt.ldtt_share',
  /** No member disciplined with cảnh cáo or heavier in the year. */
  noSeriousDiscipline: 'ttldtt.no_serious_discipline',
} as const;

export const TTLDXS = {
  /** The collective completed its duties excellently (HTXS). */
  rating: 'ttldxs.rating',
  /** 100% of members completed their duties. */
  allCompleted: 'ttldxs.all_completed',
  /** ≥ 70% of members are LĐTT. */
  ldttShare: 'ttldxs.ldtt_share',
  /** At least one member is CSTĐCS. */
  hasCstdcs: 'ttldxs.has_cstdcs',
  /** Regime A: no member disciplined with cảnh cáo or heavier. */
  noSeriousDiscipline: 'ttldxs.no_serious_discipline',
} as const;

export const CO_TINH = {
  /** Leading (dẫn đầu) unit of its cụm/khối run by the bộ/tỉnh (A: most outstanding by comparison) — judgement. */
  clusterLeader: 'co_tinh.cluster_leader',
  /** Exceeded its targets; exemplary; party and mass organisations HTXS; anti-corruption — judgement. */
  exemplary: 'co_tinh.exemplary',
} as const;

export const CO_CP = {
  /** k1: outstanding among the cụm/khối leaders of the bộ/tỉnh — judgement. */
  outstandingLeader: 'co_cp.outstanding_leader',
  /** k2: leader of a cụm/khối run by the central council — judgement. */
  centralClusterLeader: 'co_cp.central_cluster_leader',
  /** k3: leader of a movement launched by the Prime Minister lasting ≥ 5 years — judgement. */
  pmMovementLeader: 'co_cp.pm_movement_leader',
} as const;

export const BK_TINH = {
  /** (a) outstanding achievement in a movement launched by the tỉnh/bộ — judgement. */
  movementAchievement: 'bk_tinh.movement_achievement',
  /** (b) many or ad-hoc achievements with effect in the field — judgement. */
  notableAchievement: 'bk_tinh.notable_achievement',
  /** (c) contribution to socio-economic development, science, charity — judgement. */
  contribution: 'bk_tinh.contribution',
  /** (d, first branch) CSTĐCS two consecutive years. */
  streakCstdcs2: 'bk_tinh.streak_cstdcs_2',
  /** (d, second branch; A) HTXS two consecutive years ending with the achievement year. */
  htxs2Years: 'bk_tinh.htxs_2_years',
  /** (d, second branch; A) two initiatives or two đề tài recognised at cơ sở in those years, not already used. */
  initiatives2: 'bk_tinh.initiatives_2',
  /** (đ) workers and farmers with many achievements in the commune/unit — judgement. */
  workerAchievement: 'bk_tinh.worker_achievement',
  /** Collectives: HTXS two consecutive years, or TTLĐXS, with democracy, thrift, anti-corruption. */
  collectiveHtxs2: 'bk_tinh.collective_htxs_2',
  /** Households: contributed effort, land or property to the locality — judgement. */
  householdContribution: 'bk_tinh.household_contribution',
} as const;

export const BK_TTG = {
  /** (B/C a) outstanding, exemplary achievement in a movement — judgement. */
  movementExemplary: 'bk_ttg.movement_exemplary',
  /** Already holds a Bằng khen of a bộ/ngành/tỉnh (before the five years counted). */
  priorBkTinh: 'bk_ttg.prior_bk_tinh',
  /** (B/C b) ≥ HTT in each of the five consecutive years after that Bằng khen, up to the proposal. */
  htt5Years: 'bk_ttg.htt_5_years',
  /** (B/C b) ≥ 3 CSTĐCS within those five years. */
  cstdcs3In5: 'bk_ttg.cstdcs_3_in_5',
  /** (B/C c) many or ad-hoc achievements with effect in the bộ/tỉnh — judgement. */
  notableAchievement: 'bk_ttg.notable_achievement',
  /** (A) HTXS in each of the five consecutive years after the Bằng khen. */
  htxs5Years: 'bk_ttg.htxs_5_years',
  /** (A) five initiatives recognised at cơ sở in those years, not already used. */
  initiatives5: 'bk_ttg.initiatives_5',
  /** (A, alternative) combat ingenuity recognised by the unit — judgement. */
  ingenuity: 'bk_ttg.ingenuity',
  /** (A collective) one Cờ thi đua of the bộ/tỉnh in those years. */
  coTinh1: 'bk_ttg.co_tinh_1',
  /** (B/C collectives, households) L22 Đ73 k2–k3 — unverified, judgement. */
  collectiveCriteria: 'bk_ttg.collective_criteria',
} as const;

export const GK = {
  /** Completed duties well (≥ HTT) in the year. */
  rating: 'gk.rating',
  /** Achievement assessed in a movement — judgement. */
  movementAchievement: 'gk.movement_achievement',
  /** Many or ad-hoc achievements in the agency's field — judgement. */
  notableAchievement: 'gk.notable_achievement',
  /** Local rule (overlay `gkRequireHtxs`): HTXS instead of HTT. */
  htxsLocal: 'gk.htxs_local',
  /** Local rule (overlay `gkRequireInitiative`): an initiative recognised at cơ sở. */
  initiativeLocal: 'gk.initiative_local',
} as const;

export const THON_VH = {
  economy: 'thon_vh.economy',
  culture: 'thon_vh.culture',
  environment: 'thon_vh.environment',
  lawAndOrder: 'thon_vh.law_and_order',
  solidarity: 'thon_vh.solidarity',
} as const;

export const XA_TB = {
  /** L22 Đ29 — text unverified; judgement. */
  criteria: 'xa_tb.criteria',
} as const;

export const GDVH = {
  lawAndLifestyle: 'gdvh.law_and_lifestyle',
  movement: 'gdvh.movement',
  prosperous: 'gdvh.prosperous',
  /** No member prosecuted, evading military service or taxes, or fined for the listed offences. */
  noMemberViolation: 'gdvh.no_member_violation',
} as const;

export const KNC = {
  /** Criteria set by the issuing body — judgement. */
  issuerRules: 'knc.issuer_rules',
} as const;

/** Huân chương and Anh hùng Lao động: criteria text only, judgement (except the A-regime collective rule). */
export const HONOURS = {
  hcSaoVang: 'hc_sao_vang.criteria',
  hcHoChiMinh: 'hc_ho_chi_minh.criteria',
  hcDocLap1: 'hc_doc_lap_1.criteria',
  hcDocLap2: 'hc_doc_lap_2.criteria',
  hcDocLap3: 'hc_doc_lap_3.criteria',
  hcLaoDong1: 'hc_lao_dong_1.criteria',
  hcLaoDong2: 'hc_lao_dong_2.criteria',
  hcLaoDong3: 'hc_lao_dong_3.criteria',
  /** A (L03 Đ44 k2), collectives: TTLĐXS five consecutive years. */
  hcLaoDong3CollectiveTtldxs5: 'hc_lao_dong_3.collective_ttldxs_5',
  /** A (L03 Đ44 k2), collectives: and one Cờ thi đua tỉnh or one Bằng khen Thủ tướng in those years. */
  hcLaoDong3CollectiveCoOrBkTtg: 'hc_lao_dong_3.collective_co_or_bk_ttg',
  ahld: 'ahld.criteria',
} as const;

/** Quota checks are run over a unit-year's set of nominees, not per subject (regime A: CSTĐCS ≤ 15% of LĐTT). */
export const QUOTA = {
  cstdcsShareOfLdtt: 'quota.cstdcs_share_of_ldtt',
} as const;

const GROUPS = [
  GENERAL,
  LDTT,
  CSTDCS,
  CSTD_TINH,
  CSTDTQ,
  TTLDTT,
  TTLDXS,
  CO_TINH,
  CO_CP,
  BK_TINH,
  BK_TTG,
  GK,
  THON_VH,
  XA_TB,
  GDVH,
  KNC,
  HONOURS,
];

/** Every criterion id (quota ids excluded). */
export const ALL_CRITERION_IDS: readonly string[] = GROUPS.flatMap((group) => Object.values(group));
