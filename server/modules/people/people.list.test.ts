// The list's two ways of picking a page (sorting every match, or reading each relevance tier in name order from
// the counted boundaries) must give the same rows in the same order, page after page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PeopleListQuery } from '../../../contracts/people';
import { todayInVietnam } from '../../../contracts/people';
import type { Db } from '../../db/client';
import { type Actor, systemActor } from '../../lib/actor';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes, createUnit, type UnitRow } from '../../test/factories';
import {
  countPeopleList,
  coversEveryUnit,
  listPeopleRows,
  pagePeopleList,
  planPeopleList,
  smallPeopleList,
} from './people.list';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const actorAt = (role: 'admin' | 'officer', unit: UnitRow): Actor => ({
  ...systemActor(),
  roles: [{ role, unitId: unit.id, unitPath: unit.path, unitName: unit.name }],
});

/**
 * Every row of the list, one page after another: counted, then read with sets above `smallSet` read in order;
 * or (smallSet undefined) as the service reads it, small sets in one statement.
 */
async function allPages(
  db: Db,
  actor: Actor,
  query: Partial<PeopleListQuery>,
  options: { pageSize: number; smallSet?: number; everyUnit?: boolean },
) {
  const { pageSize, smallSet, everyUnit = false } = options;
  const today = todayInVietnam();
  const rows: unknown[] = [];
  let total = -1;
  for (let page = 1; page <= 100; page++) {
    const full: PeopleListQuery = { page, pageSize, includeSubunits: false, ...query };
    let items: unknown[];
    if (smallSet === undefined) {
      ({ rows: items, total } = await listPeopleRows(db, actor, full, null, today));
    } else {
      const plan = { ...planPeopleList(actor, full, null, today, everyUnit), smallSet };
      const counts = await countPeopleList(db, plan);
      total = counts.total;
      items = await pagePeopleList(db, plan, counts);
      const small = await smallPeopleList(db, plan);
      assert.equal(small === null, total > smallSet, 'one statement exactly for sets up to smallSet');
      if (page * pageSize >= total) {
        assert.deepEqual(
          await pagePeopleList(db, { ...plan, query: { ...full, page: page + 1 } }, counts),
          [],
        );
      }
    }
    rows.push(...items);
    if (page * pageSize >= total) break;
    assert.equal(items.length, pageSize);
  }
  assert.equal(rows.length, total);
  return rows;
}

test('reading the relevance tiers in name order gives the same pages as sorting every match', async () => {
  const db = t.database.db;
  const { province, communeA, communeB } = await createProvinceWithCommunes(db);
  const school = await createUnit(db, { parent: communeA, name: 'Trường Mầm non Hoa Sen' });
  const names = [
    'Nguyễn Văn An',
    'Nguyễn Văn An',
    'Nguyễn Văn An',
    'Nguyễn Văn Minh An',
    'Nguyễn An Văn',
    'Nguyễn Văn Anh',
    'Nguyễn Vân Thanh',
    'Trần Văn An',
    'Lê Thị Lan',
    'Phạm Ngọc Ánh',
    'Hoàng Văn Toàn',
    'Nguyễn Thị Vân Anh',
    'Đỗ Nguyên An',
    'Bùi Hải Vân',
    'An Văn Nguyễn',
    'Ngô Thanh Vân',
  ];
  for (const [i, fullName] of names.entries()) {
    await createPerson(db, { unit: [communeA, communeB, school][i % 3]!, fullName });
  }
  const actors = [actorAt('admin', province), actorAt('officer', communeA)];
  const queries: Partial<PeopleListQuery>[] = [
    { q: 'nguyen van an' },
    { q: 'an' },
    { q: 'Văn' },
    { q: 'nguyen an' },
    { q: 'van an' },
    { q: 'khong co ai' },
    {},
    { sort: '-name' },
    { q: 'an', sort: 'name' },
  ];
  assert.equal(await coversEveryUnit(db, actors[0]!), true, 'the province holds every unit of this database');
  assert.equal(await coversEveryUnit(db, actors[1]!), false);
  for (const actor of actors) {
    for (const query of queries) {
      const reference = await allPages(db, actor, query, { pageSize: 200, smallSet: 1_000 });
      assert.deepEqual(await allPages(db, actor, query, { pageSize: 3 }), reference, JSON.stringify(query));
      for (const [pageSize, smallSet] of [
        [1, 0],
        [3, 0],
        [4, 2],
        [5, 1],
      ] as const) {
        const paged = await allPages(db, actor, query, { pageSize, smallSet });
        assert.deepEqual(
          paged,
          reference,
          `${JSON.stringify(query)}, page size ${pageSize}, small ${smallSet}`,
        );
      }
      if (actor === actors[0]) {
        // Without the scope check (every unit is the admin's), the same rows.
        const unscoped = await allPages(db, actor, query, { pageSize: 3, smallSet: 2, everyUnit: true });
        assert.deepEqual(unscoped, reference, JSON.stringify(query));
      }
    }
  }
  const anAtA = (await allPages(db, actors[1]!, { q: 'nguyen van an' }, { pageSize: 2, smallSet: 0 })) as {
    full_name: string;
  }[];
  assert.deepEqual(
    anAtA.map((r) => r.full_name),
    [
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      'Nguyễn Văn Minh An',
      'An Văn Nguyễn',
      'Nguyễn Thị Vân Anh',
      'Nguyễn Văn Anh',
      'Nguyễn Vân Thanh',
    ],
  );
  // A second province: the first one's admin no longer holds every unit.
  await createProvinceWithCommunes(db);
  assert.equal(await coversEveryUnit(db, actors[0]!), false);
  assert.equal(await coversEveryUnit(db, systemActor()), true);
});
