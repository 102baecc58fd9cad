import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { FiguresView, RegistrationView } from '../../../contracts/registrations';
import { auditLog } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson, createUnit } from '../../test/factories';
import { get, patch, post, put } from '../inspections/inspections.fixtures';
import { signInAs } from '../people/people.fixtures';
import { submitRegistration } from './registrations.service';
import { systemActor } from '../../lib/actor';

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;

/** Province → district → communes A (with a village and two people) and B; users at each level. */
async function world() {
  const { app } = t;
  const db = t.database.db;
  const province = await createUnit(db, { name: 'Tỉnh Đăng Ký', kind: 'province', level: 'province' });
  const district = await createUnit(db, {
    parent: province,
    name: 'Huyện Đăng Ký',
    kind: 'district',
    level: 'district',
  });
  const communeA = await createUnit(db, { parent: district, name: 'Xã An Đăng' });
  const villageA = await createUnit(db, { parent: communeA, name: 'Thôn Một', kind: 'village' });
  const communeB = await createUnit(db, { parent: district, name: 'Xã Bình Đăng' });
  const communeC = await createUnit(db, { parent: district, name: 'Xã Cẩm Đăng' });
  const closed = await createUnit(db, { parent: district, name: 'Xã Đã Nhập', validTo: '2019-12-31' });
  const lan = await createPerson(db, { unit: communeA, fullName: 'Nguyễn Thị Lan' });
  const hung = await createPerson(db, { unit: communeA, fullName: 'Trần Văn Hùng' });
  const binh = await createPerson(db, { unit: communeB, fullName: 'Lê Văn Bình' });
  return {
    province,
    district,
    communeA,
    villageA,
    communeB,
    communeC,
    closed,
    lan,
    hung,
    binh,
    officerA: await signInAs(app, db, 'officer', communeA),
    viewerA: await signInAs(app, db, 'viewer', communeA),
    officerB: await signInAs(app, db, 'officer', communeB),
    officerD: await signInAs(app, db, 'officer', district),
    specialistD: await signInAs(app, db, 'specialist', district),
    viewerD: await signInAs(app, db, 'viewer', district),
    adminP: await signInAs(app, db, 'admin', province),
  };
}

before(async () => {
  t = await buildTestApp();
  w = await world();
});
after(() => t.close());

const linesA = () => [
  { subjectKind: 'collective', unitId: w.communeA.id, awardKind: 'TTLDXS' },
  { subjectKind: 'collective', unitId: w.villageA.id, awardKind: 'THON_VH', note: 'Thôn văn hóa lần đầu' },
  { subjectKind: 'individual', personId: w.lan.id, awardKind: 'LDTT' },
  { subjectKind: 'individual', personId: w.lan.id, awardKind: 'CSTDCS' },
  { subjectKind: 'individual', personId: w.hung.id, awardKind: 'LDTT' },
];

