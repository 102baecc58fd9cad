import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { PlanView } from '../../../contracts/inspections';
import { todayInVietnam } from '../../../contracts/people';
import { auditLog } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { del, get, inspectionWorld, patch, planBody, post, put } from './inspections.fixtures';

let t: TestApp;
let world: World;
// One world per file: the sign-in rate limit (30 a minute per address) would refuse a world per test.
before(async () => {
  t = await buildTestApp();
  world = await inspectionWorld(t.app, t.database.db);
});
after(() => t.close());

type World = Awaited<ReturnType<typeof inspectionWorld>>;

/** A plan with a team of three and communes A and B scheduled. */
async function planWithTargets(w: World): Promise<PlanView> {
  const created = await post(t.app, w.officer, '/api/inspection-plans', planBody(w.district.id));
  assert.equal(created.statusCode, 201, created.body);
  let plan = created.json() as PlanView;
  const team = await put(t.app, w.officer, `/api/inspection-plans/${plan.id}/team`, {
    version: plan.version,
    members: [
      {
        personId: w.head.id,
        role: 'truong_doan',
        position: 'Trưởng phòng Nội vụ, Ủy viên Hội đồng TĐKT huyện',
      },
      { personId: w.member.id, role: 'thanh_vien', assignment: 'Phụ trách các xã' },
      { personId: w.secretary.id, role: 'thu_ky' },
    ],
  });
  assert.equal(team.statusCode, 200, team.body);
  plan = team.json();
  for (const [unit, from] of [
    [w.communeA, '2023-09-12'],
    [w.communeB, '2023-09-14'],
  ] as const) {
    const res = await post(t.app, w.officer, `/api/inspection-plans/${plan.id}/targets`, {
      unitId: unit.id,
      scheduledFrom: from,
      leadPersonId: w.member.id,
    });
    assert.equal(res.statusCode, 200, res.body);
    plan = res.json();
  }
  return plan;
}

const targetOf = (plan: PlanView, unitId: string) => plan.targets.find((x) => x.unit.id === unitId)!;

/** Marks the target inspected with findings and adds recommendations (one already overdue). */
async function inspect(w: World, plan: PlanView, unitId: string): Promise<PlanView> {
  const target = targetOf(plan, unitId);
  const done = await patch(t.app, w.specialist, `/api/inspection-targets/${target.id}`, {
    version: target.version,
    status: 'done',
    inspectedOn: '2023-09-12',
    findings: 'Ưu điểm: hồ sơ đầy đủ.\nHạn chế: chưa đăng ký thi đua đúng hạn.',
    resultDocument: 'Thông báo kết luận số 12/TB-ĐKT',
    resultDocumentDate: '2023-09-20',
  });
  assert.equal(done.statusCode, 200, done.body);
  let res = await post(t.app, w.specialist, `/api/inspection-targets/${target.id}/recommendations`, {
    content: 'Tổ chức đăng ký thi đua đầu năm đúng thời hạn',
    dueOn: '2023-12-31',
  });
  assert.equal(res.statusCode, 200, res.body);
  res = await post(t.app, w.specialist, `/api/inspection-targets/${target.id}/recommendations`, {
    content: 'Lưu trữ biên bản bình xét cùng hồ sơ khen thưởng',
    dueOn: '2099-12-31',
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

test('a plan is created, corrected and read back with its team; audit entries are written', async () => {
  const w = world;
  const plan = await planWithTargets(w);
  assert.equal(plan.organiser.name, 'Huyện Thử');
  assert.equal(plan.content, 'Mục đích: nắm bắt kết quả.\nNội dung: việc bình xét khen thưởng.');
  assert.deepEqual(
    plan.team.map((m) => [m.fullName, m.role]),
    [
      ['Nguyễn Văn Trưởng', 'truong_doan'],
      ['Trần Thị Thành', 'thanh_vien'],
      ['Lê Văn Ký', 'thu_ky'],
    ],
  );
  assert.deepEqual(
    plan.targets.map((x) => [x.unit.name, x.status, x.lead?.name]),
    [
      ['Xã An Thử', 'planned', 'Trần Thị Thành'],
      ['Xã Bình Thử', 'planned', 'Trần Thị Thành'],
    ],
  );
  assert.deepEqual(plan.can, { update: true, delete: true, manageTeam: true, addTarget: true });
  assert.equal(plan.partial, false);

  const updated = await patch(t.app, w.officer, `/api/inspection-plans/${plan.id}`, {
    version: plan.version,
    planNumber: '46/KH-UBND',
  });
  assert.equal(updated.statusCode, 200, updated.body);
  assert.equal(updated.json().planNumber, '46/KH-UBND');
  const stale = await patch(t.app, w.officer, `/api/inspection-plans/${plan.id}`, {
    version: plan.version,
    note: 'x',
  });
  assert.equal(stale.statusCode, 409);

  const actions = (
    await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, plan.id)).orderBy(auditLog.seq)
  ).map((a) => a.action);
  assert.deepEqual(actions, [
    'inspection_plan.created',
    'inspection_plan.team_updated',
    'inspection_plan.updated',
  ]);

  const list = await get(t.app, w.council, '/api/inspection-plans?year=2023&q=quan ly nha nuoc');
  assert.equal(list.statusCode, 200);
  const item = list.json().items.find((i: { id: string }) => i.id === plan.id);
  assert.ok(item, 'found without diacritics');
  assert.deepEqual(item.targets, { total: 2, planned: 2, done: 0, cancelled: 0 });
  assert.equal(item.teamSize, 3);
  assert.equal(list.json().can.create, false, 'a council member does not create plans');
});

test('plan validation: dates, organiser, and who may create', async () => {
  const w = world;
  const url = '/api/inspection-plans';
  let res = await post(t.app, w.officer, url, planBody(w.district.id, { planDate: '2021-12-01' }));
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.planDate, /2022 hoặc 2023/);
  res = await post(t.app, w.officer, url, planBody(w.district.id, { teamDecisionDate: '2023-02-01' }));
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.teamDecisionDate);
  res = await post(t.app, w.officer, url, planBody(w.elsewhere.id));
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.organiserUnitId, 'Không tìm thấy đơn vị');
  res = await post(t.app, w.officerA, url, planBody(w.district.id));
  assert.equal(res.statusCode, 400, 'the district is outside a commune officer’s scope');
  res = await post(t.app, w.viewer, url, planBody(w.district.id));
  assert.equal(res.statusCode, 403);
  res = await post(t.app, w.officer, url, planBody(w.district.id, { title: ' ' }));
  assert.equal(res.statusCode, 400);
  res = await post(t.app, null, url, planBody(w.district.id));
  assert.equal(res.statusCode, 401);
});

