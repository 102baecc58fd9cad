import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { ModelView } from '../../../contracts/models';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text';
import { auditLog, movements } from '../../db/schema/index';
import { buildTestApp, call, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes, createUnit } from '../../test/factories';
import { get, patch, post, signInAs } from '../people/people.fixtures';

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;

/** A province with communes A and B, people in each (with CCCD and birth date), users at each level. */
async function world() {
  const db = t.database.db;
  const tree = await createProvinceWithCommunes(db);
  const farmer = await createPerson(db, {
    unit: tree.communeA,
    fullName: 'Nguyễn Văn Được',
    birthDate: '1968-04-02',
    cccd: `0421${String(Date.now()).slice(-8)}`,
  });
  await db.execute(sql`update employments set position = 'Trưởng thôn' where person_id = ${farmer.id}`);
  const other = await createPerson(db, { unit: tree.communeB, fullName: 'Lê Thị Bình' });
  return {
    ...tree,
    farmer,
    other,
    officerA: await signInAs(t.app, db, 'officer', tree.communeA),
    officerB: await signInAs(t.app, db, 'officer', tree.communeB),
    viewerA: await signInAs(t.app, db, 'viewer', tree.communeA),
    provinceOfficer: await signInAs(t.app, db, 'officer', tree.province),
  };
}

// One world per file: the sign-in rate limit (30 a minute per address) would refuse one per test.
before(async () => {
  t = await buildTestApp();
  w = await world();
});
after(() => t.close());

const STORY =
  'Ông Nguyễn Văn Được đã hiến 500 m² đất làm đường giao thông nông thôn.\nÔng vận động 20 hộ trong thôn cùng hiến đất, góp công.';

function body(overrides: Record<string, unknown> = {}) {
  return {
    ownerUnitId: w.communeA.id,
    subjectKind: 'individual',
    personId: w.farmer.id,
    category: 'san_xuat_nong_thon_moi',
    field: 'nong_nghiep',
    title: 'Hiến đất làm đường nông thôn mới',
    story: STORY,
    links: [{ title: 'Bài viết trên Báo Hà Tĩnh', url: 'https://baohatinh.vn/bai-viet-minh-hoa' }],
    recognizedBy: 'Chủ tịch UBND xã',
    recognizedByUnitId: w.communeA.id,
    recognizedOn: '2023-06-10',
    recognitionDocument: 'Quyết định tặng Giấy khen (minh họa)',
    activities: [
      { kind: 'gap_mat_bieu_duong', heldOn: '2023-06-11', partner: 'Ủy ban MTTQ xã' },
      { kind: 'tuyen_truyen', heldOn: '2023-06-20', partner: 'Đài truyền thanh xã', note: 'Phát 3 buổi' },
    ],
    ...overrides,
  };
}

async function createModel(overrides: Record<string, unknown> = {}): Promise<ModelView> {
  const res = await post(t.app, w.officerA, '/api/models', body(overrides));
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

test('a model of a person: created, read, corrected; description from the person’s post; audited', async () => {
  const model = await createModel();
  assert.deepEqual(model.subject, {
    kind: 'individual',
    source: 'person',
    id: w.farmer.id,
    name: 'Nguyễn Văn Được',
    description: `Trưởng thôn, ${w.communeA.name}`,
  });
  assert.equal(model.story, STORY);
  assert.deepEqual(
    model.activities.map((a) => [a.kind, a.heldOn]),
    [
      ['gap_mat_bieu_duong', '2023-06-11'],
      ['tuyen_truyen', '2023-06-20'],
    ],
  );
  assert.deepEqual(model.can, { update: true, delete: true, publish: true });
  assert.equal(model.published, false);

  const res = await patch(t.app, w.officerA, `/api/models/${model.id}`, {
    version: model.version,
    title: 'Gương hiến đất làm đường giao thông nông thôn',
    activities: [{ kind: 'chuyen_de', heldOn: '2023-07-01' }],
  });
  assert.equal(res.statusCode, 200, res.body);
  const updated = res.json() as ModelView;
  assert.equal(updated.title, 'Gương hiến đất làm đường giao thông nông thôn');
  assert.deepEqual(
    updated.activities.map((a) => a.kind),
    ['chuyen_de'],
  );
  assert.equal(updated.version, model.version + 1);
  const stale = await patch(t.app, w.officerA, `/api/models/${model.id}`, {
    version: model.version,
    title: 'Cũ hơn',
  });
  assert.equal(stale.statusCode, 409);

  // Switching to a free-named subject clears the person and the derived description.
  const free = await patch(t.app, w.officerA, `/api/models/${model.id}`, {
    version: updated.version,
    subjectName: 'Bà Trần Thị Hoa',
    subjectDescription: 'Hội viên phụ nữ thôn 3',
  });
  assert.equal(free.statusCode, 200, free.body);
  assert.deepEqual(free.json().subject, {
    kind: 'individual',
    source: 'free',
    id: null,
    name: 'Bà Trần Thị Hoa',
    description: 'Hội viên phụ nữ thôn 3',
  });

  const trail = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, model.id))
    .orderBy(auditLog.seq);
  assert.deepEqual(
    trail.map((e) => e.action),
    ['exemplary_model.created', 'exemplary_model.updated', 'exemplary_model.updated'],
  );
  assert.equal(JSON.stringify(trail).includes('1968-04-02'), false, 'the audit holds no birth date');
});

