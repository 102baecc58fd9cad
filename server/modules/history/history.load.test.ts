import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { systemActor } from '../../lib/actor';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes } from '../../test/factories';
import { recordAward } from './history.awards';
import { loadHistories, loadSubjectHistory, loadUnitHistories } from './history.load';
import { createRecord } from './history.service';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

/** A view of the database that counts the statements run through it. */
function counting(db: Db): { db: Db; count: () => number } {
  let n = 0;
  const proxy = new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === 'execute' && typeof value === 'function') {
        return (...args: unknown[]) => {
          n++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return value;
    },
  });
  return { db: proxy, count: () => n };
}

test('histories load with one query per table, for one subject or many, in the domain shape', async () => {
  const db = t.database.db;
  const actor = systemActor();
  const { communeA } = await createProvinceWithCommunes(db);
  const people: { id: string; fullName: string }[] = [];
  for (let i = 0; i < 4; i++) people.push(await createPerson(db, { unit: communeA }));
  await db.transaction(async (tx) => {
    for (const [i, person] of people.entries()) {
      const ref = { type: 'person' as const, id: person.id };
      for (const year of [2023, 2024, 2025]) {
        await createRecord(tx, actor, ref, 'rating', { year, rating: i % 2 ? 'HTT' : 'HTXS' });
        await recordAward(tx, actor, ref, { awardKind: 'LDTT', year, decisionDate: `${year}-12-20` });
      }
      await createRecord(tx, actor, ref, 'initiative', {
        title: 'Sáng kiến',
        level: 'unit',
        recognizedOn: '2024-05-01',
      });
      await createRecord(tx, actor, ref, 'discipline', {
        kind: 'khien_trach',
        fromDate: '2024-01-01',
        toDate: '2024-06-30',
      });
      if (i === 0)
        await createRecord(tx, actor, ref, 'investigation', { openedOn: '2025-01-01', reason: 'Đơn thư' });
    }
    const unitRef = { type: 'unit' as const, id: communeA.id };
    await createRecord(tx, actor, unitRef, 'member_stats', {
      year: 2025,
      members: 12,
      ldttShare: 0.75,
      completedShare: 1,
    });
    await recordAward(tx, actor, unitRef, { awardKind: 'TTLDTT', year: 2025 });
  });

  const counted = counting(db);
  const many = await loadHistories(counted.db, [...people.map((p) => p.id), randomUUID()], {
    asOf: '2025-12-31',
  });
  assert.equal(counted.count(), 6, 'people, awards, ratings, initiatives, disciplines, investigations');
  assert.equal(many.size, 5);
  const first = many.get(people[0]!.id)!;
  assert.equal(first.awards!.length, 3);
  assert.deepEqual(
    first.ratings!.map((r) => [r.year, r.rating]),
    [
      [2023, 'HTXS'],
      [2024, 'HTXS'],
      [2025, 'HTXS'],
    ],
  );
  assert.equal(first.initiatives![0]!.level, 'unit');
  assert.equal(first.initiatives![0]!.usedByAward, null);
  assert.deepEqual(
    first.disciplines!.map((d) => [d.kind, d.from, d.to]),
    [['khien_trach', '2024-01-01', '2024-06-30']],
  );
  assert.equal(first.pendingInvestigation, true);
  assert.equal(many.get(people[1]!.id)!.pendingInvestigation, false);
  assert.equal(
    (await loadHistories(db, [people[0]!.id], { asOf: '2024-12-31' })).get(people[0]!.id)!
      .pendingInvestigation,
    false,
    'an investigation opened later is not pending yet',
  );
  for (const person of people) {
    const one = await loadSubjectHistory(db, { kind: 'individual', id: person.id }, { asOf: '2025-12-31' });
    assert.deepEqual(one, many.get(person.id));
  }
  const units = counting(db);
  const unit = (await loadUnitHistories(units.db, [communeA.id], { asOf: '2025-12-31' })).get(communeA.id)!;
  assert.equal(units.count(), 5);
  assert.deepEqual(unit.memberStats, [
    { year: 2025, members: 12, ldttShare: 0.75, completedShare: 1, cstdcsCount: 0, seriousDiscipline: false },
  ]);
  assert.deepEqual(
    unit.awards!.map((a) => a.awardKind),
    ['TTLDTT'],
  );
});

