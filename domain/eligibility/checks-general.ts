// Checks every kind shares (criteria-ids GENERAL): presumed conduct, the hold while an investigation is open,
// and disciplines (N152 Đ4 k4: achievements count from the end of a discipline).

import { GENERAL } from '../regimes/criteria-ids';
import { note, outcome } from './common';
import { bare } from './run';
import type { Check, Reach } from './run';
import { disciplineEvidence, formatDate } from './text';

const conduct: Check = ({ facts, year, explain }) => {
  const disciplines = facts.disciplinesIn(year);
  if (!explain)
    return bare(disciplines.length > 0 ? 'fail' : facts.pendingInvestigation ? 'unknown' : 'pass');
  if (disciplines.length > 0) {
    return outcome(
      'fail',
      disciplines.map((d) =>
        disciplineEvidence(d, `trong năm ${year}: không còn coi là gương mẫu chấp hành`),
      ),
    );
  }
  if (facts.pendingInvestigation) {
    return outcome(
      'unknown',
      [note('Đang có việc xem xét kỷ luật, thanh tra hoặc khiếu nại: chưa thể coi là đạt.')],
      { judgement: true },
    );
  }
  return outcome(
    'pass',
    [
      {
        kind: 'presumption',
        text: 'Coi là đạt: không có kỷ luật, điều tra hay khiếu nại nào được ghi nhận.',
      },
    ],
    { presumed: true },
  );
};

const noPendingInvestigation: Check = ({ facts, explain }) => {
  if (!explain) return bare(facts.pendingInvestigation === true ? 'fail' : 'pass');
  if (facts.pendingInvestigation === true) {
    return outcome('fail', [
      note(
        'Tạm hoãn: đang bị xem xét kỷ luật, thanh tra, điều tra hoặc giải quyết khiếu nại. ' +
          'Chưa xét khen thưởng cho đến khi có kết luận (NĐ 152/2025 Điều 4 khoản 4).',
      ),
    ]);
  }
  if (facts.pendingInvestigation === false) {
    return outcome('pass', [
      note('Không có việc xem xét kỷ luật, thanh tra, điều tra hay khiếu nại đang mở.'),
    ]);
  }
  return outcome(
    'pass',
    [{ kind: 'presumption', text: 'Coi là đạt: không có việc xem xét kỷ luật, điều tra nào được ghi nhận.' }],
    { presumed: true },
  );
};

const disciplineEnded: Check = ({ facts, history, year, explain }) => {
  const inYear = facts.disciplinesIn(year);
  if (!explain) {
    if (inYear.length > 0) return bare('fail');
    return bare(facts.disciplinesInForceAt(facts.asOf).length > 0 ? 'unknown' : 'pass');
  }
  if (inYear.length > 0) {
    return outcome(
      'fail',
      inYear.map((d) =>
        disciplineEvidence(
          d,
          `còn hiệu lực trong năm ${year}; thành tích chỉ được tính từ sau khi hết thời hạn kỷ luật`,
        ),
      ),
    );
  }
  const current = facts.disciplinesInForceAt(facts.asOf);
  if (current.length > 0) {
    return outcome(
      'unknown',
      [
        ...current.map((d) => disciplineEvidence(d, `bắt đầu sau năm ${year}, còn hiệu lực tại ngày xét`)),
        note(
          `Đang chịu kỷ luật tại ngày xét ${formatDate(facts.asOf)}: cần cân nhắc trước khi đề nghị khen thưởng.`,
        ),
      ],
      { judgement: true },
    );
  }
  if (history.disciplines === undefined) {
    return outcome(
      'pass',
      [{ kind: 'presumption', text: `Coi là đạt: không có kỷ luật nào được ghi nhận trong năm ${year}.` }],
      { presumed: true },
    );
  }
  return outcome('pass', [note(`Không có kỷ luật trong năm ${year}.`)]);
};

export const GENERAL_CHECKS: Record<string, Check> = {
  [GENERAL.conduct]: conduct,
  [GENERAL.noPendingInvestigation]: noPendingInvestigation,
  [GENERAL.disciplineEnded]: disciplineEnded,
};

/** Disciplines and the pending investigation are always loaded whole (reach.ts): nothing by year. */
export const GENERAL_REACH: Record<string, Reach> = {
  [GENERAL.conduct]: {},
  [GENERAL.noPendingInvestigation]: {},
  [GENERAL.disciplineEnded]: {},
};