test('validation: links, subject rules, the units and people in scope', async () => {
  const url = '/api/models';
  let res = await post(
    t.app,
    w.officerA,
    url,
    body({ links: [{ title: 'Xem', url: 'javascript:alert(1)' }] }),
  );
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields['links.0.url'], 'Chỉ nhận liên kết http:// hoặc https://');
  res = await post(t.app, w.officerA, url, body({ links: [{ title: 'Xem', url: 'baohatinh.vn/a' }] }));
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.officerA, url, body({ subjectName: 'Ông A' }));
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.subjectName, /không cả hai/);
  res = await post(t.app, w.officerA, url, body({ subjectKind: 'collective' }));
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.personId);
  res = await post(t.app, w.officerA, url, body({ personId: null }));
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.personId);
  res = await post(t.app, w.officerA, url, body({ personId: w.other.id }));
  assert.equal(res.statusCode, 400, 'a person of another commune does not exist for this officer');
  assert.equal(res.json().error.fields.personId, 'Không tìm thấy cá nhân');
  res = await post(t.app, w.officerA, url, body({ ownerUnitId: w.communeB.id }));
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.officerA, url, body({ recognizedByUnitId: w.communeB.id }));
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.recognizedByUnitId, 'Không tìm thấy đơn vị công nhận');
  res = await post(t.app, w.officerA, url, body({ category: 'khac' }));
  assert.equal(res.statusCode, 400);
  res = await post(
    t.app,
    w.officerA,
    url,
    body({ activities: [{ kind: 'gap_mat_bieu_duong', heldOn: '2023-02-30' }] }),
  );
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.viewerA, url, body());
  assert.equal(res.statusCode, 403);
  res = await post(t.app, null, url, body());
  assert.equal(res.statusCode, 401);

  // A province recognising a commune's model; a collective of the tree; a collective outside it.
  const byProvince = await createModel({
    recognizedByUnitId: w.province.id,
    recognizedBy: 'Chủ tịch UBND tỉnh',
  });
  assert.equal(byProvince.recognizedByUnit?.id, w.province.id);
  const unit = await createModel({ subjectKind: 'collective', personId: null, unitId: w.communeA.id });
  assert.equal(unit.subject.source, 'unit');
  const coop = await createModel({
    subjectKind: 'collective',
    personId: null,
    subjectName: 'Tổ hợp tác trồng rau an toàn thôn 5',
  });
  assert.deepEqual([coop.subject.source, coop.subject.name], ['free', 'Tổ hợp tác trồng rau an toàn thôn 5']);
});

test('scope: another commune does not see the model; a viewer reads but does not change it', async () => {
  const model = await createModel();
  assert.equal((await get(t.app, w.officerB, `/api/models/${model.id}`)).statusCode, 404);
  assert.equal(
    (await patch(t.app, w.officerB, `/api/models/${model.id}`, { version: model.version, title: 'Sửa' }))
      .statusCode,
    404,
  );
  const listB = (await get(t.app, w.officerB, '/api/models')).json();
  assert.equal(
    listB.items.some((i: { id: string }) => i.id === model.id),
    false,
  );
  const seen = await get(t.app, w.viewerA, `/api/models/${model.id}`);
  assert.equal(seen.statusCode, 200);
  assert.deepEqual(seen.json().can, { update: false, delete: false, publish: false });
  assert.equal(
    (await patch(t.app, w.viewerA, `/api/models/${model.id}`, { version: model.version, title: 'Sửa' }))
      .statusCode,
    403,
  );
  assert.equal(
    (await post(t.app, w.viewerA, `/api/models/${model.id}/publish`, { version: model.version })).statusCode,
    403,
  );
  // The province's officer sees and manages the commune's models.
  const province = await get(t.app, w.provinceOfficer, `/api/models/${model.id}`);
  assert.equal(province.json().can.update, true);
  assert.equal((await get(t.app, w.officerA, `/api/models/${randomUUID()}`)).statusCode, 404);
});

