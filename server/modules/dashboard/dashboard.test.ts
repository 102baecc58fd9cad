// The dashboard on a small hand-made dataset: every figure equals a hand count and an independent count over
// the dataset below; the lists behind the bars; the .xlsx exports (the visible columns only, no CCCD, no date of
// birth); the scope (404 outside it) and the Vietnamese field errors.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
  AWARD_LIST_COLUMNS,
  type DashboardAwardPage,
  type DashboardOverduePage,
  type DashboardView,
  OVERDUE_LIST_COLUMNS,
} from '../../../contracts/dashboard';
import { awards, employments, people } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createUnit, type UnitRow } from '../../test/factories';
import { type DossierWorld, dossierWorld, get } from '../dossiers/dossiers.fixtures';
import { dossierIn } from '../dossiers/dossiers.state-fixtures';
import { signInAs } from '../people/people.fixtures';

let t: TestApp;
let w: DossierWorld;
let district: UnitRow;
let elsewhere: UnitRow;

interface Person {
  id: string;
  gender: 'male' | 'female';
  ethnicity: string;
}
/** One award of the dataset, with what the figures depend on spelled out. */
interface Row {
  name: string;
  subject: 'individual' | 'collective' | 'household';
  person?: Person;
  unitId?: string;
  kind: string;
  achievementYear: number;
  decisionDate: string;
  unitAt: UnitRow;
  /** The authority's unit (null: a central authority recorded without a unit). */
  authority: UnitRow | null;
  level: 'central' | 'province' | 'district' | 'commune';
  amount: number | null;
  revoked?: boolean;
  /** The individual was a direct worker on the decision date. */
  direct?: boolean;
}
const dataset: Row[] = [];
let dung: Person;
const CCCD = ['038090001234', '038190005678', '038090009999', '038190004321', '042090001111'];

