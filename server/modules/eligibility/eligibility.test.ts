import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PersonHistoryView } from '../../../contracts/history';
import { createRandom } from '../../db/seed/prng';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson } from '../../test/factories';
import { awardBody, get, historyWorld, patch, post } from '../history/history.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const evaluateUrl = '/api/eligibility/evaluate';
const request = (awardKind: string, year = 2025, subjectKind = 'individual') => ({
  subjectKind,
  awardKind,
  year,
  awardType: 'cong_trang',
});

/** The history view of the API turned into the inline shape of issue #3 point 7. */
function inlineOf(view: PersonHistoryView) {
  return {
    recruitedOn: view.recruitedOn,
    awards: view.awards.map((a) => ({
      id: a.id,
      awardKind: a.awardKind,
      year: a.year,
      decisionDate: a.decisionDate,
      decisionNumber: a.decisionNumber,
      authority: a.authority,
      awardType: a.awardType,
      revoked: a.revoked,
    })),
    ratings: view.ratings.map((r) => ({ id: r.id, year: r.year, rating: r.rating })),
    initiatives: view.initiatives.map((i) => ({
      id: i.id,
      title: i.title,
      level: i.level,
      recognizedOn: i.recognizedOn,
      usedByAward: i.usedByAwardId,
    })),
    disciplines: view.disciplines.map((d) => ({
      id: d.id,
      kind: d.kind,
      from: d.fromDate,
      to: d.toDate,
      document: d.document,
    })),
    pendingInvestigation: view.pendingInvestigation,
  };
}

test('the inline shape of the issue answers with a verdict; bad input is refused in Vietnamese', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const res = await post(t.app, w.officerA, evaluateUrl, {
    asOf: '2025-12-31',
    request: request('CSTD_TINH'),
    history: {
      recruitedOn: '2015-03-01',
      awards: [{ awardKind: 'CSTDCS', year: 2023, decisionDate: '2023-12-20', revoked: false }],
      ratings: [{ year: 2025, rating: 'HTXS' }],
      initiatives: [{ id: 'sk-1', level: 'province', recognizedOn: '2025-06-01', usedByAward: null }],
      disciplines: [{ kind: 'khien_trach', from: '2024-01-01', to: '2024-12-31' }],
      pendingInvestigation: false,
      memberStats: [
        {
          year: 2025,
          members: 20,
          ldttShare: 0.8,
          completedShare: 1.0,
          cstdcsCount: 1,
          seriousDiscipline: false,
        },
      ],
    },
  });
  assert.equal(res.statusCode, 200, res.body);
  const verdict = res.json();
  assert.equal(verdict.regime, 'C');
  assert.equal(verdict.awardKind, 'CSTD_TINH');
  assert.ok(['eligible', 'not_eligible', 'needs_review'].includes(verdict.verdict));
  assert.ok(verdict.criteria.length > 0 && verdict.criteria.every((c: { basis: object }) => c.basis));

  for (const [body, field, pattern] of [
    [
      { request: request('LDTT'), history: { ratings: [{ year: 2025, rating: 'XS' }] } },
      'history.ratings.0.rating',
      /HTXS/,
    ],
    [{ request: request('LDTT', 1800), history: {} }, 'request.year', /1945–2100/],
    [{ asOf: '2025-02-30', request: request('LDTT'), history: {} }, 'asOf', /không tồn tại/],
    [{ request: request('LDTT') }, 'subjectId', /subjectId/],
    [{ request: request('LDTT', 2016), history: {} }, 'request.year', /01\/10\/2017/],
  ] as const) {
    const bad = await post(t.app, w.officerA, evaluateUrl, body);
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.json().error.fields[field], pattern, bad.body);
  }
});

test('evaluating from the database equals evaluating the same history inline (several random subjects)', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const random = createRandom(7);
  const ratings = ['HTXS', 'HTXS', 'HTT', 'HT'] as const;
  const seen = new Set<string>();
  for (let i = 0; i < 5; i++) {
    const person = await createPerson(t.database.db, {
      unit: w.communeA,
      fullName: `Phạm Thị Mai ${'ABCDE'[i]}`,
    });
    const base = `/api/people/${person.id}`;
    const view = (await get(t.app, w.officerA, base)).json();
    await patch(t.app, w.officerA, base, { version: view.version, recruitedOn: `201${i}-02-01` });
    for (let year = 2019; year <= 2025; year++) {
      if (random.chance(0.85)) {
        await post(t.app, w.officerA, `${base}/ratings`, { year, rating: random.pick(ratings) });
      }
      if (random.chance(0.6)) {
        const award = await post(t.app, w.officerA, `${base}/awards`, awardBody(year));
        if (random.chance(0.2)) {
          await post(t.app, w.officerA, `${base}/awards/${award.json().id}/revoke`, {
            reason: 'Kiểm tra lại thành tích',
            revokedOn: '2026-01-15',
          });
        }
      }
    }
    if (random.chance(0.7)) {
      await post(t.app, w.officerA, `${base}/initiatives`, {
        title: `Sáng kiến số ${i}`,
        level: random.pick(['unit', 'province'] as const),
        recognizedOn: '2025-05-01',
      });
    }
    if (random.chance(0.4)) {
      await post(t.app, w.officerA, `${base}/disciplines`, {
        kind: 'khien_trach',
        fromDate: '2024-03-01',
        toDate: '2025-02-28',
      });
    }
    const history = (await get(t.app, w.officerA, `${base}/history`)).json() as PersonHistoryView;
    for (const kind of ['LDTT', 'CSTDCS', 'CSTD_TINH', 'BK_TINH']) {
      for (const asOf of ['2025-12-31', '2026-06-30']) {
        const fromDb = await post(t.app, w.officerA, evaluateUrl, {
          asOf,
          subjectId: person.id,
          request: request(kind),
        });
        const inline = await post(t.app, w.officerA, evaluateUrl, {
          asOf,
          request: request(kind),
          history: inlineOf(history),
        });
        assert.equal(fromDb.statusCode, 200, fromDb.body);
        assert.deepEqual(fromDb.json(), inline.json(), `${person.fullName} ${kind} ${asOf}`);
        seen.add(fromDb.json().verdict);
      }
    }
  }
  assert.ok(seen.size >= 2, `verdicts seen: ${[...seen].join(', ')}`);
});

