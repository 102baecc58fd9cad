import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { systemActor } from '../../lib/actor';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes } from '../../test/factories';
import { recordAward } from './history.awards';
import { loadHistories } from './history.load';
import { createRecord } from './history.service';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('histories loaded with parallel statements equal those loaded one statement after the other', async () => {
  const db = t.database.db;
  const actor = systemActor();
  const { communeA } = await createProvinceWithCommunes(db);
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await createPerson(db, { unit: communeA })).id);
  await db.transaction(async (tx) => {
    for (const [i, id] of ids.entries()) {
      const ref = { type: 'person' as const, id };
      for (const year of [2023, 2024, 2025]) {
        await createRecord(tx, actor, ref, 'rating', { year, rating: i % 2 ? 'HTT' : 'HTXS' });
        await recordAward(tx, actor, ref, { awardKind: 'LDTT', year, decisionDate: `${year}-12-20` });
      }
      await createRecord(tx, actor, ref, 'initiative', {
        title: 'Sáng kiến',
        level: 'unit',
        recognizedOn: '2024-05-01',
      });
      if (i === 1) {
        await createRecord(tx, actor, ref, 'discipline', {
          kind: 'khien_trach',
          fromDate: '2024-01-01',
          toDate: '2024-06-30',
        });
        await createRecord(tx, actor, ref, 'investigation', { openedOn: '2025-01-01', reason: 'Đơn thư' });
      }
    }
  });
  const sequential = await loadHistories(db, ids, { asOf: '2025-12-31' });
  const parallel = await loadHistories(db, ids, { asOf: '2025-12-31', parallel: true });
  assert.deepEqual([...parallel], [...sequential]);
  assert.equal(parallel.get(ids[0]!)!.awards!.length, 3);
  assert.equal(parallel.get(ids[1]!)!.pendingInvestigation, true);
  assert.equal(parallel.get(ids[1]!)!.disciplines!.length, 1);
});
