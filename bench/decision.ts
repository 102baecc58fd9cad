// Benchmark (issue #7): issuing an award decision with 500 awardees through the product's services — the number
// taken from the register, the money of each awardee and the total, the awards written into the history, the
// nominees linked, the dossiers closed, the audit trail — and rendering its .docx (Quyết định + Danh sách).
//   npm run bench -- decision            province of 100,000 people; 7 issues; writes docs/benchmarks.md
//   npm run bench -- decision --quick    province of 10,000 people; 3 issues
// Options: --runs=N (issues measured, default 7, at least 5 on full runs), --no-write.
// Data: a scratch copy of the synthetic province (bench/lib/province-db.ts), dropped at the end. In it, written
// here the way the decisions tests write them (rows through the workflow's statuses; the dossiers and councils
// modules have their own tests of how dossiers get there): dossiers of the province's districts and agencies to
// the province chairman, concluded, every nominee passed (Bằng khen of the province, 2025), one person each.
// Through the services: two accounts (users service), the chairman's register (createRegister), and before each
// measured issue a fresh draft of 500 of those nominees (createDraft, not timed).
// Measured, each issue: issueDecision in one transaction (as POST /api/decisions/:id/issue), then the .docx as
// GET /api/decisions/:id/document.docx makes it (the decision read in a transaction, renderDecisionDocx).
// Reference, in the same run, alternating: the same rows written by plain SQL — the 500 awards inserted in one
// INSERT … SELECT from the draft's awardees and the awardees linked to them in one UPDATE, rolled back.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase, queryRows } from '../server/db/client';
import type { Actor } from '../server/lib/actor';
import { createDraft } from '../server/modules/decisions/decisions.drafts';
import { issueDecision } from '../server/modules/decisions/decisions.issue';
import { findRegister } from '../server/modules/decisions/decisions.queries';
import {
  createRegister,
  registerDefaults,
  updateRegister,
} from '../server/modules/decisions/decisions.registers';
import { getDecision } from '../server/modules/decisions/decisions.service';
import { renderDecisionDocx } from '../server/render/quyet-dinh.docx';
import { benchAccount } from './lib/accounts';
import { writeDocSection } from './lib/doc';
import { benchDossiers, candidates } from './lib/dossiers';
import { dropDatabase, provinceDatabase, scratchCopy } from './lib/province-db';
import { machine, median, minMax, recordFigures } from './lib/results';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = args.includes('--quick');
const RUNS = Math.max(QUICK ? 1 : 5, Number(option('runs') ?? (QUICK ? 3 : 7)));
const WRITE = !QUICK && !args.includes('--no-write');
const PEOPLE = QUICK ? 10_000 : 100_000;
const AWARDEES = 500;
const DECISION_DATE = '2026-03-16';
const SCRATCH = 'vd_bench_decision';
const TARGET_MS = 1000;

/** The reference: the draft's awards and links written by plain SQL, rolled back. */
async function plainWrites(handle: DatabaseHandle, decisionId: string): Promise<number> {
  const client = await handle.pool!.connect();
  try {
    await client.query('begin');
    const start = performance.now();
    const inserted = await client.query(
      `insert into awards (subject_kind, person_id, unit_id, household_name, award_kind, award_type,
         achievement_year, decision_number, decision_date, authority, authority_unit_id, unit_at_award_id, amount,
         source, decision_id)
       select a.subject_kind, a.person_id, a.unit_id, a.household_name, a.award_kind, d.award_type,
         a.achievement_year, '999/QĐ-UBND', d.decision_date, d.authority_label, d.authority_unit_id,
         a.unit_at_award_id, a.amount, 'decision', d.id
       from decision_awardees a join decisions d on d.id = a.decision_id where a.decision_id = $1`,
      [decisionId],
    );
    await client.query(
      `update decision_awardees a set award_id = w.id from awards w
       where a.decision_id = $1 and w.decision_id = a.decision_id and w.person_id = a.person_id`,
      [decisionId],
    );
    const ms = performance.now() - start;
    if (inserted.rowCount !== AWARDEES) throw new Error(`SQL viết tay ghi ${inserted.rowCount} dòng`);
    return ms;
  } finally {
    await client.query('rollback');
    client.release();
  }
}

interface Run {
  issueMs: number;
  renderMs: number;
  readMs: number;
  sqlMs: number;
  draftMs: number;
  docxBytes: number;
  number: string;
  total: number;
}

