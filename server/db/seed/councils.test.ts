// The demo councils: huyện Cẩm Xuyên's with exactly 16 members after the 2023 kiện toàn (the seed report), the
// province's and xã Cẩm Bình's, written through the services, illustrative and saying so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CouncilPage, CouncilView } from '../../../contracts/councils';
import { buildTestApp, call, signIn, type TestApp } from '../../test/app';
import { DEMO_PASSWORD } from './accounts';
import { seedDemo } from './demo';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  await seedDemo(t.database.db, { log: () => {} });
});
after(() => t.close());

async function councilOf(username: string, name: string, date: string): Promise<CouncilView> {
  const s = await signIn(t.app, username, DEMO_PASSWORD);
  const page = (await call(t.app, s, { method: 'GET', url: '/api/councils' })).json() as CouncilPage;
  const item = page.items.find((c) => c.name === name);
  assert.ok(item, `${username} sees ${name}`);
  return (await call(t.app, s, { method: 'GET', url: `/api/councils/${item.id}?date=${date}` })).json();
}

test('huyện Cẩm Xuyên: 16 members after the 2023 kiện toàn, 15 before, ended with the district', async () => {
  const c = await councilOf(
    'hoidong.camxuyen',
    'Hội đồng Thi đua - Khen thưởng huyện Cẩm Xuyên',
    '2023-06-30',
  );
  assert.equal(c.membersTotal, 16);
  assert.equal(c.members.filter((m) => m.role === 'chu_tich').length, 1);
  assert.equal(c.members[0]!.position, 'Chủ tịch UBND huyện');
  assert.equal(c.members[1]!.role, 'pho_chu_tich_thuong_truc');
  // The head of Phòng Nội vụ took office in 2024: in 2023 the deputy holds the seat.
  assert.equal(c.members[1]!.position, 'Phó Trưởng phòng Nội vụ');
  assert.equal(c.members.at(-1)!.role, 'uy_vien_thu_ky');
  assert.equal(new Set(c.members.map((m) => m.personId)).size, 16);
  assert.deepEqual(
    c.changes.map((x) => [x.kind, x.effectiveOn, x.membersTotal]),
    [
      ['recompose', '2024-05-06', 16],
      ['recompose', '2023-03-15', 16],
      ['establish', '2021-07-15', 15],
    ],
  );
  assert.ok(c.changes[1]!.joined.length >= 2, 'the 2023 kiện toàn brings new members');
  assert.ok(
    !/\d+\/QĐ/.test(c.decision + c.changes.map((x) => x.decision).join()),
    'no invented document number',
  );
  assert.match(c.note!, /minh họa/);
  assert.equal(c.dissolvedOn, '2025-06-30');
  const later = await councilOf('hoidong.camxuyen', c.name, '2024-06-01');
  assert.equal(later.membersTotal, 16);
  assert.equal(later.members[1]!.position, 'Trưởng phòng Nội vụ');
  const before = await councilOf('noivu.camxuyen', c.name, '2022-12-31');
  assert.equal(before.membersTotal, 15);
  const after = await councilOf('noivu.camxuyen', c.name, '2025-07-01');
  assert.match(after.termError!, /kết thúc hoạt động/);
});

test('tỉnh Hà Tĩnh and xã Cẩm Bình have their councils; a commune officer does not see the district one', async () => {
  const p = await councilOf('hoidong.tinh', 'Hội đồng Thi đua - Khen thưởng tỉnh Hà Tĩnh', '2024-03-01');
  assert.equal(p.members[0]!.position, 'Chủ tịch UBND tỉnh');
  assert.equal(p.members[1]!.position, 'Giám đốc Sở Nội vụ');
  assert.ok(p.membersTotal >= 8);
  const x = await councilOf('lanhdao.cambinh', 'Hội đồng Thi đua - Khen thưởng xã Cẩm Bình', '2025-08-01');
  assert.equal(x.members[0]!.role, 'chu_tich');
  assert.ok(x.can.createMeeting, 'the commune chairman (leader) can record its meetings');
  const s = await signIn(t.app, 'canbo.cambinh', DEMO_PASSWORD);
  const page = (await call(t.app, s, { method: 'GET', url: '/api/councils' })).json() as CouncilPage;
  assert.deepEqual(
    page.items.map((c) => c.name),
    ['Hội đồng Thi đua - Khen thưởng xã Cẩm Bình'],
  );
});
