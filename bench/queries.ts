// Benchmark (issue #7): the everyday read queries on the shared synthetic province, each beside a reference
// measured in the same run (alternating with it):
//   - eligibility suggestions (GET /api/eligibility/suggestions → suggestEligible) of a unit officer for a school,
//     a commune, a big agency and a district with its subunits; reference: hand SQL of the same candidate list
//     plus a plain SELECT of the history rows those people have (what the suggestions must read);
//   - a person's history page (GET /api/people/:id/history → getPersonHistory) for the person with the longest
//     history; reference: one hand-written statement returning the same rows;
//   - name search without diacritics through listPeople (GET /api/people) on the province's people; reference:
//     the page query alone (bench/lib/people-list.ts, as bench/people-search.ts).
//   npm run bench -- queries [--quick] [--runs=N] [--no-write]
// --province=NAME measures an existing province database (named in the doc), --only=<group> one group (no doc).
// Full runs (100,000 people) write the section "## queries — PostgreSQL" of docs/benchmarks.md.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import type { PeopleListQuery } from '../contracts/people';
import { type Db, migrateDatabase, openDatabase, queryRows } from '../server/db/client';
import { type Actor, systemActor } from '../server/lib/actor';
import { evaluateEligibilityMany, suggestEligible } from '../server/modules/eligibility/eligibility.service';
import { getPersonHistory } from '../server/modules/history/history.view';
import { writeDocSection } from './lib/doc';
import { peopleListCase } from './lib/people-list';
import { databaseUrl, provinceDatabase } from './lib/province-db';
import { type Figure, formatValue, median, recordFigures, targetText } from './lib/results';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = args.includes('--quick');
const PEOPLE = QUICK ? 10_000 : 100_000;
const RUNS = Number(option('runs') ?? (QUICK ? 3 : 7));
/** --province=NAME: an existing province database of the same server (back-to-back comparisons on fixed data). */
const PROVINCE = option('province');
const ONLY = option('only');
/** --only=<group> (suggestions, nominees, history, search) measures that group alone and writes nothing. */
const wanted = (group: string) => !ONLY || ONLY === group;
const WRITE = !QUICK && !ONLY && !args.includes('--no-write');
const YEAR = 2025;
const AS_OF = '2025-12-31';
const AWARD_KIND = 'CSTDCS';
const NOMINEES = 100;
const SEARCH_TARGET_MS = 50;
const RATIO_TARGET = 1.5;
const HISTORY_TARGET_MS = 20;
const SUGGESTION_NOTE =
  "above the reference: the candidates' histories built from those rows (server/modules/history/history.load.ts) " +
  "and the verdict of every candidate (domain/eligibility); the statements are the reference's plus two small " +
  'ones (the unit in scope, its overlays)';
const HISTORY_NOTE =
  `target argued: < ${HISTORY_TARGET_MS} ms, not ≤ ${RATIO_TARGET}× the one hand statement: the page is put ` +
  'together from the services of each record kind (each also answers its own route and serves the unit page ' +
  'too): 8 statements of well under 1 ms of server time each, plus begin/commit, where the reference sends one; ' +
  'the gap is round trips, not work';

if (!QUICK && RUNS < 5) {
  console.error('Đo đầy đủ cần ít nhất 5 lần (--runs=5 trở lên).');
  process.exit(2);
}

interface Sample {
  median: number;
  range: [number, number];
}

/**
 * Times `measured` and `reference` alternately, `RUNS` times each after one warm-up call of each (the first
 * calls fill the caches and plan the statements), so that both see the same state of the machine.
 */
async function alternate(
  measured: () => Promise<unknown>,
  reference: () => Promise<unknown>,
): Promise<{ measured: Sample; reference: Sample }> {
  await measured();
  await reference();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    await measured();
    a.push(performance.now() - start);
    start = performance.now();
    await reference();
    b.push(performance.now() - start);
  }
  const sample = (t: number[]): Sample => ({ median: median(t), range: [Math.min(...t), Math.max(...t)] });
  return { measured: sample(a), reference: sample(b) };
}

const officerAt = (unit: Unit): Actor => ({
  ...systemActor(),
  username: 'bench-officer',
  fullName: 'Cán bộ thi đua',
  roles: [{ role: 'officer', unitId: unit.id, unitPath: unit.path, unitName: unit.name }],
});

