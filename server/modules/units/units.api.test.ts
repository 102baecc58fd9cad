import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text';
import type { Db } from '../../db/client';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes, createUnit, createUser } from '../../test/factories';
import { auditOf, del, get, patch, post, signInAs, unitRow, writeCounts } from './units.fixtures';
import { REFERENCED_MESSAGE } from './units.service';

let t: TestApp;
let db: Db;
before(async () => {
  t = await buildTestApp();
  db = t.database.db;
});
after(() => t.close());

describe('scope isolation', () => {
  test('an officer of commune A does not see commune B, its children, nor anything above A', async () => {
    const { province, communeA, communeB } = await createProvinceWithCommunes(db);
    const villageA = await createUnit(db, { parent: communeA, name: 'Thôn Trung', kind: 'village' });
    const villageB = await createUnit(db, { parent: communeB, name: 'Thôn Bắc', kind: 'village' });
    const officer = await signInAs(t.app, db, 'officer', communeA);

    for (const id of [communeB.id, villageB.id, province.id]) {
      assert.equal((await get(t.app, officer, `/api/units/${id}`)).statusCode, 404, id);
      assert.equal((await get(t.app, officer, `/api/units/${id}/name-at?date=2024-01-01`)).statusCode, 404);
      assert.equal((await get(t.app, officer, `/api/unit-events?unitId=${id}`)).statusCode, 404);
    }
    const listB = await get(t.app, officer, `/api/units?parentId=${communeB.id}`);
    assert.equal(listB.statusCode, 404);
    assert.equal(listB.json().error.code, 'NOT_FOUND');
    const search = await get(t.app, officer, `/api/units?q=${encodeURIComponent(communeB.name)}`);
    assert.equal(search.json().total, 0);

    // Writes against B answer 404 too, and write nothing.
    const counts = await writeCounts(db);
    const refused = [
      await patch(t.app, officer, `/api/units/${villageB.id}`, { name: 'Đổi', version: 1 }),
      await post(t.app, officer, `/api/units/${villageB.id}/close`, { validTo: '2025-01-01' }),
      await del(t.app, officer, `/api/units/${villageB.id}`),
      await post(t.app, officer, '/api/units', {
        parentId: communeB.id,
        name: 'Thôn mới',
        kind: 'village',
        level: 'commune',
      }),
    ];
    assert.deepEqual(
      refused.map((r) => r.statusCode),
      [404, 404, 404, 404],
    );
    assert.deepEqual(await writeCounts(db), counts);
    assert.equal((await unitRow(db, villageB.id))!.name, 'Thôn Bắc');

    const all = (await get(t.app, officer, '/api/units?pageSize=200')).json();
    assert.deepEqual(all.items.map((u: { id: string }) => u.id).sort(), [communeA.id, villageA.id].sort());
    // On the way down from the province, only the officer's own commune shows.
    const underProvince = (await get(t.app, officer, `/api/units?parentId=${province.id}`)).json();
    assert.deepEqual(
      underProvince.items.map((u: { id: string }) => u.id),
      [communeA.id],
    );

    const tree = (await get(t.app, officer, '/api/units/tree')).json();
    assert.equal(tree.roots.length, 1);
    assert.equal(tree.roots[0].id, communeA.id);
    assert.deepEqual(
      tree.roots[0].children.map((c: { id: string }) => c.id),
      [villageA.id],
    );
    assert.ok(!JSON.stringify(tree).includes(communeB.id));

    const detail = (await get(t.app, officer, `/api/units/${villageA.id}`)).json();
    // The breadcrumb stops at what the officer may see.
    assert.deepEqual(detail.ancestors, [{ id: communeA.id, name: communeA.name }]);
  });

  test('an administrator of the province sees both communes; unauthenticated calls are refused', async () => {
    const { province, communeA, communeB } = await createProvinceWithCommunes(db);
    const admin = await signInAs(t.app, db, 'admin', province);
    const tree = (await get(t.app, admin, '/api/units/tree')).json();
    assert.equal(tree.roots.length, 1);
    assert.equal(tree.roots[0].id, province.id);
    assert.equal(tree.roots[0].childCount, 2);
    assert.deepEqual(
      tree.roots[0].children.map((c: { id: string }) => c.id).sort(),
      [communeA.id, communeB.id].sort(),
    );
    assert.equal((await get(t.app, null, '/api/units')).statusCode, 401);
  });
});

