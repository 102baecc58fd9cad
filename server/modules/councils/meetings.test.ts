import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { CouncilView, MeetingView } from '../../../contracts/councils';
import { councilBallots, dossierNominees, dossiers } from '../../db/schema/index';
import { docxText } from '../../render/docx-text';
import { queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import { buildTestApp, type TestApp } from '../../test/app';
import { recordBallots } from './meetings.ballots';
import {
  councilBody,
  councilDossier,
  councilWorld,
  type CouncilWorld,
  del,
  get,
  patch,
  post,
  put,
} from './councils.fixtures';

let t: TestApp;
let w: CouncilWorld;
let council: CouncilView;
before(async () => {
  t = await buildTestApp();
  w = await councilWorld(t.app, t.database.db);
  const res = await post(t.app, w.officer, '/api/councils', councilBody(w));
  assert.equal(res.statusCode, 201, res.body);
  council = res.json();
});
after(() => t.close());

const member = (i: number) => council.members[i]!.personId;
const attendanceOf = (present: number, written: number) =>
  council.members.map((m, i) => ({
    personId: m.personId,
    status: i < present ? 'present' : i < present + written ? 'absent_written' : 'absent',
  }));

async function meetingWith(
  dossierIds: string[],
  heldOn = '2025-01-10',
  sessionKind = 'award',
): Promise<MeetingView> {
  const res = await post(t.app, w.specialist, `/api/councils/${council.id}/meetings`, {
    title: 'Phiên họp xét khen thưởng tổng kết năm 2024',
    heldOn,
    startTime: '14:00',
    place: 'Hội trường UBND huyện',
    sessionKind,
    chairPersonId: member(0),
    secretaryPersonId: member(15),
    dossierIds,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

async function attend(m: MeetingView, present: number, written: number): Promise<MeetingView> {
  const res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/attendance`, {
    version: m.version,
    items: attendanceOf(present, written),
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

const nomineeOf = (m: MeetingView, id: string) =>
  m.agenda.flatMap((d) => d.nominees).find((n) => n.id === id)!;

test('a meeting: agenda of dossiers waiting for the council, roles and scope', async () => {
  const a = await councilDossier(t.database.db, w, ['CSTDCS', 'LDTT']);
  const draft = await councilDossier(t.database.db, w, ['CSTDCS'], { status: 'appraising' });
  const refused = await post(t.app, w.specialist, `/api/councils/${council.id}/meetings`, {
    title: 'Phiên họp thử',
    heldOn: '2025-01-10',
    dossierIds: [a.id, draft.id],
  });
  assert.equal(refused.statusCode, 400);
  assert.match(refused.json().error.fields['dossierIds.1'], /chưa được chuyển Hội đồng xét/);
  const byOfficer = await post(t.app, w.officer, `/api/councils/${council.id}/meetings`, {
    title: 'Phiên họp thử',
    heldOn: '2025-01-10',
  });
  assert.equal(byOfficer.statusCode, 403, 'an officer keeps the composition; meetings are the council side');
  const outside = await post(t.app, w.specialist, `/api/councils/${council.id}/meetings`, {
    title: 'Phiên họp thử',
    heldOn: '2020-01-10',
  });
  assert.equal(outside.statusCode, 400);
  assert.match(outside.json().error.fields.heldOn, /trước ngày thành lập Hội đồng/);

  const m = await meetingWith([a.id]);
  assert.equal(m.members.length, 16);
  assert.deepEqual(m.attendance, {
    membersTotal: 16,
    present: 0,
    absentWritten: 0,
    absent: 0,
    unrecorded: 16,
  });
  assert.equal(m.quorum.met, false);
  assert.equal(m.agenda[0]!.nominees.length, 2);
  assert.equal(m.chair?.id, member(0));
  assert.ok(!m.candidates.some((c) => c.id === a.id));
  assert.equal((await get(t.app, w.member, `/api/council-meetings/${m.id}`)).statusCode, 200);
  assert.equal((await get(t.app, w.officerA, `/api/council-meetings/${m.id}`)).statusCode, 404);
  assert.equal((await get(t.app, w.stranger, `/api/council-meetings/${m.id}`)).statusCode, 404);
  const list = (await get(t.app, w.leader, '/api/council-meetings')).json();
  assert.ok(list.items.some((x: { id: string }) => x.id === m.id));
});

test('live quorum: regime C award session needs 80% of all 16 members present', async () => {
  let m = await meetingWith([], '2025-12-10');
  assert.equal(m.regimeId, 'C');
  m = await attend(m, 12, 3);
  assert.equal(m.quorum.met, false);
  assert.match(m.quorum.text, /Có mặt 12\/16 thành viên \(75%\); yêu cầu từ 80%/);
  m = await attend(m, 13, 2);
  assert.equal(m.quorum.met, true);
  assert.deepEqual(
    [m.attendance.present, m.attendance.absentWritten, m.attendance.absent, m.attendance.unrecorded],
    [13, 2, 1, 0],
  );
  const notMember = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/attendance`, {
    version: m.version,
    items: [{ personId: w.people[17]!.id, status: 'present' }],
  });
  assert.equal(notMember.statusCode, 400);
  assert.match(
    notMember.json().error.fields['items.0.personId'],
    /Không phải thành viên Hội đồng ngày 10\/12\/2025/,
  );
});

test('ballots by counts: threshold of all members (13/16 passes 80%, 12/16 fails), counts > members refused', async () => {
  const d = await councilDossier(t.database.db, w, ['CSTDCS', 'CSTDCS', 'LDTT']);
  let m = await attend(await meetingWith([d.id]), 14, 1);
  const [n1, n2, n3] = d.nominees;
  let res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n1!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 13,
    disagree: 2,
    invalid: 0,
  });
  assert.equal(res.statusCode, 200, res.body);
  m = res.json();
  const b1 = nomineeOf(m, n1!.id).ballot!;
  assert.equal(b1.passed, true);
  assert.equal(b1.membersTotal, 16);
  assert.equal(b1.rule.threshold, 0.8);
  assert.match(b1.outcomeText, /13\/16 thành viên Hội đồng đồng ý \(81,3% tổng số thành viên\)/);
  assert.match(b1.rule.source, /Điều 30 khoản 7 Nghị định 98\/2023\/NĐ-CP/);

  res = await put(t.app, w.member, `/api/council-meetings/${m.id}/ballots/${n2!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 12,
    disagree: 3,
    invalid: 0,
  });
  assert.equal(res.statusCode, 200, res.body);
  m = res.json();
  assert.equal(
    nomineeOf(m, n2!.id).ballot!.passed,
    false,
    '12/16 = 75% < 80% although 12 of 15 voters agreed',
  );

  const tooMany = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n3!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 15,
    disagree: 2,
    invalid: 0,
  });
  assert.equal(tooMany.statusCode, 400);
  assert.match(tooMany.json().error.fields.agree, /vượt quá số thành viên Hội đồng \(16\)/);
  const overVoters = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n3!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 15,
    disagree: 1,
    invalid: 0,
  });
  assert.equal(overVoters.statusCode, 400);
  assert.match(overVoters.json().error.fields.agree, /có mặt và vắng mặt có ý kiến bằng văn bản \(15\)/);

  // LĐTT needs no secret ballot: majority of all members (9/16 passes, 8/16 does not).
  res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n3!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 8,
    disagree: 7,
    invalid: 0,
  });
  assert.equal(res.statusCode, 200, res.body);
  m = res.json();
  const b3 = nomineeOf(m, n3!.id).ballot!;
  assert.equal(b3.rule.kind, 'majority');
  assert.match(b3.rule.text, /trên 50% tổng số thành viên Hội đồng/);
  assert.equal(b3.passed, false);

  const stale = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n3!.id}`, {
    version: m.version - 1,
    mode: 'counts',
    agree: 9,
    disagree: 6,
    invalid: 0,
  });
  assert.equal(stale.statusCode, 409);
  const byOfficer = await put(t.app, w.officer, `/api/council-meetings/${m.id}/ballots/${n3!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 9,
    disagree: 6,
    invalid: 0,
  });
  assert.equal(byOfficer.statusCode, 403);
});

test("a session's ballots at once (recordBallots): each checked as one ballot, one audit entry each, version +1", async () => {
  const d = await councilDossier(t.database.db, w, ['CSTDCS', 'CSTDCS', 'LDTT']);
  const m = await attend(await meetingWith([d.id]), 14, 1);
  const [n1, n2, n3] = d.nominees;
  const actor: Actor = {
    userId: null,
    username: 'chuyenvien.test',
    fullName: 'Chuyên viên thử',
    roles: [
      { role: 'specialist', unitId: w.district.id, unitPath: w.district.path, unitName: w.district.name },
    ],
    sessionId: null,
    client: null,
  };
  const counts = (nomineeId: string, agree: number, disagree: number) => ({
    nomineeId,
    mode: 'counts',
    agree,
    disagree,
    invalid: 0,
  });
  const refused = async (ballots: unknown[], field: string, message: RegExp) => {
    await assert.rejects(
      t.database.db.transaction((tx) => recordBallots(tx, actor, m.id, { version: m.version, ballots })),
      (e: unknown) =>
        e instanceof AppError && e.code === 'VALIDATION' && message.test(e.fields?.[field] ?? ''),
    );
  };
  await refused([counts(n1!.id, 13, 2), counts(n1!.id, 12, 3)], 'ballots.1.nomineeId', /hai lần/);
  await refused([counts(n1!.id, 13, 2), counts(n2!.id, 15, 2)], 'ballots.1.agree', /vượt quá số thành viên/);
  const [none] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from council_ballots where meeting_id = ${m.id}`,
  );
  assert.equal(none!.n, 0, 'a refused batch writes nothing');

  const view = await t.database.db.transaction((tx) =>
    recordBallots(tx, actor, m.id, {
      version: m.version,
      ballots: [counts(n1!.id, 13, 2), counts(n2!.id, 12, 3), counts(n3!.id, 9, 6)],
    }),
  );
  assert.equal(view.version, m.version + 1);
  assert.deepEqual(
    [n1, n2, n3].map((n) => nomineeOf(view, n!.id).ballot!.passed),
    [true, false, true],
    '13/16 ≥ 80% passes, 12/16 does not; LĐTT by majority of all members (9/16)',
  );
  assert.match(nomineeOf(view, n1!.id).ballot!.outcomeText, /13\/16 thành viên Hội đồng đồng ý/);
  const audited = await queryRows<{ nominee: string }>(
    t.database.db,
    sql`select after->>'nomineeId' as nominee from audit_log where action = 'council_ballot.recorded'
      and after->>'meetingId' = ${m.id} order by seq`,
  );
  assert.deepEqual(
    audited.map((a) => a.nominee),
    [n1!.id, n2!.id, n3!.id],
  );
  // The meeting's version moved: a batch sent with the old version is stale.
  await assert.rejects(
    t.database.db.transaction((tx) =>
      recordBallots(tx, actor, m.id, { version: m.version, ballots: [counts(n3!.id, 10, 5)] }),
    ),
    (e: unknown) => e instanceof AppError && e.code === 'CONFLICT',
  );
});

