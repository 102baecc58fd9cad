// What differs between regimes B and C, which share the Law of 2022 (Luật 06/2022/QH15): the decree
// (NĐ 98/2023 or NĐ 152/2025), who awards at local level (district until 30/6/2025, commune after), and
// which vote thresholds are read (B) or assumed (C).

import { authority, ballot, disciplineEnded, noPending, thresholdParam } from './build';
import { at, L22, N129, N152, N98, TT01, TT15 } from './sources';
import type { AuthorityRule, CriterionDef, LegalBasis, ParamDef, VoteRule } from './types';

export interface Law2022Context {
  id: 'B' | 'C';
  decree: LegalBasis;
  /** Basis of the money of titles (N98 / N152 Điều 50). */
  titleMoney: LegalBasis;
  /** Basis of the money of Bằng khen, Giấy khen, Kỷ niệm chương; B multipliers are assumed = N152 (U). */
  formMoney: { basis: LegalBasis; assumption: boolean };
  /** Basis of LĐTT's "recruited < 6 months" exclusion and whether it is an assumption (C: TT15 unverified). */
  tenure: { basis: LegalBasis; assumption: boolean };
  /** The hold and the discipline rule of every kind. */
  general(): CriterionDef[];
  /** Awarding authorities at local level for the titles of L22 Điều 80 / N129 Điều 59. */
  local(kinds: 'ldtt' | 'gk' | 'district' | 'gdvh'): AuthorityRule[];
  /** Ballot of the council: B reads N98 Đ30 k7; C assumes the same thresholds as overridable parameters. */
  vote(threshold: number, paramKey: string, label: string): { vote: VoteRule; params: ParamDef[] };
}

const A80 = at(L22, 'Điều 80');

export const LAW2022_B: Law2022Context = {
  id: 'B',
  decree: N98,
  titleMoney: at(N98, 'Điều 54'),
  formMoney: {
    basis: {
      ...N98,
      tag: 'U',
      note: 'Hệ số trong Nghị định 98/2023 chưa kiểm chứng; giả định như Nghị định 152/2025 Điều 54',
    },
    assumption: true,
  },
  tenure: { basis: at(TT01, 'Điều 1 khoản 5 điểm d'), assumption: false },
  general: () => [
    noPending(
      { ...N98, tag: 'U', note: 'Giả định như Nghị định 152/2025 Điều 4 khoản 4' },
      { assumption: true },
    ),
    disciplineEnded(
      { ...N98, tag: 'U', note: 'Giả định như Nghị định 152/2025 Điều 4 khoản 4' },
      { assumption: true },
    ),
  ],
  local(kinds) {
    switch (kinds) {
      case 'ldtt':
        // Đ80: Chủ tịch UBND xã gives LĐTT; huyện for its own units; sở and đơn vị for theirs; enterprises (k4).
        return [
          authority.doanhNghiep(at(L22, 'Điều 80 khoản 4')),
          authority.xa(A80),
          authority.huyen(A80),
          authority.thuTruong(at(L22, 'Điều 80 khoản 1')),
        ];
      case 'gk':
        return [
          authority.hopTacXa(at(L22, 'Điều 80 khoản 4')),
          authority.doanhNghiep(at(L22, 'Điều 80 khoản 4')),
          authority.xa(A80),
          authority.huyen(A80),
          authority.thuTruong(at(L22, 'Điều 80 khoản 1')),
        ];
      case 'district':
        // CSTĐCS, TTLĐTT, thôn văn hóa: Chủ tịch UBND huyện for communes and district units.
        return [
          authority.doanhNghiep(at(L22, 'Điều 80 khoản 4')),
          authority.huyen(A80),
          authority.thuTruong(at(L22, 'Điều 80 khoản 1')),
        ];
      case 'gdvh':
        return [authority.xa(A80)];
    }
  },
  vote(threshold) {
    return { vote: ballot(threshold, at(N98, 'Điều 30 khoản 7')), params: [] };
  },
};

const N129_59 = at(N129, 'Điều 59');
const N152_U: LegalBasis = {
  ...N152,
  tag: 'U',
  note: 'Tỷ lệ của Nghị định 152/2025 chưa tìm thấy; giả định như Nghị định 98/2023 Điều 30 khoản 7',
};

export const LAW2022_C: Law2022Context = {
  id: 'C',
  decree: N152,
  titleMoney: at(N152, 'Điều 50'),
  formMoney: { basis: at(N152, 'Điều 54'), assumption: false },
  tenure: {
    basis: {
      ...TT15,
      tag: 'U',
      note: 'Giả định Thông tư 15/2025 giữ quy định "dưới 06 tháng" của Thông tư 01/2024',
    },
    assumption: true,
  },
  general: () => [noPending(at(N152, 'Điều 4 khoản 4')), disciplineEnded(at(N152, 'Điều 4 khoản 4'))],
  local(kinds) {
    // N129 Điều 59: former district powers moved to Chủ tịch UBND xã; the district level was abolished.
    switch (kinds) {
      case 'ldtt':
      case 'district':
        return [
          authority.doanhNghiep(at(L22, 'Điều 80 khoản 4')),
          authority.xa(N129_59),
          authority.thuTruong(at(L22, 'Điều 80 khoản 1')),
        ];
      case 'gk':
        return [
          authority.hopTacXa(at(L22, 'Điều 80 khoản 4')),
          authority.doanhNghiep(at(L22, 'Điều 80 khoản 4')),
          authority.xa(N129_59),
          authority.thuTruong(at(L22, 'Điều 80 khoản 1')),
        ];
      case 'gdvh':
        return [authority.xa(N129_59)];
    }
  },
  vote(threshold, paramKey, label) {
    return {
      vote: ballot(threshold, N152_U, { thresholdParam: paramKey, assumption: true }),
      params: [thresholdParam(paramKey, label, threshold, N152_U, true)],
    };
  },
};
