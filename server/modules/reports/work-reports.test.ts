// Work reports through the API: figures generated for a unit and a period (scope, Vietnamese field errors, the
// documents the unit issued with the higher ones they implement), stored reports (pre-fill from the previous
// period, versions, optimistic version check, issue freezes the figures, issued immutable in the service and in
// the database), the .docx, deleting a draft (an issued report cannot be deleted).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { WorkReportFigures, WorkReportVersions, WorkReportView } from '../../../contracts/reports';
import { workReports, workReportVersions } from '../../db/schema/index';
import { systemActor } from '../../lib/actor';
import { docxText } from '../../render/docx-text';
import { buildTestApp, call, type Session, type TestApp } from '../../test/app';
import { createUnit, type UnitRow } from '../../test/factories';
import { createDocument } from '../documents/documents.service';
import { createMovement } from '../movements/movements.service';
import { get, patch, post, signInAs } from '../people/people.fixtures';
import { updateWorkReport } from './work-reports.service';

let t: TestApp;
let province: UnitRow;
let district: UnitRow;
let other: UnitRow;
let officer: Session;
let leader: Session;
let viewer: Session;
let stranger: Session;

before(async () => {
  t = await buildTestApp();
  const db = t.database.db;
  province = await createUnit(db, { name: 'tỉnh Thử', kind: 'province', level: 'province' });
  district = await createUnit(db, {
    parent: province,
    name: 'huyện Thử',
    kind: 'district',
    level: 'district',
  });
  other = await createUnit(db, { name: 'tỉnh Khác', kind: 'province', level: 'province' });
  officer = await signInAs(t.app, db, 'officer', district);
  leader = await signInAs(t.app, db, 'leader', district);
  viewer = await signInAs(t.app, db, 'viewer', district);
  stranger = await signInAs(t.app, db, 'admin', other);
  const actor = systemActor();
  await db.transaction(async (tx) => {
    const higher = await createDocument(tx, actor, {
      unitId: province.id,
      type: 'chi_thi',
      numberSymbol: '01/CT-UBND',
      issuedOn: '2023-01-19',
      issuerName: 'UBND tỉnh Thử',
      issuerUnitId: province.id,
      issuerLevel: 'province',
      summary: 'tổ chức phong trào thi đua năm 2023',
    });
    const own = await createDocument(tx, actor, {
      unitId: district.id,
      type: 'chi_thi',
      numberSymbol: '199/CT-UBND',
      issuedOn: '2023-02-01',
      issuerName: 'UBND huyện Thử',
      issuerUnitId: district.id,
      issuerLevel: 'district',
      summary: 'phát động phong trào thi đua năm 2023',
    });
    await createDocument(tx, actor, {
      unitId: district.id,
      type: 'ke_hoach',
      numberSymbol: '500/KH-UBND',
      issuedOn: '2023-08-01',
      issuerName: 'UBND huyện Thử',
      issuerUnitId: district.id,
      issuerLevel: 'district',
      summary: 'ngoài kỳ báo cáo',
    });
    const parent = await createMovement(tx, actor, {
      name: 'Phong trào thi đua năm 2023 của tỉnh',
      kind: 'regular',
      unitId: province.id,
      launchingUnitId: province.id,
      authorityName: 'UBND tỉnh Thử',
      authorityLevel: 'province',
      periodFrom: '2023-01-01',
      periodTo: '2023-12-31',
      documents: [{ documentId: higher.id, role: 'launching' }],
      participantUnitIds: [district.id],
    });
    await createMovement(tx, actor, {
      parentId: parent.id,
      name: 'Phong trào thi đua năm 2023 của huyện',
      kind: 'regular',
      unitId: district.id,
      launchingUnitId: district.id,
      authorityName: 'UBND huyện Thử',
      authorityLevel: 'district',
      periodFrom: '2023-01-01',
      periodTo: '2023-12-31',
      documents: [{ documentId: own.id, role: 'launching' }],
    });
  });
});
after(() => t.close());

const figuresUrl = (unitId: string, from: string, to: string) =>
  `/api/reports/work-report?unitId=${unitId}&from=${from}&to=${to}`;