interface Unit {
  id: string;
  path: string;
  name: string;
}

/** The first unit of a kind by name, or of a name prefix; the agency with the most staff for 'agency'. */
async function unitOf(db: Db, where: SQL, order: SQL = sql`u.name_sort collate "C", u.id`): Promise<Unit> {
  const [row] = await queryRows<{ id: string; path: string; name: string }>(
    db,
    sql`select u.id, u.path, u.name from units u where ${where} order by ${order} limit 1`,
  );
  if (!row) throw new Error('Tỉnh thử thiếu đơn vị cần đo');
  return row;
}

const subtree = (path: string) => `${path}%`;

/** Hand SQL: the people employed in the subtree on the date (their latest such employment). */
const candidatesSql = (path: string) =>
  sql`select distinct on (p.id) p.id, p.full_name, p.name_sort, u.path as unit_path, u.name as unit_name
    from employments e join people p on p.id = e.person_id join units u on u.id = e.unit_id
    where u.path like ${subtree(path)} and e.from_date <= ${AS_OF} and (e.to_date is null or e.to_date >= ${AS_OF})
    order by p.id, e.from_date desc, e.created_at desc`;

/**
 * Every history row the people have (awards, ratings, initiatives, disciplines, open investigations, registered
 * titles), the columns the engine reads, one plain SELECT per table on their ids; returns the number of rows.
 */
async function historyRowsOf(tx: Db, ids: string[]): Promise<number> {
  const list = sql`any(${`{${ids.join(',')}}`}::uuid[])`;
  const statements = [
    sql`select id, recruited_on::text from people where id = ${list}`,
    sql`select id, person_id, award_kind, achievement_year, decision_date::text, decision_number, authority,
        award_type, revoked from awards where subject_kind = 'individual' and person_id = ${list}
        order by achievement_year, decision_date nulls last, id`,
    sql`select id, person_id, year, rating from annual_ratings where person_id = ${list} order by year`,
    sql`select id, person_id, title, level, recognized_on::text, used_by_award_id from initiatives
        where person_id = ${list} order by recognized_on, id`,
    sql`select id, person_id, kind, from_date::text, to_date::text, document from disciplines
        where person_id = ${list} order by from_date, id`,
    sql`select distinct person_id from investigations where person_id = ${list} and opened_on <= ${AS_OF}
        and (closed_on is null or closed_on > ${AS_OF})`,
    sql`select l.person_id, r.year, l.award_kind, r.status from registration_lines l
        join registrations r on r.id = l.registration_id
        where l.subject_kind = 'individual' and r.status in ('accepted', 'submitted', 'returned')
          and l.person_id = ${list} order by r.year, l.position`,
  ];
  let rows = 0;
  for (const s of statements) rows += (await queryRows(tx, s)).length;
  return rows;
}

/**
 * The reference of a suggestion: the candidate list (hand SQL), then the history rows of those candidates
 * (historyRowsOf), in one transaction like the service. Rows are fetched; nothing is built from them.
 */
function suggestionReference(db: Db, path: string): () => Promise<number> {
  return () =>
    db.transaction(async (tx) => {
      const candidates = await queryRows<{ id: string }>(tx, candidatesSql(path));
      return (
        candidates.length +
        (await historyRowsOf(
          tx,
          candidates.map((c) => c.id),
        ))
      );
    });
}

/**
 * The reference of the nominees' verdicts: their employments with the units' paths (where the overlays come
 * from), then their history rows (historyRowsOf), in one transaction.
 */
function nomineesReference(db: Db, ids: string[]): () => Promise<number> {
  const employments = sql`select e.person_id, e.from_date::text, e.to_date::text, u.path from employments e
    join units u on u.id = e.unit_id where e.person_id = any(${`{${ids.join(',')}}`}::uuid[])
    order by e.person_id, e.from_date, e.created_at`;
  return () =>
    db.transaction(async (tx) => (await queryRows(tx, employments)).length + (await historyRowsOf(tx, ids)));
}

