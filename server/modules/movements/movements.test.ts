import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { DocumentView } from '../../../contracts/documents';
import type { MovementPage, MovementTree, MovementView } from '../../../contracts/movements';
import { auditLog, dossierNominees, dossiers } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson } from '../../test/factories';
import { del, get, patch, post, type RegisterWorld, registerWorld } from '../documents/documents.fixtures';

let t: TestApp;
let w: RegisterWorld;
// The chain of the seed report: the Prime Minister's movement → the province's plan → the district's.
let national: MovementView;
let provincial: MovementView;
let district: MovementView;
let plan373: DocumentView;
let resolution65: DocumentView;

before(async () => {
  t = await buildTestApp();
  w = await registerWorld(t.app, t.database.db);
});
after(() => t.close());

async function created<T>(res: Awaited<ReturnType<typeof post>>): Promise<T> {
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as T;
}

const ok = (res: Awaited<ReturnType<typeof post>>): MovementView => {
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};

test('a movement across levels: national → province (with its plan) → district', async () => {
  plan373 = await created(
    await post(t.app, w.provinceOfficer, '/api/documents', {
      unitId: w.province.id,
      type: 'ke_hoach',
      numberSymbol: '373/KH-UBND',
      issuerName: 'UBND tỉnh Thử Nghiệm',
      issuerLevel: 'province',
      summary: 'tổ chức phong trào thi đua “Doanh nghiệp Thử Nghiệm hội nhập và phát triển”',
    }),
  );
  resolution65 = await created(
    await post(t.app, w.provinceOfficer, '/api/documents', {
      unitId: w.province.id,
      type: 'nghi_quyet',
      numberSymbol: '65/2018/NQ-HĐND',
      issuedOn: '2018-07-18',
      issuerName: 'HĐND tỉnh Thử Nghiệm',
      issuerLevel: 'province',
      summary: 'quy định một số chính sách hỗ trợ thành lập mới hộ kinh doanh và doanh nghiệp',
    }),
  );
  // Launched outside the system: followed by the province.
  national = await created(
    await post(t.app, w.provinceOfficer, '/api/movements', {
      name: 'Doanh nghiệp Việt Nam hội nhập và phát triển',
      kind: 'thematic',
      unitId: w.province.id,
      authorityName: 'Thủ tướng Chính phủ',
      authorityLevel: 'central',
    }),
  );
  assert.equal(national.launchingUnit, null);
  assert.equal(national.unit.id, w.province.id);
  assert.equal(national.authorityLevel, 'central');
  provincial = await created(
    await post(t.app, w.provinceOfficer, '/api/movements', {
      name: 'Doanh nghiệp Thử Nghiệm hội nhập và phát triển',
      kind: 'thematic',
      parentId: national.id,
      launchingUnitId: w.province.id,
      participantUnitIds: [w.district.id],
      documents: [
        { documentId: plan373.id, role: 'implementing' },
        { documentId: resolution65.id, role: 'related' },
      ],
    }),
  );
  assert.equal(
    provincial.authorityName,
    'Tỉnh Thử Nghiệm',
    'the launching unit names the authority by default',
  );
  assert.equal(provincial.authorityLevel, 'province');
  assert.deepEqual(
    provincial.documents.map((d) => [d.reference, d.role]),
    [
      ['Kế hoạch số 373/KH-UBND', 'implementing'],
      ['Nghị quyết số 65/2018/NQ-HĐND ngày 18/7/2018', 'related'],
    ],
  );
  district = await created(
    await post(t.app, w.officer, '/api/movements', {
      name: 'Doanh nghiệp Việt Nam hội nhập và phát triển',
      nameVariants: ['Doanh nghiệp Cẩm Thử hội nhập'],
      kind: 'thematic',
      parentId: provincial.id,
      launchingUnitId: w.district.id,
      authorityName: 'UBND huyện Cẩm Thử',
      year: 2023,
      activities: ['tổ chức giải bóng đá giao hữu giữa các doanh nghiệp'],
      participantUnitIds: [w.communeA.id],
    }),
  );
  assert.equal(district.authorityLevel, 'district');
  assert.equal(district.period, 'năm 2023');
  assert.deepEqual(
    district.ancestors.map((a) => a.id),
    [national.id, provincial.id],
  );
  assert.deepEqual(
    district.upstreamDocuments.map((d) => d.numberSymbol),
    ['373/KH-UBND', '65/2018/NQ-HĐND'],
  );
  assert.equal(district.status, 'launched');
  assert.deepEqual(
    district.statusEvents.map((e) => [e.action, e.toStatus]),
    [['launch', 'launched']],
  );
  const parent: MovementView = (
    await get(t.app, w.provinceOfficer, `/api/movements/${provincial.id}`)
  ).json();
  assert.deepEqual(
    parent.children.map((c) => c.id),
    [district.id],
  );
  assert.equal(parent.can.delete, false, 'a movement with movements below it is not deleted');
  // The document page lists the movements it serves.
  const doc: DocumentView = (await get(t.app, w.officer, `/api/documents/${plan373.id}`)).json();
  assert.deepEqual(doc.movements, [{ id: provincial.id, name: provincial.name, role: 'implementing' }]);
  assert.equal(doc.can.delete, false);
  const res = await del(t.app, w.provinceOfficer, `/api/documents/${plan373.id}`);
  assert.equal(res.statusCode, 409);
  const audit = await t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, district.id), eq(auditLog.action, 'movement.created')));
  assert.equal(audit.length, 1);
});

