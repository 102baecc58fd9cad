// Benchmark (issue #7): the web app's weight and its first render.
//   npm run bench -- web            province of 100,000 people, 7 loads of each page; writes docs/benchmarks.md
//   npm run bench -- web --quick    province of 10,000 people, 3 loads of each page
// Options: --runs=N (loads of each page, at least 5), --no-write, --size-only (part a only: no database, no browser).
// (a) Initial JS: the entry script and the modules index.html preloads (dist/web after `npm run build:web`, built
//     here when missing or older than web/ or contracts/), each gzipped at level 9 as a static server would
//     precompress it. Target < 400 KB. Reference: all the JS of the build, gzipped the same way (the share the first
//     load takes); the largest lazily loaded chunk is named beside it.
// (b) First render of the dossier list (/ho-so) in headless Chromium (playwright-core, /usr/bin/chromium, the
//     flags of e2e/support/browser.ts), for a province specialist: the server (server/main.ts bundled, e2e/support/server.ts, as a child process
//     on 127.0.0.1:3240–3249) on a scratch copy of the province, the account created through the users service,
//     signed in through the login page. Each load: a navigation to /ho-so, timed in the page from the navigation's
//     start (performance.now()) to the first frame where the table holds its rows. Reference, alternating in the
//     same browser: the login page (/dang-nhap, signed out) to the frame where its username field shows. Median of
//     the loads after a warm-up of each (warm HTTP cache: the assets are immutable, index.html and /api are not).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Page } from 'playwright-core';
import { openBrowser } from '../e2e/support/browser';
import { serverBundle } from '../e2e/support/server';
import { openDatabase, queryRows } from '../server/db/client';
import { BENCH_PASSWORD, benchAccount } from './lib/accounts';
import { writeDocSection } from './lib/doc';
import { benchDossiers, candidates } from './lib/dossiers';
import { dropDatabase, provinceDatabase, scratchCopy } from './lib/province-db';
import { type Figure, machine, median, minMax, recordFigures } from './lib/results';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = args.includes('--quick');
const SIZE_ONLY = args.includes('--size-only');
const RUNS = Math.max(QUICK ? 1 : 5, Number(option('runs') ?? (QUICK ? 3 : 7)));
const WRITE = !QUICK && !SIZE_ONLY && !args.includes('--no-write');
const PEOPLE = QUICK ? 10_000 : 100_000;
const SCRATCH = 'vd_bench_web';
const PORTS = [3240, 3249] as const;
const TARGET_KB = 400;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_DIR = path.join(ROOT, 'dist', 'web');

// ---- (a) sizes ----

/** Newest modification time of the files under these folders. */
function newest(dirs: string[]): number {
  let latest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else latest = Math.max(latest, statSync(full).mtimeMs);
    }
  };
  for (const d of dirs) walk(d);
  return latest;
}

function ensureBuilt(): boolean {
  const index = path.join(WEB_DIR, 'index.html');
  const sources = newest([path.join(ROOT, 'web'), path.join(ROOT, 'contracts')]);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return false;
  console.log('dist/web thiếu hoặc cũ hơn mã nguồn: chạy npm run build:web …');
  execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  return true;
}

interface Sizes {
  initial: { file: string; raw: number; gzip: number }[];
  initialGzip: number;
  initialRaw: number;
  allGzip: number;
  allFiles: number;
  largestLazy: { file: string; gzip: number };
}