test("ballots of each member: absent members' written votes included and marked, one vote each", async () => {
  const d = await councilDossier(t.database.db, w, ['CSTD_TINH']);
  let m = await attend(await meetingWith([d.id]), 13, 2);
  const n = d.nominees[0]!;
  const votes = council.members
    .slice(0, 15)
    .map((mm, i) => ({ personId: mm.personId, vote: i < 14 ? 'agree' : 'disagree' }));
  const absentVote = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n.id}`, {
    version: m.version,
    mode: 'individual',
    votes: [...votes, { personId: member(15), vote: 'agree' }],
  });
  assert.equal(absentVote.statusCode, 400);
  assert.match(absentVote.json().error.fields['votes.15.personId'], /vắng mặt không có ý kiến bằng văn bản/);
  const twice = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n.id}`, {
    version: m.version,
    mode: 'individual',
    votes: [votes[0], votes[0]],
  });
  assert.equal(twice.statusCode, 400);
  assert.match(twice.json().error.fields['votes.1.personId'], /đã bỏ phiếu: mỗi thành viên chỉ bỏ một phiếu/);
  const res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n.id}`, {
    version: m.version,
    mode: 'individual',
    votes,
  });
  assert.equal(res.statusCode, 200, res.body);
  m = res.json();
  const b = nomineeOf(m, n.id).ballot!;
  assert.deepEqual([b.agree, b.disagree, b.invalid, b.writtenVotes], [14, 1, 0, 2]);
  assert.equal(b.rule.threshold, 0.9);
  assert.equal(b.passed, false, 'CSTĐ tỉnh: 14/16 = 87,5% < 90%');
  assert.equal(b.votes.filter((v) => v.written).length, 2);
  // A member with a recorded vote cannot become absent without a written opinion.
  const lost = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/attendance`, {
    version: m.version,
    items: [{ personId: member(0), status: 'absent' }],
  });
  assert.equal(lost.statusCode, 400);
});

