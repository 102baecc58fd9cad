import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regimeById } from './catalog';
import {
  acceptsComments,
  activeAt,
  attendanceSummary,
  commentPeriod,
  type AttendanceStatus,
  ballotCountErrors,
  compositionErrors,
  type CompositionMember,
  dayBefore,
  formatPercent,
  disclosureBlock,
  disclosureRequirement,
  majorityRule,
  meetingQuorum,
  memberCountAt,
  type MembershipPeriod,
  memberVotes,
  nomineeOutcome,
  planRecomposition,
  redactPublicText,
  ruleShareText,
  termError,
  voteRuleFor,
} from './council';

const kind = (regime: 'A' | 'B' | 'C', code: string) => {
  const def = regimeById(regime).kinds[code as 'LDTT'];
  assert.ok(def, `${regime} ${code}`);
  return def;
};

/** 16 members, as the district council of the seed report (kiện toàn 2023). */
const SIXTEEN = Array.from({ length: 16 }, (_, i) => `p${i + 1}`);
const summary16 = (present: number, absentWritten = 0) =>
  attendanceSummary(
    SIXTEEN,
    new Map(
      SIXTEEN.map((id, i): [string, AttendanceStatus] => [
        id,
        i < present ? 'present' : i < present + absentWritten ? 'absent_written' : 'absent',
      ]),
    ),
  );

// ---- Membership ----

const periods: (MembershipPeriod & { id: string })[] = [
  { id: 'a', personId: 'p1', role: 'chu_tich', from: '2021-06-01', to: '2023-03-14' },
  { id: 'b', personId: 'p2', role: 'pho_chu_tich_thuong_truc', from: '2021-06-01', to: null },
  { id: 'c', personId: 'p3', role: 'uy_vien', from: '2021-06-01', to: null },
  { id: 'd', personId: 'p4', role: 'chu_tich', from: '2023-03-15', to: null },
];

test('members at a date: periods are inclusive at both ends', () => {
  assert.equal(activeAt(periods[0]!, '2023-03-14'), true);
  assert.equal(activeAt(periods[0]!, '2023-03-15'), false);
  assert.equal(memberCountAt(periods, '2021-05-31'), 0);
  assert.equal(memberCountAt(periods, '2023-03-14'), 3);
  assert.equal(memberCountAt(periods, '2023-03-15'), 3);
  assert.equal(dayBefore('2024-03-01'), '2024-02-29');
  assert.equal(dayBefore('2023-01-01'), '2022-12-31');
});

test('term: before establishment, after dissolution or without members the council cannot meet', () => {
  const term = { establishedOn: '2021-06-01', dissolvedOn: '2025-06-30' };
  assert.equal(termError(term, periods, '2023-05-10'), null);
  assert.match(termError(term, periods, '2021-05-01')!, /trước ngày thành lập Hội đồng \(01\/06\/2021\)/);
  assert.match(termError(term, periods, '2025-07-01')!, /kết thúc hoạt động từ sau ngày 30\/06\/2025/);
  assert.match(
    termError({ establishedOn: '2020-01-01', dissolvedOn: null }, periods, '2020-05-01')!,
    /chưa có thành viên/,
  );
});

test('composition: one chair, at most one standing deputy and one secretary, each person once, three or more', () => {
  const m = (personId: string, role: CompositionMember['role']): CompositionMember => ({
    personId,
    role,
    position: null,
    organisation: null,
  });
  assert.deepEqual(compositionErrors([m('a', 'chu_tich'), m('b', 'uy_vien'), m('c', 'uy_vien_thu_ky')]), {});
  assert.match(compositionErrors([m('a', 'chu_tich'), m('b', 'uy_vien')]).members!, /ít nhất 3/);
  assert.match(
    compositionErrors([m('a', 'uy_vien'), m('b', 'uy_vien'), m('c', 'uy_vien')]).members!,
    /một Chủ tịch/,
  );
  assert.match(
    compositionErrors([m('a', 'chu_tich'), m('b', 'chu_tich'), m('c', 'uy_vien')]).members!,
    /chỉ có một Chủ tịch/,
  );
  assert.match(
    compositionErrors([
      m('a', 'chu_tich'),
      m('b', 'pho_chu_tich_thuong_truc'),
      m('c', 'pho_chu_tich_thuong_truc'),
    ]).members!,
    /Phó Chủ tịch thường trực/,
  );
  assert.equal(
    compositionErrors([m('a', 'chu_tich'), m('b', 'uy_vien'), m('a', 'uy_vien')])['members.2.personId'],
    'Người này đã có tên trong thành phần Hội đồng',
  );
});

