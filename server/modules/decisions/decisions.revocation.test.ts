import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { annualRatings, awards, initiatives } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  decisionWorld,
  dossierAt,
  districtRegister,
  draftOf,
  get,
  post,
  type DecisionWorld,
} from './decisions.fixtures';

type Criterion = { id: string; status: string };

describe('decisions: revocation (thu hồi)', () => {
  let t: TestApp;
  let w: DecisionWorld;
  let decision: {
    id: string;
    number: string;
    version: number;
    awardees: { awardId: string; personId: string | null; displayName: string }[];
  };

  before(async () => {
    t = await buildTestApp();
    w = await decisionWorld(t.app, t.database.db);
    const register = await districtRegister(t.app, w);
    const db = t.database.db;
    // Nguyễn Văn An: CSTĐCS 2022 and 2024 recorded from paper, HTXS every year, a provincial initiative in 2024.
    for (const year of [2022, 2024]) {
      await db.insert(awards).values({
        subjectKind: 'individual',
        personId: w.an.id,
        awardKind: 'CSTDCS',
        achievementYear: year,
        decisionNumber: `${10 + year - 2022}/QĐ-UBND`,
        decisionDate: `${year + 1}-01-10`,
        authority: 'Chủ tịch UBND huyện Cẩm Thử',
        unitAtAwardId: w.communeA.id,
      });
    }
    for (const year of [2020, 2021, 2022, 2023, 2024]) {
      await db.insert(annualRatings).values({ personId: w.an.id, year, rating: 'HTXS' });
    }
    await db.insert(initiatives).values({
      personId: w.an.id,
      title: 'Số hóa hồ sơ thi đua, khen thưởng cấp xã',
      kind: 'sang_kien',
      level: 'province',
      recognizedOn: '2024-06-01',
    });
    // CSTĐCS 2023 by a decision of the district chairman (regime A dossier, decided in 2024), with an LĐTT for
    // Trần Thị Bình from another commune's dossier.
    const year2023 = (proposing: typeof w.communeA, personId: string, awardKind: string) =>
      dossierAt(db, {
        proposing,
        authorityUnit: w.district,
        authorityCode: 'chu_tich_ubnd_huyen',
        authorityLabel: 'Chủ tịch Ủy ban nhân dân huyện Cẩm Thử',
        year: 2023,
        regimeId: 'A',
        nominees: [{ personId, awardKind }],
      });
    const d = await year2023(w.communeA, w.an.id, 'CSTDCS');
    const d2 = await year2023(w.communeB, w.binh.id, 'LDTT');
    const draft = await draftOf(t.app, w, register.id, [...d.nomineeIds, ...d2.nomineeIds], '2024-01-20');
    const res = await post(t.app, w.leader, `/api/decisions/${draft.id}/issue`, { version: draft.version });
    assert.equal(res.statusCode, 200, res.body);
    decision = res.json();
  });
  after(() => t.close());

  const cstdTinh = async () => {
    const res = await post(t.app, w.officerA, '/api/eligibility/evaluate', {
      subjectId: w.an.id,
      request: { subjectKind: 'individual', awardKind: 'CSTD_TINH', year: 2024 },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { verdict: string; criteria: Criterion[] };
  };

  it('refuses a revocation from the wrong person, without a reason, before the decision or twice', async () => {
    const anAward = decision.awardees.find((a) => a.personId === w.an.id)!.awardId;
    const body = {
      awardIds: [anAward],
      reason: 'Phát hiện kê khai sai thành tích sáng kiến',
      decisionDate: '2025-03-01',
      signerPosition: 'Chủ tịch',
      signerName: 'Hoàng Văn Ký',
    };
    assert.equal(
      (await post(t.app, w.officer, `/api/decisions/${decision.id}/revocations`, body)).statusCode,
      403,
    );
    assert.equal(
      (await post(t.app, w.officerA, `/api/decisions/${decision.id}/revocations`, body)).statusCode,
      403,
    );
    const early = await post(t.app, w.leader, `/api/decisions/${decision.id}/revocations`, {
      ...body,
      decisionDate: '2024-01-01',
    });
    assert.equal(early.statusCode, 400);
    assert.ok(early.json().error.fields.decisionDate);
    const typed = await post(t.app, w.leader, `/api/decisions/${decision.id}/revocations`, {
      ...body,
      number: '99/QĐ-UBND',
    });
    assert.equal(typed.statusCode, 400);
    const noReason = await post(t.app, w.leader, `/api/decisions/${decision.id}/revocations`, {
      ...body,
      reason: '',
    });
    assert.equal(noReason.statusCode, 400);
    const foreign = await post(t.app, w.leader, `/api/decisions/${decision.id}/revocations`, {
      ...body,
      awardIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.equal(foreign.statusCode, 400);
  });

  it('a revoked award stops counting in eligibility (CSTĐ tỉnh 2024 needs CSTĐCS 2022, 2023, 2024)', async () => {
    const before = await cstdTinh();
    assert.equal(before.verdict, 'eligible', JSON.stringify(before.criteria));
    assert.equal(before.criteria.find((c) => c.id === 'cstd_tinh.streak_cstdcs_3')!.status, 'pass');

    const anAward = decision.awardees.find((a) => a.personId === w.an.id)!.awardId;
    const res = await post(t.app, w.leader, `/api/decisions/${decision.id}/revocations`, {
      awardIds: [anAward],
      reason: 'Phát hiện kê khai sai thành tích sáng kiến',
      decisionDate: '2025-03-01',
      signerPosition: 'Chủ tịch',
      signerName: 'Hoàng Văn Ký',
    });
    assert.equal(res.statusCode, 200, res.body);
    const v = res.json();
    assert.equal(v.revocationState, 'partial');
    assert.equal(v.revocations.length, 1);
    const act = v.revocations[0];
    // The decision was numbered in 2024; the act, dated 2025, takes the first number of the register's 2025.
    assert.match(decision.number, /^01\/QĐ-UBND$/);
    assert.equal(act.number, '01/QĐ-UBND');
    const register = (await get(t.app, w.officer, '/api/decision-registers')).json().items[0];
    assert.deepEqual(
      register.years
        .filter((y: { year: number }) => y.year === 2024 || y.year === 2025)
        .map((y: { year: number; lastNumber: number; next: string }) => [y.year, y.lastNumber, y.next]),
      [
        [2025, 1, '02/QĐ-UBND'],
        [2024, 1, '02/QĐ-UBND'],
      ],
    );
    const an = v.awardees.find((a: { personId: string }) => a.personId === w.an.id);
    assert.equal(an.revoked, true);
    assert.equal(an.revokedOn, '2025-03-01');
    assert.equal(an.revokedBy.number, act.number);
    assert.ok(v.awardees.find((a: { personId: string }) => a.personId === w.binh.id).revoked === false);

    // The award stays in the history, marked.
    const history = (await get(t.app, w.officerA, `/api/people/${w.an.id}/awards`)).json();
    const kept = history.find((a: { id: string }) => a.id === anAward);
    assert.equal(kept.revoked, true);
    assert.match(kept.revokedReason, new RegExp(`Quyết định thu hồi số ${act.number}`));

    const after = await cstdTinh();
    assert.equal(after.verdict, 'not_eligible', JSON.stringify(after.criteria));
    assert.equal(after.criteria.find((c) => c.id === 'cstd_tinh.streak_cstdcs_3')!.status, 'fail');

    // Revoked once: a second act for the same award is refused.
    const twice = await post(t.app, w.leader, `/api/decisions/${decision.id}/revocations`, {
      awardIds: [anAward],
      reason: 'Lần hai',
      decisionDate: '2025-03-02',
      signerPosition: 'Chủ tịch',
      signerName: 'Hoàng Văn Ký',
    });
    assert.equal(twice.statusCode, 400);
    assert.match(twice.json().error.message, /đã bị thu hồi/);

    // The act is an issued decision of its own, listing what it revoked; lists show both.
    const actView = (await get(t.app, w.officer, `/api/decisions/${act.id}`)).json();
    assert.equal(actView.kind, 'revocation');
    assert.equal(actView.status, 'issued');
    assert.equal(actView.revokes.id, decision.id);
    assert.deepEqual(
      actView.awardees.map((a: { awardId: string }) => a.awardId),
      [anAward],
    );
    assert.equal(actView.can.download, false);
    const revoked = (await get(t.app, w.officer, '/api/decisions?status=revoked')).json();
    assert.deepEqual(revoked.items.map((i: { id: string }) => i.id).sort(), [decision.id, act.id].sort());
    const listed = revoked.items.find((i: { id: string }) => i.id === decision.id);
    assert.equal(listed.revokedCount, 1);
    // The commune sees the act through the award it revoked.
    assert.equal((await get(t.app, w.officerA, `/api/decisions/${act.id}`)).statusCode, 200);
    assert.equal((await get(t.app, w.otherLeader, `/api/decisions/${act.id}`)).statusCode, 404);

    const [row] = await t.database.db.select().from(awards).where(eq(awards.id, anAward));
    assert.equal(row!.source, 'decision');
    assert.equal(row!.decisionId, decision.id);
  });

  it('the list searches by number, words without diacritics and names', async () => {
    const seq = Number(decision.number.split('/')[0]);
    for (const q of [String(seq), decision.number, 'chien si thi dua', 'tran thi binh']) {
      const res = await get(t.app, w.officer, `/api/decisions?q=${encodeURIComponent(q)}&kind=award`);
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(
        res.json().items.some((i: { id: string }) => i.id === decision.id),
        `"${q}" finds the decision`,
      );
    }
    const none = await get(t.app, w.officer, `/api/decisions?q=${encodeURIComponent('không có ai')}`);
    assert.equal(none.json().total, 0);
    const year = await get(t.app, w.officer, '/api/decisions?year=2023');
    assert.equal(year.json().total, 0);
    assert.ok((await get(t.app, w.officer, '/api/decisions?year=2024')).json().total >= 1);
  });
});
