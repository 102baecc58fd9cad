// Benchmark (issue #3, point 9): evaluate every person of a synthetic province for CSTĐ tỉnh and Bằng khen tỉnh
// (achievement year 2025, công trạng, as of 31/12/2025), history loaded from PostgreSQL.
//   scripts/with-postgres.sh npm run bench -- eligibility            100,000 people; writes docs/benchmarks.md
//   scripts/with-postgres.sh npm run bench -- eligibility --quick    10,000 people, for everyday use
//   npm run bench -- eligibility --pglite [count]                    PGlite in memory (default 10,000 people)
// Options: --runs=N (default 5), --chunk=N (people per loadHistories call), --no-write.
// Measured, median of the runs after a warm-up run: (a) the reference — the very statements loadHistories sends
// (recorded during the warm-up), replayed, rows fetched but no history objects built; (b) loadHistories +
// evaluate() for both kinds for every person, split into load and evaluate. Goal: (b) < 2 s and (b)/(a) ≤ 1.5.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type SQL, sql } from 'drizzle-orm';
import { evaluate } from '../domain/eligibility';
import type { EligibilityRequest } from '../domain/regimes/types';
import { type DatabaseHandle, type Db, migrateDatabase, openDatabase, queryRows } from '../server/db/client';
import { loadHistories } from '../server/modules/history/history.load';
import { type BenchReport, writeReport } from './_eligibility-report';
import { setUpProvince } from './synthetic/setup';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const PGLITE = args.includes('--pglite');
const QUICK = args.includes('--quick');
const FULL_COUNT = 100_000;
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? (QUICK || PGLITE ? 10_000 : FULL_COUNT));
const RUNS = Math.max(5, Number(option('runs') ?? 5));
const CHUNK = Math.min(COUNT, Number(option('chunk') ?? 5000));
const WRITE = !args.includes('--no-write') && !PGLITE && COUNT === FULL_COUNT;
const AS_OF = '2025-12-31';
const REQUESTS: EligibilityRequest[] = [
  { subjectKind: 'individual', awardKind: 'CSTD_TINH', year: 2025, awardType: 'cong_trang' },
  { subjectKind: 'individual', awardKind: 'BK_TINH', year: 2025, awardType: 'cong_trang' },
];
type Verdicts = Record<string, { eligible: number; not_eligible: number; needs_review: number }>;

if (args.includes('--setup')) {
  // Child process (see below): generate and write the province, then exit, leaving the measuring process clean.
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  await setUpProvince(handle, COUNT);
  await handle.close();
  process.exit(0);
}

if (!process.env.DATABASE_URL && !PGLITE) {
  console.error(
    'Phép đo này cần PostgreSQL: chạy `scripts/with-postgres.sh npm run bench -- eligibility` ' +
      '(thêm --quick để đo 10.000 người; --pglite để đo trên PGlite trong bộ nhớ, mặc định 10.000 người).\n' +
      'This benchmark needs PostgreSQL: run `scripts/with-postgres.sh npm run bench -- eligibility` ' +
      '(--quick for 10,000 people; --pglite for in-memory PGlite, 10,000 people by default).',
  );
  process.exit(2);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const chunksOf = (ids: string[]) =>
  Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) => ids.slice(i * CHUNK, (i + 1) * CHUNK));

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

/**
 * (b) loadHistories then evaluate for both kinds, for every person; the next chunk's histories are asked for
 * before the current chunk is evaluated, so that the server works while this process evaluates.
 */
async function full(db: Db, chunks: string[][]) {
  let loadMs = 0;
  let evaluateMs = 0;
  const verdicts: Verdicts = {};
  for (const r of REQUESTS) verdicts[r.awardKind] = { eligible: 0, not_eligible: 0, needs_review: 0 };
  const load = (ids: string[]) => loadHistories(db, ids, { asOf: AS_OF, parallel: true });
  let next = load(chunks[0]!);
  for (let i = 0; i < chunks.length; i++) {
    let start = performance.now();
    const histories = await next;
    if (i + 1 < chunks.length) next = load(chunks[i + 1]!);
    loadMs += performance.now() - start;
    start = performance.now();
    for (const id of chunks[i]!) {
      const history = histories.get(id)!;
      for (const request of REQUESTS)
        verdicts[request.awardKind]![evaluate(history, request, AS_OF).verdict]++;
    }
    evaluateMs += performance.now() - start;
  }
  return { loadMs, evaluateMs, totalMs: loadMs + evaluateMs, verdicts };
}

