import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  closeBasisList,
  decisionMoney,
  generatedTitle,
  issuerLine,
  legalBasesFor,
  longDate,
  moneyArticleLines,
  signatureLines,
  signerErrors,
  subjectCountText,
} from './decisions';

test('dates are written as Nghị định 30/2020 asks: day < 10 and months 1–2 zero-padded', () => {
  assert.equal(longDate('2025-01-05'), 'ngày 05 tháng 01 năm 2025');
  assert.equal(longDate('2025-12-03'), 'ngày 03 tháng 12 năm 2025');
  assert.equal(longDate('2024-06-15'), 'ngày 15 tháng 6 năm 2024');
});

test('căn cứ follow the regime of the decision date', () => {
  const a = legalBasesFor({ date: '2023-12-20' });
  assert.match(a[0]!, /15\/2003\/QH11/);
  assert.match(a[1]!, /91\/2017\/NĐ-CP/);
  const b = legalBasesFor({ date: '2025-01-10' });
  assert.match(b[0]!, /06\/2022\/QH15/);
  assert.match(b[1]!, /98\/2023\/NĐ-CP/);
  const c = legalBasesFor({
    date: '2025-12-01',
    councilMeetingDates: ['2025-11-20', '2025-11-20'],
    councilName: 'Hội đồng Thi đua - Khen thưởng xã',
    proposingUnits: ['Trường Tiểu học Cẩm Bình', 'Trạm Y tế xã Cẩm Bình'],
  });
  assert.match(c[1]!, /152\/2025\/NĐ-CP/);
  assert.equal(c[2], 'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng xã ngày 20 tháng 11 năm 2025;');
  assert.equal(
    c[3],
    'Xét Tờ trình đề nghị khen thưởng của Trường Tiểu học Cẩm Bình và Trạm Y tế xã Cẩm Bình.',
  );
  assert.equal(c.length, 4);
  // Every line but the last ends with ";", the last with ".".
  for (const list of [a, b, c]) {
    list.slice(0, -1).forEach((l) => assert.ok(l.endsWith(';'), l));
    assert.ok(list[list.length - 1]!.endsWith('.'));
  }
  assert.deepEqual(closeBasisList(['Căn cứ A.', ' ', 'Căn cứ B;']), ['Căn cứ A;', 'Căn cứ B.']);
});

test('the trích yếu names titles and forms and the year', () => {
  assert.equal(
    generatedTitle(
      [
        { awardKind: 'LDTT', achievementYear: 2024 },
        { awardKind: 'CSTDCS', achievementYear: 2024 },
        { awardKind: 'GK', achievementYear: 2024 },
      ],
      '2025-01-10',
      'cong_trang',
    ),
    'Về việc tặng danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở và Giấy khen năm 2024',
  );
  assert.equal(
    generatedTitle([{ awardKind: 'GK', achievementYear: 2025 }], '2025-09-02', 'dot_xuat'),
    'Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích xuất sắc đột xuất',
  );
});

