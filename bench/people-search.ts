// Benchmark: people search on 100,000 generated people, plus a 10,000-row Excel import. Runs on PostgreSQL when
// DATABASE_URL is set, else on an in-memory PGlite database:
//   npm run bench -- people-search [count] [--explain] [--no-write]
//   scripts/with-postgres.sh npm run bench -- people-search
// Prints timings (median of repeated runs) with their references (the page read alone, the count alone, the
// server's own execution time from EXPLAIN ANALYZE) and, for the default count, writes them as this engine's
// section of docs/benchmarks.md. --explain prints every case's query plans.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import * as prettier from 'prettier';
import { type SQL, sql } from 'drizzle-orm';
import type { Gender } from '../contracts/enums';
import {
  PEOPLE_IMPORT_COLUMNS,
  type PeopleListQuery,
  type PersonBulkInput,
  todayInVietnam,
} from '../contracts/people';
import { composeCccd } from '../domain/cccd';
import { vietnameseSortKey, foldVietnamese } from '../domain/text';
import { type Db, type DatabaseHandle, migrateDatabase, openDatabase, queryRows } from '../server/db/client';
import { units } from '../server/db/schema/index';
import { type Actor, systemActor } from '../server/lib/actor';
import { createPeopleBulk } from '../server/modules/people/people.bulk';
import { importPeopleRows, readPeopleWorkbook } from '../server/modules/people/people.import';
import { listPeopleRows, type RunStatement } from '../server/modules/people/people.list';
import { searchCondition } from '../server/modules/people/people.queries';
import { peopleListCase } from './lib/people-list';

const args = process.argv.slice(2);
const DEFAULT_COUNT = 100_000;
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? DEFAULT_COUNT);
const EXPLAIN = args.includes('--explain');
const WRITE = !args.includes('--no-write') && COUNT === DEFAULT_COUNT;
const IMPORT_ROWS = 10_000;
const RUNS = 7;
const SEED = 20250701;
const DOC = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