test('a commune drafts, the district returns with a reason, the commune resubmits, the district accepts', async () => {
  const created = await post(t.app, w.officerA, '/api/registrations', {
    unitId: w.communeA.id,
    year: 2023,
    note: 'Phấn đấu hoàn thành xuất sắc nhiệm vụ.\nXây dựng 1 thôn văn hóa mới.',
    lines: linesA(),
  });
  assert.equal(created.statusCode, 201, created.body);
  let reg = created.json() as RegistrationView;
  assert.equal(reg.status, 'draft');
  assert.equal(reg.parent.name, 'Huyện Đăng Ký');
  assert.deepEqual(
    reg.lines.map((l) => [l.subject.name, l.awardKindName, l.subjectUnit]),
    [
      ['Xã An Đăng', 'Tập thể lao động xuất sắc', 'Huyện Đăng Ký'],
      ['Thôn Một', 'Thôn, tổ dân phố văn hóa', 'Xã An Đăng'],
      ['Nguyễn Thị Lan', 'Lao động tiên tiến', 'Xã An Đăng'],
      ['Nguyễn Thị Lan', 'Chiến sĩ thi đua cơ sở', 'Xã An Đăng'],
      ['Trần Văn Hùng', 'Lao động tiên tiến', 'Xã An Đăng'],
    ],
  );
  assert.deepEqual(reg.can, { edit: true, submit: true, accept: false, return: false, createDossier: false });

  // The commune cannot accept its own registration (not submitted, and not its side).
  const early = await post(t.app, w.officerD, `/api/registrations/${reg.id}/accept`, {
    version: reg.version,
  });
  assert.equal(early.statusCode, 409, early.body);

  let res = await post(t.app, w.officerA, `/api/registrations/${reg.id}/submit`, { version: reg.version });
  assert.equal(res.statusCode, 200, res.body);
  reg = res.json();
  assert.equal(reg.status, 'submitted');
  assert.equal(reg.can.edit, false);

  // Lines are frozen once sent.
  res = await put(t.app, w.officerA, `/api/registrations/${reg.id}/lines`, {
    version: reg.version,
    lines: [],
  });
  assert.equal(res.statusCode, 409, res.body);
  assert.match(res.json().error.message, /không sửa được/);

  // Refused per role and scope: the commune (its own registration, the parent's side), a viewer of the district,
  // another commune (does not see it: 404).
  assert.equal(
    (await post(t.app, w.officerA, `/api/registrations/${reg.id}/accept`, { version: reg.version }))
      .statusCode,
    403,
  );
  assert.equal(
    (await post(t.app, w.viewerD, `/api/registrations/${reg.id}/accept`, { version: reg.version }))
      .statusCode,
    403,
  );
  assert.equal(
    (await post(t.app, w.officerB, `/api/registrations/${reg.id}/accept`, { version: reg.version }))
      .statusCode,
    404,
  );
  assert.equal((await get(t.app, w.officerB, `/api/registrations/${reg.id}`)).statusCode, 404);
  assert.equal((await get(t.app, w.viewerA, `/api/registrations/${reg.id}`)).statusCode, 200);

  // Return needs a reason.
  res = await post(t.app, w.specialistD, `/api/registrations/${reg.id}/return`, {
    version: reg.version,
    reason: '',
  });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.reason, 'Lý do trả lại phải có ít nhất 3 ký tự');
  res = await post(t.app, w.specialistD, `/api/registrations/${reg.id}/return`, {
    version: reg.version,
    reason: 'Đề nghị bổ sung đăng ký của các trường trực thuộc',
  });
  assert.equal(res.statusCode, 200, res.body);
  reg = res.json();
  assert.equal(reg.status, 'returned');
  assert.equal(reg.returnReason, 'Đề nghị bổ sung đăng ký của các trường trực thuộc');
  assert.equal(reg.can.edit, false);
  assert.equal((await get(t.app, w.officerA, `/api/registrations/${reg.id}`)).json().can.edit, true);

  // Stale version → 409; then the commune changes a line and resubmits.
  res = await put(t.app, w.officerA, `/api/registrations/${reg.id}/lines`, {
    version: reg.version - 1,
    lines: [],
  });
  assert.equal(res.statusCode, 409);
  res = await put(t.app, w.officerA, `/api/registrations/${reg.id}/lines`, {
    version: reg.version,
    lines: linesA().slice(0, 4),
  });
  assert.equal(res.statusCode, 200, res.body);
  reg = res.json();
  res = await post(t.app, w.officerA, `/api/registrations/${reg.id}/submit`, { version: reg.version });
  reg = res.json();
  assert.equal(reg.status, 'submitted');
  res = await post(t.app, w.officerD, `/api/registrations/${reg.id}/accept`, { version: reg.version });
  assert.equal(res.statusCode, 200, res.body);
  reg = res.json();
  assert.equal(reg.status, 'accepted');
  assert.deepEqual(
    reg.events.map((e) => [e.action, e.fromStatus, e.toStatus]),
    [
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
      ['return', 'submitted', 'returned'],
      ['resubmit', 'returned', 'submitted'],
      ['accept', 'submitted', 'accepted'],
    ],
  );
  assert.equal(reg.events[2]!.comment, 'Đề nghị bổ sung đăng ký của các trường trực thuộc');
  const actions = (
    await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, reg.id)).orderBy(auditLog.seq)
  ).map((a) => a.action);
  assert.deepEqual(actions, [
    'registration.created',
    'registration.submitted',
    'registration.returned',
    'registration.lines_updated',
    'registration.resubmitted',
    'registration.accepted',
  ]);

  // "Tạo hồ sơ từ đăng ký": a draft dossier with the accepted lines of the chosen titles (one authority).
  assert.equal((await get(t.app, w.viewerA, `/api/registrations/${reg.id}`)).json().can.createDossier, false);
  assert.equal((await get(t.app, w.officerA, `/api/registrations/${reg.id}`)).json().can.createDossier, true);
  const mixed = await post(t.app, w.officerA, `/api/registrations/${reg.id}/dossier`, {
    awardKinds: ['LDTT', 'TTLDXS'],
  });
  assert.equal(mixed.statusCode, 400, mixed.body);
  const dossier = await post(t.app, w.officerA, `/api/registrations/${reg.id}/dossier`, {
    awardKinds: ['LDTT', 'CSTDCS'],
  });
  assert.equal(dossier.statusCode, 201, dossier.body);
  assert.equal(dossier.json().nominees, 2);
  const drafted = await get(t.app, w.officerA, `/api/dossiers/${dossier.json().dossierId}`);
  assert.equal(drafted.statusCode, 200, drafted.body);
  assert.deepEqual(
    drafted
      .json()
      .nominees.map((n: { awardKind: string; subjectKind: string }) => [n.subjectKind, n.awardKind]),
    [
      ['individual', 'LDTT'],
      ['individual', 'CSTDCS'],
    ],
  );
  assert.equal(drafted.json().status, 'draft');

  // The nominees for a year-end dossier: the accepted lines.
  res = await get(t.app, w.officerA, `/api/registrations/nominees?unitId=${w.communeA.id}&year=2023`);
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(
    res
      .json()
      .items.map((n: { name: string; awardKind: string; personId: string | null }) => [n.name, n.awardKind]),
    [
      ['Xã An Đăng', 'TTLDXS'],
      ['Thôn Một', 'THON_VH'],
      ['Nguyễn Thị Lan', 'LDTT'],
      ['Nguyễn Thị Lan', 'CSTDCS'],
    ],
  );
});

