// Benchmark (issue #6 point 7): section 3.2 of a work report (loadAwardResults) on a synthetic province in
// PostgreSQL, for the province's year and for one district's year, beside a hand-written SQL query of the same
// figures run in the same benchmark.
//   scripts/with-postgres.sh npm run bench -- work-report           ~1.5M award rows (187,000 people); writes docs/benchmarks.md
//   scripts/with-postgres.sh npm run bench -- work-report --quick   20,000 people (~0.17M awards), for everyday use
// Options: --runs=N (default 7, at least 5), --no-write. With PG_KEEP_DIR the generated province is kept and reused.
// Data: bench/synthetic (people with ten years of individual awards by commune, district, agency and province
// authorities), plus, written here in SQL (deterministic: hashes of ids): collective Giấy khen of the districts and
// Bằng khen of the province, Bằng khen of the Prime Minister recorded from external decisions, and dossiers the
// districts and the province sent up (to the province's chairman, to the Prime Minister) with their events, some
// answered by a decision, some withdrawn.
// Measured, median of the runs after a warm-up: loadAwardResults (statement built, sent, rows mapped and ordered)
// and the hand-written query sent as plain text through the same pool. Goals: province < 500 ms, district < 100 ms,
// loadAwardResults ≤ 1.5× the hand-written query.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import * as prettier from 'prettier';
import type { AdminLevel } from '../contracts/enums';
import { awardResultTotals } from '../domain/work-report';
import { type DatabaseHandle, migrateDatabase, openDatabase, queryRows } from '../server/db/client';
import { loadAwardResults } from '../server/modules/reports/award-results';
import { setUpProvince } from './synthetic/setup';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = args.includes('--quick');
const FULL_COUNT = 187_000;
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? (QUICK ? 20_000 : FULL_COUNT));
const RUNS = Math.max(5, Number(option('runs') ?? 7));
const WRITE = !args.includes('--no-write') && COUNT === FULL_COUNT;
const FROM = '2025-01-01';
const TO = '2025-12-31';
const GOALS = { province: 500, district: 100, ratio: 1.5 };

