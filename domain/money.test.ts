import assert from 'node:assert/strict';
import { test } from 'node:test';

import fc from 'fast-check';

import {
  MoneyError,
  amountInWords,
  basePayAt,
  countingPeriod,
  formatVnd,
  rewardAmount,
  roundedReward,
  stackAwards,
} from './money';
import type { AwardKindCode, SubjectKind } from './regimes/types';

const BASE_PAY: [string, number, boolean][] = [
  ['2017-07-01', 1_300_000, true],
  ['2018-06-30', 1_300_000, true],
  ['2018-07-01', 1_390_000, false],
  ['2019-06-30', 1_390_000, false],
  ['2019-07-01', 1_490_000, false],
  ['2020-07-01', 1_490_000, false],
  ['2023-06-30', 1_490_000, false],
  ['2023-07-01', 1_800_000, false],
  ['2024-06-30', 1_800_000, false],
  ['2024-07-01', 2_340_000, false],
  ['2026-06-30', 2_340_000, false],
  ['2026-07-01', 2_530_000, true],
];

for (const [date, amount, assumption] of BASE_PAY) {
  test(`base pay on ${date} is ${formatVnd(amount)} (legal.md §1: NĐ 72/2018, 38/2019, 24/2023, 73/2024, 161/2026)`, () => {
    const period = basePayAt(date);
    assert.equal(period.amount, amount);
    assert.equal(period.assumption, assumption);
  });
}

test('base pay before 01/07/2017 is not known (legal.md §1): a Vietnamese error', () => {
  assert.throws(
    () => basePayAt('2017-06-30'),
    (e: unknown) => e instanceof MoneyError && /lương cơ sở/.test(e.message),
  );
});

const ROUNDING: [number, number, number][] = [
  [0.3, 1_490_000, 450_000],
  [1.5, 1_490_000, 2_240_000],
  [1, 1_490_000, 1_490_000],
  [0.3, 1_800_000, 540_000],
  [0.3, 2_340_000, 710_000],
  [0.8, 2_340_000, 1_880_000],
  [2.25, 2_340_000, 5_270_000],
  [0.45, 2_340_000, 1_060_000],
  [4.5, 1_490_000, 6_710_000],
  [3.5, 2_530_000, 8_860_000],
  [15.5, 2_340_000, 36_270_000],
  [46, 2_340_000, 107_640_000],
];

for (const [coefficient, basePay, expected] of ROUNDING) {
  test(`${coefficient} × ${formatVnd(basePay)} rounds up to ${formatVnd(expected)} (N152 Đ49: làm tròn lên hàng chục nghìn)`, () => {
    assert.equal(roundedReward(coefficient, basePay), expected);
  });
}

const REWARDS: [AwardKindCode, SubjectKind, string, number, boolean][] = [
  ['LDTT', 'individual', '2024-06-30', 540_000, false],
  ['LDTT', 'individual', '2024-07-01', 710_000, false],
  ['CSTDCS', 'individual', '2023-06-30', 1_490_000, true],
  ['CSTDCS', 'individual', '2023-07-01', 1_800_000, true],
  ['CSTDCS', 'individual', '2025-12-20', 2_340_000, false],
  ['CSTD_TINH', 'individual', '2025-12-20', 7_020_000, false],
  ['TTLDTT', 'collective', '2025-12-20', 1_880_000, false],
  ['BK_TINH', 'household', '2025-12-20', 5_270_000, false],
  ['BK_TINH', 'individual', '2024-12-20', 3_510_000, true],
  ['BK_TINH', 'individual', '2019-12-20', 1_490_000, true],
  ['BK_TTG', 'household', '2025-12-20', 12_290_000, true],
  ['BK_TTG', 'collective', '2025-12-20', 16_380_000, false],
  ['HC_LAO_DONG_3', 'collective', '2025-09-02', 21_060_000, false],
  ['AHLD', 'collective', '2025-09-02', 72_540_000, false],
  ['CO_CP', 'collective', '2026-07-01', 30_360_000, true],
];

