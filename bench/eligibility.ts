// Benchmark (issue #3 point 9, issue #7): evaluate every person of a synthetic province for CSTĐ tỉnh and Bằng khen
// tỉnh (achievement year 2025, công trạng, as of 31/12/2025), history loaded from PostgreSQL.
//   npm run bench -- eligibility            100,000 people; writes docs/benchmarks.md (its own section)
//   npm run bench -- eligibility --quick    10,000 people, for everyday use (< 25 s once the province exists)
// Options: --runs=N (default 5; 3 with --quick), --chunk=N (people per loadHistories call), --no-write,
// --province=NAME (an existing province database of the same server, e.g. one of an earlier generator version:
// two versions of the code compared on the same data), --verdicts=FILE (writes the full verdicts of the first
// 3,000 people, by id, as JSON lines, and stops: two versions of the engine compared byte for byte), --whole-history (every year of
// history loaded, as before the window: the window's gain, measured), --explain (evaluate(), every verdict with
// its criteria and Vietnamese evidence, instead of evaluateVerdict: the cost of explaining all of them, measured).
// Data: provinceDatabase (bench/lib/province-db.ts), built once per size and generator version, then reused.
// Measured, median of the runs after a warm-up run: (a) the reference — the very statements loadHistories sends
// (recorded during the warm-up), replayed through the same driver, rows fetched but nothing built; (b)
// loadHistories + the verdict for both kinds for every person, split into load and evaluate — evaluateVerdict, as
// the suggestions judge every candidate (their one page of explained verdicts is not part of it). Goal: (b) < 2 s and
// (b)/(a) ≤ 1.5. The verdict counts per kind are kept per province in bench/out/ and a later run on the same
// province must find the same counts (an optimisation must not change a verdict).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import { evaluate, evaluateVerdict } from '../domain/eligibility';
import { historyWindow } from '../domain/eligibility/reach';
import type { EligibilityRequest, SubjectHistory } from '../domain/regimes/types';
import { type DatabaseHandle, type Db, openDatabase, queryRows } from '../server/db/client';
import { loadHistories } from '../server/modules/history/history.load';
import { type BenchReport, figuresOf, writeReport } from './_eligibility-report';
import { databaseUrl, provinceDatabase } from './lib/province-db';
import { OUT_DIR, recordFigures } from './lib/results';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = args.includes('--quick');
const FULL_COUNT = 100_000;
const COUNT = QUICK ? 10_000 : FULL_COUNT;
const RUNS = Math.max(QUICK ? 3 : 5, Number(option('runs') ?? 0));
const CHUNK = Math.min(COUNT, Number(option('chunk') ?? 5000));
const WRITE = !args.includes('--no-write') && !QUICK;
const VERDICTS_FILE = option('verdicts');
const PROVINCE = option('province');
const WHOLE_HISTORY = args.includes('--whole-history');
const EXPLAIN = args.includes('--explain');
const AS_OF = '2025-12-31';
const REQUESTS: EligibilityRequest[] = [
  { subjectKind: 'individual', awardKind: 'CSTD_TINH', year: 2025, awardType: 'cong_trang' },
  { subjectKind: 'individual', awardKind: 'BK_TINH', year: 2025, awardType: 'cong_trang' },
];
type Verdicts = Record<string, { eligible: number; not_eligible: number; needs_review: number }>;

if (!process.env.DATABASE_URL) {
  console.error(
    'Phép đo này cần PostgreSQL: chạy `npm run bench -- eligibility` (tự khởi động PostgreSQL; thêm --quick để đo 10.000 người).',
  );
  process.exit(2);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const chunksOf = (ids: string[]) =>
  Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) => ids.slice(i * CHUNK, (i + 1) * CHUNK));
/** Only the years the rules of the two kinds read (domain/eligibility/reach.ts), as the suggestions load them. */
const WINDOW = WHOLE_HISTORY ? undefined : historyWindow(REQUESTS);
const load = (db: Db, ids: string[]) =>
  loadHistories(db, ids, { asOf: AS_OF, parallel: true, window: WINDOW });