test('the history constraints live in the database', async () => {
  const db = t.database.db;
  const { communeA } = await createProvinceWithCommunes(db);
  const person = await createPerson(db, { unit: communeA });
  const code = (statement: ReturnType<typeof sql>) =>
    db.execute(statement).then(
      () => 'ok',
      (e: { cause?: { code?: string } }) => e.cause?.code ?? 'unknown',
    );
  const award = (columns: string, values: ReturnType<typeof sql>) =>
    code(sql`insert into awards (${sql.raw(columns)}) values ${values}`);
  const c = 'subject_kind, person_id, unit_id, award_kind, achievement_year, unit_at_award_id';
  assert.equal(
    await award(c, sql`('individual', ${person.id}, ${communeA.id}, 'LDTT', 2024, ${communeA.id})`),
    '23514',
  );
  assert.equal(await award(c, sql`('individual', ${person.id}, null, 'XYZ', 2024, ${communeA.id})`), '23514');
  assert.equal(
    await award(c, sql`('individual', ${person.id}, null, 'LDTT', 1800, ${communeA.id})`),
    '23514',
  );
  assert.equal(await award(c, sql`('household', ${person.id}, null, 'GDVH', 2024, ${communeA.id})`), '23514');
  assert.equal(await award(c, sql`('individual', ${person.id}, null, 'LDTT', 2024, ${communeA.id})`), 'ok');
  assert.equal(
    await award(c, sql`('individual', ${person.id}, null, 'LDTT', 2024, ${communeA.id})`),
    '23505',
  );
  assert.equal(
    await award(c, sql`('individual', ${person.id}, null, 'BK_TINH', 2024, ${communeA.id})`),
    'ok',
  );
  assert.equal(
    await award(c, sql`('individual', ${person.id}, null, 'BK_TINH', 2024, ${communeA.id})`),
    'ok',
  );
  assert.equal(
    await award(
      `${c}, revoked`,
      sql`('individual', ${person.id}, null, 'CSTDCS', 2024, ${communeA.id}, true)`,
    ),
    '23514',
    'a revoked award needs its date and reason',
  );
  const rating = (year: number, value: string) =>
    code(sql`insert into annual_ratings (person_id, year, rating) values (${person.id}, ${year}, ${value})`);
  assert.equal(await rating(2024, 'XS'), '23514');
  assert.equal(await rating(2024, 'HTT'), 'ok');
  assert.equal(await rating(2024, 'HTXS'), '23505');
  assert.equal(
    await code(sql`insert into annual_ratings (year, rating) values (2024, 'HTT')`),
    '23514',
    'a rating needs exactly one subject',
  );
  const stats = (share: number, cstdcs: number) =>
    code(sql`insert into member_stats (unit_id, year, members, ldtt_share, completed_share, cstdcs_count)
      values (${communeA.id}, 2024, 10, ${share}, 1, ${cstdcs})`);
  assert.equal(await stats(1.2, 0), '23514');
  assert.equal(await stats(0.5, 11), '23514');
  assert.equal(await stats(0.5, 1), 'ok');
  assert.equal(await stats(0.6, 1), '23505');
  assert.equal(
    await code(sql`insert into initiatives (person_id, title, kind, level, recognized_on, used_by_award_id)
      values (${person.id}, 'Sáng kiến', 'sang_kien', 'unit', '2024-01-01', ${randomUUID()})`),
    '23503',
  );
  assert.equal(
    await code(
      sql`insert into disciplines (person_id, kind, from_date, to_date) values (${person.id}, 'canh_cao', '2024-05-01', '2024-01-01')`,
    ),
    '23514',
  );
  assert.equal(
    await code(
      sql`insert into local_overlays (unit_id, document, effective_from, params) values (${communeA.id}, 'QĐ', '2025-01-01', '[]')`,
    ),
    '23514',
  );
  assert.equal(
    await code(sql`update people set recruited_on = '1940-01-01' where id = ${person.id}`),
    '23514',
  );
});
