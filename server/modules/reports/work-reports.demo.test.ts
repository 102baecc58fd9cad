// The seed report reproduced from the demo data (issue #6 acceptance): huyện Cẩm Xuyên, 01/01–30/06/2023 — the
// award lines of section 3.2, the 16-member council, the documents and movements — all generated from the data
// the demo seeding entered through the services; and the stored report (issued by the district in the demo as
// 186/BC-UBND, an illustrative number: the seed's OCR has none) carries the seed's assessment, addressee, signer and
// recipients. The .docx contains the figures lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { WorkReportPage, WorkReportView } from '../../../contracts/reports';
import { queryRows, sql } from '../../db/client';
import { DEMO_PASSWORD } from '../../db/seed/accounts';
import { seedDemo } from '../../db/seed/demo';
import { docxText } from '../../render/docx-text';
import { buildTestApp, call, type Session, signIn, type TestApp } from '../../test/app';

const facts = JSON.parse(
  readFileSync(new URL('../../db/seed/seed-report-facts.json', import.meta.url), 'utf8'),
);

let t: TestApp;
let admin: Session;
let report: WorkReportView;

before(async () => {
  t = await buildTestApp();
  await seedDemo(t.database.db, { log: () => {} });
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  const [cx] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id from units where kind = 'district' and name = 'Huyện Cẩm Xuyên'`,
  );
  const list = (
    await call(t.app, admin, { method: 'GET', url: `/api/work-reports?unitId=${cx!.id}` })
  ).json() as WorkReportPage;
  const item = list.items.find((i) => i.periodFrom === facts.period.from && i.periodTo === facts.period.to)!;
  report = (await call(t.app, admin, { method: 'GET', url: `/api/work-reports/${item.id}` })).json();
});
after(() => t.close());

const KIND_OF_FORM: Record<string, string> = {
  'Bằng khen của Thủ tướng Chính phủ': 'BK_TTG',
  'Cờ thi đua xuất sắc (Cờ thi đua của UBND tỉnh)': 'CO_TINH',
  'Tập thể lao động xuất sắc': 'TTLDXS',
  'Bằng khen của UBND tỉnh (Chủ tịch UBND tỉnh)': 'BK_TINH',
  'Bằng khen của Chủ tịch UBND tỉnh': 'BK_TINH',
  'Giấy khen của Chủ tịch UBND huyện': 'GK',
};
const SUBJECT: Record<string, string> = {
  'cá nhân': 'individual',
  'tập thể': 'collective',
  'đơn vị': 'collective',
};

test('section 3.2 equals facts.json line by line (kind × subject × awarded/proposed), with the totals', () => {
  const expected = (
    facts.awardResults as { form: string; subjectKind: string; status: string; count: number }[]
  )
    .map((r) => `${r.status} ${KIND_OF_FORM[r.form]} ${SUBJECT[r.subjectKind]} ${r.count}`)
    .sort();
  const actual = report.figures.awardResults
    .map((r) => `${r.status} ${r.awardKind} ${r.subjectKind} ${r.count}`)
    .sort();
  assert.deepEqual(actual, expected);
  assert.equal(report.figures.awardTotals.awarded, facts.awardTotals.awardedTotal);
  assert.equal(report.figures.awardTotals.proposed, facts.awardTotals.proposedTotal);
  assert.equal(report.figures.awardTotals.awardedByLevel.district, facts.awardTotals.awardedDistrictGiayKhen);
  const s = report.figures.awardSentences;
  assert.ok(s[0]!.includes('Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân'), s[0]);
  // As the seed: the province's agency gives (flags, then titles, then Bằng khen); its chairman is asked.
  assert.ok(
    s[0]!.includes(
      'UBND tỉnh tặng Cờ thi đua cho 04 đơn vị, danh hiệu Tập thể lao động xuất sắc cho 06 đơn vị và Bằng khen',
    ),
    s[0],
  );
  // One spelling for one authority, in the awards and in the proposals alike.
  assert.deepEqual([...new Set(report.figures.awardResults.map((r) => r.authorityName))].sort(), [
    'Chủ tịch UBND huyện Cẩm Xuyên',
    'Chủ tịch UBND tỉnh Hà Tĩnh',
    'Thủ tướng Chính phủ',
  ]);
  assert.ok(
    s.includes(
      'Đề nghị Chủ tịch UBND tỉnh xem xét, trình Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân.',
    ),
  );
  assert.ok(s.includes('Tặng Giấy khen cho 153 cá nhân và 66 tập thể.'));
});

test('council of 16 at 30/06/2023, the district’s documents and movements of the seed', () => {
  assert.equal(report.figures.council?.memberCount, facts.council.members);
  assert.match(report.figures.council!.sentence, /được kiện toàn với 16 thành viên/);
  assert.deepEqual(
    report.figures.leadership.documents.map((d) => [d.numberSymbol, d.implements.map((i) => i.numberSymbol)]),
    [
      ['199/CT-UBND', ['01/CT-UBND']],
      ['1321/UBND-KH', ['68/KH-UBND']],
      ['1861/UBND-NV', ['196/UBND-KH']],
    ],
  );
  const business = report.figures.movements.find(
    (m) => m.name === 'Doanh nghiệp Việt Nam hội nhập và phát triển',
  )!;
  assert.deepEqual(
    business.indicators.map((i) => i.actual),
    [632, 9164, 127],
  );
  assert.ok(business.implementingDocuments.some((d) => d.numberSymbol === '373/KH-UBND'));
  // Section 2 in the seed's order (the seed lists Covid-19 between two movements; tasks come after them here).
  assert.deepEqual(
    report.figures.movements.map((m) => m.kind),
    [
      'campaign',
      'regular',
      'thematic',
      'thematic',
      'thematic',
      'thematic',
      'thematic',
      'task',
      'commemoration',
    ],
  );
  assert.deepEqual(
    report.figures.movements.filter((m) => m.kind === 'thematic').map((m) => m.name.slice(0, 20)),
    [
      'Doanh nghiệp Việt Na',
      'Vì người nghèo – Khô',
      'Cán bộ, công chức, v',
      'Cả huyện chung sức x',
      'Đẩy mạnh phát triển ',
    ],
  );
  assert.ok(business.relatedDocuments.some((d) => d.numberSymbol === '65/2018/NQ-HĐND'));
});

test('the stored report, issued: assessment, addressee, signer, recipients from facts.json; the .docx', async () => {
  assert.equal(report.status, 'issued');
  assert.equal(report.numberSymbol, '186/BC-UBND');
  assert.equal(report.issuedOn, '2023-06-21');
  assert.equal(report.addressee, 'Ban Thi đua - Khen thưởng tỉnh');
  assert.equal(report.requestDocument?.numberSymbol, '253/BTĐKT-THHC');
  assert.deepEqual(
    [report.signerCapacity, report.signerTitle, report.signerName],
    ['TM. Ủy ban nhân dân', 'Chủ tịch', facts.signature.signerName],
  );
  assert.deepEqual(
    report.recipients,
    facts.recipients.map((r: { text: string }) => r.text),
  );
  for (const s of facts.assessment.strengths) assert.ok(report.strengths.includes(s));
  for (const s of facts.assessment.solutions) assert.ok(report.solutions.includes(s));
  const res = await call(t.app, admin, { method: 'GET', url: `/api/work-reports/${report.id}/docx` });
  const text = docxText(res.rawPayload);
  for (const s of [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN CẨM XUYÊN',
    'Số: 186/BC-UBND',
    'ngày 21 tháng 6 năm 2023',
    'Công tác thi đua, khen thưởng 6 tháng đầu năm,',
    'nhiệm vụ 6 tháng cuối năm 2023',
    'Kính gửi: Ban Thi đua - Khen thưởng tỉnh.',
    'Thực hiện Văn bản số 253/BTĐKT-THHC ngày 31/5/2023',
    '3.1. Hoạt động của Hội đồng Thi đua - Khen thưởng',
    'Tặng Giấy khen cho 153 cá nhân và 66 tập thể.',
    'hơn 632 doanh nghiệp',
    'Thực hiện Kế hoạch số 68/KH-UBND ngày 15/3/2023 của UBND tỉnh Hà Tĩnh, UBND huyện Cẩm Xuyên đã ban hành ' +
      'Kế hoạch số 1321/UBND-KH ngày 26/4/2023 về',
    'chưa kiểm tra đơn vị nào',
    'TM. ỦY BAN NHÂN DÂN',
    facts.signature.signerName,
    '- Lưu: VT, TĐKT.',
  ]) {
    assert.ok(text.includes(s), `missing: ${s}`);
  }
  // The report has no tasks: no empty section III (the seed has none either).
  assert.ok(!text.includes('III. NHIỆM VỤ'));
});
