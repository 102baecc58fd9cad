// Crash trials (issue #8, point 3): the real server runs as a child process; a 10,000-row people import, or the
// issue of a decision with many awardees, is started through the HTTP API and the server is killed with SIGKILL
// at a random moment. The server is started again on the same database, stopped cleanly, and the database is
// checked: the import is all or nothing (0 or 10,000 people), the decision is wholly issued (number, awards,
// awardee links, dossier decided, audit) or not at all, the number register has no duplicate and no gap, and the
// audit chain verifies. A request that was answered 200 before the kill must have survived it.
//
//   npm run crash-trials -- --runs 20                      embedded database (PGlite), 20 trials per scenario
//   scripts/with-postgres.sh npm run crash-trials -- --runs 20     the same on PostgreSQL (DATABASE_URL)
//   options: --scenario import|decision|all (default all)  --seed <n>  --port <n> (default 3208)  --keep
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../app';
import { readConfig } from '../config';
import { type DatabaseHandle, type Db, migrateDatabase, openDatabase, queryRows } from '../db/client';
import { decisions } from '../db/schema/index';
import { verifyAuditChain } from '../modules/audit/audit.verify';
import {
  communeDossier,
  decisionWorld,
  districtRegister,
  draftOf,
} from '../modules/decisions/decisions.fixtures';
import { buildPeopleXlsx, multipart } from '../modules/people/people.fixtures';
import { createPerson } from './factories';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    scenario: { type: 'string', default: 'all' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    port: { type: 'string', default: '3208' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const IMPORT_ROWS = 10_000;
const AWARDEES = 150;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SERVER_URL = process.env.DATABASE_URL;
const engine = SERVER_URL ? 'postgres' : 'pglite';

let seed = Number(args.seed);
/** A small deterministic generator, so that a failing run can be repeated with --seed. */
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

interface Base {
  importer: { cookie: string; csrf: string };
  leader: { cookie: string; csrf: string };
  decisionId: string;
  decisionVersion: number;
  registerId: string;
  dossierId: string;
  xlsx: Buffer;
}

// Names may not hold digits: 8 × 6 × 20 combinations.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Cúc',
  'Dũng',
  'Giang',
  'Hà',
  'Khánh',
  'Lan',
  'Mai',
  'Nam',
  'Oanh',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Uyên',
  'Vinh',
  'Xuân',
  'Yến',
  'Hùng',
];

const work = mkdtempSync(path.join(tmpdir(), 'vd-crash-'));

function dbUrl(name: string): string {
  const u = new URL(SERVER_URL!);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

/** Prepares the starting database once: an importer, a decision draft with AWARDEES awardees, sessions. */
async function prepareBase(): Promise<Base> {
  let handle: DatabaseHandle;
  if (SERVER_URL) {
    await admin(async (c) => {
      await c.query('DROP DATABASE IF EXISTS vd_crash_base WITH (FORCE)');
      await c.query('CREATE DATABASE vd_crash_base');
    });
    handle = await openDatabase({ databaseUrl: dbUrl('vd_crash_base'), poolSize: 2 });
  } else {
    handle = await openDatabase({ dataDir: path.join(work, 'base') });
  }
  await migrateDatabase(handle);
  const config = { ...readConfig({}), demo: false, webDir: '/nonexistent' };
  const app = await buildApp({ database: handle, config });
  await app.ready();
  const db = handle.db;
  const w = await decisionWorld(app, db);
  const register = await districtRegister(app, w);
  const nominees = [];
  for (let i = 0; i < AWARDEES; i++) {
    const p = await createPerson(db, { unit: w.communeA, fullName: `Nguyễn Văn Khen ${i + 1}` });
    nominees.push({ personId: p.id, awardKind: 'GK' });
  }
  const dossier = await communeDossier(db, w, nominees);
  const draft = await draftOf(app, w, register.id, dossier.nomineeIds, '2025-02-03');
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => ({
    fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / 8) % MIDDLE.length]} ${GIVEN[Math.floor(i / 48) % GIVEN.length]}`,
    gender: i % 2 ? 'Nam' : 'Nữ',
    unit: w.communeB.name,
    cadreClass: 'Công chức',
    fromDate: '01/01/2020',
  }));
  const xlsx = await buildPeopleXlsx(rows);
  await app.close();
  await handle.close();
  const session = (s: { cookie: string; csrfToken: string }) => ({ cookie: s.cookie, csrf: s.csrfToken });
  return {
    importer: session(w.officerB),
    leader: session(w.leader),
    decisionId: draft.id,
    decisionVersion: draft.version,
    registerId: register.id,
    dossierId: dossier.id,
    xlsx,
  };
}

/** A fresh copy of the starting database for one trial; returns the environment that points the server at it. */
async function copyBase(
  trial: string,
): Promise<{ env: Record<string, string>; open: () => Promise<DatabaseHandle>; drop: () => Promise<void> }> {
  if (SERVER_URL) {
    const name = `vd_crash_${trial.replace(/\W/g, '_')}`;
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name} TEMPLATE vd_crash_base`);
    });
    return {
      env: { DATABASE_URL: dbUrl(name) },
      open: () => openDatabase({ databaseUrl: dbUrl(name), poolSize: 2 }),
      drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
    };
  }
  const dir = path.join(work, trial);
  cpSync(path.join(work, 'base'), dir, { recursive: true });
  return {
    env: { DATA_DIR: dir },
    open: () => openDatabase({ dataDir: dir }),
    drop: async () => (args.keep ? undefined : rmSync(dir, { recursive: true, force: true })),
  };
}