test('indicators with targets and actuals per unit and period, written as the report writes them', async () => {
  let view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/indicators`, {
      name: 'số doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh (gọi chung là doanh nghiệp) trên địa bàn huyện',
      unitOfMeasure: 'doanh nghiệp',
      target: 600,
    }),
  );
  view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/indicators`, {
      name: 'tổng vốn điều lệ',
      unitOfMeasure: 'tỷ đồng',
    }),
  );
  const [firms, capital] = view.indicators;
  const period = { unitId: w.district.id, periodFrom: '2023-01-01', periodTo: '2023-06-30' };
  view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/indicators/${firms!.id}/values`, {
      ...period,
      actual: 632,
      qualifier: 'more_than',
    }),
  );
  view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/indicators/${capital!.id}/values`, {
      ...period,
      actual: 9164,
      qualifier: 'nearly',
      asOf: '2023-06-05',
    }),
  );
  const firmValue = view.indicators[0]!.values[0]!;
  assert.equal(firmValue.actualText, 'hơn 632 doanh nghiệp');
  assert.equal(firmValue.period, '6 tháng đầu năm 2023');
  assert.equal(firmValue.share, 632 / 600, 'the indicator target applies when the unit has none');
  assert.equal(view.indicators[1]!.values[0]!.actualText, 'gần 9.164 tỷ đồng');
  assert.equal(view.indicators[1]!.values[0]!.asOf, '2023-06-05');
  // A commune of the district may report too; the province (above the movement's unit) may not.
  view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/indicators/${firms!.id}/values`, {
      ...period,
      unitId: w.communeA.id,
      target: 40,
      actual: 35,
    }),
  );
  assert.equal(view.indicators[0]!.values.length, 2);
  let res = await post(t.app, w.officer, `/api/movements/${district.id}/indicators/${firms!.id}/values`, {
    ...period,
    unitId: w.province.id,
    actual: 1,
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.unitId);
  // The same unit and period twice, and a second indicator of the same name: 409.
  res = await post(t.app, w.officer, `/api/movements/${district.id}/indicators/${firms!.id}/values`, {
    ...period,
    actual: 700,
  });
  assert.equal(res.statusCode, 409);
  assert.match(res.json().error.message, /cùng kỳ/);
  res = await post(t.app, w.officer, `/api/movements/${district.id}/indicators`, {
    name: 'Tổng vốn điều lệ',
  });
  assert.equal(res.statusCode, 409);
  // A qualifier needs an actual figure; a figure needs a target or an actual.
  res = await post(t.app, w.officer, `/api/movements/${district.id}/indicators/${capital!.id}/values`, {
    ...period,
    unitId: w.communeA.id,
    qualifier: 'nearly',
    target: 5,
  });
  assert.equal(res.statusCode, 400);
  // Editing a figure checks its version.
  const value = view.indicators[0]!.values.find((v) => v.unit.id === w.communeA.id)!;
  view = ok(
    await patch(t.app, w.officer, `/api/movements/${district.id}/indicator-values/${value.id}`, {
      version: value.version,
      actual: 41,
    }),
  );
  assert.equal(view.indicators[0]!.values.find((v) => v.id === value.id)!.actual, 41);
  res = await patch(t.app, w.officer, `/api/movements/${district.id}/indicator-values/${value.id}`, {
    version: value.version,
    actual: 42,
  });
  assert.equal(res.statusCode, 409);
  // Nobody but the district's officers records figures of the district's movement.
  res = await post(t.app, w.officerA, `/api/movements/${district.id}/indicators`, { name: 'số hợp tác xã' });
  assert.equal(res.statusCode, 403);
});

test('search without diacritics; the tree keeps the movements above a match', async () => {
  const page: MovementPage = (await get(t.app, w.officer, '/api/movements?q=doanh+nghiep+viet+nam')).json();
  assert.deepEqual(page.items.map((m) => m.id).sort(), [national.id, district.id].sort());
  // Central first, then the district: level order.
  assert.deepEqual(
    page.items.map((m) => m.authorityLevel),
    ['central', 'district'],
  );
  const tree: MovementTree = (await get(t.app, w.officer, '/api/movements/tree?q=thu+nghiem')).json();
  const byId = new Map(tree.items.map((m) => [m.id, m]));
  assert.equal(byId.get(provincial.id)?.matches, true);
  assert.equal(byId.get(national.id)?.matches, false, 'shown to keep the tree, not a match');
  assert.equal(byId.has(district.id), false);
  const ofYear: MovementPage = (await get(t.app, w.officer, '/api/movements?year=2023')).json();
  assert.deepEqual(
    ofYear.items.map((m) => m.id),
    [district.id],
  );
  const central: MovementPage = (await get(t.app, w.officer, '/api/movements?level=central')).json();
  assert.deepEqual(
    central.items.map((m) => m.id),
    [national.id],
  );
});

test('scope: seen above and below its unit and its participants; run by its unit’s officers', async () => {
  const commune = await created<MovementView>(
    await post(t.app, w.officerA, '/api/movements', {
      name: 'Thi đua xây dựng xã An Thử đạt chuẩn nông thôn mới kiểu mẫu',
      kind: 'thematic',
      parentId: district.id,
      launchingUnitId: w.communeA.id,
    }),
  );
  // Commune B's viewer sees the province's and the district's movements (above it), not commune A's (beside it).
  assert.equal((await get(t.app, w.viewerB, `/api/movements/${district.id}`)).statusCode, 200);
  assert.equal((await get(t.app, w.viewerB, `/api/movements/${commune.id}`)).statusCode, 404);
  assert.equal((await get(t.app, w.stranger, `/api/movements/${district.id}`)).statusCode, 404);
  assert.equal(((await get(t.app, w.stranger, '/api/movements')).json() as MovementPage).total, 0);
  // The district (above commune A) sees it and may edit it; commune A may not edit the district's.
  const seen: MovementView = (await get(t.app, w.officer, `/api/movements/${commune.id}`)).json();
  assert.equal(seen.can.update, true);
  const fromA: MovementView = (await get(t.app, w.officerA, `/api/movements/${district.id}`)).json();
  assert.equal(fromA.can.update, false);
  assert.deepEqual(fromA.can.actions, []);
  let res = await patch(t.app, w.officerA, `/api/movements/${district.id}`, {
    version: fromA.version,
    note: 'x',
  });
  assert.equal(res.statusCode, 403);
  // Once commune B participates, its viewer sees commune A's movement.
  const withB = ok(
    await patch(t.app, w.officer, `/api/movements/${commune.id}`, {
      version: seen.version,
      participantUnitIds: [w.communeB.id],
    }),
  );
  assert.deepEqual(
    withB.participants.map((p) => p.id),
    [w.communeB.id],
  );
  assert.equal((await get(t.app, w.viewerB, `/api/movements/${commune.id}`)).statusCode, 200);
  // A council member or a viewer creates no movement; a commune creates none for the district.
  res = await post(t.app, w.council, '/api/movements', {
    name: 'Phong trào thử',
    kind: 'regular',
    launchingUnitId: w.district.id,
  });
  assert.equal(res.statusCode, 403);
  res = await post(t.app, w.officerA, '/api/movements', {
    name: 'Phong trào thử',
    kind: 'regular',
    launchingUnitId: w.district.id,
  });
  assert.equal(res.statusCode, 403);
  res = await post(t.app, w.officerA, '/api/movements', {
    name: 'Phong trào thử',
    kind: 'regular',
    launchingUnitId: w.elsewhere.id,
  });
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.officerA, '/api/movements', { name: 'Phong trào thử', kind: 'regular' });
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.launchingUnitId);
  // The leaf movement may be deleted by its unit.
  res = await del(t.app, w.officerA, `/api/movements/${commune.id}`);
  assert.equal(res.statusCode, 200, res.body);
});

test('the tree has no cycles: a movement cannot go under itself or one below it', async () => {
  const top: MovementView = (await get(t.app, w.provinceOfficer, `/api/movements/${national.id}`)).json();
  let res = await patch(t.app, w.provinceOfficer, `/api/movements/${national.id}`, {
    version: top.version,
    parentId: district.id,
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.parentId, /vòng lặp/);
  res = await patch(t.app, w.provinceOfficer, `/api/movements/${national.id}`, {
    version: top.version,
    parentId: national.id,
  });
  assert.equal(res.statusCode, 400);
  // Moving the district's movement straight under the national one is fine (and back).
  const current: MovementView = (await get(t.app, w.officer, `/api/movements/${district.id}`)).json();
  const moved = ok(
    await patch(t.app, w.officer, `/api/movements/${district.id}`, {
      version: current.version,
      parentId: national.id,
    }),
  );
  assert.deepEqual(
    moved.ancestors.map((a) => a.id),
    [national.id],
  );
  ok(
    await patch(t.app, w.officer, `/api/movements/${district.id}`, {
      version: moved.version,
      parentId: provincial.id,
    }),
  );
});

test('status: launched → in progress → sơ kết (with its report) → in progress → tổng kết → closed', async () => {
  const report = await created<DocumentView>(
    await post(t.app, w.officer, '/api/documents', {
      unitId: w.district.id,
      type: 'bao_cao',
      numberSymbol: '150/BC-UBND',
      issuedOn: '2023-07-05',
      issuerName: 'UBND huyện Cẩm Thử',
      summary: 'sơ kết 6 tháng đầu năm phong trào Doanh nghiệp hội nhập và phát triển',
    }),
  );
  let view: MovementView = (await get(t.app, w.officer, `/api/movements/${district.id}`)).json();
  assert.deepEqual(view.can.actions, ['start']);
  // Out of order: refused with the reason, nothing recorded.
  let res = await post(t.app, w.officer, `/api/movements/${district.id}/status`, {
    version: view.version,
    action: 'review',
    reviewKind: 'final',
  });
  assert.equal(res.statusCode, 409);
  assert.equal(res.json().error.code, 'INVALID_STATE');
  assert.match(res.json().error.message, /triển khai thực hiện trước/);
  res = await post(t.app, w.officer, `/api/movements/${district.id}/status`, {
    version: view.version,
    action: 'review',
  });
  assert.equal(res.statusCode, 400);
  view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/status`, {
      version: view.version,
      action: 'start',
      occurredOn: '2023-02-01',
    }),
  );
  assert.equal(view.status, 'in_progress');
  view = ok(
    await post(t.app, w.specialist, `/api/movements/${district.id}/status`, {
      version: view.version,
      action: 'review',
      reviewKind: 'interim',
      occurredOn: '2023-07-05',
      documentId: report.id,
    }),
  );
  assert.equal(view.status, 'reviewed');
  assert.equal(view.lastReviewKind, 'interim');
  assert.deepEqual(view.can.actions.sort(), ['close', 'resume', 'review']);
  assert.ok(
    view.documents.some((d) => d.id === report.id && d.role === 'review'),
    'the report joins by role',
  );
  res = await post(t.app, w.officer, `/api/movements/${district.id}/status`, {
    version: view.version - 1,
    action: 'resume',
  });
  assert.equal(res.statusCode, 409);
  view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/status`, {
      version: view.version,
      action: 'resume',
    }),
  );
  assert.equal(view.status, 'in_progress');
  res = await post(t.app, w.officer, `/api/movements/${district.id}/status`, {
    version: view.version,
    action: 'close',
  });
  assert.equal(res.statusCode, 409);
  view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/status`, {
      version: view.version,
      action: 'review',
      reviewKind: 'final',
      occurredOn: '2025-12-15',
    }),
  );
  assert.deepEqual(view.can.actions, ['close']);
  view = ok(
    await post(t.app, w.officer, `/api/movements/${district.id}/status`, {
      version: view.version,
      action: 'close',
      note: 'Kết thúc giai đoạn',
    }),
  );
  assert.equal(view.status, 'closed');
  assert.deepEqual(view.can.actions, []);
  assert.deepEqual(
    view.statusEvents.map((e) => [e.action, e.fromStatus, e.toStatus, e.reviewKind]),
    [
      ['launch', null, 'launched', null],
      ['start', 'launched', 'in_progress', null],
      ['review', 'in_progress', 'reviewed', 'interim'],
      ['resume', 'reviewed', 'in_progress', null],
      ['review', 'in_progress', 'reviewed', 'final'],
      ['close', 'reviewed', 'closed', null],
    ],
  );
  assert.equal(view.statusEvents[2]!.document?.reference, 'Báo cáo số 150/BC-UBND ngày 05/7/2023');
  assert.equal(view.statusEvents[2]!.occurredOn, '2023-07-05');
  const steps = await t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, district.id), eq(auditLog.action, 'movement.status_changed')));
  assert.equal(steps.length, 5);
});