test('no ballot for a nominee whose kind must be disclosed until the disclosure is closed with its outcome', async () => {
  const d = await councilDossier(t.database.db, w, ['CSTDTQ']);
  let m = await attend(await meetingWith([d.id]), 16, 0);
  const n = d.nominees[0]!;
  assert.match(
    nomineeOf(m, n.id).blocked!,
    /phải công khai lấy ý kiến trước khi Hội đồng bỏ phiếu; chưa lập đợt công khai/,
  );
  const res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 16,
    disagree: 0,
    invalid: 0,
  });
  assert.equal(res.statusCode, 409);
  assert.match(res.json().error.message, /chưa lập đợt công khai/);
  m = (await get(t.app, w.specialist, `/api/council-meetings/${m.id}`)).json();
  assert.equal(nomineeOf(m, n.id).ballot, null);
});

test('closing: checks, outcomes written on nominees, the record locked afterwards', async () => {
  const d = await councilDossier(t.database.db, w, ['CSTDCS', 'CSTDCS']);
  let m = await meetingWith([d.id], '2025-01-15');
  const [n1] = d.nominees;
  const early = await post(t.app, w.specialist, `/api/council-meetings/${m.id}/close`, {
    version: m.version,
  });
  assert.equal(early.statusCode, 409);
  assert.match(early.json().error.message, /còn 16 thành viên chưa ghi có mặt hay vắng mặt/);
  m = await attend(m, 10, 5);
  let res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n1!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 13,
    disagree: 2,
    invalid: 0,
  });
  assert.equal(res.statusCode, 200, res.body);
  m = res.json();
  const noQuorum = await post(t.app, w.specialist, `/api/council-meetings/${m.id}/close`, {
    version: m.version,
  });
  assert.equal(noQuorum.statusCode, 409);
  assert.match(noQuorum.json().error.message, /không đủ số thành viên dự họp/);
  m = await attend(m, 12, 3);
  res = await post(t.app, w.specialist, `/api/council-meetings/${m.id}/close`, { version: m.version });
  assert.equal(res.statusCode, 200, res.body);
  m = res.json();
  assert.equal(m.status, 'closed');
  assert.deepEqual(m.can, { update: false, delete: false, record: false, close: false });
  const [row] = await t.database.db.select().from(dossierNominees).where(eq(dossierNominees.id, n1!.id));
  assert.deepEqual([row!.outcome, row!.outcomeAwardKind], ['passed', 'CSTDCS']);
  const [dossier] = await t.database.db.select().from(dossiers).where(eq(dossiers.id, d.id));
  assert.equal(
    dossier!.status,
    'council',
    'one nominee is not decided yet: the dossier stays with the council',
  );

  const after = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n1!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 1,
    disagree: 0,
    invalid: 0,
  });
  assert.equal(after.statusCode, 409);
  assert.match(after.json().error.message, /Phiên họp đã kết thúc/);
  assert.equal((await del(t.app, w.specialist, `/api/council-meetings/${m.id}`)).statusCode, 409);
  // The database itself refuses to rewrite a closed meeting's ballot.
  await assert.rejects(
    t.database.db.update(councilBallots).set({ agree: 16 }).where(eq(councilBallots.meetingId, m.id)),
    (e: Error & { cause?: { constraint?: string } }) =>
      (e.cause?.constraint ?? (e as { constraint?: string }).constraint) === 'council_meeting_locked',
  );
  await assert.rejects(
    t.database.db.execute(sql`update council_meetings set place = 'x' where id = ${m.id}`),
  );
});