/** Servers started and not yet gone: killed if this script stops on an error. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function startServer(env: Record<string, string>): ChildProcess {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DEMO: '0',
    LOG_LEVEL: 'warn',
    WEB_DIR: '/nonexistent',
    DATABASE_URL: undefined,
    DATA_DIR: undefined,
    ...env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  child.on('exit', (code, signal) => {
    if (code && code !== 0 && signal === null) console.error(`server exited with ${code}: ${stderr}`);
  });
  return child;
}

async function waitHealthy(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null)
      throw new Error(`the server stopped while starting (code ${child.exitCode})`);
    try {
      const res = await fetch(`${BASE_URL}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become healthy in 60 s');
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}

/** Sends the request, kills the server after `delayMs`, and tells whether the answer (status) arrived first. */
async function requestThenKill(
  child: ChildProcess,
  delayMs: number,
  request: () => Promise<Response>,
): Promise<{ status: number | null; body: string }> {
  let answer: { status: number | null; body: string } = { status: null, body: '' };
  const pending = request()
    .then(async (res) => {
      answer = { status: res.status, body: await res.text() };
    })
    .catch(() => undefined);
  await new Promise((r) => setTimeout(r, delayMs));
  const answeredBeforeKill = { ...answer };
  child.kill('SIGKILL');
  await exited(child);
  await pending;
  return answeredBeforeKill;
}

/** Starts the server on the trial database again, waits until healthy, stops it cleanly. */
async function restartAndStop(env: Record<string, string>): Promise<void> {
  const again = startServer(env);
  await waitHealthy(again);
  again.kill('SIGTERM');
  await exited(again);
}

async function count(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, query);
  return Number(row!.n);
}

async function auditChainProblems(db: Db): Promise<string[]> {
  const report = await verifyAuditChain(db);
  return report.ok ? [] : [`audit chain broken: ${JSON.stringify(report).slice(0, 300)}`];
}

