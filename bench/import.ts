// Benchmark (issue #7): importing 10,000 nominees into a dossier from an .xlsx, with the full validation the
// product does (layout, subject kind, award kind of the dossier's authority, summary, each person found by CCCD or
// id in the actor's scope, the name matched, the person working in the proposing unit, duplicates, one authority),
// all rows or none.
//   npm run bench -- import            province of 100,000 people; 10,000 rows; 5 imports; writes docs/benchmarks.md
//   npm run bench -- import --quick    province of 10,000 people; 1,000 rows; 3 imports
// Options: --runs=N, --rows=N, --no-write.
// Data: a scratch copy of the synthetic province (dropped at the end), in which half of the chosen people get a
// CCCD (the synthetic people have none) so that rows name people both ways. Through the services: an officer of
// the province (users service) and, before each import, a new draft dossier of the province proposing Bằng khen of
// the province chairman (createDossierDraft, not timed). The file: the product's template of that dossier
// (renderNomineeTemplate) with its "Danh sách" sheet filled by exceljs — one row per person: "Cá nhân", CCCD or
// id, full name, the award kind's name as the dropdown lists it, a summary.
// Measured: importNominees in one transaction, as POST /api/dossiers/:id/nominees/import runs it after the upload
// is read (the multipart parsing is not in the figure). Reference, alternating: the same file read by exceljs
// alone (load + every row's cells).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../server/db/client';
import { createDossierDraft } from '../server/modules/dossiers/dossiers.service';
import { importNominees, nomineeTemplateInput } from '../server/modules/dossiers/dossiers.import';
import { NOMINEE_IMPORT_COLUMNS, renderNomineeTemplate } from '../server/render/nominees-template.xlsx';
import { benchAccount } from './lib/accounts';
import { writeDocSection } from './lib/doc';
import { dropDatabase, provinceDatabase, scratchCopy } from './lib/province-db';
import { machine, median, minMax, recordFigures } from './lib/results';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = args.includes('--quick');
const RUNS = Math.max(QUICK ? 1 : 5, Number(option('runs') ?? (QUICK ? 3 : 5)));
const ROWS = Number(option('rows') ?? (QUICK ? 1_000 : 10_000));
const WRITE = !QUICK && !args.includes('--no-write') && ROWS === 10_000;
const PEOPLE = QUICK ? 10_000 : 100_000;
const SCRATCH = 'vd_bench_import';
const TARGET_S = 10;
const KIND = 'BK_TINH';

type Person = { id: string; full_name: string; cccd: string | null };