/** A Db that records the statements sent through it (loadHistories sends raw SQL via db.execute). */
function recording(db: Db, statements: SQL[]): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver) as unknown;
      return (query: SQL) => {
        statements.push(query);
        return target.execute(query);
      };
    },
  });
}

/**
 * (a) The reference: the same statements, rows fetched through the same driver, nothing built from them. Like
 * loadHistories, the statements of a chunk are sent together; like (b), the next chunk is asked for before the
 * current one is read.
 */
async function reference(db: Db, statements: SQL[][]): Promise<{ ms: number; rows: number }> {
  const start = performance.now();
  const fetch = (chunk: SQL[]) => Promise.all(chunk.map((s) => queryRows(db, s)));
  let rows = 0;
  let next = fetch(statements[0]!);
  for (let i = 0; i < statements.length; i++) {
    const results = await next;
    if (i + 1 < statements.length) next = fetch(statements[i + 1]!);
    for (const r of results) rows += r.length;
  }
  return { ms: performance.now() - start, rows };
}

/** The verdict of one request: alone (evaluateVerdict, the default), or explained (evaluate, --explain). */
const verdictOf = EXPLAIN
  ? (history: SubjectHistory, request: EligibilityRequest) => evaluate(history, request, AS_OF).verdict
  : (history: SubjectHistory, request: EligibilityRequest) => evaluateVerdict(history, request, AS_OF);

/**
 * (b) loadHistories then the verdicts of both kinds, for every person; the next chunk's histories are asked for
 * before the current chunk is evaluated, so that the server works while this process evaluates.
 */
async function full(db: Db, chunks: string[][]) {
  let loadMs = 0;
  let evaluateMs = 0;
  const verdicts: Verdicts = {};
  for (const r of REQUESTS) verdicts[r.awardKind] = { eligible: 0, not_eligible: 0, needs_review: 0 };
  let next = load(db, chunks[0]!);
  for (let i = 0; i < chunks.length; i++) {
    let start = performance.now();
    const histories = await next;
    if (i + 1 < chunks.length) next = load(db, chunks[i + 1]!);
    loadMs += performance.now() - start;
    start = performance.now();
    for (const id of chunks[i]!) {
      const history = histories.get(id)!;
      for (const request of REQUESTS) verdicts[request.awardKind]![verdictOf(history, request)]++;
    }
    evaluateMs += performance.now() - start;
  }
  return { loadMs, evaluateMs, totalMs: loadMs + evaluateMs, verdicts };
}

/** The full verdicts of the first people (by id), one JSON line each, for a byte-for-byte comparison. */
async function writeVerdicts(db: Db, ids: string[], file: string) {
  const some = ids.slice(0, 3000);
  const histories = await load(db, some);
  const lines = some.map((id) =>
    JSON.stringify({ id, verdicts: REQUESTS.map((r) => evaluate(histories.get(id)!, r, AS_OF)) }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`Đã ghi phán quyết đầy đủ của ${some.length} người vào ${file}`);
}

/**
 * The verdict counts of this province, kept from the first run: a later run (another version of the loader or
 * of the engine, same data) must find the same counts.
 */
function checkVerdicts(database: string, verdicts: Verdicts) {
  const file = path.join(OUT_DIR, '..', 'eligibility-verdicts', `${database}.json`);
  const text = `${JSON.stringify(verdicts, null, 2)}\n`;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(
      `Số phán quyết theo loại đã lưu (${path.relative(process.cwd(), file)}) để đối chiếu lần sau.`,
    );
    return;
  }
  if (readFileSync(file, 'utf8') !== text) {
    throw new Error(
      `Số phán quyết khác lần đo trước trên cùng dữ liệu (${file}):\n${readFileSync(file, 'utf8')}→ ${text}` +
        'Nếu quy tắc xét đã cố ý thay đổi, hãy xóa tệp này.',
    );
  }
  console.log('Số phán quyết theo loại trùng với lần đo trước trên cùng dữ liệu.');
}

