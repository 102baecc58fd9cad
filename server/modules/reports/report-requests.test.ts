import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import type { InboxPage } from '../../../contracts/inbox';
import type { RequestPage, RequestSummary, RequestView } from '../../../contracts/report-requests';
import { auditLog, reportRequests, reportRequestTargets } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  del,
  districtResults,
  get,
  insertWorkReport,
  patch,
  post,
  requestBody,
  requestWorld,
} from './report-requests.fixtures';
import { summariseAwardResults } from './report-requests.summary';

let t: TestApp;
let w: Awaited<ReturnType<typeof requestWorld>>;
// One world per file: the sign-in rate limit (30 a minute per address) would refuse a world per test.
before(async () => {
  t = await buildTestApp();
  w = await requestWorld(t.app, t.database.db);
});
after(() => t.close());

async function rowCounts() {
  const [r] = await t.database.db.select({ n: count() }).from(reportRequests);
  const [x] = await t.database.db.select({ n: count() }).from(reportRequestTargets);
  return { requests: r!.n, targets: x!.n };
}

async function createRequest(overrides: Record<string, unknown> = {}): Promise<RequestView> {
  const res = await post(
    t.app,
    w.specialist,
    '/api/report-requests',
    requestBody(w.province.id, [w.districtA.id, w.districtB.id], overrides),
  );
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

const targetOf = (view: RequestView, unitId: string) => view.targets.find((x) => x.unit.id === unitId)!;

test('bad requests answer 400 with Vietnamese field messages and write nothing', async () => {
  const before = await rowCounts();
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ targetUnitIds: [] }, 'targetUnitIds', /ít nhất một đơn vị/],
    [{ targetUnitIds: [w.elsewhere.id] }, 'targetUnitIds.0', /không thuộc phạm vi/],
    [{ targetUnitIds: [w.districtA.id, w.province.id] }, 'targetUnitIds.1', /không thuộc phạm vi/],
    [{ targetUnitIds: [w.closed.id] }, 'targetUnitIds.0', /không hoạt động trong kỳ/],
    [{ periodTo: '2022-12-31' }, 'periodTo', /sau ngày bắt đầu/],
    [{ deadline: '2023-02-30' }, 'deadline', /không tồn tại/],
    [{ title: ' ' }, 'title', /ít nhất 3 ký tự/],
    [{ documentId: '00000000-0000-4000-8000-000000000000' }, 'documentId', /Không tìm thấy văn bản/],
  ];
  for (const [overrides, field, message] of cases) {
    const res = await post(
      t.app,
      w.specialist,
      '/api/report-requests',
      requestBody(w.province.id, [w.districtA.id], overrides),
    );
    assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
    assert.match(res.json().error.fields[field], message, field);
  }
  // A district officer cannot ask on the province's behalf; the province's viewer cannot ask at all.
  const asDistrict = await post(
    t.app,
    w.officerA,
    '/api/report-requests',
    requestBody(w.province.id, [w.districtB.id]),
  );
  assert.equal(asDistrict.statusCode, 400);
  assert.equal(asDistrict.json().error.fields.requesterUnitId, 'Không tìm thấy đơn vị');
  assert.equal(
    (await post(t.app, w.viewer, '/api/report-requests', requestBody(w.province.id, [w.districtA.id])))
      .statusCode,
    403,
  );
  assert.deepEqual(await rowCounts(), before);
});