async function importTrial(
  base: Base,
  trial: string,
  delayMs: number,
  baseline: { people: number; audit: number },
) {
  const target = await copyBase(trial);
  const child = startServer(target.env);
  await waitHealthy(child);
  const form = multipart('file', 'nhap-10000.xlsx', base.xlsx);
  const answer = await requestThenKill(child, delayMs, () =>
    fetch(`${BASE_URL}/api/people/import`, {
      method: 'POST',
      headers: { ...form.headers, cookie: base.importer.cookie, 'x-csrf-token': base.importer.csrf },
      body: form.payload,
    }),
  );
  await restartAndStop(target.env);
  const handle = await target.open();
  const problems: string[] = [];
  try {
    const people = (await count(handle.db, sql`select count(*)::int as n from people`)) - baseline.people;
    const audit = (await count(handle.db, sql`select count(*)::int as n from audit_log`)) - baseline.audit;
    if (people !== 0 && people !== IMPORT_ROWS) problems.push(`partial import: ${people} people`);
    if (answer.status === 200 && people !== IMPORT_ROWS)
      problems.push(`answered 200 but ${people} people after restart`);
    if (answer.status !== null && answer.status !== 200)
      problems.push(`import answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    if ((people === 0) !== (audit === 0)) problems.push(`${people} people but ${audit} new audit entries`);
    problems.push(...(await auditChainProblems(handle.db)));
    return { outcome: people === IMPORT_ROWS ? 'imported' : 'nothing', answered: answer.status, problems };
  } finally {
    await handle.close();
    await target.drop();
  }
}

async function decisionTrial(base: Base, trial: string, delayMs: number) {
  const target = await copyBase(trial);
  const child = startServer(target.env);
  await waitHealthy(child);
  const answer = await requestThenKill(child, delayMs, () =>
    fetch(`${BASE_URL}/api/decisions/${base.decisionId}/issue`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: base.leader.cookie,
        'x-csrf-token': base.leader.csrf,
      },
      body: JSON.stringify({ version: base.decisionVersion }),
    }),
  );
  await restartAndStop(target.env);
  const handle = await target.open();
  const problems: string[] = [];
  try {
    const db = handle.db;
    const [d] = await db.select().from(decisions).where(eq(decisions.id, base.decisionId));
    const awards = await count(
      db,
      sql`select count(*)::int as n from awards where decision_id = ${base.decisionId}`,
    );
    const linked = await count(
      db,
      sql`select count(*)::int as n from decision_awardees where decision_id = ${base.decisionId} and award_id is not null`,
    );
    const issuedAudit = await count(
      db,
      sql`select count(*)::int as n from audit_log where action = 'decision.issued' and entity_id = ${base.decisionId}`,
    );
    const grantedAudit = await count(
      db,
      sql`select count(*)::int as n from audit_log where action = 'award.granted'`,
    );
    const [dossier] = await queryRows<{ status: string }>(
      db,
      sql`select status from dossiers where id = ${base.dossierId}`,
    );
    const [counter] = await queryRows<{ last: number }>(
      db,
      sql`select coalesce(max(last_number), 0)::int as last from decision_register_years where register_id = ${base.registerId}`,
    );
    const seqs = await queryRows<{ seq: number }>(
      db,
      sql`select number_seq::int as seq from decisions where register_id = ${base.registerId} and number_seq is not null order by 1`,
    );
    const issued = d!.status === 'issued';
    const expected = issued
      ? {
          number: true,
          awards: AWARDEES,
          linked: AWARDEES,
          issuedAudit: 1,
          grantedAudit: AWARDEES,
          dossier: 'decided',
          last: 1,
        }
      : {
          number: false,
          awards: 0,
          linked: 0,
          issuedAudit: 0,
          grantedAudit: 0,
          dossier: 'concluded',
          last: 0,
        };
    const actual = {
      number: d!.number !== null,
      awards,
      linked,
      issuedAudit,
      grantedAudit,
      dossier: dossier!.status,
      last: counter!.last,
    };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(
        `half-issued decision (${d!.status}): ${JSON.stringify(actual)} expected ${JSON.stringify(expected)}`,
      );
    }
    const numbers = seqs.map((s) => s.seq);
    if (JSON.stringify(numbers) !== JSON.stringify(Array.from({ length: counter!.last }, (_, i) => i + 1))) {
      problems.push(
        `register numbers ${JSON.stringify(numbers)} with counter ${counter!.last}: duplicate or gap`,
      );
    }
    if (answer.status === 200 && !issued) problems.push('answered 200 but not issued after restart');
    if (answer.status !== null && answer.status !== 200)
      problems.push(`issue answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    problems.push(...(await auditChainProblems(db)));
    return { outcome: issued ? 'issued' : 'draft', answered: answer.status, problems };
  } finally {
    await handle.close();
    await target.drop();
  }
}

/** How long the full request takes when nothing kills the server: the kill moments are spread over it. */
async function calibrate(base: Base, scenario: 'import' | 'decision'): Promise<number> {
  const target = await copyBase(`calibrate-${scenario}`);
  const child = startServer(target.env);
  try {
    await waitHealthy(child);
    const started = performance.now();
    const res =
      scenario === 'import'
        ? await (() => {
            const form = multipart('file', 'nhap-10000.xlsx', base.xlsx);
            return fetch(`${BASE_URL}/api/people/import`, {
              method: 'POST',
              headers: { ...form.headers, cookie: base.importer.cookie, 'x-csrf-token': base.importer.csrf },
              body: form.payload,
            });
          })()
        : await fetch(`${BASE_URL}/api/decisions/${base.decisionId}/issue`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: base.leader.cookie,
              'x-csrf-token': base.leader.csrf,
            },
            body: JSON.stringify({ version: base.decisionVersion }),
          });
    const body = await res.text();
    if (res.status !== 200)
      throw new Error(`calibration ${scenario} answered ${res.status}: ${body.slice(0, 300)}`);
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await exited(child);
    await target.drop();
  }
}

