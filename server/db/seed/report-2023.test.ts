// The seed report's award results come out of the demo data: for huyện Cẩm Xuyên, 01/01–30/06/2023, the figures
// counted by loadAwardResults equal facts.json line by line (awarded and proposed, totals 255 and 4); they were
// written through the dossiers, councils and decisions (no award without a decision, 2023-dated steps), and the
// district council has its 16 members on 30/06/2023.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { AdminLevel } from '../../../contracts/enums';
import { membersAt } from '../../../domain/council';
import { findCouncilOfAuthority, loadPeriods } from '../../modules/councils/councils.queries';
import { loadAwardResults } from '../../modules/reports/award-results';
import { openTestDatabase } from '../../test/database';
import { type DatabaseHandle, queryRows, sql } from '../client';
import { seedDemo } from './demo';

interface FactLine {
  authority: string;
  form: string;
  subjectKind: string;
  count: number;
  status: 'awarded' | 'proposed';
}
const facts = JSON.parse(readFileSync(new URL('./seed-report-facts.json', import.meta.url), 'utf8')) as {
  awardResults: FactLine[];
  awardTotals: { awardedTotal: number; proposedTotal: number };
};

/** facts.json's authority → level: the Prime Minister central, UBND/Chủ tịch UBND tỉnh province, huyện district. */
function levelOf(authority: string): AdminLevel {
  if (/Thủ tướng/.test(authority)) return 'central';
  if (/tỉnh/.test(authority)) return 'province';
  if (/huyện/.test(authority)) return 'district';
  throw new Error(`unknown authority ${authority}`);
}

/** facts.json's form → award kind code of regime A (legal.md, domain/regimes/a*.ts). */
function kindOf(form: string): string {
  if (/^Bằng khen của Thủ tướng/.test(form)) return 'BK_TTG';
  if (/^Cờ thi đua/.test(form)) return 'CO_TINH';
  if (/^Tập thể lao động xuất sắc/.test(form)) return 'TTLDXS';
  if (/^Bằng khen của (UBND|Chủ tịch UBND) tỉnh/.test(form)) return 'BK_TINH';
  if (/^Giấy khen/.test(form)) return 'GK';
  throw new Error(`unknown form ${form}`);
}

const subjectOf = (s: string) => (s === 'cá nhân' ? 'individual' : 'collective');
const key = (r: { status: string; level: string; kind: string; subject: string }) =>
  `${r.status} ${r.level} ${r.kind} ${r.subject}`;

let handle: DatabaseHandle;
let district: { id: string; path: string; level: AdminLevel };
const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  queryRows<T>(handle.db, query);

before(async () => {
  handle = await openTestDatabase();
  assert.equal(await seedDemo(handle.db, { log: () => undefined }), 'seeded');
  const [found] = await rows<{ id: string; path: string; level: AdminLevel }>(
    sql`select id, path, level from units where name = 'Huyện Cẩm Xuyên'`,
  );
  assert.ok(found, 'the demo holds huyện Cẩm Xuyên');
  district = found;
});
after(() => handle.close());

test('Cẩm Xuyên 01/01–30/06/2023: the award results equal facts.json line by line, totals 255 and 4', async () => {
  const results = await loadAwardResults(handle.db, district, '2023-01-01', '2023-06-30');
  const expected = new Map<string, number>();
  for (const f of facts.awardResults) {
    const k = key({
      status: f.status,
      level: levelOf(f.authority),
      kind: kindOf(f.form),
      subject: subjectOf(f.subjectKind),
    });
    expected.set(k, (expected.get(k) ?? 0) + f.count);
  }
  const actual = new Map<string, number>();
  for (const r of results) {
    const k = key({ status: r.status, level: r.authorityLevel, kind: r.awardKind, subject: r.subjectKind });
    actual.set(k, (actual.get(k) ?? 0) + r.count);
  }
  assert.deepEqual(Object.fromEntries([...actual].sort()), Object.fromEntries([...expected].sort()));
  const total = (status: string) =>
    results.filter((r) => r.status === status).reduce((sum, r) => sum + r.count, 0);
  assert.equal(total('awarded'), facts.awardTotals.awardedTotal);
  assert.equal(total('awarded'), 255);
  assert.equal(total('proposed'), facts.awardTotals.proposedTotal);
  assert.equal(total('proposed'), 4);
});