test('the requester sees every target; a target sees only its own line; others see nothing', async () => {
  const view = await createRequest();
  assert.deepEqual(
    view.targets.map((x) => [x.unit.name, x.status, x.timeliness]),
    [
      ['Huyện An Thử', 'pending', 'waiting'],
      ['Huyện Bình Thử', 'pending', 'waiting'],
    ],
  );
  assert.deepEqual(view.can, { update: true, delete: true, addTargets: true, summary: true });
  assert.equal(view.received, false);
  // The province's specialist does not answer for a district.
  assert.equal(targetOf(view, w.districtA.id).can.answer, false);

  const asA = (await get(t.app, w.officerA, `/api/report-requests/${view.id}`)).json() as RequestView;
  assert.equal(asA.received, true);
  assert.deepEqual(
    asA.targets.map((x) => [x.unit.name, x.can.answer]),
    [['Huyện An Thử', true]],
  );
  assert.deepEqual(asA.can, { update: false, delete: false, addTargets: false, summary: false });
  assert.equal((await get(t.app, w.officerA, `/api/report-requests/${view.id}/summary`)).statusCode, 403);
  for (const outsider of [w.officerA1, w.stranger]) {
    assert.equal((await get(t.app, outsider, `/api/report-requests/${view.id}`)).statusCode, 404);
  }
  const received = (await get(t.app, w.officerA, '/api/report-requests?box=received')).json() as RequestPage;
  assert.ok(received.items.some((i) => i.id === view.id && i.counts.targets === 1));
  const sent = (await get(t.app, w.officerA, '/api/report-requests?box=sent')).json() as RequestPage;
  assert.ok(!sent.items.some((i) => i.id === view.id));
  const strangers = (await get(t.app, w.stranger, '/api/report-requests')).json() as RequestPage;
  assert.ok(!strangers.items.some((i) => i.id === view.id));
  const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, view.id));
  assert.deepEqual(
    audit.map((a) => a.action),
    ['report_request.created'],
  );
});

test('a district answers with its issued report for the period; wrong reports are refused', async () => {
  const view = await createRequest({ deadline: '2023-06-10' });
  const target = targetOf(view, w.districtA.id);
  const otherPeriod = await insertWorkReport(t.database.db, w.districtA, {
    status: 'issued',
    from: '2023-01-01',
    to: '2023-12-31',
    number: '300/BC-UBND',
  });
  const draft = await insertWorkReport(t.database.db, w.districtA, {
    status: 'draft',
    from: '2023-07-01',
    to: '2023-12-31',
  });
  const ofB = await insertWorkReport(t.database.db, w.districtB, {
    status: 'draft',
    from: '2023-01-01',
    to: '2023-03-31',
  });
  const issued = await insertWorkReport(t.database.db, w.districtA, {
    status: 'issued',
    results: districtResults('huyện An Thử'),
  });
  const url = `/api/report-request-targets/${target.id}/answer`;
  const wrong: [unknown, RegExp][] = [
    [{ version: 1, kind: 'report' }, /Chọn báo cáo/],
    [
      { version: 1, kind: 'report', reportId: otherPeriod },
      /cùng kỳ được yêu cầu \(từ 01\/01\/2023 đến 30\/6\/2023\)/,
    ],
    [{ version: 1, kind: 'report', reportId: draft }, /chưa ban hành/],
    [{ version: 1, kind: 'report', reportId: ofB }, /Không tìm thấy báo cáo của Huyện An Thử/],
  ];
  for (const [body, message] of wrong) {
    const res = await post(t.app, w.officerA, url, body);
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json().error.fields.reportId, message);
  }
  // Candidates: only the issued report of the period.
  const candidates = (
    await get(t.app, w.officerA, `/api/report-request-targets/${target.id}/candidates`)
  ).json();
  assert.deepEqual(
    candidates.items.map((c: { id: string; reference: string }) => [c.id, c.reference]),
    [[issued, 'Báo cáo số 125/BC-UBND ngày 15/6/2023']],
  );
  assert.equal(
    (await post(t.app, w.specialist, url, { version: 1, kind: 'report', reportId: issued })).statusCode,
    403,
  );
  assert.equal(
    (await post(t.app, w.officerB, url, { version: 1, kind: 'report', reportId: issued })).statusCode,
    404,
  );
  const res = await post(t.app, w.officerA, url, { version: 1, kind: 'report', reportId: issued });
  assert.equal(res.statusCode, 200, res.body);
  const answered = targetOf(res.json(), w.districtA.id);
  assert.equal(answered.status, 'report');
  assert.equal(answered.report?.reference, 'Báo cáo số 125/BC-UBND ngày 15/6/2023');
  // Deadline 10/6/2023 passed: sent late.
  assert.equal(answered.timeliness, 'late');
  assert.equal((await post(t.app, w.officerA, url, { version: 1, kind: 'nil' })).statusCode, 409);

  const whole = (await get(t.app, w.specialist, `/api/report-requests/${view.id}`)).json() as RequestView;
  assert.deepEqual(whole.counts, { targets: 2, answered: 1, late: 1, overdue: 1 });
  assert.equal(targetOf(whole, w.districtB.id).timeliness, 'overdue');
  assert.equal(whole.can.delete, false);
  assert.equal((await del(t.app, w.specialist, `/api/report-requests/${view.id}`)).statusCode, 409);
});

