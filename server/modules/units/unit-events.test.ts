import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, unitEvents } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { createUnit, type UnitRow } from '../../test/factories';
import { systemActor } from '../../lib/actor';
import type { AppError } from '../../lib/errors';
import { recordUnitEvent } from './unit-events.service';
import { auditOf, get, post, signInAs, unitRow, writeCounts } from './units.fixtures';
import { closeUnit as closeUnitService, createUnit as createUnitService } from './units.service';

let t: TestApp;
let db: Db;
before(async () => {
  t = await buildTestApp();
  db = t.database.db;
});
after(() => t.close());

const RESOLUTION = 'Nghị quyết số 1665/NQ-UBTVQH15';

/** A province with one district and three communes, each commune with a village. */
async function districtWithCommunes() {
  const province = await createUnit(db, {
    name: 'Tỉnh Hà Tĩnh',
    kind: 'province',
    level: 'province',
    validFrom: '1991-10-01',
  });
  const district = await createUnit(db, {
    parent: province,
    name: 'Huyện Cẩm Xuyên',
    kind: 'district',
    level: 'district',
    validFrom: '1991-10-01',
  });
  const communes: UnitRow[] = [];
  const villages: UnitRow[] = [];
  for (const name of ['Thị trấn Cẩm Xuyên', 'Xã Cẩm Quang', 'Xã Cẩm Thành']) {
    const commune = await createUnit(db, { parent: district, name, validFrom: '1991-10-01' });
    communes.push(commune);
    villages.push(await createUnit(db, { parent: commune, name: `Thôn 1 ${name}`, kind: 'village' }));
  }
  return { province, district, communes, villages };
}

type Ref = { id: string; name: string; accessible: boolean };
const ids = (refs: Ref[]) => refs.map((r) => r.id).sort();