test('issuer line and signature block', () => {
  assert.equal(issuerLine('Chủ tịch UBND huyện Cẩm Xuyên'), 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN');
  assert.deepEqual(
    signatureLines({ signMode: 'KT', signFor: 'Chủ tịch', signerPosition: 'Phó Chủ tịch', signerName: 'X' }),
    ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  );
  assert.deepEqual(
    signatureLines({ signMode: null, signFor: null, signerPosition: 'CHỦ TỊCH', signerName: 'X' }),
    ['CHỦ TỊCH'],
  );
  assert.deepEqual(
    Object.keys(
      signerErrors({ signMode: 'TM', signFor: null, signerPosition: null, signerName: null }),
    ).sort(),
    ['signFor', 'signerName', 'signerPosition'],
  );
});

test('money per awardee by the decision date, collective and household multipliers, total in words', () => {
  const money = decisionMoney(
    [
      { key: 'a', subjectKey: 'p1', subjectKind: 'individual', awardKind: 'GK', achievementYear: 2024 },
      { key: 'b', subjectKey: 'p2', subjectKind: 'individual', awardKind: 'GK', achievementYear: 2024 },
      { key: 'c', subjectKey: 'u1', subjectKind: 'collective', awardKind: 'GK', achievementYear: 2024 },
      { key: 'd', subjectKey: 'h1', subjectKind: 'household', awardKind: 'GK', achievementYear: 2024 },
    ],
    '2025-01-10',
  );
  // Base pay 2,340,000 from 01/7/2024: 0.3 → 702,000 → 710,000; 0.6 → 1,404,000 → 1,410,000; 0.45 → 1,053,000 → 1,060,000.
  assert.deepEqual(
    money.items.map((i) => i.amount),
    [710_000, 710_000, 1_410_000, 1_060_000],
  );
  assert.equal(money.total, 3_890_000);
  assert.equal(money.totalWords, 'Ba triệu tám trăm chín mươi nghìn đồng');
  assert.equal(money.basePay, 2_340_000);
  assert.equal(money.groups.length, 3);
  const lines = moneyArticleLines(money, 'Quỹ Thi đua, khen thưởng huyện.');
  assert.equal(
    lines[0],
    'Giấy khen cho cá nhân: 0,3 lần mức lương cơ sở (2.340.000 đồng), làm tròn lên là 710.000 đồng mỗi cá nhân; 02 cá nhân, thành tiền 1.420.000 đồng.',
  );
  assert.equal(
    lines[lines.length - 1],
    'Tổng số tiền thưởng: 3.890.000 đồng (Bằng chữ: Ba triệu tám trăm chín mươi nghìn đồng), từ Quỹ Thi đua, khen thưởng huyện.',
  );
  // The same kinds a year earlier use the base pay of that date (1,800,000).
  const earlier = decisionMoney(
    [{ key: 'a', subjectKey: 'p1', subjectKind: 'individual', awardKind: 'CSTDCS', achievementYear: 2023 }],
    '2024-01-15',
  );
  assert.equal(earlier.total, 1_800_000);
});

test('titles of one subject with the same counting period: only the highest is paid', () => {
  const money = decisionMoney(
    [
      { key: 'l', subjectKey: 'p1', subjectKind: 'individual', awardKind: 'LDTT', achievementYear: 2024 },
      { key: 'c', subjectKey: 'p1', subjectKind: 'individual', awardKind: 'CSTDCS', achievementYear: 2024 },
      { key: 'g', subjectKey: 'p1', subjectKind: 'individual', awardKind: 'GK', achievementYear: 2024 },
    ],
    '2025-01-10',
  );
  const byKey = Object.fromEntries(money.items.map((i) => [i.key, i]));
  assert.equal(byKey.l!.paid, false);
  assert.equal(byKey.l!.amount, 0);
  assert.match(byKey.l!.note!, /chỉ thưởng danh hiệu cao nhất/);
  assert.equal(byKey.c!.amount, 2_340_000);
  assert.equal(byKey.g!.amount, 710_000);
  assert.equal(money.total, 3_050_000);
});

test('a kind unknown on the decision date or not given to the subject is reported, not priced', () => {
  const money = decisionMoney(
    [
      { key: 'x', subjectKey: 'u', subjectKind: 'collective', awardKind: 'LDTT', achievementYear: 2024 },
      { key: 'y', subjectKey: 'p', subjectKind: 'individual', awardKind: 'KNC', achievementYear: 2024 },
    ],
    '2025-01-10',
  );
  assert.deepEqual(Object.keys(money.errors).sort(), ['x', 'y']);
  assert.equal(money.total, 0);
  assert.deepEqual(moneyArticleLines(money, null), []);
});

test('counts of subjects as documents write them', () => {
  assert.equal(subjectCountText(['individual', 'individual', 'collective']), '02 cá nhân và 01 tập thể');
  assert.equal(subjectCountText(Array(12).fill('individual')), '12 cá nhân');
});
