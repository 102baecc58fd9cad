import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { StatisticsFormList, StatisticsFormView } from '../../../contracts/statistics';
import { foldVietnamese, personNameSortKey, vietnameseSortKey } from '../../../domain/text';
import { queryRows, sql } from '../../db/client';
import { awards, employments, movements, people } from '../../db/schema/index';
import { buildTestApp, call, type Session, type TestApp } from '../../test/app';
import { createUnit, type UnitRow } from '../../test/factories';
import { signInAs } from '../people/people.fixtures';

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;

async function person(
  unit: UnitRow,
  input: {
    gender?: 'male' | 'female';
    ethnicity?: string;
    position?: string;
    cadreClass?: string;
    direct?: boolean;
  },
) {
  const db = t.database.db;
  const fullName = `Nguyễn Thị ${Math.random().toString(36).slice(2, 7)}`;
  const [row] = await db
    .insert(people)
    .values({
      fullName,
      fullNameFolded: foldVietnamese(fullName),
      nameSort: personNameSortKey(fullName),
      gender: input.gender ?? 'male',
      ethnicity: input.ethnicity ?? 'Kinh',
    })
    .returning({ id: people.id });
  await db.insert(employments).values({
    personId: row!.id,
    unitId: unit.id,
    position: input.position ?? null,
    cadreClass: input.cadreClass ?? 'cong_chuc',
    isDirectWorker: input.direct ?? false,
    fromDate: '2015-01-01',
  });
  return row!.id;
}

type AwardInput = {
  kind: string;
  unit: UnitRow;
  date: string | null;
  year?: number;
  personId?: string;
  collective?: boolean;
  type?: string;
  revoked?: boolean;
};

async function award(a: AwardInput) {
  await t.database.db.insert(awards).values({
    subjectKind: a.collective ? 'collective' : 'individual',
    personId: a.collective ? null : a.personId!,
    unitId: a.collective ? a.unit.id : null,
    awardKind: a.kind,
    awardType: a.type ?? 'cong_trang',
    achievementYear: a.year ?? Number((a.date ?? '2023').slice(0, 4)),
    decisionDate: a.date,
    unitAtAwardId: a.unit.id,
    revoked: a.revoked ?? false,
    revokedOn: a.revoked ? '2023-09-01' : null,
    revokedReason: a.revoked ? 'Thu hồi thử' : null,
  });
}

async function movement(m: {
  unit: UnitRow;
  kind: string;
  level: string;
  launched: string;
  from: string;
  to: string;
}) {
  const name = `Phong trào ${Math.random().toString(36).slice(2, 7)}`;
  await t.database.db.insert(movements).values({
    name,
    nameFolded: foldVietnamese(name),
    nameSort: vietnameseSortKey(name),
    kind: m.kind,
    unitId: m.unit.id,
    launchingUnitId: m.level === 'central' ? null : m.unit.id,
    authorityLevel: m.level,
    launchedOn: m.launched,
    periodFrom: m.from,
    periodTo: m.to,
  });
}

