// Benchmark (issue #6 point 7, issue #7): section 3.2 of a work report (loadAwardResults) on the synthetic province
// in PostgreSQL, for the province's year and for one district's year, beside a hand-written SQL query of the same
// figures run in the same benchmark.
//   npm run bench -- work-report           100,000 people (~1.5M award rows); writes docs/benchmarks.md
//   npm run bench -- work-report --quick   10,000 people, for everyday use
// Options: --runs=N (default 7, at least 5), --no-write.
// Data: provinceDatabase (bench/lib/province-db.ts, bench/synthetic): individual and collective awards of ten years
// on their decisions (district, commune, agency, province, and the Prime Minister's recorded from outside), and the
// dossiers that proposed them, the last year's still in the workflow.
// Measured, median of the runs after a warm-up: loadAwardResults (statement built, sent, rows mapped and ordered)
// and the hand-written query sent as plain text through the same pool. Goals: province < 500 ms, district < 100 ms,
// loadAwardResults ≤ 1.5× the hand-written query.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { AdminLevel } from '../contracts/enums';
import { awardResultTotals } from '../domain/work-report';
import { type DatabaseHandle, openDatabase, queryRows } from '../server/db/client';
import { loadAwardResults } from '../server/modules/reports/award-results';
import { writeDocSection } from './lib/doc';
import { provinceDatabase } from './lib/province-db';
import { median, recordFigures } from './lib/results';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = args.includes('--quick');
const COUNT = QUICK ? 10_000 : 100_000;
const RUNS = Math.max(5, Number(option('runs') ?? 7));
const WRITE = !args.includes('--no-write') && !QUICK;
const FROM = '2025-01-01';
const TO = '2025-12-31';
const GOALS = { province: 500, district: 100, ratio: 1.5 };

if (!process.env.DATABASE_URL) {
  console.error(
    'Phép đo này cần PostgreSQL: chạy `scripts/with-postgres.sh npm run bench -- work-report` (thêm --quick để đo 10.000 người).\n' +
      'This benchmark needs PostgreSQL: run `scripts/with-postgres.sh npm run bench -- work-report` (--quick: 10,000 people).',
  );
  process.exit(2);
}

/**
 * The same figures as loadAwardResults, written by hand for this data: literals, no decisions join for the awards;
 * a forwarded nominee is followed one step (the generator forwards once, to the Prime Minister).
 */
function handQuery(unit: { id: string; path: string; level: AdminLevel }): string {
  const levels = unit.level === 'province' ? `'central', 'province'` : `'central', 'province', 'district'`;
  return `
    select 'awarded' as status, coalesce(au.level, 'central') as authority_level, a.authority as authority_name,
      a.award_kind, a.subject_kind, count(*)::int as count
    from awards a
    join units su on su.id = a.unit_at_award_id
    left join units au on au.id = a.authority_unit_id
    where a.decision_date between '${FROM}' and '${TO}' and su.path like '${unit.path}%'
      and (not a.revoked or a.revoked_on > '${TO}') and coalesce(au.level, 'central') in (${levels})
    group by 2, 3, 4, 5
    union all
    select 'proposed', coalesce(au.level, 'central'), ds.authority_label, n.award_kind, n.subject_kind, count(*)::int
    from dossiers ds
    join dossier_nominees n on n.dossier_id = ds.id
    left join units au on au.id = ds.authority_unit_id
    where ds.proposing_unit_id = '${unit.id}' and ds.authority_unit_id is distinct from '${unit.id}'
      and (select min(at) from dossier_events e where e.dossier_id = ds.id and e.to_status = 'submitted')
        >= '${FROM}T00:00:00+07:00'
      and (select min(at) from dossier_events e where e.dossier_id = ds.id and e.to_status = 'submitted')
        < '${TO}T24:00:00+07:00'
      and not exists (select 1 from dossier_events e where e.dossier_id = ds.id
        and e.to_status in ('withdrawn', 'rejected') and e.at < '${TO}T24:00:00+07:00')
      and not exists (select 1 from decision_awardees da join decisions d on d.id = da.decision_id
        where da.nominee_id in (n.id, n.forwarded_to_nominee_id) and d.decision_date <= '${TO}')
      and not (n.outcome = 'failed' and exists (select 1 from dossier_events e where e.dossier_id = ds.id
        and e.to_status = 'concluded' and e.at < '${TO}T24:00:00+07:00'))
    group by 2, 3, 4, 5`;
}

