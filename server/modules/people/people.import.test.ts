import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { desc, eq } from 'drizzle-orm';
import { PEOPLE_IMPORT_COLUMNS } from '../../../contracts/people';
import { composeCccd } from '../../../domain/cccd';
import { UPLOAD_LIMIT_BYTES } from '../../app';
import { auditLog, people } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes, createUnit, createUser } from '../../test/factories';
import { createSession } from '../auth/sessions.queries';
import { buildPeopleXlsx, counts, get, peopleWorld, upload } from './people.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

interface RowError {
  row: number;
  field: string;
  column?: string;
  message: string;
}

test('the template downloads as .xlsx with a Vietnamese file name and opens with its sheets and dropdowns', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const res = await get(t.app, w.officerA, '/api/people/import-template.xlsx');
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(
    res.headers['content-type'],
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const disposition = String(res.headers['content-disposition']);
  assert.match(disposition, /^attachment; filename="Mau nhap ca nhan.xlsx"/);
  assert.ok(
    disposition.includes(`filename*=UTF-8''${encodeURIComponent('Mẫu nhập cá nhân.xlsx')}`),
    disposition,
  );

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    ['Danh sách', 'Hướng dẫn', 'Danh mục'],
  );
  const sheet = workbook.getWorksheet('Danh sách')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(
    headers,
    PEOPLE_IMPORT_COLUMNS.map((c) => c.header),
  );
  for (const expected of [
    'STT',
    'Họ và tên',
    'Giới tính (Nam/Nữ)',
    'Ngày sinh (dd/mm/yyyy)',
    'Số CCCD',
    'Từ ngày (dd/mm/yyyy)',
  ]) {
    assert.ok((headers as string[]).includes(expected), expected);
  }
  assert.equal(sheet.getCell('C2').dataValidation?.type, 'list', 'gender dropdown');
  assert.equal(sheet.getCell('L100').dataValidation?.type, 'list', 'cadre class dropdown');
  const guide = workbook.getWorksheet('Hướng dẫn')!;
  assert.ok(guide.rowCount >= PEOPLE_IMPORT_COLUMNS.length + 1);
  assert.match(String(guide.getCell('C7').value), /12 chữ số/);
  const lists = workbook.getWorksheet('Danh mục')!;
  const unitNames = lists.getColumn(6).values.slice(2).map(String);
  assert.ok(unitNames.includes(w.communeA.name), 'the officer’s own unit is offered');
  assert.ok(!unitNames.includes(w.communeB.name), 'other communes are not');
  assert.equal(lists.getColumn(2).values.slice(2).length, 54, 'the 54 ethnic groups');

  assert.equal((await get(t.app, w.viewerA, '/api/people/import-template.xlsx')).statusCode, 403);
});

test('the downloaded template, filled in with Excel dates, imports as is', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const template = await get(t.app, w.officerA, '/api/people/import-template.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Danh sách')!;
  sheet.getRow(2).values = [
    1,
    'Tạ Thị Thanh Xuân',
    'Nữ',
    new Date(Date.UTC(1988, 1, 29)),
    'Kinh',
    '042188000222',
    '0239 3856 789',
    '',
    '',
    w.communeA.name,
    'Văn thư',
    'Công chức',
    'Không',
    new Date(Date.UTC(2014, 0, 2)),
  ];
  sheet.getRow(3).values = [
    2,
    'Lò Văn Pọm',
    'Nam',
    '',
    'Thái',
    '',
    '',
    '',
    '',
    w.communeA.name,
    '',
    'Nông dân',
    'Có',
    '02/01/2014',
  ];
  const res = await upload(
    t.app,
    w.officerA,
    'Mẫu nhập cá nhân.xlsx',
    Buffer.from(await workbook.xlsx.writeBuffer()),
  );
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(res.json(), { imported: 2 });
  const [xuan] = await t.database.db.select().from(people).where(eq(people.cccd, '042188000222'));
  assert.equal(xuan!.birthDate, '1988-02-29');
  assert.equal(xuan!.phone, '02393856789');
});

