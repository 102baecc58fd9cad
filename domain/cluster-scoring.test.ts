import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  compareResults,
  criteriaMaximum,
  formatPoints,
  membersErrors,
  type MemberScores,
  proposeRotation,
  rankMembers,
  scoreError,
  type Sheet,
  sheetErrors,
  tieBreakText,
} from './cluster-scoring';

// Hand-computed sheet (the figures below were worked out on paper, then written here):
//   I.  Thực hiện nhiệm vụ chính trị      c1 max 30, c2 max 20
//   II. Công tác thi đua, khen thưởng     c3 max 25, c4 max 15      → criteria maximum 90
//   bonus  b1 max 5, b2 max 5, bonus total capped at 6
//   penalty p1 max 5, p2 max 10
const SHEET: Sheet = {
  sections: [
    { id: 's1', title: 'I. Thực hiện nhiệm vụ chính trị' },
    { id: 's2', title: 'II. Công tác thi đua, khen thưởng' },
  ],
  items: [
    { id: 'c1', kind: 'criterion', sectionId: 's1', title: 'Phát triển kinh tế', maxPoints: 30 },
    { id: 'c2', kind: 'criterion', sectionId: 's1', title: 'Văn hóa - xã hội', maxPoints: 20 },
    { id: 'c3', kind: 'criterion', sectionId: 's2', title: 'Tổ chức phong trào thi đua', maxPoints: 25 },
    { id: 'c4', kind: 'criterion', sectionId: 's2', title: 'Công tác khen thưởng', maxPoints: 15 },
    { id: 'b1', kind: 'bonus', sectionId: null, title: 'Mô hình mới được nhân rộng', maxPoints: 5 },
    { id: 'b2', kind: 'bonus', sectionId: null, title: 'Được cấp trên khen thưởng', maxPoints: 5 },
    { id: 'p1', kind: 'penalty', sectionId: null, title: 'Chậm báo cáo', maxPoints: 5 },
    { id: 'p2', kind: 'penalty', sectionId: null, title: 'Vi phạm kỷ luật', maxPoints: 10 },
  ],
  bonusCap: 6,
};

const member = (unitId: string, scores: Record<string, number | null>): MemberScores => ({
  unitId,
  name: `Xã ${unitId}`,
  groupScores: new Map(Object.entries(scores)),
});

// A: 28 + 18 + 22.5 + 14 = 82.5; bonus 4 + 3 = 7 capped to 6; no penalty        → 88.5
// B: 29 + 19 + 24 + 14.5 = 86.5; bonus 1; penalty 1.5                             → 86
// C: 27 + 18 + 23 + 13.5 = 81.5; bonus 5; penalty 0.5                             → 86 (ties B; lower criteria)
// D: 25 + 17 + 20 + 12 = 74; nothing else                                          → 74
// E: 26 + 16 + 20 + 12 = 74; bonus 2.25; penalty 2.25                             → 74 (ties D on total and
//    criteria; more penalty points → below D)
const FIVE = [
  member('E', { c1: 26, c2: 16, c3: 20, c4: 12, b2: 2.25, p2: 2.25 }),
  member('C', { c1: 27, c2: 18, c3: 23, c4: 13.5, b1: 5, b2: 0, p1: 0.5 }),
  member('A', { c1: 28, c2: 18, c3: 22.5, c4: 14, b1: 4, b2: 3, p1: 0, p2: 0 }),
  member('D', { c1: 25, c2: 17, c3: 20, c4: 12 }),
  member('B', { c1: 29, c2: 19, c3: 24, c4: 14.5, b1: 1, p1: 1.5 }),
];

test('hand sheet: totals, capped bonus, penalties and the ranking with both tie-breaks', () => {
  const ranking = rankMembers(SHEET, FIVE);
  assert.equal(ranking.complete, true);
  assert.deepEqual(
    ranking.results.map((r) => [
      r.unitId,
      r.basic,
      r.bonusRaw,
      r.bonus,
      r.penalty,
      r.total,
      r.rank,
      r.tieBreak,
    ]),
    [
      ['A', 82.5, 7, 6, 0, 88.5, 1, null],
      ['B', 86.5, 1, 1, 1.5, 86, 2, null],
      ['C', 81.5, 5, 5, 0.5, 86, 3, 'basic'],
      ['D', 74, 0, 0, 0, 74, 4, null],
      ['E', 74, 2.25, 2.25, 2.25, 74, 5, 'penalty'],
    ],
  );
  const a = ranking.results[0]!;
  assert.deepEqual(a.sections, [
    { sectionId: 's1', points: 46 },
    { sectionId: 's2', points: 36.5 },
  ]);
  assert.deepEqual(
    ranking.results.map((r) => r.leading),
    [true, false, false, false, false],
  );
  assert.equal(criteriaMaximum(SHEET), 90);
});