before(async () => {
  t = await buildTestApp();
  const db = t.database.db;
  w = await dossierWorld(t.app, db);
  district = await createUnit(db, { name: 'Huyện Ngoài Cây', kind: 'district', level: 'district' });
  elsewhere = await createUnit(db, { name: 'Tỉnh Khác', kind: 'province', level: 'province' });
  const setPerson = async (
    p: { id: string },
    gender: 'male' | 'female',
    ethnicity: string,
    cccd: string,
    direct: boolean,
  ): Promise<Person> => {
    await db
      .update(people)
      .set({ gender, ethnicity, cccd, birthDate: '1980-03-17' })
      .where(eq(people.id, p.id));
    await db.update(employments).set({ isDirectWorker: direct }).where(eq(employments.personId, p.id));
    return { id: p.id, gender, ethnicity };
  };
  const an = await setPerson(w.an, 'male', 'Kinh', CCCD[0]!, true);
  const binh = await setPerson(w.binh, 'female', 'Thái', CCCD[1]!, false);
  const cuong = await setPerson(w.cuong, 'male', 'Kinh', CCCD[2]!, false);
  const outsider = await setPerson(w.outsider, 'female', 'Kinh', CCCD[3]!, true);
  const eve = await setPerson(
    await createPerson(db, { unit: w.province, fullName: 'Hoàng Thị Én' }),
    'female',
    'Kinh',
    CCCD[4]!,
    false,
  );
  // Đinh Văn Dũng: not a direct worker at commune A until 2022, a direct worker at the school from 2023.
  const d = await createPerson(db, { unit: w.communeA, fullName: 'Đinh Văn Dũng' });
  await db.update(employments).set({ toDate: '2022-12-31' }).where(eq(employments.personId, d.id));
  await db.insert(employments).values({
    personId: d.id,
    unitId: w.school.id,
    cadreClass: 'nguoi_lao_dong',
    isDirectWorker: true,
    fromDate: '2023-01-01',
  });
  dung = { id: d.id, gender: 'male', ethnicity: 'Kinh' };
  const px = await createPerson(db, { unit: elsewhere, fullName: 'Phan Văn Xa' });

  const A = w.communeA;
  const P = w.province;
  const ind = (person: Person, direct: boolean) => ({ subject: 'individual' as const, person, direct });
  dataset.push(
    {
      name: 'a1',
      ...ind(an, true),
      kind: 'LDTT',
      achievementYear: 2022,
      decisionDate: '2022-12-20',
      unitAt: A,
      authority: A,
      level: 'commune',
      amount: null,
    },
    {
      name: 'a2',
      ...ind(an, true),
      kind: 'CSTDCS',
      achievementYear: 2023,
      decisionDate: '2024-01-15',
      unitAt: A,
      authority: district,
      level: 'district',
      amount: 1_000_000,
    },
    {
      name: 'a3',
      ...ind(binh, false),
      kind: 'LDTT',
      achievementYear: 2023,
      decisionDate: '2023-12-28',
      unitAt: w.school,
      authority: A,
      level: 'commune',
      amount: null,
    },
    {
      name: 'a4',
      ...ind(binh, false),
      kind: 'BK_TINH',
      achievementYear: 2023,
      decisionDate: '2023-11-10',
      unitAt: w.school,
      authority: P,
      level: 'province',
      amount: 1_490_000,
    },
    {
      name: 'a5',
      ...ind(cuong, false),
      kind: 'LDTT',
      achievementYear: 2023,
      decisionDate: '2023-12-28',
      unitAt: A,
      authority: A,
      level: 'commune',
      amount: null,
    },
    {
      name: 'a6',
      ...ind(dung, false),
      kind: 'LDTT',
      achievementYear: 2022,
      decisionDate: '2022-12-20',
      unitAt: A,
      authority: A,
      level: 'commune',
      amount: null,
    },
    {
      name: 'a7',
      ...ind(dung, true),
      kind: 'LDTT',
      achievementYear: 2023,
      decisionDate: '2023-12-28',
      unitAt: w.school,
      authority: A,
      level: 'commune',
      amount: null,
    },
    {
      name: 'a8',
      ...ind(outsider, true),
      kind: 'BK_TTG',
      achievementYear: 2023,
      decisionDate: '2023-12-01',
      unitAt: w.communeB,
      authority: null,
      level: 'central',
      amount: 3_720_000,
    },
    {
      name: 'a9',
      subject: 'collective',
      unitId: w.school.id,
      kind: 'TTLDTT',
      achievementYear: 2023,
      decisionDate: '2023-12-28',
      unitAt: w.school,
      authority: A,
      level: 'commune',
      amount: 1_200_000,
    },
    {
      name: 'a10',
      subject: 'collective',
      unitId: A.id,
      kind: 'TTLDXS',
      achievementYear: 2022,
      decisionDate: '2023-02-01',
      unitAt: A,
      authority: P,
      level: 'province',
      amount: 2_980_000,
    },
    {
      name: 'a11',
      subject: 'household',
      person: cuong,
      kind: 'GDVH',
      achievementYear: 2023,
      decisionDate: '2023-12-28',
      unitAt: A,
      authority: A,
      level: 'commune',
      amount: null,
    },
    {
      name: 'y1',
      ...ind(eve, false),
      kind: 'LDTT',
      achievementYear: 2023,
      decisionDate: '2023-12-28',
      unitAt: P,
      authority: P,
      level: 'province',
      amount: null,
    },
    // Not counted: revoked, before the years asked, outside the scope.
    {
      name: 'x1',
      ...ind(cuong, false),
      kind: 'CSTDCS',
      achievementYear: 2022,
      decisionDate: '2022-12-20',
      unitAt: A,
      authority: A,
      level: 'commune',
      amount: 500_000,
      revoked: true,
    },
    {
      name: 'x2',
      ...ind(an, true),
      kind: 'LDTT',
      achievementYear: 2019,
      decisionDate: '2019-12-20',
      unitAt: A,
      authority: A,
      level: 'commune',
      amount: null,
    },
    {
      name: 'x3',
      ...ind({ id: px.id, gender: 'male', ethnicity: 'Kinh' }, false),
      kind: 'LDTT',
      achievementYear: 2023,
      decisionDate: '2023-12-28',
      unitAt: elsewhere,
      authority: elsewhere,
      level: 'province',
      amount: null,
    },
  );
  for (const r of dataset) {
    await db.insert(awards).values({
      subjectKind: r.subject,
      personId: r.person?.id ?? null,
      unitId: r.unitId ?? null,
      householdName: r.subject === 'household' ? 'Hộ ông Trần Văn Cường' : null,
      awardKind: r.kind,
      achievementYear: r.achievementYear,
      decisionNumber: `${r.name}/QĐ-UBND`,
      decisionDate: r.decisionDate,
      authority: r.authority ? `Chủ tịch UBND ${r.authority.name}` : 'Thủ tướng Chính phủ',
      authorityUnitId: r.authority?.id ?? null,
      unitAtAwardId: r.unitAt.id,
      amount: r.amount,
      revoked: r.revoked ?? false,
      revokedOn: r.revoked ? '2023-03-01' : null,
      revokedReason: r.revoked ? 'Khai man thành tích' : null,
    });
  }
});
after(() => t.close());