async function engineName(handle: DatabaseHandle): Promise<string> {
  const [row] = await queryRows<{ v: string }>(handle.db, sql`select current_setting('server_version') as v`);
  return `PostgreSQL ${row!.v}`;
}

async function main() {
  const province = PROVINCE
    ? { url: databaseUrl(PROVINCE), name: PROVINCE, loadSeconds: null }
    : await provinceDatabase(COUNT);
  const handle = await openDatabase({ databaseUrl: province.url });
  const db = handle.db;
  const counts: Record<string, number> = {};
  for (const t of [
    'units',
    'people',
    'employments',
    'annual_ratings',
    'awards',
    'initiatives',
    'disciplines',
    'investigations',
  ]) {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.raw(t)}`);
    counts[t] = Number(row!.n);
  }
  const ids = (await queryRows<{ id: string }>(db, sql`select id from people order by id`)).map((r) => r.id);
  const chunks = chunksOf(ids);
  const engine = await engineName(handle);
  console.log(
    `${engine}; ${province.name}: ${ids.length.toLocaleString('vi-VN')} người, lô ${CHUNK.toLocaleString('vi-VN')}`,
  );
  if (VERDICTS_FILE) {
    await writeVerdicts(db, ids, VERDICTS_FILE);
    await handle.close();
    return;
  }

  // Warm-up: one run of each; the first loadHistories run records the statements of the reference.
  const statements: SQL[][] = [];
  for (const chunk of chunks) {
    const recorded: SQL[] = [];
    await load(recording(db, recorded), chunk);
    statements.push(recorded);
  }
  await reference(db, statements);
  await full(db, chunks);

  const loadAverage = os.loadavg()[0]!;
  const refs: number[] = [];
  const runs: Awaited<ReturnType<typeof full>>[] = [];
  let rows = 0;
  let peakRss = process.memoryUsage().rss;
  for (let i = 0; i < RUNS; i++) {
    const ref = await reference(db, statements);
    refs.push(ref.ms);
    rows = ref.rows;
    const run = await full(db, chunks);
    runs.push(run);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(
      `  lần ${i + 1}: tham chiếu ${ref.ms.toFixed(0)} ms; nạp ${run.loadMs.toFixed(0)} + xét ${run.evaluateMs.toFixed(0)}` +
        ` = ${run.totalMs.toFixed(0)} ms`,
    );
  }
  const verdicts = runs[0]!.verdicts;
  if (runs.some((r) => JSON.stringify(r.verdicts) !== JSON.stringify(verdicts))) {
    throw new Error('Kết quả xét khác nhau giữa các lần chạy');
  }
  const totals = runs.map((r) => r.totalMs);
  const report: BenchReport = {
    engine,
    people: ids.length,
    chunk: CHUNK,
    runs: RUNS,
    statements: statements.reduce((n, s) => n + s.length, 0),
    rows,
    counts,
    setupS: province.loadSeconds,
    loadAverage,
    referenceMs: median(refs),
    loadMs: median(runs.map((r) => r.loadMs)),
    evaluateMs: median(runs.map((r) => r.evaluateMs)),
    totalMs: median(totals),
    ranges: {
      reference: [Math.min(...refs), Math.max(...refs)],
      load: [Math.min(...runs.map((r) => r.loadMs)), Math.max(...runs.map((r) => r.loadMs))],
      evaluate: [Math.min(...runs.map((r) => r.evaluateMs)), Math.max(...runs.map((r) => r.evaluateMs))],
      total: [Math.min(...totals), Math.max(...totals)],
    },
    verdicts,
    peakRssMb: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20,
    window: WINDOW ?? null,
    explained: EXPLAIN,
  };
  await handle.close();
  checkVerdicts(province.name, verdicts);
  await writeReport(report, { write: WRITE, full: !QUICK });
  recordFigures('eligibility', figuresOf(report), {
    quick: QUICK,
    loadAverage,
    data:
      `synthetic province (bench/synthetic), ${ids.length.toLocaleString('en')} people, ` +
      `${report.rows.toLocaleString('en')} history rows read`,
  });
}

await main();
