import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { dossierNominees, dossiers } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  decisionWorld,
  districtRegister,
  dossierAt,
  get,
  post,
  type DecisionWorld,
} from './decisions.fixtures';

/** A lower dossier concluded with the nominee passed for a higher kind, forwarded up to `upper`. */
async function forwarded(
  t: TestApp,
  lower: Parameters<typeof dossierAt>[1],
  upper: Omit<Parameters<typeof dossierAt>[1], 'forwardedFromId'>,
) {
  const db = t.database.db;
  const low = await dossierAt(db, lower);
  const up = await dossierAt(db, { ...upper, status: upper.status ?? 'submitted', forwardedFromId: low.id });
  await db
    .update(dossierNominees)
    .set({ forwardedToNomineeId: up.nomineeIds[0]! })
    .where(eq(dossierNominees.id, low.nomineeIds[0]!));
  await db.update(dossiers).set({ status: 'forwarded' }).where(eq(dossiers.id, low.id));
  return { low, up };
}

describe('decisions: forwarded proposals and higher authorities', () => {
  let t: TestApp;
  let w: DecisionWorld;

  before(async () => {
    t = await buildTestApp();
    w = await decisionWorld(t.app, t.database.db);
    await districtRegister(t.app, w);
  });
  after(() => t.close());

  it('a nominee forwarded to the province: pending below, decided by the province, seen by the commune', async () => {
    const { low, up } = await forwarded(
      t,
      {
        proposing: w.communeA,
        authorityUnit: w.district,
        authorityCode: 'chu_tich_ubnd_huyen',
        authorityLabel: 'Chủ tịch Ủy ban nhân dân huyện Cẩm Thử',
        nominees: [{ personId: w.an.id, awardKind: 'CSTDCS', outcomeAwardKind: 'BK_TINH' }],
      },
      {
        proposing: w.district,
        authorityUnit: w.province,
        authorityCode: 'chu_tich_ubnd_tinh',
        authorityLabel: 'Chủ tịch Ủy ban nhân dân tỉnh Thử',
        nominees: [{ personId: w.an.id, awardKind: 'BK_TINH' }],
        status: 'concluded',
      },
    );
    // Pending for the commune and the district while the province has not decided.
    const pending = await get(t.app, w.officerA, '/api/decisions/pending-proposals');
    assert.equal(pending.statusCode, 200, pending.body);
    const item = pending.json().items.find((i: { nomineeId: string }) => i.nomineeId === up.nomineeIds[0]);
    assert.ok(item, 'the forwarded proposal is pending');
    assert.equal(item.awardKind, 'BK_TINH');
    assert.equal(item.origin.dossierId, low.id);
    assert.equal(item.origin.proposingUnitName, 'Xã Cẩm An');
    assert.equal(
      (await get(t.app, w.officerB, '/api/decisions/pending-proposals')).json().items.length,
      0,
      'another commune does not see it',
    );
    // The district cannot decide the forwarded nominee; the province can.
    const districtRegisterId = (await get(t.app, w.officer, '/api/decision-registers')).json().items[0].id;
    const districtCandidates = await get(
      t.app,
      w.officer,
      `/api/decision-registers/${districtRegisterId}/candidates`,
    );
    assert.ok(
      !districtCandidates.json().items.some((c: { nomineeId: string }) => c.nomineeId === low.nomineeIds[0]),
    );

    const register = await post(t.app, w.provinceOfficer, '/api/decision-registers', {
      authorityUnitId: w.province.id,
      authorityCode: 'chu_tich_ubnd_tinh',
      authorityLabel: 'Chủ tịch UBND tỉnh Thử',
      pattern: '{n}/QĐ-UBND',
      agencyName: 'Ủy ban nhân dân tỉnh Thử',
      issuerTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Thử',
      placeName: 'Thử',
      signMode: 'KT',
      signFor: 'Chủ tịch',
      signerPosition: 'Phó Chủ tịch',
      signerName: 'Võ Văn Tỉnh',
    });
    assert.equal(register.statusCode, 201, register.body);
    const draft = await post(t.app, w.provinceOfficer, '/api/decisions', {
      registerId: register.json().id,
      nomineeIds: [up.nomineeIds[0]],
      decisionDate: '2025-04-10',
    });
    assert.equal(draft.statusCode, 201, draft.body);
    // Bằng khen of the province chairman: 1.5 × 2,340,000 = 3,510,000.
    assert.equal(draft.json().money.total, 3_510_000);
    const issued = await post(t.app, w.provinceLeader, `/api/decisions/${draft.json().id}/issue`, {
      version: draft.json().version,
    });
    assert.equal(issued.statusCode, 200, issued.body);
    const id = issued.json().id;

    // The lower level follows it: the commune sees the decision on its own dossier.
    const seen = await get(t.app, w.officerA, `/api/decisions?dossierId=${low.id}`);
    assert.deepEqual(
      seen.json().items.map((i: { id: string }) => i.id),
      [id],
    );
    assert.equal((await get(t.app, w.officerA, `/api/decisions/${id}`)).statusCode, 200);
    assert.equal((await get(t.app, w.officerB, `/api/decisions/${id}`)).statusCode, 404);
    const [upRow] = await t.database.db.select().from(dossiers).where(eq(dossiers.id, up.id));
    assert.equal(upRow!.status, 'decided');
    const still = (await get(t.app, w.officerA, '/api/decisions/pending-proposals')).json().items;
    assert.ok(
      !still.some((i: { nomineeId: string }) => i.nomineeId === up.nomineeIds[0]),
      'no longer pending',
    );
  });

  it("records the Prime Minister's decision: awards of ours enter the history, the pending proposal is closed", async () => {
    const { low, up } = await forwarded(
      t,
      {
        proposing: w.district,
        authorityUnit: w.province,
        authorityCode: 'chu_tich_ubnd_tinh',
        authorityLabel: 'Chủ tịch Ủy ban nhân dân tỉnh Thử',
        nominees: [{ personId: w.cuong.id, awardKind: 'BK_TINH', outcomeAwardKind: 'BK_TTG' }],
      },
      {
        proposing: w.province,
        authorityUnit: null,
        authorityCode: 'thu_tuong',
        authorityLabel: 'Thủ tướng Chính phủ',
        nominees: [{ personId: w.cuong.id, awardKind: 'BK_TTG' }],
      },
    );
    const pending = (await get(t.app, w.officer, '/api/decisions/pending-proposals')).json().items;
    const proposal = pending.find((i: { nomineeId: string }) => i.nomineeId === up.nomineeIds[0]);
    assert.ok(proposal);
    assert.equal(proposal.authorityLabel, 'Thủ tướng Chính phủ');
    assert.equal(proposal.origin.dossierId, low.id);

    const body = {
      number: '1520/QĐ-TTg',
      decisionDate: '2025-05-20',
      authorityCode: 'thu_tuong',
      authorityLabel: 'Thủ tướng Chính phủ',
      title: 'Về việc tặng Bằng khen của Thủ tướng Chính phủ',
      recordedAtUnitId: w.district.id,
      awardees: [
        {
          subjectKind: 'individual',
          personId: w.cuong.id,
          awardKind: 'BK_TTG',
          achievementYear: 2024,
          nomineeId: up.nomineeIds[0],
        },
        { subjectKind: 'collective', unitId: w.school.id, awardKind: 'BK_TTG', achievementYear: 2024 },
      ],
    };
    assert.equal((await post(t.app, w.viewer, '/api/decisions/external', body)).statusCode, 403);
    const byB = await post(t.app, w.officerB, '/api/decisions/external', {
      ...body,
      recordedAtUnitId: w.communeB.id,
    });
    assert.equal(byB.statusCode, 400, 'commune B does not manage these awardees');
    const wrongSubject = await post(t.app, w.officer, '/api/decisions/external', {
      ...body,
      awardees: [{ ...body.awardees[0], personId: w.an.id }],
    });
    assert.equal(wrongSubject.statusCode, 400);
    assert.match(wrongSubject.json().error.message, /Lê Văn Cường/);

    const res = await post(t.app, w.officer, '/api/decisions/external', body);
    assert.equal(res.statusCode, 201, res.body);
    const v = res.json();
    assert.equal(v.origin, 'external');
    assert.equal(v.status, 'issued');
    assert.equal(v.number, '1520/QĐ-TTg');
    assert.equal(v.can.download, false);
    // 3.5 × 2,340,000 = 8,190,000; collective 7.0 × 2,340,000 = 16,380,000.
    assert.deepEqual(
      v.awardees.map((a: { amount: number }) => a.amount),
      [8_190_000, 16_380_000],
    );
    const history = (await get(t.app, w.officerA, `/api/people/${w.cuong.id}/awards`)).json();
    const award = history.find((a: { decisionNumber: string }) => a.decisionNumber === '1520/QĐ-TTg');
    assert.equal(award.source, 'external');
    assert.equal(award.authority, 'Thủ tướng Chính phủ');
    const unitHistory = (await get(t.app, w.officerA, `/api/units/${w.school.id}/awards`)).json();
    assert.ok(unitHistory.some((a: { awardKind: string }) => a.awardKind === 'BK_TTG'));

    const rows = await t.database.db
      .select({ id: dossierNominees.id, decisionId: dossierNominees.decisionId })
      .from(dossierNominees)
      .where(inArray(dossierNominees.id, up.nomineeIds));
    assert.equal(rows[0]!.decisionId, v.id);
    const [upRow] = await t.database.db.select().from(dossiers).where(eq(dossiers.id, up.id));
    assert.equal(upRow!.status, 'decided');
    const after = (await get(t.app, w.officer, '/api/decisions/pending-proposals')).json().items;
    assert.ok(!after.some((i: { nomineeId: string }) => i.nomineeId === up.nomineeIds[0]));
    // The commune that proposed it first sees the Prime Minister's decision on its dossier.
    const seen = await get(t.app, w.officerA, `/api/decisions?dossierId=${low.id}`);
    assert.deepEqual(
      seen.json().items.map((i: { id: string }) => i.id),
      [v.id],
    );

    // The same award twice is refused; the act is revoked by its own typed number.
    const again = await post(t.app, w.officer, '/api/decisions/external', {
      ...body,
      number: '1521/QĐ-TTg',
      awardees: [body.awardees[1]],
    });
    assert.equal(again.statusCode, 201, 'a form may be given many times');
    const noNumber = await post(t.app, w.officer, `/api/decisions/${v.id}/revocations`, {
      awardIds: [v.awardees[1].awardId],
      reason: 'Quyết định thu hồi của Thủ tướng',
      decisionDate: '2025-06-01',
      signerName: 'Người Ký',
    });
    assert.equal(noNumber.statusCode, 400);
    const revoked = await post(t.app, w.officer, `/api/decisions/${v.id}/revocations`, {
      awardIds: [v.awardees[1].awardId],
      reason: 'Quyết định thu hồi của Thủ tướng',
      decisionDate: '2025-06-01',
      number: '900/QĐ-TTg',
      signerName: 'Người Ký',
    });
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(revoked.json().revocations[0].number, '900/QĐ-TTg');
    assert.equal(revoked.json().revocationState, 'partial');
  });

  it('permissions: who drafts, who issues, who sees', async () => {
    const registerId = (await get(t.app, w.officer, '/api/decision-registers')).json().items[0].id;
    const d = await dossierAt(t.database.db, {
      proposing: w.communeB,
      authorityUnit: w.district,
      authorityCode: 'chu_tich_ubnd_huyen',
      authorityLabel: 'Chủ tịch Ủy ban nhân dân huyện Cẩm Thử',
      nominees: [{ personId: w.binh.id, awardKind: 'GK' }],
    });
    const body = { registerId, nomineeIds: d.nomineeIds, decisionDate: '2025-02-01' };
    assert.equal((await post(t.app, w.viewer, '/api/decisions', body)).statusCode, 403);
    assert.equal((await post(t.app, w.leader, '/api/decisions', body)).statusCode, 403);
    assert.equal((await post(t.app, w.officerB, '/api/decisions', body)).statusCode, 404);
    assert.equal((await post(t.app, w.admin, '/api/decisions', body)).statusCode, 403);
    const draft = await post(t.app, w.specialist, '/api/decisions', body);
    assert.equal(draft.statusCode, 201, draft.body);
    const v = draft.json();
    const asLeader = (await get(t.app, w.leader, `/api/decisions/${v.id}`)).json();
    assert.deepEqual(asLeader.can, {
      update: false,
      delete: false,
      issue: true,
      revoke: false,
      download: true,
    });
    const asViewer = (await get(t.app, w.viewer, `/api/decisions/${v.id}`)).json();
    assert.deepEqual(asViewer.can, {
      update: false,
      delete: false,
      issue: false,
      revoke: false,
      download: true,
    });
    assert.equal(
      (await post(t.app, w.viewer, `/api/decisions/${v.id}/issue`, { version: v.version })).statusCode,
      403,
    );
    assert.equal(
      (await post(t.app, w.admin, `/api/decisions/${v.id}/issue`, { version: v.version })).statusCode,
      403,
    );
    assert.equal(
      (await get(t.app, w.officerB, `/api/decisions/${v.id}`)).statusCode,
      404,
      'a draft stays with the authority',
    );
    const list = (await get(t.app, w.officerB, '/api/decisions?status=draft')).json();
    assert.equal(list.total, 0);
    assert.deepEqual(list.can, { draft: true, recordExternal: true });
    assert.deepEqual((await get(t.app, w.viewer, '/api/decisions')).json().can, {
      draft: false,
      recordExternal: false,
    });
  });
});