test('lines are checked: titles of the year for the right subject, people and units of the unit, no duplicates', async () => {
  const res = await post(t.app, w.officerB, '/api/registrations', {
    unitId: w.communeB.id,
    year: 2023,
    lines: [
      { subjectKind: 'individual', personId: w.binh.id, awardKind: 'TTLDTT' },
      { subjectKind: 'individual', personId: w.lan.id, awardKind: 'LDTT' },
      { subjectKind: 'collective', unitId: w.communeA.id, awardKind: 'TTLDTT' },
      { subjectKind: 'individual', personId: w.binh.id, awardKind: 'BK_TINH' },
      { subjectKind: 'individual', personId: w.binh.id, awardKind: 'LDTT' },
      { subjectKind: 'individual', personId: w.binh.id, awardKind: 'LDTT' },
      { subjectKind: 'collective', unitId: w.communeB.id, awardKind: 'XA_TB' },
    ],
  });
  assert.equal(res.statusCode, 400, res.body);
  const fields = res.json().error.fields;
  assert.equal(
    fields['lines.0.awardKind'],
    '“Tập thể lao động tiên tiến” không phải danh hiệu dành cho cá nhân',
  );
  assert.equal(
    fields['lines.1.personId'],
    'Cá nhân không công tác tại đơn vị (hoặc đơn vị trực thuộc) trong năm 2023',
  );
  assert.equal(
    fields['lines.2.unitId'],
    'Tập thể không phải đơn vị đăng ký hoặc đơn vị trực thuộc đang hoạt động năm 2023',
  );
  assert.match(fields['lines.3.awardKind'], /hình thức khen thưởng, không đăng ký thi đua/);
  assert.equal(
    fields['lines.5.awardKind'],
    'Dòng này trùng với một dòng trước (cùng đối tượng, cùng danh hiệu)',
  );
  assert.equal(fields['lines.6.awardKind'], 'Chế độ áp dụng cho năm 2023 không có danh hiệu này');
  assert.equal(fields['lines.4.awardKind'], undefined);

  // A closed commune cannot register for a year it did not exist; the province has no parent; scope.
  assert.equal(
    (await post(t.app, w.adminP, '/api/registrations', { unitId: w.closed.id, year: 2023 })).json().error
      .fields.year,
    'Đơn vị không hoạt động trong năm 2023',
  );
  assert.equal(
    (await post(t.app, w.adminP, '/api/registrations', { unitId: w.province.id, year: 2023 })).json().error
      .fields.unitId,
    'Đơn vị cấp cao nhất không có đơn vị cấp trên để gửi đăng ký thi đua',
  );
  assert.equal(
    (await post(t.app, w.officerB, '/api/registrations', { unitId: w.communeA.id, year: 2023 })).statusCode,
    400,
  );
  assert.equal(
    (await post(t.app, w.viewerA, '/api/registrations', { unitId: w.communeA.id, year: 2024 })).statusCode,
    403,
  );
  // An empty registration cannot be sent.
  const empty = (
    await post(t.app, w.officerB, '/api/registrations', { unitId: w.communeB.id, year: 2024 })
  ).json();
  const sent = await post(t.app, w.officerB, `/api/registrations/${empty.id}/submit`, {
    version: empty.version,
  });
  assert.equal(sent.statusCode, 400);
  assert.equal(sent.json().error.fields.lines, 'Chưa có danh hiệu đăng ký');
  // One registration per unit and year.
  const twice = await post(t.app, w.officerB, '/api/registrations', { unitId: w.communeB.id, year: 2024 });
  assert.equal(twice.statusCode, 409, twice.body);
  assert.equal(twice.json().error.message, 'Đơn vị đã có bản đăng ký thi đua của năm này');
});