test('team rules: one trưởng đoàn, visible people only, and a lead cannot be dropped', async () => {
  const w = world;
  const plan = await planWithTargets(w);
  const url = `/api/inspection-plans/${plan.id}/team`;
  let res = await put(t.app, w.officer, url, {
    version: plan.version,
    members: [{ personId: w.head.id, role: 'thanh_vien' }],
  });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.members, 'Đoàn kiểm tra phải có một trưởng đoàn');
  res = await put(t.app, w.officer, url, {
    version: plan.version,
    members: [
      { personId: w.head.id, role: 'truong_doan' },
      { personId: w.outsider.id, role: 'thanh_vien' },
    ],
  });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields['members.1.personId'], 'Không tìm thấy cá nhân');
  res = await put(t.app, w.officer, url, {
    version: plan.version,
    members: [{ personId: w.head.id, role: 'truong_doan' }],
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.members, /Trần Thị Thành đang phụ trách Xã An Thử/);
  res = await put(t.app, w.officer, url, { version: plan.version - 1, members: [] });
  assert.equal(res.statusCode, 409);
  res = await put(t.app, w.officerA, url, { version: plan.version, members: [] });
  assert.equal(res.statusCode, 403, 'an inspected commune sees the plan but does not run it');
});

test('targets: below the organiser, open on the day, once per plan; status rules; results only when done', async () => {
  const w = world;
  const plan = await planWithTargets(w);
  const url = `/api/inspection-plans/${plan.id}/targets`;
  let res = await post(t.app, w.officer, url, { unitId: w.district.id, scheduledFrom: '2023-09-01' });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.unitId, /trực thuộc Huyện Thử/);
  res = await post(t.app, w.officer, url, { unitId: w.elsewhere.id, scheduledFrom: '2023-09-01' });
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.officer, url, { unitId: w.closed.id, scheduledFrom: '2023-09-01' });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.unitId, /không hoạt động vào ngày 01\/09\/2023/);
  res = await post(t.app, w.officer, url, { unitId: w.communeA.id, scheduledFrom: '2023-09-01' });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.unitId, /đã có trong kế hoạch/);
  res = await post(t.app, w.officer, url, {
    unitId: w.office.id,
    scheduledFrom: '2023-09-05',
    scheduledTo: '2023-09-04',
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.scheduledTo);
  res = await post(t.app, w.officer, url, {
    unitId: w.office.id,
    scheduledFrom: '2023-09-05',
    leadPersonId: w.outsider.id,
  });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.leadPersonId, 'Người phụ trách phải là thành viên đoàn kiểm tra');

  const a = targetOf(plan, w.communeA.id);
  const target = `/api/inspection-targets/${a.id}`;
  res = await patch(t.app, w.officer, target, { version: a.version, status: 'done' });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.inspectedOn, 'Cần ghi ngày kiểm tra khi đã kiểm tra xong');
  res = await patch(t.app, w.officer, target, { version: a.version, findings: 'Tốt' });
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.officer, `${target}/recommendations`, { content: 'Bổ sung hồ sơ' });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.content, 'Chỉ ghi kiến nghị sau khi đã kiểm tra đơn vị');
  res = await patch(t.app, w.officer, target, { version: a.version, status: 'cancelled' });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.cancelReason, 'Cần ghi lý do hủy kiểm tra');

  const inspected = await inspect(w, plan, w.communeA.id);
  const done = targetOf(inspected, w.communeA.id);
  assert.equal(done.status, 'done');
  assert.equal(done.recommendations.length, 2);
  assert.deepEqual(done.can, { update: true, delete: false, addRecommendation: true });
  res = await patch(t.app, w.officer, target, {
    version: done.version,
    status: 'planned',
    inspectedOn: null,
  });
  assert.equal(res.statusCode, 400, 'recommendations pin a target to done');
  res = await del(t.app, w.officer, target);
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.officer, `${target}/recommendations`, {
    content: 'Hạn sai',
    dueOn: '2023-09-01',
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.dueOn);

  const b = targetOf(inspected, w.communeB.id);
  res = await patch(t.app, w.officer, `/api/inspection-targets/${b.id}`, {
    version: b.version,
    status: 'cancelled',
    cancelReason: 'Đơn vị đang sắp xếp, sáp nhập',
  });
  assert.equal(res.statusCode, 200, res.body);
  const cancelled = targetOf(res.json(), w.communeB.id);
  assert.equal(cancelled.cancelReason, 'Đơn vị đang sắp xếp, sáp nhập');
  res = await patch(t.app, w.officer, `/api/inspection-targets/${b.id}`, {
    version: cancelled.version,
    status: 'planned',
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(targetOf(res.json(), w.communeB.id).cancelReason, null, 'back to planned drops the reason');

  const entries = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, a.id))
    .orderBy(auditLog.seq);
  assert.deepEqual(
    entries.map((e) => e.action),
    ['inspection_target.created', 'inspection_target.inspected'],
  );

  res = await del(t.app, w.officer, `/api/inspection-plans/${plan.id}`);
  assert.equal(res.statusCode, 409, 'a plan with an inspected unit stays');
});

