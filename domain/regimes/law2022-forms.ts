// Forms of commendation (Bằng khen, Giấy khen, Kỷ niệm chương) and the community titles (thôn văn hóa,
// xã tiêu biểu, gia đình văn hóa) of the Law of 2022, for regimes B and C (legal.md §2–3).

import {
  FORM_TYPES,
  TITLE_TYPES,
  authority,
  conduct,
  criterion,
  ministerOrProvince,
  noBallot,
} from './build';
import { BK_TINH, BK_TTG, GDVH, GK, KNC, THON_VH, XA_TB } from './criteria-ids';
import type { Law2022Context } from './law2022-context';
import { at, BN86, L22, N152, N86 } from './sources';
import type { AwardKindDef, LegalBasis, ParamDef } from './types';

const JUDGEMENT_NOTE =
  'Các tiêu chuẩn "thành tích xuất sắc", "phạm vi ảnh hưởng" cần người có thẩm quyền đánh giá: khi điểm kiểm tra được bằng dữ liệu không đạt, kết quả là "cần xem xét" kèm các điểm cần đánh giá (legal.md §14).';

function gkFlag(key: string, label: string): ParamDef {
  return {
    key,
    label,
    kind: 'boolean',
    default: false,
    basis: at(L22, 'Điều 75 khoản 2', 'V', 'Bộ, ngành, tỉnh quy định chi tiết tiêu chuẩn Giấy khen'),
  };
}

function bkTinh(ctx: Law2022Context): AwardKindDef {
  const k1 = at(L22, 'Điều 74 khoản 1');
  const k1d = at(L22, 'Điều 74 khoản 1 điểm d', 'V');
  const k2 = at(L22, 'Điều 74 khoản 2');
  const k3 = at(L22, 'Điều 74 khoản 3');
  const one = 'bk_tinh.one_of';
  return {
    code: 'BK_TINH',
    name: 'Bằng khen của Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân cấp tỉnh',
    category: 'form',
    subjects: ['individual', 'collective', 'household'],
    awardTypes: FORM_TYPES,
    period: 'event',
    authorities: ministerOrProvince(at(L22, 'Điều 79', 'S', 'Số điều chưa kiểm chứng')),
    vote: noBallot(at(L22, 'Điều 74')),
    money: { individual: 1.5, collective: 3, household: 2.25, ...ctx.formMoney },
    criteria: [
      conduct(k1, { subjects: ['individual', 'collective'] }),
      criterion(
        BK_TINH.movementAchievement,
        'Có thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ban, ngành, tỉnh phát động',
        k1,
        { judgement: true, group: one, option: 'a', subjects: ['individual', 'collective'] },
      ),
      criterion(
        BK_TINH.notableAchievement,
        'Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ban, ngành, tỉnh',
        k1,
        { judgement: true, group: one, option: 'b', subjects: ['individual', 'collective'] },
      ),
      criterion(
        BK_TINH.contribution,
        'Có đóng góp vào sự nghiệp phát triển kinh tế - xã hội, khoa học kỹ thuật, an sinh xã hội, từ thiện nhân đạo',
        k1,
        { judgement: true, group: one, option: 'c', subjects: ['individual', 'collective'] },
      ),
      criterion(
        BK_TINH.streakCstdcs2,
        'Có 02 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở, đến năm đề nghị',
        k1d,
        {
          group: one,
          option: 'd1',
          subjects: ['individual'],
        },
      ),
      criterion(BK_TINH.htxs2Years, 'Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, đến năm đề nghị', k1d, {
        group: one,
        option: 'd2',
        subjects: ['individual'],
      }),
      criterion(
        BK_TINH.initiatives2,
        'Trong thời gian đó có 02 sáng kiến hoặc 02 đề tài khoa học được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở (chưa dùng cho khen thưởng khác)',
        {
          ...k1d,
          note: 'Công văn 1168/BNV-BTĐKT (06/02/2026) về việc kết hợp sáng kiến và đề tài: nội dung chưa kiểm chứng',
        },
        { group: one, option: 'd2', subjects: ['individual'] },
      ),
      criterion(
        BK_TINH.workerAchievement,
        'Công nhân, nông dân, người lao động có nhiều thành tích trong lao động, sản xuất có phạm vi ảnh hưởng trong xã, cơ quan, đơn vị',
        at(L22, 'Điều 74 khoản 1 điểm đ'),
        { judgement: true, group: one, option: 'đ', subjects: ['individual'] },
      ),
      criterion(
        BK_TINH.collectiveHtxs2,
        'Tập thể: có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu Tập thể lao động xuất sắc; nội bộ đoàn kết, thực hiện tốt dân chủ cơ sở, tiết kiệm, phòng, chống tham nhũng',
        k2,
        { group: one, option: 'tt', subjects: ['collective'] },
      ),
      criterion(
        BK_TINH.householdContribution,
        'Hộ gia đình: có đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội',
        k3,
        { judgement: true, subjects: ['household'] },
      ),
      ...ctx.general().map((c) => ({ ...c, subjects: ['individual', 'collective'] as const })),
    ],
    basis: [at(L22, 'Điều 74'), at(BN86, 'Điều 3'), ctx.formMoney.basis],
    notes: [
      JUDGEMENT_NOTE,
      'Mức tiền thưởng hộ gia đình bằng 1,5 lần mức cá nhân (1,5 × 1,5 = 2,25 lần mức lương cơ sở).',
      'Kết quả khen thưởng đột xuất, theo chuyên đề không dùng làm căn cứ đề nghị khen thưởng công trạng (Nghị định 152/2025 Điều 4 khoản 3).',
    ],
  };
}

