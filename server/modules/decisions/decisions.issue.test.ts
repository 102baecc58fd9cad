import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { awards, decisions, dossierNominees, dossiers } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  communeDossier,
  decisionWorld,
  del,
  districtRegister,
  draftOf,
  get,
  patch,
  post,
  type DecisionWorld,
} from './decisions.fixtures';

/** The database refused the statement with this constraint (the triggers raise check_violation with a name). */
async function refusedBy(statement: PromiseLike<unknown>, constraint: string): Promise<void> {
  await assert.rejects(Promise.resolve(statement), (err: Error & { cause?: { constraint?: string } }) => {
    assert.equal(err.cause?.constraint, constraint, String(err.cause ?? err));
    return true;
  });
}

describe('decisions: registers, drafts and issue', () => {
  let t: TestApp;
  let w: DecisionWorld;
  let register: { id: string; version: number };

  before(async () => {
    t = await buildTestApp();
    w = await decisionWorld(t.app, t.database.db);
    register = await districtRegister(t.app, w);
  });
  after(() => t.close());

  it('registers: the officer keeps them; a malformed pattern, a leader or a unit outside scope are refused', async () => {
    const defaults = await get(
      t.app,
      w.officer,
      `/api/decision-registers/defaults?authorityUnitId=${w.district.id}&authorityCode=chu_tich_ubnd_huyen`,
    );
    assert.equal(defaults.statusCode, 200, defaults.body);
    assert.equal(defaults.json().pattern, '{n}/QĐ-UBND');
    assert.equal(defaults.json().issuerTitle, 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM THỬ');
    assert.equal(defaults.json().placeName, 'Cẩm Thử');

    const bad = await post(t.app, w.officer, '/api/decision-registers', {
      authorityUnitId: w.district.id,
      authorityCode: 'thu_truong_co_quan',
      authorityLabel: 'Thủ trưởng',
      pattern: 'QĐ-UBND',
      agencyName: 'Phòng Nội vụ',
      issuerTitle: 'THỦ TRƯỞNG',
      placeName: 'Cẩm Thử',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.pattern);

    const byLeader = await post(t.app, w.leader, '/api/decision-registers', {
      authorityUnitId: w.district.id,
      authorityCode: 'thu_truong_co_quan',
      authorityLabel: 'Thủ trưởng cơ quan',
      pattern: '{n}/QĐ-PNV',
      agencyName: 'Phòng Nội vụ',
      issuerTitle: 'TRƯỞNG PHÒNG',
      placeName: 'Cẩm Thử',
    });
    assert.equal(byLeader.statusCode, 403);

    const outside = await post(t.app, w.officerA, '/api/decision-registers', {
      authorityUnitId: w.otherDistrict.id,
      authorityCode: 'chu_tich_ubnd_huyen',
      authorityLabel: 'Chủ tịch UBND huyện Khác',
      pattern: '{n}/QĐ-UBND',
      agencyName: 'Ủy ban nhân dân huyện Khác',
      issuerTitle: 'CHỦ TỊCH',
      placeName: 'Khác',
    });
    assert.equal(outside.statusCode, 400);
    assert.ok(outside.json().error.fields.authorityUnitId);

    const duplicate = await post(t.app, w.officer, '/api/decision-registers', {
      authorityUnitId: w.district.id,
      authorityCode: 'chu_tich_ubnd_huyen',
      authorityLabel: 'Chủ tịch UBND huyện Cẩm Thử',
      pattern: '{n}/QĐ-CT',
      agencyName: 'UBND',
      issuerTitle: 'CHỦ TỊCH',
      placeName: 'Cẩm Thử',
    });
    assert.equal(duplicate.statusCode, 409);

    const list = await get(t.app, w.officerA, '/api/decision-registers');
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().items.length, 0, 'a commune does not see the district register');
  });

  it('a draft takes concluded nominees of the authority across dossiers, with money and căn cứ by the date', async () => {
    const first = await communeDossier(t.database.db, w, [
      { personId: w.an.id, awardKind: 'GK' },
      { personId: w.binh.id, awardKind: 'GK', outcome: 'failed' },
    ]);
    const second = await communeDossier(
      t.database.db,
      w,
      [
        { unitId: w.school.id, awardKind: 'GK' },
        { personId: w.cuong.id, awardKind: 'GK' },
      ],
      w.communeA,
    );
    const candidates = await get(t.app, w.officer, `/api/decision-registers/${register.id}/candidates`);
    assert.equal(candidates.statusCode, 200, candidates.body);
    const ids = candidates.json().items.map((c: { nomineeId: string }) => c.nomineeId);
    assert.deepEqual(
      ids.sort(),
      [first.nomineeIds[0], ...second.nomineeIds].sort(),
      'the failed one is left out',
    );
    assert.equal(
      (await get(t.app, w.officerA, `/api/decision-registers/${register.id}/candidates`)).statusCode,
      404,
    );

    const failed = await post(t.app, w.officer, '/api/decisions', {
      registerId: register.id,
      nomineeIds: [first.nomineeIds[1]],
      decisionDate: '2025-01-15',
    });
    assert.equal(failed.statusCode, 400);
    assert.match(failed.json().error.message, /không được Hội đồng thông qua/);

    const draft = await post(t.app, w.officer, '/api/decisions', {
      registerId: register.id,
      nomineeIds: ids,
      decisionDate: '2025-01-15',
    });
    assert.equal(draft.statusCode, 201, draft.body);
    const v = draft.json();
    assert.equal(v.status, 'draft');
    assert.equal(v.number, null);
    assert.equal(v.title, 'Về việc tặng Giấy khen năm 2024');
    assert.match(v.legalBases[1], /98\/2023\/NĐ-CP/);
    assert.match(v.legalBases[v.legalBases.length - 1], /Xét Tờ trình đề nghị khen thưởng của Xã Cẩm An\.$/);
    // Base pay 2,340,000 on 15/01/2025: 0.3 → 710,000 each individual, 0.6 → 1,410,000 the collective.
    assert.deepEqual(
      v.awardees.map((a: { amount: number }) => a.amount).sort(),
      [1_410_000, 710_000, 710_000].sort(),
    );
    assert.equal(v.money.total, 2_830_000);
    assert.equal(v.money.totalWords, 'Hai triệu tám trăm ba mươi nghìn đồng');
    assert.equal(v.can.update, true);
    assert.equal(v.can.issue, false, 'the officer does not issue');
    const school = v.awardees.find((a: { subjectKind: string }) => a.subjectKind === 'collective');
    assert.equal(school.unitName, 'Xã Cẩm An');

    // A nominee is in one decision at a time, even as a draft.
    const again = await post(t.app, w.officer, '/api/decisions', {
      registerId: register.id,
      nomineeIds: [ids[0]],
      decisionDate: '2025-01-15',
    });
    assert.equal(again.statusCode, 400);
    assert.match(again.json().error.message, /đã có trong một quyết định khác/);

    // Drafts are seen on the authority's side only.
    assert.equal((await get(t.app, w.officerA, `/api/decisions/${v.id}`)).statusCode, 404);
    assert.equal((await get(t.app, w.viewer, `/api/decisions/${v.id}`)).statusCode, 200);
  });

  it('a stale edit is refused with a conflict and loses nothing', async () => {
    const d = await communeDossier(
      t.database.db,
      w,
      [{ personId: w.binh.id, awardKind: 'LDTT' }],
      w.communeB,
    );
    const draft = await draftOf(t.app, w, register.id, d.nomineeIds);
    const ok = await patch(t.app, w.officer, `/api/decisions/${draft.id}`, {
      version: draft.version,
      title: 'Về việc tặng danh hiệu Lao động tiên tiến năm 2024 cho cá nhân xã Cẩm Bình',
      signMode: 'KT',
      signFor: 'Chủ tịch',
      signerPosition: 'Phó Chủ tịch',
      signerName: 'Đặng Văn Phó',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().signFor, 'CHỦ TỊCH');
    const stale = await patch(t.app, w.specialist, `/api/decisions/${draft.id}`, {
      version: draft.version,
      title: 'Về việc gì đó khác',
    });
    assert.equal(stale.statusCode, 409);
    const now = (await get(t.app, w.officer, `/api/decisions/${draft.id}`)).json();
    assert.equal(now.title, 'Về việc tặng danh hiệu Lao động tiên tiến năm 2024 cho cá nhân xã Cẩm Bình');
    assert.equal(now.signerName, 'Đặng Văn Phó');
    // A later date prices on that date's base pay; another regime's căn cứ on request.
    const moved = await patch(t.app, w.officer, `/api/decisions/${draft.id}`, {
      version: now.version,
      decisionDate: '2025-07-20',
      regenerateBases: true,
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.match(moved.json().legalBases[1], /152\/2025\/NĐ-CP/);
    // Another nominee added, its printed chức vụ corrected, then taken out again: the money follows.
    const extra = await communeDossier(t.database.db, w, [{ personId: w.cuong.id, awardKind: 'GK' }]);
    const added = await patch(t.app, w.officer, `/api/decisions/${draft.id}`, {
      version: moved.json().version,
      addNomineeIds: extra.nomineeIds,
    });
    assert.equal(added.statusCode, 200, added.body);
    assert.equal(added.json().awardees.length, 2);
    const cuong = added.json().awardees.find((a: { personId: string }) => a.personId === w.cuong.id);
    assert.equal(cuong.position, 2);
    const texts = await patch(t.app, w.officer, `/api/decisions/${draft.id}`, {
      version: added.json().version,
      awardeeTexts: [{ id: cuong.id, positionTitle: 'Giáo viên', unitName: 'Trường Tiểu học Cẩm An' }],
    });
    assert.equal(texts.statusCode, 200, texts.body);
    const printed = texts.json().awardees.find((a: { id: string }) => a.id === cuong.id);
    assert.deepEqual([printed.positionTitle, printed.unitName], ['Giáo viên', 'Trường Tiểu học Cẩm An']);
    const removed = await patch(t.app, w.officer, `/api/decisions/${draft.id}`, {
      version: texts.json().version,
      removeAwardeeIds: [cuong.id],
    });
    assert.equal(removed.statusCode, 200, removed.body);
    assert.equal(removed.json().awardees.length, 1);
    assert.equal(removed.json().money.total, removed.json().awardees[0].amount);
    const deleted = await del(t.app, w.officer, `/api/decisions/${draft.id}`);
    assert.equal(deleted.statusCode, 200);
    const back = await get(t.app, w.officer, `/api/decision-registers/${register.id}/candidates`);
    assert.ok(back.json().items.some((c: { nomineeId: string }) => c.nomineeId === d.nomineeIds[0]));
  });

  it('issue: only the leader; a number from the register; awards in the history; the dossier decided; one act per double click', async () => {
    const d = await communeDossier(t.database.db, w, [{ personId: w.an.id, awardKind: 'LDTT' }]);
    const draft = await draftOf(t.app, w, register.id, d.nomineeIds);
    assert.equal(
      (await post(t.app, w.officer, `/api/decisions/${draft.id}/issue`, { version: draft.version }))
        .statusCode,
      403,
    );
    assert.equal(
      (await post(t.app, w.otherLeader, `/api/decisions/${draft.id}/issue`, { version: draft.version }))
        .statusCode,
      404,
    );
    const [first, second] = await Promise.all([
      post(t.app, w.leader, `/api/decisions/${draft.id}/issue`, { version: draft.version }),
      post(t.app, w.leader, `/api/decisions/${draft.id}/issue`, { version: draft.version }),
    ]);
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(second.statusCode, 200, second.body);
    const v = first.json();
    assert.equal(v.status, 'issued');
    assert.match(v.number, /^\d{2,}\/QĐ-UBND$/);
    assert.equal(second.json().number, v.number, 'the second click answers the same act');
    const count = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(awards)
      .where(eq(awards.decisionId, v.id));
    assert.equal(count[0]!.n, 1, 'one award written');
    const third = await post(t.app, w.leader, `/api/decisions/${draft.id}/issue`, { version: v.version });
    assert.equal(third.statusCode, 409);

    const history = await get(t.app, w.officerA, `/api/people/${w.an.id}/awards`);
    const award = history.json().find((a: { decisionNumber: string }) => a.decisionNumber === v.number);
    assert.ok(award, 'the person history shows the award');
    assert.equal(award.source, 'decision');
    assert.equal(award.amount, 710_000);
    assert.equal(award.authority, 'Chủ tịch UBND huyện Cẩm Thử');

    const [nominee] = await t.database.db
      .select({ decisionId: dossierNominees.decisionId })
      .from(dossierNominees)
      .where(eq(dossierNominees.id, d.nomineeIds[0]!));
    assert.equal(nominee!.decisionId, v.id);
    const [dossier] = await t.database.db
      .select({ status: dossiers.status })
      .from(dossiers)
      .where(eq(dossiers.id, d.id));
    assert.equal(dossier!.status, 'decided');

    // The commune sees the issued decision on its nominee.
    const seen = await get(t.app, w.officerA, `/api/decisions/${v.id}`);
    assert.equal(seen.statusCode, 200);
    const byDossier = await get(t.app, w.officerA, `/api/decisions?dossierId=${d.id}`);
    assert.deepEqual(
      byDossier.json().items.map((i: { id: string }) => i.id),
      [v.id],
    );
  });

  it('issued is immutable: the service refuses edits and deletion, the database refuses them too', async () => {
    const d = await communeDossier(t.database.db, w, [{ personId: w.cuong.id, awardKind: 'LDTT' }]);
    const draft = await draftOf(t.app, w, register.id, d.nomineeIds);
    const issued = (
      await post(t.app, w.leader, `/api/decisions/${draft.id}/issue`, { version: draft.version })
    ).json();
    const edit = await patch(t.app, w.officer, `/api/decisions/${issued.id}`, {
      version: issued.version,
      title: 'Sửa sau khi ban hành',
    });
    assert.equal(edit.statusCode, 409);
    assert.equal((await del(t.app, w.officer, `/api/decisions/${issued.id}`)).statusCode, 409);

    const db = t.database.db;
    await refusedBy(
      db.update(decisions).set({ title: 'Sửa trực tiếp' }).where(eq(decisions.id, issued.id)),
      'decisions_issued_immutable',
    );
    await refusedBy(db.delete(decisions).where(eq(decisions.id, issued.id)), 'decisions_issued_immutable');
    const awardId = issued.awardees[0].awardId as string;
    await refusedBy(
      db.update(awards).set({ amount: 1 }).where(eq(awards.id, awardId)),
      'awards_decision_immutable',
    );
    await refusedBy(db.delete(awards).where(eq(awards.id, awardId)), 'awards_decision_immutable');
    await refusedBy(
      db
        .update(awards)
        .set({ revoked: true, revokedOn: '2025-02-01', revokedReason: 'x' })
        .where(eq(awards.id, awardId)),
      'awards_revocation_act',
    );
    // Through the history API, an award of a decision is neither corrected nor revoked by hand.
    const award = (await get(t.app, w.officerA, `/api/people/${w.cuong.id}/awards`))
      .json()
      .find((a: { id: string }) => a.id === awardId);
    const correct = await patch(t.app, w.officerA, `/api/people/${w.cuong.id}/awards/${awardId}`, {
      version: award.version,
      note: 'Sửa tay',
    });
    assert.equal(correct.statusCode, 400);
    assert.match(correct.json().error.message, /quyết định/);
    const byHand = await post(t.app, w.officerA, `/api/people/${w.cuong.id}/awards/${awardId}/revoke`, {
      revokedOn: '2025-02-01',
      reason: 'Thu hồi bằng tay',
    });
    assert.equal(byHand.statusCode, 400);
    assert.match(byHand.json().error.message, /quyết định thu hồi/);
  });

  it('a draft cannot be issued with a future date, no signer or a title the subject already holds', async () => {
    const d = await communeDossier(t.database.db, w, [{ personId: w.an.id, awardKind: 'LDTT' }]);
    const draft = await draftOf(t.app, w, register.id, d.nomineeIds);
    const v = (await get(t.app, w.leader, `/api/decisions/${draft.id}`)).json();
    assert.ok(
      v.blockers.some((b: string) => /đã có danh hiệu Lao động tiên tiến năm 2024/.test(b)),
      v.blockers,
    );
    assert.equal(v.can.issue, false);
    const refused = await post(t.app, w.leader, `/api/decisions/${draft.id}/issue`, { version: v.version });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().error.message, /Chưa thể ban hành/);
    const future = await patch(t.app, w.officer, `/api/decisions/${draft.id}`, {
      version: v.version,
      decisionDate: '2099-01-01',
      signerName: null,
    });
    assert.equal(future.statusCode, 200, future.body);
    const blockers = future.json().blockers.join(' | ');
    assert.match(blockers, /sau ngày hôm nay/);
    assert.match(blockers, /người ký/);
  });

  it('the inbox: drafts wait for the leader, passed nominees for the officers', async () => {
    const d = await communeDossier(t.database.db, w, [{ personId: w.binh.id, awardKind: 'GK' }], w.communeB);
    const draft = await draftOf(t.app, w, register.id, [], '2025-01-15').catch(() => null);
    assert.equal(draft, null, 'a draft needs at least one nominee');
    const leaderInbox = await get(t.app, w.leader, '/api/inbox');
    assert.equal(leaderInbox.statusCode, 200, leaderInbox.body);
    const drafts = leaderInbox.json().items.filter((i: { kind: string }) => i.kind === 'decision');
    assert.ok(drafts.length >= 1);
    assert.match(drafts[0].href, /^\/quyet-dinh\/[0-9a-f-]{36}$/);
    assert.equal(drafts[0].action, 'Xem xét và ký ban hành quyết định');
    const officerInbox = (await get(t.app, w.officer, '/api/inbox')).json().items;
    const waiting = officerInbox.find((i: { kind: string }) => i.kind === 'decision_candidates');
    assert.ok(waiting, JSON.stringify(officerInbox));
    assert.equal(waiting.href, `/quyet-dinh/lap-moi?so=${register.id}`);
    assert.ok(d.nomineeIds.length === 1);
    const otherInbox = (await get(t.app, w.otherLeader, '/api/inbox')).json().items;
    assert.ok(!otherInbox.some((i: { kind: string }) => i.kind.startsWith('decision')));
  });
});