const q = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
const YEARS = { fromYear: 2021, toYear: 2024 };

/** The rows an independent count sees: not revoked, decided in the years, made at a unit of the subtree. */
const counted = (unit: UnitRow, from = 2021, to = 2024) =>
  dataset.filter((r) => {
    const year = Number(r.decisionDate.slice(0, 4));
    return !r.revoked && year >= from && year <= to && r.unitAt.path.startsWith(unit.path);
  });

async function dashboard(session: Parameters<typeof get>[1], params: Record<string, string | number>) {
  const res = await get(t.app, session, `/api/dashboard?${q(params)}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as DashboardView;
}

test('the province: every figure equals the hand count and an independent count of the dataset', async () => {
  const admin = await signInAs(t.app, t.database.db, 'admin', w.province);
  const v = await dashboard(admin, YEARS);
  assert.equal(v.unit.id, w.province.id, 'the actor’s own unit by default');
  const rows = counted(w.province);

  // Hand counts.
  assert.deepEqual(v.totals, {
    awards: 12,
    individuals: 9,
    collectives: 2,
    households: 1,
    amount: 10_390_000,
  });
  assert.deepEqual(
    v.byKind.map((b) => [b.key, b.count]),
    [
      ['LDTT', 6],
      ['CSTDCS', 1],
      ['TTLDTT', 1],
      ['TTLDXS', 1],
      ['BK_TINH', 1],
      ['BK_TTG', 1],
      ['GDVH', 1],
    ],
  );
  assert.equal(v.byKind[0]!.label, 'Lao động tiên tiến');
  assert.deepEqual(
    v.byLevel.map((b) => [b.key, b.count, b.amount]),
    [
      ['central', 1, 3_720_000],
      ['province', 3, 4_470_000],
      ['district', 1, 1_000_000],
      ['commune', 7, 1_200_000],
    ],
  );
  assert.deepEqual(
    v.byYear.map((y) => [y.year, y.count]),
    [
      [2021, 0],
      [2022, 2],
      [2023, 9],
      [2024, 1],
    ],
  );
  assert.deepEqual(
    v.byUnit.map((b) => [b.key, b.count]),
    [
      [w.communeA.id, 10],
      [w.communeB.id, 1],
      [w.province.id, 1],
    ],
  );
  const share = Object.fromEntries(v.shares.map((s) => [s.key, s.count]));
  assert.deepEqual(share, { direct: 4, not_direct: 5, female: 4, male: 5, minority: 2, kinh: 7 });

  // Independent counts over the dataset.
  assert.equal(v.totals.awards, rows.length);
  assert.equal(
    v.totals.amount,
    rows.reduce((s, r) => s + (r.amount ?? 0), 0),
  );
  for (const b of v.byKind) assert.equal(b.count, rows.filter((r) => r.kind === b.key).length, b.key);
  for (const b of v.byLevel) {
    const mine = rows.filter((r) => r.level === b.key);
    assert.equal(b.count, mine.length, b.key);
    assert.equal(
      b.amount,
      mine.reduce((s, r) => s + (r.amount ?? 0), 0),
      b.key,
    );
  }
  for (const y of v.byYear) {
    const mine = rows.filter((r) => r.decisionDate.startsWith(String(y.year)));
    assert.equal(y.count, mine.length, String(y.year));
    for (const l of y.byLevel) {
      const cell = mine.filter((r) => r.level === l.level);
      assert.equal(l.count, cell.length);
      assert.equal(
        l.amount,
        cell.reduce((s, r) => s + (r.amount ?? 0), 0),
      );
    }
  }
  const individuals = rows.filter((r) => r.subject === 'individual');
  assert.equal(share.direct, individuals.filter((r) => r.direct).length);
  assert.equal(share.female, individuals.filter((r) => r.person!.gender === 'female').length);
  assert.equal(share.minority, individuals.filter((r) => r.person!.ethnicity !== 'Kinh').length);
});

test('the lists behind the bars hold exactly the awards counted, and page', async () => {
  const admin = await signInAs(t.app, t.database.db, 'admin', w.province);
  const v = await dashboard(admin, YEARS);
  const list = async (params: Record<string, string | number>) => {
    const res = await get(t.app, admin, `/api/dashboard/awards?${q({ ...YEARS, pageSize: 200, ...params })}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as DashboardAwardPage;
  };
  const rows = counted(w.province);
  for (const b of v.byKind) assert.equal((await list({ kind: b.key })).total, b.count, b.key);
  for (const b of v.byLevel) assert.equal((await list({ level: b.key })).total, b.count, b.key);
  for (const b of v.byUnit) assert.equal((await list({ childUnitId: b.key })).total, b.count, b.label);
  for (const s of v.shares) assert.equal((await list({ share: s.key })).total, s.count, s.key);
  for (const y of v.byYear) {
    for (const l of y.byLevel) {
      assert.equal((await list({ year: y.year, level: l.level })).total, l.count, `${y.year} ${l.level}`);
    }
  }
  const direct = await list({ share: 'direct' });
  assert.deepEqual(
    direct.items.map((i) => i.decisionNumber).sort(),
    rows
      .filter((r) => r.direct && r.subject === 'individual')
      .map((r) => `${r.name}/QĐ-UBND`)
      .sort(),
  );
  const province2023 = await list({ level: 'province', year: 2023 });
  assert.deepEqual(province2023.items.map((i) => i.decisionNumber).sort(), [
    'a10/QĐ-UBND',
    'a4/QĐ-UBND',
    'y1/QĐ-UBND',
  ]);
  const a4 = province2023.items.find((i) => i.decisionNumber === 'a4/QĐ-UBND')!;
  assert.equal(a4.subjectName, 'Lê Thị Bình');
  assert.equal(a4.unitName, 'Trường Tiểu học An Thử');
  assert.equal(a4.awardKindName, 'Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương');
  assert.equal(a4.decisionDate, '2023-11-10');
  assert.equal(a4.amount, 1_490_000);
  assert.ok(!('cccd' in a4) && !('birthDate' in a4));
  // Paging: 12 awards, 5 a page.
  const p1 = await list({ pageSize: 5, page: 1 });
  const p3 = await list({ pageSize: 5, page: 3 });
  assert.equal(p1.total, 12);
  assert.equal(p1.items.length, 5);
  assert.equal(p3.items.length, 2);
  const household = (await list({ kind: 'GDVH' })).items[0]!;
  assert.equal(household.subjectName, 'Hộ ông Trần Văn Cường');
});

