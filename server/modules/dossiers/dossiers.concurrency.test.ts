// Two people changing one dossier at the same moment (issue #8, point 4): on PGlite, and on PostgreSQL when
// DATABASE_URL is set, where the pool's separate connections really run both transactions at once. Every round
// gives exactly one 200 and one 409 (the version check), keeps the winner's change whole, loses nothing else and
// writes one audit entry.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { buildTestApp, call, type Session, type TestApp } from '../../test/app';
import { signInAs } from '../people/people.fixtures';
import { dossierWorld, type DossierWorld, get, patch } from './dossiers.fixtures';
import { dossierIn } from './dossiers.state-fixtures';

const ROUNDS = 8;
let t: TestApp;
let w: DossierWorld;
let secondSpecialist: Session;

before(async () => {
  t = await buildTestApp();
  w = await dossierWorld(t.app, t.database.db);
  secondSpecialist = await signInAs(t.app, t.database.db, 'specialist', w.communeA);
});
after(() => t.close());

async function auditCount(action: string, entityId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from audit_log where action = ${action} and entity_id = ${entityId}`,
  );
  return row!.n;
}

test(`two specialists appraise one nominee at once (${ROUNDS} rounds): one wins whole, the other gets 409`, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const d = await dossierIn(t, w, 'appraising');
    const n = d.nominees[0]!;
    const bodies = [
      {
        version: n.version,
        appraisal: 'agree',
        note: 'Đủ tiêu chuẩn theo thẩm định của chuyên viên thứ nhất',
      },
      { version: n.version, appraisal: 'disagree', note: 'Chưa đủ minh chứng theo chuyên viên thứ hai' },
    ];
    const answers = await Promise.all(
      [w.specialistA, secondSpecialist].map((s, i) =>
        call(t.app, s, {
          method: 'PUT',
          url: `/api/dossiers/${d.id}/nominees/${n.id}/appraisal`,
          payload: bodies[i],
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    assert.deepEqual(
      [...statuses].sort(),
      [200, 409],
      `round ${round}: ${answers.map((a) => a.body).join(' | ')}`,
    );
    const loser = answers.find((a) => a.statusCode === 409)!;
    // The version check's own message, not a database serialisation failure's ("… thay đổi, vui lòng thử lại").
    assert.match(loser.json().error.message, /vừa được người khác cập nhật/);
    const winner = bodies[statuses.indexOf(200)]!;
    const view = (await get(t.app, w.specialistA, `/api/dossiers/${d.id}`)).json();
    const kept = view.nominees.find((x: { id: string }) => x.id === n.id);
    assert.equal(kept.appraisal, winner.appraisal);
    assert.equal(kept.appraisalNote, winner.note);
    assert.equal(kept.version, n.version + 1, 'one write');
    assert.equal(await auditCount('dossier.nominee_appraised', d.id), 1, 'one audit entry');
    const other = view.nominees.find((x: { id: string }) => x.id !== n.id);
    assert.equal(other.appraisal, null, 'the other nominee untouched');
  }
});

test(`two editors change one draft at once (${ROUNDS} rounds): one title wins, the other is refused, nothing is lost`, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const d = await dossierIn(t, w, 'draft');
    const titles = ['Đề nghị khen thưởng tổng kết năm học', 'Đề nghị khen thưởng thành tích đột xuất'];
    const answers = await Promise.all(
      [w.officerA, w.officerProvince].map((s, i) =>
        patch(t.app, s, `/api/dossiers/${d.id}`, { version: d.version, title: titles[i] }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    assert.deepEqual(
      [...statuses].sort(),
      [200, 409],
      `round ${round}: ${answers.map((a) => a.body).join(' | ')}`,
    );
    assert.match(
      answers.find((a) => a.statusCode === 409)!.json().error.message,
      /vừa được người khác cập nhật/,
    );
    const view = (await get(t.app, w.officerA, `/api/dossiers/${d.id}`)).json();
    assert.equal(view.title, titles[statuses.indexOf(200)]);
    assert.equal(view.version, d.version + 1);
    assert.equal(view.nominees.length, d.nominees.length, 'nominees kept');
    assert.equal(await auditCount('dossier.updated', d.id), 1);
  }
});