/** The template of the dossier with its list filled: half the rows by CCCD, half by id, all with the name. */
async function workbook(template: Buffer, people: Person[], kindName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Danh sách')!;
  const col = new Map(NOMINEE_IMPORT_COLUMNS.map((c, i) => [c.key as string, i + 1]));
  people.forEach((p, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(col.get('stt')!).value = i + 1;
    row.getCell(col.get('subjectKind')!).value = 'Cá nhân';
    row.getCell(col.get('person')!).value = p.cccd ?? p.id;
    row.getCell(col.get('fullName')!).value = p.full_name;
    row.getCell(col.get('awardKind')!).value = kindName;
    row.getCell(col.get('summary')!).value =
      'Hoàn thành tốt nhiệm vụ được giao; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The reference: exceljs alone loads the file and reads every row's cells. */
async function readWithExcelJs(content: Buffer): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  let cells = 0;
  wb.getWorksheet('Danh sách')!.eachRow((row) => {
    row.eachCell(() => cells++);
  });
  return cells;
}

async function main() {
  const started = performance.now();
  const province = await provinceDatabase(PEOPLE);
  const url = await scratchCopy(province.name, SCRATCH);
  const handle = await openDatabase({ databaseUrl: url });
  try {
    const db = handle.db;
    const [root] = await queryRows<{ id: string }>(db, sql`select id from units where parent_id is null`);
    // People with a job in the province; every other one given a CCCD (12 digits, unused by the province).
    await db.execute(
      sql`update people p set cccd = '0' || lpad(c.n::text, 11, '0')
        from (select id, row_number() over (order by md5(id::text)) as n from people) c
        where c.id = p.id and c.n <= ${ROWS * 2} and c.n % 2 = 0 and p.cccd is null`,
    );
    const people = await queryRows<Person>(
      db,
      sql`select p.id, p.full_name, p.cccd from people p
        where exists (select 1 from employments e where e.person_id = p.id)
        order by md5(p.id::text) limit ${ROWS}`,
    );
    if (people.length < ROWS) throw new Error(`Tỉnh thử chỉ có ${people.length} người, cần ${ROWS}`);
    const officer = await benchAccount(db, {
      username: 'bench.import.officer',
      fullName: 'Cán bộ thi đua tỉnh (đo)',
      roles: [{ role: 'officer', unitId: root!.id }],
    });
    const newDossier = () =>
      db.transaction((tx) =>
        createDossierDraft(tx, officer, {
          proposingUnitId: root!.id,
          achievementYear: 2025,
          awardKinds: [KIND],
          title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025',
        }),
      );
    const first = await newDossier();
    const input = await db.transaction((tx) => nomineeTemplateInput(tx, officer, first.id));
    const kind = input.kinds.find((k) => k.code === KIND);
    if (!kind) throw new Error(`Mẫu nhập không có ${KIND}: ${input.kinds.map((k) => k.code).join(', ')}`);
    const content = await workbook(await renderNomineeTemplate(input), people, kind.name);
    const setupS = (performance.now() - started) / 1000;
    console.log(
      `Tỉnh thử ${PEOPLE.toLocaleString('vi-VN')} người (bản sao ${SCRATCH}); tệp ${ROWS.toLocaleString('vi-VN')} ` +
        `dòng, ${Math.round(content.length / 1024)} KB — chuẩn bị ${setupS.toFixed(1)} s`,
    );

    const imports: number[] = [];
    const reads: number[] = [];
    let dossierId = first.id;
    for (let i = 0; i <= RUNS; i++) {
      let start = performance.now();
      const cells = await readWithExcelJs(content);
      const readMs = performance.now() - start;
      start = performance.now();
      const result = await db.transaction((tx) =>
        importNominees(tx, officer, dossierId, { name: 'danh-sach-de-nghi.xlsx', content }),
      );
      const importMs = performance.now() - start;
      if (result.imported !== ROWS) throw new Error(`Chỉ nhập được ${result.imported} dòng`);
      console.log(
        `  ${i === 0 ? 'khởi động' : `lần ${i}`}: nhập ${(importMs / 1000).toFixed(2)} s; exceljs đọc ` +
          `${(readMs / 1000).toFixed(2)} s (${cells.toLocaleString('vi-VN')} ô)`,
      );
      if (i > 0) {
        imports.push(importMs / 1000);
        reads.push(readMs / 1000);
      }
      if (i < RUNS) dossierId = (await newDossier()).id;
    }
    await report(imports, reads, content.length, setupS);
  } finally {
    await handle.close();
    await dropDatabase(SCRATCH);
  }
}

async function report(imports: number[], reads: number[], bytes: number, setupS: number) {
  const range = minMax;
  const value = median(imports);
  const reference = { label: 'the same .xlsx read by exceljs alone', value: median(reads) };
  const missed = value >= TARGET_S ? 'See the import section: where the time goes.' : undefined;
  recordFigures(
    'import',
    [
      {
        id: 'import.nominees',
        label: `Import ${ROWS.toLocaleString('en')} nominees from .xlsx with full validation`,
        value,
        unit: 's',
        reference,
        runs: imports.length,
        range: range(imports),
        target: ROWS === 10_000 ? { below: TARGET_S } : undefined,
        note: missed,
      },
    ],
    {
      quick: QUICK,
      data: `synthetic province, ${PEOPLE.toLocaleString('en')} people (scratch copy); ${ROWS.toLocaleString('en')} rows`,
    },
  );
  if (!WRITE) return;
  const f = (v: number[]) => {
    const [lo, hi] = range(v);
    return `${median(v).toFixed(2)} (${lo.toFixed(2)}–${hi.toFixed(2)})`;
  };
  const body = [
    '## import — PostgreSQL',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${machine()}, load average ${os.loadavg()[0]!.toFixed(1)}: ` +
      '`npm run bench -- import` (`--quick`: 10,000 people, 1,000 rows, 3 imports).',
    `Data: a scratch copy of the synthetic province of ${PEOPLE.toLocaleString('en')} people (dropped after); ` +
      `${ROWS.toLocaleString('en')} people with a job, every other one given a CCCD for the run. The file ` +
      `(${Math.round(bytes / 1024)} KB): the product's import template of the dossier (renderNomineeTemplate) with ` +
      'its "Danh sách" sheet filled by exceljs — "Cá nhân", the CCCD (half the rows) or the personal id, the full ' +
      'name, the award kind (Bằng khen of the province chairman) as the dropdown lists it, a summary. Before each import a new draft dossier of ' +
      `the province through createDossierDraft (not timed); setup ${setupS.toFixed(0)} s.`,
    '**Import**: `importNominees` in one transaction, as `POST /api/dossiers/:id/nominees/import` runs it once ' +
      'the upload is read (the multipart parsing is not in the figure): the workbook read and its layout checked, ' +
      'each row checked (subject kind, award kind of the authority, summary, person by CCCD or id in scope, name ' +
      'match, a job in the proposing unit, duplicates, one authority), 10,000 nominees written, the audit entry, ' +
      'the dossier view returned. **Reference**: the same file read by exceljs alone (load and every cell). ' +
      `Median of ${imports.length} imports after a warm-up, s (min–max).`,
    '',
    '| Figure | Median (min–max) |',
    '| --- | ---: |',
    `| Import of ${ROWS.toLocaleString('en')} rows | ${f(imports)} |`,
    `| Reference: exceljs reads the file | ${f(reads)} |`,
    '',
    `Target (issue #7): under ${TARGET_S} s — **${value < TARGET_S ? 'met' : 'missed'}** (${value.toFixed(2)} s, ` +
      `${(value / median(reads)).toFixed(1)}× the exceljs read).`,
    '',
  ].join('\n');
  await writeDocSection('## import — PostgreSQL', body);
  console.log('Đã ghi docs/benchmarks.md.');
}

await main();
