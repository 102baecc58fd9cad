import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../test/app';
import { createUnit } from '../../test/factories';
import { auditOfEntity, awardBody, countRows, del, get, historyWorld, patch, post } from './history.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('an award is recorded, corrected with optimistic locking, revoked (kept), each step audited', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const url = `/api/people/${w.personA.id}/awards`;
  const created = await post(t.app, w.officerA, url, awardBody(2023, { amount: 1_800_000 }));
  assert.equal(created.statusCode, 201, created.body);
  const award = created.json();
  assert.equal(award.subjectKind, 'individual');
  assert.equal(award.year, 2023);
  assert.equal(award.unitAtAward.id, w.communeA.id, 'the unit at the award defaults to the employment then');
  assert.equal(award.amount, 1_800_000);
  assert.deepEqual(award.can, { update: true, revoke: true });

  const stale = await patch(t.app, w.officerA, `${url}/${award.id}`, { version: 2, decisionNumber: '1/QĐ' });
  assert.equal(stale.statusCode, 409, stale.body);
  assert.equal(stale.json().error.code, 'CONFLICT');
  const fixed = await patch(t.app, w.officerA, `${url}/${award.id}`, {
    version: 1,
    decisionNumber: '125/QĐ-UBND',
  });
  assert.equal(fixed.statusCode, 200, fixed.body);
  assert.equal(fixed.json().decisionNumber, '125/QĐ-UBND');
  assert.equal(fixed.json().version, 2);

  const badRevoke = await post(t.app, w.officerA, `${url}/${award.id}/revoke`, {
    reason: 'x',
    revokedOn: '2025-02-30',
  });
  assert.equal(badRevoke.statusCode, 400);
  assert.ok(badRevoke.json().error.fields.revokedOn);
  assert.ok(badRevoke.json().error.fields.reason);
  const revoked = await post(t.app, w.officerA, `${url}/${award.id}/revoke`, {
    reason: 'Thành tích không đúng sự thật',
    revokedOn: '2024-06-01',
  });
  assert.equal(revoked.statusCode, 200, revoked.body);
  assert.equal(revoked.json().revoked, true);
  assert.deepEqual(revoked.json().can, { update: false, revoke: false });
  const again = await post(t.app, w.officerA, `${url}/${award.id}/revoke`, {
    reason: 'Lần hai',
    revokedOn: '2024-06-02',
  });
  assert.equal(again.statusCode, 409);
  const list = (await get(t.app, w.officerA, url)).json();
  assert.equal(list.length, 1, 'a revoked award is kept');
  const actions = (await auditOfEntity(t.database.db, award.id)).map((a) => a.action);
  assert.deepEqual(actions, ['award.recorded', 'award.updated', 'award.revoked']);
  // Once revoked, the same title may be recorded again for that year (a corrected act).
  const anew = await post(t.app, w.officerA, url, awardBody(2023));
  assert.equal(anew.statusCode, 201, anew.body);
  const dup = await post(t.app, w.officerA, url, awardBody(2023));
  assert.equal(dup.statusCode, 409);
  assert.match(dup.json().error.fields.year, /đã có danh hiệu/);
});