async function measureOne(
  handle: DatabaseHandle,
  officer: Actor,
  leader: Actor,
  registerId: string,
  nomineeIds: string[],
): Promise<Run> {
  const db = handle.db;
  let start = performance.now();
  const draft = await db.transaction((tx) =>
    createDraft(tx, officer, { registerId, nomineeIds, decisionDate: DECISION_DATE }),
  );
  const draftMs = performance.now() - start;
  if (draft.awardees.length !== AWARDEES) throw new Error(`Dự thảo có ${draft.awardees.length} người`);
  const sqlMs = await plainWrites(handle, draft.id);

  start = performance.now();
  const issued = await db.transaction((tx) =>
    issueDecision(tx, leader, draft.id, { version: draft.version }),
  );
  const issueMs = performance.now() - start;
  if (issued.status !== 'issued' || issued.awardees.some((a) => !a.awardId)) {
    throw new Error('Quyết định chưa được ban hành đủ');
  }
  // As GET /api/decisions/:id/document.docx: read in a transaction, then render.
  start = performance.now();
  const { view, pattern } = await db.transaction(async (tx) => {
    const v = await getDecision(tx, leader, draft.id);
    const register = v.registerId ? await findRegister(tx, v.registerId) : undefined;
    return { view: v, pattern: register?.pattern ?? null };
  });
  const readMs = performance.now() - start;
  start = performance.now();
  const bytes = await renderDecisionDocx(view, pattern);
  const renderMs = performance.now() - start;
  return {
    issueMs,
    renderMs,
    readMs,
    sqlMs,
    draftMs,
    docxBytes: bytes.length,
    number: issued.number ?? '',
    total: Number(issued.money?.total ?? 0),
  };
}

async function main() {
  const started = performance.now();
  const province = await provinceDatabase(PEOPLE);
  const url = await scratchCopy(province.name, SCRATCH);
  const handle = await openDatabase({ databaseUrl: url });
  try {
    const db = handle.db;
    const [root] = await queryRows<{ id: string; name: string }>(
      db,
      sql`select id, name from units where parent_id is null`,
    );
    const roles = (role: 'officer' | 'leader') => [{ role, unitId: root!.id }];
    const officer = await benchAccount(db, {
      username: 'bench.decision.officer',
      fullName: 'Cán bộ thi đua tỉnh (đo)',
      roles: roles('officer'),
    });
    const leader = await benchAccount(db, {
      username: 'bench.decision.leader',
      fullName: 'Chủ tịch UBND tỉnh (đo)',
      roles: roles('leader'),
    });
    const authority = { authorityUnitId: root!.id, authorityCode: 'chu_tich_ubnd_tinh' as const };
    // The chairman's register: the generator's when it wrote one (given a signer through the service when it
    // has none), else created through the service.
    const [existing] = await queryRows<{ id: string; version: number; signer_name: string | null }>(
      db,
      sql`select id, version, signer_name from decision_registers
        where authority_unit_id = ${root!.id} and authority_code = ${authority.authorityCode}`,
    );
    const signer = { signerPosition: 'CHỦ TỊCH', signerName: 'Nguyễn Văn Ký' };
    const register = existing
      ? existing.signer_name
        ? existing
        : await db.transaction((tx) =>
            updateRegister(tx, officer, existing.id, { version: existing.version, ...signer }),
          )
      : await db.transaction(async (tx) =>
          createRegister(tx, officer, {
            ...authority,
            ...(await registerDefaults(tx, officer, authority)),
            proposedBy: 'Giám đốc Sở Nội vụ',
            fundingSource: 'Quỹ Thi đua, khen thưởng tỉnh',
            ...signer,
          }),
        );
    const batches = RUNS + 1; // the first issue warms up
    const people = await candidates(db, root!.id, batches * AWARDEES);
    const nominees: string[][] = [];
    for (let b = 0; b < batches; b++) {
      const batch = people.slice(b * AWARDEES, (b + 1) * AWARDEES);
      nominees.push(await benchDossiers(db, root!.id, batch, { status: 'concluded', codePrefix: `7${b}` }));
    }
    await db.execute(sql`analyze`);
    const setupS = (performance.now() - started) / 1000;
    console.log(
      `Tỉnh thử ${PEOPLE.toLocaleString('vi-VN')} người (bản sao ${SCRATCH}); ${batches} lô × ${AWARDEES} đề nghị ` +
        `đã kết luận — chuẩn bị ${setupS.toFixed(1)} s`,
    );

    const runs: Run[] = [];
    for (let b = 0; b < batches; b++) {
      const r = await measureOne(handle, officer, leader, register.id, nominees[b]!);
      console.log(
        `  ${b === 0 ? 'khởi động' : `lần ${b}`}: số ${r.number}, ban hành ${r.issueMs.toFixed(0)} ms, ` +
          `đọc ${r.readMs.toFixed(0)} ms + dựng .docx ${r.renderMs.toFixed(0)} ms (${Math.round(r.docxBytes / 1024)} KB); ` +
          `SQL viết tay ${r.sqlMs.toFixed(0)} ms; lập dự thảo ${r.draftMs.toFixed(0)} ms; tổng tiền ${r.total.toLocaleString('vi-VN')} đ`,
      );
      if (b > 0) runs.push(r);
    }
    const [counts] = await queryRows<{ awards: number; audit: number }>(
      db,
      sql`select (select count(*)::int from awards) as awards, (select count(*)::int from audit_log) as audit`,
    );
    await report(runs, counts!, setupS);
  } finally {
    await handle.close();
    await dropDatabase(SCRATCH);
  }
}