function bkTtg(ctx: Law2022Context): AwardKindDef {
  const k1 = at(L22, 'Điều 73 khoản 1');
  const one = 'bk_ttg.one_of';
  const uCollective: LegalBasis = { ...at(L22, 'Điều 73 khoản 2, 3'), tag: 'U' };
  return {
    code: 'BK_TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    category: 'form',
    subjects: ['individual', 'collective', 'household'],
    awardTypes: FORM_TYPES,
    period: 'event',
    authorities: [authority.thuTuong(at(L22, 'Điều 78', 'S', 'Số điều chưa kiểm chứng'))],
    vote: noBallot(at(L22, 'Điều 73')),
    money: {
      individual: 3.5,
      collective: 7,
      household: 5.25,
      ...ctx.formMoney,
      assumptionFor: ['household'],
    },
    criteria: [
      conduct(k1),
      criterion(
        BK_TTG.movementExemplary,
        'Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua',
        at(L22, 'Điều 73 khoản 1 điểm a'),
        { judgement: true, group: one, option: 'a', subjects: ['individual'] },
      ),
      criterion(
        BK_TTG.priorBkTinh,
        'Đã được tặng Bằng khen của bộ, ban, ngành, tỉnh, đoàn thể trung ương',
        at(L22, 'Điều 73 khoản 1 điểm b'),
        { group: one, option: 'b', subjects: ['individual'] },
      ),
      criterion(
        BK_TTG.htt5Years,
        'Từ 05 năm liên tục trở lên tiếp theo Bằng khen đó đến thời điểm đề nghị, hằng năm hoàn thành tốt nhiệm vụ trở lên',
        at(L22, 'Điều 73 khoản 1 điểm b'),
        { group: one, option: 'b', subjects: ['individual'] },
      ),
      criterion(
        BK_TTG.cstdcs3In5,
        'Trong thời gian đó có 03 lần đạt danh hiệu Chiến sĩ thi đua cơ sở',
        at(L22, 'Điều 73 khoản 1 điểm b'),
        { group: one, option: 'b', subjects: ['individual'] },
      ),
      criterion(
        BK_TTG.notableAchievement,
        'Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh',
        at(L22, 'Điều 73 khoản 1 điểm c'),
        { judgement: true, group: one, option: 'c', subjects: ['individual'] },
      ),
      criterion(
        BK_TTG.collectiveCriteria,
        'Tập thể, hộ gia đình: tiêu chuẩn theo Luật 06/2022 Điều 73 khoản 2, 3 (chưa kiểm chứng; đánh giá theo hồ sơ)',
        uCollective,
        { judgement: true, assumption: true, subjects: ['collective', 'household'] },
      ),
      ...ctx.general().map((c) => ({ ...c, subjects: ['individual', 'collective'] as const })),
    ],
    basis: [at(L22, 'Điều 73'), ctx.formMoney.basis],
    notes: [
      JUDGEMENT_NOTE,
      'Tiêu chuẩn cá nhân đã đối chiếu lại Luật 06/2022 Điều 73 khoản 1 (legal.md §15): hoàn thành tốt nhiệm vụ trở lên 05 năm sau Bằng khen, trong đó 03 lần Chiến sĩ thi đua cơ sở.',
      'Mức tiền thưởng hộ gia đình (5,25 lần = 1,5 lần mức cá nhân) là giả định.',
    ],
  };
}