test('equal total, criteria and penalties share the rank (1, 1, 3) and both lead', () => {
  // F and G: 20 + 15 + 20 + 10 = 65, bonus 3, penalty 1 → 67 each; H: 60 → third.
  const same = { c1: 20, c2: 15, c3: 20, c4: 10, b1: 3, p2: 1 };
  const ranking = rankMembers(SHEET, [
    member('H', { c1: 20, c2: 15, c3: 15, c4: 10 }),
    member('G', same),
    member('F', same),
  ]);
  assert.deepEqual(
    ranking.results.map((r) => [r.unitId, r.total, r.rank, r.tieBreak, r.leading]),
    [
      ['G', 67, 1, null, true],
      ['F', 67, 1, 'shared', true],
      ['H', 60, 3, null, false],
    ],
  );
  assert.match(tieBreakText('shared')!, /đồng hạng/);
  assert.match(tieBreakText('basic')!, /điểm các tiêu chí thấp hơn/);
  assert.match(tieBreakText('penalty')!, /trừ nhiều điểm hơn/);
  assert.equal(tieBreakText(null), null);
});

test('a criterion without the cluster score counts 0 and makes the ranking provisional, with no leader', () => {
  const ranking = rankMembers(SHEET, [
    member('A', { c1: 30, c2: 20, c3: 25 }), // c4 not scored by the cluster
    member('B', { c1: 10, c2: 10, c3: 10, c4: 10 }),
  ]);
  assert.equal(ranking.complete, false);
  const a = ranking.results.find((r) => r.unitId === 'A')!;
  assert.equal(a.basic, 75);
  assert.equal(a.rank, 1);
  assert.deepEqual(a.missing, ['Công tác khen thưởng']);
  assert.equal(a.complete, false);
  assert.equal(a.leading, false);
  assert.equal(
    ranking.results.some((r) => r.leading),
    false,
  );
});

test('the bonus cap applies to the bonus total only; without a cap each item maximum is the only limit', () => {
  const uncapped: Sheet = { ...SHEET, bonusCap: null };
  const m = member('A', { c1: 1, c2: 1, c3: 1, c4: 1, b1: 5, b2: 5, p1: 5, p2: 10 });
  assert.equal(rankMembers(uncapped, [m]).results[0]!.total, 4 + 10 - 15);
  assert.equal(rankMembers(SHEET, [m]).results[0]!.total, 4 + 6 - 15);
});

test('points are summed exactly in hundredths (0.1 + 0.2 = 0.3)', () => {
  const sheet: Sheet = {
    sections: [{ id: 's', title: 'Nhóm' }],
    items: [
      { id: 'x', kind: 'criterion', sectionId: 's', title: 'Một', maxPoints: 1 },
      { id: 'y', kind: 'criterion', sectionId: 's', title: 'Hai', maxPoints: 1 },
    ],
    bonusCap: null,
  };
  const [r] = rankMembers(sheet, [member('A', { x: 0.1, y: 0.2 })]).results;
  assert.equal(r!.total, 0.3);
  assert.equal(
    compareResults({ total: 0.3, basic: 0.3, penalty: 0 }, { total: 0.1 + 0.2, basic: 0.3, penalty: 0 }),
    0,
  );
});

test('a score above the maximum is refused with a Vietnamese message naming the criterion', () => {
  const criterion = SHEET.items[3]!;
  assert.equal(
    scoreError(criterion, 15.5),
    'Điểm của tiêu chí “Công tác khen thưởng” (15,5) vượt quá điểm tối đa 15',
  );
  assert.equal(scoreError(criterion, 15), null);
  assert.equal(scoreError(criterion, 0), null);
  assert.equal(scoreError(criterion, -1), 'Điểm của tiêu chí “Công tác khen thưởng” không được âm');
  assert.equal(
    scoreError(criterion, 1.125),
    'Điểm của tiêu chí “Công tác khen thưởng” có tối đa hai chữ số thập phân',
  );
  assert.equal(
    scoreError(SHEET.items[4]!, 6),
    'Điểm thưởng “Mô hình mới được nhân rộng” (6) vượt quá điểm tối đa 5',
  );
  assert.equal(scoreError(SHEET.items[7]!, 12), 'Điểm trừ “Vi phạm kỷ luật” (12) vượt quá mức trừ tối đa 10');
});

