import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { regimeForYear } from '../../../domain/catalog';
import { AWARD_KIND_CODES } from '../../../domain/regimes/types';
import { buildTestApp, type TestApp } from '../../test/app';
import { historyWorld, post } from '../history/history.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

// The inline history of issue #3 point 7, reused for every kind.
const HISTORY = {
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
};

test('POST /api/eligibility/evaluate answers the inline shape for every award kind code of every regime', async () => {
  const w = await historyWorld(t.app, t.database.db);
  let answered = 0;
  for (const year of [2022, 2024, 2025]) {
    const regime = regimeForYear(year);
    for (const code of AWARD_KIND_CODES) {
      const kind = regime.kinds[code];
      if (!kind) continue;
      for (const subjectKind of kind.subjects) {
        const awardType = kind.awardTypes[0]!;
        const res = await post(t.app, w.officerA, '/api/eligibility/evaluate', {
          asOf: `${year}-12-31`,
          request: { subjectKind, awardKind: code, year, awardType },
          history: { ...HISTORY, ratings: [{ year, rating: 'HTXS' }] },
        });
        assert.equal(res.statusCode, 200, `${regime.id} ${code} ${subjectKind}: ${res.body}`);
        const verdict = res.json();
        assert.equal(verdict.awardKind, code);
        assert.equal(verdict.regime, regime.id);
        assert.ok(['eligible', 'not_eligible', 'needs_review'].includes(verdict.verdict));
        assert.ok(verdict.criteria.length > 0, `${code}: criteria`);
        assert.ok(
          verdict.criteria.every(
            (c: { text: string; basis: { document: string } }) => c.text && c.basis.document,
          ),
          `${code}: every criterion has a text and a legal basis`,
        );
        answered += 1;
      }
    }
  }
  // Every code of legal.md is answered in at least one regime.
  assert.ok(answered >= AWARD_KIND_CODES.length, `answered ${answered}`);
});

test('a kind that does not exist in the regime of the year is explained, not a server error', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const res = await post(t.app, w.officerA, '/api/eligibility/evaluate', {
    asOf: '2022-12-31',
    request: { subjectKind: 'individual', awardKind: 'KNC', year: 2022, awardType: 'cong_trang' },
    history: HISTORY,
  });
  assert.equal(res.statusCode, 200, res.body);
  const verdict = res.json();
  assert.equal(verdict.verdict, 'not_eligible');
  const row = verdict.criteria.find((c: { id: string }) => c.id === 'general.kind_in_regime');
  assert.equal(row?.status, 'fail');
  assert.match(row.evidence[0].text, /không quy định Kỷ niệm chương/);
});