function gk(ctx: Law2022Context): AwardKindDef {
  const k1 = at(L22, 'Điều 75 khoản 1');
  const k2 = at(L22, 'Điều 75 khoản 2', 'V');
  const one = 'gk.one_of';
  return {
    code: 'GK',
    name: 'Giấy khen',
    category: 'form',
    subjects: ['individual', 'collective', 'household'],
    awardTypes: FORM_TYPES,
    period: 'event',
    authorities: ctx.local('gk'),
    vote: noBallot(at(L22, 'Điều 75')),
    money: { individual: 0.3, collective: 0.6, household: 0.45, ...ctx.formMoney },
    criteria: [
      criterion(GK.rating, 'Hoàn thành tốt nhiệm vụ trở lên trong năm', k1, {
        subjects: ['individual', 'collective'],
      }),
      conduct(k1, { subjects: ['individual', 'collective'] }),
      criterion(GK.movementAchievement, 'Có thành tích được bình xét trong phong trào thi đua', k1, {
        judgement: true,
        group: one,
        option: 'a',
      }),
      criterion(
        GK.notableAchievement,
        'Lập được nhiều thành tích hoặc thành tích đột xuất trong lĩnh vực thuộc cơ quan, đơn vị',
        k1,
        { judgement: true, group: one, option: 'b' },
      ),
      criterion(GK.htxsLocal, 'Quy chế địa phương: hoàn thành xuất sắc nhiệm vụ trong năm', k2, {
        enabledBy: 'gkRequireHtxs',
        subjects: ['individual', 'collective'],
      }),
      criterion(
        GK.initiativeLocal,
        'Quy chế địa phương: có sáng kiến được cơ sở công nhận (chưa dùng cho khen thưởng khác)',
        k2,
        { enabledBy: 'gkRequireInitiative', subjects: ['individual'] },
      ),
      ...ctx.general().map((c) => ({ ...c, subjects: ['individual', 'collective'] as const })),
    ],
    params: [
      gkFlag('gkRequireHtxs', 'Giấy khen: yêu cầu hoàn thành xuất sắc nhiệm vụ (thay vì hoàn thành tốt)'),
      gkFlag('gkRequireInitiative', 'Giấy khen cá nhân: yêu cầu có sáng kiến được công nhận'),
    ],
    basis: [at(L22, 'Điều 75'), ctx.formMoney.basis],
    notes: [
      'Tiêu chuẩn chi tiết Giấy khen do bộ, ngành, tỉnh quy định (Luật 06/2022 Điều 75 khoản 2); Quyết định 86/2025/QĐ-UBND Bắc Ninh Điều 4 là một ví dụ, không phải quy định toàn quốc.',
      JUDGEMENT_NOTE,
    ],
  };
}

function thonVh(ctx: Law2022Context): AwardKindDef {
  const law = at(L22, 'Điều 30');
  const j = { judgement: true };
  return {
    code: 'THON_VH',
    name: 'Thôn, tổ dân phố văn hóa',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ctx.local('district'),
    vote: noBallot(N86),
    money: { collective: 1.5, basis: ctx.titleMoney },
    criteria: [
      criterion(THON_VH.economy, 'Đời sống kinh tế ổn định và từng bước phát triển', law, j),
      criterion(THON_VH.culture, 'Đời sống văn hóa, tinh thần lành mạnh, phong phú', law, j),
      criterion(THON_VH.environment, 'Môi trường, cảnh quan sạch, đẹp', law, j),
      criterion(
        THON_VH.lawAndOrder,
        'Chấp hành tốt chủ trương, chính sách, pháp luật; bảo đảm an ninh, trật tự',
        law,
        j,
      ),
      criterion(THON_VH.solidarity, 'Có tinh thần đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng', law, j),
    ],
    basis: [law, N86, ctx.titleMoney],
    notes: ['Tiêu chuẩn chi tiết do Ủy ban nhân dân cấp tỉnh quy định theo Nghị định 86/2023/NĐ-CP.'],
  };
}

function xaTb(ctx: Law2022Context): AwardKindDef {
  const law: LegalBasis = { ...at(L22, 'Điều 29'), tag: 'U' };
  return {
    code: 'XA_TB',
    name: ctx.id === 'C' ? 'Xã, phường, đặc khu tiêu biểu' : 'Xã, phường, thị trấn tiêu biểu',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities:
      ctx.id === 'C'
        ? [
            authority.tinh(
              { ...N152, tag: 'U', note: 'Sau khi bỏ cấp huyện: giả định Chủ tịch UBND tỉnh' },
              { assumption: true },
            ),
          ]
        : [authority.huyen({ ...N86, tag: 'U' }, { assumption: true })],
    vote: noBallot(law),
    money: { collective: 2, basis: ctx.titleMoney },
    criteria: [
      criterion(
        XA_TB.criteria,
        'Tiêu chuẩn theo Luật 06/2022 Điều 29 và Nghị định 86/2023 (văn bản chưa kiểm chứng; đánh giá theo hồ sơ)',
        law,
        { judgement: true, assumption: true },
      ),
    ],
    basis: [law, N86, ctx.titleMoney],
    notes: [
      'Điều 29 vẫn dẫn chiếu phong trào cấp huyện; dự thảo luật sửa đổi có thể thay đổi. Chu kỳ xét và thẩm quyền là giả định.',
    ],
    assumption: true,
  };
}