describe('merge', () => {
  test('three communes merge into a new one: sources close the day before, children move, history shows', async () => {
    const { province, district, communes, villages } = await districtWithCommunes();
    const closedVillage = await createUnit(db, {
      parent: communes[2]!,
      name: 'Thôn cũ',
      kind: 'village',
      validTo: '2020-12-31',
    });
    const admin = await signInAs(t.app, db, 'admin', province);
    const res = await post(t.app, admin, '/api/unit-events', {
      kind: 'merge',
      effectiveOn: '2025-07-01',
      documentRef: RESOLUTION,
      sourceIds: communes.map((c) => c.id),
      newUnit: { name: 'Xã Cẩm Xuyên', kind: 'commune', level: 'commune', parentId: province.id },
    });
    assert.equal(res.statusCode, 201, res.body);
    const { event, createdUnitIds } = res.json();
    assert.equal(createdUnitIds.length, 1);
    const newId: string = createdUnitIds[0];
    const created = (await unitRow(db, newId))!;
    assert.equal(created.validFrom, '2025-07-01');
    assert.equal(created.parentId, province.id);
    assert.equal(created.path, `${province.path}${newId}/`);
    assert.equal(event.kind, 'merge');
    assert.equal(event.documentRef, RESOLUTION);
    assert.deepEqual(ids(event.sources), communes.map((c) => c.id).sort());
    assert.deepEqual(ids(event.targets), [newId]);

    for (const commune of communes) {
      const row = (await unitRow(db, commune.id))!;
      assert.equal(row.validTo, '2025-06-30');
      assert.match(row.closedReason!, /Sáp nhập vào "Xã Cẩm Xuyên" \(Nghị quyết số 1665\/NQ-UBTVQH15\)/);
      // The event is visible from every unit it touches, with its predecessors and successor.
      const detail = (await get(t.app, admin, `/api/units/${commune.id}`)).json();
      assert.equal(detail.events.length, 1);
      assert.deepEqual(ids(detail.events[0].targets), [newId]);
      assert.equal(detail.isOpen, false);
      assert.equal(detail.can.close, false);
    }
    for (const village of villages) {
      const row = (await unitRow(db, village.id))!;
      assert.equal(row.parentId, newId);
      assert.equal(row.path, `${created.path}${village.id}/`);
    }
    assert.equal((await unitRow(db, closedVillage.id))!.parentId, communes[2]!.id, 'closed children stay');
    const newDetail = (await get(t.app, admin, `/api/units/${newId}`)).json();
    assert.deepEqual(ids(newDetail.events[0].sources), communes.map((c) => c.id).sort());
    assert.equal(newDetail.childCount, 3);
    const listed = (await get(t.app, admin, `/api/unit-events?unitId=${newId}`)).json();
    assert.equal(listed.total, 1);

    const eventAudit = await auditOf(db, event.id);
    assert.equal(eventAudit.length, 1);
    assert.equal(eventAudit[0]!.entity, 'unit_event');
    assert.equal(eventAudit[0]!.unitId, newId);
    assert.equal((await auditOf(db, newId))[0]!.action, 'unit.created');
    assert.equal((await auditOf(db, communes[0]!.id)).at(-1)!.action, 'unit.closed');
    assert.equal((await auditOf(db, villages[0]!.id)).at(-1)!.action, 'unit.moved');

    // The district still shows its communes on 30/06/2025, and not from 01/07/2025.
    const onEve = (await get(t.app, admin, '/api/units/tree?asOf=2025-06-30')).json();
    const districtNode = onEve.roots[0].children.find((c: { id: string }) => c.id === district.id);
    assert.equal(districtNode.childCount, 3);
    const eveCommune = districtNode.children.find((c: { id: string }) => c.id === communes[0]!.id);
    assert.deepEqual(
      eveCommune.children.map((v: { id: string }) => v.id),
      [villages[0]!.id],
      'on the eve, the village is shown under the commune it belonged to',
    );
    const onDay = (await get(t.app, admin, '/api/units/tree?asOf=2025-07-01')).json();
    const newNode = onDay.roots[0].children.find((c: { id: string }) => c.id === newId);
    assert.equal(newNode.childCount, 3);
    assert.equal(onDay.roots[0].children.find((c: { id: string }) => c.id === district.id).childCount, 0);
  });

  test('an existing unit may absorb another; its identity and validity stay', async () => {
    const { province, communes, villages } = await districtWithCommunes();
    const admin = await signInAs(t.app, db, 'admin', province);
    const res = await post(t.app, admin, '/api/unit-events', {
      kind: 'merge',
      effectiveOn: '2024-01-01',
      sourceIds: [communes[1]!.id],
      targetId: communes[0]!.id,
      moveChildren: true,
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal((await unitRow(db, communes[1]!.id))!.validTo, '2023-12-31');
    assert.equal((await unitRow(db, communes[0]!.id))!.validTo, null);
    assert.equal((await unitRow(db, villages[1]!.id))!.parentId, communes[0]!.id);
  });

  test('bad merges are refused in Vietnamese and write nothing', async () => {
    const { province, communes } = await districtWithCommunes();
    const admin = await signInAs(t.app, db, 'admin', province);
    const counts = await writeCounts(db);
    const base = { kind: 'merge', effectiveOn: '2025-07-01', documentRef: RESOLUTION };
    const newUnit = { name: 'Xã Mới', kind: 'commune', level: 'commune', parentId: province.id };
    const cases: [unknown, number, string][] = [
      [{ ...base, sourceIds: [communes[0]!.id], newUnit }, 400, 'sourceIds'],
      [{ ...base, sourceIds: communes.map((c) => c.id) }, 400, 'targetId'],
      [{ ...base, sourceIds: [communes[0]!.id, communes[0]!.id], newUnit }, 400, 'sourceIds'],
      [{ ...base, sourceIds: [communes[0]!.id], targetId: communes[0]!.id }, 400, 'targetId'],
      [
        { ...base, effectiveOn: '2025-02-31', sourceIds: [communes[0]!.id], targetId: communes[1]!.id },
        400,
        'effectiveOn',
      ],
      [{ ...base, kind: 'explode', sourceIds: [communes[0]!.id] }, 400, 'kind'],
      [
        { ...base, effectiveOn: '1990-01-01', sourceIds: [communes[0]!.id], targetId: communes[1]!.id },
        400,
        'sourceIds',
      ],
      [
        {
          ...base,
          sourceIds: [communes[0]!.id, communes[1]!.id],
          newUnit: { ...newUnit, parentId: communes[0]!.id },
        },
        400,
        'newUnit.parentId',
      ],
    ];
    for (const [payload, status, field] of cases) {
      const res = await post(t.app, admin, '/api/unit-events', payload);
      assert.equal(res.statusCode, status, `${field}: ${res.body}`);
      assert.equal(res.json().error.code, 'VALIDATION');
      assert.ok(res.json().error.fields[field], `${field}: ${res.body}`);
    }
    assert.deepEqual(await writeCounts(db), counts);
    for (const c of communes) assert.equal((await unitRow(db, c.id))!.validTo, null);
  });
});

describe('split', () => {
  test('a commune splits into two new units and an existing one; children go where assigned', async () => {
    const { province, district, communes, villages } = await districtWithCommunes();
    const source = communes[0]!;
    const second = await createUnit(db, { parent: source, name: 'Thôn 2', kind: 'village' });
    const third = await createUnit(db, { parent: source, name: 'Thôn 3', kind: 'village' });
    const admin = await signInAs(t.app, db, 'admin', province);
    const body = {
      kind: 'split',
      effectiveOn: '2015-01-01',
      sourceId: source.id,
      newUnits: [
        { name: 'Xã Cẩm Xuyên Bắc', kind: 'commune', level: 'commune' },
        { name: 'Xã Cẩm Xuyên Nam', kind: 'commune', level: 'commune' },
      ],
      targetIds: [communes[1]!.id],
      childAssignments: { [villages[0]!.id]: 0, [second.id]: 1 },
    };
    const counts = await writeCounts(db);
    const missing = await post(t.app, admin, '/api/unit-events', body);
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().error.fields.childAssignments, /Thôn 3/);
    assert.deepEqual(await writeCounts(db), counts);

    const res = await post(t.app, admin, '/api/unit-events', {
      ...body,
      childAssignments: { ...body.childAssignments, [third.id]: communes[1]!.id },
    });
    assert.equal(res.statusCode, 201, res.body);
    const { event, createdUnitIds } = res.json();
    assert.equal(createdUnitIds.length, 2);
    const [north, south] = createdUnitIds as [string, string];
    assert.equal((await unitRow(db, source.id))!.validTo, '2014-12-31');
    assert.equal((await unitRow(db, north))!.parentId, district.id);
    assert.equal((await unitRow(db, north))!.validFrom, '2015-01-01');
    assert.equal((await unitRow(db, villages[0]!.id))!.parentId, north);
    assert.equal((await unitRow(db, second.id))!.parentId, south);
    assert.equal((await unitRow(db, third.id))!.parentId, communes[1]!.id);
    assert.deepEqual(ids(event.sources), [source.id]);
    assert.deepEqual(ids(event.targets), [north, south, communes[1]!.id].sort());
    const northDetail = (await get(t.app, admin, `/api/units/${north}`)).json();
    assert.equal(northDetail.events[0].sources[0].name, 'Thị trấn Cẩm Xuyên');
  });
});

describe('rename', () => {
  test('the unit keeps its id; the name at a date follows the rename history', async () => {
    const { province, communes } = await districtWithCommunes();
    const town = communes[0]!;
    const admin = await signInAs(t.app, db, 'admin', province);
    const res = await post(t.app, admin, '/api/unit-events', {
      kind: 'rename',
      effectiveOn: '2025-07-01',
      documentRef: RESOLUTION,
      unitId: town.id,
      newName: 'Phường Cẩm Xuyên',
      newShortName: 'Cẩm Xuyên',
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().event.details, {
      oldName: 'Thị trấn Cẩm Xuyên',
      newName: 'Phường Cẩm Xuyên',
      oldShortName: null,
      newShortName: 'Cẩm Xuyên',
    });
    const row = (await unitRow(db, town.id))!;
    assert.equal(row.name, 'Phường Cẩm Xuyên');
    assert.equal(row.nameFolded, 'phuong cam xuyen');
    const at = async (date: string) =>
      (await get(t.app, admin, `/api/units/${town.id}/name-at?date=${date}`)).json();
    assert.equal((await at('2025-06-30')).name, 'Thị trấn Cẩm Xuyên');
    assert.equal((await at('2025-06-30')).shortName, null);
    assert.equal((await at('2025-07-01')).name, 'Phường Cẩm Xuyên');
    assert.equal((await at('2025-07-01')).shortName, 'Cẩm Xuyên');
    assert.equal((await at('1980-01-01')).existed, false);
    const found = (await get(t.app, admin, '/api/units?q=phuong%20cam')).json();
    assert.deepEqual(
      found.items.map((u: { id: string }) => u.id),
      [town.id],
    );

    const older = await post(t.app, admin, '/api/unit-events', {
      kind: 'rename',
      effectiveOn: '2020-01-01',
      unitId: town.id,
      newName: 'Thị trấn Mới',
    });
    assert.equal(older.statusCode, 400);
    assert.ok(older.json().error.fields.effectiveOn);
    const same = await post(t.app, admin, '/api/unit-events', {
      kind: 'rename',
      effectiveOn: '2026-01-01',
      unitId: town.id,
      newName: 'Phường Cẩm Xuyên',
    });
    assert.equal(same.statusCode, 400);
    assert.equal(same.json().error.fields.newName, 'Tên mới trùng với tên hiện tại');
    assert.equal((await auditOf(db, town.id)).at(-1)!.action, 'unit.renamed');
  });
});

describe('move', () => {
  test('the whole subtree moves in one update; moving under a descendant is refused', async () => {
    const { province, district, communes, villages } = await districtWithCommunes();
    const otherDistrict = await createUnit(db, {
      parent: province,
      name: 'Huyện Kỳ Anh',
      kind: 'district',
      level: 'district',
    });
    const hamlet = await createUnit(db, { parent: villages[0]!, name: 'Xóm Đông', kind: 'village' });
    const admin = await signInAs(t.app, db, 'admin', province);
    const commune = communes[0]!;

    const counts = await writeCounts(db);
    for (const target of [hamlet, villages[0]!, commune]) {
      const res = await post(t.app, admin, '/api/unit-events', {
        kind: 'move',
        effectiveOn: '2024-01-01',
        unitId: commune.id,
        newParentId: target.id,
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error.fields.newParentId, /chính nó hoặc vào một đơn vị trực thuộc/);
    }
    const sameParent = await post(t.app, admin, '/api/unit-events', {
      kind: 'move',
      effectiveOn: '2024-01-01',
      unitId: commune.id,
      newParentId: district.id,
    });
    assert.equal(sameParent.statusCode, 400);
    assert.deepEqual(await writeCounts(db), counts);

    const res = await post(t.app, admin, '/api/unit-events', {
      kind: 'move',
      effectiveOn: '2024-01-01',
      unitId: commune.id,
      newParentId: otherDistrict.id,
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().event.details, {
      unitId: commune.id,
      oldParentId: district.id,
      oldParentName: 'Huyện Cẩm Xuyên',
      newParentId: otherDistrict.id,
      newParentName: 'Huyện Kỳ Anh',
    });
    const newPath = `${otherDistrict.path}${commune.id}/`;
    assert.equal((await unitRow(db, commune.id))!.path, newPath);
    assert.equal((await unitRow(db, commune.id))!.parentId, otherDistrict.id);
    assert.equal((await unitRow(db, commune.id))!.version, 2);
    assert.equal((await unitRow(db, villages[0]!.id))!.path, `${newPath}${villages[0]!.id}/`);
    assert.equal((await unitRow(db, hamlet.id))!.path, `${newPath}${villages[0]!.id}/${hamlet.id}/`);
    assert.equal((await unitRow(db, villages[1]!.id))!.path, villages[1]!.path, 'siblings stay');

    // Scope follows the move: an officer of the old district no longer sees the commune.
    const oldOfficer = await signInAs(t.app, db, 'officer', district);
    assert.equal((await get(t.app, oldOfficer, `/api/units/${hamlet.id}`)).statusCode, 404);
    const newOfficer = await signInAs(t.app, db, 'officer', otherDistrict);
    assert.equal((await get(t.app, newOfficer, `/api/units/${hamlet.id}`)).statusCode, 200);
  });
});

describe('permissions and scope of events', () => {
  test('only administrators of every unit involved record events; officers see events in their scope', async () => {
    const { province, district, communes } = await districtWithCommunes();
    const otherCommune = await createUnit(db, { parent: province, name: 'Xã Kỳ Bắc' });
    const officer = await signInAs(t.app, db, 'officer', district);
    const communeAdmin = await signInAs(t.app, db, 'admin', communes[0]!);
    const counts = await writeCounts(db);
    const rename = { kind: 'rename', effectiveOn: '2024-01-01', unitId: communes[0]!.id, newName: 'Xã Khác' };
    assert.equal((await post(t.app, officer, '/api/unit-events', rename)).statusCode, 403);
    const merge = {
      kind: 'merge',
      effectiveOn: '2024-01-01',
      sourceIds: [communes[0]!.id, otherCommune.id],
      newUnit: { name: 'Xã Gộp', kind: 'commune', level: 'commune', parentId: province.id },
    };
    assert.equal((await post(t.app, communeAdmin, '/api/unit-events', merge)).statusCode, 404);
    assert.equal((await post(t.app, officer, '/api/unit-events', merge)).statusCode, 404);
    assert.deepEqual(await writeCounts(db), counts);

    const admin = await signInAs(t.app, db, 'admin', province);
    assert.equal((await post(t.app, admin, '/api/unit-events', rename)).statusCode, 201);
    const outside = {
      kind: 'rename',
      effectiveOn: '2024-01-01',
      unitId: otherCommune.id,
      newName: 'Xã Kỳ Bắc Mới',
    };
    assert.equal((await post(t.app, admin, '/api/unit-events', outside)).statusCode, 201);

    const seen = (await get(t.app, officer, '/api/unit-events')).json();
    assert.equal(seen.total, 1, 'the officer of the district sees only the event inside it');
    assert.equal(seen.items[0].details.newName, 'Xã Khác');
    const all = (await get(t.app, admin, '/api/unit-events?kind=rename&pageSize=100')).json();
    assert.ok(all.total >= 2);
    const entries = await db.select().from(auditLog).where(eq(auditLog.entity, 'unit_event'));
    const stored = await db.select().from(unitEvents);
    assert.equal(entries.length, stored.length, 'every event is audited');
  });
});

describe('the 1 July 2025 reform, as data', () => {
  test('districts close on 30/06/2025; communes merge from 01/07/2025 directly under the province', async () => {
    const { province, district, communes, villages } = await districtWithCommunes();
    const keptCommune = await createUnit(db, {
      parent: district,
      name: 'Xã Cẩm Bình',
      validFrom: '1991-10-01',
    });
    const office = await createUnit(db, {
      parent: district,
      name: 'Phòng Nội vụ huyện Cẩm Xuyên',
      kind: 'agency',
      level: 'district',
      validFrom: '1991-10-01',
    });
    const admin = await signInAs(t.app, db, 'admin', province);
    const merged = await post(t.app, admin, '/api/unit-events', {
      kind: 'merge',
      effectiveOn: '2025-07-01',
      documentRef: RESOLUTION,
      note: 'Sắp xếp đơn vị hành chính cấp xã (minh họa)',
      sourceIds: communes.map((c) => c.id),
      newUnit: { name: 'Xã Cẩm Xuyên', kind: 'commune', level: 'commune', parentId: province.id },
    });
    assert.equal(merged.statusCode, 201, merged.body);
    const moved = await post(t.app, admin, '/api/unit-events', {
      kind: 'move',
      effectiveOn: '2025-07-01',
      documentRef: RESOLUTION,
      unitId: keptCommune.id,
      newParentId: province.id,
    });
    assert.equal(moved.statusCode, 201, moved.body);
    const refused = await post(t.app, admin, `/api/units/${district.id}/close`, { validTo: '2025-06-30' });
    assert.equal(refused.statusCode, 409, 'the district office is still open');
    const closed = await post(t.app, admin, `/api/units/${district.id}/close`, {
      validTo: '2025-06-30',
      reason: 'Kết thúc hoạt động của đơn vị hành chính cấp huyện',
      closeChildren: true,
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal((await unitRow(db, office.id))!.validTo, '2025-06-30');

    const names = (nodes: { name: string }[]) => nodes.map((n) => n.name);
    const before2025 = (await get(t.app, admin, '/api/units/tree?asOf=2025-06-30')).json();
    assert.deepEqual(names(before2025.roots[0].children), ['Huyện Cẩm Xuyên']);
    assert.deepEqual(names(before2025.roots[0].children[0].children), [
      'Phòng Nội vụ huyện Cẩm Xuyên',
      'Thị trấn Cẩm Xuyên',
      'Xã Cẩm Bình',
      'Xã Cẩm Quang',
      'Xã Cẩm Thành',
    ]);
    const after2025 = (await get(t.app, admin, '/api/units/tree?asOf=2025-07-01')).json();
    assert.deepEqual(names(after2025.roots[0].children), ['Xã Cẩm Bình', 'Xã Cẩm Xuyên']);
    const newCommune = after2025.roots[0].children[1];
    assert.deepEqual(names(newCommune.children), names(villages).sort());
    const today = (await get(t.app, admin, `/api/units?parentId=${province.id}`)).json();
    assert.deepEqual(
      today.items.map((u: { name: string }) => u.name),
      ['Xã Cẩm Bình', 'Xã Cẩm Xuyên'],
    );
    const districtDetail = (await get(t.app, admin, `/api/units/${district.id}`)).json();
    assert.equal(districtDetail.validTo, '2025-06-30');
    assert.equal(districtDetail.isOpen, false);
  });
});

describe('service functions for scripts (the demo seed)', () => {
  test('createUnit, recordUnitEvent and closeUnit work for the system actor inside one transaction', async () => {
    const actor = systemActor();
    const result = await db.transaction(async (tx) => {
      const province = await createUnitService(tx, actor, {
        name: 'Tỉnh Hà Tĩnh',
        code: `HT-${Date.now()}`,
        kind: 'province',
        level: 'province',
        validFrom: '1991-10-01',
      });
      const district = await createUnitService(tx, actor, {
        parentId: province.id,
        name: 'Huyện Cẩm Xuyên',
        kind: 'district',
        level: 'district',
        validFrom: '1991-10-01',
      });
      const a = await createUnitService(tx, actor, {
        parentId: district.id,
        name: 'Xã Cẩm Hòa',
        kind: 'commune',
        level: 'commune',
        validFrom: '1991-10-01',
      });
      const b = await createUnitService(tx, actor, {
        parentId: district.id,
        name: 'Xã Cẩm Dương',
        kind: 'commune',
        level: 'commune',
        validFrom: '1991-10-01',
      });
      const merged = await recordUnitEvent(tx, actor, {
        kind: 'merge',
        effectiveOn: '2025-07-01',
        sourceIds: [a.id, b.id],
        newUnit: { name: 'Xã Cẩm Duệ', kind: 'commune', level: 'commune', parentId: province.id },
      });
      const closed = await closeUnitService(tx, actor, district.id, { validTo: '2025-06-30' });
      return { province, merged, closed };
    });
    assert.equal(result.province.parentId, null);
    assert.equal(result.merged.event.documentRef, null);
    assert.equal(result.closed.validTo, '2025-06-30');
    const created = (await unitRow(db, result.merged.createdUnitIds[0]!))!;
    assert.equal(created.parentId, result.province.id);

    await assert.rejects(
      recordUnitEvent(db, actor, {
        kind: 'rename',
        effectiveOn: '2025-02-30',
        unitId: created.id,
        newName: '',
      }),
      (error: AppError) =>
        error.code === 'VALIDATION' && !!error.fields?.effectiveOn && !!error.fields?.newName,
    );
  });
});
