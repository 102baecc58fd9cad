import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { CouncilPage, CouncilView } from '../../../contracts/councils';
import { auditLog } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  composition,
  councilBody,
  councilWorld,
  type CouncilWorld,
  get,
  patch,
  post,
} from './councils.fixtures';

let t: TestApp;
let w: CouncilWorld;
let council: CouncilView;
// One world per file: the sign-in rate limit (30 a minute per address) would refuse a world per test.
before(async () => {
  t = await buildTestApp();
  w = await councilWorld(t.app, t.database.db);
  const res = await post(t.app, w.officer, '/api/councils', councilBody(w));
  assert.equal(res.statusCode, 201, res.body);
  council = res.json();
});
after(() => t.close());

test('a council is established with 16 members, roles in order, and an audit entry', async () => {
  assert.equal(council.membersTotal, 16);
  assert.equal(council.authority.name, 'Huyện Thử');
  assert.equal(council.members[0]!.role, 'chu_tich');
  assert.equal(council.members[0]!.position, 'Chủ tịch UBND huyện');
  assert.equal(council.members[1]!.role, 'pho_chu_tich_thuong_truc');
  assert.equal(council.members.at(-1)!.role, 'uy_vien_thu_ky');
  assert.equal(council.changes.length, 1);
  assert.equal(council.changes[0]!.kind, 'establish');
  assert.equal(council.changes[0]!.joined.length, 16);
  // The officer keeps the composition; meetings are recorded by the council side (specialists, members, leaders).
  assert.deepEqual(council.can, { update: true, recompose: true, createMeeting: false });
  const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, council.id));
  assert.deepEqual(
    audit.map((a) => a.action),
    ['council.created'],
  );
});

test('kiện toàn: history kept, member count at each date, changed seats reopened', async () => {
  const next = composition(w, 16, 2); // people 3..18: the chair and standing deputy leave, two join
  const res = await post(t.app, w.specialist, `/api/councils/${council.id}/changes`, {
    version: council.version,
    decision: 'Quyết định số 845/QĐ-UBND ngày 10/3/2023 về việc kiện toàn Hội đồng',
    effectiveOn: '2023-03-10',
    members: next,
  });
  assert.equal(res.statusCode, 200, res.body);
  const view = res.json() as CouncilView;
  assert.equal(view.date, '2023-03-10');
  assert.equal(view.membersTotal, 16);
  assert.equal(view.members[0]!.personId, w.people[2]!.id);
  const change = view.changes[0]!;
  assert.equal(change.kind, 'recompose');
  assert.ok(change.joined.includes(w.people[16]!.fullName) && change.joined.includes(w.people[17]!.fullName));
  assert.deepEqual(change.left.sort(), [w.people[0]!.fullName, w.people[1]!.fullName].sort());

  const before = (
    await get(t.app, w.member, `/api/councils/${council.id}?date=2023-03-09`)
  ).json() as CouncilView;
  assert.equal(before.members[0]!.personId, w.people[0]!.id, 'the former chair on the eve of the change');
  assert.equal(before.membersTotal, 16);
  const old = before.history.find((p) => p.personId === w.people[0]!.id)!;
  assert.deepEqual([old.from, old.to], ['2021-06-15', '2023-03-09']);
  assert.equal(
    (await get(t.app, w.member, `/api/councils/${council.id}?date=2021-06-14`)).json().termError,
    'Ngày 14/06/2021 trước ngày thành lập Hội đồng (15/06/2021)',
  );

  council = (await get(t.app, w.officer, `/api/councils/${council.id}`)).json();
  const stale = await post(t.app, w.officer, `/api/councils/${council.id}/changes`, {
    version: council.version - 1,
    decision: 'Quyết định khác',
    effectiveOn: '2024-01-01',
    members: next,
  });
  assert.equal(stale.statusCode, 409);
  const earlier = await post(t.app, w.officer, `/api/councils/${council.id}/changes`, {
    version: council.version,
    decision: 'Quyết định lùi ngày',
    effectiveOn: '2023-03-10',
    members: next,
  });
  assert.equal(earlier.statusCode, 400);
  assert.match(
    earlier.json().error.fields.effectiveOn,
    /sau lần thành lập, kiện toàn gần nhất \(10\/03\/2023\)/,
  );
});