/** A province with Sở Nội vụ → Ban TĐKT, two communes, an enterprise; another province outside the scope. */
async function world() {
  const { app } = t;
  const db = t.database.db;
  const province = await createUnit(db, { name: 'Tỉnh Thống Kê', kind: 'province', level: 'province' });
  const snv = await createUnit(db, {
    parent: province,
    name: 'Sở Nội vụ tỉnh Thống Kê',
    kind: 'agency',
    level: 'province',
  });
  const ban = await createUnit(db, {
    parent: snv,
    name: 'Ban Thi đua - Khen thưởng tỉnh Thống Kê',
    kind: 'agency',
    level: 'province',
  });
  const communeA = await createUnit(db, { parent: province, name: 'Xã Một' });
  const communeB = await createUnit(db, { parent: province, name: 'Xã Hai' });
  const enterprise = await createUnit(db, {
    parent: communeA,
    name: 'Công ty Một',
    kind: 'enterprise',
    level: 'commune',
  });
  const other = await createUnit(db, { name: 'Tỉnh Khác', kind: 'province', level: 'province' });

  const director = await person(snv, { position: 'Giám đốc Sở Nội vụ' });
  const worker = await person(communeA, { cadreClass: 'nong_dan', direct: true });
  const plain = await person(communeB, { position: 'Chuyên viên' });
  const outsider = await person(other, {});
  await person(ban, {
    gender: 'female',
    ethnicity: 'Thái',
    cadreClass: 'vien_chuc',
    position: 'Chuyên viên',
  });
  await person(ban, { position: 'Trưởng ban' });

  // 2023 (TT 02/2023, 01/12/2022 – 30/11/2023)
  await award({ kind: 'BK_TINH', unit: enterprise, date: '2023-03-01', collective: true });
  await award({ kind: 'BK_TINH', unit: communeA, date: '2022-12-15', personId: worker, type: 'dot_xuat' });
  await award({ kind: 'BK_TINH', unit: communeB, date: '2023-12-05', personId: plain }); // after 30/11
  await award({ kind: 'CSTD_TINH', unit: snv, date: '2023-06-01', personId: director });
  await award({ kind: 'CO_TINH', unit: communeA, date: '2023-02-01', collective: true, revoked: true });
  await award({ kind: 'KNC', unit: communeB, date: null, year: 2023, personId: plain, type: 'cong_hien' });
  await award({ kind: 'BK_TTG', unit: communeA, date: '2023-05-01', personId: worker });
  await award({ kind: 'HC_LAO_DONG_3', unit: communeB, date: '2023-09-02', collective: true });
  await award({ kind: 'BK_TINH', unit: other, date: '2023-03-01', personId: outsider }); // outside the subtree
  await award({ kind: 'GK', unit: communeB, date: '2023-03-01', personId: plain }); // not on these forms
  // 2021 (TT 03/2018, calendar year)
  await award({ kind: 'BK_TINH', unit: communeB, date: '2021-12-20', personId: plain });
  await award({ kind: 'CO_TINH', unit: communeB, date: '2021-02-01', collective: true });

  await movement({
    unit: province,
    kind: 'regular',
    level: 'province',
    launched: '2023-01-05',
    from: '2023-01-01',
    to: '2023-12-31',
  });
  await movement({
    unit: communeA,
    kind: 'thematic',
    level: 'commune',
    launched: '2023-04-01',
    from: '2023-04-01',
    to: '2023-06-30',
  });
  await movement({
    unit: province,
    kind: 'thematic',
    level: 'central',
    launched: '2021-06-01',
    from: '2021-06-01',
    to: '2025-12-31',
  });
  await movement({
    unit: province,
    kind: 'task',
    level: 'province',
    launched: '2023-02-01',
    from: '2023-02-01',
    to: '2023-12-31',
  });
  await movement({
    unit: other,
    kind: 'regular',
    level: 'province',
    launched: '2023-01-05',
    from: '2023-01-01',
    to: '2023-12-31',
  });

  return {
    province,
    communeA,
    other,
    viewer: await signInAs(app, db, 'viewer', province),
    communeOfficer: await signInAs(app, db, 'officer', communeA),
  };
}

before(async () => {
  t = await buildTestApp();
  w = await world();
});
after(() => t.close());

const get = (s: Session, url: string) => call(t.app, s, { method: 'GET', url });
const q = (unit: UnitRow, year: number) => `unitId=${unit.id}&year=${year}`;

async function form(code: string, year: number, unit = w.province): Promise<StatisticsFormView> {
  const res = await get(w.viewer, `/api/statistics/forms/${code}?${q(unit, year)}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}
const values = (f: StatisticsFormView, code: string) => f.rows.find((r) => r.code === code)!.values;

/** Reads the sheet back: every cell's text by row, and the figures of the row with a code. */
async function sheetOf(code: string, year: number) {
  const res = await get(w.viewer, `/api/statistics/forms/${code}.xlsx?${q(w.province, year)}`);
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /spreadsheetml/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[])
      .slice(1)
      .map((v) => (v === null || v === undefined ? '' : String(v)));
  });
  // the figures start after A, B (and C when the numbering row has it)
  const numbering = rows.find((cells) => cells[0] === 'A' && cells[1] === 'B')!;
  const fixed = numbering[2] === 'C' ? 3 : 2;
  const figures = (rowCode: string) =>
    rows
      .find((cells) => cells[1] === rowCode)!
      .slice(fixed)
      .map(Number);
  return { rows, figures, text: rows.flat().join('\n') };
}

/** Independent count straight from SQL: awards of a kind in the subtree, in the period, not revoked. */
async function countAwards(kind: string, path: string, from: string, to: string, year: number) {
  const [r] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from awards a join units u on u.id = a.unit_at_award_id
        where a.award_kind = ${kind} and u.path like ${path + '%'} and not a.revoked
          and ((a.decision_date between ${from} and ${to}) or (a.decision_date is null and a.achievement_year = ${year}))`,
  );
  return r!.n;
}