test('a commune sees its own subtree only: figures, default unit, 404 outside', async () => {
  const officerA = w.officerA;
  const v = await dashboard(officerA, YEARS);
  assert.equal(v.unit.id, w.communeA.id);
  assert.equal(v.totals.awards, counted(w.communeA).length);
  assert.equal(v.totals.awards, 10);
  assert.deepEqual(
    v.byUnit.map((b) => [b.key, b.count]),
    [
      [w.communeA.id, 6],
      [w.school.id, 4],
    ],
  );
  assert.equal(v.byUnit[0]!.label, `${w.communeA.name} (trực tiếp)`);
  for (const unitId of [w.province.id, w.communeB.id, elsewhere.id]) {
    const res = await get(t.app, officerA, `/api/dashboard?unitId=${unitId}`);
    assert.equal(res.statusCode, 404, unitId);
    const list = await get(t.app, officerA, `/api/dashboard/awards?unitId=${unitId}`);
    assert.equal(list.statusCode, 404);
    const xlsx = await get(t.app, officerA, `/api/dashboard/awards.xlsx?unitId=${unitId}`);
    assert.equal(xlsx.statusCode, 404);
  }
  const school = await dashboard(officerA, { ...YEARS, unitId: w.school.id });
  assert.equal(school.totals.awards, counted(w.school).length);
  const none = await get(t.app, null, '/api/dashboard');
  assert.equal(none.statusCode, 401);
});

