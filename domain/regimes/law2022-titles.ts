// Emulation titles (danh hiệu thi đua) of the Law of 2022, for regimes B and C (legal.md §2).

import {
  TITLE_TYPES,
  conduct,
  criterion,
  ministerOrProvince,
  noBallot,
  registrationParam,
  authority,
} from './build';
import { CO_CP, CO_TINH, CSTD_TINH, CSTDCS, CSTDTQ, LDTT, TTLDTT, TTLDXS } from './criteria-ids';
import type { Law2022Context } from './law2022-context';
import { at, BN86, L22, N152, N98 } from './sources';
import type { AwardKindDef, ParamDef } from './types';

const SAME_YEAR_NOTE =
  'Danh hiệu tiền đề cùng năm (ví dụ Lao động tiên tiến khi xét Chiến sĩ thi đua cơ sở) được chấp nhận khi đã có quyết định, hoặc khi số liệu năm đó đáp ứng tiêu chuẩn của danh hiệu tiền đề; kết quả nêu rõ căn cứ nào được dùng (legal.md §14).';
const STREAK_NOTE =
  'Chuỗi năm liên tục được tính lùi từ năm đề nghị; chuỗi đã kết thúc trước đó không làm căn cứ cho năm sau; năm thiếu dữ liệu làm đứt chuỗi; khen thưởng đã bị thu hồi không được tính (legal.md §14).';
const NO_LOWER_FIRST =
  'Không nhất thiết phải có hình thức mức thấp mới được khen mức cao hơn, trừ khi tiêu chuẩn đòi hỏi (Nghị định 98/2023 và 152/2025, Điều 4 khoản 1).';
const DOT_XUAT_NOTE =
  'Kết quả khen thưởng đột xuất, theo chuyên đề không dùng làm căn cứ đề nghị khen thưởng công trạng (Nghị định 152/2025 Điều 4 khoản 3).';
const INITIATIVE_ONCE =
  'Mỗi sáng kiến, đề tài chỉ được dùng một lần để đề nghị khen thưởng (Công văn 5007/BNV-TĐKT năm 2023).';

function tenureParam(ctx: Law2022Context): ParamDef {
  return {
    key: 'tenureMonthsMin',
    label: 'Số tháng công tác tối thiểu để xét Lao động tiên tiến (người mới tuyển dụng)',
    kind: 'integer',
    default: 6,
    basis: ctx.tenure.basis,
    assumption: ctx.tenure.assumption,
    // Tighten only, unless the national rule is itself an assumption (regime C: TT15 unverified).
    min: ctx.tenure.assumption ? 0 : 6,
    max: 12,
  };
}

function ldttCriteria(ctx: Law2022Context, article: string, armed: boolean) {
  const law = at(L22, article);
  return [
    criterion(
      LDTT.rating,
      armed
        ? 'Hoàn thành tốt nhiệm vụ trở lên trong năm (theo hướng dẫn của Bộ Quốc phòng, Bộ Công an)'
        : 'Hoàn thành tốt nhiệm vụ trở lên trong năm (xếp loại Hoàn thành tốt hoặc Hoàn thành xuất sắc nhiệm vụ)',
      law,
    ),
    criterion(
      LDTT.tenure,
      'Đã công tác đủ số tháng tối thiểu tính đến cuối năm xét (không xét người tuyển dụng dưới 06 tháng; tính cả thời gian hợp đồng liên tục, thời gian đào tạo dưới 01 năm và nghỉ thai sản)',
      ctx.tenure.basis,
      { param: 'tenureMonthsMin', assumption: ctx.tenure.assumption },
    ),
    conduct(law, {
      text: 'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua',
    }),
    ...ctx.general(),
  ];
}

