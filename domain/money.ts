// Reward money (tiền thưởng): the statutory base pay in force on a date, amount = multiplier × base pay on the
// decision date rounded UP to a multiple of 10,000 VND, the amount in Vietnamese words, and the stacking rules
// of legal.md §1 (which of several awards in the same period are paid).

import { regimeAt } from './catalog';
import { at, N152, N161_2026, N24_2023, N38_2019, N72_2018, N73_2024, N91, N98 } from './regimes/sources';
import type { AwardKindCode, AwardKindDef, LegalBasis, SubjectKind } from './regimes/types';

export class MoneyError extends Error {
  override readonly name = 'MoneyError';
}

export interface BasePayPeriod {
  /** Inclusive 'YYYY-MM-DD'. */
  from: string;
  amount: number;
  basis: LegalBasis;
  /** The amount or its date is unverified. */
  assumption: boolean;
}

/** Mức lương cơ sở (legal.md §1), oldest first; each period ends the day before the next starts. */
export const BASE_PAY_SCHEDULE: readonly BasePayPeriod[] = [
  {
    from: '2017-07-01',
    amount: 1_300_000,
    basis: {
      document: 'Nghị định 47/2017/NĐ-CP',
      tag: 'U',
      note: 'Không có trong legal.md: mức 1.300.000 đồng từ 01/7/2017 đến 30/6/2018, cần đối chiếu',
    },
    assumption: true,
  },
  { from: '2018-07-01', amount: 1_390_000, basis: N72_2018, assumption: false },
  { from: '2019-07-01', amount: 1_490_000, basis: N38_2019, assumption: false },
  { from: '2023-07-01', amount: 1_800_000, basis: N24_2023, assumption: false },
  { from: '2024-07-01', amount: 2_340_000, basis: N73_2024, assumption: false },
  { from: '2026-07-01', amount: 2_530_000, basis: N161_2026, assumption: true },
];

/** The base pay period in force on a date; throws for a date before the schedule. */
export function basePayAt(date: string): BasePayPeriod {
  let found: BasePayPeriod | undefined;
  for (const period of BASE_PAY_SCHEDULE) if (period.from <= date) found = period;
  if (!found) {
    throw new MoneyError(`Chưa có mức lương cơ sở cho ngày ${date} (hệ thống áp dụng từ ngày 01/7/2017).`);
  }
  return found;
}

const STEP = 10_000;
/** Multipliers are read to four decimals (0.45, 2.25, 15.5): exact integer arithmetic after scaling. */
const SCALE = 10_000;

/** Multiplier × base pay, rounded UP to a multiple of 10,000 VND (integer arithmetic, no float drift). */
export function roundedReward(coefficient: number, basePay: number): number {
  if (!(coefficient >= 0) || !Number.isFinite(coefficient))
    throw new MoneyError('Hệ số tiền thưởng không hợp lệ.');
  if (!Number.isInteger(basePay) || basePay < 0) throw new MoneyError('Mức lương cơ sở không hợp lệ.');
  const scaled = BigInt(Math.round(coefficient * SCALE)) * BigInt(basePay);
  const unit = BigInt(SCALE * STEP);
  return Number(((scaled + unit - 1n) / unit) * BigInt(STEP));
}

/** Basis of the rounding rule by regime; in regime A the direction ("up") is an assumption (legal.md §1). */
function roundingBasis(regimeId: string): { basis: LegalBasis; assumption: boolean } {
  if (regimeId === 'C') return { basis: at(N152, 'Điều 49'), assumption: false };
  if (regimeId === 'B')
    return { basis: { ...N98, note: 'Quy định làm tròn như Nghị định 152/2025 Điều 49' }, assumption: false };
  return {
    basis: at(N91, 'Điều 68 khoản 2', 'U', 'Hướng làm tròn (lên) là giả định'),
    assumption: true,
  };
}

export interface RewardQuery {
  awardKind: AwardKindCode;
  subjectKind: SubjectKind;
  /** Date of the award decision: the base pay and the multipliers in force on that date apply. */
  decisionDate: string;
}

export interface RewardAmount {
  amount: number;
  basePay: number;
  coefficient: number;
  words: string;
  /** Money rule of the kind, base pay decree, rounding rule. */
  basis: LegalBasis[];
  /** Some part (multiplier, base pay, rounding) rests on an unverified row. */
  assumption: boolean;
  /** The amount is an upper bound the issuer decides under (Kỷ niệm chương). */
  isCap: boolean;
  /** Vietnamese remark, e.g. when the kind carries no money. */
  note?: string;
}

function multiplier(def: AwardKindDef, subjectKind: SubjectKind): number | undefined {
  return def.money[subjectKind];
}

