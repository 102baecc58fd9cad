import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../test/app';
import { createProvinceWithCommunes } from '../../test/factories';
import { auditOfEntity, del, get, historyWorld, patch, post } from '../history/history.fixtures';
import { signInAs } from '../people/people.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('money: 0.3 × 1,800,000 → 540,000 in words; the base pay of the decision date; bad input in Vietnamese', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const ldtt = await get(
    t.app,
    w.viewerA,
    '/api/money?awardKind=LDTT&subjectKind=individual&decisionDate=2023-12-20',
  );
  assert.equal(ldtt.statusCode, 200, ldtt.body);
  const body = ldtt.json();
  assert.equal(body.amount, 540_000);
  assert.equal(body.basePay, 1_800_000);
  assert.equal(body.coefficient, 0.3);
  assert.equal(body.words, 'Năm trăm bốn mươi nghìn đồng');
  assert.ok(body.basis.length >= 2);
  // 30/6/2024 still 1,800,000; 1/7/2024 is 2,340,000 (CSTĐCS × 1.0).
  const june = (await get(t.app, w.viewerA, '/api/money?awardKind=CSTDCS&decisionDate=2024-06-30')).json();
  const july = (await get(t.app, w.viewerA, '/api/money?awardKind=CSTDCS&decisionDate=2024-07-01')).json();
  assert.equal(june.amount, 1_800_000);
  assert.equal(july.amount, 2_340_000);
  assert.equal(july.words, 'Hai triệu ba trăm bốn mươi nghìn đồng');
  const bad = await get(
    t.app,
    w.viewerA,
    '/api/money?awardKind=XX&subjectKind=robot&decisionDate=2025-02-30',
  );
  assert.equal(bad.statusCode, 400);
  const fields = bad.json().error.fields;
  assert.ok(fields.awardKind && fields.subjectKind && fields.decisionDate, bad.body);
  const early = await get(t.app, w.viewerA, '/api/money?awardKind=LDTT&decisionDate=2010-01-01');
  assert.equal(early.statusCode, 400);
  assert.match(early.json().error.fields.decisionDate, /01\/10\/2017/);
  const wrongSubject = await get(
    t.app,
    w.viewerA,
    '/api/money?awardKind=LDTT&subjectKind=collective&decisionDate=2025-01-10',
  );
  assert.equal(wrongSubject.statusCode, 400);
  assert.ok(wrongSubject.json().error.fields.subjectKind);
  assert.equal((await get(t.app, null, '/api/money?awardKind=LDTT&decisionDate=2024-01-10')).statusCode, 401);
});

test('overlays: admins only, in scope, unknown parameters refused in Vietnamese, every change audited', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const other = await createProvinceWithCommunes(t.database.db);
  const otherAdmin = await signInAs(t.app, t.database.db, 'admin', other.province);
  const communeAdmin = await signInAs(t.app, t.database.db, 'admin', w.communeA);
  const overlay = {
    unitId: w.province.id,
    document: 'Quyết định 25/2025/QĐ-UBND ngày 20/12/2024 của UBND tỉnh',
    effectiveFrom: '2025-01-01',
    params: { tenureMonthsMin: 10 },
  };
  assert.equal((await post(t.app, w.officerA, '/api/overlays', overlay)).statusCode, 403);
  assert.equal((await get(t.app, w.officerA, '/api/overlays')).statusCode, 403);
  const unknown = await post(t.app, w.admin, '/api/overlays', {
    ...overlay,
    params: { soNgayNghiPhep: 3, tenureMonthsMin: 8 },
  });
  assert.equal(unknown.statusCode, 400, unknown.body);
  assert.match(
    unknown.json().error.fields['params.soNgayNghiPhep'],
    /không thuộc phạm vi quy chế địa phương/,
  );
  assert.match(unknown.json().error.message, /Tham số quy chế không hợp lệ/);
  const wrongType = await post(t.app, w.admin, '/api/overlays', {
    ...overlay,
    params: { tenureMonthsMin: 'x' },
  });
  assert.equal(wrongType.statusCode, 400);
  assert.match(wrongType.json().error.fields['params.tenureMonthsMin'], /phải là số hoặc đúng\/sai/);
  const outOfBounds = await post(t.app, w.admin, '/api/overlays', {
    ...overlay,
    params: { tenureMonthsMin: 30 },
  });
  assert.equal(outOfBounds.statusCode, 400);
  assert.match(outOfBounds.json().error.fields['params.tenureMonthsMin'], /không được lớn hơn/);
  const fromBelow = await post(t.app, communeAdmin, '/api/overlays', overlay);
  assert.equal(fromBelow.statusCode, 400, 'a commune admin cannot set the province rule (not in scope)');
  assert.equal(fromBelow.json().error.fields.unitId, 'Không tìm thấy đơn vị');
  assert.equal(
    (await post(t.app, otherAdmin, '/api/overlays', overlay)).statusCode,
    400,
    'unit outside scope',
  );

  const created = await post(t.app, w.admin, '/api/overlays', overlay);
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id;
  assert.deepEqual(created.json().can, { update: true, delete: true });
  assert.equal((await get(t.app, otherAdmin, `/api/overlays/${id}`)).statusCode, 404);
  const seenBelow = await get(t.app, communeAdmin, `/api/overlays/${id}`);
  assert.equal(seenBelow.statusCode, 200, 'the province regulation is readable by a commune admin');
  assert.deepEqual(seenBelow.json().can, { update: false, delete: false });
  const stale = await patch(t.app, w.admin, `/api/overlays/${id}`, { version: 9, note: 'x' });
  assert.equal(stale.statusCode, 409);
  const fixed = await patch(t.app, w.admin, `/api/overlays/${id}`, {
    version: 1,
    params: { tenureMonthsMin: 9 },
  });
  assert.equal(fixed.statusCode, 200, fixed.body);
  assert.deepEqual(fixed.json().params, { tenureMonthsMin: 9 });
  assert.equal((await get(t.app, w.admin, '/api/overlays')).json().total, 1);
  assert.equal((await del(t.app, w.admin, `/api/overlays/${id}`)).statusCode, 200);
  const actions = (await auditOfEntity(t.database.db, id)).map((a) => a.action);
  assert.deepEqual(actions, ['local_overlay.created', 'local_overlay.updated', 'local_overlay.deleted']);
});