// Deterministic generators (mulberry32), so every run measures the same data: one for people, one for unit ids.
function mulberry32(start: number): () => number {
  let seed = start;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const randomForIds = mulberry32(SEED + 1);
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

/** A UUID (v4 layout) drawn from the deterministic generator, so unit paths are the same on every run. */
function seededUuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(randomForIds() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

async function insertUnits(db: Db) {
  const province = { id: seededUuid(), path: '', name: 'Tỉnh Thử Nghiệm' };
  province.path = `/${province.id}/`;
  const districts: { id: string; path: string }[] = [];
  const communes: { id: string; path: string }[] = [];
  const rows = [{ ...province, parentId: null as string | null, kind: 'province', level: 'province' }];
  for (let d = 1; d <= 10; d++) {
    const district = { id: seededUuid(), name: `Huyện Thử ${d}` };
    const dPath = `${province.path}${district.id}/`;
    districts.push({ id: district.id, path: dPath });
    rows.push({ ...district, path: dPath, parentId: province.id, kind: 'district', level: 'district' });
    for (let c = 1; c <= 20; c++) {
      const id = seededUuid();
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
  return { province, districts, communes };
}

/** Median duration of `runs` calls (the first one included: the median ignores a cold start). */
async function timed<T>(fn: () => Promise<T>, runs = RUNS): Promise<{ ms: number; result: T }> {
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

/**
 * A statement runner that also asks the server for each statement's own execution time (EXPLAIN ANALYZE without
 * per-node timing) and adds it to `total.ms`; with `print`, shows the plans.
 */
function explainingRunner(total: { ms: number }, print: string | null): RunStatement {
  return async <T extends Record<string, unknown>>(db: Db, statement: SQL) => {
    const plan = await queryRows<{ 'QUERY PLAN': string }>(
      db,
      sql`explain (analyze, timing off) ${statement}`,
    );
    const lines = plan.map((r) => r['QUERY PLAN']);
    total.ms += Number(
      /([\d.]+) ms/.exec(lines.find((l) => l.startsWith('Execution Time')) ?? '')?.[1] ?? NaN,
    );
    if (print !== null) {
      console.log(`\n${print}`);
      for (const line of lines) console.log(`  ${line}`);
    }
    return queryRows<T>(db, statement);
  };
}

/** Server execution time of the statements a run issues, summed (median of 3 runs). */
async function serverMs(db: Db, run: (runner: RunStatement) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const total = { ms: 0 };
    await run(explainingRunner(total, null));
    times.push(total.ms);
  }
  times.sort((a, b) => a - b);
  return times[1]!;
}

async function printPlan(db: Db, title: string, statement: SQL) {
  const plan = await queryRows<{ 'QUERY PLAN': string }>(
    db,
    sql`explain (analyze, costs off, timing off) ${statement}`,
  );
  console.log(`\n${title}`);
  for (const r of plan) console.log(`  ${r['QUERY PLAN']}`);
}

async function engineName(handle: DatabaseHandle): Promise<string> {
  const [row] = await queryRows<{ v: string }>(handle.db, sql`select current_setting('server_version') as v`);
  if (handle.engine === 'postgres') return `PostgreSQL ${row!.v}`;
  const pkg = JSON.parse(
    readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return `PGlite ${pkg.version} (PostgreSQL ${row!.v}, in memory)`;
}

interface CaseResult {
  label: string;
  total: number;
  listMs: number;
  pageMs: number;
  countMs: number;
  serverMs: number;
}

const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const TARGET_MS = 50;

/** How the figures compare with the target of issue #7 (search < 50 ms on PostgreSQL). */
function targetLine(engine: 'pglite' | 'postgres', results: CaseResult[]): string {
  const over = results.filter((r) => r.listMs >= TARGET_MS);
  const which = over.map((r) => `${r.label} (${ms(r.listMs)} ms)`).join('; ');
  const target = `Target (issue #7): search < ${TARGET_MS} ms on PostgreSQL`;
  if (engine === 'pglite') {
    return `${target}; on PGlite, for comparison, ${over.length ? `over ${TARGET_MS} ms: ${which}` : 'every case is under it'}.`;
  }
  return `${target}: ${over.length ? `not met by ${which}` : 'met by every case'}.`;
}

function markdownSection(
  engine: 'pglite' | 'postgres',
  name: string,
  setup: { insertS: number; load: number },
  results: CaseResult[],
  importLine: string,
): string {
  const { insertS, load } = setup;
  const cpus = os.cpus();
  const run =
    engine === 'postgres'
      ? 'scripts/with-postgres.sh npm run bench -- people-search'
      : 'npm run bench -- people-search';
  const lines = [
    `## people-search — ${engine === 'postgres' ? 'PostgreSQL' : 'PGlite'}`,
    '',
    `${name}. Run ${new Date().toISOString().slice(0, 10)} on ${cpus.length} cores (${cpus[0]?.model.trim() ?? '?'}), ` +
      `Node ${process.version}: \`${run}\`.`,
    `${COUNT.toLocaleString('en')} generated people (seed ${SEED}; names weighted like Vietnamese family names, ` +
      `~41% Nguyễn) in 200 communes of 10 districts, created in ${insertS.toFixed(1)} s (createPeopleBulk, ` +
      `batches of 10,000), then VACUUM ANALYZE. Every figure is the median of ${RUNS} runs, in ms; load average before the runs: ${load.toFixed(1)}.`,
    '',
    '- **listPeople**: the service as the route calls it, in a transaction: a page of 20 and the exact total.',
    '- **server**: execution time the server reports (EXPLAIN ANALYZE) summed over the statements of that list',
    '  request — the reference without driver, transfer and round trips; (×) is listPeople ÷ server (EXPLAIN',
    '  ANALYZE instruments every row, so on a busy machine it can come out above the real run).',
    '- **page only**: the page read alone, the counts being known — the reference without the exact total;',
    '  (×) is listPeople ÷ page only. **count only**: the exact count statement alone.',
    '',
    '| Case | Matches | listPeople | server (×) | page only (×) | count only |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.label} | ${r.total.toLocaleString('en')} | ${ms(r.listMs)} | ` +
        `${ms(r.serverMs)} (${(r.listMs / r.serverMs).toFixed(1)}×) | ` +
        `${ms(r.pageMs)} (${(r.listMs / r.pageMs).toFixed(1)}×) | ${ms(r.countMs)} |`,
    ),
    '',
    targetLine(engine, results),
    '',
    importLine,
    '',
  ];
  return lines.join('\n');
}

const DOC_HEADER = `# Benchmarks

Measured figures, one section per benchmark and database engine; each run of a benchmark replaces its own
section. Machine of the first runs: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.versions.node.split('.')[0]} (${new Date().toISOString().slice(0, 10)}); each section
states its own machine and date. The machine is shared with other work: the same run can vary by a third from
one time to the next (each section gives the load average), so compare figures within a section.

- PGlite (embedded): \`npm run bench -- <name>\`
- PostgreSQL: \`scripts/with-postgres.sh npm run bench -- <name>\` (a throw-away PostgreSQL on 127.0.0.1)

Targets (issue #7): people search < 50 ms on PostgreSQL.
`;

/** Replaces (or appends) this engine's section of docs/benchmarks.md, formatted as the repository's Prettier does. */
async function writeSection(section: string) {
  const heading = section.slice(0, section.indexOf('\n'));
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : DOC_HEADER;
  const lines = doc.split('\n');
  const from = lines.indexOf(heading);
  let next: string;
  if (from < 0) {
    next = `${doc.trimEnd()}\n\n${section}`;
  } else {
    let to = lines.findIndex((l, i) => i > from && l.startsWith('## '));
    if (to < 0) to = lines.length;
    next = [...lines.slice(0, from), ...section.split('\n'), ...lines.slice(to)].join('\n');
  }
  const options = { ...(await prettier.resolveConfig(DOC)), filepath: DOC };
  writeFileSync(DOC, await prettier.format(`${next.trimEnd()}\n`, options));
  console.log(`\nĐã ghi mục "${heading.slice(3)}" vào docs/benchmarks.md`);
}

async function main() {
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  await migrateDatabase(handle);
  const db = handle.db;
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from people`);
  if (Number(existing?.n) > 0) {
    console.error(
      'Cơ sở dữ liệu đã có dữ liệu: phép đo cần một cơ sở dữ liệu trống (scripts/with-postgres.sh).',
    );
    await handle.close();
    process.exit(1);
  }
  const name = await engineName(handle);
  console.log(`Cơ sở dữ liệu: ${name}`);
  const admin = systemActor();
  const { province, districts, communes } = await insertUnits(db);

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
  const insertS = (performance.now() - start) / 1000;
  // VACUUM too: the visibility map lets index-only scans skip the heap, as on a database autovacuum has visited;
  // done here so that autovacuum does not start in the middle of the timings.
  await db.execute(sql`vacuum analyze`);
  const load = os.loadavg()[0]!;
  console.log(
    `Đã tạo ${COUNT.toLocaleString('vi-VN')} cá nhân trong ${insertS.toFixed(1)} s (createPeopleBulk, lô 10.000)`,
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
  const district = districts[0]!;
  const [sampleCccd] = await queryRows<{ cccd: string }>(
    db,
    sql`select cccd from people where cccd is not null order by cccd limit 1`,
  );
  const base: PeopleListQuery = { page: 1, pageSize: 20, includeSubunits: false };
  const cases: [string, Actor, Partial<PeopleListQuery>][] = [
    ['province admin, q="nguyen van an"', provinceAdmin, { q: 'nguyen van an' }],
    ['province admin, q="Đặng Thị Hương"', provinceAdmin, { q: 'Đặng Thị Hương' }],
    ['province admin, q="thang" (one word)', provinceAdmin, { q: 'thang' }],
    ['province admin, q="nguyen" (very common)', provinceAdmin, { q: 'nguyen' }],
    ['province admin, q=CCCD (12 digits)', provinceAdmin, { q: sampleCccd!.cccd }],
    ['province admin, no q, page 1', provinceAdmin, {}],
    ['province admin, no q, page 200', provinceAdmin, { page: 200 }],
    [
      'province admin, one district with subunits, q="nguyen"',
      provinceAdmin,
      { q: 'nguyen', unitId: district.id, includeSubunits: true },
    ],
    ['commune officer, q="nguyen van an"', officer, { q: 'nguyen van an' }],
    ['commune officer, no q', officer, {}],
  ];
  const today = todayInVietnam();
  const results: CaseResult[] = [];
  console.log(`\nTìm kiếm qua listPeople (trang 20 dòng + tổng số), trung vị ${RUNS} lần, ms:`);
  console.log(`  ${'trường hợp'.padEnd(56)} ${'tổng'.padStart(7)} listPeople máy chủ  trang   đếm`);
  for (const [label, actor, extra] of cases) {
    const query = { ...base, ...extra };
    const unitPath = query.includeSubunits ? (district.path as string | null) : null;
    const listCase = await peopleListCase(db, actor, query, district.path, today);
    const list = await timed(listCase.list);
    const pageOnly = await timed(listCase.page);
    const countOnly = await timed(listCase.count);
    const result: CaseResult = {
      label,
      total: list.result,
      listMs: list.ms,
      pageMs: pageOnly.ms,
      countMs: countOnly.ms,
      serverMs: await serverMs(db, (run) => listPeopleRows(db, actor, query, unitPath, today, run)),
    };
    results.push(result);
    console.log(
      `  ${label.padEnd(56)} ${String(result.total).padStart(7)} ${ms(result.listMs).padStart(10)} ` +
        `${ms(result.serverMs).padStart(7)} ${ms(result.pageMs).padStart(6)} ${ms(result.countMs).padStart(5)}`,
    );
    if (EXPLAIN) {
      const runner = explainingRunner({ ms: 0 }, `EXPLAIN ANALYZE — ${label}:`);
      await listPeopleRows(db, actor, query, unitPath, today, runner);
    }
  }

  await printPlan(
    db,
    'EXPLAIN ANALYZE — điều kiện tìm "nguyen van an":',
    sql`select p.id from people p where ${searchCondition('nguyen van an')!}`,
  );

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
  const readS = (performance.now() - start) / 1000;
  start = performance.now();
  const imported = await db.transaction((tx) => importPeopleRows(tx, admin, rows, { source: 'bench' }));
  const writeS = (performance.now() - start) / 1000;
  console.log(
    `\nNhập Excel ${imported.imported.toLocaleString('vi-VN')} dòng (${(file.length / 1024).toFixed(0)} KB): ` +
      `đọc tệp ${readS.toFixed(2)} s, kiểm tra + ghi ${writeS.toFixed(2)} s, tổng ${(readS + writeS).toFixed(2)} s`,
  );
  const importLine =
    `Excel import of ${imported.imported.toLocaleString('en')} rows (${(file.length / 1024).toFixed(0)} KB, ` +
    `one run, into the ${COUNT.toLocaleString('en')} people above): read ${readS.toFixed(2)} s, ` +
    `validate + write ${writeS.toFixed(2)} s, total ${(readS + writeS).toFixed(2)} s.`;
  await handle.close();
  if (WRITE) await writeSection(markdownSection(handle.engine, name, { insertS, load }, results, importLine));
  else console.log('\n(docs/benchmarks.md không đổi: chỉ ghi khi đo 100.000 người và không có --no-write)');
}

await main();