interface CaseResult {
  name: string;
  awardRows: number;
  awarded: number;
  proposed: number;
  groups: number;
  loadMs: number;
  handMs: number;
  loadRange: [number, number];
  handRange: [number, number];
}

async function measure(
  handle: DatabaseHandle,
  name: string,
  unit: { id: string; path: string; level: AdminLevel },
): Promise<CaseResult> {
  const db = handle.db;
  const text = handQuery(unit);
  const hand = async () => (await handle.pool!.query(text)).rows as { status: string; count: number }[];
  // Warm-up, and the two agree on the totals.
  const results = await loadAwardResults(db, unit, FROM, TO);
  const rows = await hand();
  const totals = awardResultTotals(results);
  const handTotal = (s: string) =>
    rows.filter((r) => r.status === s).reduce((n, r) => n + Number(r.count), 0);
  if (totals.awarded !== handTotal('awarded') || totals.proposed !== handTotal('proposed')) {
    throw new Error(
      `${name}: loadAwardResults ${totals.awarded}/${totals.proposed} ≠ hand SQL ${handTotal('awarded')}/${handTotal('proposed')}`,
    );
  }
  const [inScope] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from awards a join units su on su.id = a.unit_at_award_id
        where su.path like ${`${unit.path}%`} and a.decision_date between ${FROM}::date and ${TO}::date`,
  );
  const loads: number[] = [];
  const hands: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    await hand();
    hands.push(performance.now() - start);
    start = performance.now();
    await loadAwardResults(db, unit, FROM, TO);
    loads.push(performance.now() - start);
  }
  const r: CaseResult = {
    name,
    awardRows: Number(inScope!.n),
    awarded: totals.awarded,
    proposed: totals.proposed,
    groups: results.length,
    loadMs: median(loads),
    handMs: median(hands),
    loadRange: [Math.min(...loads), Math.max(...loads)],
    handRange: [Math.min(...hands), Math.max(...hands)],
  };
  console.log(
    `  ${name}: loadAwardResults ${r.loadMs.toFixed(1)} ms, SQL viết tay ${r.handMs.toFixed(1)} ms ` +
      `(${(r.loadMs / r.handMs).toFixed(2)}×); đã khen ${r.awarded}, đề nghị ${r.proposed}, ${r.groups} dòng`,
  );
  return r;
}

const HEADING = '## work-report — PostgreSQL';

async function main() {
  const province = await provinceDatabase(COUNT);
  const setupS = province.loadSeconds;
  const handle = await openDatabase({ databaseUrl: province.url });
  const db = handle.db;
  const counts = Object.fromEntries(
    await Promise.all(
      [
        'units',
        'people',
        'awards',
        'dossiers',
        'dossier_nominees',
        'dossier_events',
        'decisions',
        'decision_awardees',
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
  const [version] = await queryRows<{ v: string }>(db, sql`select version() as v`);
  const engine = `PostgreSQL ${version!.v.split(' ')[1]}`;
  const unitsOf = (kind: string) =>
    queryRows<{ id: string; path: string; level: AdminLevel; name: string }>(
      db,
      sql`select id, path, level, name from units where kind = ${kind} order by name limit 1`,
    );
  const [root] = await unitsOf('province');
  const [district] = await unitsOf('district');
  const loadAverage = os.loadavg()[0]!;
  console.log(
    `${engine}; ${Object.entries(counts)
      .map(([t, n]) => `${t} ${n.toLocaleString('vi-VN')}`)
      .join(', ')}`,
  );
  const cases = [
    await measure(handle, `tỉnh (${root!.name}), năm 2025`, root!),
    await measure(handle, `huyện (${district!.name}), năm 2025`, district!),
  ];
  await handle.close();

  const en = (n: number) => n.toLocaleString('en');
  const f = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
  const [p, d] = cases as [CaseResult, CaseResult];
  const met = (ok: boolean) => (ok ? 'met' : 'missed');
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const body = [
    HEADING,
    '',
    `${engine}. Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${cpu}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}: \`npm run bench -- work-report\` ` +
      `(\`--quick\`: 10,000 people). Load average before the runs: ${loadAverage.toFixed(1)}.`,
    `Synthetic province of the suite (provinceDatabase, bench/synthetic, seed fixed, ${en(COUNT)} people, 2016–2025): ` +
      'individual and collective awards on their decisions (commune, district, agency, province; the Prime ' +
      "Minister's recorded from outside), the dossiers that proposed them, the last year's in every state of the " +
      `workflow: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${en(n)}`)
        .join(', ')}` +
      (setupS !== null ? ` — built for this run in ${setupS.toFixed(0)} s.` : '.'),
    `Period ${FROM} to ${TO}. **loadAwardResults**: the function as the work report calls it (statement built, ` +
      'sent through drizzle, rows mapped and ordered). **hand SQL**: an equivalent query written by hand for this ' +
      'data (literals, no join to decisions), sent as text through the same pool. Median of ' +
      `${RUNS} runs after a warm-up, in ms (min–max); the two alternate, and agree on the totals.`,
    '',
    '| Case | awards of the subtree in the year | awarded | proposed | lines | loadAwardResults | hand SQL | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...cases.map(
      (c) =>
        `| ${c.name} | ${en(c.awardRows)} | ${en(c.awarded)} | ${en(c.proposed)} | ${c.groups} | ` +
        `${f(c.loadMs)} (${f(c.loadRange[0])}–${f(c.loadRange[1])}) | ${f(c.handMs)} (${f(c.handRange[0])}–${f(c.handRange[1])}) | ` +
        `${(c.loadMs / c.handMs).toFixed(2)}× |`,
    ),
    '',
    'Goals (issue #6, point 7):',
    '',
    `- Province's year under ${GOALS.province} ms: **${met(p.loadMs < GOALS.province)}** (${f(p.loadMs)} ms).`,
    `- District's year under ${GOALS.district} ms: **${met(d.loadMs < GOALS.district)}** (${f(d.loadMs)} ms).`,
    `- Within ${GOALS.ratio}× of the hand SQL: **${met(Math.max(p.loadMs / p.handMs, d.loadMs / d.handMs) <= GOALS.ratio)}** ` +
      `(${(p.loadMs / p.handMs).toFixed(2)}×, ${(d.loadMs / d.handMs).toFixed(2)}×).`,

    "- Index `awards_unit_at_award_date_idx` (unit_at_award_id, decision_date), migration 0021: before it, same data (load average 12.2), the province took 278 ms and the district 260 ms — both a sequential scan of all awards; with it the district reads only its units' rows of the year. The province still reads about a tenth of the table (164,550 rows of the year), by a sequential scan.",
    '',
  ].join('\n');
  console.log(`\n${body}`);
  const figure = (c: CaseResult, id: string, label: string, below: number) => ({
    id,
    label,
    value: c.loadMs,
    unit: 'ms' as const,
    reference: { label: 'hand SQL', value: c.handMs },
    runs: RUNS,
    range: c.loadRange,
    target: { below, ratioAtMost: GOALS.ratio },
  });
  recordFigures(
    'work-report',
    [
      figure(
        p,
        'work-report.province',
        "Work report 3.2, province's year (loadAwardResults)",
        GOALS.province,
      ),
      figure(
        d,
        'work-report.district',
        "Work report 3.2, a district's year (loadAwardResults)",
        GOALS.district,
      ),
    ],
    {
      quick: QUICK,
      loadAverage,
      data: `synthetic province, ${en(COUNT)} people, ${en(counts.awards!)} awards, ${en(counts.dossiers!)} dossiers`,
    },
  );
  if (WRITE) {
    await writeDocSection(HEADING, body);
    console.log('Đã ghi docs/benchmarks.md.');
  }
}

await main();
