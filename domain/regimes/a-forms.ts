// Regime A: forms of commendation (Bằng khen, Giấy khen), community titles (Nghị định 122/2018), the local
// authorities of L03 and the hold every kind repeats.

import {
  FORM_TYPES,
  TITLE_TYPES,
  authority,
  conduct,
  criterion,
  disciplineEnded,
  ministerOrProvince,
  noBallot,
  noPending,
} from './build';
import { BK_TINH, BK_TTG, GDVH, GK, THON_VH } from './criteria-ids';
import { at, L03, N122, N65, N91 } from './sources';
import type { AuthorityRule, AwardKindDef, CriterionDef, LegalBasis } from './types';

const HOLD: LegalBasis = {
  ...N91,
  tag: 'U',
  note: 'Áp dụng như Nghị định 152/2025 Điều 4 khoản 4; chưa đối chiếu Nghị định 91/2017',
};

/** The hold and the discipline rule, assumed to apply in regime A as well (tag U). */
export function aGeneral(): CriterionDef[] {
  return [noPending(HOLD, { assumption: true }), disciplineEnded(HOLD, { assumption: true })];
}

/** Local authorities of L03 (legal.md §6, column A). */
export const A_LOCAL = {
  /** CSTĐCS, LĐTT, TTLĐTT: Chủ tịch UBND huyện, thủ trưởng sở/đơn vị, giám đốc doanh nghiệp nhà nước. */
  district: (): AuthorityRule[] => [
    authority.doanhNghiep(L03, { label: 'Tổng giám đốc, Giám đốc doanh nghiệp nhà nước' }),
    authority.huyen(L03),
    authority.thuTruong(L03),
  ],
  gk: (): AuthorityRule[] => [
    authority.doanhNghiep(L03, { label: 'Tổng giám đốc, Giám đốc doanh nghiệp nhà nước' }),
    authority.xa(L03),
    authority.huyen(L03, { levels: ['district'] }),
    authority.thuTruong(L03),
  ],
};

const MONEY_BK: LegalBasis = {
  ...N91,
  note: 'Mức tiền thưởng Bằng khen, Giấy khen theo Nghị định 91/2017/NĐ-CP',
};

function bkTinh(): AwardKindDef {
  const n39 = at(N91, 'Điều 39');
  const one = 'bk_tinh.one_of';
  return {
    code: 'BK_TINH',
    name: 'Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương',
    category: 'form',
    subjects: ['individual', 'collective'],
    awardTypes: FORM_TYPES,
    period: 'event',
    authorities: ministerOrProvince(L03),
    vote: noBallot(n39),
    money: { individual: 1, collective: 2, basis: MONEY_BK },
    criteria: [
      conduct(n39),
      criterion(BK_TINH.htxs2Years, 'Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, đến năm đề nghị', n39, {
        group: one,
        option: 'htxs',
        subjects: ['individual'],
      }),
      criterion(
        BK_TINH.initiatives2,
        'Trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở (chưa dùng cho khen thưởng khác)',
        n39,
        { group: one, option: 'htxs', subjects: ['individual'] },
      ),
      criterion(
        BK_TINH.collectiveHtxs2,
        'Tập thể: có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ; nội bộ đoàn kết, thực hiện tốt dân chủ cơ sở, tiết kiệm, chống tham nhũng',
        { ...n39, tag: 'U' },
        { group: one, option: 'tt', subjects: ['collective'], assumption: true },
      ),
      criterion(
        BK_TINH.notableAchievement,
        'Có thành tích xuất sắc được bình xét trong phong trào thi đua, hoặc thành tích đột xuất (các điểm khác của Điều 39)',
        n39,
        { judgement: true, group: one, option: 'khac' },
      ),
      ...aGeneral(),
    ],
    basis: [n39, MONEY_BK],
    notes: ['Các điểm khác của Nghị định 91/2017 Điều 39 cần người có thẩm quyền đánh giá (legal.md §14).'],
  };
}

function bkTtg(): AwardKindDef {
  const n38 = at(N91, 'Điều 38 khoản 1', 'V');
  const collective: LegalBasis = {
    ...at(N65, 'Điều 23 khoản 3 điểm c'),
    tag: 'U',
    note: 'Giả định Nghị định 91/2017 giữ quy định này',
  };
  const one = 'bk_ttg.one_of';
  return {
    code: 'BK_TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    category: 'form',
    subjects: ['individual', 'collective'],
    awardTypes: FORM_TYPES,
    period: 'event',
    authorities: [authority.thuTuong(L03)],
    vote: noBallot(n38),
    money: { individual: 3.5, collective: 7, basis: MONEY_BK },
    criteria: [
      conduct(n38),
      criterion(
        BK_TTG.priorBkTinh,
        'Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương',
        n38,
      ),
      criterion(
        BK_TTG.htxs5Years,
        'Sau Bằng khen đó, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ (đến năm đề nghị)',
        n38,
      ),
      criterion(
        BK_TTG.initiatives5,
        'Trong thời gian đó có 05 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở (chưa dùng cho khen thưởng khác)',
        n38,
        { group: one, option: 'sk', subjects: ['individual'] },
      ),
      criterion(
        BK_TTG.ingenuity,
        'Hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận và 05 lần được tặng Giấy khen',
        n38,
        { judgement: true, group: one, option: 'mt', subjects: ['individual'] },
      ),
      criterion(
        BK_TTG.coTinh1,
        'Tập thể: trong thời gian đó được tặng 01 Cờ thi đua cấp bộ, ban, ngành, tỉnh',
        collective,
        { subjects: ['collective'], assumption: true },
      ),
      ...aGeneral(),
    ],
    basis: [n38, collective, MONEY_BK],
    notes: [
      'Cách đọc của chúng tôi: "05 lần Giấy khen" đi kèm phương án mưu trí, sáng tạo; cần đối chiếu văn bản gốc.',
      'Tập thể: đã có Bằng khen cấp tỉnh, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ và 01 Cờ thi đua cấp tỉnh (Nghị định 65/2014, giả định được giữ nguyên).',
    ],
  };
}