/** The reference of the history page: one statement returning the person, employments and every record. */
function historyReference(db: Db, personId: string): () => Promise<unknown> {
  const statement = sql`select p.*,
      (select json_agg(x order by x.from_date, x.created_at) from (
        select e.*, u.name as unit_name, u.path as unit_path from employments e join units u on u.id = e.unit_id
        where e.person_id = p.id) x) as employments,
      (select json_agg(x order by x.achievement_year desc, x.decision_date desc nulls last, x.created_at desc) from (
        select a.*, u.name as unit_at_award_name,
          (select array_agg(i.id) from initiatives i where i.used_by_award_id = a.id) as initiative_ids
        from awards a left join units u on u.id = a.unit_at_award_id where a.person_id = p.id) x) as awards,
      (select json_agg(x order by x.year desc) from (
        select r.*, u.name as unit_name from annual_ratings r left join units u on u.id = r.rated_at_unit_id
        where r.person_id = p.id) x) as ratings,
      (select json_agg(i order by i.recognized_on desc) from initiatives i where i.person_id = p.id) as initiatives,
      (select json_agg(d order by d.from_date desc) from disciplines d where d.person_id = p.id) as disciplines,
      (select json_agg(v order by v.opened_on desc) from investigations v where v.person_id = p.id)
        as investigations
    from people p where p.id = ${personId}`;
  return () => db.transaction((tx) => queryRows(tx, statement));
}

interface Row {
  figure: Figure;
  detail: string;
}

