// The demo holds every document and movement of the seed report (facts.json), entered through the services,
// exactly as written: numbers, dates, issuers, levels, parents, documents by role and the three figures of
// "Doanh nghiệp Việt Nam hội nhập và phát triển"; and the movement pages show them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { DocumentPage, DocumentView } from '../../../contracts/documents';
import type { MovementTree, MovementView } from '../../../contracts/movements';
import { DOCUMENT_TYPE_LABELS, formatDocumentDate } from '../../../domain/documents';
import { buildTestApp, call, type Session, signIn, type TestApp } from '../../test/app';
import { queryRows, sql } from '../client';
import { DEMO_PASSWORD } from './accounts';
import { seedDemo } from './demo';
import { type FactMovement, type SeedReportFacts, withoutRemark } from './seed-report';

// Read the facts the way the brief states them: straight from the JSON file (the repository's verbatim copy;
// when the shared seed folder sits beside the checkout, the copy must still equal it).
const copy = readFileSync(new URL('./seed-report-facts.json', import.meta.url), 'utf8');
const facts = JSON.parse(copy) as SeedReportFacts;
const shared = new URL('../../../../shared/seed/facts.json', import.meta.url);

let t: TestApp;
let admin: Session;
let officer: Session;
let documents: DocumentView[];
let movements: MovementView[];

const getJson = async <T>(s: Session, url: string): Promise<T> => {
  const res = await call(t.app, s, { method: 'GET', url });
  assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
  return res.json() as T;
};

before(async () => {
  t = await buildTestApp();
  await seedDemo(t.database.db, { log: () => {} });
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  officer = await signIn(t.app, 'noivu.camxuyen', DEMO_PASSWORD);
  const page = await getJson<DocumentPage>(admin, '/api/documents?pageSize=200');
  documents = await Promise.all(
    page.items.map((d) => getJson<DocumentView>(admin, `/api/documents/${d.id}`)),
  );
  const tree = await getJson<MovementTree>(admin, '/api/movements/tree');
  movements = await Promise.all(
    tree.items.map((m) => getJson<MovementView>(admin, `/api/movements/${m.id}`)),
  );
});
after(() => t.close());

test('the repository’s copy of facts.json is the shared seed’s', { skip: !existsSync(shared) }, () => {
  assert.equal(copy, readFileSync(shared, 'utf8'));
});

const LEVEL: Record<string, string> = { 'trung ương': 'central', tỉnh: 'province', huyện: 'district' };

test('every document of the report, exactly as written', () => {
  assert.equal(documents.length, facts.documents.length);
  for (const fact of facts.documents) {
    const found = documents.filter((d) =>
      fact.numberSymbol
        ? d.numberSymbol === fact.numberSymbol
        : d.numberSymbol === null && d.summary === fact.subject,
    );
    assert.equal(found.length, 1, `${fact.id} entered once`);
    const doc = found[0]!;
    assert.equal(doc.typeLabel, fact.type, fact.id);
    assert.equal(doc.issuedOn, fact.date, fact.id);
    if (fact.dateText) assert.equal(formatDocumentDate(doc.issuedOn!), fact.dateText);
    assert.equal(doc.issuerName, fact.issuer, fact.id);
    assert.equal(doc.issuerLevel, fact.issuerLevel ? LEVEL[fact.issuerLevel] : null, fact.id);
    assert.equal(doc.summary, fact.subject, fact.id);
    if (!fact.issuerStatedInText && fact.issuer) assert.match(doc.note ?? '', /suy luận/, fact.id);
    if (fact.note) assert.ok(doc.note?.includes(fact.note), fact.id);
  }
  const plan = documents.find((d) => d.numberSymbol === '3382/UBND-KH')!;
  assert.equal(plan.reference, 'Kế hoạch số 3382/UBND-KH ngày 11/11/2022');
  assert.equal(plan.unit.name, 'Huyện Cẩm Xuyên');
  assert.equal(plan.issuerUnit?.name, 'Huyện Cẩm Xuyên');
  const letter = documents.find((d) => d.numberSymbol === '1861/UBND-NV')!;
  assert.equal(letter.reference, 'Văn bản số 1861/UBND-NV ngày 05/6/2023');
  const directive = documents.find((d) => d.numberSymbol === '01/CT-UBND')!;
  assert.equal(directive.unit.name, 'Tỉnh Hà Tĩnh', 'kept in the province register');
  assert.ok(Object.values(DOCUMENT_TYPE_LABELS).includes('Chỉ thị'));
});