export function law2022Titles(ctx: Law2022Context): AwardKindDef[] {
  const reg = registrationParam({
    ...L22,
    tag: 'U',
    note: 'Luật 2022 không bắt buộc đăng ký thi đua; địa phương có thể quy định',
  });
  const cstdcsVote = ctx.vote(
    0.8,
    'cstdcsVoteThreshold',
    'Tỷ lệ phiếu đồng ý (trên tổng số thành viên Hội đồng) xét Chiến sĩ thi đua cơ sở',
  );
  const cstdTinhVote = ctx.vote(
    0.9,
    'cstdTinhVoteThreshold',
    'Tỷ lệ phiếu đồng ý (trên tổng số thành viên Hội đồng) xét Chiến sĩ thi đua cấp tỉnh',
  );
  const cstdtqVote = ctx.vote(
    0.9,
    'cstdtqVoteThreshold',
    'Tỷ lệ phiếu đồng ý (trên tổng số thành viên Hội đồng bộ, tỉnh) xét Chiến sĩ thi đua toàn quốc',
  );
  const coTinhVote = ctx.vote(
    0.8,
    'coTinhVoteThreshold',
    'Tỷ lệ phiếu đồng ý (trên tổng số thành viên Hội đồng) xét Cờ thi đua cấp tỉnh',
  );
  const coCpVote = ctx.vote(
    0.8,
    'coCpVoteThreshold',
    'Tỷ lệ phiếu đồng ý (trên tổng số thành viên Hội đồng) xét Cờ thi đua của Chính phủ',
  );
  const cstdcsNote =
    ctx.id === 'C'
      ? 'Nghị định 152/2025 Điều 6 khoản 2 điểm c giao bộ, ngành, tỉnh quy định thủ tục xét Chiến sĩ thi đua cơ sở: tỷ lệ 80% là mặc định, quy chế địa phương có thể thay đổi.'
      : 'Không có giới hạn tỷ lệ Chiến sĩ thi đua cơ sở trên toàn quốc (khác chế độ A: không quá 15% số Lao động tiên tiến).';
  const ldtt: AwardKindDef = {
    code: 'LDTT',
    name: 'Lao động tiên tiến',
    category: 'title',
    subjects: ['individual'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ctx.local('ldtt'),
    vote: noBallot(at(L22, 'Điều 24')),
    money: { individual: 0.3, basis: ctx.titleMoney },
    criteria: ldttCriteria(ctx, 'Điều 24 khoản 1', false),
    params: [tenureParam(ctx), reg],
    basis: [
      at(L22, 'Điều 24 khoản 1'),
      ctx.tenure.basis,
      at(N152, 'Điều 4 khoản 5', 'S', 'Thời gian nghỉ thai sản được tính'),
    ],
    notes: [
      'Công nhân, nông dân, người lao động khác: tiêu chuẩn lao động sản xuất hiệu quả, gương mẫu chấp hành do Ủy ban nhân dân cấp tỉnh quy định chi tiết (Luật 06/2022 Điều 24) — cần đánh giá riêng.',
      'Lực lượng vũ trang: Chiến sĩ tiên tiến tương đương Lao động tiên tiến (cùng mức tiền thưởng).',
    ],
  };
  const cstt: AwardKindDef = {
    ...ldtt,
    code: 'CSTT',
    name: 'Chiến sĩ tiên tiến',
    authorities: [
      {
        authority: 'thu_truong_co_quan',
        label: 'Thủ trưởng đơn vị Quân đội, Công an theo phân cấp của Bộ Quốc phòng, Bộ Công an',
        basis: { ...L22, tag: 'U', note: 'Phân cấp của Bộ Quốc phòng, Bộ Công an' },
        assumption: true,
      },
    ],
    criteria: ldttCriteria(ctx, 'Điều 24 khoản 2', true),
    basis: [at(L22, 'Điều 24 khoản 2'), ctx.titleMoney],
    notes: [
      'Áp dụng cho quân nhân, công an, dân quân tự vệ; tiêu chuẩn chi tiết theo hướng dẫn của Bộ Quốc phòng, Bộ Công an.',
    ],
  };
  const cstdcs: AwardKindDef = {
    code: 'CSTDCS',
    name: 'Chiến sĩ thi đua cơ sở',
    category: 'title',
    subjects: ['individual'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ctx.local('district'),
    vote: cstdcsVote.vote,
    money: { individual: 1, basis: ctx.titleMoney },
    criteria: [
      criterion(
        CSTDCS.ldttSameYear,
        'Đạt danh hiệu Lao động tiên tiến hoặc Chiến sĩ tiên tiến trong năm xét',
        at(L22, 'Điều 23'),
      ),
      criterion(
        CSTDCS.htxsOrInitiative,
        'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài, đề án, công trình khoa học và công nghệ, mưu trí sáng tạo được cơ sở công nhận (chưa dùng cho khen thưởng khác)',
        at(L22, 'Điều 23'),
      ),
      conduct(at(L22, 'Điều 23')),
      ...ctx.general(),
    ],
    params: [...cstdcsVote.params, reg],
    basis: [
      at(L22, 'Điều 23'),
      at(N98, 'Điều 30 khoản 7'),
      ...(ctx.id === 'C' ? [at(N152, 'Điều 6 khoản 2 điểm c')] : []),
    ],
    notes: [cstdcsNote, SAME_YEAR_NOTE, INITIATIVE_ONCE, DOT_XUAT_NOTE],
  };
  const cstdTinh: AwardKindDef = {
    code: 'CSTD_TINH',
    name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    category: 'title',
    subjects: ['individual'],
    awardTypes: TITLE_TYPES,
    period: 'multi_year',
    authorities: ministerOrProvince(at(L22, 'Điều 79', 'S', 'Số điều chưa kiểm chứng')),
    vote: cstdTinhVote.vote,
    money: { individual: 3, basis: ctx.titleMoney },
    criteria: [
      criterion(
        CSTD_TINH.streakCstdcs3,
        'Có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở, lần thứ ba vào năm đề nghị',
        at(L22, 'Điều 22'),
      ),
      criterion(
        CSTD_TINH.initiativeProvince,
        'Có sáng kiến, đề tài, đề án, công trình khoa học và công nghệ được áp dụng hiệu quả, có khả năng nhân rộng trong bộ, ngành, tỉnh, được người đứng đầu bộ, ngành, tỉnh công nhận (chưa dùng cho khen thưởng khác)',
        at(L22, 'Điều 22'),
      ),
      conduct(at(L22, 'Điều 22')),
      ...ctx.general(),
    ],
    params: [...cstdTinhVote.params, reg],
    basis: [at(L22, 'Điều 22'), at(N98, 'Điều 30 khoản 7')],
    notes: [STREAK_NOTE, SAME_YEAR_NOTE, INITIATIVE_ONCE],
  };
  const cstdtq: AwardKindDef = {
    code: 'CSTDTQ',
    name: 'Chiến sĩ thi đua toàn quốc',
    category: 'title',
    subjects: ['individual'],
    awardTypes: TITLE_TYPES,
    period: 'multi_year',
    authorities: [authority.thuTuong(at(L22, 'Điều 78', 'S', 'Số điều chưa kiểm chứng'))],
    vote: cstdtqVote.vote,
    money: { individual: 4.5, basis: ctx.titleMoney },
    criteria: [
      criterion(
        CSTDTQ.streakCstdTinh2,
        'Có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh (hai chu kỳ 03 năm liền nhau, tức 06 năm liên tục Chiến sĩ thi đua cơ sở)',
        at(L22, 'Điều 21'),
      ),
      criterion(
        CSTDTQ.initiativeNational,
        'Có sáng kiến, đề tài, đề án, công trình khoa học và công nghệ có phạm vi ảnh hưởng trong toàn quốc (chưa dùng cho khen thưởng khác)',
        at(L22, 'Điều 21'),
      ),
      conduct(at(L22, 'Điều 21')),
      ...ctx.general(),
    ],
    disclosure: {
      workingDays: 10,
      basis: at(
        N98,
        'Điều 46 khoản 1',
        'S',
        ctx.id === 'C' ? 'Áp dụng qua Điều 60 khoản 3 Nghị định 152/2025/NĐ-CP' : undefined,
      ),
      text: 'Bộ Nội vụ lấy ý kiến Nhân dân 10 ngày làm việc trên cổng thông tin của Ban Thi đua - Khen thưởng Trung ương và Bộ Nội vụ',
    },
    params: [...cstdtqVote.params, reg],
    basis: [at(L22, 'Điều 21'), at(N98, 'Điều 30 khoản 7'), at(N98, 'Điều 32')],
    notes: [
      '"02 lần liên tục" Chiến sĩ thi đua cấp tỉnh là hai chu kỳ 03 năm liền nhau (ví dụ 2019 và 2022), không phải hai năm dương lịch liên tiếp; hồ sơ lập vào năm liền kề lần thứ hai (legal.md §14–15).',
      'Hồ sơ gửi Bộ Nội vụ trước ngày 31/12 của năm liền kề (Nghị định 98/2023 Điều 32).',
      INITIATIVE_ONCE,
    ],
  };
  const ttldtt: AwardKindDef = {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ctx.local('district'),
    vote: noBallot(at(L22, 'Điều 28')),
    money: { collective: 0.8, basis: ctx.titleMoney },
    criteria: [
      criterion(TTLDTT.rating, 'Hoàn thành tốt nhiệm vụ và kế hoạch được giao', at(L22, 'Điều 28')),
      criterion(
        TTLDTT.ldttShare,
        'Có từ 70% cá nhân trong tập thể trở lên đạt danh hiệu Lao động tiên tiến',
        { ...at(L22, 'Điều 28'), note: 'Như Quyết định 86/2025/QĐ-UBND Bắc Ninh Điều 4 diễn giải' },
        { param: 'ldttShareMin' },
      ),
      criterion(
        TTLDTT.noSeriousDiscipline,
        'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
        at(L22, 'Điều 28'),
      ),
      conduct(at(L22, 'Điều 28'), {
        text: 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật',
      }),
      ...ctx.general(),
    ],
    params: [
      {
        key: 'ldttShareMin',
        label: 'Tỷ lệ tối thiểu cá nhân đạt Lao động tiên tiến để xét Tập thể lao động tiên tiến',
        kind: 'share',
        default: 0.7,
        basis: at(
          L22,
          'Điều 28 khoản 3',
          'S',
          'Bộ, ngành, tỉnh có thể quy định chi tiết (chỉ nâng, không hạ)',
        ),
        min: 0.7,
        max: 1,
      },
      reg,
    ],
    basis: [at(L22, 'Điều 28'), at(BN86, 'Điều 4')],
    notes: [SAME_YEAR_NOTE],
  };
  const ttldxs: AwardKindDef = {
    code: 'TTLDXS',
    name: 'Tập thể lao động xuất sắc',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ministerOrProvince(at(L22, 'Điều 79', 'S', 'Số điều chưa kiểm chứng')),
    vote: noBallot(at(L22, 'Điều 27')),
    money: { collective: 1.5, basis: ctx.titleMoney },
    criteria: [
      criterion(TTLDXS.rating, 'Hoàn thành xuất sắc nhiệm vụ và kế hoạch được giao', at(L22, 'Điều 27')),
      criterion(
        TTLDXS.allCompleted,
        '100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao',
        at(L22, 'Điều 27'),
      ),
      criterion(
        TTLDXS.ldttShare,
        'Có từ 70% cá nhân trong tập thể trở lên đạt danh hiệu Lao động tiên tiến',
        at(L22, 'Điều 27'),
        { param: 'ttldxsLdttShareMin' },
      ),
      criterion(TTLDXS.hasCstdcs, 'Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở', at(L22, 'Điều 27')),
      conduct(at(L22, 'Điều 27'), {
        text: 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách, pháp luật',
      }),
      ...ctx.general(),
    ],
    params: [
      {
        key: 'ttldxsLdttShareMin',
        label: 'Tỷ lệ tối thiểu cá nhân đạt Lao động tiên tiến để xét Tập thể lao động xuất sắc',
        kind: 'share',
        default: 0.7,
        basis: at(L22, 'Điều 27'),
        min: 0.7,
        max: 1,
      },
      reg,
    ],
    basis: [at(L22, 'Điều 27'), at(BN86, 'Điều 3')],
    notes: [SAME_YEAR_NOTE],
  };
  const coTinh: AwardKindDef = {
    code: 'CO_TINH',
    name: 'Cờ thi đua của bộ, ban, ngành, tỉnh',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ministerOrProvince(at(L22, 'Điều 79', 'S', 'Số điều chưa kiểm chứng')),
    vote: coTinhVote.vote,
    money: { collective: 8, basis: ctx.titleMoney },
    criteria: [
      criterion(
        CO_TINH.clusterLeader,
        'Là tập thể dẫn đầu cụm, khối thi đua do bộ, ban, ngành, tỉnh tổ chức (suy tôn hằng năm)',
        at(L22, 'Điều 26 khoản 1'),
        { judgement: true },
      ),
      criterion(
        CO_TINH.exemplary,
        'Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao; là tập thể tiêu biểu xuất sắc; nội bộ đoàn kết, tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ; thực hành tiết kiệm, phòng, chống tham nhũng',
        at(L22, 'Điều 26 khoản 2'),
        { judgement: true },
      ),
      ...ctx.general(),
    ],
    params: [...coTinhVote.params],
    basis: [at(L22, 'Điều 26'), at(N98, 'Điều 30 khoản 7'), at(BN86, 'Điều 3 khoản 1')],
    notes: [
      'Cách chấm điểm, tiêu chí cụm, khối do quy chế của tỉnh, cụm, khối quy định; không có công thức chung toàn quốc.',
    ],
  };
  const coCp: AwardKindDef = {
    code: 'CO_CP',
    name: 'Cờ thi đua của Chính phủ',
    category: 'title',
    subjects: ['collective'],
    awardTypes: ['cong_trang', 'chuyen_de'],
    period: 'annual',
    authorities: [authority.thuTuong(at(L22, 'Điều 78', 'S', 'Số điều chưa kiểm chứng'))],
    vote: coCpVote.vote,
    money: { collective: 12, basis: ctx.titleMoney },
    criteria: [
      criterion(
        CO_CP.outstandingLeader,
        'Có thành tích, hoàn thành xuất sắc toàn diện nhiệm vụ, tiêu biểu xuất sắc trong các tập thể dẫn đầu cụm, khối thi đua của bộ, ban, ngành, tỉnh',
        at(L22, 'Điều 25 khoản 1'),
        { judgement: true, group: 'co_cp.one_of', option: 'k1' },
      ),
      criterion(
        CO_CP.centralClusterLeader,
        'Là tập thể dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức',
        at(L22, 'Điều 25 khoản 2'),
        { judgement: true, group: 'co_cp.one_of', option: 'k2' },
      ),
      criterion(
        CO_CP.pmMovementLeader,
        'Là tập thể dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động có thời gian từ 05 năm trở lên',
        at(L22, 'Điều 25 khoản 3'),
        { judgement: true, group: 'co_cp.one_of', option: 'k3' },
      ),
      ...ctx.general(),
    ],
    params: [...coCpVote.params],
    basis: [at(L22, 'Điều 25'), at(N98, 'Điều 30 khoản 7'), at(N98, 'Điều 32 khoản 1 điểm b')],
    notes: [
      'Hồ sơ gửi Bộ Nội vụ trước ngày 30/6 hằng năm (ngành giáo dục: 31/12) (Nghị định 98/2023 Điều 32).',
    ],
  };
  return [ldtt, cstt, cstdcs, cstdTinh, cstdtq, ttldtt, ttldxs, coTinh, coCp].map((k) => ({
    ...k,
    notes: [...(k.notes ?? []), NO_LOWER_FIRST],
  }));
}
