// The benchmark suite (issue #7).
//   npm run bench                    every benchmark at full size; writes docs/benchmarks.md and docs/benchmarks.json
//   npm run bench -- --quick         every benchmark on a small province, for everyday use (< 3 min); prints the
//                                    figures and writes bench/out/summary.md, leaves docs/ alone
//   npm run bench -- <name> [args]   one benchmark (bench/<name>.ts)
//   npm run bench -- --list          the benchmarks
// Without DATABASE_URL the suite starts (or reuses) its own PostgreSQL on 127.0.0.1 through scripts/with-postgres.sh,
// its data folder kept in $TMPDIR/vinhdanh-bench-pg so that the synthetic provinces (bench/lib/province-db.ts) are
// built once and reused by later runs. Benchmarks that measure PGlite take --pglite and need no server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { writeDocSection } from './lib/doc';
import { type BenchResult, formatValue, machine, OUT_DIR, targetText } from './lib/results';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''));

/** The suite, in the order it runs (cheap and independent of the server's load first, the load test last). */
export const SUITE = [
  'web',
  'eligibility',
  'queries',
  'work-report',
  'decision',
  'import',
  'load',
  'seed',
] as const;
/** Left out of the quick suite (its 3-minute budget): the demo seeding takes ~25 s by itself. */
const FULL_ONLY = new Set<string>(['seed']);

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const name = args.find((a) => !a.startsWith('--'));

if (args.includes('--list')) {
  console.log(`Các phép đo: ${available.join(', ')}\nBộ đầy đủ (theo thứ tự): ${SUITE.join(', ')}`);
  process.exit(0);
}
if (name && !available.includes(name)) {
  console.error(
    `Không có phép đo "${name}". Các phép đo: ${available.join(', ')}\n` +
      'Cách dùng: npm run bench [-- --quick] | npm run bench -- <tên> [tham số]',
  );
  process.exit(2);
}

// A PostgreSQL of our own when none is given (PGlite-only runs excepted).
if (!process.env.DATABASE_URL && !args.includes('--pglite')) {
  const keep = process.env.PG_KEEP_DIR ?? path.join(os.tmpdir(), 'vinhdanh-bench-pg');
  console.log(`Khởi động (hoặc dùng lại) PostgreSQL của phép đo trong ${keep} …`);
  const child = spawnSync(
    'bash',
    [
      path.join(root, 'scripts/with-postgres.sh'),
      process.execPath,
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      ...args,
    ],
    {
      stdio: 'inherit',
      cwd: root,
      env: {
        ...process.env,
        PG_KEEP_DIR: keep,
        PG_PORT: process.env.PG_PORT ?? '55700',
        PG_DATABASE: 'postgres',
      },
    },
  );
  process.exit(child.status ?? 1);
}

function runOne(bench: string, extra: string[]): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${bench}.ts`), ...extra], {
    stdio: 'inherit',
    cwd: root,
  });
  return child.status ?? 1;
}

if (name)
  process.exit(
    runOne(
      name,
      args.filter((a) => a !== name),
    ),
  );

// The whole suite.
const started = performance.now();
const outcomes: { bench: string; status: number; seconds: number }[] = [];
for (const bench of SUITE) {
  if (QUICK && FULL_ONLY.has(bench)) continue;
  if (!available.includes(bench)) {
    outcomes.push({ bench, status: 127, seconds: 0 });
    console.error(`Thiếu phép đo ${bench} (bench/${bench}.ts)`);
    continue;
  }
  rmSync(path.join(OUT_DIR, `${bench}.json`), { force: true });
  console.log(`\n=== ${bench}${QUICK ? ' --quick' : ''} ===`);
  const start = performance.now();
  const status = runOne(bench, QUICK ? ['--quick'] : []);
  outcomes.push({ bench, status, seconds: (performance.now() - start) / 1000 });
}
const totalSeconds = (performance.now() - started) / 1000;

const results: BenchResult[] = [];
for (const bench of SUITE) {
  const file = path.join(OUT_DIR, `${bench}.json`);
  if (existsSync(file)) results.push(JSON.parse(readFileSync(file, 'utf8')) as BenchResult);
}

const cell = (s: string) => s.replaceAll('|', '\\|');
const lines = [
  `## Summary — \`npm run bench${QUICK ? ' -- --quick' : ''}\``,
  '',
  `Run ${new Date().toISOString().slice(0, 10)} on ${machine()}; PostgreSQL on 127.0.0.1; the whole suite took ` +
    `${Math.round(totalSeconds)} s. Each figure is the median of its runs beside the reference measured in the same ` +
    'run (the sections below give the runs, ranges, data and method). "missed" figures are explained in their section.',
  '',
  '| Benchmark | Figure | Median | Reference | Ratio | Target | |',
  '| --- | --- | ---: | --- | ---: | --- | --- |',
];
for (const r of results) {
  for (const f of r.figures) {
    lines.push(
      `| ${r.name} | ${cell(f.label)} | ${formatValue(f.value, f.unit)} | ${
        f.reference ? cell(`${f.reference.label}: ${formatValue(f.reference.value, f.unit)}`) : ''
      } | ${f.ratio !== null ? `${f.ratio.toFixed(2)}×` : ''} | ${cell(targetText(f.target, f.unit))} | ${
        f.met === null ? '' : f.met ? 'met' : '**missed**'
      } |`,
    );
  }
}
const failed = outcomes.filter((o) => o.status !== 0);
lines.push(
  '',
  `Durations: ${outcomes.map((o) => `${o.bench} ${Math.round(o.seconds)} s${o.status ? ` (exit ${o.status})` : ''}`).join(', ')}.`,
);
const summary = lines.join('\n');
console.log(`\n${summary}\n`);

mkdirSync(path.join(here, 'out'), { recursive: true });
writeFileSync(path.join(here, 'out', 'summary.md'), `${summary}\n`);
const json = {
  quick: QUICK,
  at: new Date().toISOString(),
  machine: machine(),
  totalSeconds,
  outcomes,
  results,
};
writeFileSync(path.join(here, 'out', 'summary.json'), `${JSON.stringify(json, null, 2)}\n`);
if (!QUICK && failed.length === 0) {
  await writeDocSection(lines[0]!, summary, true);
  // Formatted as the repository's prettier check wants it (the doc section is, by writeDocSection).
  const file = path.join(root, 'docs', 'benchmarks.json');
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  writeFileSync(file, await prettier.format(JSON.stringify(json, null, 2), options));
}
if (failed.length) {
  console.error(`Phép đo lỗi: ${failed.map((o) => o.bench).join(', ')}`);
  process.exit(1);
}
