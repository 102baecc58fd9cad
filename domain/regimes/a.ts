// Regime A (01/10/2017 – 31/12/2023): Luật Thi đua, khen thưởng 2003 (as amended) and Nghị định 91/2017/NĐ-CP.
// Titles here; forms and community titles in a-forms.ts; Huân chương and Anh hùng in honours.ts.

import { aForms, A_LOCAL, aGeneral } from './a-forms';
import {
  TITLE_TYPES,
  authority,
  ballot,
  kindsByCode,
  conduct,
  criterion,
  ministerOrProvince,
  noBallot,
  registrationParam,
  thresholdParam,
} from './build';
import { CO_CP, CO_TINH, CSTD_TINH, CSTDCS, CSTDTQ, LDTT, TTLDTT, TTLDXS } from './criteria-ids';
import { honourKinds } from './honours';
import { at, L03, N122, N91, TT12 } from './sources';
import type { AwardKindDef, LegalBasis, Regime } from './types';

const MONEY: LegalBasis = { ...N91, note: 'Mức tiền thưởng danh hiệu thi đua theo Nghị định 91/2017/NĐ-CP' };
const BALLOT = at(N91, 'Điều 45 khoản 8', 'V');
const STREAK_NOTE =
  'Chuỗi năm liên tục được tính lùi từ năm đề nghị; năm thiếu dữ liệu làm đứt chuỗi; khen thưởng đã bị thu hồi không được tính (legal.md §14).';
const SAME_YEAR_NOTE =
  'Danh hiệu tiền đề cùng năm được chấp nhận khi đã có quyết định, hoặc khi số liệu năm đó đáp ứng tiêu chuẩn của danh hiệu tiền đề (legal.md §14).';
const REG = registrationParam({
  ...N91,
  tag: 'U',
  note: 'Yêu cầu đăng ký thi đua theo quy định của từng bộ, ngành, tỉnh; mặc định không bắt buộc',
});