test('figures: the documents the unit issued in the period, each with the higher document it implements', async () => {
  const res = await get(t.app, viewer, figuresUrl(district.id, '2023-01-01', '2023-06-30'));
  assert.equal(res.statusCode, 200, res.body);
  const f = res.json() as WorkReportFigures;
  assert.equal(f.period.label, '6 tháng đầu năm 2023');
  assert.equal(f.title, 'Công tác thi đua, khen thưởng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023');
  assert.deepEqual(
    f.leadership.documents.map((d) => [d.citation, d.implements.map((i) => i.citation)]),
    [['Chỉ thị số 199/CT-UBND ngày 01/02/2023', ['Chỉ thị số 01/CT-UBND ngày 19/01/2023']]],
  );
  assert.match(f.leadership.sentence, /đã ban hành 01 văn bản/);
  // The district's movement stands for the chain; the province's level is named above it.
  assert.deepEqual(
    f.movements.map((m) => [
      m.name,
      m.higher.map((h) => h.name),
      m.launchingDocuments.map((d) => d.numberSymbol),
    ]),
    [
      [
        'Phong trào thi đua năm 2023 của huyện',
        ['Phong trào thi đua năm 2023 của tỉnh'],
        ['01/CT-UBND', '199/CT-UBND'],
      ],
    ],
  );
  assert.deepEqual(f.awardResults, []);
  assert.deepEqual([f.awardTotals.awarded, f.awardTotals.proposed], [0, 0]);
  assert.equal(f.council, null);
});

test('figures: outside the subtree 404, bad dates 400 with Vietnamese field messages', async () => {
  assert.equal(
    (await get(t.app, stranger, figuresUrl(district.id, '2023-01-01', '2023-06-30'))).statusCode,
    404,
  );
  const reversed = await get(t.app, officer, figuresUrl(district.id, '2023-06-30', '2023-01-01'));
  assert.equal(reversed.statusCode, 400);
  assert.equal(reversed.json().error.fields.to, 'Đến ngày phải sau hoặc trùng từ ngày');
  const bad = await get(t.app, officer, figuresUrl(district.id, '2023-02-30', '2023-06-30'));
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.fields.from, 'Ngày không tồn tại');
});