async function main() {
  const province = PROVINCE ? { url: databaseUrl(PROVINCE), name: PROVINCE } : await provinceDatabase(PEOPLE);
  const handle = await openDatabase({ databaseUrl: province.url });
  await migrateDatabase(handle);
  const db = handle.db;
  const [counts] = await queryRows<{ people: number; awards: number; ratings: number; units: number }>(
    db,
    sql`select (select count(*) from people)::int as people, (select count(*) from awards)::int as awards,
      (select count(*) from annual_ratings)::int as ratings, (select count(*) from units)::int as units`,
  );
  const data =
    `synthetic province ${province.name}: ${counts!.people.toLocaleString('en')} people, ` +
    `${counts!.units.toLocaleString('en')} units, ${counts!.awards.toLocaleString('en')} awards, ` +
    `${counts!.ratings.toLocaleString('en')} annual ratings`;
  console.log(`Tỉnh thử ${province.name}; ${RUNS} lần mỗi phép đo, xen kẽ với tham chiếu.`);
  const load = os.loadavg()[0]!;
  const rows: Row[] = [];
  const add = (figure: Figure, detail: string) => {
    rows.push({ figure, detail });
    const ratio = figure.reference ? figure.value / figure.reference.value : NaN;
    console.log(
      `  ${figure.label}: ${formatValue(figure.value, 'ms')} (tham chiếu ${formatValue(
        figure.reference!.value,
        'ms',
      )}, ${ratio.toFixed(2)}×) — ${detail}`,
    );
  };

  // Suggestions of a unit officer, from a school up to a district with its communes.
  const cases: [string, string, Unit][] = [
    [
      'school',
      'a school (Trường Tiểu học, no subunits)',
      await unitOf(db, sql`u.name like 'Trường Tiểu học%'`),
    ],
    ['commune', 'a commune with its schools and health station', await unitOf(db, sql`u.kind = 'commune'`)],
    [
      'agency',
      'the biggest agency (sở) with its centre',
      await unitOf(
        db,
        sql`u.kind = 'agency'`,
        sql`(select count(*) from employments e join units x on x.id = e.unit_id
          where x.path like u.path || '%' and e.to_date is null) desc, u.id`,
      ),
    ],
    ['district', 'a district with its communes and their units', await unitOf(db, sql`u.kind = 'district'`)],
  ];
  for (const [key, what, unit] of wanted('suggestions') ? cases : []) {
    const actor = officerAt(unit);
    let page: Awaited<ReturnType<typeof suggestEligible>> | null = null;
    const reference = suggestionReference(db, unit.path);
    const t = await alternate(async () => {
      page = await db.transaction((tx) =>
        suggestEligible(tx, actor, {
          unitId: unit.id,
          year: YEAR,
          awardKind: AWARD_KIND,
          awardType: 'cong_trang',
          asOf: AS_OF,
          page: 1,
          pageSize: 20,
        }),
      );
    }, reference);
    const c = page!.counts;
    const candidates = c.eligible + c.needsReview + c.notEligible;
    add(
      {
        id: `queries.suggestions.${key}`,
        label: `Suggestions (CSTĐCS ${YEAR}) for ${what}`,
        value: t.measured.median,
        unit: 'ms',
        reference: { label: 'candidate list + their history rows (hand SQL)', value: t.reference.median },
        runs: RUNS,
        range: t.measured.range,
        target: { ratioAtMost: RATIO_TARGET },
        ...(t.measured.median > RATIO_TARGET * t.reference.median ? { note: SUGGESTION_NOTE } : {}),
      },
      `${unit.name}: ${candidates.toLocaleString('en')} candidates (${c.eligible} eligible, ` +
        `${c.needsReview} to review); reference ${t.reference.range.map((v) => v.toFixed(1)).join('–')} ms`,
    );
  }

  if (wanted('nominees')) {
    // The verdicts of a dossier's nominees as taken at submission (evaluateEligibilityMany): the first NOMINEES
    // people of the district by name, for an officer of the district.
    const district = cases.at(-1)![2];
    const nominees = (
      await queryRows<{ id: string }>(
        db,
        sql`select c.id from (${candidatesSql(district.path)}) c order by c.name_sort collate "C", c.id
        limit ${NOMINEES}`,
      )
    ).map((r) => r.id);
    const districtOfficer = officerAt(district);
    const items = nominees.map((subjectId) => ({
      subjectId,
      request: {
        subjectKind: 'individual',
        awardKind: AWARD_KIND,
        year: YEAR,
        awardType: 'cong_trang',
      } as const,
    }));
    const verdicts = await alternate(
      () => db.transaction((tx) => evaluateEligibilityMany(tx, districtOfficer, AS_OF, items)),
      nomineesReference(db, nominees),
    );
    add(
      {
        id: 'queries.nominees.verdicts',
        label: `Verdicts of ${NOMINEES} nominees of a dossier (evaluateEligibilityMany, at submission)`,
        value: verdicts.measured.median,
        unit: 'ms',
        reference: { label: 'their employments + history rows (hand SQL)', value: verdicts.reference.median },
        runs: RUNS,
        range: verdicts.measured.range,
        target: { ratioAtMost: RATIO_TARGET },
      },
      `${district.name}, officer of the district; reference ` +
        `${verdicts.reference.range.map((v) => v.toFixed(1)).join('–')} ms`,
    );
  }
  if (wanted('history')) {
    // The history page of the person with the longest history.
    const [long] = await queryRows<{ id: string; records: number }>(
      db,
      sql`select person_id as id, count(*)::int as records from (
        select person_id from awards where person_id is not null
        union all select person_id from annual_ratings where person_id is not null
        union all select person_id from initiatives) r
      group by person_id order by count(*) desc, person_id limit 1`,
    );
    const admin = systemActor();
    const history = await alternate(
      () => db.transaction((tx) => getPersonHistory(tx, admin, long!.id)),
      historyReference(db, long!.id),
    );
    add(
      {
        id: 'queries.history.person',
        label: 'Person history page (getPersonHistory), longest history',
        value: history.measured.median,
        unit: 'ms',
        reference: { label: 'one hand-written statement, same rows', value: history.reference.median },
        runs: RUNS,
        range: history.measured.range,
        target: { below: HISTORY_TARGET_MS },
        note: HISTORY_NOTE,
      },
      `${long!.records} awards, ratings and initiatives; reference ` +
        `${history.reference.range.map((v) => v.toFixed(1)).join('–')} ms`,
    );
  }
  if (wanted('search')) {
    // Name search without diacritics over the whole province (a province officer), a page of 20 and the total.
    const provinceUnit = await unitOf(db, sql`u.parent_id is null`);
    const provinceOfficer = officerAt(provinceUnit);
    const searches: [string, string, string][] = [
      ['common', 'common name', 'nguyen van'],
      ['full', 'full name', 'nguyen thi huong'],
      ['word', 'one word', 'thang'],
    ];
    for (const [key, what, q] of searches) {
      const query: PeopleListQuery = { q, page: 1, pageSize: 20, includeSubunits: false };
      const listCase = await peopleListCase(db, provinceOfficer, query, null);
      let total = 0;
      const t = await alternate(async () => {
        total = await listCase.list();
      }, listCase.page);
      add(
        {
          id: `queries.search.${key}`,
          label: `Name search "${q}" (${what}), listPeople, page of 20 + total`,
          value: t.measured.median,
          unit: 'ms',
          reference: { label: 'page query alone', value: t.reference.median },
          runs: RUNS,
          range: t.measured.range,
          target: { below: SEARCH_TARGET_MS },
        },
        `${total.toLocaleString('en')} matches; page alone ${t.reference.range.map((v) => v.toFixed(1)).join('–')} ms`,
      );
    }
  }
  await handle.close();

  const result = recordFigures(
    'queries',
    rows.map((r) => r.figure),
    { quick: QUICK, data, loadAverage: load },
  );
  if (WRITE) await writeDocSection('## queries — PostgreSQL', docSection(result.figures, rows, data, load));
  else console.log('(docs/benchmarks.md không đổi: chỉ ghi khi đo đầy đủ, không có --quick hay --no-write)');
}