test('a good file imports every row: Vietnamese words, Excel and text dates, numbers that lost their zeros', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const code = `htx-${Date.now()}`;
  const coded = await createUnit(t.database.db, {
    parent: w.communeA,
    name: 'Hợp tác xã Nông nghiệp Cẩm Thành',
    code,
    kind: 'cooperative',
  });
  const before = await counts(t.database.db);
  const file = await buildPeopleXlsx([
    {
      fullName: 'Nguye\u0302\u0303n Văn Toàn',
      gender: 'Nam',
      birthDate: new Date(Date.UTC(1985, 8, 5)),
      ethnicity: 'Tày',
      cccd: '042085000101',
      phone: '0912 345 678',
      email: 'toan@example.vn',
      unit: w.communeA.name,
      position: 'Chủ tịch UBND xã',
      cadreClass: 'Cán bộ',
      fromDate: '01/01/2016',
    },
    {
      fullName: 'Lê Thị Hoa',
      gender: 'nữ',
      birthDate: '5/9/1990',
      cccd: 42190000102,
      unit: coded.name,
      cadreClass: 'viên chức',
      fromDate: new Date(Date.UTC(2012, 7, 15)),
    },
    {
      fullName: 'Hồ Văn Lực',
      gender: 'NAM',
      ethnicity: 'ê-đê',
      phone: 987654321,
      unit: code.toUpperCase(),
      cadreClass: 'Nông dân',
      isDirectWorker: 'Có',
      fromDate: '2010-03-01',
    },
    {
      fullName: 'Trần Thị Mơ',
      gender: 'Nữ',
      birthDate: '31-12-1979',
      unit: w.communeA.name.toUpperCase(),
      cadreClass: 'Công nhân',
      isDirectWorker: 'x',
      fromDate: 40179,
    },
    {
      fullName: 'Y Bhim Niê',
      gender: 'Nam',
      ethnicity: 'Ê Đê',
      unit: w.communeA.name,
      position: 'Bảo vệ',
      cadreClass: 'Người lao động',
      isDirectWorker: 'Không',
      fromDate: '15/06/2020',
    },
  ]);
  const res = await upload(t.app, w.officerA, 'Danh sách cán bộ.xlsx', file);
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(res.json(), { imported: 5 });
  const after1 = await counts(t.database.db);
  assert.deepEqual(after1, {
    people: before.people + 5,
    employments: before.employments + 5,
    audit: before.audit + 1,
  });

  const list = (await get(t.app, w.officerA, '/api/people?pageSize=50')).json();
  const byName = new Map(list.items.map((p: { fullName: string }) => [p.fullName, p]));
  assert.ok(byName.has('Nguyễn Văn Toàn'), 'NFD name stored NFC');
  const [toan] = await t.database.db.select().from(people).where(eq(people.cccd, '042085000101'));
  assert.equal(toan!.birthDate, '1985-09-05');
  assert.equal(toan!.ethnicity, 'Tày');
  assert.equal(toan!.phone, '0912345678');
  const [hoa] = await t.database.db.select().from(people).where(eq(people.cccd, '042190000102'));
  assert.equal(hoa!.fullName, 'Lê Thị Hoa', 'CCCD typed as a number got its leading zero back');
  assert.equal(hoa!.birthDate, '1990-09-05');
  assert.equal(hoa!.gender, 'female');
  const luc = await t.app.inject({
    method: 'GET',
    url: `/api/people/${(byName.get('Hồ Văn Lực') as { id: string }).id}`,
    headers: { cookie: w.officerA.cookie },
  });
  const lucView = luc.json();
  assert.equal(lucView.ethnicity, 'Ê Đê');
  assert.equal(lucView.phone, '0987654321');
  assert.equal(lucView.employments[0].unitId, coded.id, 'unit found by code');
  assert.equal(lucView.employments[0].cadreClass, 'nong_dan');
  assert.equal(lucView.employments[0].isDirectWorker, true);
  const mo = byName.get('Trần Thị Mơ') as { id: string; current: { unitId: string } };
  assert.equal(mo.current.unitId, w.communeA.id, 'unit found by name, case-insensitively');
  const [entry] = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, 'person.imported'))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const details = entry!.after as { count: number; ids: string[]; fileName: string; source: string };
  assert.equal(details.count, 5);
  assert.equal(details.ids.length, 5);
  assert.equal(details.fileName, 'Danh sách cán bộ.xlsx');
  assert.equal(entry!.unitId, w.communeA.id, 'the import is filed under the deepest unit holding all rows');
});

