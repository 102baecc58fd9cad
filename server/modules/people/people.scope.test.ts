import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { buildTestApp, signIn, type TestApp } from '../../test/app';
import { createPerson, createUnit, createUser } from '../../test/factories';
import { counts, get, patch, peopleWorld, personBody, post, signInAs } from './people.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('the officer of commune A cannot see or change a person of commune B: 404 everywhere, absent from lists', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const inB = await createPerson(t.database.db, {
    unit: w.communeB,
    fullName: 'Hoàng Thị Bích Ngọc',
    gender: 'female',
    birthDate: '1990-05-01',
    cccd: '042190000321',
  });
  const inA = await createPerson(t.database.db, { unit: w.communeA, fullName: 'Phạm Văn Cường' });
  const before = await counts(t.database.db);

  // B's officer sees the person; A's officer does not.
  assert.equal((await get(t.app, w.officerB, `/api/people/${inB.id}`)).statusCode, 200);
  for (const res of [
    await get(t.app, w.officerA, `/api/people/${inB.id}`),
    await patch(t.app, w.officerA, `/api/people/${inB.id}`, { version: 1, fullName: 'Tên Khác' }),
    await post(t.app, w.officerA, `/api/people/${inB.id}/employments`, {
      unitId: w.communeA.id,
      cadreClass: 'can_bo',
      fromDate: '2024-01-01',
    }),
    await patch(t.app, w.officerA, `/api/people/${inB.id}/employments/${randomUUID()}`, {
      toDate: '2024-01-01',
    }),
    await get(t.app, w.officerA, `/api/people/${randomUUID()}`),
    await patch(t.app, w.officerA, `/api/people/${randomUUID()}`, { version: 1, fullName: 'Đoán Mã' }),
  ]) {
    assert.equal(res.statusCode, 404, res.body);
    assert.equal(res.json().error.code, 'NOT_FOUND');
    assert.match(res.json().error.message, /Không tìm thấy/);
  }
  assert.deepEqual(
    await counts(t.database.db),
    { ...before, audit: before.audit + 1 },
    'refused requests wrote nothing (the one entry is B’s officer reading the record)',
  );

  const listA = (await get(t.app, w.officerA, '/api/people?pageSize=200')).json();
  assert.ok(listA.items.some((p: { id: string }) => p.id === inA.id));
  assert.ok(!listA.items.some((p: { id: string }) => p.id === inB.id));
  for (const q of ['hoang thi bich ngoc', 'ngoc', '042190000321']) {
    const found = (await get(t.app, w.officerA, `/api/people?q=${encodeURIComponent(q)}`)).json();
    assert.equal(found.total, 0, q);
  }
  const byUnit = (await get(t.app, w.officerA, `/api/people?unitId=${w.communeB.id}`)).json();
  assert.equal(byUnit.total, 0);

  // The province admin sees both.
  const all = (await get(t.app, w.admin, '/api/people?q=ngoc')).json();
  assert.ok(all.items.some((p: { id: string }) => p.id === inB.id));
});

test('scope follows the unit subtree: people of a village are visible to the officer of its commune', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const village = await createUnit(t.database.db, {
    parent: w.communeA,
    name: 'Thôn Trung Sơn',
    kind: 'village',
  });
  const villager = await createPerson(t.database.db, { unit: village, fullName: 'Lê Thị Hà' });
  assert.equal((await get(t.app, w.officerA, `/api/people/${villager.id}`)).statusCode, 200);
  assert.equal((await get(t.app, w.officerB, `/api/people/${villager.id}`)).statusCode, 404);
  const withSub = (
    await get(t.app, w.officerA, `/api/people?unitId=${w.communeA.id}&includeSubunits=true`)
  ).json();
  assert.ok(withSub.items.some((p: { id: string }) => p.id === villager.id));
  const own = (await get(t.app, w.officerA, `/api/people?unitId=${w.communeA.id}`)).json();
  assert.ok(!own.items.some((p: { id: string }) => p.id === villager.id));
});

