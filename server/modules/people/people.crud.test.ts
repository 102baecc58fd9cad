import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { employments, people } from '../../db/schema/index';
import { systemActor } from '../../lib/actor';
import { buildTestApp, type TestApp } from '../../test/app';
import { createUnit } from '../../test/factories';
import { createPeopleBulk } from './people.bulk';
import { auditOf, counts, get, patch, peopleWorld, personBody, post } from './people.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('create: NFD input is stored NFC, folded and sorted; contact fields normalised; creation audited', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const nfd = 'Nguye\u0302\u0303n  Thi\u0323   Hoa\u0300ng  Oanh';
  const res = await post(
    t.app,
    w.officerA,
    '/api/people',
    personBody(w.communeA.id, {
      fullName: nfd,
      gender: 'female',
      birthDate: '1990-01-31',
      ethnicity: 'Mường',
      phone: '+84 912.345.678',
      email: ' Oanh.NTH@HaTinh.gov.vn ',
      address: ' Thôn 1, xã Cẩm Thành ',
    }),
  );
  assert.equal(res.statusCode, 201, res.body);
  const view = res.json();
  assert.equal(view.fullName, 'Nguyễn Thị Hoàng Oanh');
  assert.equal(view.version, 1);
  assert.deepEqual(view.can, {
    update: true,
    addEmployment: true,
    viewFullCccd: false,
    viewFullBirthDate: true,
  });
  assert.equal(view.employments.length, 1);
  assert.equal(view.employments[0].unitName, w.communeA.name);
  assert.equal(view.employments[0].isCurrent, true);
  const [row] = await t.database.db.select().from(people).where(eq(people.id, view.id));
  assert.equal(row!.fullName, 'Nguyễn Thị Hoàng Oanh');
  assert.equal(row!.fullName, row!.fullName.normalize('NFC'));
  assert.notEqual(row!.fullName, nfd.normalize('NFD'));
  assert.equal(row!.fullNameFolded, 'nguyen thi hoang oanh');
  assert.ok(row!.nameSort.length > 0);
  assert.equal(row!.phone, '0912345678');
  assert.equal(row!.email, 'oanh.nth@hatinh.gov.vn');
  assert.equal(row!.address, 'Thôn 1, xã Cẩm Thành');
  assert.equal(row!.ethnicity, 'Mường');
  const audit = await auditOf(t.database.db, view.id);
  assert.deepEqual(
    audit.map((e) => [e.action, e.entity, e.unitId]),
    [['person.created', 'person', w.communeA.id]],
  );
  // Digits grouped with spaces are accepted and stored bare.
  const spaced = await post(
    t.app,
    w.officerA,
    '/api/people',
    personBody(w.communeA.id, { cccd: '042 085 007 007' }),
  );
  assert.equal(spaced.statusCode, 201, spaced.body);
  const [spacedRow] = await t.database.db.select().from(people).where(eq(people.id, spaced.json().id));
  assert.equal(spacedRow!.cccd, '042085007007');
  // Ethnicity defaults to Kinh.
  const kinh = (await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id))).json();
  assert.equal(kinh.ethnicity, 'Kinh');
});