test('a file with 2 bad rows among 5 is refused whole: both row numbers with Vietnamese reasons, nothing written', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const before = await counts(t.database.db);
  const good = (fullName: string) => ({
    fullName,
    gender: 'Nam',
    unit: w.communeA.name,
    cadreClass: 'Công chức',
    fromDate: '01/01/2020',
  });
  const file = await buildPeopleXlsx([
    good('Phan Văn Một'),
    { ...good('Phan Văn Hai'), gender: 'Đực', cccd: '003085000001', birthDate: '12/05/1985' },
    good('Phan Văn Ba'),
    { ...good('Phan Văn Bốn'), birthDate: '31/02/1990', unit: w.communeB.name, cadreClass: 'Sinh viên' },
    good('Phan Văn Năm'),
  ]);
  const res = await upload(t.app, w.officerA, 'loi.xlsx', file);
  assert.equal(res.statusCode, 400, res.body);
  const body = res.json() as {
    error: { code: string; message: string; fields: Record<string, string> };
    rows: RowError[];
  };
  assert.equal(body.error.code, 'VALIDATION');
  assert.equal(body.error.message, 'Tệp có 2 dòng lỗi, chưa nhập dòng nào');
  // Excel rows: the heading is row 1, so the 2nd and 4th people are rows 3 and 5.
  assert.deepEqual([...new Set(body.rows.map((r) => r.row))], [3, 5]);
  const reasons = body.rows.map((r) => [r.row, r.field, r.message]);
  assert.deepEqual(reasons, [
    [3, 'gender', 'Giới tính "Đực" không hợp lệ; ghi "Nam" hoặc "Nữ"'],
    [3, 'cccd', 'Mã tỉnh "003" ở 3 chữ số đầu của số CCCD không tồn tại'],
    [5, 'birthDate', 'Ngày "31/02/1990" không tồn tại'],
    [5, 'unit', `Không tìm thấy đơn vị "${w.communeB.name}" trong phạm vi quản lý của bạn`],
    [5, 'cadreClass', body.rows.find((r) => r.field === 'cadreClass')!.message],
  ]);
  assert.match(
    body.rows.find((r) => r.field === 'cadreClass')!.message,
    /Đối tượng "Sinh viên" không hợp lệ/,
  );
  assert.equal(body.rows[0]!.column, 'Giới tính (Nam/Nữ)');
  assert.equal(body.error.fields['rows.3.cccd'], 'Mã tỉnh "003" ở 3 chữ số đầu của số CCCD không tồn tại');
  assert.deepEqual(await counts(t.database.db), before, 'no person, employment or audit entry written');
});

test('duplicate CCCD within the file and against the database; missing required cells', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const existing = composeCccd({ provinceCode: '042', gender: 'female', birthYear: 1975, serial: 4242 });
  await createPerson(t.database.db, {
    unit: w.communeB,
    fullName: 'Người Đã Có',
    gender: 'female',
    cccd: existing,
  });
  const twice = composeCccd({ provinceCode: '040', gender: 'male', birthYear: 2001, serial: 7 });
  const row = { gender: 'Nam', unit: w.communeA.name, cadreClass: 'Khác', fromDate: '01/01/2021' };
  const before = await counts(t.database.db);
  const file = await buildPeopleXlsx([
    { ...row, fullName: 'Đỗ Văn Một', cccd: twice },
    { ...row, fullName: 'Đỗ Văn Hai', cccd: twice },
    { ...row, fullName: 'Đỗ Thị Ba', gender: 'Nữ', cccd: existing },
    { ...row, fullName: null, fromDate: null },
  ]);
  const res = await upload(t.app, w.officerA, 'trung.xlsx', file);
  assert.equal(res.statusCode, 400, res.body);
  const rows = res.json().rows as RowError[];
  assert.deepEqual(
    rows.map((r) => [r.row, r.field, r.message]),
    [
      [3, 'cccd', 'Số CCCD trùng với dòng 2 trong tệp'],
      [4, 'cccd', 'Số CCCD này đã có trong hệ thống'],
      [5, 'fullName', 'Chưa nhập "Họ và tên"'],
      [5, 'fromDate', 'Chưa nhập "Từ ngày (dd/mm/yyyy)"'],
    ],
  );
  assert.equal(res.json().error.message, 'Tệp có 3 dòng lỗi, chưa nhập dòng nào');
  assert.deepEqual(await counts(t.database.db), before);
});