async function engineName(handle: DatabaseHandle): Promise<string> {
  const [row] = await queryRows<{ v: string }>(handle.db, sql`select current_setting('server_version') as v`);
  return handle.engine === 'postgres' ? `PostgreSQL ${row!.v}` : `PGlite (PostgreSQL ${row!.v}, in memory)`;
}

async function main() {
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  await migrateDatabase(handle);
  const db = handle.db;
  const [people] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from people`);
  let setupS: number | null = null;
  if (Number(people!.n) !== COUNT) {
    if (Number(people!.n) > 0) {
      console.error(
        `Cơ sở dữ liệu đã có ${people!.n} người (cần trống, hoặc đúng ${COUNT} người của tỉnh thử). ` +
          'Hãy chạy qua scripts/with-postgres.sh.',
      );
      await handle.close();
      process.exit(1);
    }
    const start = performance.now();
    if (handle.engine === 'pglite') {
      await setUpProvince(handle, COUNT);
    } else {
      // In a child process, so that the generator's memory is not counted in this one's peak RSS.
      const file = fileURLToPath(import.meta.url);
      const child = spawnSync(process.execPath, ['--import', 'tsx', file, '--setup', String(COUNT)], {
        stdio: 'inherit',
      });
      if (child.status !== 0) process.exit(child.status ?? 1);
    }
    setupS = (performance.now() - start) / 1000;
  } else {
    console.log(`Dùng lại tỉnh thử đã có trong cơ sở dữ liệu (${COUNT.toLocaleString('vi-VN')} người).`);
  }
  const counts = Object.fromEntries(
    await Promise.all(
      [
        'units',
        'people',
        'employments',
        'annual_ratings',
        'awards',
        'initiatives',
        'disciplines',
        'investigations',
      ].map(
        async (t) =>
          [
            t,
            Number(
              (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.raw(t)}`))[0]!.n,
            ),
          ] as const,
      ),
    ),
  );
  const ids = (await queryRows<{ id: string }>(db, sql`select id from people`)).map((r) => r.id);
  const chunks = chunksOf(ids);
  const engine = await engineName(handle);
  console.log(`${engine}; ${ids.length.toLocaleString('vi-VN')} người, lô ${CHUNK.toLocaleString('vi-VN')}`);

  // Warm-up: one run of each; the first loadHistories run records the statements of the reference.
  const statements: SQL[][] = [];
  for (const chunk of chunks) {
    const recorded: SQL[] = [];
    await loadHistories(recording(db, recorded), chunk, { asOf: AS_OF, parallel: true });
    statements.push(recorded);
  }
  await reference(db, statements);
  await full(db, chunks);

  const load = os.loadavg()[0]!;
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
  const report: BenchReport = {
    engine,
    people: ids.length,
    chunk: CHUNK,
    runs: RUNS,
    statements: statements.reduce((n, s) => n + s.length, 0),
    rows,
    counts,
    setupS,
    loadAverage: load,
    referenceMs: median(refs),
    loadMs: median(runs.map((r) => r.loadMs)),
    evaluateMs: median(runs.map((r) => r.evaluateMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
    ranges: {
      reference: [Math.min(...refs), Math.max(...refs)],
      total: [Math.min(...runs.map((r) => r.totalMs)), Math.max(...runs.map((r) => r.totalMs))],
    },
    verdicts,
    peakRssMb: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20,
  };
  await handle.close();
  await writeReport(report, { write: WRITE, full: !PGLITE && COUNT === FULL_COUNT });
}

await main();
