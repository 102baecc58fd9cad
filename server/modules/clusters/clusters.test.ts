import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import type { GroupView, SheetInput } from '../../../contracts/clusters';
import { auditLog, emulationGroupResults } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { createUnit } from '../../test/factories';
import { del, get, patch, post, put } from '../inspections/inspections.fixtures';
import { signInAs } from '../people/people.fixtures';
import { call } from '../../test/app';

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;

/** A province with a district organising a cluster of five communes (+ one outside); users at each level. */
async function world() {
  const { app } = t;
  const db = t.database.db;
  const province = await createUnit(db, { name: 'Tỉnh Cụm', kind: 'province', level: 'province' });
  const district = await createUnit(db, {
    parent: province,
    name: 'Huyện Cụm',
    kind: 'district',
    level: 'district',
  });
  const district2 = await createUnit(db, {
    parent: province,
    name: 'Huyện Khối',
    kind: 'district',
    level: 'district',
  });
  const names = ['Xã A', 'Xã B', 'Xã C', 'Xã D', 'Xã E'];
  const communes = [];
  for (const name of names) communes.push(await createUnit(db, { parent: district, name }));
  const outside = await createUnit(db, { parent: district, name: 'Xã Ngoài' });
  return {
    province,
    district,
    district2,
    communes,
    outside,
    officerD: await signInAs(app, db, 'officer', district),
    viewerD: await signInAs(app, db, 'viewer', district),
    officerA: await signInAs(app, db, 'officer', communes[0]!),
    officerB: await signInAs(app, db, 'officer', communes[1]!),
    officerOut: await signInAs(app, db, 'officer', outside),
    officerP: await signInAs(app, db, 'officer', province),
    adminP: await signInAs(app, db, 'admin', province),
  };
}

before(async () => {
  t = await buildTestApp();
  w = await world();
});
after(() => t.close());

// The hand-computed sheet of domain/cluster-scoring.test.ts: criteria 30 + 20 | 25 + 15, bonus 5 + 5 capped at 6,
// penalties up to 5 and 10.
const SHEET = (version: number): SheetInput => ({
  version,
  bonusCap: 6,
  sections: [
    {
      title: 'I. Thực hiện nhiệm vụ chính trị',
      criteria: [
        { title: 'Phát triển kinh tế', maxPoints: 30 },
        { title: 'Văn hóa - xã hội', maxPoints: 20 },
      ],
    },
    {
      title: 'II. Công tác thi đua, khen thưởng',
      criteria: [
        { title: 'Tổ chức phong trào thi đua', maxPoints: 25, guidance: 'Có kế hoạch, sơ kết, tổng kết' },
        { title: 'Công tác khen thưởng', maxPoints: 15 },
      ],
    },
  ],
  bonus: [
    { title: 'Mô hình mới được nhân rộng', maxPoints: 5 },
    { title: 'Được cấp trên khen thưởng', maxPoints: 5 },
  ],
  penalties: [
    { title: 'Chậm báo cáo', maxPoints: 5 },
    { title: 'Vi phạm kỷ luật', maxPoints: 10 },
  ],
});

/** Cluster points by member name, in sheet order: c1 c2 c3 c4 b1 b2 p1 p2 (null: not scored). */
const HAND: Record<string, (number | null)[]> = {
  'Xã A': [28, 18, 22.5, 14, 4, 3, 0, 0], // 82.5 + 6 (7 capped) = 88.5
  'Xã B': [29, 19, 24, 14.5, 1, null, 1.5, null], // 86.5 + 1 − 1.5 = 86
  'Xã C': [27, 18, 23, 13.5, 5, 0, 0.5, null], // 81.5 + 5 − 0.5 = 86 (below B: fewer criteria points)
  'Xã D': [25, 17, 20, 12, null, null, null, null], // 74
  'Xã E': [26, 16, 20, 12, null, 2.25, null, 2.25], // 74 (below D: more penalty points)
};

const itemIds = (g: GroupView) => [
  ...g.sheet.sections.flatMap((s) => s.criteria.map((c) => c.id)),
  ...g.sheet.bonus.map((b) => b.id),
  ...g.sheet.penalties.map((p) => p.id),
];
const memberOf = (g: GroupView, name: string) => g.members.find((m) => m.unit.name === name)!;