function titles(): AwardKindDef[] {
  const ldtt: AwardKindDef = {
    code: 'LDTT',
    name: 'Lao động tiên tiến',
    category: 'title',
    subjects: ['individual'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: A_LOCAL.district(),
    vote: noBallot(at(L03, 'Điều 24')),
    money: { individual: 0.3, basis: MONEY },
    criteria: [
      criterion(
        LDTT.rating,
        'Hoàn thành tốt nhiệm vụ được giao, đạt năng suất và chất lượng cao (xếp loại Hoàn thành tốt nhiệm vụ trở lên)',
        at(L03, 'Điều 24'),
      ),
      criterion(
        LDTT.tenure,
        'Không xét người mới tuyển dụng dưới 10 tháng (tính đến thời điểm bình xét)',
        at(N91, 'Điều 10'),
        { param: 'tenureMonthsMin' },
      ),
      criterion(
        LDTT.noDiscipline,
        'Không bị kỷ luật từ hình thức khiển trách trở lên trong năm',
        at(N91, 'Điều 10'),
      ),
      conduct(at(L03, 'Điều 24'), {
        text: 'Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ; có đạo đức, lối sống lành mạnh',
      }),
      ...aGeneral(),
    ],
    params: [
      {
        key: 'tenureMonthsMin',
        label: 'Số tháng công tác tối thiểu để xét Lao động tiên tiến (người mới tuyển dụng)',
        kind: 'integer',
        default: 10,
        basis: at(N91, 'Điều 10'),
        min: 10,
        max: 12,
      },
      REG,
    ],
    basis: [at(L03, 'Điều 24'), at(N91, 'Điều 10'), MONEY],
    notes: ['Quy định không xét người nghỉ quá 40 ngày của Nghị định 65/2014 đã được bỏ.'],
  };
  const cstdcs: AwardKindDef = {
    code: 'CSTDCS',
    name: 'Chiến sĩ thi đua cơ sở',
    category: 'title',
    subjects: ['individual'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: A_LOCAL.district(),
    vote: {
      required: true,
      threshold: null,
      thresholdParam: 'cstdcsVoteThreshold',
      basis: { ...BALLOT, note: 'Tỷ lệ phiếu xét Chiến sĩ thi đua cơ sở do từng cơ quan, đơn vị quy định' },
      assumption: true,
    },
    money: { individual: 1, basis: MONEY },
    quota: {
      maxShareOf: 'LDTT',
      share: 0.15,
      shareParam: 'cstdcsQuotaShare',
      basis: at(N91, 'Điều 9 khoản 3'),
    },
    criteria: [
      criterion(
        CSTDCS.ldttSameYear,
        'Đạt danh hiệu Lao động tiên tiến trong năm xét',
        at(N91, 'Điều 9 khoản 3', 'V'),
      ),
      criterion(
        CSTDCS.htxsOrInitiative,
        'Có sáng kiến được cơ sở công nhận, hoặc đề tài nghiên cứu khoa học đã nghiệm thu được áp dụng, hoặc mưu trí sáng tạo trong chiến đấu, phục vụ chiến đấu, hoặc hoàn thành xuất sắc nhiệm vụ được đơn vị công nhận (chưa dùng cho khen thưởng khác)',
        at(N91, 'Điều 9 khoản 3', 'V'),
      ),
      conduct(at(L03, 'Điều 23')),
      ...aGeneral(),
    ],
    params: [
      thresholdParam(
        'cstdcsVoteThreshold',
        'Tỷ lệ phiếu đồng ý (trên tổng số thành viên Hội đồng) xét Chiến sĩ thi đua cơ sở',
        2 / 3,
        { ...BALLOT, tag: 'U', note: 'Không quy định toàn quốc; mặc định 2/3 theo thực tiễn phổ biến' },
        true,
      ),
      {
        key: 'cstdcsQuotaShare',
        label: 'Tỷ lệ tối đa Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến của đơn vị',
        kind: 'share',
        default: 0.15,
        basis: at(N91, 'Điều 9 khoản 3'),
        min: 0,
        max: 0.15,
      },
      REG,
    ],
    basis: [at(L03, 'Điều 23'), at(N91, 'Điều 9 khoản 3', 'V'), BALLOT, MONEY],
    notes: [
      'Số Chiến sĩ thi đua cơ sở không quá 15% số Lao động tiên tiến của đơn vị: kiểm tra trên danh sách đề nghị của đơn vị trong năm.',
      SAME_YEAR_NOTE,
    ],
  };
  const cstdTinh: AwardKindDef = {
    code: 'CSTD_TINH',
    name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    category: 'title',
    subjects: ['individual'],
    awardTypes: TITLE_TYPES,
    period: 'multi_year',
    authorities: ministerOrProvince(L03),
    vote: ballot(0.9, BALLOT),
    money: { individual: 3, basis: MONEY },
    criteria: [
      criterion(
        CSTD_TINH.streakCstdcs3,
        'Có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở, lần thứ ba vào năm đề nghị',
        at(N91, 'Điều 9 khoản 2', 'V'),
      ),
      criterion(
        CSTD_TINH.initiativeProvince,
        'Có sáng kiến, đề tài nghiên cứu khoa học có tác dụng ảnh hưởng đối với bộ, ngành, tỉnh, được Hội đồng khoa học, sáng kiến cấp bộ, tỉnh công nhận (chưa dùng cho khen thưởng khác)',
        at(N91, 'Điều 9 khoản 2', 'V'),
      ),
      conduct(at(L03, 'Điều 22')),
      ...aGeneral(),
    ],
    params: [REG],
    basis: [at(L03, 'Điều 22'), at(N91, 'Điều 9 khoản 2', 'V'), BALLOT, MONEY],
    notes: ['Được xét trong năm đạt Chiến sĩ thi đua cơ sở lần thứ ba.', STREAK_NOTE, SAME_YEAR_NOTE],
  };
  const cstdtq: AwardKindDef = {
    code: 'CSTDTQ',
    name: 'Chiến sĩ thi đua toàn quốc',
    category: 'title',
    subjects: ['individual'],
    awardTypes: TITLE_TYPES,
    period: 'multi_year',
    authorities: [authority.thuTuong(L03)],
    vote: ballot(0.9, BALLOT),
    money: { individual: 4.5, basis: MONEY },
    criteria: [
      criterion(
        CSTDTQ.streakCstdTinh2,
        'Có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh (hai chu kỳ 03 năm liền nhau)',
        at(N91, 'Điều 48 khoản 1 điểm a', 'V'),
      ),
      criterion(
        CSTDTQ.initiativeNational,
        'Có sáng kiến, đề tài nghiên cứu khoa học có tác dụng ảnh hưởng trong phạm vi toàn quốc (chưa dùng cho khen thưởng khác)',
        at(L03, 'Điều 21'),
      ),
      conduct(at(L03, 'Điều 21')),
      ...aGeneral(),
    ],
    disclosure: {
      workingDays: 10,
      basis: at(
        N91,
        'Điều 45 khoản 10',
        'S',
        'Thời hạn công khai chưa kiểm chứng; xem thêm Thông tư 12/2019/TT-BNV',
      ),
      text: 'Cơ quan đề nghị công khai danh sách trên phương tiện thông tin của cơ quan',
      assumption: true,
    },
    params: [REG],
    basis: [at(L03, 'Điều 21'), at(N91, 'Điều 48 khoản 1 điểm a', 'V'), BALLOT, TT12, MONEY],
    notes: [
      '"02 lần liên tục" Chiến sĩ thi đua cấp tỉnh là hai chu kỳ 03 năm liền nhau; hồ sơ lập vào năm liền kề lần thứ hai (Nghị định 91/2017 Điều 48 khoản 1 điểm a; legal.md §14).',
    ],
  };
  const ttldtt: AwardKindDef = {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: A_LOCAL.district(),
    vote: noBallot(at(L03, 'Điều 28')),
    money: { collective: 0.8, basis: MONEY },
    criteria: [
      criterion(TTLDTT.rating, 'Hoàn thành tốt nhiệm vụ và kế hoạch được giao', at(L03, 'Điều 28', 'V')),
      criterion(
        TTLDTT.ldttShare,
        'Có trên 50% cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến',
        at(L03, 'Điều 28', 'V'),
        { param: 'ldttShareMin' },
      ),
      criterion(
        TTLDTT.noSeriousDiscipline,
        'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
        at(L03, 'Điều 28', 'V'),
      ),
      conduct(at(L03, 'Điều 28', 'V'), {
        text: 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật',
      }),
      ...aGeneral(),
    ],
    params: [
      {
        key: 'ldttShareMin',
        label: 'Tỷ lệ cá nhân đạt Lao động tiên tiến phải vượt để xét Tập thể lao động tiên tiến',
        kind: 'share',
        default: 0.5,
        strict: true,
        basis: at(L03, 'Điều 28', 'V'),
        min: 0.5,
        max: 1,
      },
      REG,
    ],
    basis: [at(L03, 'Điều 28', 'V'), MONEY],
    notes: [SAME_YEAR_NOTE],
  };
  const ttldxs: AwardKindDef = {
    code: 'TTLDXS',
    name: 'Tập thể lao động xuất sắc',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ministerOrProvince(L03),
    vote: noBallot(at(L03, 'Điều 27')),
    money: { collective: 1.5, basis: MONEY },
    criteria: [
      criterion(TTLDXS.rating, 'Hoàn thành xuất sắc nhiệm vụ và kế hoạch được giao', at(L03, 'Điều 27')),
      criterion(
        TTLDXS.allCompleted,
        '100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao',
        at(L03, 'Điều 27'),
      ),
      criterion(
        TTLDXS.ldttShare,
        'Có từ 70% cá nhân trong tập thể trở lên đạt danh hiệu Lao động tiên tiến',
        at(L03, 'Điều 27'),
        { param: 'ttldxsLdttShareMin' },
      ),
      criterion(TTLDXS.hasCstdcs, 'Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở', at(L03, 'Điều 27')),
      criterion(
        TTLDXS.noSeriousDiscipline,
        'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
        at(L03, 'Điều 27'),
      ),
      conduct(at(L03, 'Điều 27')),
      ...aGeneral(),
    ],
    params: [
      {
        key: 'ttldxsLdttShareMin',
        label: 'Tỷ lệ tối thiểu cá nhân đạt Lao động tiên tiến để xét Tập thể lao động xuất sắc',
        kind: 'share',
        default: 0.7,
        basis: at(L03, 'Điều 27'),
        min: 0.7,
        max: 1,
      },
      REG,
    ],
    basis: [at(L03, 'Điều 27'), MONEY],
    notes: [SAME_YEAR_NOTE],
  };
  const coTinh: AwardKindDef = {
    code: 'CO_TINH',
    name: 'Cờ thi đua của bộ, ban, ngành, tỉnh',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: ministerOrProvince(L03),
    vote: {
      ...noBallot({
        ...BALLOT,
        tag: 'U',
        note: 'Không thuộc danh sách bỏ phiếu của Nghị định 91/2017 Điều 45 khoản 8',
      }),
      assumption: true,
    },
    money: { collective: 8, basis: MONEY },
    criteria: [
      criterion(
        CO_TINH.clusterLeader,
        'Là tập thể tiêu biểu xuất sắc nhất, được bình xét, đánh giá, so sánh trong cụm, khối thi đua của bộ, ban, ngành, tỉnh',
        at(N91, 'Điều 12'),
        { judgement: true },
      ),
      criterion(
        CO_TINH.exemplary,
        'Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm; có nhân tố mới, mô hình mới để các tập thể khác học tập; nội bộ đoàn kết, thực hành tiết kiệm, chống tham nhũng',
        at(L03, 'Điều 26'),
        { judgement: true },
      ),
      ...aGeneral(),
    ],
    basis: [at(L03, 'Điều 26'), at(N91, 'Điều 12'), MONEY],
  };
  const coCp: AwardKindDef = {
    code: 'CO_CP',
    name: 'Cờ thi đua của Chính phủ',
    category: 'title',
    subjects: ['collective'],
    awardTypes: TITLE_TYPES,
    period: 'annual',
    authorities: [authority.thuTuong(L03)],
    vote: noBallot({ ...BALLOT, tag: 'U' }),
    money: {
      collective: 12,
      basis: {
        ...N91,
        tag: 'U',
        note: 'Mức của Nghị định 91/2017 chưa kiểm chứng; giả định như Nghị định 98/2023, 152/2025',
      },
      assumption: true,
    },
    criteria: [
      criterion(
        CO_CP.outstandingLeader,
        'Tập thể tiêu biểu xuất sắc trong các tập thể dẫn đầu phong trào thi đua của bộ, ban, ngành, tỉnh (đánh giá theo hồ sơ)',
        { ...at(L03, 'Điều 25'), tag: 'U' },
        { judgement: true, assumption: true },
      ),
      ...aGeneral(),
    ],
    basis: [{ ...at(L03, 'Điều 25'), tag: 'U' }],
    assumption: true,
  };
  return [ldtt, cstdcs, cstdTinh, cstdtq, ttldtt, ttldxs, coTinh, coCp];
}

export const REGIME_A: Regime = {
  id: 'A',
  name: 'Chế độ A: Luật Thi đua, khen thưởng 2003 (sửa đổi) và Nghị định 91/2017/NĐ-CP',
  from: '2017-10-01',
  to: '2023-12-31',
  documents: [L03, N91, TT12, N122],
  kinds: kindsByCode([...titles(), ...aForms(), ...honourKinds('A')]),
};