test('stored reports: pre-fill, versions, conflict, issue freezes, issued immutable, .docx', async () => {
  const db = t.database.db;
  // Last year's second half, issued: the narrative to carry forward.
  const first = await post(t.app, officer, '/api/work-reports', {
    unitId: district.id,
    from: '2022-07-01',
    to: '2022-12-31',
    addressee: 'Ban Thi đua - Khen thưởng tỉnh',
    signerCapacity: 'TM. Ủy ban nhân dân',
    signerTitle: 'Chủ tịch',
    signerName: 'Nguyễn Văn Ký',
    recipients: ['Ban TĐKT tỉnh', 'Lưu: VT, NV'],
    strengths: 'Ưu điểm kỳ trước.\nDòng thứ hai.',
    weaknesses: 'Hạn chế kỳ trước.',
  });
  assert.equal(first.statusCode, 201, first.body);
  const r1 = first.json() as WorkReportView;
  assert.equal(r1.title, 'Công tác thi đua, khen thưởng 6 tháng cuối năm 2022, nhiệm vụ năm 2023');

  // Only editors create; outside the subtree the unit does not exist.
  assert.equal(
    (
      await post(t.app, viewer, '/api/work-reports', {
        unitId: district.id,
        from: '2023-01-01',
        to: '2023-06-30',
      })
    ).statusCode,
    403,
  );
  assert.equal(
    (
      await post(t.app, stranger, '/api/work-reports', {
        unitId: district.id,
        from: '2023-01-01',
        to: '2023-06-30',
      })
    ).statusCode,
    404,
  );

  const created = await post(t.app, officer, '/api/work-reports', {
    unitId: district.id,
    from: '2023-01-01',
    to: '2023-06-30',
  });
  assert.equal(created.statusCode, 201, created.body);
  const r2 = created.json() as WorkReportView;
  assert.equal(r2.strengths, 'Ưu điểm kỳ trước.\nDòng thứ hai.');
  assert.equal(r2.weaknesses, 'Hạn chế kỳ trước.');
  assert.equal(r2.signerName, 'Nguyễn Văn Ký');
  assert.deepEqual(r2.recipients, ['Ban TĐKT tỉnh', 'Lưu: VT, NV']);
  assert.equal(r2.status, 'draft');
  assert.equal(
    (
      await post(t.app, officer, '/api/work-reports', {
        unitId: district.id,
        from: '2023-01-01',
        to: '2023-06-30',
      })
    ).statusCode,
    409,
  );

  const saved = await patch(t.app, officer, `/api/work-reports/${r2.id}`, {
    version: r2.version,
    tasks: 'Nhiệm vụ 1.\nNhiệm vụ 2.',
  });
  assert.equal(saved.statusCode, 200, saved.body);
  const r2b = saved.json() as WorkReportView;
  assert.equal(r2b.version, r2.version + 1);
  const stale = await patch(t.app, officer, `/api/work-reports/${r2.id}`, {
    version: r2.version,
    tasks: 'Khác',
  });
  assert.equal(stale.statusCode, 409);
  assert.equal(stale.json().error.code, 'CONFLICT');
  const versions = (
    await get(t.app, officer, `/api/work-reports/${r2.id}/versions`)
  ).json() as WorkReportVersions;
  assert.deepEqual(
    versions.items.map((v) => v.version),
    [2, 1],
  );
  assert.equal(versions.items[0]!.content.tasks, 'Nhiệm vụ 1.\nNhiệm vụ 2.');
  assert.equal(versions.items[1]!.content.tasks, '');

  // Issue: the specialist-less officer of the unit may; a viewer may not; bad number 400.
  assert.equal(
    (
      await post(t.app, viewer, `/api/work-reports/${r2.id}/issue`, {
        version: r2b.version,
        numberSymbol: '12/BC-UBND',
        issuedOn: '2023-07-05',
      })
    ).statusCode,
    403,
  );
  const badNumber = await post(t.app, leader, `/api/work-reports/${r2.id}/issue`, {
    version: r2b.version,
    numberSymbol: 'BC',
    issuedOn: '2023-07-05',
  });
  assert.equal(badNumber.statusCode, 400);
  assert.ok(badNumber.json().error.fields.numberSymbol);
  const issued = await post(t.app, leader, `/api/work-reports/${r2.id}/issue`, {
    version: r2b.version,
    numberSymbol: '12/BC-UBND',
    issuedOn: '2023-07-05',
  });
  assert.equal(issued.statusCode, 200, issued.body);
  const r2c = issued.json() as WorkReportView;
  assert.equal(r2c.status, 'issued');
  assert.equal(r2c.can.update, false);
  const [row] = await db.select().from(workReports).where(eq(workReports.id, r2.id));
  assert.equal((row!.figures as WorkReportFigures).leadership.documents.length, 1);

  // Immutable: the API refuses, the service refuses, the database refuses.
  const edit = await patch(t.app, officer, `/api/work-reports/${r2.id}`, {
    version: r2c.version,
    tasks: 'Sửa sau ban hành',
  });
  assert.equal(edit.statusCode, 409);
  assert.equal(edit.json().error.code, 'INVALID_STATE');
  const actor = systemActor();
  await assert.rejects(
    db.transaction((tx) => updateWorkReport(tx, actor, r2.id, { version: r2c.version, tasks: 'x' })),
    /đã ban hành/,
  );
  const guarded = (e: unknown) => {
    const err = e as Error & { cause?: Error };
    return /work report .* is issued/.test(`${err.message} ${err.cause?.message ?? ''}`);
  };
  await assert.rejects(db.update(workReports).set({ tasks: 'x' }).where(eq(workReports.id, r2.id)), guarded);
  await assert.rejects(db.delete(workReports).where(eq(workReports.id, r2.id)), guarded);

  // The issued figures stay as they were: a document added afterwards does not enter the report.
  await db.transaction((tx) =>
    createDocument(tx, actor, {
      unitId: district.id,
      type: 'ke_hoach',
      numberSymbol: '300/KH-UBND',
      issuedOn: '2023-03-01',
      issuerName: 'UBND huyện Thử',
      issuerUnitId: district.id,
      issuerLevel: 'district',
      summary: 'ghi nhận sau khi ban hành',
    }),
  );
  const again = (await get(t.app, viewer, `/api/work-reports/${r2.id}`)).json() as WorkReportView;
  assert.equal(again.figures.leadership.documents.length, 1);
  const live = (
    await get(t.app, viewer, figuresUrl(district.id, '2023-01-01', '2023-06-30'))
  ).json() as WorkReportFigures;
  assert.equal(live.leadership.documents.length, 2);

  // The .docx of the stored report and of the period.
  const doc = await get(t.app, viewer, `/api/work-reports/${r2.id}/docx`);
  assert.equal(doc.statusCode, 200);
  const text = docxText(doc.rawPayload);
  for (const s of [
    'BÁO CÁO',
    'Số: 12/BC-UBND',
    'Kính gửi: Ban Thi đua - Khen thưởng tỉnh.',
    'I. THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2023',
    'Chỉ thị số 199/CT-UBND ngày 01/02/2023',
    '3.2. Kết quả khen thưởng',
    'III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023',
    'Nhiệm vụ 2.',
    'Nguyễn Văn Ký',
    '- Lưu: VT, NV.',
  ]) {
    assert.ok(text.includes(s), `missing ${s}`);
  }
  assert.ok(!text.includes('300/KH-UBND'));
  const byPeriod = await get(
    t.app,
    viewer,
    `/api/reports/work-report.docx?unitId=${district.id}&from=2023-01-01&to=2023-06-30`,
  );
  assert.equal(byPeriod.statusCode, 200);
  assert.ok(docxText(byPeriod.rawPayload).includes('Số: 12/BC-UBND'));
  assert.equal((await get(t.app, stranger, `/api/work-reports/${r2.id}`)).statusCode, 404);
  assert.equal((await get(t.app, stranger, `/api/work-reports/${r2.id}/docx`)).statusCode, 404);

  // The list and the audit trail.
  const list = (await get(t.app, viewer, '/api/work-reports')).json();
  assert.deepEqual(
    list.items.map((i: { periodLabel: string; status: string }) => [i.periodLabel, i.status]),
    [
      ['6 tháng đầu năm 2023', 'issued'],
      ['6 tháng cuối năm 2022', 'draft'],
    ],
  );
  assert.equal((await get(t.app, stranger, '/api/work-reports')).json().total, 0);
  const audit = await db.execute(
    `select action from audit_log where entity = 'work_report' and entity_id = '${r2.id}' order by seq`,
  );
  assert.deepEqual(
    (audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action),
    ['work_report.created', 'work_report.updated', 'work_report.issued'],
  );
});