async function setUpGroup(): Promise<GroupView> {
  const created = await post(t.app, w.officerD, '/api/emulation-groups', {
    year: 2023,
    organiserUnitId: w.district.id,
    kind: 'cluster',
    name: 'Cụm thi đua số 1',
    covenantNumber: '01/GƯTĐ-CTĐ1',
    covenantDate: '2023-02-10',
    covenantText: 'Các xã trong cụm giao ước thi đua thực hiện thắng lợi nhiệm vụ năm 2023.',
  });
  assert.equal(created.statusCode, 201, created.body);
  let g = created.json() as GroupView;
  const members = w.communes.map((c, i) => ({
    unitId: c.id,
    role: i === 0 ? 'leader' : i === 1 ? 'deputy' : 'member',
    rotationOrder: i + 1,
  }));
  let res = await put(t.app, w.officerD, `/api/emulation-groups/${g.id}/members`, {
    version: g.version,
    members,
  });
  assert.equal(res.statusCode, 200, res.body);
  g = res.json();
  res = await put(t.app, w.officerD, `/api/emulation-groups/${g.id}/sheet`, SHEET(g.version));
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

async function groupScores(
  session: typeof w.officerD,
  g: GroupView,
  name: string,
  points: (number | null)[],
) {
  const m = memberOf(g, name);
  const ids = itemIds(g);
  return put(t.app, session, `/api/emulation-groups/${g.id}/members/${m.unit.id}/group-scores`, {
    scoresVersion: m.scoresVersion,
    scores: points.map((p, i) => ({ itemId: ids[i], points: p })),
  });
}

test('a district cluster: members, sheet, self- and cluster scores, ranking with ties and penalties, finalising', async () => {
  let g = await setUpGroup();
  assert.equal(g.sheet.criteriaMax, 90);
  assert.deepEqual(
    g.sheet.sections.map((s) => [s.title, s.maxPoints]),
    [
      ['I. Thực hiện nhiệm vụ chính trị', 50],
      ['II. Công tác thi đua, khen thưởng', 40],
    ],
  );
  assert.equal(g.members.find((m) => m.role === 'leader')!.unit.name, 'Xã A');
  assert.match(g.rules.tieBreak, /điểm các tiêu chí/);
  assert.match(g.rules.scoring, /điểm tự chấm của đơn vị chỉ để đối chiếu/);
  assert.deepEqual(g.leaderAward, {
    awardKind: 'BK_TINH',
    name: 'Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương',
  });

  // Commune D self-scores everything at the maximum, with evidence: not used for the ranking.
  const d = memberOf(g, 'Xã D');
  const ids = itemIds(g);
  let res = await put(t.app, w.officerD, `/api/emulation-groups/${g.id}/members/${d.unit.id}/self-scores`, {
    scoresVersion: d.scoresVersion,
    scores: [30, 20, 25, 15, 5, 5, 0, 0].map((p, i) => ({
      itemId: ids[i],
      points: p,
      evidence: 'Báo cáo tổng kết năm',
    })),
  });
  assert.equal(res.statusCode, 200, res.body);
  g = res.json();
  // The leader (commune A) self-scores its own card; it may not self-score B.
  const a = memberOf(g, 'Xã A');
  res = await put(t.app, w.officerA, `/api/emulation-groups/${g.id}/members/${a.unit.id}/self-scores`, {
    scoresVersion: a.scoresVersion,
    scores: [{ itemId: ids[0], points: 29, evidence: 'Tăng trưởng kinh tế đạt 9,2%' }],
  });
  assert.equal(res.statusCode, 200, res.body);
  g = res.json();
  const b = memberOf(g, 'Xã B');
  res = await put(t.app, w.officerA, `/api/emulation-groups/${g.id}/members/${b.unit.id}/self-scores`, {
    scoresVersion: b.scoresVersion,
    scores: [{ itemId: ids[0], points: 20 }],
  });
  assert.equal(res.statusCode, 403);
  // Commune B may not enter the cluster's points; the leader (A) and the organiser may.
  res = await groupScores(w.officerB, g, 'Xã B', HAND['Xã B']!);
  assert.equal(res.statusCode, 403);
  assert.match(res.json().error.message, /trưởng cụm, khối/);
  // Above the maximum: refused, naming the criterion.
  res = await groupScores(w.officerD, g, 'Xã A', [31, 18, 22.5, 14, 4, 3, 0, 0]);
  assert.equal(res.statusCode, 400);
  assert.equal(
    res.json().error.fields['scores.0.points'],
    'Điểm của tiêu chí “Phát triển kinh tế” (31) vượt quá điểm tối đa 30',
  );
  res = await groupScores(w.officerD, g, 'Xã E', [26, 16, 20, 12, null, 2.25, null, 12]);
  assert.equal(
    res.json().error.fields['scores.7.points'],
    'Điểm trừ “Vi phạm kỷ luật” (12) vượt quá mức trừ tối đa 10',
  );

  for (const [name, points] of Object.entries(HAND)) {
    const who = name === 'Xã C' ? w.officerA : w.officerD; // the leader scores C
    res = await groupScores(
      who,
      g,
      name,
      name === 'Xã D' ? [25, 17, 20, null, null, null, null, null] : points,
    );
    assert.equal(res.statusCode, 200, `${name}: ${res.body}`);
    g = res.json();
  }
  // A stale score card → 409.
  res = await put(
    t.app,
    w.officerD,
    `/api/emulation-groups/${g.id}/members/${memberOf(g, 'Xã D').unit.id}/group-scores`,
    {
      scoresVersion: 1,
      scores: [],
    },
  );
  assert.equal(res.statusCode, 409);

  // D misses one criterion: the ranking is provisional and cannot be finalised.
  assert.equal(g.ranking.complete, false);
  assert.deepEqual(g.ranking.results.find((r) => r.name === 'Xã D')!.missing, ['Công tác khen thưởng']);
  res = await post(t.app, w.officerD, `/api/emulation-groups/${g.id}/finalise`, { version: g.version });
  assert.equal(res.statusCode, 409);
  assert.match(
    res.json().error.message,
    /Xã D chưa có điểm cụm, khối chấm ở 1 tiêu chí \(“Công tác khen thưởng”\)/,
  );
  res = await groupScores(w.officerD, g, 'Xã D', HAND['Xã D']!);
  g = res.json();

  assert.deepEqual(
    g.ranking.results.map((r) => [
      r.name,
      r.basic,
      r.bonus,
      r.penalty,
      r.total,
      r.rank,
      r.tieBreak,
      r.leading,
    ]),
    [
      ['Xã A', 82.5, 6, 0, 88.5, 1, null, true],
      ['Xã B', 86.5, 1, 1.5, 86, 2, null, false],
      ['Xã C', 81.5, 5, 0.5, 86, 3, 'basic', false],
      ['Xã D', 74, 0, 0, 74, 4, null, false],
      ['Xã E', 74, 2.25, 2.25, 74, 5, 'penalty', false],
    ],
  );
  // D's self-assessment (100 points) is shown for reference only.
  assert.equal(g.ranking.results.find((r) => r.name === 'Xã D')!.selfTotal, 96);
  assert.equal(memberOf(g, 'Xã D').scores[0]!.selfEvidence, 'Báo cáo tổng kết năm');

  res = await post(t.app, w.officerD, `/api/emulation-groups/${g.id}/finalise`, {
    version: g.version,
    resultDocument: 'Biên bản họp tổng kết Cụm thi đua số 1 ngày 15/12/2023',
  });
  assert.equal(res.statusCode, 200, res.body);
  g = res.json();
  assert.equal(g.status, 'finalised');
  assert.equal(g.ranking.finalised, true);
  const stored = await t.database.db
    .select()
    .from(emulationGroupResults)
    .where(eq(emulationGroupResults.groupId, g.id));
  assert.deepEqual(
    stored
      .map((r) => [w.communes.findIndex((c) => c.id === r.unitId), r.rank, Number(r.total), r.leading])
      .sort((x, y) => Number(x[1]) - Number(y[1])),
    [
      [0, 1, 88.5, true],
      [1, 2, 86, false],
      [2, 3, 86, false],
      [3, 4, 74, false],
      [4, 5, 74, false],
    ],
  );
  // Locked once finalised.
  res = await groupScores(w.officerD, g, 'Xã E', HAND['Xã E']!);
  assert.equal(res.statusCode, 409);
  assert.match(res.json().error.message, /đã được chốt/);

  // The workbook holds the ranking, the rules and every score.
  const file = await get(t.app, w.officerB, `/api/emulation-groups/${g.id}/results.xlsx`);
  assert.equal(file.statusCode, 200);
  assert.equal(
    file.headers['content-type'],
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  assert.match(
    String(file.headers['content-disposition']),
    /filename\*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3%20C%E1%BB%A5m/,
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Kết quả')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  assert.equal(rows[0]![0], 'KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA');
  assert.equal(rows[1]![0], 'Cụm thi đua: Cụm thi đua số 1 — năm 2023');
  const headerIndex = rows.findIndex((r) => r[0] === 'Hạng');
  assert.deepEqual(rows[headerIndex]!.slice(0, 10), [
    'Hạng',
    'Đơn vị',
    'Vai trò',
    'I. Thực hiện nhiệm vụ chính trị (tối đa 50)',
    'II. Công tác thi đua, khen thưởng (tối đa 40)',
    'Điểm các tiêu chí (tối đa 90)',
    'Điểm thưởng (tối đa 6)',
    'Điểm trừ',
    'Tổng điểm',
    'Tự chấm (tham khảo)',
  ]);
  const data = rows.slice(headerIndex + 1, headerIndex + 6);
  assert.deepEqual(
    data.map((r) => r.slice(0, 9)),
    [
      [1, 'Xã A', 'Trưởng cụm/khối', 46, 36.5, 82.5, 6, 0, 88.5],
      [2, 'Xã B', 'Phó cụm/khối', 48, 38.5, 86.5, 1, 1.5, 86],
      [3, 'Xã C', 'Thành viên', 45, 36.5, 81.5, 5, 0.5, 86],
      [4, 'Xã D', 'Thành viên', 42, 32, 74, 0, 0, 74],
      [5, 'Xã E', 'Thành viên', 42, 32, 74, 2.25, 2.25, 74],
    ],
  );
  assert.match(String(data[0]![10]), /Dẫn đầu.*Điểm thưởng 7 vượt mức tối đa, tính 6/);
  assert.match(String(data[2]![10]), /xếp sau vì điểm các tiêu chí thấp hơn/);
  assert.match(String(data[4]![10]), /bị trừ nhiều điểm hơn/);
  assert.ok(
    rows.some((r) => String(r[0]).startsWith('Quy tắc xếp hạng khi bằng điểm: Xếp hạng theo tổng điểm')),
  );
  const detail = book.getWorksheet('Chi tiết')!;
  assert.equal(detail.getCell('B3').value, 'Phát triển kinh tế');
  // Xã D (4th member): self 30, cluster 25 on the first criterion.
  assert.equal(detail.getCell(3, 4 + 3 * 2).value, 30);
  assert.equal(detail.getCell(3, 5 + 3 * 2).value, 25);

  // Reopen (reason required) removes the stored results; finalise again.
  res = await post(t.app, w.officerD, `/api/emulation-groups/${g.id}/reopen`, {
    version: g.version,
    reason: '',
  });
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.officerD, `/api/emulation-groups/${g.id}/reopen`, {
    version: g.version,
    reason: 'Xã C đề nghị phúc tra điểm tiêu chí 3',
  });
  assert.equal(res.statusCode, 200, res.body);
  g = res.json();
  assert.equal(g.status, 'open');
  assert.equal(
    (await t.database.db.select().from(emulationGroupResults).where(eq(emulationGroupResults.groupId, g.id)))
      .length,
    0,
  );
  res = await post(t.app, w.officerD, `/api/emulation-groups/${g.id}/finalise`, { version: g.version });
  assert.equal(res.statusCode, 200, res.body);
  g = res.json();

  // Next year: same members and sheet, leader and deputy by rotation (B leads, C deputy).
  res = await post(t.app, w.officerD, `/api/emulation-groups/${g.id}/next-year`, { version: g.version });
  assert.equal(res.statusCode, 201, res.body);
  const next = res.json() as GroupView;
  assert.equal(next.year, 2024);
  assert.deepEqual(
    next.members.map((m) => [m.unit.name, m.role]),
    [
      ['Xã A', 'member'],
      ['Xã B', 'leader'],
      ['Xã C', 'deputy'],
      ['Xã D', 'member'],
      ['Xã E', 'member'],
    ],
  );
  assert.equal(next.sheet.criteriaMax, 90);
  assert.equal(next.sheet.bonusCap, 6);
  assert.deepEqual(next.previousGroup, { id: g.id, year: 2023 });
  assert.equal(
    (await post(t.app, w.officerD, `/api/emulation-groups/${g.id}/next-year`, { version: g.version }))
      .statusCode,
    409,
  );
  assert.deepEqual(g.rotation, {
    leader: { id: w.communes[1]!.id, name: 'Xã B' },
    deputy: { id: w.communes[2]!.id, name: 'Xã C' },
  });

  // The leader of a district cluster is proposed for Bằng khen tỉnh (a dossier of the commune, drafted by the
  // district's officer, whose role covers the commune).
  const dossier = await post(t.app, w.officerD, `/api/emulation-groups/${g.id}/dossier`, {
    unitId: w.communes[0]!.id,
  });
  assert.equal(dossier.statusCode, 201, dossier.body);
  const nominee = (await get(t.app, w.officerD, `/api/dossiers/${dossier.json().dossierId}`)).json()
    .nominees[0];
  assert.equal(nominee.awardKind, 'BK_TINH');
  assert.match(
    nominee.summary,
    /^Dẫn đầu cụm thi đua “Cụm thi đua số 1” do Huyện Cụm tổ chức năm 2023: 88,5 điểm, xếp hạng 1\/5/,
  );

  const actions = (
    await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, g.id)).orderBy(auditLog.seq)
  ).map((x) => x.action);
  assert.deepEqual(
    [...new Set(actions)],
    [
      'emulation_group.created',
      'emulation_group.members_updated',
      'emulation_group.sheet_updated',
      'emulation_group.self_scored',
      'emulation_group.group_scored',
      'emulation_group.finalised',
      'emulation_group.reopened',
      'emulation_group.dossier_created',
    ],
  );
});

