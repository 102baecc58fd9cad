import assert from 'node:assert/strict';
import { test } from 'node:test';

import fc from 'fast-check';

import { regimeById, resolveCatalog } from './catalog';
import {
  QUORUM_RULES,
  VoteError,
  ballotOutcome,
  quorum,
  quorumRuleFor,
  reaches,
  thresholdText,
  toFraction,
} from './voting';

const ballot = (agree: number, membersTotal: number, present?: number) => ({
  agree,
  disagree: Math.min(1, membersTotal - agree),
  abstain: 0,
  membersTotal,
  ...(present === undefined ? {} : { present }),
});

const EDGES: [number, number, number, boolean][] = [
  // threshold, members, agree, passed
  [0.8, 15, 12, true],
  [0.8, 15, 11, false],
  [0.8, 10, 8, true],
  [0.8, 10, 7, false],
  [0.8, 20, 16, true],
  [0.8, 20, 15, false],
  [0.8, 25, 20, true],
  [0.8, 25, 19, false],
  [0.9, 10, 9, true],
  [0.9, 10, 8, false],
  [0.9, 20, 18, true],
  [0.9, 20, 17, false],
  [0.9, 30, 27, true],
  [0.9, 30, 26, false],
  [0.9, 15, 14, true],
  [0.9, 15, 13, false],
];

for (const [threshold, members, agree, passed] of EDGES) {
  const basis =
    threshold === 0.8 ? 'N98 Đ30 k7: 80% CSTĐCS, Cờ' : 'N98 Đ30 k7, N91 Đ45 k8: 90% CSTĐ tỉnh, CSTĐTQ, AH';
  test(`${agree}/${members} agree at ${threshold * 100}% of all members → ${passed ? 'pass' : 'fail'} (${basis})`, () => {
    const out = ballotOutcome(ballot(agree, members), threshold);
    assert.equal(out.passed, passed);
    assert.equal(out.denominator, members);
    assert.equal(out.threshold, threshold);
    assert.match(out.text, passed ? /: đạt\.$/ : /: không đạt\.$/);
  });
}

test('absent members count in the denominator (N98 Đ30 k7: tổng số thành viên Hội đồng)', () => {
  // 12 of 13 present agree (92% of those present) but only 80% of the 15 members: fails at 90%.
  const out = ballotOutcome({ agree: 12, disagree: 1, abstain: 0, membersTotal: 15, present: 13 }, 0.9);
  assert.equal(out.passed, false);
  assert.equal(out.denominator, 15);
  assert.equal(out.share, 0.8);
  assert.match(out.text, /có mặt 13\/15/);
  assert.equal(
    ballotOutcome({ agree: 12, disagree: 1, abstain: 0, membersTotal: 15, present: 13 }, 0.8).passed,
    true,
  );
});

test('2/3 of 15 members (regime A CSTĐCS default, N91 Đ45 k8 + agency rule): 10 pass, 9 fail', () => {
  assert.equal(ballotOutcome(ballot(10, 15), 2 / 3).passed, true);
  assert.equal(ballotOutcome(ballot(9, 15), 2 / 3).passed, false);
  assert.equal(ballotOutcome(ballot(6, 9), 2 / 3).passed, true);
  assert.equal(ballotOutcome(ballot(5, 9), 2 / 3).passed, false);
  assert.equal(ballotOutcome(ballot(14, 21), 2 / 3).passed, true);
  assert.equal(ballotOutcome(ballot(13, 21), 2 / 3).passed, false);
  assert.match(ballotOutcome(ballot(10, 15), 2 / 3).text, /từ 2\/3 tổng số thành viên/);
});

test('the catalog rule drives the ballot (N98 Đ30 k7; N91 Đ45 k8; overlay for regime A CSTĐCS)', () => {
  assert.equal(ballotOutcome(ballot(12, 15), regimeById('B').kinds.CSTDCS!.vote).passed, true);
  assert.equal(ballotOutcome(ballot(13, 15), regimeById('B').kinds.CSTD_TINH!.vote).passed, false);
  assert.throws(() => ballotOutcome(ballot(10, 15), regimeById('A').kinds.CSTDCS!.vote), /quy chế/);
  assert.equal(
    ballotOutcome(ballot(10, 15), resolveCatalog('2021-05-01', []).kinds.CSTDCS!.vote).passed,
    true,
  );
});

test('strict majority ("quá bán", N98 Đ49 councils decide by majority): 8/15 passes, 7/15 and 5/10 fail', () => {
  assert.equal(ballotOutcome(ballot(8, 15), { threshold: 0.5, strict: true }).passed, true);
  assert.equal(ballotOutcome(ballot(7, 15), { threshold: 0.5, strict: true }).passed, false);
  assert.equal(ballotOutcome(ballot(5, 10), { threshold: 0.5, strict: true }).passed, false);
});