/** The movement levels entered for a facts movement: those whose name or name variants are its names. */
function levelsOf(fact: FactMovement): MovementView[] {
  const names = new Set(
    [
      fact.name,
      fact.provincialName,
      fact.districtName,
      ...(fact.nameVariants ?? []).map(withoutRemark),
    ].filter(Boolean),
  );
  return movements.filter((m) => names.has(m.name) || m.nameVariants.some((v) => names.has(v)));
}

const numbers = (m: MovementView) => m.documents.map((d) => d.numberSymbol ?? d.summary);

test('every movement of the report at its levels, under the level above, with its documents by role', () => {
  for (const fact of facts.movements) {
    const levels = levelsOf(fact);
    assert.ok(levels.length > 0, `${fact.id} entered`);
    assert.ok(
      levels.some((m) => m.name === fact.name),
      `${fact.id}: its name as written`,
    );
    for (const [level, code] of [
      ['national', 'central'],
      ['provincial', 'province'],
      ['district', 'district'],
    ] as const) {
      const stated = fact.launchedBy[level];
      if (!stated) {
        assert.ok(!levels.some((m) => m.authorityLevel === code), `${fact.id}: no ${level} level invented`);
        continue;
      }
      const row = levels.find((m) => m.authorityLevel === code);
      assert.ok(row, `${fact.id}: ${level} level`);
      if (stated.body) assert.equal(row.authorityName, withoutRemark(stated.body), `${fact.id} ${level}`);
      for (const number of stated.documents.filter((d) => /^\d/.test(d))) {
        assert.ok(numbers(row).includes(number), `${fact.id} ${level}: ${number}`);
      }
    }
    // The levels form a chain: each lower level sits under the one above.
    const ordered = ['central', 'province', 'district']
      .map((code) => levels.find((m) => m.authorityLevel === code))
      .filter((m): m is MovementView => m !== undefined);
    for (let i = 1; i < ordered.length; i++) assert.equal(ordered[i]!.parentId, ordered[i - 1]!.id, fact.id);
    const linked = levels.flatMap(numbers);
    for (const doc of fact.implementingDocuments) {
      // "Công văn phát động (không số)" names the unnumbered công văn whose summary starts "phát động …".
      const named = withoutRemark(doc);
      const wanted = /^\d/.test(doc)
        ? doc
        : facts.documents.find(
            (d) =>
              !d.numberSymbol && (d.subject.startsWith(named) || `${d.type} ${d.subject}`.startsWith(named)),
          )?.subject;
      assert.ok(wanted && linked.includes(wanted), `${fact.id}: ${doc}`);
    }
    for (const policy of [...(fact.relatedPolicies ?? []), ...(fact.relatedPrograms ?? [])]) {
      const related = levels.flatMap((m) => m.documents.filter((d) => d.role === 'related'));
      assert.ok(
        related.some((d) => d.numberSymbol === policy || d.summary === policy),
        `${fact.id}: related ${policy}`,
      );
    }
    for (const set of fact.criteriaSets ?? []) {
      assert.ok(
        levels.some((m) => m.documents.some((d) => d.summary?.includes(set.replace('Bộ tiêu chí ', '')))),
        `${fact.id}: ${set}`,
      );
    }
    const activities = levels.flatMap((m) => m.activities);
    for (const activity of fact.activities ?? [])
      assert.ok(activities.includes(activity), `${fact.id}: ${activity}`);
    for (const sub of fact.subMovements ?? []) {
      const child = movements.find((m) => m.name === sub.replace(/^“|”$/gu, ''));
      assert.ok(child && levels.some((l) => l.id === child.parentId), `${fact.id}: ${sub}`);
    }
  }
  const covid = movements.find((m) => m.name === 'Công tác phòng, chống dịch Covid-19')!;
  assert.equal(covid.kind, 'task', 'not called a movement by the report');
  const peak = movements.find((m) => m.name === 'Đợt phát động thi đua cao điểm mừng Đảng, mừng Xuân')!;
  assert.equal(peak.kind, 'campaign');
  assert.equal(peak.status, 'reviewed', 'the report says it was reviewed (sơ kết)');
  assert.equal(peak.lastReviewKind, 'interim');
  const poor = movements.find((m) => m.name === 'Vì người nghèo – Không để ai bị bỏ lại phía sau')!;
  assert.equal(poor.period, 'giai đoạn 2021-2025');
  assert.equal(poor.ancestors[0]?.name, 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau');
});

test('"Doanh nghiệp Việt Nam hội nhập và phát triển": Thủ tướng → UBND tỉnh (373/KH-UBND) → huyện, three figures', async () => {
  const fact = facts.movements.find((m) => m.id === 'pt-doanh-nghiep')!;
  const district = movements.find((m) => m.name === fact.name && m.authorityLevel === 'district')!;
  // The district officer opens the page: the plan above, the figures, the activities.
  const page = await getJson<MovementView>(officer, `/api/movements/${district.id}`);
  assert.deepEqual(
    page.ancestors.map((a) => [a.name, a.authorityName]),
    [
      ['Doanh nghiệp Việt Nam hội nhập và phát triển', 'Thủ tướng Chính phủ'],
      ['Doanh nghiệp Hà Tĩnh hội nhập và phát triển', 'UBND tỉnh Hà Tĩnh'],
    ],
  );
  assert.deepEqual(
    page.upstreamDocuments.map((d) => [d.reference, d.role]),
    [
      ['Kế hoạch số 373/KH-UBND', 'implementing'],
      ['Nghị quyết số 65/2018/NQ-HĐND ngày 18/7/2018', 'related'],
    ],
  );
  assert.deepEqual(
    page.indicators.map((i) => [i.name, i.unitOfMeasure, i.values[0]!.actual, i.values[0]!.qualifier]),
    fact.indicators.map((i) => [
      i.indicator,
      i.unit,
      i.value,
      i.qualifier === 'hơn (more than)' ? 'more_than' : i.qualifier === 'gần (nearly)' ? 'nearly' : null,
    ]),
  );
  assert.deepEqual(
    page.indicators.map((i) => i.values[0]!.actualText),
    ['hơn 632 doanh nghiệp', 'gần 9.164 tỷ đồng', '127 hợp tác xã'],
  );
  assert.equal(page.indicators[1]!.values[0]!.actualText, fact.indicators[1]!.valueText);
  assert.ok(
    page.indicators.every((i) => i.values.length === 1 && i.values[0]!.unit.name === 'Huyện Cẩm Xuyên'),
  );
  assert.equal(page.indicators[0]!.values[0]!.period, '6 tháng đầu năm 2023');
  assert.deepEqual(page.activities, fact.activities);
  assert.equal(page.status, 'in_progress');
  assert.equal(page.can.update, true, 'the district officer runs the district’s movement');
});

test('the commemoration: the province’s plan 196/UBND-KH and the district’s letter 1861/UBND-NV', () => {
  const [jubilee] = facts.commemorations;
  const rows = movements.filter((m) => m.name === jubilee!.name);
  assert.deepEqual(rows.map((m) => m.authorityLevel).sort(), ['district', 'province']);
  assert.ok(rows.every((m) => m.kind === 'commemoration' && m.note?.includes(jubilee!.dates.text)));
  assert.deepEqual(rows.flatMap(numbers).sort(), ['1861/UBND-NV', '196/UBND-KH']);
});

test('seeded through the services: every document and movement has its audit entry', async () => {
  const [row] = await queryRows<{ documents: number; movements: number; d: number; m: number }>(
    t.database.db,
    sql`select (select count(*) from audit_log where action = 'document.created')::int as documents,
      (select count(*) from audit_log where action = 'movement.created')::int as movements,
      (select count(*) from documents)::int as d, (select count(*) from movements)::int as m`,
  );
  assert.equal(row!.documents, row!.d);
  assert.equal(row!.movements, row!.m);
  assert.equal(row!.d, facts.documents.length);
});