test('the aggregated table sums the frozen award results per unit, with totals and an .xlsx', async () => {
  const other = await insertWorkReport(t.database.db, w.districtB, {
    status: 'issued',
    number: '88/BC-UBND',
    results: districtResults('huyện Bình Thử', 2),
  });
  const view = await createRequest();
  const a = targetOf(view, w.districtA.id);
  const b = targetOf(view, w.districtB.id);
  // District A's report of the period was issued in the previous test.
  const [reportA] = (await get(t.app, w.officerA, `/api/report-request-targets/${a.id}/candidates`)).json()
    .items;
  let res = await post(t.app, w.leaderA, `/api/report-request-targets/${a.id}/answer`, {
    version: a.version,
    kind: 'report',
    reportId: reportA.id,
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(targetOf(res.json(), w.districtA.id).timeliness, 'on_time');
  res = await post(t.app, w.officerB, `/api/report-request-targets/${b.id}/answer`, {
    version: b.version,
    kind: 'report',
    reportId: other,
  });
  assert.equal(res.statusCode, 200, res.body);

  const summary = (
    await get(t.app, w.specialist, `/api/report-requests/${view.id}/summary`)
  ).json() as RequestSummary;
  assert.deepEqual(
    summary.units.map((u) => [u.name, u.status]),
    [
      ['Huyện An Thử', 'report'],
      ['Huyện Bình Thử', 'report'],
    ],
  );
  assert.deepEqual(
    summary.rows.map((r) => [r.status, r.levelLabel, r.awardKind, r.subjectLabel, r.counts, r.total]),
    [
      ['awarded', 'Cấp tỉnh', 'CO_TINH', 'Tập thể', [1, 2], 3],
      ['awarded', 'Cấp tỉnh', 'BK_TINH', 'Cá nhân', [3, 6], 9],
      ['awarded', 'Cấp huyện', 'GK', 'Cá nhân', [20, 40], 60],
      ['proposed', 'Trung ương', 'BK_TTG', 'Cá nhân', [1, 1], 2],
    ],
  );
  // The two districts' "Giấy khen của Chủ tịch UBND huyện" are one line despite the different authority names.
  assert.deepEqual(summary.totals, {
    awarded: [24, 48],
    proposed: [1, 1],
    awardedTotal: 72,
    proposedTotal: 2,
  });

  const xlsx = await get(t.app, w.specialist, `/api/report-requests/${view.id}/summary.xlsx`);
  assert.equal(xlsx.statusCode, 200);
  assert.match(String(xlsx.headers['content-disposition']), /attachment/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Tổng hợp')!;
  const values = [...sheet.getSheetValues()].filter((row) => Array.isArray(row)).map((row) => row.slice(1));
  const headerRow = values.find((r) => r[0] === 'STT')!;
  assert.deepEqual(headerRow.slice(4), ['Huyện An Thử', 'Huyện Bình Thử', 'Tổng cộng']);
  const gk = values.find((r) => typeof r[2] === 'string' && /Giấy khen/.test(r[2] as string))!;
  assert.deepEqual(gk.slice(3), ['Cá nhân', 20, 40, 60]);
  const awarded = values.find((r) => r[0] === 'I. ĐÃ KHEN THƯỞNG TRONG KỲ')!;
  assert.deepEqual(awarded.slice(4), [24, 48, 72]);
  assert.ok(book.getWorksheet('Tình hình gửi báo cáo'));
});

test('summing: unanswered and "không phát sinh" columns are zeros; counts equal an independent count', () => {
  const a = districtResults('huyện A');
  const { rows, totals } = summariseAwardResults([a, null, []]);
  assert.deepEqual(totals.awarded, [24, 0, 0]);
  for (const r of rows) {
    const expected = a
      .filter((x) => x.status === r.status && x.awardKind === r.awardKind && x.subjectKind === r.subjectKind)
      .reduce((s, x) => s + x.count, 0);
    assert.deepEqual(r.counts, [expected, 0, 0]);
  }
});

test('the target sees the request in its inbox until it answers; the requester reminds; changes are audited', async () => {
  const view = await createRequest({ deadline: '2023-06-10', title: 'Báo cáo đột xuất về khen thưởng' });
  const b = targetOf(view, w.districtB.id);
  const inbox = async () =>
    ((await get(t.app, w.officerB, '/api/inbox')).json() as InboxPage).items.filter(
      (i) => i.kind === 'report_request' && i.href === `/bao-cao/yeu-cau/${view.id}`,
    );
  assert.equal((await inbox()).length, 1);
  assert.equal((await inbox())[0]!.overdue, true);
  // The province's specialist answers for no one, so has no such inbox item.
  const specialistInbox = (await get(t.app, w.specialist, '/api/inbox')).json() as InboxPage;
  assert.ok(!specialistInbox.items.some((i) => i.href === `/bao-cao/yeu-cau/${view.id}`));

  assert.equal(
    (await post(t.app, w.officerB, `/api/report-request-targets/${b.id}/remind`, { version: b.version }))
      .statusCode,
    403,
  );
  let res = await post(t.app, w.specialist, `/api/report-request-targets/${b.id}/remind`, {
    version: b.version,
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(targetOf(res.json(), w.districtB.id).reminderCount, 1);
  assert.match((await inbox())[0]!.subtitle ?? '', /đã nhắc 1 lần/);

  res = await patch(t.app, w.specialist, `/api/report-requests/${view.id}`, {
    version: view.version,
    deadline: '2099-12-31',
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal((res.json() as RequestView).deadline, '2099-12-31');
  assert.equal(
    (
      await patch(t.app, w.specialist, `/api/report-requests/${view.id}`, {
        version: view.version,
        deadline: '2099-12-30',
      })
    ).statusCode,
    409,
  );

  const fresh = targetOf(res.json(), w.districtB.id);
  res = await post(t.app, w.officerB, `/api/report-request-targets/${b.id}/answer`, {
    version: fresh.version,
    kind: 'nil',
    note: 'Không phát sinh',
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(targetOf(res.json(), w.districtB.id).timeliness, 'on_time');
  assert.equal((await inbox()).length, 0);

  // District A has not answered: it can be removed; the last target cannot.
  const current = (await get(t.app, w.specialist, `/api/report-requests/${view.id}`)).json() as RequestView;
  const a = targetOf(current, w.districtA.id);
  res = await del(t.app, w.specialist, `/api/report-request-targets/${a.id}`, { version: a.version });
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(
    (res.json() as RequestView).targets.map((x) => x.unit.name),
    ['Huyện Bình Thử'],
  );
  const audit = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, view.id))
    .orderBy(auditLog.seq);
  assert.deepEqual(
    audit.map((x) => x.action),
    [
      'report_request.created',
      'report_request.reminded',
      'report_request.updated',
      'report_request.answered',
      'report_request.target_removed',
    ],
  );
});

test('a request with no answers is deleted by its requester only', async () => {
  const view = await createRequest();
  assert.equal((await del(t.app, w.officerA, `/api/report-requests/${view.id}`)).statusCode, 403);
  assert.equal((await del(t.app, w.specialist, `/api/report-requests/${view.id}`)).statusCode, 200);
  assert.equal((await get(t.app, w.specialist, `/api/report-requests/${view.id}`)).statusCode, 404);
});