test('bad filters answer 400 with Vietnamese field messages', async () => {
  const cases: [string, string][] = [
    ['/api/dashboard?fromYear=2025&toYear=2021', 'toYear'],
    ['/api/dashboard?fromYear=abc', 'fromYear'],
    ['/api/dashboard?unitId=12', 'unitId'],
    ['/api/dashboard/awards?level=thon', 'level'],
    ['/api/dashboard/awards?share=tre', 'share'],
    ['/api/dashboard/awards?kind=XYZ', 'kind'],
    ['/api/dashboard/chart.xlsx?chart=pie', 'chart'],
    [`/api/dashboard/awards?childUnitId=${w.school.id}`, 'childUnitId'],
  ];
  const admin = await signInAs(t.app, t.database.db, 'admin', w.province);
  for (const [url, field] of cases) {
    const res = await get(t.app, admin, url);
    assert.equal(res.statusCode, 400, url);
    const body = res.json();
    assert.ok(body.error.fields?.[field], `${url}: ${res.body}`);
    assert.match(body.error.fields[field], /[ăâđêôơưáàảãạếềệốồộớờợứừựíìịóòọúùụ]/i, body.error.fields[field]);
  }
});

test('overdue dossiers by stage and handling unit, with their list', async () => {
  const db = t.database.db;
  const late1 = await dossierIn(t, w, 'submitted');
  const late2 = await dossierIn(t, w, 'appraising');
  const onTime = await dossierIn(t, w, 'submitted');
  await db.execute(
    sql`update dossiers set deadline_on = '2023-01-02' where id in (${late1.id}, ${late2.id})`,
  );
  await db.execute(sql`update dossiers set deadline_on = '2099-12-31' where id = ${onTime.id}`);
  const admin = await signInAs(t.app, db, 'admin', w.province);
  const v = await dashboard(admin, YEARS);
  assert.equal(v.overdue.total, 2);
  assert.deepEqual(
    v.overdue.byStage.map((b) => [b.key, b.count]),
    [
      ['submitted', 1],
      ['appraising', 1],
    ],
  );
  assert.deepEqual(
    v.overdue.byUnit.map((b) => [b.key, b.count]),
    [[w.communeA.id, 2]],
  );
  const res = await get(t.app, admin, `/api/dashboard/overdue-dossiers?stage=submitted`);
  assert.equal(res.statusCode, 200, res.body);
  const page = res.json() as DashboardOverduePage;
  assert.deepEqual(
    page.items.map((i) => i.id),
    [late1.id],
  );
  assert.equal(page.items[0]!.deadlineOn, '2023-01-02');
  assert.ok(page.items[0]!.daysOverdue > 500);
  const byUnit = (
    await get(t.app, admin, `/api/dashboard/overdue-dossiers?handlingUnitId=${w.communeA.id}`)
  ).json();
  assert.equal(byUnit.total, 2);
  const b = await dashboard(w.officerB, YEARS);
  assert.equal(b.overdue.total, 0, 'commune B sees none of commune A’s dossiers');

  const xlsx = await get(t.app, admin, `/api/dashboard/overdue-dossiers.xlsx`);
  assert.equal(xlsx.statusCode, 200);
  const sheet = await onlySheet(xlsx.rawPayload);
  const header = headerRow(sheet, OVERDUE_LIST_COLUMNS[0].title);
  assert.deepEqual(
    header.values,
    OVERDUE_LIST_COLUMNS.map((c) => c.title),
  );
  assert.equal(sheet.rowCount - header.number, 2);
});