test('points are written with a decimal comma', () => {
  assert.equal(formatPoints(10), '10');
  assert.equal(formatPoints(100), '100');
  assert.equal(formatPoints(12.5), '12,5');
  assert.equal(formatPoints(10.05), '10,05');
  assert.equal(formatPoints(0.1 + 0.2), '0,3');
});

test('sheet shape: criteria belong to a group, bonus and penalty items do not, maxima are positive', () => {
  assert.deepEqual(sheetErrors(SHEET), {});
  const errors = sheetErrors({
    sections: [{ id: 's', title: 'A' }],
    items: [
      { id: 'a', kind: 'criterion', sectionId: null, title: 'Tiêu chí lạc', maxPoints: 10 },
      { id: 'b', kind: 'bonus', sectionId: 's', title: 'Thưởng trong nhóm', maxPoints: 2 },
      { id: 'c', kind: 'criterion', sectionId: 's', title: 'Không điểm', maxPoints: 0 },
      { id: 'd', kind: 'penalty', sectionId: null, title: 'Ba số lẻ', maxPoints: 1.234 },
    ],
    bonusCap: 0,
  });
  assert.deepEqual(Object.keys(errors).sort(), [
    'bonusCap',
    'items.0.sectionId',
    'items.1.sectionId',
    'items.2.maxPoints',
    'items.3.maxPoints',
    'sections.0.title',
  ]);
  assert.equal(errors['items.0.sectionId'], 'Tiêu chí “Tiêu chí lạc” phải thuộc một nhóm tiêu chí');
});

test('members: each unit once, one leader, one deputy, distinct rotation orders', () => {
  assert.deepEqual(
    membersErrors([
      { unitId: 'a', role: 'leader', rotationOrder: 1 },
      { unitId: 'b', role: 'deputy', rotationOrder: 2 },
      { unitId: 'c', role: 'member', rotationOrder: 3 },
    ]),
    {},
  );
  const errors = membersErrors([
    { unitId: 'a', role: 'leader', rotationOrder: 1 },
    { unitId: 'a', role: 'leader', rotationOrder: 1 },
    { unitId: 'c', role: 'member', rotationOrder: 0 },
  ]);
  assert.equal(errors['members.1.unitId'], 'Đơn vị này đã có trong cụm, khối');
  assert.equal(errors['members.1.rotationOrder'], 'Thứ tự luân phiên 1 bị trùng');
  assert.equal(errors['members.2.rotationOrder'], 'Thứ tự luân phiên phải là số nguyên dương');
  assert.equal(errors.members, 'Cụm, khối chỉ có một trưởng cụm, khối');
});

test('rotation: the next in order leads next year and the one after is deputy, wrapping round', () => {
  const members = [
    { unitId: 'c', role: 'member' as const, rotationOrder: 3 },
    { unitId: 'a', role: 'member' as const, rotationOrder: 1 },
    { unitId: 'b', role: 'deputy' as const, rotationOrder: 2 },
    { unitId: 'd', role: 'leader' as const, rotationOrder: 4 },
  ];
  assert.deepEqual(proposeRotation(members), { leaderId: 'a', deputyId: 'b' });
  members[3]!.role = 'member';
  members[1]!.role = 'leader';
  assert.deepEqual(proposeRotation(members), { leaderId: 'b', deputyId: 'c' });
  members[1]!.role = 'member';
  // No leader this year: the first two in order.
  assert.deepEqual(proposeRotation(members), { leaderId: 'a', deputyId: 'b' });
  assert.deepEqual(proposeRotation([{ unitId: 'x', role: 'leader', rotationOrder: 1 }]), {
    leaderId: 'x',
    deputyId: null,
  });
  assert.deepEqual(proposeRotation([]), { leaderId: null, deputyId: null });
});
