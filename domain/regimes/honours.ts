// Huân chương and Anh hùng Lao động for every regime: money from legal.md §3 (Huân chương paragraph),
// criteria as text for a person to judge (plus the regime-A collective rule for Huân chương Lao động hạng Ba).

import { ballot, HONOUR_TYPES, authority, conduct, criterion, noBallot, noPending } from './build';
import { HONOURS } from './criteria-ids';
import { at, L03, L22, N152, N91, N98 } from './sources';
import type { AwardKindCode, AwardKindDef, CriterionDef, LegalBasis, RegimeId } from './types';

interface HonourSpec {
  code: AwardKindCode;
  name: string;
  /** Multiplier for an individual; collectives get twice as much (N152 Điều 51). */
  individual: number;
  criterionId: string;
  text: string;
  /** In regime A the amount is read in N91 only for the top classes (46 / 30.5 / 15). */
  readInN91: boolean;
}

const SPECS: readonly HonourSpec[] = [
  {
    code: 'HC_SAO_VANG',
    name: 'Huân chương Sao vàng',
    individual: 46,
    criterionId: HONOURS.hcSaoVang,
    text: 'Có công lao to lớn, đặc biệt xuất sắc trong sự nghiệp cách mạng của Đảng và dân tộc (đánh giá theo hồ sơ)',
    readInN91: true,
  },
  {
    code: 'HC_HO_CHI_MINH',
    name: 'Huân chương Hồ Chí Minh',
    individual: 30.5,
    criterionId: HONOURS.hcHoChiMinh,
    text: 'Có công lao to lớn, thành tích đặc biệt xuất sắc trong một trong các lĩnh vực chính trị, kinh tế, xã hội, văn học, nghệ thuật, khoa học, công nghệ, quốc phòng, an ninh, ngoại giao (đánh giá theo hồ sơ)',
    readInN91: true,
  },
  {
    code: 'HC_DOC_LAP_1',
    name: 'Huân chương Độc lập hạng Nhất',
    individual: 15,
    criterionId: HONOURS.hcDocLap1,
    text: 'Có thành tích đặc biệt xuất sắc, có quá trình cống hiến lâu dài theo tiêu chuẩn Huân chương Độc lập hạng Nhất (đánh giá theo hồ sơ)',
    readInN91: true,
  },
  {
    code: 'HC_DOC_LAP_2',
    name: 'Huân chương Độc lập hạng Nhì',
    individual: 12.5,
    criterionId: HONOURS.hcDocLap2,
    text: 'Có thành tích đặc biệt xuất sắc theo tiêu chuẩn Huân chương Độc lập hạng Nhì (đánh giá theo hồ sơ)',
    readInN91: false,
  },
  {
    code: 'HC_DOC_LAP_3',
    name: 'Huân chương Độc lập hạng Ba',
    individual: 10.5,
    criterionId: HONOURS.hcDocLap3,
    text: 'Có thành tích xuất sắc theo tiêu chuẩn Huân chương Độc lập hạng Ba (đánh giá theo hồ sơ)',
    readInN91: false,
  },
  {
    code: 'HC_LAO_DONG_1',
    name: 'Huân chương Lao động hạng Nhất',
    individual: 9,
    criterionId: HONOURS.hcLaoDong1,
    text: 'Có thành tích đặc biệt xuất sắc trong lao động, sáng tạo, xây dựng Tổ quốc theo tiêu chuẩn Huân chương Lao động hạng Nhất (đánh giá theo hồ sơ)',
    readInN91: true,
  },
  {
    code: 'HC_LAO_DONG_2',
    name: 'Huân chương Lao động hạng Nhì',
    individual: 7.5,
    criterionId: HONOURS.hcLaoDong2,
    text: 'Có thành tích xuất sắc trong lao động, sáng tạo, xây dựng Tổ quốc theo tiêu chuẩn Huân chương Lao động hạng Nhì (đánh giá theo hồ sơ)',
    readInN91: false,
  },
  {
    code: 'HC_LAO_DONG_3',
    name: 'Huân chương Lao động hạng Ba',
    individual: 4.5,
    criterionId: HONOURS.hcLaoDong3,
    text: 'Có thành tích xuất sắc trong lao động, sáng tạo, xây dựng Tổ quốc theo tiêu chuẩn Huân chương Lao động hạng Ba (đánh giá theo hồ sơ)',
    readInN91: false,
  },
];

function law(regime: RegimeId): LegalBasis {
  return regime === 'A' ? L03 : L22;
}

function moneyBasis(regime: RegimeId, readInN91: boolean): { basis: LegalBasis; assumption: boolean } {
  if (regime === 'C') return { basis: at(N152, 'Điều 51'), assumption: false };
  if (regime === 'B') {
    return {
      basis: { ...N98, note: 'Mức như Nghị định 152/2025/NĐ-CP Điều 51 (legal.md §11)' },
      assumption: false,
    };
  }
  return readInN91
    ? {
        basis: { ...N91, note: 'Mức cá nhân đọc được trong Nghị định 91/2017; tập thể gấp 2 lần: giả định' },
        assumption: true,
      }
    : {
        basis: { ...N91, tag: 'U', note: 'Mức dưới hạng Nhất trong Nghị định 91/2017 chưa kiểm chứng' },
        assumption: true,
      };
}

