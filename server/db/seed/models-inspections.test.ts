// The demo's exemplary models and 2023 inspection plan of huyện Cẩm Xuyên: written through the services,
// illustrative and saying so, visible as the demo accounts expect.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PlanPage, PlanView } from '../../../contracts/inspections';
import {
  MODEL_CATEGORIES,
  type ModelPage,
  type PublicModelPage,
  type PublicModelView,
} from '../../../contracts/models';
import { buildTestApp, call, signIn, type TestApp } from '../../test/app';
import { DEMO_PASSWORD } from './accounts';
import { seedDemo } from './demo';
import { DEMO_PLAN_NOTE } from './inspections';
import { ILLUSTRATIVE } from './models';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  await seedDemo(t.database.db, { log: () => {} });
});
after(() => t.close());

test('the 2023 inspection plan of huyện Cẩm Xuyên: team, four communes inspected, follow-up with overdue items', async () => {
  const officer = await signIn(t.app, 'noivu.camxuyen', DEMO_PASSWORD);
  const page = (
    await call(t.app, officer, { method: 'GET', url: '/api/inspection-plans?year=2023' })
  ).json() as PlanPage;
  assert.equal(page.total, 1);
  const plan = (
    await call(t.app, officer, { method: 'GET', url: `/api/inspection-plans/${page.items[0]!.id}` })
  ).json() as PlanView;
  assert.equal(plan.organiser.name, 'Huyện Cẩm Xuyên');
  assert.equal(plan.note, DEMO_PLAN_NOTE);
  assert.equal(plan.planNumber, null, 'the report gives no number: none is invented');
  assert.equal(plan.team.length, 6);
  assert.deepEqual(
    plan.team.map((m) => m.role),
    ['truong_doan', 'pho_truong_doan', 'thanh_vien', 'thanh_vien', 'thanh_vien', 'thu_ky'],
  );
  assert.deepEqual(
    plan.targets.map((x) => [x.unit.name, x.status]),
    [
      ['Thị trấn Cẩm Xuyên', 'done'],
      ['Xã Cẩm Quang', 'done'],
      ['Xã Cẩm Bình', 'done'],
      ['Xã Cẩm Trung', 'done'],
    ],
  );
  assert.ok(plan.targets.every((x) => x.findings?.startsWith('(Nội dung minh họa)')));
  assert.deepEqual(plan.followUps, { total: 4, open: 1, inProgress: 1, done: 2, overdue: 2 });
  assert.equal(plan.can.update, true);

  // Cẩm Quang's officer sees the plan with Cẩm Quang only, and may report progress.
  const commune = await signIn(t.app, 'canbo.camquang', DEMO_PASSWORD);
  const own = (
    await call(t.app, commune, { method: 'GET', url: `/api/inspection-plans/${plan.id}` })
  ).json() as PlanView;
  assert.equal(own.partial, true);
  assert.deepEqual(
    own.targets.map((x) => x.unit.name),
    ['Xã Cẩm Quang'],
  );
  assert.ok(own.targets[0]!.recommendations.every((r) => r.can.followUp && r.overdue));
});

test('the demo models: one per category of the report, four published, illustrative, no invented links', async () => {
  const officer = await signIn(t.app, 'noivu.camxuyen', DEMO_PASSWORD);
  const page = (
    await call(t.app, officer, { method: 'GET', url: '/api/models?pageSize=50' })
  ).json() as ModelPage;
  assert.equal(page.total, 5);
  assert.deepEqual(page.items.map((m) => m.category).sort(), [...MODEL_CATEGORIES].sort());
  assert.equal(page.items.filter((m) => m.published).length, 4);
  const publicPage = (
    await call(t.app, null, { method: 'GET', url: '/api/public/models' })
  ).json() as PublicModelPage;
  assert.equal(publicPage.total, 4);
  for (const item of publicPage.items) {
    const full = (
      await call(t.app, null, { method: 'GET', url: `/api/public/models/${item.id}` })
    ).json() as PublicModelView;
    assert.ok(full.story?.endsWith(ILLUSTRATIVE));
    assert.deepEqual(full.links, []);
    assert.equal(full.recognizedBy, 'Chủ tịch UBND huyện Cẩm Xuyên');
  }
  const found = (
    await call(t.app, null, { method: 'GET', url: '/api/public/models?q=hop tac xa cam binh' })
  ).json();
  assert.equal(found.total, 1);
  assert.equal(found.items[0].subject.name, 'Hợp tác xã Nông nghiệp Cẩm Bình');
  const cooperative = (
    await call(t.app, null, { method: 'GET', url: `/api/public/models/${found.items[0].id}` })
  ).json() as PublicModelView;
  assert.match(cooperative.movementName ?? '', /nông thôn mới/, 'linked to the district’s movement');
});