test('scope: members and the organiser see the group, others do not; only the organiser manages it', async () => {
  const list = (await get(t.app, w.officerOut, '/api/emulation-groups?year=2023')).json();
  assert.equal(list.items.length, 0);
  const mine = (await get(t.app, w.officerB, '/api/emulation-groups?year=2023')).json();
  assert.equal(mine.items.length, 1);
  const item = mine.items[0];
  assert.equal(item.leader.name, 'Xã A');
  assert.deepEqual(
    item.leading.map((l: { name: string }) => l.name),
    ['Xã A'],
  );
  assert.equal((await get(t.app, w.officerOut, `/api/emulation-groups/${item.id}`)).statusCode, 404);
  const seen = (await get(t.app, w.officerB, `/api/emulation-groups/${item.id}`)).json() as GroupView;
  assert.equal(seen.can.update, false);
  assert.equal(
    (await patch(t.app, w.officerB, `/api/emulation-groups/${item.id}`, { version: seen.version, note: 'x' }))
      .statusCode,
    403,
  );
  assert.equal(
    (await patch(t.app, w.viewerD, `/api/emulation-groups/${item.id}`, { version: seen.version, note: 'x' }))
      .statusCode,
    403,
  );
  // Search ignores diacritics.
  const found = (await get(t.app, w.officerD, '/api/emulation-groups?q=cum%20thi%20dua')).json();
  assert.ok(found.items.length >= 1);
  // Members: the organiser cannot be its own member; a unit twice is refused.
  const g = (
    await post(t.app, w.officerD, '/api/emulation-groups', {
      year: 2023,
      organiserUnitId: w.district.id,
      kind: 'block',
      name: 'Khối thử',
    })
  ).json() as GroupView;
  const bad = await put(t.app, w.officerD, `/api/emulation-groups/${g.id}/members`, {
    version: g.version,
    members: [
      { unitId: w.district.id, role: 'leader', rotationOrder: 1 },
      { unitId: w.outside.id, role: 'member', rotationOrder: 1 },
    ],
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(
    bad.json().error.fields['members.0.unitId'],
    'Đơn vị tổ chức không là thành viên của cụm, khối do mình tổ chức',
  );
  assert.equal(bad.json().error.fields['members.1.rotationOrder'], 'Thứ tự luân phiên 1 bị trùng');
  // A sheet whose criterion sits outside a group is refused with the request's field path.
  const sheet = await put(t.app, w.officerD, `/api/emulation-groups/${g.id}/sheet`, {
    version: g.version,
    sections: [{ title: 'Nhóm', criteria: [{ title: 'Không điểm', maxPoints: 0 }] }],
    bonus: [],
    penalties: [],
  });
  assert.equal(sheet.statusCode, 400);
  assert.match(sheet.json().error.fields['sections.0.criteria.0.maxPoints'], /phải lớn hơn 0/);
  // A group without scores may be deleted.
  assert.equal((await del(t.app, w.officerD, `/api/emulation-groups/${g.id}`)).statusCode, 200);
});

test('the covenant file and an evidence file go through the file store', async () => {
  const g = (await get(t.app, w.officerD, '/api/emulation-groups?year=2024')).json().items[0];
  const view = (await get(t.app, w.officerD, `/api/emulation-groups/${g.id}`)).json() as GroupView;
  const pdf = Buffer.from('%PDF-1.4\n% giao ước\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const boundary = '----vinhdanh';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Giao ước 2024.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  let res = await call(t.app, w.officerD, {
    method: 'PUT',
    url: `/api/emulation-groups/${g.id}/covenant-file`,
    payload: body,
    headers,
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal((res.json() as GroupView).covenantFile?.name, 'Giao ước 2024.pdf', res.body.slice(0, 300));
  res = await get(t.app, w.officerB, `/api/emulation-groups/${g.id}/covenant-file`);
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.rawPayload, pdf);
  // Evidence of commune B's self-score on the first criterion.
  const b = view.members.find((m) => m.unit.name === 'Xã B')!;
  const item = view.sheet.sections[0]!.criteria[0]!.id;
  res = await call(t.app, w.officerB, {
    method: 'PUT',
    url: `/api/emulation-groups/${g.id}/members/${b.unit.id}/items/${item}/evidence`,
    payload: body,
    headers,
  });
  assert.equal(res.statusCode, 200, res.body);
  const after = res.json() as GroupView;
  assert.equal(
    after.members.find((m) => m.unit.id === b.unit.id)!.scores[0]!.selfFile?.name,
    'Giao ước 2024.pdf',
  );
  // Another commune cannot attach evidence for B.
  res = await call(t.app, w.officerA, {
    method: 'PUT',
    url: `/api/emulation-groups/${g.id}/members/${b.unit.id}/items/${item}/evidence`,
    payload: body,
    headers,
  });
  assert.equal(res.statusCode, 403);
  res = await del(
    t.app,
    w.officerB,
    `/api/emulation-groups/${g.id}/members/${b.unit.id}/items/${item}/evidence`,
  );
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(
    (res.json() as GroupView).members.find((m) => m.unit.id === b.unit.id)!.scores[0]!.selfFile,
    null,
  );
});

test('Cờ thi đua tỉnh: the engine reads the stored result of a provincial cluster (leading → pass, else fail)', async () => {
  let g = (
    await post(t.app, w.officerP, '/api/emulation-groups', {
      year: 2024,
      organiserUnitId: w.province.id,
      kind: 'block',
      name: 'Khối các huyện',
    })
  ).json() as GroupView;
  g = (
    await put(t.app, w.officerP, `/api/emulation-groups/${g.id}/members`, {
      version: g.version,
      members: [
        { unitId: w.district.id, role: 'leader', rotationOrder: 1 },
        { unitId: w.district2.id, role: 'deputy', rotationOrder: 2 },
      ],
    })
  ).json();
  g = (
    await put(t.app, w.officerP, `/api/emulation-groups/${g.id}/sheet`, {
      version: g.version,
      sections: [{ title: 'Nhiệm vụ', criteria: [{ title: 'Kết quả thực hiện nhiệm vụ', maxPoints: 100 }] }],
      bonus: [],
      penalties: [],
    })
  ).json();
  assert.deepEqual(g.leaderAward, { awardKind: 'CO_TINH', name: 'Cờ thi đua của bộ, ban, ngành, tỉnh' });
  const verdictRow = async (unitId: string) => {
    const res = await post(t.app, w.adminP, '/api/eligibility/evaluate', {
      subjectId: unitId,
      asOf: '2025-01-15',
      request: { subjectKind: 'collective', awardKind: 'CO_TINH', year: 2024, awardType: 'cong_trang' },
    });
    assert.equal(res.statusCode, 200, res.body);
    const row = res.json().criteria.find((c: { id: string }) => c.id === 'co_tinh.cluster_leader');
    return [row.status, row.evidence[0].text];
  };
  // Before finalising there is no result: a judgement.
  assert.deepEqual(await verdictRow(w.district.id), [
    'unknown',
    'Chưa có kết quả bình xét của cụm, khối thi đua năm 2024.',
  ]);
  for (const [unit, points] of [
    [w.district, 92],
    [w.district2, 88],
  ] as const) {
    const m = g.members.find((x) => x.unit.id === unit.id)!;
    g = (
      await put(t.app, w.officerP, `/api/emulation-groups/${g.id}/members/${unit.id}/group-scores`, {
        scoresVersion: m.scoresVersion,
        scores: [{ itemId: g.sheet.sections[0]!.criteria[0]!.id, points }],
      })
    ).json();
  }
  const res = await post(t.app, w.officerP, `/api/emulation-groups/${g.id}/finalise`, {
    version: g.version,
    resultDocument: 'Biên bản bình xét Khối các huyện ngày 20/12/2024',
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(await verdictRow(w.district.id), [
    'pass',
    'Năm 2024: dẫn đầu cụm, khối thi đua “Khối các huyện” (hạng 1) (Biên bản bình xét Khối các huyện ngày 20/12/2024).',
  ]);
  assert.deepEqual(await verdictRow(w.district2.id), [
    'fail',
    'Năm 2024: không dẫn đầu cụm, khối thi đua “Khối các huyện” (hạng 2) (Biên bản bình xét Khối các huyện ngày 20/12/2024).',
  ]);
  // The leading district gets a pre-filled Cờ thi đua dossier; the second is refused.
  const finalised = res.json() as GroupView;
  assert.equal(finalised.can.createDossier, true);
  const refused = await post(t.app, w.officerP, `/api/emulation-groups/${g.id}/dossier`, {
    unitId: w.district2.id,
  });
  assert.equal(refused.statusCode, 400, refused.body);
  const made = await post(t.app, w.officerP, `/api/emulation-groups/${g.id}/dossier`, {
    unitId: w.district.id,
  });
  assert.equal(made.statusCode, 201, made.body);
  const dossier = (await get(t.app, w.officerP, `/api/dossiers/${made.json().dossierId}`)).json();
  assert.equal(dossier.achievementYear, 2024);
  assert.deepEqual(
    dossier.nominees.map((n: { subjectKind: string; awardKind: string; summary: string }) => [
      n.subjectKind,
      n.awardKind,
      n.summary,
    ]),
    [
      [
        'collective',
        'CO_TINH',
        'Dẫn đầu khối thi đua “Khối các huyện” do Tỉnh Cụm tổ chức năm 2024: 92 điểm, xếp hạng 1/2 (Biên bản bình xét Khối các huyện ngày 20/12/2024).',
      ],
    ],
  );

  // A district's cluster (the communes' of the first test) does not count for Cờ thi đua tỉnh.
  const commune = await post(t.app, w.adminP, '/api/eligibility/evaluate', {
    subjectId: w.communes[0]!.id,
    asOf: '2024-01-15',
    request: { subjectKind: 'collective', awardKind: 'CO_TINH', year: 2023, awardType: 'cong_trang' },
  });
  const row = commune.json().criteria.find((c: { id: string }) => c.id === 'co_tinh.cluster_leader');
  assert.equal(row.status, 'unknown');
});