/** Public comment before the council (legal.md §9) for Huân chương and the honour titles. */
function disclosure(regime: RegimeId): AwardKindDef['disclosure'] {
  if (regime === 'A') {
    return {
      workingDays: 10,
      basis: at(N91, 'Điều 45 khoản 10', 'S', 'Thời hạn công khai chưa kiểm chứng'),
      text: 'Cơ quan đề nghị công khai danh sách trên phương tiện thông tin của cơ quan',
      assumption: true,
    };
  }
  return {
    workingDays: 10,
    basis: at(
      N98,
      'Điều 46 khoản 2',
      'S',
      regime === 'C' ? 'Áp dụng qua Điều 60 khoản 3 Nghị định 152/2025/NĐ-CP' : undefined,
    ),
    text: 'Bộ, ngành, tỉnh đề nghị công khai danh sách trên phương tiện thông tin ít nhất 10 ngày làm việc trước cuộc họp Hội đồng thi đua, khen thưởng',
  };
}

function honourKind(spec: HonourSpec, regime: RegimeId): AwardKindDef {
  const { basis, assumption } = moneyBasis(regime, spec.readInN91);
  const lawBasis = law(regime);
  const criteria: CriterionDef[] = [
    criterion(spec.criterionId, spec.text, lawBasis, { judgement: true }),
    conduct(lawBasis),
    noPending(regime === 'A' ? { ...N91, tag: 'U' } : at(N152, 'Điều 4 khoản 4'), {
      assumption: regime === 'A',
    }),
  ];
  if (regime === 'A' && spec.code === 'HC_LAO_DONG_3') {
    criteria[0] = { ...criteria[0]!, subjects: ['individual'] };
    const k2 = at(L03, 'Điều 44 khoản 2');
    criteria.push(
      criterion(
        HONOURS.hcLaoDong3CollectiveTtldxs5,
        'Tập thể: 05 năm liên tục đạt danh hiệu Tập thể lao động xuất sắc',
        k2,
        {
          subjects: ['collective'],
        },
      ),
      criterion(
        HONOURS.hcLaoDong3CollectiveCoOrBkTtg,
        'Tập thể: trong thời gian đó được tặng 01 Cờ thi đua cấp bộ, ngành, tỉnh hoặc 01 Bằng khen của Thủ tướng Chính phủ',
        k2,
        { subjects: ['collective'] },
      ),
    );
  }
  return {
    code: spec.code,
    name: spec.name,
    category: 'form',
    subjects: ['individual', 'collective'],
    awardTypes: HONOUR_TYPES,
    period: 'event',
    authorities: [authority.chuTichNuoc(lawBasis)],
    vote: noBallot(lawBasis),
    money: { individual: spec.individual, collective: spec.individual * 2, basis, assumption },
    criteria,
    disclosure: disclosure(regime),
    basis: [lawBasis, basis],
  };
}

function ahld(regime: RegimeId): AwardKindDef {
  const lawBasis = law(regime);
  const money =
    regime === 'C'
      ? { basis: at(N152, 'Điều 52'), assumption: false }
      : regime === 'B'
        ? { basis: at(N98, 'Điều 56'), assumption: false }
        : {
            basis: {
              ...N91,
              tag: 'U' as const,
              note: 'Mức trong Nghị định 91/2017 chưa kiểm chứng; giả định như sau này',
            },
            assumption: true,
          };
  const vote =
    regime === 'A'
      ? ballot(0.9, at(N91, 'Điều 45 khoản 8', 'V'))
      : regime === 'B'
        ? ballot(0.9, at(N98, 'Điều 30 khoản 7'))
        : ballot(
            0.9,
            { ...N152, tag: 'U', note: 'Giả định như Nghị định 98/2023 Điều 30 khoản 7' },
            {
              thresholdParam: 'ahldVoteThreshold',
              assumption: true,
            },
          );
  const params =
    regime === 'C'
      ? [
          {
            key: 'ahldVoteThreshold',
            label: 'Tỷ lệ phiếu đồng ý (trên tổng số thành viên Hội đồng) xét Anh hùng Lao động',
            kind: 'share' as const,
            default: 0.9,
            basis: vote.basis,
            assumption: true,
            min: 0.5,
            max: 1,
          },
        ]
      : undefined;
  return {
    code: 'AHLD',
    name: 'Anh hùng Lao động',
    category: 'form',
    subjects: ['individual', 'collective'],
    awardTypes: ['cong_trang', 'dot_xuat'],
    period: 'event',
    authorities: [authority.chuTichNuoc(lawBasis)],
    vote,
    money: { individual: 15.5, collective: 31, ...money },
    criteria: [
      criterion(
        HONOURS.ahld,
        'Có thành tích đặc biệt xuất sắc trong lao động, sáng tạo, phục vụ nhân dân; có tinh thần cách mạng, tận tụy, là tấm gương sáng (đánh giá theo hồ sơ)',
        lawBasis,
        { judgement: true },
      ),
      conduct(lawBasis),
      noPending(regime === 'A' ? { ...N91, tag: 'U' } : at(N152, 'Điều 4 khoản 4'), {
        assumption: regime === 'A',
      }),
    ],
    disclosure: {
      ...disclosure(regime)!,
      ...(regime === 'A'
        ? {}
        : {
            basis: at(
              N98,
              'Điều 46 khoản 1',
              'S',
              regime === 'C' ? 'Áp dụng qua Điều 60 khoản 3 Nghị định 152/2025/NĐ-CP' : undefined,
            ),
            text: 'Bộ Nội vụ lấy ý kiến Nhân dân 10 ngày làm việc trên cổng thông tin của Ban Thi đua - Khen thưởng Trung ương, Bộ Nội vụ, Cổng thông tin Chính phủ, báo Nhân Dân, Lao động',
          }),
    },
    params,
    basis: [lawBasis, money.basis],
  };
}

/** The Huân chương classes and Anh hùng Lao động of a regime. */
export function honourKinds(regime: RegimeId): AwardKindDef[] {
  return [...SPECS.map((spec) => honourKind(spec, regime)), ahld(regime)];
}