async function main(): Promise<number> {
  const scenarios =
    args.scenario === 'all' ? (['import', 'decision'] as const) : [args.scenario as 'import' | 'decision'];
  console.log(
    `crash trials on ${engine}: ${RUNS} per scenario (${scenarios.join(', ')}), seed ${args.seed}, work ${work}`,
  );
  const base = await prepareBase();
  const probe = await (SERVER_URL
    ? openDatabase({ databaseUrl: dbUrl('vd_crash_base'), poolSize: 1 })
    : openDatabase({ dataDir: path.join(work, 'base') }));
  const baseline = {
    people: await count(probe.db, sql`select count(*)::int as n from people`),
    audit: await count(probe.db, sql`select count(*)::int as n from audit_log`),
  };
  await probe.close();
  let failures = 0;
  const summary: string[] = [];
  for (const scenario of scenarios) {
    const full = await calibrate(base, scenario);
    console.log(
      `${scenario}: the whole request takes ${Math.round(full)} ms; kills spread over 0–${Math.round(full * 1.5)} ms`,
    );
    const outcomes: Record<string, number> = {};
    for (let i = 1; i <= RUNS; i++) {
      const delay = Math.round(random() * full * 1.5);
      const trial = `${scenario}-${i}`;
      const result =
        scenario === 'import'
          ? await importTrial(base, trial, delay, baseline)
          : await decisionTrial(base, trial, delay);
      outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
      const line = `${trial}: killed at ${delay} ms → ${result.outcome}${result.answered ? ` (answered ${result.answered} first)` : ''}${result.problems.length ? ` — FAIL: ${result.problems.join('; ')}` : ' — ok'}`;
      console.log(line);
      if (result.problems.length) failures++;
    }
    summary.push(`${scenario}: ${RUNS} trials, ${JSON.stringify(outcomes)}`);
  }
  console.log(
    `\n${summary.join('\n')}\n${failures === 0 ? 'all trials passed' : `${failures} trials FAILED`}`,
  );
  writeFileSync(path.join(work, 'summary.txt'), summary.join('\n'));
  if (SERVER_URL)
    await admin(async (c) => void (await c.query('DROP DATABASE IF EXISTS vd_crash_base WITH (FORCE)')));
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  return failures === 0 ? 0 : 1;
}

process.exit(await main());