test('the awards granted for it: dossiers naming the movement and their nominees', async () => {
  const person = await createPerson(t.database.db, { unit: w.communeA, fullName: 'Trần Văn Doanh' });
  // A dossier as the dossiers module stores it (that module's service is not needed to read it here).
  const [dossier] = await t.database.db
    .insert(dossiers)
    .values({
      code: 'HS-2023-00001',
      proposingUnitId: w.district.id,
      authorityCode: 'chu_tich_ubnd_huyen',
      authorityLabel: 'Chủ tịch UBND huyện',
      authorityUnitId: w.district.id,
      regimeId: 'A',
      awardType: 'chuyen_de',
      movementId: district.id,
      title: 'Khen thưởng phong trào Doanh nghiệp hội nhập và phát triển',
      achievementYear: 2023,
    })
    .returning();
  await t.database.db.insert(dossierNominees).values({
    dossierId: dossier!.id,
    position: 1,
    subjectKind: 'individual',
    personId: person.id,
    awardKind: 'GK',
  });
  const view: MovementView = (await get(t.app, w.officer, `/api/movements/${district.id}`)).json();
  assert.equal(view.awards.length, 1);
  assert.equal(view.awards[0]!.code, 'HS-2023-00001');
  assert.deepEqual(
    view.awards[0]!.nominees.map((n) => [n.subjectName, n.awardKind, n.decided]),
    [['Trần Văn Doanh', 'GK', false]],
  );
  assert.equal(view.can.delete, false);
  // Commune B's viewer sees the movement but not the district's dossier.
  const fromB: MovementView = (await get(t.app, w.viewerB, `/api/movements/${district.id}`)).json();
  assert.deepEqual(fromB.awards, []);
  // A movement with a dossier is not deleted, by the service nor by the database.
  const res = await del(t.app, w.officer, `/api/movements/${district.id}`);
  assert.equal(res.statusCode, 409);
  await assert.rejects(t.database.db.execute(`delete from movements where id = '${district.id}'`));
});