describe('search and order', () => {
  test('search ignores diacritics and case; order is Vietnamese, not code point order', async () => {
    const province = await createUnit(db, { name: 'Tỉnh Thử Nghiệm', kind: 'province', level: 'province' });
    const names = [
      'Xã Đức Thọ',
      'Xã Dương Thủy',
      'Xã Ân Phú',
      'Xã An Phú',
      'Xã Bình Lộc',
      'Thị trấn Cẩm Xuyên',
    ];
    for (const name of names) await createUnit(db, { parent: province, name });
    const admin = await signInAs(t.app, db, 'admin', province);

    const found = (await get(t.app, admin, '/api/units?q=cam%20xuyen')).json();
    assert.deepEqual(
      found.items.map((u: { name: string }) => u.name),
      ['Thị trấn Cẩm Xuyên'],
    );
    const upper = (await get(t.app, admin, `/api/units?q=${encodeURIComponent('CẨM XUYÊN')}`)).json();
    assert.equal(upper.total, 1);
    const literal = (await get(t.app, admin, '/api/units?q=%25')).json();
    assert.equal(literal.total, 0, '% is matched literally, not as a wildcard');

    const expected = [
      'Thị trấn Cẩm Xuyên',
      'Xã An Phú',
      'Xã Ân Phú',
      'Xã Bình Lộc',
      'Xã Dương Thủy',
      'Xã Đức Thọ',
    ];
    const list = (await get(t.app, admin, `/api/units?parentId=${province.id}`)).json();
    assert.deepEqual(
      list.items.map((u: { name: string }) => u.name),
      expected,
    );
    assert.notDeepEqual([...expected].sort(), expected, 'plain code point order would differ');
    const reversed = (await get(t.app, admin, `/api/units?parentId=${province.id}&sort=-name`)).json();
    assert.deepEqual(
      reversed.items.map((u: { name: string }) => u.name),
      [...expected].reverse(),
    );
    const tree = (await get(t.app, admin, '/api/units/tree')).json();
    assert.deepEqual(
      tree.roots[0].children.map((u: { name: string }) => u.name),
      expected,
    );
    const paged = (await get(t.app, admin, `/api/units?parentId=${province.id}&page=2&pageSize=4`)).json();
    assert.equal(paged.total, 6);
    assert.deepEqual(
      paged.items.map((u: { name: string }) => u.name),
      expected.slice(4),
    );
  });
});