test('composition rules and unknown people are refused naming the field', async () => {
  const noChair = composition(w, 5).map((m) => ({ ...m, role: 'uy_vien' as const }));
  const res = await post(
    t.app,
    w.officer,
    '/api/councils',
    councilBody(w, { authorityUnitId: w.communeB.id, members: noChair }),
  );
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.members, 'Hội đồng phải có một Chủ tịch');
  const outsider = composition(w, 4);
  outsider[3] = { ...outsider[3]!, personId: w.outsider.id };
  const res2 = await post(
    t.app,
    w.officer,
    '/api/councils',
    councilBody(w, { authorityUnitId: w.communeB.id, members: outsider }),
  );
  assert.equal(res2.statusCode, 400);
  assert.equal(res2.json().error.fields['members.3.personId'], 'Không tìm thấy cá nhân');
  const twice = await post(t.app, w.officer, '/api/councils', councilBody(w));
  assert.equal(twice.statusCode, 409);
  assert.match(twice.json().error.message, /đã có Hội đồng/);
});

test('scope and roles: who sees and who changes a council', async () => {
  // A council member sees it and records meetings, but does not change the composition.
  const seen = await get(t.app, w.member, `/api/councils/${council.id}`);
  assert.equal(seen.statusCode, 200);
  assert.deepEqual(seen.json().can, { update: false, recompose: false, createMeeting: true });
  const refused = await patch(t.app, w.member, `/api/councils/${council.id}`, {
    version: council.version,
    name: 'Tên mới của Hội đồng',
  });
  assert.equal(refused.statusCode, 403);
  const byLeader = await post(
    t.app,
    w.leader,
    '/api/councils',
    councilBody(w, { authorityUnitId: w.communeA.id }),
  );
  assert.equal(byLeader.statusCode, 403);
  // A commune officer and another province do not see the district's council at all.
  assert.equal((await get(t.app, w.officerA, `/api/councils/${council.id}`)).statusCode, 404);
  assert.equal((await get(t.app, w.stranger, `/api/councils/${council.id}`)).statusCode, 404);
  const list = (await get(t.app, w.officerA, '/api/councils')).json() as CouncilPage;
  assert.ok(!list.items.some((c) => c.id === council.id));
  // The province's administrator sees and manages it.
  const pageOfProvince = (
    await get(t.app, w.provinceAdmin, '/api/councils?q=huyen thu')
  ).json() as CouncilPage;
  assert.equal(pageOfProvince.items.find((c) => c.id === council.id)?.membersTotal, 16);
  // Unauthenticated.
  assert.equal((await get(t.app, null, '/api/councils')).statusCode, 401);
});

test('the end of a council: no kiện toàn after it, dates in order', async () => {
  council = (await get(t.app, w.officer, `/api/councils/${council.id}`)).json();
  const bad = await patch(t.app, w.officer, `/api/councils/${council.id}`, {
    version: council.version,
    dissolvedOn: '2022-01-01',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error.fields.dissolvedOn, /kiện toàn ngày 10\/03\/2023/);
  const ok = await patch(t.app, w.officer, `/api/councils/${council.id}`, {
    version: council.version,
    dissolvedOn: '2025-06-30',
  });
  assert.equal(ok.statusCode, 200, ok.body);
  const ended = ok.json() as CouncilView;
  assert.equal(ended.date <= '2025-06-30', true);
  assert.equal(ended.can.recompose, false);
  const later = (
    await get(t.app, w.officer, `/api/councils/${council.id}?date=2025-07-01`)
  ).json() as CouncilView;
  assert.match(later.termError!, /kết thúc hoạt động từ sau ngày 30\/06\/2025/);
  const reopened = await patch(t.app, w.officer, `/api/councils/${council.id}`, {
    version: ended.version,
    dissolvedOn: null,
  });
  assert.equal(reopened.statusCode, 200);
  council = reopened.json();
});