/** The extra rows of this benchmark, in SQL (one transaction; issued decisions and their awardees together). */
const EXTRA = `
insert into decisions (id, kind, origin, status, number, decision_date, regime_id, authority_code, authority_label,
  authority_unit_id, title, issued_at)
select md5('bench-ttg-' || y)::uuid, 'award', 'external', 'issued', y || '/QĐ-TTg', make_date(y, 4, 20), 'C',
  'thu_tuong', 'Thủ tướng Chính phủ', null, 'Về việc tặng Bằng khen của Thủ tướng Chính phủ', transaction_timestamp()
from generate_series(2016, 2025) y;

insert into decisions (id, kind, origin, status, number, decision_date, regime_id, authority_code, authority_label,
  authority_unit_id, title, issued_at)
select md5('bench-tinh-' || y)::uuid, 'award', 'external', 'issued', y || '/QĐ-UBND-BENCH', make_date(y, 9, 10), 'C',
  'chu_tich_ubnd_tinh', 'Chủ tịch UBND tỉnh Thử Nghiệm', root.id, 'Về việc tặng Bằng khen', transaction_timestamp()
from generate_series(2016, 2025) y, (select id from units where parent_id is null) root;

-- Bằng khen of the Prime Minister: one holder of CSTĐ tỉnh in five, the year after.
insert into awards (subject_kind, person_id, award_kind, achievement_year, decision_number, decision_date, authority,
  authority_unit_id, unit_at_award_id, source, decision_id)
select 'individual', a.person_id, 'BK_TTG', a.achievement_year, d.number, d.decision_date, d.authority_label, null,
  a.unit_at_award_id, 'external', d.id
from awards a join decisions d on d.id = md5('bench-ttg-' || (a.achievement_year + 1))::uuid
where a.award_kind = 'CSTD_TINH' and a.achievement_year < 2025 and abs(hashtext(a.id::text)) % 5 = 0;

-- Collectives: the province's Bằng khen to a third of the units each year, the district's Giấy khen to half of
-- the units under it.
insert into awards (subject_kind, unit_id, award_kind, achievement_year, decision_number, decision_date, authority,
  authority_unit_id, unit_at_award_id)
select 'collective', u.id, 'BK_TINH', y, '15/QĐ-UBND', make_date(y + 1, 3, 15), 'Chủ tịch UBND tỉnh Thử Nghiệm',
  root.id, u.id
from units u cross join generate_series(2016, 2024) y, (select id from units where parent_id is null) root
where u.parent_id is not null and abs(hashtext(u.id::text || 'bk' || y)) % 3 = 0;

insert into awards (subject_kind, unit_id, award_kind, achievement_year, decision_number, decision_date, authority,
  authority_unit_id, unit_at_award_id)
select 'collective', u.id, 'GK', y, '20/QĐ-UBND', make_date(y, 12, 20), 'Chủ tịch UBND ' || lower(dn.name), dn.id, u.id
from units dn join units u on u.path like dn.path || '_%' cross join generate_series(2016, 2025) y
where dn.kind = 'district' and abs(hashtext(u.id::text || 'gk' || y)) % 2 = 0;

-- Dossiers sent up by each district and by the province, 2016–2025: eight a year to the province's chairman
-- (districts) and two to the Prime Minister, four nominees each, people working under the proposer.
create temporary table bench_dossiers on commit drop as
select md5('bench-ds-' || u.id || '-' || y || '-' || k)::uuid as id, u.id as unit_id, u.path, u.kind, y, k,
  row_number() over (order by u.id, y, k) as seq,
  (make_date(y, 1 + (abs(hashtext(u.id::text || y || k)) % 12), 1 + (abs(hashtext(u.id::text || k || y)) % 28))
    + time '09:30')::timestamptz as submitted_at
from units u cross join generate_series(2016, 2025) y cross join generate_series(1, 10) k
where u.kind = 'district' or (u.kind = 'province' and k > 8);

insert into dossiers (id, code, proposing_unit_id, authority_code, authority_label, authority_unit_id, regime_id,
  award_type, title, achievement_year, status, submitted_at)
select b.id, 'HS-' || b.y || '-' || lpad((900000 + b.seq)::text, 6, '0'), b.unit_id,
  case when b.k > 8 then 'thu_tuong' else 'chu_tich_ubnd_tinh' end,
  case when b.k > 8 then 'Thủ tướng Chính phủ' else 'Chủ tịch Ủy ban nhân dân tỉnh Thử Nghiệm' end,
  case when b.k > 8 then null else (select id from units where parent_id is null) end,
  'C', 'cong_trang', 'Đề nghị khen thưởng', b.y, 'submitted', b.submitted_at
from bench_dossiers b;

insert into dossier_events (dossier_id, action, from_status, to_status, at)
select id, 'create', null, 'draft', submitted_at - interval '2 days' from bench_dossiers
union all select id, 'submit', 'draft', 'submitted', submitted_at from bench_dossiers
union all select id, 'withdraw', 'submitted', 'withdrawn', submitted_at + interval '20 days' from bench_dossiers
  where abs(hashtext(id::text)) % 10 = 0;

insert into dossier_nominees (dossier_id, position, subject_kind, person_id, award_kind)
select b.id, p.position, 'individual', p.person_id, case when b.k > 8 then 'BK_TTG' else 'BK_TINH' end
from bench_dossiers b cross join lateral (
  select e.person_id, row_number() over () as position
  from (select distinct e.person_id from employments e join units eu on eu.id = e.unit_id
        where eu.path like b.path || '%'
        order by e.person_id offset (abs(hashtext(b.id::text)) % 400) limit 4) e
) p;

-- Half of the proposals to the province answered by its decision of 10/9 that year.
insert into decision_awardees (decision_id, position, subject_kind, person_id, display_name, unit_at_award_id,
  award_kind, achievement_year, nominee_id)
select md5('bench-tinh-' || b.y)::uuid, row_number() over (partition by b.y order by n.id), 'individual', n.person_id,
  'Người được khen', b.unit_id, n.award_kind, b.y, n.id
from dossier_nominees n join bench_dossiers b on b.id = n.dossier_id
where b.k <= 8 and abs(hashtext(n.id::text)) % 2 = 0
on conflict do nothing;
`;