test('ratings: one per person and year, corrected with version, deleted, audited; Vietnamese field errors', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const url = `/api/people/${w.personA.id}/ratings`;
  const before = await countRows(t.database.db, 'annual_ratings');
  for (const [body, field] of [
    [{ year: 2024, rating: 'XS' }, 'rating'],
    [{ year: 1800, rating: 'HTT' }, 'year'],
    [{ year: 2024.5, rating: 'HTT' }, 'year'],
    [{ year: 2024, rating: 'HTT', extra: 1 }, 'body'],
  ] as const) {
    const res = await post(t.app, w.officerA, url, body);
    assert.equal(res.statusCode, 400, res.body);
    const error = res.json().error;
    assert.equal(error.code, 'VALIDATION');
    assert.ok(
      Object.keys(error.fields ?? {}).some((f) => f.startsWith(field) || field === 'body'),
      res.body,
    );
    assert.match(error.message, /Dữ liệu không hợp lệ/);
  }
  const xs = await post(t.app, w.officerA, url, { year: 2024, rating: 'XS' });
  assert.match(xs.json().error.fields.rating, /HTXS/);
  assert.match(xs.json().error.message, /Mức xếp loại/);
  const y = await post(t.app, w.officerA, url, { year: 1800, rating: 'HTT' });
  assert.match(y.json().error.fields.year, /1945–2100/);
  assert.equal(await countRows(t.database.db, 'annual_ratings'), before, 'nothing written');

  const created = await post(t.app, w.officerA, url, {
    year: 2024,
    rating: 'HTT',
    document: 'Biên bản 12/BB',
  });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(created.json().ratedAtUnit.id, w.communeA.id);
  const dup = await post(t.app, w.officerA, url, { year: 2024, rating: 'HTXS' });
  assert.equal(dup.statusCode, 409);
  assert.equal(dup.json().error.fields.year, 'Cá nhân đã có xếp loại của năm này');
  const id = created.json().id;
  const stale = await patch(t.app, w.officerA, `${url}/${id}`, { version: 5, rating: 'HTXS' });
  assert.equal(stale.statusCode, 409);
  const fixed = await patch(t.app, w.officerA, `${url}/${id}`, { version: 1, rating: 'HTXS' });
  assert.equal(fixed.statusCode, 200, fixed.body);
  assert.equal(fixed.json().rating, 'HTXS');
  assert.equal((await del(t.app, w.officerA, `${url}/${id}`)).statusCode, 200);
  assert.equal((await get(t.app, w.officerA, url)).json().length, 0);
  const actions = (await auditOfEntity(t.database.db, id)).map((a) => a.action);
  assert.deepEqual(actions, ['rating.created', 'rating.updated', 'rating.deleted']);
});

test('initiatives count once; disciplines, investigations and recruitment date through the person', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const base = `/api/people/${w.personA.id}`;
  const sk = await post(t.app, w.officerA, `${base}/initiatives`, {
    title: 'Số hóa hồ sơ một cửa',
    level: 'unit',
    recognizedOn: '2024-06-01',
    recognitionDocument: 'QĐ 45/QĐ-HĐSK',
  });
  assert.equal(sk.statusCode, 201, sk.body);
  assert.equal(sk.json().kind, 'sang_kien');
  const award = await post(
    t.app,
    w.officerA,
    `${base}/awards`,
    awardBody(2024, { initiativeIds: [sk.json().id] }),
  );
  assert.equal(award.statusCode, 201, award.body);
  assert.deepEqual(award.json().initiativeIds, [sk.json().id]);
  const reuse = await post(t.app, w.officerA, `${base}/awards`, {
    ...awardBody(2024, { awardKind: 'BK_TINH', initiativeIds: [sk.json().id] }),
  });
  assert.equal(reuse.statusCode, 400);
  assert.match(reuse.json().error.fields.initiativeIds, /đã được dùng/);
  const delUsed = await del(t.app, w.officerA, `${base}/initiatives/${sk.json().id}`);
  assert.equal(delUsed.statusCode, 409);

  const badDate = await post(t.app, w.officerA, `${base}/disciplines`, {
    kind: 'canh_cao',
    fromDate: '2025-02-30',
  });
  assert.equal(badDate.statusCode, 400);
  assert.equal(badDate.json().error.fields.fromDate, 'Ngày không tồn tại');
  const badKind = await post(t.app, w.officerA, `${base}/disciplines`, {
    kind: 'phat',
    fromDate: '2024-01-01',
  });
  assert.match(badKind.json().error.fields.kind, /Khiển trách/);
  const disc = await post(t.app, w.officerA, `${base}/disciplines`, {
    kind: 'khien_trach',
    fromDate: '2024-01-01',
    toDate: '2024-12-31',
  });
  assert.equal(disc.statusCode, 201, disc.body);
  const inverted = await patch(t.app, w.officerA, `${base}/disciplines/${disc.json().id}`, {
    version: 1,
    fromDate: '2025-01-01',
  });
  assert.equal(inverted.statusCode, 400, 'the database check names the field');
  assert.ok(inverted.json().error.fields.toDate);
  const inv = await post(t.app, w.officerA, `${base}/investigations`, {
    openedOn: '2025-03-01',
    reason: 'Đơn khiếu nại về kết quả bình xét',
  });
  assert.equal(inv.statusCode, 201, inv.body);
  assert.equal(inv.json().isOpen, true);

  const person = (await get(t.app, w.officerA, base)).json();
  const recruited = await patch(t.app, w.officerA, base, {
    version: person.version,
    recruitedOn: '2015-03-01',
  });
  assert.equal(recruited.statusCode, 200, recruited.body);
  assert.equal(recruited.json().recruitedOn, '2015-03-01');
  const history = (await get(t.app, w.officerA, `${base}/history`)).json();
  assert.equal(history.recruitedOn, '2015-03-01');
  assert.equal(history.pendingInvestigation, true);
  assert.equal(history.awards.length, 1);
  assert.equal(history.initiatives[0].usedByAwardId, award.json().id);
  assert.equal(history.disciplines.length, 1);
  assert.deepEqual(history.can, { write: true, recordAward: true });
});