test('search without diacritics by name, field and unit; filters by category and publication', async () => {
  const model = await createModel({ title: 'Nông dân sản xuất giỏi' });
  const search = async (q: string) =>
    (await get(t.app, w.officerA, `/api/models?q=${encodeURIComponent(q)}&pageSize=100`))
      .json()
      .items.map((i: { id: string }) => i.id) as string[];
  assert.ok((await search('nong dan san xuat')).includes(model.id));
  assert.ok((await search('nguyen van duoc')).includes(model.id));
  assert.ok((await search('nong nghiep')).includes(model.id), 'the field label is searched');
  assert.ok((await search(w.communeA.name.slice(0, 6))).includes(model.id), 'the unit is searched');
  assert.equal((await search('khong co ai ten nay')).length, 0);
  const byCategory = (
    await get(t.app, w.officerA, '/api/models?category=nguoi_tot_viec_tot&pageSize=100')
  ).json();
  assert.equal(
    byCategory.items.some((i: { id: string }) => i.id === model.id),
    false,
  );
  const item = (await get(t.app, w.officerA, '/api/models?published=false&pageSize=100'))
    .json()
    .items.find((i: { id: string }) => i.id === model.id);
  assert.equal(item.activityCount, 2);
  assert.equal(item.lastActivityOn, '2023-06-20');
});

test('publication: the public page shows published models only, without CCCD, birth date or internal data', async () => {
  const model = await createModel({ title: 'Gương người tốt việc tốt công khai' });
  const publicUrl = `/api/public/models/${model.id}`;
  assert.equal(
    (await call(t.app, null, { method: 'GET', url: publicUrl })).statusCode,
    404,
    'not yet published',
  );

  const short = await createModel({ story: 'Ngắn quá' });
  const refused = await post(t.app, w.officerA, `/api/models/${short.id}/publish`, {
    version: short.version,
  });
  assert.equal(refused.statusCode, 400);
  assert.ok(refused.json().error.fields.story);

  const published = await post(t.app, w.officerA, `/api/models/${model.id}/publish`, {
    version: model.version,
  });
  assert.equal(published.statusCode, 200, published.body);
  const view = published.json() as ModelView;
  assert.equal(view.published, true);

  const res = await call(t.app, null, { method: 'GET', url: publicUrl });
  assert.equal(res.statusCode, 200, res.body);
  const pub = res.json();
  assert.deepEqual(Object.keys(pub).sort(), [
    'activities',
    'category',
    'field',
    'id',
    'links',
    'movementName',
    'photos',
    'recognitionDocument',
    'recognizedBy',
    'recognizedOn',
    'story',
    'subject',
    'title',
  ]);
  assert.deepEqual(pub.subject, {
    kind: 'individual',
    name: 'Nguyễn Văn Được',
    description: `Trưởng thôn, ${w.communeA.name}`,
  });
  assert.deepEqual(pub.activities[1], {
    kind: 'tuyen_truyen',
    heldOn: '2023-06-20',
    partner: 'Đài truyền thanh xã',
  });
  const result = (await t.database.db.execute(
    sql`select cccd from people where id = ${w.farmer.id}`,
  )) as unknown as {
    rows: { cccd: string }[];
  };
  const cccd = result.rows[0]!.cccd;
  for (const secret of [cccd, '1968', w.farmer.id, 'Phát 3 buổi', w.communeA.id]) {
    assert.equal(res.body.includes(secret), false, `the public answer leaks ${secret}`);
  }

  const list = await call(t.app, null, {
    method: 'GET',
    url: '/api/public/models?q=nguoi tot viec tot cong khai',
  });
  assert.equal(list.statusCode, 200);
  assert.deepEqual(
    list.json().items.map((i: { id: string }) => i.id),
    [model.id],
  );
  assert.equal(list.body.includes(cccd), false);
  const all = (await call(t.app, null, { method: 'GET', url: '/api/public/models?pageSize=50' })).json();
  assert.ok(
    all.items.every((i: { id: string }) => i.id !== short.id),
    'unpublished models stay hidden',
  );

  // Withdrawn: gone from the public page; a published model is withdrawn before deletion.
  assert.equal(
    (await call(t.app, w.officerA, { method: 'DELETE', url: `/api/models/${model.id}` })).statusCode,
    409,
  );
  const withdrawn = await post(t.app, w.officerA, `/api/models/${model.id}/unpublish`, {
    version: view.version,
  });
  assert.equal(withdrawn.statusCode, 200, withdrawn.body);
  assert.equal((await call(t.app, null, { method: 'GET', url: publicUrl })).statusCode, 404);
  assert.equal(
    (await call(t.app, w.officerA, { method: 'DELETE', url: `/api/models/${model.id}` })).statusCode,
    200,
  );
  assert.equal((await get(t.app, w.officerA, `/api/models/${model.id}`)).statusCode, 404);
  const actions = (
    await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, model.id)).orderBy(auditLog.seq)
  ).map((a) => a.action);
  assert.deepEqual(actions, [
    'exemplary_model.created',
    'exemplary_model.published',
    'exemplary_model.unpublished',
    'exemplary_model.deleted',
  ]);
});