async function setUpExtra(handle: DatabaseHandle) {
  const start = performance.now();
  const client = await handle.pool!.connect();
  try {
    await client.query('begin');
    await client.query(EXTRA);
    await client.query('commit');
  } finally {
    client.release();
  }
  await handle.db.execute(sql`vacuum analyze`);
  console.log(
    `Khen thưởng tập thể, Trung ương và hồ sơ đề nghị: ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
}

if (args.includes('--setup')) {
  // Child process: generate and write the province, then exit (the measuring process stays small).
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  await setUpProvince(handle, COUNT);
  await setUpExtra(handle);
  await handle.close();
  process.exit(0);
}

if (!process.env.DATABASE_URL) {
  console.error(
    'Phép đo này cần PostgreSQL: chạy `scripts/with-postgres.sh npm run bench -- work-report` (thêm --quick để đo 20.000 người).\n' +
      'This benchmark needs PostgreSQL: run `scripts/with-postgres.sh npm run bench -- work-report` (--quick: 20,000 people).',
  );
  process.exit(2);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The same figures as loadAwardResults, written by hand for this data: literals, no decisions join. */
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
        where da.nominee_id = n.id and d.decision_date <= '${TO}')
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

const DOC = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const HEADING = '## work-report — PostgreSQL';

async function writeSection(body: string) {
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(HEADING);
  let next: string;
  if (start < 0) next = `${doc.trimEnd()}\n\n${body}\n`;
  else {
    const end = doc.indexOf('\n## ', start + HEADING.length);
    next = `${doc.slice(0, start)}${body}\n${end < 0 ? '' : doc.slice(end)}`;
  }
  writeFileSync(DOC, await prettier.format(next, { filepath: DOC, proseWrap: 'preserve', printWidth: 120 }));
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
        `Cơ sở dữ liệu đã có ${people!.n} người (cần trống, hoặc đúng ${COUNT} người của tỉnh thử).`,
      );
      await handle.close();
      process.exit(1);
    }
    const start = performance.now();
    const file = fileURLToPath(import.meta.url);
    const child = spawnSync(process.execPath, ['--import', 'tsx', file, '--setup', String(COUNT)], {
      stdio: 'inherit',
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
    setupS = (performance.now() - start) / 1000;
  } else {
    console.log(`Dùng lại tỉnh thử đã có (${COUNT.toLocaleString('vi-VN')} người).`);
  }
  const counts = Object.fromEntries(
    await Promise.all(
      [
        'units',
        'people',
        'awards',
        'dossiers',
        'dossier_nominees',
        'dossier_events',
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
  const [province] = await unitsOf('province');
  const [district] = await unitsOf('district');
  const loadAverage = os.loadavg()[0]!;
  console.log(
    `${engine}; ${Object.entries(counts)
      .map(([t, n]) => `${t} ${n.toLocaleString('vi-VN')}`)
      .join(', ')}`,
  );
  const cases = [
    await measure(handle, `tỉnh (${province!.name}), năm 2025`, province!),
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
      `${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}: \`scripts/with-postgres.sh npm run bench -- work-report\` ` +
      `(\`--quick\`: 20,000 people). Load average before the runs: ${loadAverage.toFixed(1)}.`,
    `Synthetic province (bench/synthetic, seed fixed, ${en(COUNT)} people, 2016–2025) plus, in SQL, collective awards, ` +
      'Bằng khen of the Prime Minister from external decisions, and dossiers sent up by the districts and the province ' +
      `with events, decisions and withdrawals: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${en(n)}`)
        .join(', ')}` +
      (setupS !== null ? ` — written in ${setupS.toFixed(0)} s, then VACUUM ANALYZE.` : '.'),
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
  if (WRITE) {
    await writeSection(body);
    console.log('Đã ghi docs/benchmarks.md.');
  }
}

await main();