test('meeting changes: chair must be a member, delete only without ballots', async () => {
  const m = await meetingWith([]);
  const bad = await patch(t.app, w.specialist, `/api/council-meetings/${m.id}`, {
    version: m.version,
    chairPersonId: w.people[17]!.id,
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error.fields.chairPersonId, /phải là thành viên Hội đồng ngày 10\/01\/2025/);
  const ok = await patch(t.app, w.specialist, `/api/council-meetings/${m.id}`, {
    version: m.version,
    place: 'Phòng họp số 2',
    conclusion:
      'Hội đồng thống nhất đề nghị Chủ tịch UBND huyện tặng danh hiệu.\nGiao Phòng Nội vụ hoàn thiện hồ sơ.',
  });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal((await del(t.app, w.specialist, `/api/council-meetings/${m.id}`)).statusCode, 200);
  assert.equal((await get(t.app, w.specialist, `/api/council-meetings/${m.id}`)).statusCode, 404);
});

test('the dossier is concluded when the last of its nominees is decided (two meetings)', async () => {
  const d = await councilDossier(t.database.db, w, ['CSTDCS', 'LDTT']);
  const [n1, n2] = d.nominees;
  const vote = async (m: MeetingView, nomineeId: string, agree: number) => {
    const res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${nomineeId}`, {
      version: m.version,
      mode: 'counts',
      agree,
      disagree: 16 - agree,
      invalid: 0,
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as MeetingView;
  };
  const close = async (m: MeetingView) => {
    const res = await post(t.app, w.specialist, `/api/council-meetings/${m.id}/close`, {
      version: m.version,
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as MeetingView;
  };
  const first = await attend(await meetingWith([d.id], '2025-02-10'), 16, 0);
  assert.equal((await close(await vote(first, n1!.id, 14))).status, 'closed');
  let [row] = await t.database.db.select().from(dossiers).where(eq(dossiers.id, d.id));
  assert.equal(row!.status, 'council');

  let second = await attend(await meetingWith([d.id], '2025-02-20'), 16, 0);
  const carried = nomineeOf(second, n1!.id);
  assert.equal(carried.outcome, 'passed');
  assert.equal(carried.decidedElsewhere, true);
  const again = await put(t.app, w.specialist, `/api/council-meetings/${second.id}/ballots/${n1!.id}`, {
    version: second.version,
    mode: 'counts',
    agree: 1,
    disagree: 15,
    invalid: 0,
  });
  assert.equal(again.statusCode, 409, 'a decided nominee is not voted on again');
  second = await close(await vote(second, n2!.id, 7));
  [row] = await t.database.db.select().from(dossiers).where(eq(dossiers.id, d.id));
  assert.equal(row!.status, 'concluded');
  const outcomes = await t.database.db
    .select({
      id: dossierNominees.id,
      outcome: dossierNominees.outcome,
      kind: dossierNominees.outcomeAwardKind,
    })
    .from(dossierNominees)
    .where(eq(dossierNominees.dossierId, d.id));
  assert.deepEqual(
    outcomes.sort((a, b) => (a.id === n1!.id ? -1 : b.id === n1!.id ? 1 : 0)).map((o) => [o.outcome, o.kind]),
    [
      ['passed', 'CSTDCS'],
      ['failed', null],
    ],
  );
  const events = await t.database.db.execute(
    sql`select action, to_status, comment from dossier_events where dossier_id = ${d.id} and action = 'conclude'`,
  );
  const rows = (events as unknown as { rows: { to_status: string; comment: string }[] }).rows;
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.to_status, 'concluded');
  assert.match(rows[0]!.comment, /phiên họp ngày 20\/02\/2025: 0\/1 đề nghị/);
});

test('inbox: open meetings to record for the council side, dossiers waiting for an agenda for specialists', async () => {
  const waiting = await councilDossier(t.database.db, w, ['CSTDCS']);
  const m = await meetingWith([], '2025-04-01');
  const items = (await get(t.app, w.specialist, '/api/inbox')).json().items as {
    key: string;
    action: string;
    href: string;
    overdue: boolean;
  }[];
  const meetingItem = items.find((i) => i.key === `council_meeting:${m.id}`)!;
  assert.equal(meetingItem.href, `/hoi-dong/phien-hop/${m.id}`);
  assert.match(meetingItem.action, /kết thúc phiên họp/);
  assert.equal(meetingItem.overdue, true, 'the day of the meeting has passed and it is not closed');
  const agendaItem = items.find((i) => i.key === `council_agenda:${waiting.id}`)!;
  assert.equal(agendaItem.href, `/hoi-dong/${council.id}`);
  const memberItems = (await get(t.app, w.member, '/api/inbox')).json().items as { key: string }[];
  assert.ok(memberItems.some((i) => i.key === `council_meeting:${m.id}`));
  assert.ok(
    !memberItems.some((i) => i.key === `council_agenda:${waiting.id}`),
    'agendas are the specialists’ work',
  );
  const officerItems = (await get(t.app, w.officerA, '/api/inbox')).json().items as { key: string }[];
  assert.ok(!officerItems.some((i) => i.key.startsWith('council')));
});

test('the minutes (.docx): attendance, tallies over all members, rule, result, chair and secretary', async () => {
  const d = await councilDossier(t.database.db, w, ['CSTDCS', 'LDTT']);
  let m = await attend(await meetingWith([d.id], '2025-05-06'), 13, 2);
  const [n1, n2] = d.nominees;
  let res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n1!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 13,
    disagree: 2,
    invalid: 0,
  });
  m = res.json();
  const draft = await get(t.app, w.member, `/api/council-meetings/${m.id}/minutes.docx`);
  assert.equal(draft.statusCode, 200);
  assert.match(draft.headers['content-disposition'] as string, /filename\*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n/);
  assert.match(docxText(draft.rawPayload), /Dự thảo — phiên họp chưa kết thúc/);
  res = await put(t.app, w.specialist, `/api/council-meetings/${m.id}/ballots/${n2!.id}`, {
    version: m.version,
    mode: 'counts',
    agree: 9,
    disagree: 6,
    invalid: 0,
  });
  m = res.json();
  m = (await post(t.app, w.specialist, `/api/council-meetings/${m.id}/close`, { version: m.version })).json();
  const file = await get(t.app, w.leader, `/api/council-meetings/${m.id}/minutes.docx`);
  assert.equal(file.statusCode, 200);
  assert.equal(
    file.headers['content-type'],
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  const text = docxText(file.rawPayload);
  for (const expected of [
    'ỦY BAN NHÂN DÂN HUYỆN THỬ',
    'Thử, ngày 06 tháng 5 năm 2025',
    'Họp Hội đồng Thi đua - Khen thưởng huyện Thử',
    'Thời gian: 14 giờ 00 phút, ngày 06 tháng 5 năm 2025.',
    'Địa điểm: Hội trường UBND huyện.',
    `Chủ trì: ${council.members[0]!.fullName}, Chủ tịch UBND huyện, UBND huyện Thử.`,
    'có mặt 13/16 thành viên, vắng mặt có ý kiến bằng văn bản 2, vắng mặt 1',
    'Lê Thị Đề Cử 1 — Chiến sĩ thi đua cơ sở: đồng ý 13/16 thành viên = 81,25%',
    'Bỏ phiếu kín: từ 80% tổng số thành viên Hội đồng đồng ý',
    'Lê Thị Đề Cử 2 — Lao động tiên tiến: đồng ý 9/16 thành viên = 56,25%',
    'Biểu quyết theo đa số: trên 50% tổng số thành viên Hội đồng đồng ý',
    'Hội đồng thống nhất đề nghị Chủ tịch UBND huyện Thử xét, quyết định khen thưởng 2 trường hợp',
    'THƯ KÝ',
    council.members[15]!.fullName,
    'CHỦ TRÌ',
  ]) {
    assert.ok(text.includes(expected), `minutes lack «${expected}»`);
  }
  assert.doesNotMatch(text, /Dự thảo/);
  assert.equal((await get(t.app, w.officerA, `/api/council-meetings/${m.id}/minutes.docx`)).statusCode, 404);
});