async function onlySheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  assert.equal(workbook.worksheets.length, 1, 'one sheet');
  const sheet = workbook.worksheets[0]!;
  assert.equal(sheet.state, 'visible');
  sheet.columns.forEach((c, i) => assert.ok(!c.hidden, `column ${i + 1} hidden`));
  return sheet;
}

/** The header row: the first row whose first cell is the first column's title. */
function headerRow(sheet: ExcelJS.Worksheet, first: string): { number: number; values: string[] } {
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (row.getCell(1).text === first) {
      const values: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => values.push(cell.text));
      return { number: n, values };
    }
  }
  throw new Error(`no header row starting with ${first}`);
}

function allText(sheet: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  return parts.join('\n');
}

test('the award list exports the visible columns only: no CCCD, no date of birth', async () => {
  const admin = await signInAs(t.app, t.database.db, 'admin', w.province);
  const res = await get(t.app, admin, `/api/dashboard/awards.xlsx?${q({ ...YEARS, kind: 'LDTT' })}`);
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /spreadsheetml/);
  assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''/);
  const sheet = await onlySheet(res.rawPayload);
  const header = headerRow(sheet, AWARD_LIST_COLUMNS[0].title);
  assert.deepEqual(
    header.values,
    AWARD_LIST_COLUMNS.map((c) => c.title),
  );
  assert.equal(sheet.actualColumnCount, AWARD_LIST_COLUMNS.length);
  // Six LĐTT awards and the totals row.
  assert.equal(sheet.rowCount - header.number, 7);
  const text = allText(sheet);
  for (const cccd of CCCD) assert.ok(!text.includes(cccd), `CCCD ${cccd} in the export`);
  assert.ok(!text.includes('17/03/1980') && !text.includes('1980-03-17'), 'a date of birth in the export');
  assert.ok(!/CCCD|căn cước|ngày sinh/i.test(text));
  assert.ok(text.includes('Đinh Văn Dũng'));
  assert.ok(text.includes('Lao động tiên tiến'));
  assert.ok(text.includes('Danh hiệu/hình thức: Lao động tiên tiến'));
});

test('a chart’s table exports as its figures', async () => {
  const admin = await signInAs(t.app, t.database.db, 'admin', w.province);
  const v = await dashboard(admin, YEARS);
  const res = await get(t.app, admin, `/api/dashboard/chart.xlsx?${q({ ...YEARS, chart: 'byLevel' })}`);
  assert.equal(res.statusCode, 200, res.body);
  const sheet = await onlySheet(res.rawPayload);
  const header = headerRow(sheet, 'Cấp khen');
  assert.deepEqual(header.values, ['Cấp khen', 'Số lượt khen thưởng', 'Tiền thưởng (đồng)']);
  const body = [];
  for (let n = header.number + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    body.push([row.getCell(1).text, Number(row.getCell(2).value), Number(row.getCell(3).value)]);
  }
  assert.deepEqual(
    body,
    v.byLevel.map((b) => [b.label, b.count, b.amount]),
  );
  const money = await get(t.app, admin, `/api/dashboard/chart.xlsx?${q({ ...YEARS, chart: 'money' })}`);
  const moneySheet = await onlySheet(money.rawPayload);
  const moneyHeader = headerRow(moneySheet, 'Năm');
  assert.deepEqual(moneyHeader.values, ['Năm', 'Trung ương', 'Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Tổng']);
  const y2023 = moneySheet.getRow(moneyHeader.number + 3);
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map((c) => Number(y2023.getCell(c).value)),
    [2023, 3_720_000, 4_470_000, 0, 1_200_000, 9_390_000],
  );
});
