// Vietnamese wording of the evidence the eligibility engine cites: dates, awards, ratings, initiatives,
// disciplines. Kind names come from the catalog, so a renamed title reads the same everywhere.

import {
  AWARD_TYPE_LABELS,
  DISCIPLINE_KIND_LABELS,
  INITIATIVE_LEVEL_LABELS,
  RATING_LABELS,
} from '../../contracts/history-enums';
import { REGIMES } from '../catalog';
import type {
  AwardKindCode,
  AwardRecord,
  DisciplineRecord,
  Evidence,
  InitiativeRecord,
  Rating,
  RatingRecord,
} from '../regimes/types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatDate(date: string): string {
  if (ISO_DATE.test(date)) return `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

// The regimes are constant: each kind's name is looked up once.
const kindNames = new Map<string, string>();

/** The Vietnamese name of a kind: from the newest regime that defines it, else the code itself. */
export function kindName(code: AwardKindCode): string {
  const known = kindNames.get(code);
  if (known !== undefined) return known;
  let name: string = code;
  for (let i = REGIMES.length - 1; i >= 0; i--) {
    const def = REGIMES[i]!.kinds[code];
    if (def) {
      name = def.name;
      break;
    }
  }
  if (kindNames.size < 1000) kindNames.set(code, name);
  return name;
}

export function ratingLabel(rating: Rating): string {
  return RATING_LABELS[rating];
}

/** "Chiến sĩ thi đua cơ sở năm 2023 (QĐ số 125/QĐ-UBND ngày 20/12/2023)". */
export function awardText(award: AwardRecord): string {
  const decision = [
    award.decisionNumber ? `QĐ số ${award.decisionNumber}` : null,
    award.decisionDate ? `ngày ${formatDate(award.decisionDate)}` : null,
    award.authority ?? null,
  ].filter((part): part is string => part !== null);
  const type =
    award.awardType && award.awardType !== 'cong_trang' ? `, ${AWARD_TYPE_LABELS[award.awardType]}` : '';
  const suffix = decision.length > 0 ? ` (${decision.join(', ')}${type})` : type ? ` (${type.slice(2)})` : '';
  const revoked = award.revoked ? ' — đã bị thu hồi' : '';
  return `${kindName(award.awardKind)} năm ${award.year}${suffix}${revoked}`;
}

export function awardEvidence(award: AwardRecord, note?: string): Evidence {
  const text = note ? `${awardText(award)}: ${note}` : awardText(award);
  return award.id ? { kind: 'award', text, ref: award.id } : { kind: 'award', text };
}

export function ratingEvidence(record: RatingRecord): Evidence {
  const text = `Năm ${record.year}: ${ratingLabel(record.rating)} (${record.rating})`;
  return record.id ? { kind: 'rating', text, ref: record.id } : { kind: 'rating', text };
}

export function initiativeText(initiative: InitiativeRecord): string {
  const title = initiative.title ? `"${initiative.title}"` : `mã ${initiative.id}`;
  return `Sáng kiến/đề tài ${title}, ${INITIATIVE_LEVEL_LABELS[initiative.level].toLowerCase()}, công nhận ngày ${formatDate(initiative.recognizedOn)}`;
}

export function initiativeEvidence(initiative: InitiativeRecord, note?: string): Evidence {
  const base = initiativeText(initiative);
  return { kind: 'initiative', text: note ? `${base}: ${note}` : base, ref: initiative.id };
}

export function disciplineText(discipline: DisciplineRecord): string {
  const to = discipline.to ? `đến ${formatDate(discipline.to)}` : 'chưa có ngày kết thúc';
  const doc = discipline.document ? ` (${discipline.document})` : '';
  return `Kỷ luật ${DISCIPLINE_KIND_LABELS[discipline.kind].toLowerCase()} từ ${formatDate(discipline.from)} ${to}${doc}`;
}

export function disciplineEvidence(discipline: DisciplineRecord, note?: string): Evidence {
  const base = disciplineText(discipline);
  const text = note ? `${base}: ${note}` : base;
  return discipline.id ? { kind: 'discipline', text, ref: discipline.id } : { kind: 'discipline', text };
}

/** "70%" / "69,9%": shares in Vietnamese notation (decimal comma). */
export function percent(share: number): string {
  const value = Math.round(share * 10000) / 100;
  return `${String(value).replace('.', ',')}%`;
}