function measureSizes(): Sizes {
  const html = readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const gz = (file: string) => {
    const bytes = readFileSync(path.join(WEB_DIR, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const initial = [...new Set(refs)].map((ref) => ({ file: ref.replace(/^\//, ''), ...gz(ref) }));
  const names = new Set(initial.map((f) => f.file));
  const all = readdirSync(path.join(WEB_DIR, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `assets/${f}`, ...gz(`assets/${f}`) }));
  const lazy = all.filter((f) => !names.has(f.file)).sort((a, b) => b.gzip - a.gzip);
  return {
    initial,
    initialGzip: initial.reduce((n, f) => n + f.gzip, 0) / 1024,
    initialRaw: initial.reduce((n, f) => n + f.raw, 0) / 1024,
    allGzip: all.reduce((n, f) => n + f.gzip, 0) / 1024,
    allFiles: all.length,
    largestLazy: { file: lazy[0]?.file ?? '', gzip: (lazy[0]?.gzip ?? 0) / 1024 },
  };
}

// ---- (b) first render ----

async function freePort(): Promise<number> {
  const net = await import('node:net');
  for (let port = PORTS[0]; port <= PORTS[1]; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`Không còn cổng trống trong ${PORTS[0]}–${PORTS[1]}`);
}

async function startServer(databaseUrl: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [serverBundle()], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: 'off',
      WEB_DIR,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`Máy chủ dừng khi khởi động:\n${log}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`Máy chủ không sẵn sàng sau 120 giây:\n${log}`);
}

/** Navigates and returns the page's own clock (ms since the navigation started) at the first frame `ready` holds. */
async function renderTime(page: Page, url: string, ready: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() : false),
    ready,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

const ROWS = '.ant-table-tbody tr.ant-table-row';
const LOGIN_FIELD = 'input#username';

interface Render {
  list: number[];
  login: number[];
  /** When the list request started, and its duration (Resource Timing), per load. */
  apiStart: number[];
  apiMs: number[];
  rows: number;
  dossiers: number;
  serverStartS: number;
}

async function measureRender(): Promise<Render> {
  const province = await provinceDatabase(PEOPLE);
  const url = await scratchCopy(province.name, SCRATCH);
  const handle = await openDatabase({ databaseUrl: url });
  let stopServer: (() => Promise<void>) | null = null;
  try {
    const db = handle.db;
    const [root] = await queryRows<{ id: string }>(db, sql`select id from units where parent_id is null`);
    // Dossiers waiting for the province's appraisal, so that the specialist's list has rows whatever the
    // generator writes: 60 of 5 nominees each, received.
    await benchDossiers(db, root!.id, await candidates(db, root!.id, 300), {
      status: 'received',
      codePrefix: '81',
      perDossier: 5,
    });
    await benchAccount(db, {
      username: 'bench.web.specialist',
      fullName: 'Chuyên viên thi đua tỉnh (đo)',
      roles: [{ role: 'specialist', unitId: root!.id }],
    });
    const [count] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from dossiers where authority_unit_id = ${root!.id}`,
    );
    await handle.close();
    const started = performance.now();
    const server = await startServer(url);
    stopServer = server.stop;
    const serverStartS = (performance.now() - started) / 1000;
    console.log(
      `Máy chủ sẵn sàng sau ${serverStartS.toFixed(1)} s (${server.base}); ${count!.n} hồ sơ gửi tỉnh`,
    );

    const browser = await openBrowser();
    try {
      const { page, context } = browser;
      await page.goto(`${server.base}/dang-nhap`);
      await page.locator('#username').fill('bench.web.specialist');
      await page.locator('#password').fill(BENCH_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
      const session = await context.cookies();
      const list: number[] = [];
      const login: number[] = [];
      const apiStart: number[] = [];
      const apiMs: number[] = [];
      let rows = 0;
      for (let i = 0; i <= RUNS; i++) {
        await context.clearCookies();
        const l = await renderTime(page, `${server.base}/dang-nhap`, LOGIN_FIELD);
        await context.addCookies(session);
        const d = await renderTime(page, `${server.base}/ho-so`, ROWS);
        rows = await page.locator(ROWS).count();
        // Where the time went: when the list request left (scripts loaded, session known) and how long it took.
        const api = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((e) => /\/api\/dossiers\?/.test(e.name))
            .map((e) => ({
              start: e.startTime,
              ms: (e as PerformanceResourceTiming).responseEnd - e.startTime,
            }))
            .at(-1),
        );
        console.log(
          `  ${i === 0 ? 'khởi động' : `lần ${i}`}: danh sách hồ sơ ${d.toFixed(0)} ms (${rows} dòng; ` +
            `gọi /api/dossiers lúc ${api?.start.toFixed(0)} ms, mất ${api?.ms.toFixed(0)} ms); ` +
            `trang đăng nhập ${l.toFixed(0)} ms`,
        );
        if (i > 0) {
          list.push(d);
          login.push(l);
          apiStart.push(api?.start ?? NaN);
          apiMs.push(api?.ms ?? NaN);
        }
      }
      if (browser.problems.length > 0) console.log(`  Lỗi trong trang: ${browser.problems.join(' | ')}`);
      return { list, login, apiStart, apiMs, rows, dossiers: count!.n, serverStartS };
    } finally {
      await browser.close();
    }
  } finally {
    await stopServer?.();
    await handle.close().catch(() => undefined);
    await dropDatabase(SCRATCH);
  }
}

async function main() {
  const built = ensureBuilt();
  const sizes = measureSizes();
  console.log(
    `JS ban đầu (gzip -9): ${sizes.initialGzip.toFixed(1)} KB trong ${sizes.initial.length} tệp ` +
      `(${sizes.initialRaw.toFixed(0)} KB chưa nén); toàn bộ JS ${sizes.allGzip.toFixed(0)} KB trong ${sizes.allFiles} tệp; ` +
      `chunk tải sau lớn nhất ${sizes.largestLazy.file} ${sizes.largestLazy.gzip.toFixed(1)} KB`,
  );
  const render = SIZE_ONLY ? null : await measureRender();
  const range = minMax;
  const figures: Figure[] = [
    {
      id: 'web.initial-js',
      label: 'Initial JS of the web app, gzip (entry + preloaded chunks)',
      value: sizes.initialGzip,
      unit: 'KB',
      reference: { label: 'all JS of the build, gzip', value: sizes.allGzip },
      target: { below: TARGET_KB },
      note:
        sizes.initialGzip >= TARGET_KB
          ? 'The entry and its preloads carry more than the budget; see the web section.'
          : undefined,
    },
  ];
  if (render) {
    figures.push({
      id: 'web.dossier-list-render',
      label: 'Dossier list (/ho-so) first render in Chromium, navigation → rows',
      value: median(render.list),
      unit: 'ms',
      reference: { label: 'login page render', value: median(render.login) },
      runs: render.list.length,
      range: range(render.list),
    });
  }
  recordFigures('web', figures, {
    quick: QUICK,
    data: render
      ? `dist/web; synthetic province, ${PEOPLE.toLocaleString('en')} people (scratch copy), ${render.dossiers} dossiers to the province`
      : 'dist/web',
  });
  if (!WRITE || !render) return;
  const f = (v: number[]) => {
    const [lo, hi] = range(v);
    return `${median(v).toFixed(0)} (${lo.toFixed(0)}–${hi.toFixed(0)})`;
  };
  const biggest = [...sizes.initial].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
  const body = [
    '## web — Chromium',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${machine()}, load average ${os.loadavg()[0]!.toFixed(1)}: ` +
      `\`npm run bench -- web\` (\`--quick\`: 10,000 people; \`--size-only\`: part a alone)${built ? '; dist/web built by the run' : ''}.`,
    '',
    '**(a) Initial JS.** The entry script of `dist/web/index.html` and the modules it preloads ' +
      `(${sizes.initial.length} files, ${sizes.initialRaw.toFixed(0)} KB raw), each gzipped at level 9: ` +
      `**${sizes.initialGzip.toFixed(1)} KB** — target under ${TARGET_KB} KB: ` +
      `**${sizes.initialGzip < TARGET_KB ? 'met' : 'missed'}**. Largest: ${biggest
        .map((b) => `${b.file} ${(b.gzip / 1024).toFixed(1)} KB`)
        .join(
          ', ',
        )}. Reference: all ${sizes.allFiles} JS files of the build, ${sizes.allGzip.toFixed(0)} KB gzipped ` +
      `(the first load takes ${((100 * sizes.initialGzip) / sizes.allGzip).toFixed(0)}% of it); the largest lazily ` +
      `loaded chunk is ${sizes.largestLazy.file} (${sizes.largestLazy.gzip.toFixed(1)} KB).`,
    '',
    '**(b) First render of the dossier list.** Server (`server/main.ts` bundled as `npm start` runs it, one process, PostgreSQL) on a scratch copy ' +
      `of the synthetic province of ${PEOPLE.toLocaleString('en')} people with ${render.dossiers.toLocaleString('en')} ` +
      'dossiers addressed to the province (the generator’s, and 60 received ones written by the benchmark); a ' +
      'province specialist created through the users service, signed in through the login page. Headless Chromium ' +
      '(playwright-core, the flags of e2e/support/browser.ts, 1366×860). Each load navigates to `/ho-so` (the ' +
      `specialist's default view, "Hồ sơ cần thẩm định", ${render.rows} rows on the first page) and reads the ` +
      "page's clock at the first frame where the table holds its rows: navigation, index.html, the scripts, " +
      '`/api/auth/me`, the lazy route, the list query, React’s render. Reference, alternating in the same browser: ' +
      'the login page, signed out, to the frame where its username field shows. Median of ' +
      `${render.list.length} loads after a warm-up of each (warm HTTP cache), ms (min–max). No target in the issue.`,
    '',
    '| Page | Median (min–max) |',
    '| --- | ---: |',
    `| Dossier list, navigation → rows | ${f(render.list)} |`,
    `| Reference: login page, navigation → field | ${f(render.login)} |`,
    `| (in the list load) \`GET /api/dossiers\` starts at | ${f(render.apiStart)} |`,
    `| (in the list load) \`GET /api/dossiers\` takes | ${f(render.apiMs)} |`,
    '',
  ].join('\n');
  await writeDocSection('## web — Chromium', body);
  console.log('Đã ghi docs/benchmarks.md.');
}

await main();
