// Rows the engine adds around a kind's own criteria: the kind exists in the regime, the subject kind and the
// award type are allowed, the general conditions (when the catalog omits them), and the judgement row of a
// non-công-trạng request (đột xuất, chuyên đề …), whose achievement no record can prove.

import { AWARD_TYPE_LABELS, SUBJECT_KIND_LABELS } from '../../contracts/history-enums';
import type { EffectiveKind } from '../catalog';
import { ballotOutcome } from '../voting';
import type { BallotCounts } from '../voting';
import { GENERAL } from '../regimes/criteria-ids';
import type { CriterionDef, EligibilityRequest, LegalBasis, Regime } from '../regimes/types';
import type { EligibilityHistory } from './facts';
import type { EligibilityCriterion } from './run';
import { kindName } from './text';

/** Ids of the rows the engine adds (not in criteria-ids.ts: they belong to no kind). */
export const ENGINE_IDS = {
  kindInRegime: 'general.kind_in_regime',
  subjectKind: 'general.subject_kind',
  awardType: 'general.award_type',
  typeAchievement: 'general.type_achievement',
  councilVote: 'general.council_vote',
  registered: 'general.registered',
} as const;

const L22 = 'Luật Thi đua, khen thưởng 06/2022/QH15';
const L03 = 'Luật Thi đua, khen thưởng 15/2003/QH11 (sửa đổi, bổ sung)';

function lawOf(regime: Regime, article: string): LegalBasis {
  return { document: regime.id === 'A' ? L03 : L22, article, tag: 'S' };
}

/** The kind exists, the subject kind and the award type are allowed: always listed, so a reader sees them. */
export function engineRows(
  request: EligibilityRequest,
  regime: Regime,
  kind: EffectiveKind | null,
): EligibilityCriterion[] {
  if (!kind) {
    return [
      {
        id: ENGINE_IDS.kindInRegime,
        text: `${kindName(request.awardKind)} có trong chế độ ${regime.id}`,
        status: 'fail',
        evidence: [
          {
            kind: 'note',
            text: `${regime.name} không quy định ${kindName(request.awardKind)} (mã ${request.awardKind}) cho năm thành tích ${request.year}.`,
          },
        ],
        basis: regime.documents[0] ?? lawOf(regime, 'Điều 7'),
      },
    ];
  }
  const def = kind.def;
  const subjectOk = def.subjects.includes(request.subjectKind);
  const typeOk = def.awardTypes.includes(request.awardType);
  const subjects = def.subjects.map((s) => SUBJECT_KIND_LABELS[s].toLowerCase()).join(', ');
  const types = def.awardTypes.map((t) => AWARD_TYPE_LABELS[t].toLowerCase()).join('; ');
  return [
    {
      id: ENGINE_IDS.subjectKind,
      text: `Đối tượng được xét ${def.name}: ${subjects}`,
      status: subjectOk ? 'pass' : 'fail',
      evidence: [
        {
          kind: 'request',
          text: subjectOk
            ? `Đối tượng đề nghị: ${SUBJECT_KIND_LABELS[request.subjectKind].toLowerCase()}.`
            : `${def.name} không xét tặng cho ${SUBJECT_KIND_LABELS[request.subjectKind].toLowerCase()}.`,
        },
      ],
      basis: def.basis[0] ?? lawOf(regime, 'Điều 19, 20'),
    },
    {
      id: ENGINE_IDS.awardType,
      text: `Loại hình khen thưởng của ${def.name}: ${types}`,
      status: typeOk ? 'pass' : 'fail',
      evidence: [
        {
          kind: 'request',
          text: typeOk
            ? `Loại hình đề nghị: ${AWARD_TYPE_LABELS[request.awardType].toLowerCase()}.`
            : `${def.name} không xét theo loại hình "${AWARD_TYPE_LABELS[request.awardType].toLowerCase()}".`,
        },
      ],
      basis: lawOf(regime, regime.id === 'A' ? 'Điều 4' : 'Điều 8'),
    },
  ];
}