test('files that are not .xlsx, lack the heading, are empty or too big are refused without writing', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const before = await counts(t.database.db);
  const good = await buildPeopleXlsx([
    {
      fullName: 'Cao Văn Sơn',
      gender: 'Nam',
      unit: w.communeA.name,
      cadreClass: 'Khác',
      fromDate: '01/01/2021',
    },
  ]);
  const expectFile = async (res: Awaited<ReturnType<typeof upload>>, message: RegExp, status = 400) => {
    assert.equal(res.statusCode, status, res.body);
    assert.match(res.json().error.message, message);
  };
  await expectFile(
    await upload(t.app, w.officerA, 'danh-sach.xlsx', Buffer.from('Họ và tên,Giới tính\nAn,Nam\n')),
    /Chỉ nhận tệp Excel .xlsx/,
  );
  await expectFile(await upload(t.app, w.officerA, 'danh-sach.csv', good), /Chỉ nhận tệp Excel .xlsx/);
  await expectFile(
    await upload(
      t.app,
      w.officerA,
      'hong.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(200, 1)]),
    ),
    /Không đọc được tệp/,
  );
  await expectFile(await upload(t.app, w.officerA, 'ok.xlsx', good, 'tep'), /trường "file"/);
  await expectFile(
    await upload(t.app, w.officerA, 'empty.xlsx', await buildPeopleXlsx([])),
    /không có dòng dữ liệu/,
  );
  const noHeading = new ExcelJS.Workbook();
  noHeading.addWorksheet('Danh sách').addRow(['Tên', 'Giới']);
  await expectFile(
    await upload(t.app, w.officerA, 'x.xlsx', Buffer.from(await noHeading.xlsx.writeBuffer())),
    /Không tìm thấy dòng tiêu đề/,
  );
  const partial = new ExcelJS.Workbook();
  partial.addWorksheet('Danh sách').addRow(['STT', 'Họ và tên', 'Giới tính']);
  await expectFile(
    await upload(t.app, w.officerA, 'y.xlsx', Buffer.from(await partial.xlsx.writeBuffer())),
    /Tệp thiếu cột: "Mã hoặc tên đơn vị", "Đối tượng", "Từ ngày/,
  );
  const json = await t.app.inject({
    method: 'POST',
    url: '/api/people/import',
    payload: { file: 'abc' },
    headers: { cookie: w.officerA.cookie, 'x-csrf-token': w.officerA.csrfToken },
  });
  assert.equal(json.statusCode, 400);
  const huge = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(UPLOAD_LIMIT_BYTES + 1024)]);
  await expectFile(await upload(t.app, w.officerA, 'big.xlsx', huge), /vượt quá dung lượng/, 413);
  assert.equal((await upload(t.app, w.viewerA, 'ok.xlsx', good)).statusCode, 403);
  assert.deepEqual(await counts(t.database.db), before);
  assert.equal((await upload(t.app, w.officerA, 'ok.xlsx', good)).statusCode, 200, 'the same file is fine');
});

test('a file larger than one insert batch (1,200 rows) imports completely', async () => {
  const w = await peopleWorld(t.app, t.database.db);
  const before = await counts(t.database.db);
  const rows = Array.from({ length: 1200 }, (_, i) => ({
    fullName: `Nguyễn Văn Thử ${String.fromCharCode(0x41 + (i % 26))}${String.fromCharCode(0x61 + (((i / 26) | 0) % 26))}`,
    gender: i % 2 ? 'Nữ' : 'Nam',
    birthDate: `01/01/${1960 + (i % 40)}`,
    cccd: composeCccd({
      provinceCode: '042',
      gender: i % 2 ? 'female' : 'male',
      birthYear: 1960 + (i % 40),
      serial: 500_000 + i,
    }),
    unit: w.communeA.name,
    cadreClass: 'Công chức',
    fromDate: '01/01/2020',
  }));
  const res = await upload(t.app, w.officerA, 'lon.xlsx', await buildPeopleXlsx(rows));
  assert.equal(res.statusCode, 200, res.body.slice(0, 500));
  assert.deepEqual(res.json(), { imported: 1200 });
  const after1 = await counts(t.database.db);
  assert.equal(after1.people - before.people, 1200);
  assert.equal(after1.audit - before.audit, 1);
});

test('a file name with a NUL, control characters and a path is recorded safely (it answered 500)', async () => {
  // A session made directly: another sign-in here would meet the sign-in rate limit of this file's tests.
  const { communeA } = await createProvinceWithCommunes(t.database.db);
  const officer = await createUser(t.database.db, { roles: [{ role: 'officer', unit: communeA }] });
  const s = await createSession(t.database.db, {
    userId: officer.id,
    hours: 1,
    client: null,
    userAgent: null,
  });
  const session = { cookie: `vd_session=${s.token}`, csrfToken: s.csrfToken };
  const file = await buildPeopleXlsx([
    {
      fullName: 'Đỗ Văn Tên Tệp',
      gender: 'Nam',
      unit: communeA.name,
      cadreClass: 'Công chức',
      fromDate: '01/01/2016',
    },
  ]);
  const res = await upload(t.app, session, '../../a\u0000b\u0007 Danh sách.xlsx', file);
  assert.equal(res.statusCode, 200, res.body);
  const [entry] = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, 'person.imported'))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  assert.equal((entry!.after as { fileName: string }).fileName, 'ab Danh sách.xlsx');
});