test('every award of the window comes from an issued decision (the registers, or the Prime Minister recorded)', async () => {
  const awards = await rows<{ n: number; decided: number; external: number }>(
    sql`select count(*)::int as n, count(d.id) filter (where d.status = 'issued')::int as decided,
        count(*) filter (where d.origin = 'external')::int as external
      from awards a join units u on u.id = a.unit_at_award_id left join decisions d on d.id = a.decision_id
      left join units au on au.id = a.authority_unit_id
      where a.decision_date between '2023-01-01' and '2023-06-30' and u.path like ${district.path + '%'}
        and (au.level is null or au.level in ('province', 'district'))`,
  );
  assert.equal(awards[0]!.n, 255);
  assert.equal(awards[0]!.decided, 255);
  assert.equal(awards[0]!.external, 1);
  // Internal decisions carry register numbers, in date order within each authority and year.
  const issued = await rows<{ authority_label: string; number: string; decision_date: string }>(
    sql`select authority_label, number, decision_date::text from decisions
      where origin = 'internal' and status = 'issued' and decision_date between '2022-01-01' and '2023-12-31'
      order by authority_label, number_year, number_seq`,
  );
  assert.ok(issued.length >= 8);
  for (const [i, d] of issued.entries()) {
    assert.match(d.number, /^\d{2,}\/QĐ-UBND$/);
    const prev = issued[i - 1];
    if (prev && prev.authority_label === d.authority_label) assert.ok(prev.decision_date <= d.decision_date);
  }
});

test('the steps carry their 2022–2023 dates (the services’ clock), and the pending proposals wait at the province', async () => {
  const events = await rows<{ late: number; total: number }>(
    sql`select count(*) filter (where e.at >= '2024-01-01')::int as late, count(*)::int as total
      from dossier_events e join dossiers d on d.id = e.dossier_id join units u on u.id = d.proposing_unit_id
      where d.achievement_year between 2021 and 2023 and u.path like ${district.path + '%'}
        and e.action not in ('decide')`,
  );
  assert.ok(events[0]!.total > 300);
  assert.equal(events[0]!.late, 0);
  const meetings = await rows<{ held_on: string; closed_at: string }>(
    sql`select held_on::text, closed_at::text from council_meetings where held_on < '2024-01-01'`,
  );
  assert.ok(meetings.length >= 8);
  for (const m of meetings) assert.equal(m.closed_at.slice(0, 4), m.held_on.slice(0, 4));
  const pending = await rows<{ authority_label: string; award_kind: string; status: string }>(
    sql`select d.authority_label, n.award_kind, d.status from dossiers d join dossier_nominees n on n.dossier_id = d.id
      where d.proposing_unit_id = ${district.id}::uuid and d.forwarded_from_id is not null
        and n.decision_id is null and n.forwarded_to_nominee_id is null`,
  );
  assert.deepEqual(pending.map((p) => p.award_kind).sort(), ['BK_TTG']);
  assert.equal(pending[0]!.status, 'appraising');
  // The three Bằng khen tỉnh were pending on 30/06/2023 and decided in July.
  const july = await loadAwardResults(handle.db, district, '2023-07-01', '2023-07-31');
  assert.ok(
    july.some((r) => r.status === 'awarded' && r.awardKind === 'BK_TINH' && r.count >= 3),
    JSON.stringify(july),
  );
});

test('the district council has 16 members on 30/06/2023', async () => {
  const council = await findCouncilOfAuthority(handle.db, district.id);
  assert.ok(council);
  const periods = await loadPeriods(handle.db, council.id);
  const members = membersAt(
    periods.map((p) => ({ ...p, role: p.role as never, from: p.fromDate, to: p.toDate })),
    '2023-06-30',
  );
  assert.equal(members.length, 16);
});