test('a viewer sees people of the subtree but may not change them (403), nor create any', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const person = await createPerson(t.database.db, { unit: w.communeA, fullName: 'Võ Văn Dũng' });
  const view = await get(t.app, w.viewerA, `/api/people/${person.id}`);
  assert.equal(view.statusCode, 200);
  assert.deepEqual(view.json().can, {
    update: false,
    addEmployment: false,
    viewFullCccd: false,
    viewFullBirthDate: false,
  });
  const edit = await patch(t.app, w.viewerA, `/api/people/${person.id}`, {
    version: 1,
    fullName: 'Võ Văn Dũng Em',
  });
  assert.equal(edit.statusCode, 403);
  assert.equal(edit.json().error.code, 'FORBIDDEN');
  const create = await post(t.app, w.viewerA, '/api/people', personBody(w.communeA.id));
  assert.equal(create.statusCode, 403);
  assert.equal((await get(t.app, w.viewerA, '/api/people')).json().can.create, false);
});

test('an officer can create people only at units in their subtree', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const twoRoles = await createUser(t.database.db, {
    roles: [
      { role: 'officer', unit: w.communeA },
      { role: 'viewer', unit: w.communeB },
    ],
  });
  const mixed = await signIn(t.app, twoRoles.username, twoRoles.password);
  const before = await counts(t.database.db);
  const outside = await post(t.app, w.officerA, '/api/people', personBody(w.communeB.id));
  assert.equal(outside.statusCode, 400, outside.body);
  assert.equal(outside.json().error.fields['employment.unitId'], 'Không tìm thấy đơn vị');
  const above = await post(t.app, w.officerA, '/api/people', personBody(w.province.id));
  assert.equal(above.statusCode, 400, "the province lies outside the commune officer's subtree");
  // Officer at A and viewer at B: B is visible but not theirs to fill → 403.
  const seenNotOwned = await post(t.app, mixed, '/api/people', personBody(w.communeB.id));
  assert.equal(seenNotOwned.statusCode, 403, seenNotOwned.body);
  assert.deepEqual(await counts(t.database.db), before);
  const inside = await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id));
  assert.equal(inside.statusCode, 201, inside.body);
});

test('after moving to commune B, commune A still sees the person (history) but only B and admins may edit', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const adminA = await signInAs(t.app, t.database.db, 'admin', w.communeA);
  const created = (await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id))).json();
  const jobA = created.employments[0].id;
  const closed = await patch(t.app, w.officerA, `/api/people/${created.id}/employments/${jobA}`, {
    toDate: '2020-12-31',
  });
  assert.equal(closed.statusCode, 200, closed.body);
  const moved = await post(t.app, w.admin, `/api/people/${created.id}/employments`, {
    unitId: w.communeB.id,
    cadreClass: 'cong_chuc',
    fromDate: '2021-01-01',
  });
  assert.equal(moved.statusCode, 201, moved.body);

  const seenByA = await get(t.app, w.officerA, `/api/people/${created.id}`);
  assert.equal(seenByA.statusCode, 200);
  assert.equal(seenByA.json().can.update, false);
  const editByA = await patch(t.app, w.officerA, `/api/people/${created.id}`, {
    version: 1,
    phone: '0912345678',
  });
  assert.equal(editByA.statusCode, 403);
  const editByB = await patch(t.app, w.officerB, `/api/people/${created.id}`, {
    version: 1,
    phone: '0912345678',
  });
  assert.equal(editByB.statusCode, 200, editByB.body);
  const editByAdminA = await patch(t.app, adminA, `/api/people/${created.id}`, {
    version: 2,
    phone: '0987654321',
  });
  assert.equal(editByAdminA.statusCode, 200, editByAdminA.body);
  // B's officer may not touch the employment at A.
  const touchA = await patch(t.app, w.officerB, `/api/people/${created.id}/employments/${jobA}`, {
    position: 'Phó Chủ tịch',
  });
  assert.equal(touchA.statusCode, 403);
  // Listing shows the current unit (B).
  const list = (
    await get(t.app, w.admin, `/api/people?q=${encodeURIComponent('nguyen van an')}&pageSize=200`)
  ).json();
  const item = list.items.find((p: { id: string }) => p.id === created.id);
  assert.equal(item.current.unitId, w.communeB.id);
  assert.equal(item.current.unitName, w.communeB.name);
});