function docSection(
  figures: ReturnType<typeof recordFigures>['figures'],
  rows: Row[],
  data: string,
  load: number,
) {
  const cpus = os.cpus();
  const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
  const table = figures.map((f, i) => {
    const [lo, hi] = f.range!;
    const verdict = f.met ? 'met' : '**missed**';
    return (
      `| ${f.label} | ${ms(f.value)} (${ms(lo)}–${ms(hi)}) | ${f.reference!.label}: ${ms(f.reference!.value)} | ` +
      `${f.ratio!.toFixed(2)}× | ${targetText(f.target, f.unit)} — ${verdict} | ${rows[i]!.detail} |`
    );
  });
  return [
    '## queries — PostgreSQL',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${cpus.length} cores (${cpus[0]?.model.trim() ?? '?'}), ` +
      `Node ${process.version}, load average ${load.toFixed(1)} before the runs: ` +
      `\`npm run bench -- queries${PROVINCE ? ` --province=${PROVINCE}` : ''}\`. ` +
      `Data: ${data}. Each figure is the median of ${RUNS} runs (min–max), in ms, each run alternating with its ` +
      'reference after one warm-up call of both.',
    '',
    `- **Suggestions**: suggestEligible as GET /api/eligibility/suggestions runs it (in a transaction), CSTĐCS ${YEAR}, ` +
      `công trạng, as of ${AS_OF}, for an officer of the unit; every candidate of the subtree is judged, the first ` +
      'page of 20 is presented. Reference: the hand SQL of the same candidate list, then one plain SELECT per ' +
      'history table of the rows those candidates have (the columns the engine reads, registered titles ' +
      'included), in one transaction. This is what the suggestions cannot avoid reading; the ratio is what ' +
      'building the histories, judging and presenting cost on top. A single hand statement of the candidates ' +
      'alone would not be a fair reference: the answer depends on every one of those rows.',
    `- **Nominees' verdicts**: evaluateEligibilityMany for the first ${NOMINEES} people (by name) of the ` +
      "district's candidates, as a dossier's submission takes them (scope check of every nominee, histories, " +
      'verdicts), for an officer of the district. Reference: their employments with unit paths and their history ' +
      'rows (the same plain SELECTs as for the suggestions), in one transaction.',
    '- **History page**: getPersonHistory (GET /api/people/:id/history) for the person with the most awards, ' +
      'ratings and initiatives, as a province administrator. Reference: one hand-written statement returning ' +
      'the same rows (the person, employments with unit names, awards with unit names and used initiatives, ' +
      'ratings, initiatives, disciplines, investigations as JSON), without the scope check.',
    '- **Search**: listPeople (GET /api/people) for a province officer, q without diacritics, a page of 20 and ' +
      'the exact total; reference: the page query alone on the same plan (bench/lib/people-list.ts, as in ' +
      'people-search).',
    '',
    '| Figure | Median (min–max), ms | Reference, ms | Ratio | Target | Details |',
    '| --- | --- | --- | --- | --- | --- |',
    ...table,
    '',
    ...figures.filter((f) => f.note).map((f) => `- ${f.label}: ${f.note}.`),
    '',
    'Fixed from these figures (before → after measured back to back on the same data, in the commits): the ' +
      "nominees' verdicts checked each nominee's scope with two queries and read the overlays once per unit " +
      '(100 nominees of a district: ~1,000 ms → ~90 ms, now one query per subject type and one for all the ' +
      "overlays); the award views read the used initiatives and the units' names in the awards' statement " +
      '(history page: 12 → 10 round trips).',
    '',
  ].join('\n');
}

await main();
