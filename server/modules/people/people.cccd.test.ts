import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { people } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { auditOf, counts, get, patch, peopleWorld, personBody, post } from './people.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

// Male, born 1985 in Hà Tĩnh (042): 4th digit 0, 5th–6th digits 85.
const GOOD = '042085001234';

test('CCCD validation: length, digits, province code, gender/century digit and birth year; nothing written', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const before = await counts(t.database.db);
  const cases: [string, RegExp][] = [
    ['04208500123', /đúng 12 chữ số/],
    ['0420850012345', /đúng 12 chữ số/],
    ['04208500123A', /đúng 12 chữ số/],
    ['003085001234', /Mã tỉnh "003"/],
    ['099085001234', /Mã tỉnh "099"/],
    ['042185001234', /Chữ số thứ 4.*giới tính nam/],
    ['042285001234', /Chữ số thứ 4.*thế kỷ của năm sinh 1985/],
    ['042086001234', /Chữ số thứ 5–6.*năm sinh 1985/],
  ];
  for (const [cccd, reason] of cases) {
    const res = await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id, { cccd }));
    assert.equal(res.statusCode, 400, cccd);
    const error = res.json().error;
    assert.equal(error.code, 'VALIDATION');
    assert.match(error.fields.cccd, reason, cccd);
  }
  assert.deepEqual(await counts(t.database.db), before);
  const ok = await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id, { cccd: GOOD }));
  assert.equal(ok.statusCode, 201, ok.body);
});

test('a duplicate CCCD answers 409 naming the field, also when the holder is outside the actor’s scope', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const cccd = '042190000777';
  const first = await post(
    t.app,
    w.officerB,
    '/api/people',
    personBody(w.communeB.id, {
      fullName: 'Trương Thị Lan',
      gender: 'female',
      birthDate: '1990-07-07',
      cccd,
    }),
  );
  assert.equal(first.statusCode, 201, first.body);
  const before = await counts(t.database.db);
  const again = await post(
    t.app,
    w.officerA,
    '/api/people',
    personBody(w.communeA.id, {
      fullName: 'Trương Thị Lan',
      gender: 'female',
      birthDate: '1990-07-07',
      cccd,
    }),
  );
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error.code, 'CONFLICT');
  assert.equal(again.json().error.fields.cccd, 'Số CCCD này đã có trong hệ thống');
  assert.deepEqual(await counts(t.database.db), before);

  // Changing someone else's number to a taken one is refused the same way.
  const other = (await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id))).json();
  const clash = await patch(t.app, w.officerA, `/api/people/${other.id}`, {
    version: other.version,
    fullName: 'Trương Thị Lan',
    gender: 'female',
    birthDate: '1990-07-07',
    cccd,
  });
  assert.equal(clash.statusCode, 409);
  assert.equal(clash.json().error.fields.cccd, 'Số CCCD này đã có trong hệ thống');
});

test('changing gender or birth date so that the stored CCCD no longer fits is refused', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const person = (
    await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id, { cccd: '042085009999' }))
  ).json();
  const res = await patch(t.app, w.officerA, `/api/people/${person.id}`, { version: 1, gender: 'female' });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.cccd, /giới tính nữ/);
  const year = await patch(t.app, w.officerA, `/api/people/${person.id}`, {
    version: 1,
    birthDate: '1986-01-01',
  });
  assert.equal(year.statusCode, 400);
  assert.match(year.json().error.fields.cccd, /năm sinh 1986/);
  const [row] = await t.database.db.select().from(people).where(eq(people.id, person.id));
  assert.equal(row!.gender, 'male');
  assert.equal(row!.version, 1);
});

test('the CCCD is masked for officers and viewers; admins see it, and that view is audited', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const created = await post(
    t.app,
    w.officerA,
    '/api/people',
    personBody(w.communeA.id, { fullName: 'Đinh Văn Hùng', cccd: '042085004321' }),
  );
  assert.equal(created.statusCode, 201);
  const id = created.json().id;
  assert.equal(created.json().cccd, '042******321');
  assert.equal(created.json().cccdMasked, true);

  for (const session of [w.officerA, w.viewerA]) {
    const detail = (await get(t.app, session, `/api/people/${id}`)).json();
    assert.equal(detail.cccd, '042******321');
    assert.equal(detail.cccdMasked, true);
    assert.equal(detail.can.viewFullCccd, false);
    const list = (await get(t.app, session, '/api/people?q=dinh%20van%20hung')).json();
    assert.equal(list.items[0].cccd, '042******321');
    // Searching by the full number works, but the answer stays masked.
    const byNumber = (await get(t.app, session, '/api/people?q=042085004321')).json();
    assert.equal(byNumber.items[0].cccd, '042******321');
  }
  assert.deepEqual(
    (await auditOf(t.database.db, id)).map((e) => e.action),
    ['person.created', 'person.viewed', 'person.viewed'],
    'each read of the full record is audited (Nghị định 13/2023), lists are not',
  );

  const full = (await get(t.app, w.admin, `/api/people/${id}`)).json();
  assert.equal(full.cccd, '042085004321');
  assert.equal(full.cccdMasked, false);
  assert.equal(
    (await get(t.app, w.admin, '/api/people?q=dinh%20van%20hung')).json().items[0].cccd,
    '042085004321',
  );
  const entries = await auditOf(t.database.db, id);
  assert.deepEqual(
    entries.map((e) => e.action),
    ['person.created', 'person.viewed', 'person.viewed', 'person.viewed_full'],
  );
  assert.equal(entries[3]!.unitId, w.communeA.id);
  // The trail itself does not hold the full number.
  assert.ok(!JSON.stringify(entries[0]!.after).includes('042085004321'));
});