test('delete: a draft made by mistake goes with its versions; an issued report answers 409 in Vietnamese', async () => {
  const db = t.database.db;
  const del = (s: Session, id: string) =>
    call(t.app, s, { method: 'DELETE', url: `/api/work-reports/${id}` });
  const draft = (
    await post(t.app, officer, '/api/work-reports', {
      unitId: district.id,
      from: '2024-01-01',
      to: '2024-03-31',
    })
  ).json() as WorkReportView;
  assert.equal(draft.can.delete, true);
  assert.equal((await get(t.app, viewer, `/api/work-reports/${draft.id}`)).json().can.delete, false);
  assert.equal((await del(viewer, draft.id)).statusCode, 403);
  assert.equal((await del(stranger, draft.id)).statusCode, 404);
  const gone = await del(officer, draft.id);
  assert.equal(gone.statusCode, 200, gone.body);
  assert.deepEqual(gone.json(), { ok: true });
  assert.equal((await get(t.app, officer, `/api/work-reports/${draft.id}`)).statusCode, 404);
  assert.equal(
    (await db.select().from(workReportVersions).where(eq(workReportVersions.reportId, draft.id))).length,
    0,
  );
  const audit = await db.execute(
    `select action, before->>'periodFrom' as period_from from audit_log
      where entity = 'work_report' and entity_id = '${draft.id}' order by seq`,
  );
  assert.deepEqual(
    (audit as unknown as { rows: { action: string; period_from: string | null }[] }).rows.map((r) => [
      r.action,
      r.period_from,
    ]),
    [
      ['work_report.created', null],
      ['work_report.deleted', '2024-01-01'],
    ],
  );

  const other = (
    await post(t.app, officer, '/api/work-reports', {
      unitId: district.id,
      from: '2024-04-01',
      to: '2024-06-30',
      signerName: 'Nguyễn Văn Ký',
      addressee: 'Ban Thi đua - Khen thưởng tỉnh',
    })
  ).json() as WorkReportView;
  const issued = await post(t.app, leader, `/api/work-reports/${other.id}/issue`, {
    version: other.version,
    numberSymbol: '30/BC-UBND',
    issuedOn: '2024-07-02',
  });
  assert.equal(issued.statusCode, 200, issued.body);
  assert.equal((issued.json() as WorkReportView).can.delete, false);
  const refused = await del(officer, other.id);
  assert.equal(refused.statusCode, 409);
  assert.equal(refused.json().error.message, 'Báo cáo đã ban hành, không thể xóa');
  assert.equal((await get(t.app, officer, `/api/work-reports/${other.id}`)).statusCode, 200);
});
