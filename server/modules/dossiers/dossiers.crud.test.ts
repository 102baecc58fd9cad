import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  createDraft,
  del,
  dossierWorld,
  type DossierWorld,
  draftBody,
  get,
  nominee,
  patch,
  post,
  transition,
} from './dossiers.fixtures';

let t: TestApp;
let w: DossierWorld;
before(async () => {
  t = await buildTestApp();
  w = await dossierWorld(t.app, t.database.db);
});
after(async () => {
  await t.close();
});

test('a commune officer drafts a dossier addressed to the commune chairman (regime C)', async () => {
  const res = await post(t.app, w.officerA, '/api/dossiers', draftBody(w));
  assert.equal(res.statusCode, 201, res.body);
  const d = res.json();
  assert.match(d.code, /^HS-\d{4}-\d{5}$/);
  assert.equal(d.status, 'draft');
  assert.equal(d.authorityCode, 'chu_tich_ubnd_xa');
  assert.equal(d.authorityUnit.id, w.communeA.id);
  assert.equal(d.authorityLabel, 'Chủ tịch Ủy ban nhân dân xã An Thử');
  assert.equal(d.regimeId, 'C');
  assert.equal(d.title, 'Đề nghị tặng Lao động tiên tiến, Chiến sĩ thi đua cơ sở năm 2025');
  assert.equal(d.actions.submit.allowed, true);
  assert.deepEqual(d.actions.submit.blockers, [
    'Hồ sơ chưa có cá nhân, tập thể hoặc hộ gia đình nào được đề nghị',
  ]);
  assert.equal(d.events[0].actionLabel, 'Lập hồ sơ');
});

test('kinds of different authorities cannot share a dossier; the message names them', async () => {
  const res = await post(
    t.app,
    w.officerA,
    '/api/dossiers',
    draftBody(w, { awardKinds: ['LDTT', 'BK_TINH'] }),
  );
  assert.equal(res.statusCode, 400, res.body);
  assert.match(res.json().error.message, /cùng một cấp có thẩm quyền/);
  assert.match(res.json().error.message, /Chủ tịch Ủy ban nhân dân tỉnh Thử: "Bằng khen/);
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  const add = await post(t.app, w.officerA, `/api/dossiers/${d.id}/nominees`, nominee(w.cuong.id, 'BK_TINH'));
  assert.equal(add.statusCode, 400, add.body);
  assert.match(
    add.json().error.message,
    /Trần Văn Cường: thuộc thẩm quyền Chủ tịch Ủy ban nhân dân tỉnh Thử/,
  );
});

test('nominees: the subject must work under the proposing unit; no duplicate; positions close up', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id), nominee(w.binh.id)]);
  assert.deepEqual(
    d.nominees.map((n: { name: string; position: number }) => [n.name, n.position]),
    [
      ['Nguyễn Văn An', 1],
      ['Lê Thị Bình', 2],
    ],
  );
  const outsider = await post(t.app, w.officerA, `/api/dossiers/${d.id}/nominees`, nominee(w.outsider.id));
  assert.equal(outsider.statusCode, 400);
  assert.match(outsider.body, /Không tìm thấy cá nhân/);
  const twice = await post(t.app, w.officerA, `/api/dossiers/${d.id}/nominees`, nominee(w.an.id));
  assert.equal(twice.statusCode, 400);
  assert.match(twice.json().error.message, /Nguyễn Văn An đã có trong hồ sơ/);
  const removed = await del(t.app, w.officerA, `/api/dossiers/${d.id}/nominees/${d.nominees[0].id}`);
  assert.equal(removed.statusCode, 200, removed.body);
  assert.deepEqual(
    removed.json().nominees.map((n: { name: string; position: number }) => [n.name, n.position]),
    [['Lê Thị Bình', 1]],
  );
});

test('a happy path: submit takes verdicts, receive, appraise, send to council', async () => {
  let d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id), nominee(w.cuong.id, 'CSTDCS')]);
  let res = await transition(t.app, w.officerA, d.id, 'submit', d.version);
  assert.equal(res.statusCode, 200, res.body);
  d = res.json();
  assert.equal(d.status, 'submitted');
  assert.ok(d.deadline);
  for (const n of d.nominees) {
    assert.ok(['eligible', 'not_eligible', 'needs_review'].includes(n.verdictStatus));
    assert.ok(n.verdict.criteria.length > 0);
  }
  res = await transition(t.app, w.specialistA, d.id, 'receive', d.version);
  assert.equal(res.statusCode, 200, res.body);
  d = res.json();
  res = await transition(t.app, w.specialistA, d.id, 'start_appraisal', d.version);
  d = res.json();
  assert.equal(d.status, 'appraising');
  assert.equal(d.can.appraise, true);
  res = await transition(t.app, w.specialistA, d.id, 'send_to_council', d.version);
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.message, /Chưa ghi kết quả thẩm định/);
  for (const n of d.nominees) {
    res = await t.app.inject({
      method: 'PUT',
      url: `/api/dossiers/${d.id}/nominees/${n.id}/appraisal`,
      payload: { version: n.version, appraisal: 'agree' },
      headers: { cookie: w.specialistA.cookie, 'x-csrf-token': w.specialistA.csrfToken },
    });
    assert.equal(res.statusCode, 200, res.body);
    d = res.json();
  }
  res = await transition(t.app, w.specialistA, d.id, 'send_to_council', d.version);
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().status, 'council');
  const list = await get(t.app, w.specialistA, '/api/dossiers?side=authority&status=council');
  assert.ok(list.json().items.some((i: { id: string }) => i.id === d.id));
});

test('edit and delete a draft', async () => {
  const d = await createDraft(t.app, w.officerA, w, []);
  const edited = await patch(t.app, w.officerA, `/api/dossiers/${d.id}`, {
    version: d.version,
    title: 'Đề nghị khen thưởng năm 2025',
  });
  assert.equal(edited.statusCode, 200, edited.body);
  assert.equal(edited.json().title, 'Đề nghị khen thưởng năm 2025');
  const stale = await patch(t.app, w.officerA, `/api/dossiers/${d.id}`, {
    version: d.version,
    title: 'Khác',
  });
  assert.equal(stale.statusCode, 409);
  assert.equal(
    (await get(t.app, w.officerA, `/api/dossiers/${d.id}`)).json().title,
    'Đề nghị khen thưởng năm 2025',
  );
  assert.equal((await del(t.app, w.officerA, `/api/dossiers/${d.id}`)).statusCode, 200);
  assert.equal((await get(t.app, w.officerA, `/api/dossiers/${d.id}`)).statusCode, 404);
});