test('the list follows the year: TT 02/2023 from 2023, TT 03/2018 before; the header names both units', async () => {
  const res = await get(w.viewer, `/api/statistics/forms?${q(w.province, 2023)}`);
  assert.equal(res.statusCode, 200, res.body);
  const list: StatisticsFormList = res.json();
  assert.deepEqual(
    list.forms.map((f) => f.code),
    ['0601', '0602', '0603', '0604', '0605'],
  );
  assert.deepEqual(list.header.period, { from: '2022-12-01', to: '2023-11-30' });
  assert.equal(list.header.receiver, 'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)');
  const old: StatisticsFormList = (
    await get(w.viewer, `/api/statistics/forms?${q(w.province, 2021)}`)
  ).json();
  assert.deepEqual(
    old.forms.map((f) => f.code),
    ['0701', '0702', '0703'],
  );
  assert.equal(old.header.period.from, '2021-01-01');
});

test('0603 (2023): figures equal the hand count and an independent SQL count; the xlsx carries them', async () => {
  const f = await form('0603', 2023);
  // total | BK | CSTĐ tỉnh | Cờ | KNC — the revoked Cờ, the December BK and the other province are out
  assert.deepEqual(values(f, '01'), [4, 2, 1, 0, 1]);
  const kinds = ['BK_TINH', 'CSTD_TINH', 'CO_TINH', 'KNC'];
  const independent = [];
  for (const k of kinds)
    independent.push(await countAwards(k, w.province.path, '2022-12-01', '2023-11-30', 2023));
  assert.deepEqual(values(f, '01')!.slice(1), independent);
  assert.deepEqual(values(f, '02'), [1, 1, 0, 0, 0]); // tập thể
  assert.deepEqual(values(f, '03'), [1, 1, 0, 0, 0]); // doanh nghiệp
  assert.deepEqual(values(f, '05'), [3, 1, 1, 0, 1]); // cá nhân
  assert.deepEqual(values(f, '07'), [1, 0, 1, 0, 0]); // Giám đốc Sở
  assert.deepEqual(values(f, '10'), [1, 1, 0, 0, 0]); // nông dân trực tiếp
  assert.deepEqual(values(f, '13'), [1, 1, 0, 0, 0]); // đột xuất
  assert.deepEqual(values(f, '15'), [1, 0, 0, 0, 1]); // cống hiến

  const x = await sheetOf('0603', 2023);
  assert.equal(x.rows[0]![0], 'Biểu số 0603.N/BNV-TĐKT');
  assert.match(x.text, /Ban hành kèm theo Thông tư số 02\/2023\/TT-BNV ngày 23\/3\/2023/);
  assert.match(x.text, /Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo/);
  assert.match(x.text, /Đơn vị báo cáo: Tỉnh Thống Kê/);
  assert.match(x.text, /Đơn vị nhận báo cáo: Bộ Nội vụ/);
  assert.match(x.text, /Năm 2023 \(từ ngày 01\/12\/2022 đến ngày 30\/11\/2023\)/);
  assert.match(x.text, /Mã số\nĐơn vị tính\nTổng số\nChia ra/);
  assert.ok(x.rows.some((r) => r.slice(0, 8).join(',') === 'A,B,C,1,2,3,4,5'));
  assert.match(x.text, /Người lập biểu[\s\S]*Thủ trưởng đơn vị/);
  for (const code of ['01', '02', '03', '05', '07', '10', '13', '15'])
    assert.deepEqual(x.figures(code), values(f, code));
});