test('deadline per parent and year: a late first submission is flagged; figures of the parent over its children', async () => {
  const res = await put(t.app, w.officerD, '/api/registration-deadlines', {
    parentUnitId: w.district.id,
    year: 2025,
    dueOn: '2025-01-31',
    note: 'Theo Hướng dẫn số 01/HD-HĐTĐKT',
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().dueOn, '2025-01-31');
  // Only the parent's side sets it: a viewer of the district is refused; the district is unknown to a commune.
  const body = { parentUnitId: w.district.id, year: 2025, dueOn: '2025-02-28', version: 1 };
  assert.equal((await put(t.app, w.viewerD, '/api/registration-deadlines', body)).statusCode, 403);
  assert.equal((await put(t.app, w.officerA, '/api/registration-deadlines', body)).statusCode, 400);
  // A deadline outside the year (or the year before) is refused.
  const wrong = await put(t.app, w.officerD, '/api/registration-deadlines', {
    parentUnitId: w.district.id,
    year: 2025,
    dueOn: '2023-02-28',
    version: 1,
  });
  assert.equal(wrong.json().error.fields.dueOn, 'Hạn đăng ký năm 2025 phải trong năm 2024 hoặc 2025');

  // Commune A submits on time (31/01, the deadline day), commune B two days late; C never registers.
  const a = (
    await post(t.app, w.officerA, '/api/registrations', {
      unitId: w.communeA.id,
      year: 2025,
      lines: linesA().slice(2),
    })
  ).json() as RegistrationView;
  const b = (
    await post(t.app, w.officerB, '/api/registrations', {
      unitId: w.communeB.id,
      year: 2025,
      lines: [
        { subjectKind: 'individual', personId: w.binh.id, awardKind: 'LDTT' },
        { subjectKind: 'collective', unitId: w.communeB.id, awardKind: 'TTLDTT' },
      ],
    })
  ).json() as RegistrationView;
  const actor = systemActor();
  // Submissions at a chosen time go through the service (the HTTP route stamps the current time).
  let viewA = await t.database.db.transaction((tx) =>
    submitRegistration(tx, actor, a.id, { version: a.version }, new Date('2025-01-31T17:30:00Z')),
  );
  const viewB = await t.database.db.transaction((tx) =>
    submitRegistration(tx, actor, b.id, { version: b.version }, new Date('2025-02-02T03:00:00Z')),
  );
  // 31/01 17:30 UTC is 00:30 on 01/02 in Vietnam: late by one day.
  assert.deepEqual(viewA.deadline, { dueOn: '2025-01-31', late: true, daysLate: 1, overdue: false });
  assert.deepEqual(viewB.deadline, { dueOn: '2025-01-31', late: true, daysLate: 2, overdue: false });
  // Moving the deadline by a day (with version) makes A on time.
  const moved = await put(t.app, w.officerD, '/api/registration-deadlines', {
    parentUnitId: w.district.id,
    year: 2025,
    dueOn: '2025-02-01',
    version: 1,
  });
  assert.equal(moved.statusCode, 200, moved.body);
  viewA = (await get(t.app, w.officerA, `/api/registrations/${a.id}`)).json();
  assert.deepEqual(viewA.deadline, { dueOn: '2025-02-01', late: false, daysLate: 0, overdue: false });
  await post(t.app, w.officerD, `/api/registrations/${a.id}/accept`, { version: viewA.version });

  // Lan became LĐTT 2025 (recorded award): achieved; Hùng did not.
  const award = await post(t.app, w.officerA, `/api/people/${w.lan.id}/awards`, {
    awardKind: 'LDTT',
    year: 2025,
    decisionNumber: '12/QĐ-UBND',
    decisionDate: '2025-12-20',
    authority: 'Chủ tịch UBND xã An Đăng',
  });
  assert.equal(award.statusCode, 201, award.body);

  const figures = (
    await get(t.app, w.officerD, `/api/registration-figures?parentUnitId=${w.district.id}&year=2025`)
  ).json() as FiguresView;
  assert.equal(figures.dueOn, '2025-02-01');
  assert.deepEqual(
    figures.rows.map((r) => [r.unit.name, r.status, r.deadline.late, r.registered, r.achieved]),
    [
      ['Xã An Đăng', 'accepted', false, 3, 1],
      ['Xã Bình Đăng', 'submitted', true, 2, 0],
      ['Xã Cẩm Đăng', null, false, 0, 0],
    ],
  );
  assert.deepEqual(
    figures.totals.map((k) => [k.awardKindName, k.registered, k.achieved]),
    [
      ['Lao động tiên tiến', 3, 1],
      ['Chiến sĩ thi đua cơ sở', 1, 0],
      ['Tập thể lao động tiên tiến', 1, 0],
    ],
  );
  assert.deepEqual(figures.counts, {
    children: 3,
    notRegistered: 1,
    draft: 0,
    submitted: 1,
    accepted: 1,
    returned: 0,
    late: 1,
  });
  // The commune's registration shows what was achieved.
  const lanLine = viewA.lines.find((l) => l.subject.name === 'Nguyễn Thị Lan' && l.awardKind === 'LDTT');
  const reread = (await get(t.app, w.officerA, `/api/registrations/${a.id}`)).json() as RegistrationView;
  assert.equal(lanLine?.achieved, false);
  assert.equal(reread.lines.find((l) => l.id === lanLine!.id)!.achieved, true);
  // Figures are for the parent's scope: a commune officer does not see the district.
  assert.equal(
    (await get(t.app, w.officerA, `/api/registration-figures?parentUnitId=${w.district.id}&year=2025`))
      .statusCode,
    404,
  );
  // Lists: the received registrations of the district for the year.
  const list = (
    await get(t.app, w.specialistD, `/api/registrations?parentUnitId=${w.district.id}&year=2025`)
  ).json();
  assert.deepEqual(
    list.items.map((i: { unit: { name: string }; status: string }) => [i.unit.name, i.status]),
    [
      ['Xã An Đăng', 'accepted'],
      ['Xã Bình Đăng', 'submitted'],
    ],
  );
  // A draft past the deadline is overdue.
  const c = (
    await post(t.app, w.officerD, '/api/registrations', { unitId: w.communeC.id, year: 2025 })
  ).json();
  assert.equal(c.deadline.overdue, true);
  const edited = await patch(t.app, w.officerD, `/api/registrations/${c.id}`, {
    version: c.version,
    note: 'Bổ sung',
  });
  assert.equal(edited.json().note, 'Bổ sung');
});

test('eligibility reads the stored registrations where a local rule requires registration', async () => {
  // Runs after the tests above: commune A's 2023 registration was accepted with TTLĐXS (the commune), Thôn văn
  // hóa, LĐTT and CSTĐCS for Lan (Hùng's LĐTT line was dropped before resubmission); commune B's 2025
  // registration (Bình: LĐTT) is submitted, not yet accepted.
  const overlay = await post(t.app, w.adminP, '/api/overlays', {
    unitId: w.district.id,
    document: 'Quyết định số 25/2023/QĐ-UBND của UBND huyện (thử nghiệm)',
    effectiveFrom: '2023-01-01',
    params: { registrationRequired: true },
  });
  assert.equal(overlay.statusCode, 201, overlay.body);
  const registered = async (subjectId: string, subjectKind: string, awardKind: string, year: number) => {
    const res = await post(t.app, w.officerD, '/api/eligibility/evaluate', {
      subjectId,
      asOf: `${year}-12-31`,
      request: { subjectKind, awardKind, year, awardType: 'cong_trang' },
    });
    assert.equal(res.statusCode, 200, res.body);
    const row = (res.json().criteria as { id: string; status: string; evidence: { text: string }[] }[]).find(
      (c) => c.id === 'general.registered',
    );
    return row ? [row.status, row.evidence[0]?.text] : null;
  };
  assert.deepEqual(await registered(w.lan.id, 'individual', 'LDTT', 2023), [
    'pass',
    'Có đăng ký thi đua Lao động tiên tiến năm 2023.',
  ]);
  assert.deepEqual(await registered(w.hung.id, 'individual', 'LDTT', 2023), [
    'fail',
    'Không có đăng ký thi đua Lao động tiên tiến năm 2023.',
  ]);
  assert.deepEqual(await registered(w.communeA.id, 'collective', 'TTLDXS', 2023), [
    'pass',
    'Có đăng ký thi đua Tập thể lao động xuất sắc năm 2023.',
  ]);
  // Registration sent but not accepted yet: not settled → unknown.
  assert.deepEqual(await registered(w.binh.id, 'individual', 'LDTT', 2025), [
    'unknown',
    'Chưa có dữ liệu đăng ký thi đua của năm.',
  ]);
  // The suggestions read them too: Hùng is refused for LĐTT 2023, Lan is not.
  const suggestions = await get(
    t.app,
    w.officerD,
    `/api/eligibility/suggestions?unitId=${w.communeA.id}&awardKind=LDTT&year=2023&asOf=2023-12-31&pageSize=50`,
  );
  assert.equal(suggestions.statusCode, 200, suggestions.body);
  const names = suggestions.json().items.map((i: { name: string }) => i.name);
  assert.equal(names.includes('Trần Văn Hùng'), false);
  assert.equal(names.includes('Nguyễn Thị Lan'), true);
});