test('the public API is rate-limited per address', async () => {
  const url = `/api/public/models/${randomUUID()}`;
  const headers = { 'x-forwarded-for': '203.0.113.9' };
  let last = 0;
  for (let i = 0; i < 121; i++) {
    last = (await t.app.inject({ method: 'GET', url, headers, remoteAddress: '203.0.113.9' })).statusCode;
  }
  assert.equal(last, 429);
});

test('a subject that has left the scope since stays on a correction, but cannot be chosen anew', async () => {
  const db = t.database.db;
  const village = await createUnit(db, {
    parent: w.communeA,
    name: 'Tổ hợp tác thôn Rú',
    kind: 'cooperative',
  });
  const model = await createModel({ subjectKind: 'collective', personId: null, unitId: village.id });
  // The cooperative passes to commune B (as in the 2025 arrangement).
  await db.execute(
    sql`update units set parent_id = ${w.communeB.id}, path = ${`${w.communeB.path}${village.id}/`} where id = ${village.id}`,
  );
  const kept = await patch(t.app, w.officerA, `/api/models/${model.id}`, {
    version: model.version,
    title: 'Tổ hợp tác sản xuất giỏi',
    unitId: village.id,
  });
  assert.equal(kept.statusCode, 200, kept.body);
  assert.equal(kept.json().subject.name, 'Tổ hợp tác thôn Rú');
  const other = await createModel();
  const chosen = await patch(t.app, w.officerA, `/api/models/${other.id}`, {
    version: other.version,
    subjectKind: 'collective',
    personId: null,
    unitId: village.id,
  });
  assert.equal(chosen.statusCode, 400);
  assert.equal(chosen.json().error.fields.unitId, 'Không tìm thấy đơn vị');
});

test('a model may name the movement it arose in: known movements only, its name shown and public', async () => {
  const db = t.database.db;
  const name = 'Doanh nghiệp Việt Nam hội nhập và phát triển';
  const [movement] = await db
    .insert(movements)
    .values({
      name,
      nameFolded: foldVietnamese(name),
      nameSort: vietnameseSortKey(name),
      kind: 'regular',
      unitId: w.province.id,
    })
    .returning({ id: movements.id });
  const unknown = await post(t.app, w.officerA, '/api/models', body({ movementId: randomUUID() }));
  assert.equal(unknown.statusCode, 400);
  assert.equal(unknown.json().error.fields.movementId, 'Không tìm thấy phong trào thi đua');
  const model = await createModel({ movementId: movement!.id });
  assert.deepEqual(model.movement, { id: movement!.id, name });
  const found = (await get(t.app, w.officerA, '/api/models?q=hoi nhap va phat trien&pageSize=100')).json();
  assert.ok(
    found.items.some((i: { id: string }) => i.id === model.id),
    'the movement is searched',
  );
  const published = await post(t.app, w.officerA, `/api/models/${model.id}/publish`, {
    version: model.version,
  });
  assert.equal(published.statusCode, 200, published.body);
  const pub = (await call(t.app, null, { method: 'GET', url: `/api/public/models/${model.id}` })).json();
  assert.equal(pub.movementName, name);
});
