// Award decisions (quyết định khen thưởng) as pure rules: the căn cứ lines by the regime of the decision date, the
// generated trích yếu, the issuer line, the signature block, and the money of each awardee and of the whole
// decision (domain/money.ts: multiplier × base pay on the decision date, rounded up; one subject's titles with
// the same counting period → only the highest is paid). Pure: the server and the web both use it.

import { regimeAt } from './catalog';
import { amountInWords, countingPeriod, formatVnd, MoneyError, rewardAmount, stackAwards } from './money';
import type { AwardKindCode, AwardType, RegimeId, SubjectKind } from './regimes/types';

export const DECISION_STATUSES = ['draft', 'issued'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** An award decision, or a revocation act (thu hồi) of awards of an earlier one. */
export const DECISION_KINDS = ['award', 'revocation'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Issued here (numbered from a register at issue) or recorded from a higher authority's act. */
export const DECISION_ORIGINS = ['internal', 'external'] as const;
export type DecisionOrigin = (typeof DECISION_ORIGINS)[number];

/** Quyền hạn ký (Nghị định 30/2020 Phụ lục I, ô 7a): thay mặt, ký thay, quyền, thừa lệnh, thừa ủy quyền. */
export const SIGN_MODES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;
export type SignMode = (typeof SIGN_MODES)[number];

export const SIGN_MODE_LABELS: Record<SignMode, string> = {
  TM: 'TM. — thay mặt tập thể (TM. ỦY BAN NHÂN DÂN)',
  KT: 'KT. — cấp phó ký thay người đứng đầu (KT. CHỦ TỊCH)',
  Q: 'Q. — quyền người đứng đầu (Q. CHỦ TỊCH)',
  TL: 'TL. — thừa lệnh',
  TUQ: 'TUQ. — thừa ủy quyền',
};

// ---- Dates and text ----

/** "ngày 05 tháng 01 năm 2025": day below 10 and months 1–2 zero-padded (Nghị định 30/2020, ô 4). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${d < 10 ? `0${d}` : d} tháng ${m < 3 ? `0${m}` : m} năm ${y}`;
}

/** "05/01/2025". */
export function shortDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** "05" for counts below 10, as documents write them ("05 cá nhân"). */
export function padCount(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A multiplier as Vietnamese write decimals: 0.3 → "0,3"; 2.25 → "2,25". */
export function formatCoefficient(c: number): string {
  return String(Math.round(c * 10_000) / 10_000).replace('.', ',');
}

/** Vietnamese upper case of a title, expanding "UBND" ("Chủ tịch UBND huyện X" → "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN X"). */
export function issuerLine(authorityLabel: string): string {
  return expandAbbreviations(authorityLabel).toLocaleUpperCase('vi-VN');
}

/** "UBND" → "Ủy ban nhân dân", "HĐND" → "Hội đồng nhân dân" (titles are written in full on documents). */
export function expandAbbreviations(text: string): string {
  return text
    .replace(/\bUBND\b/gu, 'Ủy ban nhân dân')
    .replace(/(^|[^\p{L}])HĐND(?=$|[^\p{L}])/gu, '$1Hội đồng nhân dân');
}

// ---- Căn cứ ----

const LAW_BASES: Record<RegimeId, readonly string[]> = {
  A: [
    'Căn cứ Luật Thi đua, khen thưởng số 15/2003/QH11; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 47/2005/QH11, số 32/2009/QH12 và số 39/2013/QH13;',
    'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  ],
  B: [
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  ],
  C: [
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
  ],
};

export interface LegalBasisInput {
  /** Decision date: the regime in force on it names the law and the decree. */
  date: string;
  /** Dates of the council meetings that concluded the nominees ('YYYY-MM-DD'), if any. */
  councilMeetingDates?: readonly string[];
  /** Council name as written ("Hội đồng Thi đua - Khen thưởng huyện"). */
  councilName?: string | null;
  /** Names of the units whose dossiers (tờ trình) proposed the nominees. */
  proposingUnits?: readonly string[];
}

/** The căn cứ lines pre-filled for a draft: law and decree of the regime, council minutes, proposals. */
export function legalBasesFor(input: LegalBasisInput): string[] {
  const regime = regimeAt(input.date);
  const lines = [...LAW_BASES[regime.id]];
  const meetings = [...new Set(input.councilMeetingDates ?? [])].sort();
  const council = input.councilName?.trim() || 'Hội đồng Thi đua - Khen thưởng';
  for (const day of meetings) lines.push(`Căn cứ Biên bản họp ${council} ${longDate(day)};`);
  const units = [...new Set(input.proposingUnits ?? [])];
  if (units.length > 0) lines.push(`Xét Tờ trình đề nghị khen thưởng của ${joinVi(units)};`);
  return closeBasisList(lines);
}

/** Căn cứ lines end with ";" except the last, which ends with "." (Nghị định 30/2020, ô 6). */
export function closeBasisList(lines: readonly string[]): string[] {
  const clean = lines.map((l) => l.trim().replace(/[;.,]+$/u, '')).filter((l) => l.length > 0);
  return clean.map((l, i) => `${l}${i === clean.length - 1 ? '.' : ';'}`);
}

/** "A, B và C". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

// ---- Trích yếu ----

export interface TitleKind {
  awardKind: AwardKindCode;
  achievementYear: number;
}

/** The generated trích yếu: "Về việc tặng danh hiệu Lao động tiên tiến và Giấy khen năm 2024". */
export function generatedTitle(kinds: readonly TitleKind[], date: string, awardType: AwardType): string {
  if (kinds.length === 0) return 'Về việc khen thưởng';
  const regime = regimeAt(date);
  const names: string[] = [];
  const titles = new Set<string>();
  const forms = new Set<string>();
  for (const k of kinds) {
    const def = regime.kinds[k.awardKind];
    const name = def?.name ?? k.awardKind;
    (def?.category === 'title' ? titles : forms).add(name);
  }
  if (titles.size > 0) {
    names.push(`danh hiệu ${forms.size > 0 ? [...titles].join(', ') : joinVi([...titles])}`);
  }
  names.push(...forms);
  const years = [...new Set(kinds.map((k) => k.achievementYear))].sort();
  const yearText =
    awardType === 'cong_trang' && years.length === 1
      ? ` năm ${years[0]}`
      : awardType === 'dot_xuat'
        ? ' cho tập thể, cá nhân có thành tích xuất sắc đột xuất'
        : '';
  return `Về việc tặng ${joinVi(names)}${yearText}`;
}

// ---- Signature ----

export interface Signer {
  signMode: SignMode | null;
  /** What the mode signs for, upper case: "ỦY BAN NHÂN DÂN" (TM.), "CHỦ TỊCH" (KT., Q.). */
  signFor: string | null;
  /** Position of the signer, upper case: "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  signerPosition: string | null;
  signerName: string | null;
}

/**
 * The upper-case lines above the signature (ô 7a/7b): TM. → ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]; KT. →
 * ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]; Q. → ["Q. CHỦ TỊCH"]; none → ["CHỦ TỊCH"].
 */
export function signatureLines(signer: Signer): string[] {
  const lines: string[] = [];
  if (signer.signMode === 'Q') {
    lines.push(`Q. ${signer.signFor ?? signer.signerPosition ?? ''}`);
  } else {
    if (signer.signMode && signer.signFor) lines.push(`${signer.signMode}. ${signer.signFor}`);
    if (signer.signerPosition) lines.push(signer.signerPosition);
  }
  return lines.map((l) => l.toLocaleUpperCase('vi-VN'));
}

/** Why a signer block is incomplete (field → Vietnamese message), empty when it can be issued. */
export function signerErrors(signer: Signer): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!signer.signerName) errors.signerName = 'Nhập họ và tên người ký';
  if (signer.signMode && signer.signMode !== 'Q' && !signer.signFor) {
    errors.signFor = `Nhập quyền hạn ký sau "${signer.signMode}." (ví dụ ỦY BAN NHÂN DÂN, CHỦ TỊCH)`;
  }
  if (signer.signMode === 'Q') {
    if (!signer.signFor && !signer.signerPosition)
      errors.signFor = 'Nhập chức vụ được giao quyền (ví dụ CHỦ TỊCH)';
  } else if (!signer.signerPosition) {
    errors.signerPosition = 'Nhập chức vụ người ký';
  }
  return errors;
}

// ---- Money ----

export interface MoneyAwardee {
  /** Any stable key of the row (awardee id or position). */
  key: string;
  /** Subject identity for stacking: the same person or unit in one decision. */
  subjectKey: string;
  subjectKind: SubjectKind;
  awardKind: AwardKindCode;
  achievementYear: number;
}

export interface AwardeeMoney {
  key: string;
  coefficient: number;
  basePay: number;
  /** 0 when not paid (stacking) or the kind carries no money. */
  amount: number;
  paid: boolean;
  /** Vietnamese remark: stacking reason, no money for the kind, assumption. */
  note: string | null;
  assumption: boolean;
}

export interface DecisionMoney {
  items: AwardeeMoney[];
  total: number;
  totalWords: string;
  basePay: number;
  /** Per award kind and subject kind: the lines of Điều 2. */
  groups: MoneyGroup[];
  /** Rows whose kind is unknown on the date or not given to that subject (Vietnamese), by key. */
  errors: Record<string, string>;
}

export interface MoneyGroup {
  awardKind: AwardKindCode;
  kindName: string;
  subjectKind: SubjectKind;
  coefficient: number;
  amount: number;
  count: number;
  subtotal: number;
}

/** Money of every awardee of a decision dated `date`, with the stacking of one subject's titles, and the total. */
export function decisionMoney(awardees: readonly MoneyAwardee[], date: string): DecisionMoney {
  const regime = regimeAt(date);
  const errors: Record<string, string> = {};
  const base: Map<string, AwardeeMoney> = new Map();
  let basePay = 0;
  for (const a of awardees) {
    try {
      const r = rewardAmount({ awardKind: a.awardKind, subjectKind: a.subjectKind, decisionDate: date });
      basePay = r.basePay;
      base.set(a.key, {
        key: a.key,
        coefficient: r.coefficient,
        basePay: r.basePay,
        amount: r.amount,
        paid: r.amount > 0,
        note: r.note ?? (r.isCap ? 'Mức tối đa; người ký quyết định mức cụ thể' : null),
        assumption: r.assumption,
      });
    } catch (error) {
      if (!(error instanceof MoneyError)) throw error;
      errors[a.key] = error.message;
    }
  }
  // Stacking per subject: titles of the same counting period → only the highest is paid (N152 Điều 49).
  const bySubject = new Map<string, MoneyAwardee[]>();
  for (const a of awardees) {
    if (!base.has(a.key)) continue;
    bySubject.set(a.subjectKey, [...(bySubject.get(a.subjectKey) ?? []), a]);
  }
  for (const group of bySubject.values()) {
    if (group.length < 2) continue;
    const results = stackAwards(
      group.map((a) => {
        const def = regime.kinds[a.awardKind]!;
        return {
          id: a.key,
          category: def.category,
          countingPeriod: countingPeriod(def, a.achievementYear),
          amount: base.get(a.key)!.amount,
        };
      }),
    );
    for (const result of results) {
      if (result.paid) continue;
      const item = base.get(result.id)!;
      base.set(result.id, { ...item, amount: 0, paid: false, note: result.reason });
    }
  }
  const items = awardees.flatMap((a) => (base.has(a.key) ? [base.get(a.key)!] : []));
  const total = items.reduce((sum, i) => sum + i.amount, 0);
  const groups = new Map<string, MoneyGroup>();
  for (const a of awardees) {
    const item = base.get(a.key);
    if (!item || !item.paid) continue;
    const key = `${a.awardKind}|${a.subjectKind}|${item.amount}`;
    const current = groups.get(key);
    if (current) {
      current.count += 1;
      current.subtotal += item.amount;
    } else {
      groups.set(key, {
        awardKind: a.awardKind,
        kindName: regime.kinds[a.awardKind]?.name ?? a.awardKind,
        subjectKind: a.subjectKind,
        coefficient: item.coefficient,
        amount: item.amount,
        count: 1,
        subtotal: item.amount,
      });
    }
  }
  return { items, total, totalWords: amountInWords(total), basePay, groups: [...groups.values()], errors };
}

const SUBJECT_WORDS: Record<SubjectKind, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** "05 cá nhân, 02 tập thể" of a list of subject kinds (in that order, empty kinds left out). */
export function subjectCountText(kinds: readonly SubjectKind[]): string {
  const parts = (['individual', 'collective', 'household'] as const)
    .map((k) => ({ k, n: kinds.filter((x) => x === k).length }))
    .filter((p) => p.n > 0)
    .map((p) => `${padCount(p.n)} ${SUBJECT_WORDS[p.k]}`);
  return joinVi(parts);
}

/** The sentences of Điều 2 on money: one per award kind and subject kind, then the total in figures and words. */
export function moneyArticleLines(money: DecisionMoney, fundingSource: string | null): string[] {
  if (money.total === 0) return [];
  const lines = money.groups.map((g) => {
    const who = SUBJECT_WORDS[g.subjectKind];
    const exact = Math.round(g.coefficient * money.basePay);
    const rounded = exact === g.amount ? '' : `, làm tròn lên`;
    return (
      `${g.kindName} cho ${who}: ${formatCoefficient(g.coefficient)} lần mức lương cơ sở ` +
      `(${formatVnd(money.basePay)} đồng)${rounded} là ${formatVnd(g.amount)} đồng mỗi ${who}; ` +
      `${padCount(g.count)} ${who}, thành tiền ${formatVnd(g.subtotal)} đồng.`
    );
  });
  const source = fundingSource?.trim() ? `, từ ${fundingSource.trim().replace(/\.$/u, '')}` : '';
  lines.push(`Tổng số tiền thưởng: ${formatVnd(money.total)} đồng (Bằng chữ: ${money.totalWords})${source}.`);
  return lines;
}