test('unit history: collective awards, ratings and member figures (shares in [0, 1], unique per year)', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const base = `/api/units/${w.communeA.id}`;
  const award = await post(t.app, w.officerA, `${base}/awards`, awardBody(2024, { awardKind: 'TTLDTT' }));
  assert.equal(award.statusCode, 201, award.body);
  assert.equal(award.json().subjectKind, 'collective');
  assert.equal(award.json().unitAtAward.id, w.communeA.id);
  const household = await post(
    t.app,
    w.officerA,
    `${base}/awards`,
    awardBody(2024, { householdName: 'Hộ ông A' }),
  );
  assert.equal(household.statusCode, 400);
  const rating = await post(t.app, w.officerA, `${base}/ratings`, { year: 2024, rating: 'HTXS' });
  assert.equal(rating.statusCode, 201, rating.body);
  assert.equal(rating.json().ratedAtUnit, null);
  const bad = await post(t.app, w.officerA, `${base}/member-stats`, {
    year: 2024,
    members: 20,
    ldttShare: 1.2,
    completedShare: 1,
    cstdcsCount: 30,
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error.fields.ldttShare, /từ 0 đến 1/);
  const stats = await post(t.app, w.officerA, `${base}/member-stats`, {
    year: 2024,
    members: 20,
    ldttShare: 0.8,
    completedShare: 1,
    cstdcsCount: 2,
    seriousDiscipline: false,
  });
  assert.equal(stats.statusCode, 201, stats.body);
  assert.equal(stats.json().ldttShare, 0.8);
  const again = await post(t.app, w.officerA, `${base}/member-stats`, {
    year: 2024,
    members: 21,
    ldttShare: 0.7,
    completedShare: 1,
  });
  assert.equal(again.statusCode, 409);
  const tooMany = await patch(t.app, w.officerA, `${base}/member-stats/${stats.json().id}`, {
    version: 1,
    members: 1,
  });
  assert.equal(tooMany.statusCode, 400);
  assert.ok(tooMany.json().error.fields.cstdcsCount);
  const history = (await get(t.app, w.officerA, `${base}/history`)).json();
  assert.equal(history.awards.length, 1);
  assert.equal(history.memberStats.length, 1);
  assert.equal(history.ratings.length, 1);
});

test('a unit with history is referenced: it can be closed, not deleted', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const village = await createUnit(t.database.db, { parent: w.communeA, name: 'Thôn Tây', kind: 'village' });
  const stats = await post(t.app, w.admin, `/api/units/${village.id}/member-stats`, {
    year: 2024,
    members: 5,
    ldttShare: 0.6,
    completedShare: 1,
  });
  assert.equal(stats.statusCode, 201, stats.body);
  assert.equal((await get(t.app, w.admin, `/api/units/${village.id}`)).json().can.delete, false);
  const refused = await del(t.app, w.admin, `/api/units/${village.id}`);
  assert.equal(refused.statusCode, 409, refused.body);
});