test('an overlay changes a verdict (LĐTT tenure months) and the catalog shows where each value comes from', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const { version } = (await get(t.app, w.officerA, `/api/people/${w.personA.id}`)).json();
  await patch(t.app, w.officerA, `/api/people/${w.personA.id}`, { version, recruitedOn: '2025-04-01' });
  await post(t.app, w.officerA, `/api/people/${w.personA.id}/ratings`, { year: 2025, rating: 'HTT' });
  const body = {
    asOf: '2025-12-31',
    subjectId: w.personA.id,
    request: { subjectKind: 'individual', awardKind: 'LDTT', year: 2025, awardType: 'cong_trang' },
  };
  const before = (await post(t.app, w.officerA, '/api/eligibility/evaluate', body)).json();
  const tenure = (v: { criteria: { id: string; status: string }[] }) =>
    v.criteria.find((c) => c.id === 'ldtt.tenure');
  assert.equal(tenure(before)?.status, 'pass', JSON.stringify(before.criteria));
  const created = await post(t.app, w.admin, '/api/overlays', {
    unitId: w.province.id,
    document: 'Quyết định 25/2025/QĐ-UBND',
    effectiveFrom: '2025-01-01',
    params: { tenureMonthsMin: 10 },
  });
  assert.equal(created.statusCode, 201, created.body);
  const after = (await post(t.app, w.officerA, '/api/eligibility/evaluate', body)).json();
  assert.equal(tenure(after)?.status, 'fail');
  assert.equal(after.verdict, 'not_eligible');
  // A regulation taking effect later does not apply before its date.
  const later = await patch(t.app, w.admin, `/api/overlays/${created.json().id}`, {
    version: 1,
    effectiveFrom: '2026-01-01',
  });
  assert.equal(later.statusCode, 200, later.body);
  const notYet = (await post(t.app, w.officerA, '/api/eligibility/evaluate', body)).json();
  assert.equal(tenure(notYet)?.status, 'pass');
  await patch(t.app, w.admin, `/api/overlays/${created.json().id}`, {
    version: 2,
    effectiveFrom: '2025-01-01',
  });

  const catalog = await get(t.app, w.officerA, `/api/catalog?date=2025-12-31&unitId=${w.communeA.id}`);
  assert.equal(catalog.statusCode, 200, catalog.body);
  const ldtt = catalog.json().kinds.find((k: { code: string }) => k.code === 'LDTT');
  const param = ldtt.params.find((p: { key: string }) => p.key === 'tenureMonthsMin');
  assert.equal(param.value, 10);
  assert.equal(param.source.type, 'overlay');
  assert.match(param.source.text, /Quyết định 25\/2025\/QĐ-UBND/);
  assert.equal(catalog.json().overlays.length, 1);
  const national = (await get(t.app, w.officerA, '/api/catalog?date=2025-12-31')).json();
  const nationalParam = national.kinds
    .find((k: { code: string }) => k.code === 'LDTT')
    .params.find((p: { key: string }) => p.key === 'tenureMonthsMin');
  assert.equal(nationalParam.source.type, 'national');
  assert.equal(national.regime.id, 'C');
  assert.equal((await get(t.app, w.officerA, `/api/catalog?unitId=${w.communeB.id}`)).statusCode, 404);
  assert.equal((await get(t.app, w.officerA, '/api/catalog?date=2016-01-01')).statusCode, 400);
});