for (const [kind, subject, date, amount, assumption] of REWARDS) {
  test(`${kind} for a ${subject} decided ${date} pays ${formatVnd(amount)} (N152 Đ49–54, N98, N91; base pay of the decision date)`, () => {
    const r = rewardAmount({ awardKind: kind, subjectKind: subject, decisionDate: date });
    assert.equal(r.amount, amount);
    assert.equal(r.assumption, assumption);
    assert.equal(r.words, amountInWords(amount));
    assert.equal(r.basis.length, 3);
  });
}

test('Kỷ niệm chương money is a cap (N152 Đ54: ≤ 0.6 × LCS)', () => {
  const r = rewardAmount({ awardKind: 'KNC', subjectKind: 'individual', decisionDate: '2025-10-10' });
  assert.deepEqual([r.amount, r.isCap], [1_410_000, true]);
});

test('Gia đình văn hóa carries no listed money (N86; legal.md §13.8 U): zero, flagged as an assumption', () => {
  const r = rewardAmount({ awardKind: 'GDVH', subjectKind: 'household', decisionDate: '2025-10-10' });
  assert.deepEqual([r.amount, r.words, r.assumption], [0, 'Không đồng', true]);
  assert.match(r.note!, /không có quy định tiền thưởng/);
});

test('money for a subject kind or a kind the regime does not have is refused (L22 Đ19–20; N152)', () => {
  assert.throws(
    () => rewardAmount({ awardKind: 'LDTT', subjectKind: 'collective', decisionDate: '2025-10-10' }),
    MoneyError,
  );
  assert.throws(
    () => rewardAmount({ awardKind: 'KNC', subjectKind: 'individual', decisionDate: '2025-06-30' }),
    MoneyError,
  );
});

