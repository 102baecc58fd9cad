// Benchmark: people search on 100,000 generated people in an embedded (PGlite) database, plus a 10,000-row
// Excel import. Run: npm run bench -- people-search [count]   (or npx tsx bench/people-search.ts [count])
// Prints timings (median of repeated runs) and the query plans showing the trigram index at work.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Gender } from '../contracts/enums';
import { PEOPLE_IMPORT_COLUMNS, type PeopleListQuery, type PersonBulkInput } from '../contracts/people';
import { composeCccd } from '../domain/cccd';
import { vietnameseSortKey, foldVietnamese } from '../domain/text';
import { type Db, migrateDatabase, openDatabase, queryRows } from '../server/db/client';
import { units } from '../server/db/schema/index';
import { type Actor, systemActor } from '../server/lib/actor';
import { createPeopleBulk } from '../server/modules/people/people.bulk';
import { importPeopleRows, readPeopleWorkbook } from '../server/modules/people/people.import';
import { searchCondition } from '../server/modules/people/people.queries';
import { listPeople } from '../server/modules/people/people.service';

const COUNT = Number(process.argv[2] ?? 100_000);
const IMPORT_ROWS = 10_000;

// Deterministic generator (mulberry32), so every run measures the same data.
let seed = 20250701;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
// Family names weighted roughly by their frequency in Vietnam.
const FAMILY = [
  ...Array<string>(38).fill('Nguyễn'),
  ...Array<string>(11).fill('Trần'),
  ...Array<string>(9).fill('Lê'),
  ...Array<string>(7).fill('Phạm'),
  ...Array<string>(5).fill('Hoàng'),
  ...Array<string>(4).fill('Phan'),
  ...Array<string>(4).fill('Võ'),
  ...['Đặng', 'Đặng', 'Bùi', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Cao', 'Hà'],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Xuân', 'Thanh', 'Công', 'Đình', 'Ngọc'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Mai', 'Kim', 'Hồng', 'Thùy'];
const GIVEN_MALE = [
  'An',
  'Anh',
  'Bình',
  'Cường',
  'Dũng',
  'Đức',
  'Hải',
  'Hùng',
  'Huy',
  'Khánh',
  'Long',
  'Minh',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thắng',
  'Toàn',
  'Trung',
  'Tuấn',
  'Việt',
];
const GIVEN_FEMALE = [
  'An',
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Ngọc',
  'Nhung',
  'Phương',
  'Thảo',
  'Trang',
  'Vân',
  'Yến',
];

function person(gender: Gender) {
  const female = gender === 'female';
  const parts = [pick(FAMILY), pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)];
  if (random() < 0.3) parts.push(pick(female ? MIDDLE_FEMALE : MIDDLE_MALE));
  parts.push(pick(female ? GIVEN_FEMALE : GIVEN_MALE));
  return parts.join(' ');
}

async function insertUnits(db: Db) {
  const province = { id: randomUUID(), path: '', name: 'Tỉnh Thử Nghiệm' };
  province.path = `/${province.id}/`;
  const communes: { id: string; path: string }[] = [];
  const rows = [{ ...province, parentId: null as string | null, kind: 'province', level: 'province' }];
  for (let d = 1; d <= 10; d++) {
    const district = { id: randomUUID(), name: `Huyện Thử ${d}` };
    const dPath = `${province.path}${district.id}/`;
    rows.push({ ...district, path: dPath, parentId: province.id, kind: 'district', level: 'district' });
    for (let c = 1; c <= 20; c++) {
      const id = randomUUID();
      const path = `${dPath}${id}/`;
      rows.push({
        id,
        path,
        name: `Xã Thử ${d}-${c}`,
        parentId: district.id,
        kind: 'commune',
        level: 'commune',
      });
      communes.push({ id, path });
    }
  }
  await db.insert(units).values(
    rows.map((r) => ({
      ...r,
      nameFolded: foldVietnamese(r.name),
      nameSort: vietnameseSortKey(r.name),
      validFrom: '2000-01-01',
    })),
  );
  return { province, communes };
}

async function timed<T>(fn: () => Promise<T>, runs = 7): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

async function main() {
  const handle = await openDatabase({});
  await migrateDatabase(handle);
  const db = handle.db;
  const admin = systemActor();
  const { province, communes } = await insertUnits(db);

  let start = performance.now();
  let serial = 0;
  for (let done = 0; done < COUNT; done += 10_000) {
    const batch: PersonBulkInput[] = [];
    for (let i = done; i < Math.min(COUNT, done + 10_000); i++) {
      const gender: Gender = random() < 0.5 ? 'male' : 'female';
      const birthYear = 1960 + Math.floor(random() * 45);
      batch.push({
        fullName: person(gender),
        gender,
        birthDate: `${birthYear}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
        cccd:
          random() < 0.8 ? composeCccd({ provinceCode: '042', gender, birthYear, serial: serial++ }) : null,
        employments: [{ unitId: pick(communes).id, cadreClass: 'cong_chuc', fromDate: '2015-01-01' }],
      });
    }
    await db.transaction((tx) => createPeopleBulk(tx, admin, batch, { source: 'bench' }));
  }
  const insertMs = performance.now() - start;
  await db.execute(sql`analyze`);
  console.log(
    `Đã tạo ${COUNT.toLocaleString('vi-VN')} cá nhân trong ${(insertMs / 1000).toFixed(1)} s (createPeopleBulk, lô 10.000)`,
  );

  const provinceAdmin: Actor = {
    ...admin,
    roles: [{ role: 'admin', unitId: province.id, unitPath: province.path, unitName: province.name }],
  };
  const commune = communes[0]!;
  const officer: Actor = {
    ...admin,
    roles: [{ role: 'officer', unitId: commune.id, unitPath: commune.path, unitName: 'Xã' }],
  };
  const [sampleCccd] = await queryRows<{ cccd: string }>(
    db,
    sql`select cccd from people where cccd is not null limit 1`,
  );
  const base: PeopleListQuery = { page: 1, pageSize: 20, includeSubunits: false };
  const cases: [string, Actor, Partial<PeopleListQuery>][] = [
    ['quản trị tỉnh, q="nguyen van an"', provinceAdmin, { q: 'nguyen van an' }],
    ['quản trị tỉnh, q="Đặng Thị Hương"', provinceAdmin, { q: 'Đặng Thị Hương' }],
    ['quản trị tỉnh, q="thang" (một từ)', provinceAdmin, { q: 'thang' }],
    ['quản trị tỉnh, q="nguyen" (rất nhiều kết quả)', provinceAdmin, { q: 'nguyen' }],
    ['quản trị tỉnh, q=CCCD 12 số', provinceAdmin, { q: sampleCccd!.cccd }],
    ['quản trị tỉnh, không q (trang 1 theo tên)', provinceAdmin, {}],
    ['quản trị tỉnh, không q (trang 200)', provinceAdmin, { page: 200 }],
    ['cán bộ một xã, q="nguyen van an"', officer, { q: 'nguyen van an' }],
    ['cán bộ một xã, không q', officer, {}],
  ];
  console.log('\nTìm kiếm qua listPeople (trang 20 dòng + tổng số), trung vị 7 lần:');
  for (const [label, actor, query] of cases) {
    const { ms, result } = await timed(() =>
      db.transaction((tx) => listPeople(tx, actor, { ...base, ...query })),
    );
    console.log(`  ${label.padEnd(46)} ${ms.toFixed(1).padStart(7)} ms   tổng ${result.total}`);
  }

  const plan = await queryRows<{ 'QUERY PLAN': string }>(
    db,
    sql`explain (analyze, costs off, timing off) select p.id from people p where ${searchCondition('nguyen van an')!}`,
  );
  console.log('\nEXPLAIN ANALYZE — điều kiện tìm "nguyen van an":');
  for (const r of plan) console.log(`  ${r['QUERY PLAN']}`);

  // Import: 10,000 rows through the real path (read .xlsx, validate every row, insert in one transaction).
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(PEOPLE_IMPORT_COLUMNS.map((c) => c.header));
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const gender: Gender = i % 2 ? 'female' : 'male';
    const birthYear = 1960 + (i % 45);
    sheet.addRow([
      i + 1,
      person(gender),
      gender === 'male' ? 'Nam' : 'Nữ',
      `15/06/${birthYear}`,
      'Kinh',
      composeCccd({ provinceCode: '040', gender, birthYear, serial: i }),
      '0912345678',
      null,
      null,
      'Xã Thử 1-1',
      'Chuyên viên',
      'Công chức',
      'Không',
      '01/01/2020',
    ]);
  }
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  start = performance.now();
  const rows = await readPeopleWorkbook(file);
  const readMs = performance.now() - start;
  start = performance.now();
  const imported = await db.transaction((tx) => importPeopleRows(tx, admin, rows, { source: 'bench' }));
  const writeMs = performance.now() - start;
  console.log(
    `\nNhập Excel ${imported.imported.toLocaleString('vi-VN')} dòng (${(file.length / 1024).toFixed(0)} KB): ` +
      `đọc tệp ${(readMs / 1000).toFixed(2)} s, kiểm tra + ghi ${(writeMs / 1000).toFixed(2)} s, ` +
      `tổng ${((readMs + writeMs) / 1000).toFixed(2)} s`,
  );
  await handle.close();
}

await main();