test('kiện toàn keeps unchanged seats, closes the others the day before and opens the new ones', () => {
  const plan = planRecomposition(
    periods,
    [
      { personId: 'p4', role: 'chu_tich', position: null, organisation: null },
      { personId: 'p2', role: 'pho_chu_tich', position: null, organisation: null },
      { personId: 'p5', role: 'uy_vien_thu_ky', position: 'Chuyên viên', organisation: 'Phòng Nội vụ' },
    ],
    '2024-01-10',
  );
  assert.deepEqual(plan.kept, ['d']);
  assert.deepEqual(plan.close, [
    { id: 'b', to: '2024-01-09' },
    { id: 'c', to: '2024-01-09' },
  ]);
  assert.deepEqual(
    plan.open.map((m) => [m.personId, m.role]),
    [
      ['p2', 'pho_chu_tich'],
      ['p5', 'uy_vien_thu_ky'],
    ],
  );
});

// ---- Quorum ----

test('quorum of an award session in regime C: 80% of all 16 members present (13 yes, 12 no)', () => {
  assert.equal(meetingQuorum(summary16(13), 'C', 'award').met, true);
  const q = meetingQuorum(summary16(12, 4), 'C', 'award');
  assert.equal(q.met, false, 'written opinions do not count as presence');
  assert.match(q.text, /Có mặt 12\/16 thành viên \(75%\); yêu cầu từ 80%/);
  assert.equal(q.rule.minShare, 0.8);
});

test('quorum of an ordinary meeting in regime B: 2/3 of all members (11/16 yes, 10/16 no)', () => {
  assert.equal(meetingQuorum(summary16(11), 'B', 'meeting').met, true);
  assert.equal(meetingQuorum(summary16(10), 'B', 'meeting').met, false);
  // Regime B award sessions keep the 2/3 rule (the 80% presence is the regime C provincial example).
  assert.equal(meetingQuorum(summary16(11), 'B', 'award').met, true);
  assert.equal(meetingQuorum(summary16(14), 'B', 'hero').met, false, '14/16 = 87.5% < 90%');
  assert.equal(meetingQuorum(summary16(15), 'B', 'hero').met, true);
});

test('attendance summary counts unrecorded members and ignores non-members', () => {
  const s = attendanceSummary(
    ['a', 'b', 'c'],
    new Map<string, AttendanceStatus>([
      ['a', 'present'],
      ['b', 'absent_written'],
      ['x', 'present'],
    ]),
  );
  assert.deepEqual(s, { membersTotal: 3, present: 1, absentWritten: 1, absent: 0, unrecorded: 1 });
});

// ---- Vote rules with the denominator = all members ----

test('CSTĐCS (regime B, 80% of all members, N98 Đ30 k7): 13/16 = 81.25% passes, 12/16 = 75% fails', () => {
  const rule = voteRuleFor(kind('B', 'CSTDCS'), 'B');
  assert.equal(rule.kind, 'threshold');
  assert.equal(rule.threshold, 0.8);
  assert.match(rule.source, /Điều 30 khoản 7 Nghị định 98\/2023\/NĐ-CP/);
  const pass = nomineeOutcome({ agree: 13, disagree: 3, invalid: 0 }, 16, rule);
  assert.equal(pass.passed, true);
  assert.match(pass.text, /13\/16 thành viên Hội đồng đồng ý \(81,3% tổng số thành viên\)/);
  assert.equal(nomineeOutcome({ agree: 12, disagree: 0, invalid: 0 }, 16, rule).passed, false);
});

test('the denominator is all members: 12 of 12 present agreeing is still 75% of 16', () => {
  const rule = voteRuleFor(kind('B', 'CSTDCS'), 'B');
  const out = nomineeOutcome({ agree: 12, disagree: 0, invalid: 0 }, 16, rule);
  assert.equal(out.passed, false);
  assert.equal(out.denominator, 16);
});

test('CSTĐ tỉnh (regime B, 90%): 15/16 = 93.75% passes, 14/16 = 87.5% fails', () => {
  const rule = voteRuleFor(kind('B', 'CSTD_TINH'), 'B');
  assert.equal(rule.threshold, 0.9);
  assert.equal(nomineeOutcome({ agree: 15, disagree: 1, invalid: 0 }, 16, rule).passed, true);
  assert.equal(nomineeOutcome({ agree: 14, disagree: 1, invalid: 1 }, 16, rule).passed, false);
  // 18 of 20 is exactly 90%: "từ 90%" includes it.
  assert.equal(nomineeOutcome({ agree: 18, disagree: 2, invalid: 0 }, 20, rule).passed, true);
});

