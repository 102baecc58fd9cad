import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Actor } from '../../lib/actor';
import { systemActor } from '../../lib/actor';
import type { AppError } from '../../lib/errors';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes } from '../../test/factories';
import { auditOfEntity, countRows } from './history.fixtures';
import { recordHistoryBulk } from './history.bulk';
import { loadSubjectHistory } from './history.load';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('the bulk path validates every item like the single services and writes all or nothing, audited per batch', async () => {
  const db = t.database.db;
  const { communeA, communeB } = await createProvinceWithCommunes(db);
  const person = await createPerson(db, { unit: communeA });
  const other = await createPerson(db, { unit: communeB });
  const officerA: Actor = {
    ...systemActor(),
    roles: [{ role: 'officer', unitId: communeA.id, unitPath: communeA.path, unitName: 'Xã A' }],
  };
  const awardId = '11111111-1111-4111-8111-111111111111';
  const good = {
    recruitment: [{ personId: person.id, recruitedOn: '2015-03-01' }],
    awards: [
      {
        id: awardId,
        personId: person.id,
        awardKind: 'CSTDCS' as const,
        year: 2024,
        decisionDate: '2024-12-20',
        unitAtAwardId: communeA.id,
      },
      {
        personId: person.id,
        awardKind: 'LDTT' as const,
        year: 2023,
        decisionDate: '2023-12-20',
        unitAtAwardId: communeA.id,
        revoked: { on: '2024-05-15', reason: 'Kê khai sai' },
      },
    ],
    ratings: [{ personId: person.id, year: 2024, rating: 'HTXS' as const }],
    initiatives: [
      {
        personId: person.id,
        title: 'Sáng kiến A',
        level: 'unit' as const,
        recognizedOn: '2024-06-01',
        usedByAwardId: awardId,
      },
    ],
    disciplines: [
      { personId: person.id, kind: 'khien_trach' as const, fromDate: '2022-01-01', toDate: '2022-06-30' },
    ],
    memberStats: [{ unitId: communeA.id, year: 2024, members: 10, ldttShare: 0.8, completedShare: 1 }],
  };
  const before = await countRows(db, 'audit_log');
  const bad = {
    ...good,
    ratings: [...good.ratings, { personId: person.id, year: 1800, rating: 'XS' }],
    disciplines: [{ personId: other.id, kind: 'canh_cao' as const, fromDate: '2024-01-01' }],
  };
  await assert.rejects(
    db.transaction((tx) => recordHistoryBulk(tx, officerA, bad as never)),
    (e: AppError) => {
      const fields = Object.keys(e.fields ?? {});
      assert.ok(
        fields.some((f) => f.includes('ratings.year')) && fields.some((f) => f.includes('ratings.rating')),
        fields.join(),
      );
      return e.code === 'VALIDATION';
    },
  );
  await assert.rejects(
    db.transaction((tx) => recordHistoryBulk(tx, officerA, { ...good, disciplines: bad.disciplines })),
    (e: AppError) =>
      e.code === 'VALIDATION' && Object.values(e.fields ?? {}).includes('Không tìm thấy đối tượng'),
    'a person outside the officer scope does not exist',
  );
  assert.equal(await countRows(db, 'awards'), 0);
  assert.equal(await countRows(db, 'audit_log'), before);

  const result = await db.transaction((tx) => recordHistoryBulk(tx, officerA, good, { source: 'test' }));
  assert.equal(result.counts.awards, 2);
  assert.equal(result.awardIds[0], awardId);
  const history = await loadSubjectHistory(db, { kind: 'individual', id: person.id }, { asOf: '2025-01-01' });
  assert.equal(history.recruitedOn, '2015-03-01');
  assert.deepEqual(
    history.awards!.map((a) => [a.awardKind, a.revoked]),
    [
      ['LDTT', true],
      ['CSTDCS', false],
    ],
  );
  assert.equal(history.initiatives![0]!.usedByAward, awardId);
  const entries = await auditOfEntity(db, person.id);
  assert.ok(entries.length === 0, 'batches are audited as batches, not per subject');
  assert.equal((await countRows(db, 'audit_log')) - before, 6, 'one entry per table batch');
});