/** The reward money of an award kind for a subject kind, by the decision date. */
export function rewardAmount(query: RewardQuery): RewardAmount {
  const regime = regimeAt(query.decisionDate);
  const def = regime.kinds[query.awardKind];
  if (!def) {
    throw new MoneyError(
      `Loại khen thưởng "${query.awardKind}" không có trong chế độ áp dụng ngày ${query.decisionDate}.`,
    );
  }
  if (!def.subjects.includes(query.subjectKind)) {
    throw new MoneyError(`${def.name} không áp dụng cho đối tượng này.`);
  }
  const pay = basePayAt(query.decisionDate);
  const rounding = roundingBasis(regime.id);
  const coefficient = multiplier(def, query.subjectKind);
  const kindAssumption =
    def.money.assumption === true || def.money.assumptionFor?.includes(query.subjectKind) === true;
  if (coefficient === undefined) {
    return {
      amount: 0,
      basePay: pay.amount,
      coefficient: 0,
      words: 'Không đồng',
      basis: [def.money.basis],
      assumption: kindAssumption,
      isCap: false,
      note: `${def.name}: không có quy định tiền thưởng cho đối tượng này.`,
    };
  }
  const amount = roundedReward(coefficient, pay.amount);
  return {
    amount,
    basePay: pay.amount,
    coefficient,
    words: amountInWords(amount),
    basis: [def.money.basis, pay.basis, rounding.basis],
    assumption: kindAssumption || pay.assumption || rounding.assumption,
    isCap: def.money.isCap === true,
  };
}

// ---- Vietnamese words ----

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** A group of three digits; `full` reads the hundreds even when zero ("không trăm"), as inside a number. */
function readTriple(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (words.length > 0) words.push('linh');
      words.push(DIGITS[u]!);
    }
  } else if (t === 1) {
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]!);
  } else {
    words.push(DIGITS[t]!, 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push('tư');
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]!);
  }
  return words;
}

/** Words of 0 < n < 1e9, in groups of nghìn and triệu; `full` when a higher part precedes. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor((n % 1_000_000) / 1000), n % 1000];
  const units = ['triệu', 'nghìn', ''];
  const words: string[] = [];
  groups.forEach((group, i) => {
    if (group === 0) return;
    words.push(...readTriple(group, full || words.length > 0));
    if (units[i]) words.push(units[i]!);
  });
  return words;
}

function readNumber(n: number): string[] {
  if (n < 1_000_000_000) return readBelowBillion(n, false);
  const high = Math.floor(n / 1_000_000_000);
  const low = n % 1_000_000_000;
  const words = [...readNumber(high), 'tỷ'];
  if (low > 0) words.push(...readBelowBillion(low, true));
  return words;
}

/** The amount in Vietnamese words, capitalised, ending in "đồng": 2,105,000 → "Hai triệu một trăm linh năm nghìn đồng". */
export function amountInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new MoneyError('Số tiền phải là số nguyên không âm.');
  const words = n === 0 ? ['không'] : readNumber(n);
  const text = `${words.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1.800.000" — thousands separated by dots, as Vietnamese documents write amounts. */
export function formatVnd(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

// ---- Stacking (legal.md §1) ----

export interface StackItem {
  id: string;
  category: 'title' | 'form';
  /** Period the achievement is counted over, e.g. "2024" or "2022-2024" (countingPeriod()). */
  countingPeriod: string;
  /** Money of the award (or its multiplier): the higher one is the higher award. */
  amount: number;
  /** For forms: the achievement rewarded; one achievement takes one form (L22 Điều 5 khoản 2 điểm c). */
  achievementId?: string;
}

export interface StackResult {
  id: string;
  paid: boolean;
  /** Vietnamese reason. */
  reason: string;
}

/** The counting period of a title awarded for an achievement year: "2024", CSTĐ tỉnh "2022-2024", CSTĐTQ 6 years. */
export function countingPeriod(def: Pick<AwardKindDef, 'code' | 'period'>, year: number): string {
  if (def.code === 'CSTD_TINH') return `${year - 2}-${year}`;
  if (def.code === 'CSTDTQ') return `${year - 5}-${year}`;
  return String(year);
}

/**
 * Which awards of one subject are paid (N152 Điều 49; same wording in N98): titles with the same counting period
 * → only the highest; titles with different counting periods → each; forms for different achievements → each
 * (one achievement → one form: only the highest is paid); a title and a form → both. Input order breaks ties.
 */
export function stackAwards(items: readonly StackItem[]): StackResult[] {
  const best = new Map<string, StackItem>();
  const keyOf = (item: StackItem): string | null =>
    item.category === 'title'
      ? `title:${item.countingPeriod}`
      : item.achievementId !== undefined
        ? `form:${item.achievementId}`
        : null;
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const current = best.get(key);
    if (!current || item.amount > current.amount) best.set(key, item);
  }
  return items.map((item) => {
    const key = keyOf(item);
    if (key === null)
      return { id: item.id, paid: true, reason: 'Hình thức khen thưởng cho thành tích riêng: được thưởng.' };
    const winner = best.get(key)!;
    if (winner === item) {
      return {
        id: item.id,
        paid: true,
        reason:
          item.category === 'title'
            ? `Danh hiệu cao nhất trong thời gian tính thành tích ${item.countingPeriod}: được thưởng.`
            : 'Hình thức khen thưởng cao nhất cho thành tích này: được thưởng.',
      };
    }
    return {
      id: item.id,
      paid: false,
      reason:
        item.category === 'title'
          ? `Cùng thời gian tính thành tích ${item.countingPeriod} với danh hiệu cao hơn: chỉ thưởng danh hiệu cao nhất.`
          : 'Một thành tích chỉ được khen một hình thức: chỉ thưởng hình thức cao nhất.',
    };
  });
}
