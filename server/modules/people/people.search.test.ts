import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createUnit } from '../../test/factories';
import { searchCondition } from './people.queries';
import { get, peopleWorld } from './people.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const names = (body: { items: { fullName: string }[] }) => body.items.map((p) => p.fullName);

test('search ignores diacritics and case; every word must match', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  for (const fullName of [
    'Nguyễn Văn An',
    'Nguyễn Thị Ánh',
    'Đặng Thị Thu',
    'Trần Đức Anh',
    'Phan Văn Bình',
    'Lê Nguyên Hạnh',
  ]) {
    await createPerson(t.database.db, { unit: w.communeA, fullName });
  }
  const search = async (q: string) =>
    names((await get(t.app, w.officerA, `/api/people?q=${encodeURIComponent(q)}&pageSize=50`)).json());

  assert.deepEqual(await search('nguyen van an'), ['Nguyễn Văn An']);
  assert.deepEqual(await search('Nguyễn Văn An'), ['Nguyễn Văn An']);
  assert.deepEqual(await search('NGUYEN'), ['Nguyễn Văn An', 'Nguyễn Thị Ánh', 'Lê Nguyên Hạnh']);
  assert.deepEqual(await search('dang'), ['Đặng Thị Thu']);
  assert.deepEqual(await search('ĐẶNG'), ['Đặng Thị Thu']);
  assert.deepEqual(await search('duc'), ['Trần Đức Anh']);
  assert.deepEqual(await search('an van nguyen'), ['Nguyễn Văn An'], 'words in any order');
  assert.deepEqual(
    await search('an'),
    ['Nguyễn Văn An', 'Trần Đức Anh', 'Nguyễn Thị Ánh', 'Phan Văn Bình', 'Lê Nguyên Hạnh', 'Đặng Thị Thu'],
    'a word matches inside names',
  );
  assert.deepEqual(await search('nguyen binh'), [], 'every word must match');
  // Decomposed (NFD) input from some keyboards is folded the same way.
  assert.deepEqual(await search('Nguye\u0302\u0303n Va\u0306n An'), ['Nguyễn Văn An']);
  // LIKE wildcards are literal characters, not "match anything".
  assert.deepEqual(await search('%'), []);
  assert.deepEqual(await search('_'), []);
});

test('the default order is Vietnamese, given name first; items show the current unit and position', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const unit = await createUnit(t.database.db, { parent: w.communeA, name: 'Trường Tiểu học Cẩm Thành' });
  for (const fullName of [
    'Trần Văn Đức',
    'Lê Thị Ánh',
    'Nguyễn Văn An',
    'Phạm Thị Dung',
    'Hoàng Văn Ân',
    'Vũ Văn Bảo',
  ]) {
    await createPerson(t.database.db, { unit, fullName });
  }
  const body = (await get(t.app, w.officerA, `/api/people?unitId=${unit.id}`)).json();
  assert.deepEqual(names(body), [
    'Nguyễn Văn An',
    'Lê Thị Ánh',
    'Hoàng Văn Ân',
    'Vũ Văn Bảo',
    'Phạm Thị Dung',
    'Trần Văn Đức',
  ]);
  assert.equal(body.total, 6);
  assert.equal(body.items[0].current.unitName, 'Trường Tiểu học Cẩm Thành');
  assert.equal(body.items[0].current.cadreClass, 'cong_chuc');
  const reversed = (await get(t.app, w.officerA, `/api/people?unitId=${unit.id}&sort=-name`)).json();
  assert.deepEqual(names(reversed), [...names(body)].reverse());
  const page2 = (await get(t.app, w.officerA, `/api/people?unitId=${unit.id}&page=2&pageSize=4`)).json();
  assert.deepEqual(names(page2), ['Phạm Thị Dung', 'Trần Văn Đức']);
  assert.equal(page2.total, 6);
});

test('with a query and no explicit sort, the exact name comes first, then whole-word matches', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  for (const fullName of [
    'Đoàn Thanh Văn',
    'Đoàn Văn Thanh Ái',
    'Đoàn Văn Anh',
    'Đoàn Văn Hoàng An',
    'Đoàn Văn An',
  ]) {
    await createPerson(t.database.db, { unit: w.communeA, fullName });
  }
  const q = encodeURIComponent('doan van an');
  assert.deepEqual(names((await get(t.app, w.officerA, `/api/people?q=${q}`)).json()), [
    'Đoàn Văn An',
    'Đoàn Văn Hoàng An',
    'Đoàn Văn Thanh Ái',
    'Đoàn Văn Anh',
    'Đoàn Thanh Văn',
  ]);
  // An explicit sort wins: Vietnamese order by given name (Ái before An).
  assert.deepEqual(names((await get(t.app, w.officerA, `/api/people?q=${q}&sort=name`)).json()), [
    'Đoàn Văn Thanh Ái',
    'Đoàn Văn An',
    'Đoàn Văn Hoàng An',
    'Đoàn Văn Anh',
    'Đoàn Thanh Văn',
  ]);
});

test('a 12-digit query finds the CCCD exactly; gender filter; bad query parameters answer 400', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const woman = await createPerson(t.database.db, {
    unit: w.communeA,
    fullName: 'Bùi Thị Mai',
    gender: 'female',
    birthDate: '1992-02-02',
    cccd: '042192004567',
  });
  const byCccd = (await get(t.app, w.officerA, '/api/people?q=042192004567')).json();
  assert.deepEqual(
    byCccd.items.map((p: { id: string }) => p.id),
    [woman.id],
  );
  assert.equal((await get(t.app, w.officerA, '/api/people?q=042192004568')).json().total, 0);
  const women = (await get(t.app, w.officerA, '/api/people?gender=female&q=mai')).json();
  assert.deepEqual(names(women), ['Bùi Thị Mai']);
  assert.equal((await get(t.app, w.officerA, '/api/people?gender=male&q=mai')).json().total, 0);
  for (const bad of ['pageSize=1000', 'sort=ten', 'gender=x', 'unitId=abc', 'includeSubunits=co']) {
    const res = await get(t.app, w.officerA, `/api/people?${bad}`);
    assert.equal(res.statusCode, 400, bad);
    assert.equal(res.json().error.code, 'VALIDATION');
    assert.ok(Object.keys(res.json().error.fields).length > 0, bad);
  }
});

test('the name search can use the trigram index (plan pinned with EXPLAIN)', async () => {
  const condition = searchCondition('nguyen van an')!;
  const plan = await t.database.db.transaction(async (tx) => {
    // A handful of rows would make any planner scan the table; forbid that to see whether the index applies.
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await queryRows<{ 'QUERY PLAN': string }>(
      tx,
      sql`explain select p.id from people p where ${condition}`,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
  assert.match(plan, /people_name_trgm_idx/, plan);
  const cccdPlan = await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await queryRows<{ 'QUERY PLAN': string }>(
      tx,
      sql`explain select p.id from people p where ${searchCondition('042192004567')!}`,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
  assert.match(cccdPlan, /people_cccd_key/, cccdPlan);
});