test('bad bodies answer 400 with Vietnamese messages per field, and nothing is written', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const before = await counts(t.database.db);
  const unitId = w.communeA.id;
  const employment = personBody(unitId).employment;
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ fullName: undefined }, 'fullName', /Thiếu giá trị bắt buộc/],
    [{ fullName: 'A' }, 'fullName', /ít nhất 2 ký tự/],
    [{ fullName: 'Nguyễn Văn 3' }, 'fullName', /chỉ được gồm chữ cái/],
    [{ fullName: 'x'.repeat(201) }, 'fullName', /200/],
    [{ gender: 'nam' }, 'gender', /Giới tính/],
    [{ birthDate: '1990-02-30' }, 'birthDate', /không tồn tại/],
    [{ birthDate: '15/03/1985' }, 'birthDate', /YYYY-MM-DD/],
    [{ birthDate: '2999-01-01' }, 'birthDate', /1900–2100/],
    [{ birthDate: '2099-01-01' }, 'birthDate', /tương lai/],
    [{ ethnicity: 'Việt Kiều' }, 'ethnicity', /54 dân tộc/],
    [{ phone: '12345' }, 'phone', /Số điện thoại/],
    [{ phone: '0112345678' }, 'phone', /Số điện thoại/],
    [{ email: 'khong-phai-email' }, 'email', /email/],
    [{ nickname: 'An' }, 'body', /Trường không được phép/],
    [{ employment: { ...employment, cadreClass: 'sinh_vien' } }, 'employment.cadreClass', /Đối tượng/],
    [{ employment: { ...employment, unitId: 'abc' } }, 'employment.unitId', /đơn vị/],
    [{ employment: { ...employment, toDate: '2014-12-31' } }, 'employment.toDate', /sau ngày bắt đầu/],
    [{ employment: { ...employment, fromDate: '1980-01-01' } }, 'employment.fromDate', /sau ngày sinh/],
    [{ employment: undefined }, 'employment', /Thiếu/],
  ];
  for (const [override, field, message] of cases) {
    const res = await post(t.app, w.officerA, '/api/people', personBody(unitId, override));
    assert.equal(res.statusCode, 400, `${JSON.stringify(override)} → ${res.body}`);
    const error = res.json().error;
    assert.equal(error.code, 'VALIDATION');
    assert.ok(error.fields[field], `${field} missing in ${JSON.stringify(error.fields)}`);
    assert.match(error.fields[field], message, field);
    assert.match(error.message, /[ạảãáàâăêôơưđ]/i, 'message in Vietnamese');
  }
  const notJson = await t.app.inject({
    method: 'POST',
    url: '/api/people',
    payload: '{"fullName": ',
    headers: {
      cookie: w.officerA.cookie,
      'x-csrf-token': w.officerA.csrfToken,
      'content-type': 'application/json',
    },
  });
  assert.equal(notJson.statusCode, 400);
  assert.deepEqual(await counts(t.database.db), before);
});

test('optimistic locking: a stale version answers 409 and changes nothing; success increments it', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const person = (await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id))).json();
  const first = await patch(t.app, w.officerA, `/api/people/${person.id}`, {
    version: 1,
    fullName: 'Nguyễn Văn Ân',
    address: 'Xóm 2',
  });
  assert.equal(first.statusCode, 200, first.body);
  assert.equal(first.json().version, 2);
  assert.equal(first.json().fullName, 'Nguyễn Văn Ân');
  const stale = await patch(t.app, w.officerA, `/api/people/${person.id}`, {
    version: 1,
    fullName: 'Nguyễn Văn Bê',
  });
  assert.equal(stale.statusCode, 409);
  assert.equal(stale.json().error.code, 'CONFLICT');
  assert.match(stale.json().error.message, /vừa được người khác cập nhật/);
  const [row] = await t.database.db.select().from(people).where(eq(people.id, person.id));
  assert.equal(row!.fullName, 'Nguyễn Văn Ân');
  assert.equal(row!.fullNameFolded, 'nguyen van an');
  assert.equal(row!.address, 'Xóm 2', 'absent keys stay unchanged, present ones change');
  assert.equal(row!.version, 2);
  // Omitted fields are untouched; null clears an optional one.
  const cleared = await patch(t.app, w.officerA, `/api/people/${person.id}`, { version: 2, address: null });
  assert.equal(cleared.json().address, null);
  assert.equal(cleared.json().fullName, 'Nguyễn Văn Ân');
  const nothing = await patch(t.app, w.officerA, `/api/people/${person.id}`, { version: 3 });
  assert.equal(nothing.statusCode, 400);
  assert.equal(nothing.json().error.fields.body, 'Chưa có thông tin nào cần sửa');
  const missing = await patch(t.app, w.officerA, `/api/people/${person.id}`, {
    fullName: 'Không Có Version',
  });
  assert.equal(missing.statusCode, 400);
  assert.ok(missing.json().error.fields.version);
  const audit = await auditOf(t.database.db, person.id);
  assert.deepEqual(
    audit.map((e) => e.action),
    ['person.created', 'person.updated', 'person.updated'],
  );
  assert.deepEqual(audit[1]!.before, { fullName: 'Nguyễn Văn An', address: null, version: 1 });
  assert.deepEqual(audit[1]!.after, { fullName: 'Nguyễn Văn Ân', address: 'Xóm 2', version: 2 });
});

