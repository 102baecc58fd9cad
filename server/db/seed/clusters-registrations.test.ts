// The demo's 2023 registrations and clusters of huyện Cẩm Xuyên: written through the services, illustrative and
// saying so, with the hand-computed ranking of Cụm thi đua số 1 and a cluster still being scored.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { GroupPage, GroupView } from '../../../contracts/clusters';
import type { FiguresView, RegistrationView } from '../../../contracts/registrations';
import { buildTestApp, call, signIn, type TestApp } from '../../test/app';
import { DEMO_PASSWORD } from './accounts';
import { DEMO_CLUSTER_NOTE } from './clusters';
import { seedDemo } from './demo';
import { DEMO_REGISTRATION_NOTE } from './registrations';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  await seedDemo(t.database.db, { log: () => {} });
});
after(() => t.close());

const get = async <T>(session: Awaited<ReturnType<typeof signIn>>, url: string): Promise<T> => {
  const res = await call(t.app, session, { method: 'GET', url });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as T;
};

test('2023 registrations of huyện Cẩm Xuyên: deadline, four communes in four states, figures', async () => {
  const district = await signIn(t.app, 'noivu.camxuyen', DEMO_PASSWORD);
  const me = await get<{ user: { roles: { unitId: string }[] } }>(district, '/api/auth/me');
  const cx = me.user.roles[0]!.unitId;
  const figures = await get<FiguresView>(district, `/api/registration-figures?parentUnitId=${cx}&year=2023`);
  assert.equal(figures.dueOn, '2023-01-31');
  const byName = new Map(figures.rows.map((r) => [r.unit.name, r]));
  assert.equal(byName.get('Xã Cẩm Quang')!.status, 'accepted');
  assert.equal(byName.get('Xã Cẩm Quang')!.deadline.late, false);
  assert.equal(byName.get('Xã Cẩm Bình')!.status, 'accepted');
  assert.deepEqual(byName.get('Xã Cẩm Bình')!.deadline, {
    dueOn: '2023-01-31',
    late: true,
    overdue: false,
    daysLate: 3,
  });
  assert.equal(byName.get('Thị trấn Cẩm Xuyên')!.status, 'submitted');
  assert.equal(byName.get('Xã Cẩm Trung')!.status, 'draft');
  assert.equal(figures.counts.notRegistered, figures.counts.children - 4);
  assert.equal(byName.get('Xã Cẩm Quang')!.registered, 6); // TTLĐTT + 4 LĐTT + 1 CSTĐCS
  const binh = await get<RegistrationView>(
    district,
    `/api/registrations/${byName.get('Xã Cẩm Bình')!.registrationId}`,
  );
  assert.deepEqual(
    binh.events.map((e) => e.action),
    ['create', 'submit', 'return', 'resubmit', 'accept'],
  );
  assert.ok(binh.note!.startsWith(DEMO_REGISTRATION_NOTE));
  // The commune's officer sees its own registration.
  const commune = await signIn(t.app, 'canbo.camquang', DEMO_PASSWORD);
  const own = await get<{ items: { unit: { name: string }; status: string }[] }>(
    commune,
    '/api/registrations?year=2023',
  );
  assert.deepEqual(
    own.items.map((i) => [i.unit.name, i.status]),
    [['Xã Cẩm Quang', 'accepted']],
  );
});

test('2023 clusters of huyện Cẩm Xuyên: two clusters of five communes; cluster 1 finalised with its ties', async () => {
  const district = await signIn(t.app, 'noivu.camxuyen', DEMO_PASSWORD);
  const page = await get<GroupPage>(district, '/api/emulation-groups?year=2023');
  assert.deepEqual(
    page.items.map((g) => [g.name, g.memberCount, g.status, g.leading.map((l) => l.name)]),
    [
      ['Cụm thi đua số 1', 5, 'finalised', ['Thị trấn Cẩm Xuyên']],
      ['Cụm thi đua số 2', 5, 'open', []],
    ],
  );
  const one = await get<GroupView>(district, `/api/emulation-groups/${page.items[0]!.id}`);
  assert.equal(one.note, DEMO_CLUSTER_NOTE);
  assert.equal(one.covenantNumber, null, 'no document number is invented');
  assert.deepEqual(
    one.ranking.results.map((r) => [r.name, r.total, r.rank, r.tieBreak]),
    [
      ['Thị trấn Cẩm Xuyên', 87, 1, null],
      ['Xã Cẩm Quang', 85, 2, null],
      ['Xã Cẩm Bình', 85, 3, 'basic'],
      ['Xã Cẩm Trung', 72, 4, null],
      ['Xã Cẩm Thạch', 72, 5, 'penalty'],
    ],
  );
  const two = await get<GroupView>(district, `/api/emulation-groups/${page.items[1]!.id}`);
  assert.equal(two.ranking.complete, false);
  assert.equal(two.ranking.results.filter((r) => r.missing.length > 0).length, 2);
  assert.ok(two.members.every((m) => m.scores.some((s) => s.selfScore !== null)));
});