test('regime C threshold is an assumption a local regulation can set (cstdcsVoteThreshold)', () => {
  const def = kind('C', 'CSTDCS');
  const national = voteRuleFor(def, 'C');
  assert.equal(national.threshold, 0.8);
  assert.equal(national.assumption, true);
  const local = voteRuleFor(def, 'C', [
    { document: 'Quyết định 20/2025/QĐ-UBND tỉnh Hà Tĩnh', params: { cstdcsVoteThreshold: 0.75 } },
    { document: 'Quy chế huyện', params: { 'CSTDCS.cstdcsVoteThreshold': 0.9 } },
  ]);
  assert.equal(local.threshold, 0.9, 'the nearest regulation wins');
  assert.equal(local.assumption, false);
  assert.match(local.source, /Quy chế huyện/);
  // 14/16 = 87.5% passes the national 80% but not the local 90%.
  assert.equal(nomineeOutcome({ agree: 14, disagree: 2, invalid: 0 }, 16, national).passed, true);
  assert.equal(nomineeOutcome({ agree: 14, disagree: 2, invalid: 0 }, 16, local).passed, false);
  // A value outside the parameter's bounds (0.5–1) is not applied.
  assert.equal(
    voteRuleFor(def, 'C', [{ document: 'x', params: { cstdcsVoteThreshold: 0.3 } }]).threshold,
    0.8,
  );
});

test('regime A CSTĐCS: 2/3 by default (agency rule), exact fractions (11/16 passes, 10/16 fails)', () => {
  const rule = voteRuleFor(kind('A', 'CSTDCS'), 'A');
  assert.equal(rule.kind, 'threshold');
  assert.equal(nomineeOutcome({ agree: 11, disagree: 5, invalid: 0 }, 16, rule).passed, true);
  assert.equal(nomineeOutcome({ agree: 10, disagree: 6, invalid: 0 }, 16, rule).passed, false);
  // 10 of 15 is exactly 2/3.
  assert.equal(nomineeOutcome({ agree: 10, disagree: 5, invalid: 0 }, 15, rule).passed, true);
});

test('kinds without a required ballot use the majority of all members, strictly more than half', () => {
  const rule = voteRuleFor(kind('B', 'LDTT'), 'B');
  assert.deepEqual([rule.kind, rule.threshold, rule.strict], ['majority', 0.5, true]);
  assert.match(rule.text, /trên 50% tổng số thành viên/);
  assert.match(rule.source, /Điều 49 Nghị định 98\/2023\/NĐ-CP/);
  assert.equal(nomineeOutcome({ agree: 9, disagree: 7, invalid: 0 }, 16, rule).passed, true);
  assert.equal(
    nomineeOutcome({ agree: 8, disagree: 8, invalid: 0 }, 16, rule).passed,
    false,
    'half is not a majority',
  );
  assert.equal(majorityRule('A').assumption, true);
});

// ---- Ballot validation ----

test('counts cannot exceed the members of the council, nor those able to vote', () => {
  assert.deepEqual(ballotCountErrors({ agree: 13, disagree: 2, invalid: 1 }, summary16(16)), {});
  assert.match(
    ballotCountErrors({ agree: 15, disagree: 2, invalid: 0 }, summary16(16)).agree!,
    /vượt quá số thành viên Hội đồng \(16\)/,
  );
  assert.match(
    ballotCountErrors({ agree: 13, disagree: 1, invalid: 0 }, summary16(12, 1)).agree!,
    /có mặt và vắng mặt có ý kiến bằng văn bản \(13\)/,
  );
  assert.match(
    ballotCountErrors({ agree: -1, disagree: 0, invalid: 0 }, summary16(16)).agree!,
    /số nguyên không âm/,
  );
});

