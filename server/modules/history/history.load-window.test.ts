import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { EligibilityRequest } from '../../../domain/regimes/types';
import { historyWindow, withinWindow } from '../../../domain/eligibility/reach';
import { systemActor } from '../../lib/actor';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes } from '../../test/factories';
import { recordAward } from './history.awards';
import { loadHistories, loadUnitHistories } from './history.load';
import { createRecord } from './history.service';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const request = (awardKind: EligibilityRequest['awardKind']): EligibilityRequest => ({
  subjectKind: 'individual',
  awardKind,
  year: 2025,
  awardType: 'cong_trang',
});

test('a window loads exactly the rows withinWindow keeps, for people and for units', async () => {
  const db = t.database.db;
  const actor = systemActor();
  const { communeA } = await createProvinceWithCommunes(db);
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await createPerson(db, { unit: communeA })).id);
  await db.transaction(async (tx) => {
    for (const [i, id] of ids.entries()) {
      const ref = { type: 'person' as const, id };
      for (let year = 2016; year <= 2025; year++) {
        await createRecord(tx, actor, ref, 'rating', { year, rating: (year + i) % 3 ? 'HTT' : 'HTXS' });
        await recordAward(tx, actor, ref, { awardKind: 'LDTT', year, decisionDate: `${year}-12-20` });
      }
      // An old year decided after the evaluation date (kept: the warnings cite it), one without a date.
      await recordAward(tx, actor, ref, { awardKind: 'CSTDCS', year: 2019, decisionDate: '2025-09-01' });
      await recordAward(tx, actor, ref, { awardKind: 'CSTDCS', year: 2021 });
      await recordAward(tx, actor, ref, { awardKind: 'CSTDCS', year: 2024, decisionDate: '2025-01-10' });
      for (const recognizedOn of ['2018-03-01', '2022-12-31', '2023-01-01', '2025-08-01']) {
        await createRecord(tx, actor, ref, 'initiative', { title: 'Sáng kiến', level: 'unit', recognizedOn });
      }
      if (i === 1) {
        await createRecord(tx, actor, ref, 'discipline', {
          kind: 'khien_trach',
          fromDate: '2017-01-01',
          toDate: '2017-06-30',
        });
      }
    }
    const unitRef = { type: 'unit' as const, id: communeA.id };
    for (let year = 2018; year <= 2025; year++) {
      await createRecord(tx, actor, unitRef, 'rating', { year, rating: 'HTXS' });
      await recordAward(tx, actor, unitRef, { awardKind: 'TTLDTT', year, decisionDate: `${year}-12-20` });
    }
  });
  const asOf = '2025-06-30';
  const window = historyWindow([request('CSTD_TINH'), request('BK_TINH')]);
  const whole = await loadHistories(db, ids, { asOf });
  const some = await loadHistories(db, ids, { asOf, window, parallel: true });
  for (const id of ids) assert.deepEqual(some.get(id), withinWindow(whole.get(id)!, window, asOf));
  const first = some.get(ids[0]!)!;
  assert.deepEqual(
    first.ratings!.map((r) => r.year),
    [2024, 2025],
  );
  assert.deepEqual(
    first.awards!.map((a) => a.year),
    [2019, 2023, 2024, 2024, 2025],
  );
  assert.deepEqual(
    first.initiatives!.map((i) => i.recognizedOn),
    ['2023-01-01', '2025-08-01'],
  );
  assert.equal(some.get(ids[1]!)!.disciplines!.length, 1, 'disciplines are read whole');

  const unitWindow = historyWindow([{ ...request('BK_TINH'), subjectKind: 'collective' }]);
  const unitWhole = (await loadUnitHistories(db, [communeA.id], { asOf })).get(communeA.id)!;
  const unitSome = (await loadUnitHistories(db, [communeA.id], { asOf, window: unitWindow })).get(
    communeA.id,
  )!;
  assert.deepEqual(unitSome, withinWindow(unitWhole, unitWindow, asOf));
  assert.deepEqual(
    unitSome.ratings!.map((r) => r.year),
    [2024, 2025],
  );
});