function gdvh(ctx: Law2022Context): AwardKindDef {
  const law = at(L22, 'Điều 31');
  const j = { judgement: true };
  return {
    code: 'GDVH',
    name: 'Gia đình văn hóa',
    category: 'title',
    subjects: ['household'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ctx.local('gdvh'),
    vote: {
      ...noBallot(at(N86, 'Điều 7')),
      basis: { ...at(N86, 'Điều 7'), note: 'Họp bình xét ở thôn, tổ dân phố; không bỏ phiếu Hội đồng' },
    },
    money: {
      basis: { ...N86, tag: 'U', note: 'Không tìm thấy mức tiền thưởng cho Gia đình văn hóa' },
      assumption: true,
    },
    criteria: [
      criterion(
        GDVH.lawAndLifestyle,
        'Gương mẫu chấp hành chủ trương, chính sách, pháp luật; thực hiện nếp sống văn minh',
        at(N86, 'Điều 5'),
        j,
      ),
      criterion(
        GDVH.movement,
        'Tích cực tham gia phong trào thi đua, hoạt động ở khu dân cư',
        at(N86, 'Điều 5'),
        j,
      ),
      criterion(GDVH.prosperous, 'Gia đình no ấm, hạnh phúc, tiến bộ, tương trợ', law, j),
      criterion(
        GDVH.noMemberViolation,
        'Không có thành viên bị truy cứu trách nhiệm hình sự, không hoàn thành nghĩa vụ quân sự, nộp thuế, hoặc bị xử phạt vi phạm hành chính về tảo hôn, hôn nhân và gia đình, trật tự công cộng, đánh bạc, tệ nạn xã hội, phòng cháy chữa cháy, bạo lực gia đình',
        N86,
        j,
      ),
    ],
    disclosure: {
      workingDays: 10,
      dayKind: 'calendar',
      basis: at(N86, 'Điều 8'),
      text: 'Niêm yết danh sách trên bảng tin của thôn, tổ dân phố 10 ngày để Nhân dân góp ý; Chủ tịch UBND xã quyết định trong 10 ngày',
    },
    params: [
      {
        key: 'gdvhPeriodYears',
        label: 'Chu kỳ xét Gia đình văn hóa (số năm)',
        kind: 'integer',
        default: 1,
        basis: { ...N86, tag: 'U', note: 'Chu kỳ (hằng năm hay nhiều năm) chưa kiểm chứng' },
        assumption: true,
        min: 1,
        max: 5,
      },
    ],
    basis: [law, N86],
    notes: ['Tiêu chuẩn chi tiết do Ủy ban nhân dân cấp tỉnh quy định theo Nghị định 86/2023/NĐ-CP.'],
  };
}

function knc(): AwardKindDef {
  const money = at(N152, 'Điều 54');
  return {
    code: 'KNC',
    name: 'Kỷ niệm chương',
    category: 'form',
    subjects: ['individual'],
    awardTypes: ['cong_hien'],
    period: 'lifetime',
    authorities: ministerOrProvince({ ...N152, note: 'Cơ quan ban hành kỷ niệm chương' }),
    vote: noBallot(N152),
    money: { individual: 0.6, basis: money, isCap: true },
    criteria: [
      criterion(KNC.issuerRules, 'Tiêu chuẩn theo quy định của cơ quan ban hành kỷ niệm chương', N152, {
        judgement: true,
      }),
    ],
    basis: [money],
    notes: [
      'Tiền thưởng tối đa 0,6 lần mức lương cơ sở (bộ, ngành, tỉnh, đoàn thể); kỷ niệm chương của Ủy ban Thường vụ Quốc hội tối đa 0,8 lần.',
    ],
  };
}

export function law2022Forms(ctx: Law2022Context): AwardKindDef[] {
  return [
    bkTinh(ctx),
    bkTtg(ctx),
    gk(ctx),
    thonVh(ctx),
    xaTb(ctx),
    gdvh(ctx),
    ...(ctx.id === 'C' ? [knc()] : []),
  ];
}