test('a revoked award stays in the history but stops counting: the CSTĐCS streak breaks', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const base = `/api/people/${w.personA.id}`;
  const ids: string[] = [];
  for (const year of [2023, 2024, 2025]) {
    await post(t.app, w.officerA, `${base}/ratings`, { year, rating: 'HTXS' });
    ids.push((await post(t.app, w.officerA, `${base}/awards`, awardBody(year))).json().id);
  }
  await post(t.app, w.officerA, `${base}/initiatives`, {
    title: 'Quy trình tiếp nhận hồ sơ trực tuyến',
    level: 'province',
    recognizedOn: '2025-06-01',
  });
  const body = { asOf: '2026-01-31', subjectId: w.personA.id, request: request('CSTD_TINH') };
  const first = (await post(t.app, w.officerA, evaluateUrl, body)).json();
  assert.equal(first.verdict, 'eligible', JSON.stringify(first.criteria));
  const revoked = await post(t.app, w.officerA, `${base}/awards/${ids[1]}/revoke`, {
    reason: 'Quyết định bị hủy do thành tích không đúng',
    revokedOn: '2026-01-10',
  });
  assert.equal(revoked.statusCode, 200, revoked.body);
  const second = (await post(t.app, w.officerA, evaluateUrl, body)).json();
  assert.equal(second.verdict, 'not_eligible');
  const streak = second.criteria.find((c: { id: string }) => c.id === 'cstd_tinh.streak_cstdcs_3');
  assert.equal(streak.status, 'fail');
  assert.equal((await get(t.app, w.officerA, `${base}/awards`)).json().length, 3, 'the row is kept');
});

test('evaluate and suggestions stay in scope: 404 for another commune, only in-scope people listed', async () => {
  const w = await historyWorld(t.app, t.database.db);
  for (const person of [w.personA, w.personB]) {
    await post(t.app, w.admin, `/api/people/${person.id}/ratings`, { year: 2025, rating: 'HTT' });
    const { version } = (await get(t.app, w.admin, `/api/people/${person.id}`)).json();
    await patch(t.app, w.admin, `/api/people/${person.id}`, { version, recruitedOn: '2015-01-01' });
  }
  const outside = await post(t.app, w.officerA, evaluateUrl, {
    subjectId: w.personB.id,
    request: request('LDTT'),
  });
  assert.equal(outside.statusCode, 404);
  const unitOutside = await post(t.app, w.officerA, evaluateUrl, {
    subjectId: w.communeB.id,
    request: request('TTLDTT', 2025, 'collective'),
  });
  assert.equal(unitOutside.statusCode, 404);
  const q = (unitId: string) =>
    `/api/eligibility/suggestions?unitId=${unitId}&year=2025&awardKind=LDTT&asOf=2025-12-31`;
  assert.equal((await get(t.app, w.officerA, q(w.communeB.id))).statusCode, 404);
  assert.equal((await get(t.app, w.officerA, q(w.province.id))).statusCode, 404);
  const mine = (await get(t.app, w.officerA, q(w.communeA.id))).json();
  const ids = mine.items.map((i: { subjectId: string }) => i.subjectId);
  assert.ok(ids.includes(w.personA.id), JSON.stringify(mine));
  assert.ok(!ids.includes(w.personB.id));
  assert.equal(mine.items[0].verdict.verdict, 'eligible');
  assert.ok(mine.items[0].reasons.length > 0);
  const all = (await get(t.app, w.admin, q(w.province.id))).json();
  const allIds = all.items.map((i: { subjectId: string }) => i.subjectId);
  assert.ok(allIds.includes(w.personA.id) && allIds.includes(w.personB.id));
  const order = all.items.map((i: { verdict: { verdict: string } }) => i.verdict.verdict);
  assert.deepEqual(
    order,
    [...order].sort((a, b) => (a === b ? 0 : a === 'eligible' ? -1 : 1)),
  );
  const units = (
    await get(
      t.app,
      w.admin,
      `/api/eligibility/suggestions?unitId=${w.province.id}&year=2025&awardKind=TTLDTT`,
    )
  ).json();
  assert.ok(units.counts.eligible + units.counts.needsReview + units.counts.notEligible >= 3);
  const bad = await get(
    t.app,
    w.admin,
    `/api/eligibility/suggestions?unitId=${w.province.id}&year=1800&awardKind=XX`,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.json().error.fields.year && bad.json().error.fields.awardKind);
});