function gk(): AwardKindDef {
  const u: LegalBasis = {
    ...L03,
    tag: 'U',
    note: 'Tiêu chuẩn Giấy khen chế độ A chưa kiểm chứng; thường do bộ, ngành, tỉnh quy định',
  };
  const one = 'gk.one_of';
  const LOCAL_RULE: LegalBasis = {
    ...L03,
    note: 'Tiêu chuẩn bổ sung do quy chế của bộ, ngành, tỉnh quy định',
  };
  const flag = (key: string, label: string) => ({
    key,
    label,
    kind: 'boolean' as const,
    default: false,
    basis: LOCAL_RULE,
  });
  return {
    code: 'GK',
    name: 'Giấy khen',
    category: 'form',
    subjects: ['individual', 'collective'],
    awardTypes: FORM_TYPES,
    period: 'event',
    authorities: A_LOCAL.gk(),
    vote: noBallot(L03),
    money: { individual: 0.3, collective: 0.6, basis: MONEY_BK },
    criteria: [
      criterion(GK.rating, 'Hoàn thành tốt nhiệm vụ trở lên trong năm', u, { assumption: true }),
      conduct(u, { assumption: true }),
      criterion(GK.movementAchievement, 'Có thành tích được bình xét trong phong trào thi đua', u, {
        judgement: true,
        assumption: true,
        group: one,
        option: 'a',
      }),
      criterion(
        GK.notableAchievement,
        'Lập được thành tích đột xuất hoặc nhiều thành tích trong lĩnh vực của cơ quan, đơn vị',
        u,
        {
          judgement: true,
          assumption: true,
          group: one,
          option: 'b',
        },
      ),
      criterion(GK.htxsLocal, 'Quy chế địa phương: hoàn thành xuất sắc nhiệm vụ trong năm', LOCAL_RULE, {
        enabledBy: 'gkRequireHtxs',
      }),
      criterion(GK.initiativeLocal, 'Quy chế địa phương: có sáng kiến được cơ sở công nhận', LOCAL_RULE, {
        enabledBy: 'gkRequireInitiative',
        subjects: ['individual'],
      }),
      ...aGeneral(),
    ],
    params: [
      flag('gkRequireHtxs', 'Giấy khen: yêu cầu hoàn thành xuất sắc nhiệm vụ (thay vì hoàn thành tốt)'),
      flag('gkRequireInitiative', 'Giấy khen cá nhân: yêu cầu có sáng kiến được công nhận'),
    ],
    basis: [u, MONEY_BK],
  };
}

function thonVh(): AwardKindDef {
  const j = { judgement: true };
  return {
    code: 'THON_VH',
    name: 'Thôn, tổ dân phố văn hóa',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: [authority.huyen(L03)],
    vote: noBallot(N122),
    money: {
      collective: 1.5,
      basis: {
        ...N91,
        tag: 'U',
        note: 'Mức tiền thưởng thôn văn hóa trong Nghị định 91/2017 chưa kiểm chứng',
      },
      assumption: true,
    },
    criteria: [
      criterion(THON_VH.economy, 'Đời sống kinh tế ổn định và từng bước phát triển', N122, j),
      criterion(THON_VH.culture, 'Đời sống văn hóa, tinh thần lành mạnh, phong phú', N122, j),
      criterion(THON_VH.environment, 'Môi trường cảnh quan sạch, đẹp', N122, j),
      criterion(
        THON_VH.lawAndOrder,
        'Chấp hành tốt chủ trương, chính sách, pháp luật; bảo đảm an ninh, trật tự',
        N122,
        j,
      ),
      criterion(
        THON_VH.solidarity,
        'Có tinh thần đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng',
        N122,
        j,
      ),
    ],
    basis: [N122],
  };
}

function gdvh(): AwardKindDef {
  const j = { judgement: true };
  return {
    code: 'GDVH',
    name: 'Gia đình văn hóa',
    category: 'title',
    subjects: ['household'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: [authority.xa(L03)],
    vote: noBallot({ ...N122, note: 'Họp bình xét ở thôn, tổ dân phố; không bỏ phiếu Hội đồng' }),
    money: {
      basis: { ...N122, tag: 'U', note: 'Không tìm thấy mức tiền thưởng cho Gia đình văn hóa' },
      assumption: true,
    },
    criteria: [
      criterion(
        GDVH.lawAndLifestyle,
        'Gương mẫu chấp hành chủ trương, chính sách, pháp luật; thực hiện nếp sống văn minh',
        N122,
        j,
      ),
      criterion(GDVH.movement, 'Tích cực tham gia phong trào thi đua, hoạt động ở khu dân cư', N122, j),
      criterion(GDVH.prosperous, 'Gia đình no ấm, hạnh phúc, tiến bộ, tương trợ', N122, j),
      criterion(GDVH.noMemberViolation, 'Không có thành viên vi phạm pháp luật, tệ nạn xã hội', N122, j),
    ],
    basis: [N122],
  };
}

export function aForms(): AwardKindDef[] {
  return [bkTinh(), bkTtg(), gk(), thonVh(), gdvh()];
}
