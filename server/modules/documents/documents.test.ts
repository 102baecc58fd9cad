import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { DocumentPage, DocumentView } from '../../../contracts/documents';
import { parseDocumentReference } from '../../../domain/documents';
import { auditLog } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { call } from '../../test/app';
import { multipart } from '../people/people.fixtures';
import { del, get, patch, post, type RegisterWorld, registerWorld } from './documents.fixtures';

let t: TestApp;
let w: RegisterWorld;
// One world per file: the sign-in rate limit (30 a minute per address) would refuse a world per test.
before(async () => {
  t = await buildTestApp();
  w = await registerWorld(t.app, t.database.db);
});
after(() => t.close());

async function create(session: typeof w.officer, body: Record<string, unknown>): Promise<DocumentView> {
  const res = await post(t.app, session, '/api/documents', body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

const list = async (session: typeof w.officer, query: string): Promise<DocumentPage> => {
  const res = await get(t.app, session, `/api/documents?${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};

test('a document entered as the seed writes it: "Kế hoạch số 3382/UBND-KH ngày 11/11/2022"', async () => {
  // What the quick-entry field sends: the parsed reference plus the keeping unit and issuer.
  const parsed = parseDocumentReference('Kế hoạch số 3382/UBND-KH ngày 11/11/2022');
  const doc = await create(w.officer, {
    unitId: w.district.id,
    type: parsed.type,
    numberSymbol: parsed.numberSymbol!.text,
    issuedOn: parsed.issuedOn,
    issuerName: 'UBND huyện Cẩm Thử',
    issuerUnitId: w.district.id,
    issuerLevel: 'district',
    summary:
      'tổ chức Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025 trên địa bàn huyện',
  });
  assert.equal(doc.reference, 'Kế hoạch số 3382/UBND-KH ngày 11/11/2022');
  assert.equal(doc.number, 3382);
  assert.equal(doc.symbol, 'UBND-KH');
  assert.equal(doc.numberYear, null);
  assert.equal(doc.year, 2022, 'the year of issue when the number has none');
  assert.equal(doc.issuerUnit?.id, w.district.id);
  assert.deepEqual(doc.can, { update: true, delete: true });
  const entries = await t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, doc.id), eq(auditLog.action, 'document.created')));
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.unitId, w.district.id);
});

test('number parts: the year inside the number, OCR spacing dropped, zero-padded numbers kept as written', async () => {
  const resolution = await create(w.provinceOfficer, {
    unitId: w.province.id,
    type: 'nghi_quyet',
    numberSymbol: '65/2018/NQ-HĐND',
    issuedOn: '2018-07-18',
    issuerName: 'HĐND tỉnh Thử Nghiệm',
    issuerLevel: 'province',
    summary:
      'quy định một số chính sách hỗ trợ thành lập mới hộ kinh doanh và doanh nghiệp trên địa bàn tỉnh',
  });
  assert.equal(resolution.numberYear, 2018);
  assert.equal(resolution.symbol, 'NQ-HĐND');
  const spaced = await create(w.officer, {
    unitId: w.district.id,
    type: 'ke_hoach',
    numberSymbol: '231/UBND- KH',
    issuedOn: '2022-01-25',
    issuerName: 'UBND huyện Cẩm Thử',
  });
  assert.equal(spaced.numberSymbol, '231/UBND-KH');
  assert.equal(spaced.summary, null, 'a numbered document may be entered before its summary');
  const directive = await create(w.provinceOfficer, {
    unitId: w.province.id,
    type: 'chi_thi',
    numberSymbol: '01/CT-UBND',
    issuedOn: '2023-01-19',
    issuerName: 'UBND tỉnh Thử Nghiệm',
  });
  assert.equal(directive.numberSymbol, '01/CT-UBND');
  assert.equal(directive.number, 1);
  // "Văn bản" as the seed calls a công văn is kept as the type name; "Công văn" is the label itself.
  const letter = await create(w.officer, {
    unitId: w.district.id,
    type: 'cong_van',
    typeName: 'Văn bản',
    numberSymbol: '1861/UBND-NV',
    issuedOn: '2023-06-05',
    issuerName: 'UBND huyện Cẩm Thử',
    summary: 'tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
  });
  assert.equal(letter.reference, 'Văn bản số 1861/UBND-NV ngày 05/6/2023');
  assert.equal(letter.typeLabel, 'Văn bản');
  const plain = await create(w.officer, {
    unitId: w.district.id,
    type: 'cong_van',
    typeName: 'công văn',
    numberSymbol: '77/UBND-VP',
    issuedOn: '2023-02-01',
    issuerName: 'UBND huyện Cẩm Thử',
  });
  assert.equal(plain.typeName, null, 'a type name equal to the label is not kept');
});

test('documents without number or date: a law and a programme cited by name', async () => {
  const law = await create(w.provinceOfficer, {
    unitId: w.province.id,
    type: 'luat',
    issuerName: 'Quốc hội',
    issuerLevel: 'central',
    summary: 'Luật Thi đua, Khen thưởng',
  });
  assert.equal(law.numberSymbol, null);
  assert.equal(law.issuedOn, null);
  assert.equal(law.year, null);
  assert.equal(law.reference, 'Luật Thi đua, Khen thưởng');
  const programme = await create(w.provinceOfficer, {
    unitId: w.province.id,
    type: 'chuong_trinh',
    issuerLevel: 'central',
    summary: 'Chương trình mục tiêu Quốc gia về giảm nghèo bền vững',
  });
  assert.equal(programme.issuerName, null);
  assert.equal(programme.reference, 'Chương trình mục tiêu Quốc gia về giảm nghèo bền vững');
});

test('bad input is refused naming the field, in Vietnamese', async () => {
  const base = { unitId: w.district.id, type: 'ke_hoach', issuerName: 'UBND huyện Cẩm Thử' };
  let res = await post(t.app, w.officer, '/api/documents', {
    ...base,
    numberSymbol: 'Kế hoạch ba ba tám hai',
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.numberSymbol, /3382\/UBND-KH/);
  res = await post(t.app, w.officer, '/api/documents', base);
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.summary, /trích yếu/);
  res = await post(t.app, w.officer, '/api/documents', {
    ...base,
    type: 'nghi_quyet',
    numberSymbol: '12/2018/NQ-HĐND',
    issuedOn: '2019-01-05',
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.fields.issuedOn, /năm 2018/);
  res = await post(t.app, w.officer, '/api/documents', { ...base, summary: 'Kế hoạch', type: 'sắc lệnh' });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.fields.type, 'Loại văn bản không hợp lệ');
  res = await post(t.app, w.officer, '/api/documents', {
    ...base,
    summary: 'Kế hoạch',
    effectiveFrom: '2023-05-01',
    effectiveTo: '2023-04-01',
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.effectiveTo);
});

test('the same number, symbol, issuer and year is one document: 409 with a clear message', async () => {
  const body = {
    unitId: w.district.id,
    type: 'chi_thi',
    numberSymbol: '199/CT-UBND',
    issuedOn: '2023-02-01',
    issuerName: 'UBND huyện Cẩm Thử',
    summary: 'phát động phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế-xã hội năm 2023',
  };
  const first = await create(w.officer, body);
  // Case, diacritics and spaces do not make another document.
  for (const variant of [
    body,
    { ...body, numberSymbol: '199/ct-ubnd', issuerName: 'ubnd huyen Cam Thu' },
    { ...body, issuedOn: '2023-12-30' },
  ]) {
    const res = await post(t.app, w.officer, '/api/documents', variant);
    assert.equal(res.statusCode, 409, res.body);
    const error = res.json().error;
    assert.equal(error.code, 'CONFLICT');
    assert.match(error.message, /^Văn bản số 199\/CT-UBND của .+ năm 2023 đã có trong sổ văn bản$/);
    assert.ok(error.fields.numberSymbol);
  }
  // Another year or another issuer is another document (numbers restart every year, per issuer).
  await create(w.officer, { ...body, issuedOn: '2024-02-01' });
  await create(w.officer, { ...body, issuerName: 'UBND xã An Thử' });
  // An edit that would collide is refused too.
  const other = await create(w.officer, { ...body, numberSymbol: '200/CT-UBND' });
  const res = await patch(t.app, w.officer, `/api/documents/${other.id}`, {
    version: other.version,
    numberSymbol: '199/CT-UBND',
  });
  assert.equal(res.statusCode, 409);
  assert.ok(first.id);
});

test('search: number with or without diacritics, words without diacritics, issuer, type, dates', async () => {
  const request = await create(w.provinceOfficer, {
    unitId: w.province.id,
    type: 'cong_van',
    typeName: 'Văn bản',
    numberSymbol: '253/BTĐKT-THHC',
    issuedOn: '2023-05-31',
    issuerName: 'Ban Thi đua - Khen thưởng tỉnh Thử Nghiệm',
    issuerLevel: 'province',
    summary: 'cung cấp thông tin phục vụ báo cáo sơ kết 6 tháng đầu năm 2023',
  });
  const ids = (page: DocumentPage) => page.items.map((d) => d.id);
  assert.ok(ids(await list(w.officer, 'q=btdkt')).includes(request.id));
  assert.ok(ids(await list(w.officer, `q=${encodeURIComponent('253/BTĐKT')}`)).includes(request.id));
  assert.ok(ids(await list(w.officer, 'q=so+ket+6+thang')).includes(request.id));
  assert.ok(ids(await list(w.officer, 'q=van+ban+253')).includes(request.id));
  assert.ok(!ids(await list(w.officer, 'q=btdkt+kinh+doanh')).includes(request.id));
  const byIssuer = await list(w.officer, 'issuer=thi+dua+khen+thuong');
  assert.deepEqual(ids(byIssuer), [request.id]);
  const byLevel = await list(w.officer, 'level=central');
  assert.ok(byLevel.items.every((d) => d.issuerLevel === 'central'));
  assert.ok(byLevel.items.some((d) => d.reference === 'Luật Thi đua, Khen thưởng'));
  const plans = await list(w.officer, 'type=ke_hoach');
  assert.ok(plans.items.length > 0 && plans.items.every((d) => d.type === 'ke_hoach'));
  const may2023 = await list(w.officer, 'from=2023-05-01&to=2023-05-31');
  assert.deepEqual(ids(may2023), [request.id]);
  // Newest first by default; a document without a date comes last.
  const all = await list(w.officer, 'pageSize=200');
  const dates = all.items.map((d) => d.issuedOn);
  const dated = dates.filter((d) => d !== null) as string[];
  assert.deepEqual(dated, [...dated].sort().reverse());
  assert.equal(dates.at(-1), null);
  assert.equal(all.total, all.items.length);
  assert.equal(all.can.create, true);
});

test('scope: a register is read above and below its unit, not beside it; kept by its unit’s officers', async () => {
  const communeDoc = await create(w.officerA, {
    unitId: w.communeA.id,
    type: 'ke_hoach',
    numberSymbol: '12/KH-UBND',
    issuedOn: '2023-02-10',
    issuerName: 'UBND xã An Thử',
    summary: 'phát động thi đua năm 2023 của xã',
  });
  const provinceDoc = (await list(w.officerA, 'q=65%2F2018')).items[0]!;
  assert.equal(provinceDoc.numberSymbol, '65/2018/NQ-HĐND', 'a commune reads the province register');
  // The district (above) sees the commune's document; commune B (beside) and another province do not.
  assert.equal((await get(t.app, w.officer, `/api/documents/${communeDoc.id}`)).statusCode, 200);
  assert.equal((await get(t.app, w.viewerB, `/api/documents/${communeDoc.id}`)).statusCode, 404);
  assert.equal((await get(t.app, w.stranger, `/api/documents/${communeDoc.id}`)).statusCode, 404);
  assert.ok(!(await list(w.viewerB, 'pageSize=200')).items.some((d) => d.id === communeDoc.id));
  assert.equal((await list(w.stranger, 'pageSize=200')).total, 0);
  // Editing: the keeping unit's officers and those above; not a commune officer on the province's document.
  const provinceView: DocumentView = (
    await get(t.app, w.officerA, `/api/documents/${provinceDoc.id}`)
  ).json();
  assert.deepEqual(provinceView.can, { update: false, delete: false });
  let res = await patch(t.app, w.officerA, `/api/documents/${provinceDoc.id}`, {
    version: provinceView.version,
    note: 'sửa thử',
  });
  assert.equal(res.statusCode, 403);
  res = await patch(t.app, w.provinceOfficer, `/api/documents/${communeDoc.id}`, {
    version: communeDoc.version,
    note: 'Đã đối chiếu bản gốc',
  });
  assert.equal(res.statusCode, 200, res.body);
  // A viewer or a council member does not enter documents; nobody enters into a register outside their line.
  res = await post(t.app, w.viewerB, '/api/documents', {
    unitId: w.communeB.id,
    type: 'khac',
    summary: 'Thử',
  });
  assert.equal(res.statusCode, 403);
  res = await post(t.app, w.council, '/api/documents', {
    unitId: w.district.id,
    type: 'khac',
    summary: 'Thử',
  });
  assert.equal(res.statusCode, 403);
  res = await post(t.app, w.officerA, '/api/documents', {
    unitId: w.communeB.id,
    type: 'khac',
    summary: 'Thử',
  });
  assert.equal(res.statusCode, 400);
  res = await post(t.app, w.officerA, '/api/documents', {
    unitId: w.district.id,
    type: 'khac',
    summary: 'Thử',
  });
  assert.equal(res.statusCode, 403, 'the district is above the commune: visible, not kept by it');
  res = await post(t.app, w.officerA, '/api/documents', {
    unitId: w.communeA.id,
    type: 'khac',
    summary: 'Thử',
    issuerUnitId: w.elsewhere.id,
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.issuerUnitId);
});

test('edits: version checked, replacement chain without loops, out of force shown, delete when unused', async () => {
  const old = await create(w.officer, {
    unitId: w.district.id,
    type: 'quy_che',
    summary: 'Quy chế văn hóa công vụ, công sở văn minh sạch đẹp',
    issuerName: 'UBND huyện Cẩm Thử',
  });
  const replacement = await create(w.officer, {
    unitId: w.district.id,
    type: 'quy_che',
    summary: 'Quy chế văn hóa công vụ (sửa đổi)',
    issuerName: 'UBND huyện Cẩm Thử',
    effectiveFrom: '2024-01-01',
  });
  let res = await patch(t.app, w.officer, `/api/documents/${old.id}`, {
    version: old.version,
    supersededById: replacement.id,
    effectiveTo: '2023-12-31',
  });
  assert.equal(res.statusCode, 200, res.body);
  const superseded: DocumentView = res.json();
  assert.equal(superseded.superseded, true);
  assert.equal(superseded.supersededBy?.id, replacement.id);
  assert.equal(superseded.version, old.version + 1);
  const newer: DocumentView = (await get(t.app, w.officer, `/api/documents/${replacement.id}`)).json();
  assert.deepEqual(
    newer.supersedes.map((d) => d.id),
    [old.id],
  );
  // The replacement cannot in turn be replaced by the document it replaces, nor by itself.
  res = await patch(t.app, w.officer, `/api/documents/${replacement.id}`, {
    version: newer.version,
    supersededById: old.id,
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.supersededById);
  res = await patch(t.app, w.officer, `/api/documents/${replacement.id}`, {
    version: newer.version,
    supersededById: replacement.id,
  });
  assert.equal(res.statusCode, 400);
  // A stale version is refused.
  res = await patch(t.app, w.officer, `/api/documents/${old.id}`, { version: old.version, note: 'muộn' });
  assert.equal(res.statusCode, 409);
  assert.equal(res.json().error.fields.version, 'Phiên bản dữ liệu đã cũ');
  // Deleting the replacement clears the link on the old one.
  res = await del(t.app, w.officer, `/api/documents/${replacement.id}`);
  assert.equal(res.statusCode, 200, res.body);
  const after: DocumentView = (await get(t.app, w.officer, `/api/documents/${old.id}`)).json();
  assert.equal(after.supersededBy, null);
  assert.equal((await get(t.app, w.officer, `/api/documents/${replacement.id}`)).statusCode, 404);
  const deleted = await t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, replacement.id), eq(auditLog.action, 'document.deleted')));
  assert.equal(deleted.length, 1);
});

test('the file of a document: PDF or scan kept in the file store, read in scope, replaced, removed', async () => {
  const doc = await create(w.officer, {
    unitId: w.district.id,
    type: 'ke_hoach',
    numberSymbol: '1321/UBND-KH',
    issuedOn: '2023-04-26',
    issuerName: 'UBND huyện Cẩm Thử',
  });
  const pdf = Buffer.from('%PDF-1.4\n% Kế hoạch 1321\n%%EOF\n');
  const put = (name: string, content: Buffer, session = w.officer) => {
    const body = multipart('file', name, content);
    return call(t.app, session, {
      method: 'PUT',
      url: `/api/documents/${doc.id}/file`,
      payload: body.payload,
      headers: body.headers,
    });
  };
  let res = await put('Kế hoạch 1321.pdf', pdf);
  assert.equal(res.statusCode, 200, res.body);
  const withFile: DocumentView = res.json();
  assert.equal(withFile.file?.name, 'Kế hoạch 1321.pdf');
  assert.equal(withFile.file?.mime, 'application/pdf');
  assert.equal(withFile.hasFile, true);
  res = await get(t.app, w.officerA, `/api/documents/${doc.id}/file`);
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'application/pdf');
  assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''K%E1%BA%BF/);
  assert.deepEqual(res.rawPayload, pdf);
  assert.equal((await get(t.app, w.stranger, `/api/documents/${doc.id}/file`)).statusCode, 404);
  // The content decides the type: a PDF named .docx is refused; a commune cannot attach to the district's.
  res = await put('ke-hoach.docx', pdf);
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields.file);
  res = await put('Kế hoạch 1321.pdf', pdf, w.officerA);
  assert.equal(res.statusCode, 403);
  // Replacing keeps one file; removing leaves none.
  res = await put('Kế hoạch 1321 (bản ký).pdf', pdf);
  assert.equal(res.statusCode, 200, res.body);
  assert.equal((res.json() as DocumentView).file?.name, 'Kế hoạch 1321 (bản ký).pdf');
  res = await del(t.app, w.officer, `/api/documents/${doc.id}/file`);
  assert.equal(res.statusCode, 200, res.body);
  assert.equal((res.json() as DocumentView).file, null);
  assert.equal((await get(t.app, w.officer, `/api/documents/${doc.id}/file`)).statusCode, 404);
  const actions = await t.database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.entityId, doc.id));
  assert.deepEqual(
    actions.map((a) => a.action).filter((a) => a.startsWith('document.file')),
    ['document.file_attached', 'document.file_attached', 'document.file_removed'],
  );
});
