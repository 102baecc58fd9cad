import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../test/app';
import { createUnit } from '../../test/factories';
import { awardBody, countRows, del, get, historyWorld, patch, post } from './history.fixtures';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const TABLES = [
  'awards',
  'annual_ratings',
  'initiatives',
  'disciplines',
  'investigations',
  'member_stats',
  'audit_log',
];
const snapshot = async () => Promise.all(TABLES.map((table) => countRows(t.database.db, table)));

test("another commune's person and unit do not exist for an officer: 404 on every history route", async () => {
  const w = await historyWorld(t.app, t.database.db);
  const award = (await post(t.app, w.officerB, `/api/people/${w.personB.id}/awards`, awardBody(2024))).json();
  const rating = (
    await post(t.app, w.officerB, `/api/people/${w.personB.id}/ratings`, { year: 2024, rating: 'HTT' })
  ).json();
  const stats = (
    await post(t.app, w.officerB, `/api/units/${w.communeB.id}/member-stats`, {
      year: 2024,
      members: 10,
      ldttShare: 0.7,
      completedShare: 1,
    })
  ).json();
  const before = await snapshot();
  const p = `/api/people/${w.personB.id}`;
  const u = `/api/units/${w.communeB.id}`;
  for (const res of [
    await get(t.app, w.officerA, `${p}/history`),
    await get(t.app, w.officerA, `${p}/awards`),
    await post(t.app, w.officerA, `${p}/awards`, awardBody(2025)),
    await patch(t.app, w.officerA, `${p}/awards/${award.id}`, { version: 1, note: 'x' }),
    await post(t.app, w.officerA, `${p}/awards/${award.id}/revoke`, {
      reason: 'Thử',
      revokedOn: '2025-01-01',
    }),
    await get(t.app, w.officerA, `${p}/ratings`),
    await post(t.app, w.officerA, `${p}/ratings`, { year: 2025, rating: 'HTT' }),
    await patch(t.app, w.officerA, `${p}/ratings/${rating.id}`, { version: 1, rating: 'HT' }),
    await del(t.app, w.officerA, `${p}/ratings/${rating.id}`),
    await get(t.app, w.officerA, `${p}/initiatives`),
    await post(t.app, w.officerA, `${p}/disciplines`, { kind: 'canh_cao', fromDate: '2025-01-01' }),
    await post(t.app, w.officerA, `${p}/investigations`, { openedOn: '2025-01-01', reason: 'Đơn thư' }),
    await get(t.app, w.officerA, `${u}/history`),
    await post(t.app, w.officerA, `${u}/awards`, awardBody(2024, { awardKind: 'TTLDTT' })),
    await patch(t.app, w.officerA, `${u}/member-stats/${stats.id}`, { version: 1, members: 11 }),
    await get(t.app, w.officerA, `/api/people/${randomUUID()}/awards`),
  ]) {
    assert.equal(res.statusCode, 404, res.body);
    assert.equal(res.json().error.code, 'NOT_FOUND');
  }
  // A record id of another subject is not found either, even for someone who sees both subjects.
  const crossed = await patch(t.app, w.admin, `/api/people/${w.personA.id}/ratings/${rating.id}`, {
    version: 1,
    rating: 'HT',
  });
  assert.equal(crossed.statusCode, 404);
  assert.deepEqual(await snapshot(), before, 'refused requests wrote nothing');
});

test('a viewer reads but may not write (403); a specialist records awards but not ratings', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const p = `/api/people/${w.personA.id}`;
  const view = await get(t.app, w.viewerA, `${p}/history`);
  assert.equal(view.statusCode, 200);
  assert.deepEqual(view.json().can, { write: false, recordAward: false });
  const refused = await post(t.app, w.viewerA, `${p}/awards`, awardBody(2024));
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json().error.code, 'FORBIDDEN');
  assert.equal((await post(t.app, w.viewerA, `${p}/ratings`, { year: 2024, rating: 'HTT' })).statusCode, 403);

  assert.deepEqual((await get(t.app, w.specialistA, `${p}/history`)).json().can, {
    write: false,
    recordAward: true,
  });
  const recorded = await post(t.app, w.specialistA, `${p}/awards`, awardBody(2024));
  assert.equal(recorded.statusCode, 201, recorded.body);
  assert.equal(
    (await post(t.app, w.specialistA, `${p}/ratings`, { year: 2024, rating: 'HTT' })).statusCode,
    403,
  );
  const unitAward = await post(
    t.app,
    w.specialistA,
    `/api/units/${w.communeA.id}/awards`,
    awardBody(2024, { awardKind: 'TTLDTT' }),
  );
  assert.equal(unitAward.statusCode, 201, unitAward.body);
});

test('a person who moved keeps the award at the unit of the time; the unit at award must be referable', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const village = await createUnit(t.database.db, { parent: w.communeA, name: 'Thôn Đông', kind: 'village' });
  const p = `/api/people/${w.personA.id}`;
  const explicit = await post(
    t.app,
    w.officerA,
    `${p}/awards`,
    awardBody(2022, { unitAtAwardId: village.id }),
  );
  assert.equal(explicit.statusCode, 201, explicit.body);
  assert.equal(explicit.json().unitAtAward.name, 'Thôn Đông');
  const foreign = await post(
    t.app,
    w.officerA,
    `${p}/awards`,
    awardBody(2021, { unitAtAwardId: w.communeB.id }),
  );
  assert.equal(foreign.statusCode, 400);
  assert.equal(foreign.json().error.fields.unitAtAwardId, 'Không tìm thấy đơn vị');
  const household = await post(t.app, w.officerA, `${p}/awards`, {
    awardKind: 'GDVH',
    year: 2024,
    householdName: 'Hộ bà Trần Thị Lan',
    decisionDate: '2024-12-15',
  });
  assert.equal(household.statusCode, 201, household.body);
  assert.equal(household.json().subjectKind, 'household');
});