const WORDS: [number, string][] = [
  [0, 'Không đồng'],
  [5, 'Năm đồng'],
  [10, 'Mười đồng'],
  [15, 'Mười lăm đồng'],
  [21, 'Hai mươi mốt đồng'],
  [24, 'Hai mươi tư đồng'],
  [25, 'Hai mươi lăm đồng'],
  [105, 'Một trăm linh năm đồng'],
  [110, 'Một trăm mười đồng'],
  [540_000, 'Năm trăm bốn mươi nghìn đồng'],
  [710_000, 'Bảy trăm mười nghìn đồng'],
  [1_800_000, 'Một triệu tám trăm nghìn đồng'],
  [1_490_000, 'Một triệu bốn trăm chín mươi nghìn đồng'],
  [2_105_000, 'Hai triệu một trăm linh năm nghìn đồng'],
  [2_240_000, 'Hai triệu hai trăm bốn mươi nghìn đồng'],
  [5_270_000, 'Năm triệu hai trăm bảy mươi nghìn đồng'],
  [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
  [11_000_000, 'Mười một triệu đồng'],
  [21_000_000, 'Hai mươi mốt triệu đồng'],
  [21_060_000, 'Hai mươi mốt triệu không trăm sáu mươi nghìn đồng'],
  [107_640_000, 'Một trăm linh bảy triệu sáu trăm bốn mươi nghìn đồng'],
  [1_000_000_000, 'Một tỷ đồng'],
  [1_000_050_000, 'Một tỷ không trăm năm mươi nghìn đồng'],
  [2_015_000_000, 'Hai tỷ không trăm mười lăm triệu đồng'],
  [1_000_000_000_000, 'Một nghìn tỷ đồng'],
];

for (const [n, words] of WORDS) {
  test(`${formatVnd(n)} in words: "${words}" (NĐ 30/2020 văn bản hành chính: số tiền bằng chữ)`, () => {
    assert.equal(amountInWords(n), words);
  });
}

test('amount in words refuses negative and fractional amounts', () => {
  assert.throws(() => amountInWords(-1), MoneyError);
  assert.throws(() => amountInWords(1.5), MoneyError);
});

test('stacking (N152 Đ49): same counting period → only the highest title; different periods → each; title + form → both', () => {
  const out = stackAwards([
    { id: 'ldtt', category: 'title', countingPeriod: '2025', amount: 710_000 },
    { id: 'cstdcs', category: 'title', countingPeriod: '2025', amount: 2_340_000 },
    { id: 'cstd-tinh', category: 'title', countingPeriod: '2023-2025', amount: 7_020_000 },
    { id: 'bk', category: 'form', countingPeriod: '2025', amount: 3_510_000, achievementId: 'a1' },
    { id: 'gk', category: 'form', countingPeriod: '2025', amount: 710_000, achievementId: 'a2' },
    { id: 'gk-same', category: 'form', countingPeriod: '2025', amount: 710_000, achievementId: 'a1' },
    { id: 'free', category: 'form', countingPeriod: '2025', amount: 100 },
  ]);
  assert.deepEqual(
    out.map((r) => [r.id, r.paid]),
    [
      ['ldtt', false],
      ['cstdcs', true],
      ['cstd-tinh', true],
      ['bk', true],
      ['gk', true],
      ['gk-same', false],
      ['free', true],
    ],
  );
  assert.match(out[0]!.reason, /chỉ thưởng danh hiệu cao nhất/);
  assert.match(out[5]!.reason, /Một thành tích chỉ được khen một hình thức/);
});

test('counting periods (L22 Đ21–22): annual titles by year; CSTĐ tỉnh 3 years; CSTĐTQ 6 years', () => {
  assert.equal(countingPeriod({ code: 'LDTT', period: 'annual' }, 2025), '2025');
  assert.equal(countingPeriod({ code: 'CSTD_TINH', period: 'multi_year' }, 2025), '2023-2025');
  assert.equal(countingPeriod({ code: 'CSTDTQ', period: 'multi_year' }, 2025), '2020-2025');
});

// ---- Properties ----

const coefficientArb = fc.integer({ min: 0, max: 500_000 }).map((n) => n / 10_000);
const basePayArb = fc.constantFrom(1_300_000, 1_390_000, 1_490_000, 1_800_000, 2_340_000, 2_530_000);

test('property (N152 Đ49): money is a multiple of 10,000, ≥ the exact product and < exact + 10,000', () => {
  fc.assert(
    fc.property(coefficientArb, basePayArb, (coefficient, basePay) => {
      const amount = roundedReward(coefficient, basePay);
      const exactScaled = BigInt(Math.round(coefficient * 10_000)) * BigInt(basePay);
      assert.equal(amount % 10_000, 0);
      assert.ok(BigInt(amount) * 10_000n >= exactScaled);
      assert.ok(BigInt(amount - 10_000) * 10_000n < exactScaled || amount === 0);
    }),
  );
});

test('property (N152 Đ49: mức cao hơn thì thưởng cao hơn): money grows with the coefficient and the base pay', () => {
  fc.assert(
    fc.property(coefficientArb, coefficientArb, basePayArb, (a, b, basePay) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      assert.ok(roundedReward(lo, basePay) <= roundedReward(hi, basePay));
    }),
  );
  fc.assert(
    fc.property(coefficientArb, (c) => {
      assert.ok(roundedReward(c, 1_800_000) <= roundedReward(c, 2_340_000));
    }),
  );
});

test('property: amounts in words are deterministic, capitalised, end in "đồng" and use no digits', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      const words = amountInWords(n);
      assert.equal(words, amountInWords(n));
      assert.match(words, /^[A-ZĐÀ-Ỹ]/u);
      assert.ok(words.endsWith(' đồng'));
      assert.doesNotMatch(words, /\d| {2}/);
    }),
  );
});