test('employments: add, refuse overlaps at the same unit, close with toDate, refuse end before start', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const school = await createUnit(t.database.db, { parent: w.communeA, name: 'Trường Mầm non Cẩm Thành' });
  const person = (await post(t.app, w.officerA, '/api/people', personBody(w.communeA.id))).json();
  const jobId = person.employments[0].id;
  const before = await counts(t.database.db);

  const overlap = await post(t.app, w.officerA, `/api/people/${person.id}/employments`, {
    unitId: w.communeA.id,
    cadreClass: 'can_bo',
    fromDate: '2020-01-01',
  });
  assert.equal(overlap.statusCode, 400);
  assert.match(overlap.json().error.fields.fromDate, /Trùng thời gian.*01\/01\/2015 đến nay/);
  const backwards = await patch(t.app, w.officerA, `/api/people/${person.id}/employments/${jobId}`, {
    toDate: '2014-01-01',
  });
  assert.equal(backwards.statusCode, 400);
  assert.ok(backwards.json().error.fields.toDate);
  const outside = await post(t.app, w.officerA, `/api/people/${person.id}/employments`, {
    unitId: w.communeB.id,
    cadreClass: 'can_bo',
    fromDate: '2020-01-01',
  });
  assert.equal(outside.statusCode, 400);
  assert.deepEqual(await counts(t.database.db), before);

  const second = await post(t.app, w.officerA, `/api/people/${person.id}/employments`, {
    unitId: school.id,
    position: 'Kiêm nhiệm kế toán',
    cadreClass: 'vien_chuc',
    isDirectWorker: false,
    fromDate: '2022-09-01',
  });
  assert.equal(second.statusCode, 201, second.body);
  assert.equal(second.json().employments.length, 2);
  const closed = await patch(t.app, w.officerA, `/api/people/${person.id}/employments/${jobId}`, {
    toDate: '2022-08-31',
    position: 'Chuyên viên chính',
  });
  assert.equal(closed.statusCode, 200, closed.body);
  const job = closed.json().employments.find((e: { id: string }) => e.id === jobId);
  assert.equal(job.toDate, '2022-08-31');
  assert.equal(job.position, 'Chuyên viên chính');
  assert.equal(job.isCurrent, false);
  // Once closed, a new period at the same unit after it is fine.
  const back = await post(t.app, w.officerA, `/api/people/${person.id}/employments`, {
    unitId: w.communeA.id,
    cadreClass: 'can_bo',
    fromDate: '2024-01-01',
  });
  assert.equal(back.statusCode, 201, back.body);
  // Re-opening the closed one would now overlap the new period.
  const reopen = await patch(t.app, w.officerA, `/api/people/${person.id}/employments/${jobId}`, {
    toDate: null,
  });
  assert.equal(reopen.statusCode, 400);
  const rows = await t.database.db.select().from(employments).where(eq(employments.personId, person.id));
  assert.equal(rows.length, 3);
  const audit = await auditOf(t.database.db, person.id);
  assert.deepEqual(
    audit.map((e) => [e.action, e.unitId]),
    [
      ['person.created', w.communeA.id],
      ['person.employment_added', school.id],
      ['person.employment_closed', w.communeA.id],
      ['person.employment_added', w.communeA.id],
    ],
  );
});

test('createPeopleBulk (seeding path): all valid → one audit entry; one bad item → nothing written', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const actor = systemActor();
  const item = (fullName: string, cccd: string | null = null) => ({
    fullName,
    gender: 'male' as const,
    birthDate: '1980-05-05',
    cccd,
    employments: [
      {
        unitId: w.communeA.id,
        cadreClass: 'cong_chuc' as const,
        fromDate: '2005-01-01',
        toDate: '2010-12-31',
      },
      { unitId: w.communeB.id, cadreClass: 'can_bo' as const, position: 'Chủ tịch', fromDate: '2011-01-01' },
    ],
  });
  const before = await counts(t.database.db);
  const ids = await t.database.db.transaction((tx) =>
    createPeopleBulk(tx, actor, [item('Lương Văn Một', '042080000001'), item('Lương Văn Hai')]),
  );
  assert.equal(ids.length, 2);
  const after1 = await counts(t.database.db);
  assert.deepEqual(after1, {
    people: before.people + 2,
    employments: before.employments + 4,
    audit: before.audit + 1,
  });
  const detail = (await get(t.app, w.officerB, `/api/people/${ids[0]}`)).json();
  assert.equal(detail.employments.length, 2);
  assert.equal(detail.employments[1].position, 'Chủ tịch');

  await assert.rejects(
    t.database.db.transaction((tx) =>
      createPeopleBulk(tx, actor, [item('Lương Văn Ba'), item('Lương Văn Bốn', '042080000001')]),
    ),
    (error: { code: string; extra: { rows: { row: number; field: string; message: string }[] } }) => {
      assert.equal(error.code, 'VALIDATION');
      assert.deepEqual(error.extra.rows, [
        { row: 2, field: 'cccd', message: 'Số CCCD này đã có trong hệ thống' },
      ]);
      return true;
    },
  );
  assert.deepEqual(
    await counts(t.database.db),
    { ...after1, audit: after1.audit + 1 },
    'only the read was recorded',
  );
});
