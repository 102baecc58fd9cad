// The demo history: deterministic and consistent with the rules it illustrates.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { evaluate } from '../../../domain/eligibility';
import type { AwardRecord, SubjectHistory } from '../../../domain/regimes/types';
import { type HistoryPlan, planHistory } from './history-plan';
import { buildDemoPlan, type DemoPlan } from './plan';
import { createRandom } from './prng';

let plan: DemoPlan;
let history: HistoryPlan;
before(() => {
  plan = buildDemoPlan();
  history = planHistory(createRandom().fork('history'), plan);
});

/** The plan's records of one person in the domain's shape. */
function historyOf(person: string): SubjectHistory {
  const awards: AwardRecord[] = history.awards
    .filter((a) => a.person === person)
    .map((a) => ({
      id: a.key,
      awardKind: a.awardKind,
      year: a.year,
      decisionDate: a.decisionDate,
      awardType: 'cong_trang',
      revoked: a.revoked !== undefined,
    }));
  return {
    recruitedOn: history.recruitment.find((r) => r.person === person)!.recruitedOn,
    awards,
    ratings: history.ratings
      .filter((r) => r.person === person)
      .map((r) => ({ year: r.year, rating: r.rating })),
    initiatives: history.initiatives
      .filter((i) => i.person === person)
      .map((i, n) => ({
        id: `${person}-${n}`,
        level: i.level,
        recognizedOn: i.recognizedOn,
        usedByAward: i.usedBy,
      })),
    disciplines: history.disciplines
      .filter((d) => d.person === person)
      .map((d) => ({ kind: d.kind, from: d.fromDate, to: d.toDate })),
    pendingInvestigation: false,
  };
}

test('the same seed gives the same history', () => {
  const again = planHistory(createRandom().fork('history'), plan);
  assert.deepEqual(again, history);
  assert.notDeepEqual(planHistory(createRandom(7).fork('history'), buildDemoPlan(7)).awards.length, 0);
});

test('sizes: yearly ratings 2017–2025, LĐTT, CSTĐCS, collective titles, a few revoked awards and disciplines', () => {
  const count = (kind: string) => history.awards.filter((a) => a.awardKind === kind).length;
  assert.ok(history.ratings.length > 15_000, `${history.ratings.length} ratings`);
  assert.ok(count('LDTT') > 10_000);
  assert.ok(count('CSTDCS') > 500);
  assert.ok(count('BK_TINH') > 20 && count('CSTD_TINH') > 5);
  assert.ok(count('TTLDTT') > 100 && count('TTLDXS') > 10);
  const revoked = history.awards.filter((a) => a.revoked);
  assert.deepEqual(revoked.map((a) => a.awardKind).sort(), [
    'CSTDCS',
    'CSTDCS',
    'LDTT',
    'LDTT',
    'LDTT',
    'LDTT',
  ]);
  assert.ok(revoked.every((a) => a.revoked!.on > a.decisionDate));
  assert.ok(history.disciplines.length >= 10);
  assert.ok(history.initiatives.some((i) => i.usedBy) && history.initiatives.some((i) => !i.usedBy));
  assert.ok(
    history.memberStats.every((m) => m.ldttShare >= 0 && m.ldttShare <= 1 && m.cstdcsCount <= m.members),
  );
});

test('awards follow the ratings: no LĐTT without HTT or better, CSTĐCS only on LĐTT, regime-A quota kept', () => {
  const rating = new Map(
    history.ratings.filter((r) => r.person).map((r) => [`${r.person}:${r.year}`, r.rating]),
  );
  const ldtt = new Set(
    history.awards.filter((a) => a.awardKind === 'LDTT').map((a) => `${a.person}:${a.year}`),
  );
  for (const a of history.awards.filter((x) => x.awardKind === 'LDTT')) {
    assert.ok(['HTXS', 'HTT'].includes(rating.get(`${a.person}:${a.year}`)!), `${a.person} ${a.year}`);
  }
  const perUnitYear = new Map<string, { ldtt: number; cstdcs: number }>();
  for (const a of history.awards.filter((x) => x.awardKind === 'LDTT' || x.awardKind === 'CSTDCS')) {
    const key = `${a.unitAtAward}:${a.year}`;
    const entry = perUnitYear.get(key) ?? { ldtt: 0, cstdcs: 0 };
    if (a.awardKind === 'LDTT') entry.ldtt++;
    else {
      entry.cstdcs++;
      assert.ok(ldtt.has(`${a.person}:${a.year}`), 'CSTĐCS holds LĐTT of the same year');
    }
    perUnitYear.set(key, entry);
  }
  for (const [key, { ldtt: l, cstdcs }] of perUnitYear) {
    if (Number(key.split(':')[1]) <= 2023)
      assert.ok(cstdcs <= Math.floor(0.15 * l), `${key}: ${cstdcs} of ${l}`);
  }
});

test('the demo shows every verdict: some people qualify for CSTĐ tỉnh 2025, others not, others need review', () => {
  const people = [
    ...new Set(
      history.awards.filter((a) => a.awardKind === 'CSTDCS' && a.year === 2025).map((a) => a.person!),
    ),
  ];
  const verdicts = people.map(
    (p) =>
      evaluate(
        historyOf(p),
        { subjectKind: 'individual', awardKind: 'CSTD_TINH', year: 2025, awardType: 'cong_trang' },
        '2026-01-31',
      ).verdict,
  );
  const eligible = verdicts.filter((v) => v === 'eligible').length;
  assert.ok(eligible >= 5, `${eligible} eligible for CSTĐ tỉnh 2025`);
  assert.ok(verdicts.includes('not_eligible'));
  const bk = people.map(
    (p) =>
      evaluate(
        historyOf(p),
        { subjectKind: 'individual', awardKind: 'BK_TINH', year: 2025, awardType: 'cong_trang' },
        '2026-01-31',
      ).verdict,
  );
  assert.ok(bk.includes('needs_review'));
});