test('0602 (2023): state-level awards, one column per medal present', async () => {
  const f = await form('0602', 2023);
  // total | HC Lao động hạng Ba | GT HCM | GT NN | AHLĐ | Cờ CP | BK TTg | CSTĐTQ | khác
  assert.deepEqual(values(f, '01'), [2, 1, 0, 0, 0, 0, 1, 0, 0]);
  assert.equal(await countAwards('BK_TTG', w.province.path, '2022-12-01', '2023-11-30', 2023), 1);
  assert.deepEqual(values(f, '03'), [2, 1, 0, 0, 0, 0, 1, 0, 0]); // tỉnh
  assert.deepEqual(values(f, '06'), [1, 1, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(values(f, '14'), [1, 0, 0, 0, 0, 0, 1, 0, 0]);
  const x = await sheetOf('0602', 2023);
  assert.equal(x.rows[0]![0], 'Biểu số 0602.N/BNV-TĐKT');
  assert.match(x.text, /Huân chương Lao động hạng Ba/);
  assert.match(x.text, /Bằng khen của Thủ tướng Chính phủ/);
  assert.deepEqual(x.figures('01'), values(f, '01'));
});

test('0601 (2023) and 0701 (2021): movements launched in the period', async () => {
  const f = await form('0601', 2023);
  // total | TW | tỉnh | cơ quan, đơn vị (the commune's): the task and the other province are out
  assert.deepEqual(values(f, '01'), [2, 0, 1, 1]);
  assert.deepEqual(values(f, '03'), [2, 0, 1, 1]);
  assert.deepEqual(values(f, '06'), [1, 0, 0, 1]);
  assert.deepEqual(values(f, '07'), [1, 0, 1, 0]);
  const g = await form('0701', 2021);
  assert.deepEqual(values(g, '01'), [1, 1, 0]);
  assert.deepEqual(values(g, '09'), [1, 1, 0]); // 2021–2025: từ 3 năm trở lên
  const x = await sheetOf('0701', 2021);
  assert.equal(x.rows[0]![0], 'Biểu số 0701.N/BNV-TĐKT');
  assert.match(x.text, /Thông tư số 03\/2018\/TT-BNV/);
  assert.match(x.text, /Đơn vị tính: Phong trào/);
  assert.ok(x.rows.some((r) => r.slice(0, 5).join(',') === 'A,B,1=(2+3),2,3'));
  assert.deepEqual(x.figures('01'), [1, 1, 0]);
});

test('0702/0703 (2021) count the calendar year', async () => {
  const f = await form('0703', 2021);
  assert.deepEqual(values(f, '01'), [2, 1, 0, 1, 0]);
  const g = await form('0702', 2021);
  assert.deepEqual(values(g, '01'), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const x = await sheetOf('0703', 2021);
  assert.equal(x.rows[0]![0], 'Biểu số 0703.N/BNV-TĐKT');
  assert.deepEqual(x.figures('01'), [2, 1, 0, 1, 0]);
});

test('0604 and 0605: the Ban TĐKT under Sở Nội vụ and its two people', async () => {
  const f = await form('0604', 2023);
  assert.deepEqual(values(f, '01'), [1]);
  assert.deepEqual(values(f, '04'), [1]);
  const s = await form('0605', 2023);
  assert.deepEqual(
    s.rows.filter((r) => r.values).map((r) => [r.code, r.values![0]]),
    [
      ['01', 2],
      ['02', 1],
      ['03', 1],
      ['04', 1],
      ['05', 1],
      ['06', 1],
      ['07', 0],
    ],
  );
  const x = await sheetOf('0605', 2023);
  assert.equal(x.rows[0]![0], 'Biểu số 0605.N/BNV-TĐKT');
  assert.match(x.text, /giả định/);
});

test('scope and input: 404 outside the scope, 400 on a bad year or code, 404 for a form of the other circular', async () => {
  const outside = await get(w.communeOfficer, `/api/statistics/forms/0603?${q(w.province, 2023)}`);
  assert.equal(outside.statusCode, 404);
  assert.equal(outside.json().error.message, 'Không tìm thấy đơn vị báo cáo');
  const otherProvince = await get(w.viewer, `/api/statistics/forms/0603.xlsx?${q(w.other, 2023)}`);
  assert.equal(otherProvince.statusCode, 404);
  const mine = await get(w.communeOfficer, `/api/statistics/forms/0603?${q(w.communeA, 2023)}`);
  assert.equal(mine.statusCode, 200);
  assert.equal(mine.json().header.receiver, 'Tỉnh Thống Kê');

  const early = await get(w.viewer, `/api/statistics/forms?${q(w.province, 2017)}`);
  assert.equal(early.statusCode, 400);
  assert.match(early.json().error.fields.year, /từ năm 2018/);
  const badCode = await get(w.viewer, `/api/statistics/forms/0999?${q(w.province, 2023)}`);
  assert.equal(badCode.statusCode, 400);
  assert.match(badCode.json().error.fields.code, /Mã biểu/);
  const badUnit = await get(w.viewer, `/api/statistics/forms/0601?unitId=abc&year=2023`);
  assert.equal(badUnit.statusCode, 400);
  assert.equal(badUnit.json().error.fields.unitId, 'Mã đơn vị báo cáo không hợp lệ');
  const wrongSet = await get(w.viewer, `/api/statistics/forms/0701?${q(w.province, 2023)}`);
  assert.equal(wrongSet.statusCode, 404);
  assert.match(wrongSet.json().error.message, /Biểu 0701 không áp dụng cho năm 2023/);
  const anonymous = await call(t.app, null, {
    method: 'GET',
    url: `/api/statistics/forms?${q(w.province, 2023)}`,
  });
  assert.equal(anonymous.statusCode, 401);
});
