// The workflow end to end: a double-clicked submit acts once, a stale edit loses nothing, forwarding makes the
// linked dossier one level up (and to the province for a central authority), other modules' steps, the
// database trigger agreeing with the table, deadlines and the inbox.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { allowedStatusPairs, INITIAL_STATUSES } from '../../../domain/workflow';
import { addWorkingDays } from '../../../domain/working-days';
import { todayInVietnam } from '../../../contracts/people';
import { MIGRATIONS_FOLDER, queryRows } from '../../db/client';
import { dossierNominees, dossiers } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  createDraft,
  dossierWorld,
  type DossierWorld,
  get,
  nominee,
  patch,
  transition,
} from './dossiers.fixtures';
import { actorAt, dossierIn } from './dossiers.state-fixtures';
import { transitionDossier } from './dossiers.transitions';

let t: TestApp;
let w: DossierWorld;
before(async () => {
  t = await buildTestApp();
  w = await dossierWorld(t.app, t.database.db);
});
after(async () => {
  await t.close();
});

test('a double-clicked submit acts once: the second answers 409 and records nothing', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  const [first, second] = await Promise.all([
    transition(t.app, w.officerA, d.id, 'submit', d.version),
    transition(t.app, w.officerA, d.id, 'submit', d.version),
  ]);
  assert.deepEqual([first.statusCode, second.statusCode].sort(), [200, 409]);
  const view = (await get(t.app, w.officerA, `/api/dossiers/${d.id}`)).json();
  assert.equal(view.status, 'submitted');
  assert.equal(view.events.filter((e: { action: string }) => e.action === 'submit').length, 1);
  assert.equal(view.version, d.version + 1);
  const [audit] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from audit_log where action = 'dossier.submit' and entity_id = ${d.id}`,
  );
  assert.equal(audit!.n, 1);
});

test('a stale edit gets 409 and loses nothing', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  const mine = await patch(t.app, w.officerA, `/api/dossiers/${d.id}`, {
    version: d.version,
    title: 'Đề nghị khen thưởng cuối năm 2025',
  });
  assert.equal(mine.statusCode, 200);
  const theirs = await patch(t.app, w.officerProvince, `/api/dossiers/${d.id}`, {
    version: d.version,
    title: 'Tiêu đề khác',
  });
  assert.equal(theirs.statusCode, 409);
  assert.match(theirs.json().error.message, /vừa được người khác cập nhật/);
  const view = (await get(t.app, w.officerA, `/api/dossiers/${d.id}`)).json();
  assert.equal(view.title, 'Đề nghị khen thưởng cuối năm 2025');
  assert.equal(view.nominees.length, 1);
  const n = view.nominees[0];
  const ok = await patch(t.app, w.officerA, `/api/dossiers/${d.id}/nominees/${n.id}`, {
    version: n.version,
    summary: 'Hoàn thành xuất sắc nhiệm vụ được giao',
  });
  assert.equal(ok.statusCode, 200, ok.body);
  const late = await patch(t.app, w.officerA, `/api/dossiers/${d.id}/nominees/${n.id}`, {
    version: n.version,
    summary: 'Ghi đè',
  });
  assert.equal(late.statusCode, 409);
  const kept = (await get(t.app, w.officerA, `/api/dossiers/${d.id}`)).json().nominees[0];
  assert.equal(kept.summary, 'Hoàn thành xuất sắc nhiệm vụ được giao');
});

test('submit takes each nominee’s verdict; a missing summary blocks it and names the nominee', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id), nominee(w.cuong.id, 'LDTT', null)]);
  const refused = await transition(t.app, w.officerA, d.id, 'submit', d.version);
  assert.equal(refused.statusCode, 400);
  assert.equal(refused.json().error.message, 'Chưa có tóm tắt thành tích của: Trần Văn Cường');
  const n = d.nominees[1];
  const fixed = (
    await patch(t.app, w.officerA, `/api/dossiers/${d.id}/nominees/${n.id}`, {
      version: n.version,
      summary: 'Tốt',
    })
  ).json();
  const sent = await transition(t.app, w.officerA, d.id, 'submit', fixed.version);
  assert.equal(sent.statusCode, 200, sent.body);
  for (const x of sent.json().nominees) {
    assert.ok(x.verdictAt);
    assert.equal(x.verdict.awardKind, 'LDTT');
    assert.equal(x.verdict.regime, 'C');
    assert.equal(x.verdictStatus, x.verdict.verdict);
  }
});

test('deadlines: 5 working days to check after submission, 20 to appraise after reception; overdue flags', async () => {
  const d = await dossierIn(t, w, 'submitted');
  const today = todayInVietnam();
  const view = (await get(t.app, w.specialistA, `/api/dossiers/${d.id}`)).json();
  assert.equal(view.deadline.on, addWorkingDays(today, 5).date);
  assert.equal(view.deadline.overdue, false);
  const received = await transition(t.app, w.specialistA, d.id, 'receive', d.version);
  assert.equal(received.json().deadline.on, addWorkingDays(today, 20).date);
  await t.database.db.update(dossiers).set({ deadlineOn: '2020-01-02' }).where(eq(dossiers.id, d.id));
  const late = (await get(t.app, w.specialistA, `/api/dossiers/${d.id}`)).json();
  assert.equal(late.deadline.overdue, true);
  const overdue = (await get(t.app, w.specialistA, '/api/dossiers?overdue=true')).json();
  assert.ok(overdue.items.some((i: { id: string }) => i.id === d.id));
  const inbox = (await get(t.app, w.specialistA, '/api/inbox')).json();
  assert.equal(inbox.items[0].key, `dossier:${d.id}`, 'overdue first');
  assert.equal(inbox.items[0].overdue, true);
  const count = (await get(t.app, w.specialistA, '/api/inbox/count')).json();
  assert.equal(count.count, inbox.total);
  assert.ok(count.overdue >= 1);
});

test('the inbox: returned dossiers for the officer; waiting ones for the specialist of that very unit only', async () => {
  const returned = await dossierIn(t, w, 'returned');
  const officer = (await get(t.app, w.officerA, '/api/inbox')).json();
  const item = officer.items.find((i: { key: string }) => i.key === `dossier:${returned.id}`);
  assert.equal(item.action, 'Bổ sung theo yêu cầu và gửi lại hồ sơ');
  assert.equal(item.href, `/ho-so/${returned.id}`);
  const submitted = await dossierIn(t, w, 'submitted');
  const specialist = (await get(t.app, w.specialistA, '/api/inbox')).json();
  assert.ok(specialist.items.some((i: { key: string }) => i.key === `dossier:${submitted.id}`));
  assert.ok(!specialist.items.some((i: { key: string }) => i.key === `dossier:${returned.id}`));
  const province = (await get(t.app, w.specialistProvince, '/api/inbox')).json();
  assert.ok(!province.items.some((i: { key: string }) => i.key === `dossier:${submitted.id}`));
  const other = (await get(t.app, w.specialistB, '/api/inbox')).json();
  assert.equal(other.total, 0);
});

test('forward: a linked dossier at the province with the passed nominee beyond the commune’s authority', async () => {
  const concluded = await dossierIn(t, w, 'concluded');
  const view = (await get(t.app, w.specialistA, `/api/dossiers/${concluded.id}`)).json();
  assert.equal(view.actions.forward.allowed, true);
  assert.deepEqual(view.actions.forward.blockers, []);
  const res = await transition(t.app, w.specialistA, concluded.id, 'forward', view.version);
  assert.equal(res.statusCode, 200, res.body);
  const lower = res.json();
  assert.equal(lower.status, 'forwarded');
  assert.equal(lower.forwardedTo.length, 1);
  const upperRef = lower.forwardedTo[0];
  assert.equal(upperRef.status, 'submitted');
  assert.equal(upperRef.authorityLabel, 'Chủ tịch Ủy ban nhân dân tỉnh Thử');
  const upper = (await get(t.app, w.specialistProvince, `/api/dossiers/${upperRef.id}`)).json();
  assert.equal(upper.proposingUnit.id, w.communeA.id);
  assert.equal(upper.authorityUnit.id, w.province.id);
  assert.equal(upper.forwardedFrom.id, concluded.id);
  assert.deepEqual(
    upper.nominees.map((n: { name: string; awardKind: string }) => [n.name, n.awardKind]),
    [['Trần Văn Cường', 'BK_TINH']],
  );
  assert.ok(upper.nominees[0].verdict, 'the verdict for the higher kind is taken');
  const copy = lower.nominees.find((n: { name: string }) => n.name === 'Trần Văn Cường');
  assert.equal(copy.forwardedToNomineeId, upper.nominees[0].id);
  assert.equal(upper.actions.receive.allowed, true, 'the province receives it');
  // The decision at the province shows on the lower dossier.
  await t.database.db
    .update(dossierNominees)
    .set({ decisionId: '00000000-0000-4000-8000-000000000001' })
    .where(eq(dossierNominees.id, upper.nominees[0].id));
  const again = (await get(t.app, w.officerA, `/api/dossiers/${concluded.id}`)).json();
  assert.equal(again.forwardedTo[0].decidedCount, 1);
  // Nothing left to forward.
  const twice = await transition(t.app, w.specialistA, concluded.id, 'forward', lower.version);
  assert.equal(twice.statusCode, 409);
});

test('a central authority (Bằng khen của Thủ tướng): handled by the province, then leaves the system', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id, 'BK_TTG')], { awardKinds: ['BK_TTG'] });
  assert.equal(d.authorityCode, 'thu_tuong');
  assert.equal(d.authorityUnit, null);
  assert.equal(d.handlingUnit.id, w.province.id);
  const sent = (await transition(t.app, w.officerA, d.id, 'submit', d.version)).json();
  assert.equal((await transition(t.app, w.specialistA, d.id, 'receive', sent.version)).statusCode, 403);
  let v = (await transition(t.app, w.specialistProvince, d.id, 'receive', sent.version)).json();
  v = (await transition(t.app, w.specialistProvince, d.id, 'start_appraisal', v.version)).json();
  const n = v.nominees[0];
  await t.database.db.update(dossierNominees).set({ appraisal: 'agree' }).where(eq(dossierNominees.id, n.id));
  v = (await get(t.app, w.specialistProvince, `/api/dossiers/${d.id}`)).json();
  v = (await transition(t.app, w.specialistProvince, d.id, 'send_to_council', v.version)).json();
  await t.database.db.update(dossierNominees).set({ outcome: 'passed' }).where(eq(dossierNominees.id, n.id));
  await t.database.db.transaction((tx) =>
    transitionDossier(tx, actorAt('council_member', w.province), d.id, 'conclude'),
  );
  v = (await get(t.app, w.specialistProvince, `/api/dossiers/${d.id}`)).json();
  const fwd = await transition(t.app, w.specialistProvince, d.id, 'forward', v.version);
  assert.equal(fwd.statusCode, 200, fwd.body);
  const upperId = fwd.json().forwardedTo[0].id;
  const upper = (await get(t.app, w.specialistProvince, `/api/dossiers/${upperId}`)).json();
  assert.equal(upper.proposingUnit.id, w.province.id);
  assert.equal(upper.authorityLabel, 'Thủ tướng Chính phủ');
  assert.equal(upper.handlingUnit, null);
  assert.equal(upper.deadline, null, 'no deadline runs here for an authority outside the system');
  assert.equal(upper.actions.receive.allowed, false);
  // The decisions module records the Prime Minister's decision: decided straight from submitted.
  const result = await t.database.db.transaction((tx) =>
    transitionDossier(tx, actorAt('leader', w.province), upperId, 'decide'),
  );
  assert.equal(result.status, 'decided');
});

test('other modules’ steps: conclude needs every outcome; neither conclude nor decide is open to the API', async () => {
  const d = await dossierIn(t, w, 'council');
  await assert.rejects(
    t.database.db.transaction((tx) =>
      transitionDossier(tx, actorAt('council_member', w.communeA), d.id, 'conclude'),
    ),
    /Chưa có kết quả xét của Hội đồng cho: Nguyễn Văn An, Trần Văn Cường/,
  );
  await assert.rejects(
    t.database.db.transaction((tx) => transitionDossier(tx, actorAt('viewer', w.communeA), d.id, 'conclude')),
    /Hội đồng/,
  );
  const api = await transition(t.app, w.councilA, d.id, 'conclude', d.version);
  assert.equal(api.statusCode, 403);
  const decided = await dossierIn(t, w, 'decided');
  assert.equal(decided.status, 'decided');
  const upNow = await transition(t.app, w.specialistA, decided.id, 'forward', decided.version);
  assert.equal(upNow.statusCode, 200, 'decided, then forwarded for the rest');
});

test('the database refuses a status change the workflow does not allow', async () => {
  const d = await dossierIn(t, w, 'draft');
  await assert.rejects(
    t.database.db.update(dossiers).set({ status: 'decided' }).where(eq(dossiers.id, d.id)),
    (e: { cause?: { constraint?: string }; constraint?: string }) =>
      (e.cause?.constraint ?? e.constraint) === 'dossiers_status_transition',
  );
  await t.database.db.update(dossiers).set({ status: 'submitted' }).where(eq(dossiers.id, d.id));
  await assert.rejects(
    queryRows(
      t.database.db,
      sql`insert into dossiers (code, proposing_unit_id, authority_code, authority_label, regime_id, award_type,
        title, achievement_year, status) values ('HS-2099-99999', ${w.communeA.id}, 'chu_tich_ubnd_xa', 'x', 'C',
        'cong_trang', 'Thử trạng thái', 2025, 'concluded')`,
    ),
  );
});

test('the trigger’s list of status changes is the one generated from the transition table', () => {
  const file = readdirSync(MIGRATIONS_FOLDER).find((f) => f.endsWith('_dossiers_workflow_trigger.sql'))!;
  const text = readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8');
  const pairs = [...text.matchAll(/'([a-z_]+)>([a-z_]+)'/g)].map((m) => `${m[1]}>${m[2]}`).sort();
  assert.deepEqual(
    pairs,
    allowedStatusPairs()
      .map(([f, to]) => `${f}>${to}`)
      .sort(),
  );
  const initial = /NEW\.status NOT IN \(([^)]*)\)/.exec(text)![1]!;
  assert.deepEqual(
    [...initial.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]),
    [...INITIAL_STATUSES],
  );
});