test('inconsistent counts are refused with a Vietnamese error (biên bản kiểm phiếu, N98 Đ30 k7)', () => {
  assert.throws(
    () => ballotOutcome({ agree: 10, disagree: 4, abstain: 2, membersTotal: 15 }, 0.8),
    (e: unknown) =>
      e instanceof VoteError &&
      /Tổng số phiếu \(16\) lớn hơn tổng số thành viên Hội đồng \(15\)/.test(e.message),
  );
  assert.throws(
    () => ballotOutcome({ agree: 10, disagree: 0, abstain: 0, membersTotal: 15, present: 16 }, 0.8),
    /có mặt/,
  );
  assert.throws(
    () => ballotOutcome({ agree: -1, disagree: 0, abstain: 0, membersTotal: 15 }, 0.8),
    /không âm/,
  );
  assert.throws(
    () => ballotOutcome({ agree: 1.5, disagree: 0, abstain: 0, membersTotal: 15 }, 0.8),
    VoteError,
  );
  assert.throws(
    () => ballotOutcome({ agree: 0, disagree: 0, abstain: 0, membersTotal: 0 }, 0.8),
    /lớn hơn 0/,
  );
  assert.throws(() => ballotOutcome(ballot(1, 2), 1.2), /từ 0 đến 1/);
});

test('quorum ≥ 2/3 of members (N98 Đ47; BN86 Đ8): 10/15 met, 9/15 not', () => {
  assert.equal(quorum({ present: 10, membersTotal: 15 }).met, true);
  assert.equal(quorum({ present: 9, membersTotal: 15 }).met, false);
  assert.match(quorum({ present: 9, membersTotal: 15 }).text, /không đủ điều kiện họp/);
  assert.throws(() => quorum({ present: 16, membersTotal: 15 }), VoteError);
});

test('award sessions ≥ 80% present in regime C (BN86 Đ8 example, U); Anh hùng sessions ≥ 90% (N98 Đ47)', () => {
  const award = quorumRuleFor('C', 'award');
  assert.equal(award, QUORUM_RULES.awardSession);
  assert.equal(award.assumption, true);
  assert.equal(quorum({ present: 12, membersTotal: 15 }, award).met, true);
  assert.equal(quorum({ present: 11, membersTotal: 15 }, award).met, false);
  assert.equal(quorumRuleFor('B', 'award').minShare, 2 / 3);
  assert.equal(quorumRuleFor('C', 'meeting').assumption, true);
  const hero = quorumRuleFor('B', 'hero');
  assert.equal(quorum({ present: 27, membersTotal: 30 }, hero).met, true);
  assert.equal(quorum({ present: 26, membersTotal: 30 }, hero).met, false);
});

test('thresholds as exact fractions: 0.8 → 4/5, 0.9 → 9/10, 2/3 → 2/3; texts "80%", "2/3"', () => {
  assert.deepEqual(toFraction(0.8), [4, 5]);
  assert.deepEqual(toFraction(0.9), [9, 10]);
  assert.deepEqual(toFraction(2 / 3), [2, 3]);
  assert.deepEqual(toFraction(0.15), [3, 20]);
  assert.equal(thresholdText(0.8), '80%');
  assert.equal(thresholdText(2 / 3), '2/3');
  assert.equal(reaches(4, 5, 0.8), true);
  assert.equal(reaches(4, 5, 0.8, true), false);
});

// ---- Properties ----

const thresholdArb = fc.constantFrom(0.5, 2 / 3, 0.75, 0.8, 0.9, 1);

test('property (N98 Đ30 k7): the outcome is monotone in agree votes', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 200 }), thresholdArb, fc.nat(), fc.nat(), (members, t, x, y) => {
      const a = x % (members + 1);
      const b = y % (members + 1);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const passLo = ballotOutcome({ agree: lo, disagree: 0, abstain: 0, membersTotal: members }, t).passed;
      const passHi = ballotOutcome({ agree: hi, disagree: 0, abstain: 0, membersTotal: members }, t).passed;
      assert.ok(!passLo || passHi);
    }),
  );
});

test('property (N98 Đ30 k7): pass ⇔ agree ≥ threshold × all members, exactly; one vote fewer at the minimum fails', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 300 }), thresholdArb, (members, t) => {
      const [num, den] = toFraction(t);
      const minimum = Math.ceil((num * members) / den);
      assert.equal(
        ballotOutcome({ agree: minimum, disagree: 0, abstain: 0, membersTotal: members }, t).passed,
        true,
      );
      if (minimum > 0) {
        assert.equal(
          ballotOutcome({ agree: minimum - 1, disagree: 0, abstain: 0, membersTotal: members }, t).passed,
          false,
        );
      }
    }),
  );
});

test('property: absent members never help — fewer members present with the same agree votes gives the same outcome', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100 }), fc.nat(), fc.nat(), thresholdArb, (members, x, y, t) => {
      const agree = x % (members + 1);
      const present = agree + (y % (members - agree + 1));
      const withPresent = ballotOutcome(
        { agree, disagree: 0, abstain: 0, membersTotal: members, present },
        t,
      );
      const without = ballotOutcome({ agree, disagree: 0, abstain: 0, membersTotal: members }, t);
      assert.equal(withPresent.passed, without.passed);
    }),
  );
});