test('an inspected commune sees only its own target, reports follow-up, and overdue items are flagged', async () => {
  const w = world;
  let plan = await planWithTargets(w);
  plan = await inspect(w, plan, w.communeA.id);
  plan = await inspect(w, plan, w.communeB.id);
  const recA = targetOf(plan, w.communeA.id).recommendations;
  const recB = targetOf(plan, w.communeB.id).recommendations;
  assert.equal(recA[0]!.overdue, true, 'due 31/12/2023, not done');
  assert.ok(recA[0]!.daysOverdue > 0);
  assert.equal(recA[1]!.overdue, false);
  assert.deepEqual(plan.followUps, { total: 4, open: 4, inProgress: 0, done: 0, overdue: 2 });

  // Commune A's officer: the plan with A only.
  const seen = await get(t.app, w.officerA, `/api/inspection-plans/${plan.id}`);
  assert.equal(seen.statusCode, 200);
  const partial = seen.json() as PlanView;
  assert.equal(partial.partial, true);
  assert.deepEqual(
    partial.targets.map((x) => x.unit.name),
    ['Xã An Thử'],
  );
  assert.deepEqual(partial.can, { update: false, delete: false, manageTeam: false, addTarget: false });
  assert.equal(partial.targets[0]!.recommendations[0]!.can.followUp, true);
  assert.equal(partial.targets[0]!.recommendations[0]!.can.update, false);
  assert.deepEqual(partial.followUps, { total: 2, open: 2, inProgress: 0, done: 0, overdue: 1 });

  // Commune A reports progress, then completion.
  const today = todayInVietnam();
  const rec = recA[0]!;
  let res = await post(t.app, w.officerA, `/api/inspection-recommendations/${rec.id}/follow-ups`, {
    version: rec.version,
    status: 'in_progress',
    note: 'Đã hướng dẫn các thôn đăng ký',
    on: '2023-10-02',
  });
  assert.equal(res.statusCode, 200, res.body);
  let after = targetOf(res.json(), w.communeA.id).recommendations[0]!;
  assert.equal(after.status, 'in_progress');
  assert.equal(after.overdue, true);
  res = await post(t.app, w.officerA, `/api/inspection-recommendations/${rec.id}/follow-ups`, {
    version: after.version,
    status: 'done',
    note: 'Đã đăng ký thi đua năm 2024 đúng hạn',
    on: today,
  });
  assert.equal(res.statusCode, 200, res.body);
  after = targetOf(res.json(), w.communeA.id).recommendations[0]!;
  assert.equal(after.status, 'done');
  assert.equal(after.overdue, false);
  assert.deepEqual(
    after.history.map((h) => h.status),
    ['in_progress', 'done'],
  );
  res = await post(t.app, w.officerA, `/api/inspection-recommendations/${rec.id}/follow-ups`, {
    version: after.version,
    status: 'done',
    note: 'x',
    on: '2023-10-01',
  });
  assert.equal(res.statusCode, 400, 'not before the latest report');
  res = await post(t.app, w.officerA, `/api/inspection-recommendations/${rec.id}/follow-ups`, {
    version: rec.version,
    status: 'done',
    note: 'x',
    on: today,
  });
  assert.equal(res.statusCode, 409, 'stale version');

  // Commune A cannot touch B, nor change the organiser's records; a viewer cannot report.
  res = await post(t.app, w.officerA, `/api/inspection-recommendations/${recB[0]!.id}/follow-ups`, {
    version: recB[0]!.version,
    status: 'in_progress',
    note: 'x',
    on: '2023-10-02',
  });
  assert.equal(res.statusCode, 404);
  res = await patch(t.app, w.officerA, `/api/inspection-recommendations/${rec.id}`, {
    version: after.version,
    content: 'Sửa nội dung',
  });
  assert.equal(res.statusCode, 403);
  res = await patch(t.app, w.officerA, `/api/inspection-targets/${targetOf(plan, w.communeA.id).id}`, {
    version: 1,
    findings: 'x',
  });
  assert.equal(res.statusCode, 403);
  res = await post(t.app, w.viewerA, `/api/inspection-recommendations/${recA[1]!.id}/follow-ups`, {
    version: recA[1]!.version,
    status: 'in_progress',
    note: 'x',
    on: '2023-10-02',
  });
  assert.equal(res.statusCode, 403);

  // Another province sees nothing.
  assert.equal((await get(t.app, w.stranger, `/api/inspection-plans/${plan.id}`)).statusCode, 404);
  const strangerList = await get(t.app, w.stranger, '/api/inspection-plans');
  assert.equal(
    strangerList.json().items.some((i: { id: string }) => i.id === plan.id),
    false,
  );
  assert.equal((await get(t.app, w.officer, `/api/inspection-plans/${randomUUID()}`)).statusCode, 404);

  // The recommendations list: commune B's officer sees B's, overdue first.
  const list = await get(t.app, w.officerB, '/api/inspection-recommendations?overdue=true');
  assert.equal(list.statusCode, 200);
  assert.deepEqual(
    list
      .json()
      .items.map((i: { target: { unit: { name: string } }; overdue: boolean }) => [
        i.target.unit.name,
        i.overdue,
      ]),
    [['Xã Bình Thử', true]],
  );
  const listA = await get(t.app, w.officerA, '/api/inspection-plans');
  const itemA = listA.json().items.find((i: { id: string }) => i.id === plan.id);
  assert.deepEqual(itemA.targets, { total: 1, planned: 0, done: 1, cancelled: 0 });
  assert.deepEqual(itemA.followUps, { total: 2, open: 1, inProgress: 0, done: 1, overdue: 0 });

  const trail = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, rec.id))
    .orderBy(auditLog.seq);
  assert.deepEqual(
    trail.map((e) => [e.action, e.actorName === null]),
    [
      ['inspection_recommendation.created', false],
      ['inspection_recommendation.follow_up', false],
      ['inspection_recommendation.follow_up', false],
    ],
  );
});

test('a plan without inspected units can be deleted with its team and targets', async () => {
  const w = world;
  const plan = await planWithTargets(w);
  assert.equal((await del(t.app, w.officerA, `/api/inspection-plans/${plan.id}`)).statusCode, 403);
  const res = await del(t.app, w.officer, `/api/inspection-plans/${plan.id}`);
  assert.equal(res.statusCode, 200, res.body);
  assert.equal((await get(t.app, w.officer, `/api/inspection-plans/${plan.id}`)).statusCode, 404);
  const [entry] = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, 'inspection_plan.deleted'));
  assert.equal((entry!.before as { targets: unknown[] }).targets.length, 2);
});