const FALLBACK_GENERAL: readonly CriterionDef[] = [
  {
    id: GENERAL.conduct,
    text: 'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; đoàn kết; tích cực tham gia phong trào thi đua',
    basis: { document: L22, article: 'Điều 23, 24', tag: 'S' },
    presumed: true,
  },
  {
    id: GENERAL.noPendingInvestigation,
    text: 'Không trong thời gian bị xem xét kỷ luật, thanh tra, điều tra hoặc giải quyết khiếu nại',
    basis: { document: 'Nghị định 152/2025/NĐ-CP', article: 'Điều 4 khoản 4', tag: 'S' },
  },
  {
    id: GENERAL.disciplineEnded,
    text: 'Không bị kỷ luật trong năm thành tích (thành tích được tính từ khi hết thời hạn kỷ luật)',
    basis: { document: 'Nghị định 152/2025/NĐ-CP', article: 'Điều 4 khoản 4', tag: 'S' },
  },
];

/** The three general conditions: the kind's own definition when the catalog has one, else the engine's. */
export function generalDefs(kind: EffectiveKind): CriterionDef[] {
  return FALLBACK_GENERAL.map((fallback) => kind.def.criteria.find((c) => c.id === fallback.id) ?? fallback);
}

/** The achievement of an đột xuất, chuyên đề, cống hiến, niên hạn or đối ngoại request: a judgement. */
export function typeAchievementDef(request: EligibilityRequest): CriterionDef {
  return {
    id: ENGINE_IDS.typeAchievement,
    text: `Thành tích được đề nghị ${AWARD_TYPE_LABELS[request.awardType].toLowerCase()}: tiêu chuẩn của loại hình này do cơ quan có thẩm quyền thẩm định (tiêu chuẩn công trạng hằng năm không áp dụng)`,
    basis: { document: L22, article: 'Điều 8', tag: 'S' },
    judgement: true,
  };
}

/** The council's secret ballot, when its counts are given (denominator: all members; domain/voting.ts). */
export function voteRow(kind: EffectiveKind, ballot: BallotCounts): EligibilityCriterion | null {
  if (!kind.vote.required) return null;
  const text = `Được Hội đồng Thi đua - Khen thưởng bỏ phiếu kín đồng ý đạt tỷ lệ quy định (trên tổng số thành viên Hội đồng)`;
  const basis = kind.def.vote.basis;
  if (kind.vote.threshold === null) {
    return {
      id: ENGINE_IDS.councilVote,
      text,
      status: 'unknown',
      evidence: [{ kind: 'vote', text: 'Chưa có tỷ lệ phiếu: cần quy chế của cơ quan, đơn vị quy định.' }],
      basis,
    };
  }
  const result = ballotOutcome(ballot, kind.vote.threshold);
  return {
    id: ENGINE_IDS.councilVote,
    text,
    status: result.passed ? 'pass' : 'fail',
    evidence: [{ kind: 'vote', text: result.text }],
    basis,
  };
}

/** A local rule requiring đăng ký thi đua (parameter registrationRequired): unknown without registrations. */
export function registrationRow(
  kind: EffectiveKind,
  request: EligibilityRequest,
  history: EligibilityHistory,
): EligibilityCriterion | null {
  const param = kind.params.registrationRequired;
  if (param?.value !== true) return null;
  const source = param.source.type === 'overlay' ? param.source.document : 'quy chế địa phương';
  const row = {
    id: ENGINE_IDS.registered,
    text: `Đã đăng ký thi đua danh hiệu ${kind.def.name} năm ${request.year} (${source})`,
    basis: kind.def.params?.find((p) => p.key === 'registrationRequired')?.basis ?? kind.def.basis[0]!,
  };
  if (history.registrations === undefined) {
    return {
      ...row,
      status: 'unknown',
      evidence: [{ kind: 'note', text: 'Chưa có dữ liệu đăng ký thi đua của năm.' }],
    };
  }
  const found = history.registrations.some(
    (r) => r.year === request.year && r.awardKind === request.awardKind,
  );
  return {
    ...row,
    status: found ? 'pass' : 'fail',
    evidence: [
      {
        kind: 'registration',
        text: found
          ? `Có đăng ký thi đua ${kind.def.name} năm ${request.year}.`
          : `Không có đăng ký thi đua ${kind.def.name} năm ${request.year}.`,
      },
    ],
  };
}