test("each member's vote: members only, once each, absent members only in writing", () => {
  const attendance = new Map<string, AttendanceStatus | null>([
    ['a', 'present'],
    ['b', 'absent_written'],
    ['c', 'absent'],
    ['d', null],
  ]);
  const ok = memberVotes(
    [
      { personId: 'a', vote: 'agree' },
      { personId: 'b', vote: 'agree' },
    ],
    attendance,
  );
  assert.deepEqual(ok.errors, {});
  assert.deepEqual(ok.tally, { agree: 2, disagree: 0, invalid: 0, written: 1 });
  const bad = memberVotes(
    [
      { personId: 'a', vote: 'agree' },
      { personId: 'a', vote: 'disagree' },
      { personId: 'c', vote: 'agree' },
      { personId: 'd', vote: 'agree' },
      { personId: 'z', vote: 'agree' },
    ],
    attendance,
    new Map([['a', 'Nguyễn Văn A']]),
  );
  assert.match(bad.errors['votes.1.personId']!, /Nguyễn Văn A đã bỏ phiếu/);
  assert.match(bad.errors['votes.2.personId']!, /vắng mặt không có ý kiến bằng văn bản/);
  assert.match(bad.errors['votes.3.personId']!, /Chưa ghi nhận/);
  assert.match(bad.errors['votes.4.personId']!, /không phải thành viên/);
});

// ---- Disclosure ----

test('disclosure: required by law for CSTĐ toàn quốc, Anh hùng and Huân chương; by setting for others', () => {
  for (const code of ['CSTDTQ', 'AHLD', 'HC_LAO_DONG_3']) {
    const r = disclosureRequirement(kind('B', code), null);
    assert.equal(r?.source, 'law', code);
    assert.equal(r?.days, 10);
    assert.equal(r?.dayKind, 'working');
  }
  assert.equal(disclosureRequirement(kind('B', 'CSTDCS'), null), null);
  const chosen = disclosureRequirement(kind('B', 'CSTDCS'), { days: 7 });
  assert.deepEqual([chosen?.source, chosen?.days], ['setting', 7]);
  assert.equal(disclosureRequirement(kind('B', 'GDVH'), null)?.dayKind, 'calendar');
});

test('a nominee that must be disclosed cannot be voted on until the disclosure is closed with an outcome', () => {
  const req = disclosureRequirement(kind('B', 'CSTDTQ'), null);
  assert.match(disclosureBlock(req, null, 'Nguyễn Văn A')!, /chưa lập đợt công khai/);
  assert.match(disclosureBlock(req, { status: 'open', outcome: null }, 'Nguyễn Văn A')!, /chưa kết thúc/);
  assert.equal(disclosureBlock(req, { status: 'closed', outcome: 'no_objections' }, 'Nguyễn Văn A'), null);
  assert.equal(disclosureBlock(null, null, 'Nguyễn Văn A'), null);
});

test('comment period: 10 working days counting the day of publication, holidays skipped', () => {
  // Monday 13/11/2023 → Friday 24/11/2023.
  assert.deepEqual(commentPeriod('2023-11-13', 10, 'working'), {
    opensOn: '2023-11-13',
    closesOn: '2023-11-24',
    approximate: false,
  });
  // Published on Saturday 11/11/2023: counting starts on Monday.
  assert.equal(commentPeriod('2023-11-11', 10, 'working').closesOn, '2023-11-24');
  // Across the 2024 holidays: 29/4–1/5 off, Saturday 4/5 worked (22–26/4, 2–4/5, 6–7/5).
  assert.equal(commentPeriod('2024-04-22', 10, 'working').closesOn, '2024-05-07');
  // GĐVH: 10 calendar days.
  assert.equal(commentPeriod('2024-04-22', 10, 'calendar').closesOn, '2024-05-01');
  const open = { status: 'open' as const, opensOn: '2023-11-13', closesOn: '2023-11-24' };
  assert.equal(acceptsComments(open, '2023-11-24'), true);
  assert.equal(acceptsComments(open, '2023-11-25'), false);
  assert.equal(acceptsComments(open, '2023-11-12'), false);
  assert.equal(acceptsComments({ ...open, status: 'closed' }, '2023-11-20'), false);
});

test('public text hides numbers that could be a CCCD', () => {
  assert.equal(
    redactPublicText('CCCD 042075000123, năm 2023 đạt 12 sáng kiến; ĐT 0912345678'),
    'CCCD [đã ẩn], năm 2023 đạt 12 sáng kiến; ĐT [đã ẩn]',
  );
});

test('percent and rule texts of the minutes', () => {
  assert.equal(formatPercent(13 / 16), '81,25%');
  assert.equal(formatPercent(2 / 3), '66,67%');
  assert.equal(formatPercent(1), '100%');
  assert.equal(ruleShareText({ threshold: 0.8, strict: false }), 'Từ 80%');
  assert.equal(ruleShareText({ threshold: 0.5, strict: true }), 'Trên 50%');
  assert.equal(ruleShareText({ threshold: 2 / 3, strict: false }), 'Từ 2/3');
});
