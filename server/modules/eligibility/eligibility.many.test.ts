import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { EvaluateBody } from '../../../contracts/eligibility';
import type { EligibilityRequest } from '../../../domain/regimes/types';
import { type Actor, systemActor } from '../../lib/actor';
import { buildTestApp, type TestApp } from '../../test/app';
import { get, historyWorld, patch, post } from '../history/history.fixtures';
import { evaluateEligibility, evaluateEligibilityMany } from './eligibility.service';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const AS_OF = '2025-12-31';
const request = (awardKind: string, subjectKind = 'individual') =>
  ({ subjectKind, awardKind, year: 2025, awardType: 'cong_trang' }) as EligibilityRequest;
const actorAt = (role: 'admin' | 'officer', unit: { id: string; path: string }): Actor => ({
  ...systemActor(),
  roles: [{ role, unitId: unit.id, unitPath: unit.path, unitName: 'Đơn vị' }],
});

test('many verdicts at once equal the verdicts one by one: each subject with its own unit overlays', async () => {
  const w = await historyWorld(t.app, t.database.db);
  for (const person of [w.personA, w.personB]) {
    const { version } = (await get(t.app, w.admin, `/api/people/${person.id}`)).json();
    await patch(t.app, w.admin, `/api/people/${person.id}`, { version, recruitedOn: '2025-04-01' });
    await post(t.app, w.admin, `/api/people/${person.id}/ratings`, { year: 2025, rating: 'HTT' });
  }
  // A regulation of commune A only: nine months of service are no longer enough there.
  const overlay = await post(t.app, w.admin, '/api/overlays', {
    unitId: w.communeA.id,
    document: 'Quyết định 7/2025/QĐ-UBND',
    effectiveFrom: '2025-01-01',
    params: { tenureMonthsMin: 10 },
  });
  assert.equal(overlay.statusCode, 201, overlay.body);
  const admin = actorAt('admin', w.province);
  const items = [
    { subjectId: w.personA.id, request: request('LDTT') },
    { subjectId: w.personB.id, request: request('LDTT') },
    { subjectId: w.communeA.id, request: request('TTLDTT', 'collective') },
    { subjectId: w.personA.id, request: request('CSTDCS') },
  ];
  const db = t.database.db;
  const many = await db.transaction((tx) => evaluateEligibilityMany(tx, admin, AS_OF, items));
  const oneByOne = [];
  for (const item of items) {
    const body = { asOf: AS_OF, ...item } as EvaluateBody;
    oneByOne.push(await db.transaction((tx) => evaluateEligibility(tx, admin, body)));
  }
  assert.deepEqual(many, oneByOne);
  const tenure = (v: (typeof many)[number]) => v.criteria.find((c) => c.id === 'ldtt.tenure')?.status;
  assert.equal(tenure(many[0]!), 'fail', 'commune A applies its regulation');
  assert.equal(tenure(many[1]!), 'pass', 'commune B does not');
});

test('many verdicts at once refuse a subject out of scope as evaluateEligibility does, the first in order', async () => {
  const w = await historyWorld(t.app, t.database.db);
  const officerA = actorAt('officer', w.communeA);
  const run = (items: { subjectId: string; request: EligibilityRequest }[]) =>
    t.database.db.transaction((tx) => evaluateEligibilityMany(tx, officerA, AS_OF, items));
  const mine = await run([{ subjectId: w.personA.id, request: request('LDTT') }]);
  assert.equal(mine.length, 1);
  await assert.rejects(
    run([
      { subjectId: w.personA.id, request: request('LDTT') },
      { subjectId: w.personB.id, request: request('LDTT') },
      { subjectId: w.communeB.id, request: request('TTLDTT', 'collective') },
    ]),
    { code: 'NOT_FOUND', message: 'Không tìm thấy cá nhân' },
  );
  await assert.rejects(
    run([
      { subjectId: w.communeB.id, request: request('TTLDTT', 'collective') },
      { subjectId: w.personB.id, request: request('LDTT') },
    ]),
    { code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị' },
  );
});