async function report(runs: Run[], counts: { awards: number; audit: number }, setupS: number) {
  const pick = (f: (r: Run) => number) => runs.map(f);
  const range = minMax;
  const issue = pick((r) => r.issueMs);
  const docx = pick((r) => r.readMs + r.renderMs);
  const render = pick((r) => r.renderMs);
  const total = pick((r) => r.issueMs + r.readMs + r.renderMs);
  const plain = pick((r) => r.sqlMs);
  const draft = pick((r) => r.draftMs);
  const reference = { label: 'plain SQL writes of the same 500 awards + links', value: median(plain) };
  const missed =
    median(total) >= TARGET_MS
      ? `The issue (${median(issue).toFixed(0)} ms) and the .docx (${median(docx).toFixed(0)} ms) together exceed 1 s.`
      : undefined;
  const data =
    `synthetic province, ${PEOPLE.toLocaleString('en')} people (scratch copy); ${runs.length} fresh drafts of ` +
    `${AWARDEES} concluded nominees (Bằng khen of the province chairman, 2025)`;
  recordFigures(
    'decision',
    [
      {
        id: 'decision.issue-and-docx',
        label: 'Issue a 500-awardee decision + its .docx',
        value: median(total),
        unit: 'ms',
        reference,
        runs: runs.length,
        range: range(total),
        target: { below: TARGET_MS },
        note: missed,
      },
      {
        id: 'decision.issue',
        label: 'Issue (DB transaction: number, money, 500 awards, links, dossiers, audit)',
        value: median(issue),
        unit: 'ms',
        reference,
        runs: runs.length,
        range: range(issue),
      },
      {
        id: 'decision.docx',
        label: '.docx of the issued decision (read + render)',
        value: median(docx),
        unit: 'ms',
        runs: runs.length,
        range: range(docx),
      },
    ],
    { quick: QUICK, data },
  );
  if (!WRITE) return;
  const f = (v: number[]) => {
    const [lo, hi] = range(v);
    return `${median(v).toFixed(0)} (${lo.toFixed(0)}–${hi.toFixed(0)})`;
  };
  const body = [
    '## decision — PostgreSQL',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${machine()}, load average ${os.loadavg()[0]!.toFixed(1)}: ` +
      '`npm run bench -- decision` (`--quick`: 10,000 people, 3 issues).',
    `Data: a scratch copy of the synthetic province of ${PEOPLE.toLocaleString('en')} people (dropped after), in ` +
      `which the benchmark writes ${runs.length + 1} batches of ${AWARDEES} concluded, passed nominees (Bằng khen of ` +
      "the province chairman, 2025; one dossier per proposing district or agency, rows written through the workflow's " +
      'statuses as the decisions tests do). Through the services: two accounts (users service), the chairman’s ' +
      `register, and before each issue a fresh draft of ${AWARDEES} of those nominees (createDraft, not in the ` +
      `figure). Setup ${setupS.toFixed(0)} s; ${counts.awards.toLocaleString('en')} awards and ` +
      `${counts.audit.toLocaleString('en')} audit entries at the end.`,
    '**Issue**: `issueDecision` in one transaction as `POST /api/decisions/:id/issue` runs it — number taken from ' +
      'the register, money of each awardee on the date and the total, 500 awards into the history, awardees and ' +
      'nominees linked, fully decided dossiers moved to "decided", audit entries, the view returned. **.docx**: as ' +
      '`GET /api/decisions/:id/document.docx` — the decision read in a transaction, then `renderDecisionDocx` ' +
      '(Quyết định + Danh sách). **Reference**: the same 500 award rows written by plain SQL — one `INSERT … ' +
      'SELECT` from the draft’s awardees and one `UPDATE` linking the awardees to them — rolled back, measured just ' +
      `before each issue. Median of ${runs.length} issues after a warm-up issue, ms (min–max).`,
    '',
    '| Figure | Median (min–max) |',
    '| --- | ---: |',
    `| Issue + .docx | ${f(total)} |`,
    `| Issue (DB transaction) | ${f(issue)} |`,
    `| .docx: read the decision | ${f(pick((r) => r.readMs))} |`,
    `| .docx: render | ${f(render)} |`,
    `| Reference: plain SQL writes | ${f(plain)} |`,
    `| (not in the figure) createDraft of 500 nominees | ${f(draft)} |`,
    '',
    `Target (issue #7): issue + .docx under ${TARGET_MS} ms — **${median(total) < TARGET_MS ? 'met' : 'missed'}** ` +
      `(${median(total).toFixed(0)} ms; ${(median(issue) / median(plain)).toFixed(1)}× the plain SQL writes for ` +
      `the issue alone).${missed ? ` ${missed}` : ''}`,
    '',
  ].join('\n');
  await writeDocSection('## decision — PostgreSQL', body);
  console.log('Đã ghi docs/benchmarks.md.');
}

await main();