describe('create', () => {
  test('officers create inside their unit; paths, folded names and sort keys are stored; audited', async () => {
    const { province, communeA, communeB } = await createProvinceWithCommunes(db);
    const officer = await signInAs(t.app, db, 'officer', communeA);
    const res = await post(t.app, officer, '/api/units', {
      parentId: communeA.id,
      name: '  Trường  Tiểu học Cẩm Thành ',
      kind: 'school',
      level: 'commune',
      validFrom: '2001-09-05',
    });
    assert.equal(res.statusCode, 201, res.body);
    const view = res.json();
    assert.equal(view.name, 'Trường Tiểu học Cẩm Thành');
    assert.deepEqual(view.can, {
      update: true,
      close: true,
      createChild: true,
      recordEvent: false,
      delete: false,
    });
    const row = (await unitRow(db, view.id))!;
    assert.equal(row.path, `${communeA.path}${view.id}/`);
    assert.equal(row.nameFolded, foldVietnamese('Trường Tiểu học Cẩm Thành'));
    assert.equal(row.nameSort, vietnameseSortKey('Trường Tiểu học Cẩm Thành'));
    const [entry] = await auditOf(db, view.id);
    assert.equal(entry!.action, 'unit.created');
    assert.equal(entry!.entity, 'unit');
    assert.equal(entry!.unitId, view.id);
    assert.equal((entry!.after as { name: string }).name, 'Trường Tiểu học Cẩm Thành');

    const viewer = await signInAs(t.app, db, 'viewer', communeA);
    const body = { parentId: communeA.id, name: 'Thôn X', kind: 'village', level: 'commune' };
    assert.equal((await post(t.app, viewer, '/api/units', body)).statusCode, 403);
    assert.equal(
      (await post(t.app, officer, '/api/units', { ...body, parentId: province.id })).statusCode,
      404,
    );
    assert.equal(
      (await post(t.app, officer, '/api/units', { ...body, parentId: communeB.id })).statusCode,
      404,
    );
  });

  test('a root needs an administrator bound at a root; codes are unique', async () => {
    const { province, communeA } = await createProvinceWithCommunes(db);
    const body = { name: 'Tỉnh Mới', kind: 'province', level: 'province' };
    const communeAdmin = await signInAs(t.app, db, 'admin', communeA);
    const refused = await post(t.app, communeAdmin, '/api/units', body);
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().error.fields.parentId, 'Cần chọn đơn vị cấp trên');
    const rootAdmin = await signInAs(t.app, db, 'admin', province);
    const created = await post(t.app, rootAdmin, '/api/units', { ...body, code: 'T-01' });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().parentId, null);
    assert.equal((await unitRow(db, created.json().id))!.path, `/${created.json().id}/`);
    const duplicate = await post(t.app, rootAdmin, '/api/units', {
      ...body,
      parentId: province.id,
      code: 'T-01',
    });
    assert.equal(duplicate.statusCode, 409);
    assert.equal(duplicate.json().error.fields.code, 'Mã đơn vị này đã được dùng');
  });

  test('bad input answers 400 in Vietnamese naming the field, and writes nothing', async () => {
    const { province } = await createProvinceWithCommunes(db);
    const admin = await signInAs(t.app, db, 'admin', province);
    const counts = await writeCounts(db);
    const base = { parentId: province.id, name: 'Xã Mới', kind: 'commune', level: 'commune' };
    const cases: [unknown, string, string][] = [
      [{ ...base, name: undefined }, 'name', 'Thiếu giá trị bắt buộc'],
      [{ ...base, name: '   ' }, 'name', 'Không được để trống'],
      [{ ...base, validFrom: '2025-02-31' }, 'validFrom', 'Ngày không tồn tại'],
      [{ ...base, kind: 'hamlet' }, 'kind', 'Loại đơn vị không hợp lệ'],
      [{ ...base, level: 'galaxy' }, 'level', 'Cấp hành chính không hợp lệ'],
      [{ ...base, parentId: 'not-a-uuid' }, 'parentId', 'Mã đơn vị không hợp lệ'],
    ];
    for (const [payload, field, message] of cases) {
      const res = await post(t.app, admin, '/api/units', payload);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      const error = res.json().error;
      assert.equal(error.code, 'VALIDATION');
      assert.equal(error.fields[field], message, res.body);
      assert.match(error.message, /Dữ liệu không hợp lệ/);
    }
    const badQuery = await get(t.app, admin, '/api/units?asOf=2025-13-01');
    assert.equal(badQuery.statusCode, 400);
    assert.ok(badQuery.json().error.fields.asOf);
    const badSort = await get(t.app, admin, '/api/units?sort=password');
    assert.equal(badSort.statusCode, 400);
    assert.deepEqual(await writeCounts(db), counts);
  });
});

describe('update', () => {
  test('officers correct units strictly inside their own; versions guard against lost updates', async () => {
    const { province, communeA } = await createProvinceWithCommunes(db);
    const village = await createUnit(db, { parent: communeA, name: 'Thôn Trung Sơn', kind: 'village' });
    const officer = await signInAs(t.app, db, 'officer', communeA);

    const own = await patch(t.app, officer, `/api/units/${communeA.id}`, { shortName: 'A', version: 1 });
    assert.equal(own.statusCode, 403, 'an officer may not change the unit they are bound to');
    const detailOwn = (await get(t.app, officer, `/api/units/${communeA.id}`)).json();
    assert.equal(detailOwn.can.update, false);
    assert.equal(detailOwn.can.createChild, true);

    const fixed = await patch(t.app, officer, `/api/units/${village.id}`, {
      name: 'Thôn Trung Sơn Đông',
      version: 1,
    });
    assert.equal(fixed.statusCode, 200, fixed.body);
    assert.equal(fixed.json().version, 2);
    assert.equal((await unitRow(db, village.id))!.nameFolded, 'thon trung son dong');

    const stale = await patch(t.app, officer, `/api/units/${village.id}`, { name: 'Ghi đè', version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'CONFLICT');
    assert.match(stale.json().error.message, /người khác cập nhật/);
    assert.equal((await unitRow(db, village.id))!.name, 'Thôn Trung Sơn Đông');

    const admin = await signInAs(t.app, db, 'admin', province);
    const byAdmin = await patch(t.app, admin, `/api/units/${communeA.id}`, { code: 'XA-01', version: 1 });
    assert.equal(byAdmin.statusCode, 200, byAdmin.body);
    const moveByPatch = await patch(t.app, admin, `/api/units/${village.id}`, {
      parentId: province.id,
      version: 2,
    });
    assert.equal(moveByPatch.statusCode, 400, 'the parent changes only through a move event');
    const missingVersion = await patch(t.app, admin, `/api/units/${village.id}`, { name: 'X' });
    assert.equal(missingVersion.statusCode, 400);
    assert.ok(missingVersion.json().error.fields.version);

    const entries = await auditOf(db, village.id);
    const update = entries.find((e) => e.action === 'unit.updated')!;
    assert.equal((update.before as { name: string }).name, 'Thôn Trung Sơn');
    assert.equal((update.after as { name: string }).name, 'Thôn Trung Sơn Đông');
  });
});

describe('close and validity', () => {
  test('closing a unit with open children is refused unless they close too; asOf shows the past', async () => {
    const { province, communeA } = await createProvinceWithCommunes(db);
    const village = await createUnit(db, { parent: communeA, name: 'Thôn Hạ', kind: 'village' });
    const admin = await signInAs(t.app, db, 'admin', province);

    const counts = await writeCounts(db);
    const refused = await post(t.app, admin, `/api/units/${communeA.id}/close`, { validTo: '2025-06-30' });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().error.message, /còn 1 đơn vị trực thuộc đang hoạt động \(Thôn Hạ\)/);
    assert.deepEqual(await writeCounts(db), counts);

    const early = await post(t.app, admin, `/api/units/${communeA.id}/close`, { validTo: '1999-12-31' });
    assert.equal(early.statusCode, 400);
    assert.ok(early.json().error.fields.validTo);

    const closed = await post(t.app, admin, `/api/units/${communeA.id}/close`, {
      validTo: '2025-06-30',
      reason: 'Sắp xếp đơn vị hành chính',
      closeChildren: true,
      version: 1,
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().validTo, '2025-06-30');
    assert.equal(closed.json().isOpen, false);
    assert.equal((await unitRow(db, village.id))!.validTo, '2025-06-30');
    assert.match((await unitRow(db, village.id))!.closedReason!, /Đóng cùng đơn vị cấp trên/);
    const audits = await auditOf(db, village.id);
    assert.equal(audits.at(-1)!.action, 'unit.closed');

    const again = await post(t.app, admin, `/api/units/${communeA.id}/close`, { validTo: '2025-07-30' });
    assert.equal(again.statusCode, 409);

    const ids = (body: { items: { id: string }[] }) => body.items.map((u) => u.id);
    const today = (await get(t.app, admin, `/api/units?parentId=${province.id}`)).json();
    assert.ok(!ids(today).includes(communeA.id));
    const past = (await get(t.app, admin, `/api/units?parentId=${province.id}&asOf=2025-06-30`)).json();
    assert.ok(ids(past).includes(communeA.id));
    assert.equal(past.items.find((u: { id: string }) => u.id === communeA.id).childCount, 1);
    const withClosed = (
      await get(t.app, admin, `/api/units?parentId=${province.id}&includeClosed=true`)
    ).json();
    assert.ok(ids(withClosed).includes(communeA.id));
    const closedItem = withClosed.items.find((u: { id: string }) => u.id === communeA.id);
    assert.equal(closedItem.isOpen, false);
    assert.equal(closedItem.closedReason, 'Sắp xếp đơn vị hành chính');
    const beforeCreation = (
      await get(t.app, admin, `/api/units?parentId=${province.id}&asOf=1999-01-01`)
    ).json();
    assert.equal(beforeCreation.total, 0);

    const treeToday = (await get(t.app, admin, '/api/units/tree')).json();
    assert.ok(!JSON.stringify(treeToday).includes(communeA.id));
    const treePast = (await get(t.app, admin, '/api/units/tree?asOf=2025-06-30')).json();
    const pastA = treePast.roots[0].children.find((c: { id: string }) => c.id === communeA.id);
    assert.equal(pastA.isOpen, true);
    assert.equal(pastA.children[0].id, village.id);
  });

  test('an officer may close units inside their commune but not the commune itself', async () => {
    const { communeA } = await createProvinceWithCommunes(db);
    const village = await createUnit(db, { parent: communeA, name: 'Thôn Đông', kind: 'village' });
    const officer = await signInAs(t.app, db, 'officer', communeA);
    assert.equal(
      (await post(t.app, officer, `/api/units/${communeA.id}/close`, { validTo: '2025-06-30' })).statusCode,
      403,
    );
    assert.equal(
      (await post(t.app, officer, `/api/units/${village.id}/close`, { validTo: '2025-06-30' })).statusCode,
      200,
    );
  });
});

describe('delete', () => {
  test('only unreferenced units can be deleted; referenced ones answer 409', async () => {
    const { province, communeB } = await createProvinceWithCommunes(db);
    const admin = await signInAs(t.app, db, 'admin', province);
    const lone = await createUnit(db, { parent: communeB, name: 'Tổ dân phố 9', kind: 'village' });
    const withChild = await createUnit(db, { parent: communeB, name: 'Thôn có con', kind: 'village' });
    await createUnit(db, { parent: withChild, name: 'Xóm nhỏ', kind: 'village' });
    const withPerson = await createUnit(db, { parent: communeB, name: 'Trường có người', kind: 'school' });
    await createPerson(db, { unit: withPerson });
    const withRole = await createUnit(db, { parent: communeB, name: 'Đơn vị có tài khoản', kind: 'other' });
    await createUser(db, { roles: [{ role: 'viewer', unit: withRole }] });

    const officer = await signInAs(t.app, db, 'officer', communeB);
    assert.equal((await del(t.app, officer, `/api/units/${lone.id}`)).statusCode, 403);
    const detail = (await get(t.app, admin, `/api/units/${lone.id}`)).json();
    assert.equal(detail.isReferenced, false);
    assert.equal(detail.can.delete, true);

    for (const unit of [withChild, withPerson, withRole, communeB]) {
      const res = await del(t.app, admin, `/api/units/${unit.id}`);
      assert.equal(res.statusCode, 409, unit.name);
      assert.equal(res.json().error.message, REFERENCED_MESSAGE);
      assert.ok(await unitRow(db, unit.id));
    }
    assert.equal((await get(t.app, admin, `/api/units/${withPerson.id}`)).json().can.delete, false);

    const deleted = await del(t.app, admin, `/api/units/${lone.id}`);
    assert.equal(deleted.statusCode, 204, deleted.body);
    assert.equal(await unitRow(db, lone.id), undefined);
    assert.equal((await get(t.app, admin, `/api/units/${lone.id}`)).statusCode, 404);
    const entries = await auditOf(db, lone.id);
    assert.equal(entries.at(-1)!.action, 'unit.deleted');
    assert.equal((entries.at(-1)!.before as { name: string }).name, 'Tổ dân phố 9');
  });
});

test('the OpenAPI document lists the units routes under "Đơn vị" with Vietnamese summaries', async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  for (const path of ['/api/units', '/api/units/tree', '/api/units/{id}', '/api/unit-events']) {
    const op = doc.paths[path].get;
    assert.deepEqual(op.tags, ['Đơn vị'], path);
    assert.ok(op.summary.length > 5);
  }
  assert.ok(doc.paths['/api/units/{id}/close'].post);
  // Every $ref of the units routes resolves (a recursive schema once produced a dangling one).
  const refs = JSON.stringify(Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/unit'))).match(
    /"\$ref":"[^"]+"/g,
  );
  for (const ref of refs ?? []) {
    const name = ref.split('/').pop()!.replace('"', '');
    assert.ok(doc.components?.schemas?.[name], `dangling ${ref}`);
  }
  assert.ok(doc.paths['/api/unit-events'].post.requestBody);
});
