// Attachments and reports (type by content, size limit, checksum, scope) and the nominee import (template,
// all-or-nothing, row-numbered Vietnamese errors).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { buildTestApp, call, type Session, type TestApp } from '../../test/app';
import { createPerson } from '../../test/factories';
import { multipart } from '../people/people.fixtures';
import { docxText } from '../../render/docx-text';
import { NOMINEE_IMPORT_COLUMNS } from '../../render/nominees-template.xlsx';
import { createDraft, del, dossierWorld, type DossierWorld, get, nominee } from './dossiers.fixtures';
import { dossierIn } from './dossiers.state-fixtures';

let t: TestApp;
let w: DossierWorld;
before(async () => {
  t = await buildTestApp();
  w = await dossierWorld(t.app, t.database.db);
});
after(async () => {
  await t.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A multipart body with text fields before the file part. */
function form(fields: Record<string, string>, filename: string, content: Buffer) {
  const boundary = `----vd${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const attach = (s: Session, id: string, kind: string, name: string, content: Buffer) =>
  call(t.app, s, {
    method: 'POST',
    url: `/api/dossiers/${id}/attachments`,
    ...form({ kind, note: 'Bản chính' }, name, content),
  });

test('attachments: accepted by content, stored with SHA-256, downloaded with the Vietnamese name, deleted', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  const res = await attach(w.officerA, d.id, 'to_trinh', 'Tờ trình đề nghị.pdf', PDF);
  assert.equal(res.statusCode, 200, res.body);
  const a = res.json().attachments[0];
  assert.equal(a.kindLabel, 'Tờ trình');
  assert.equal(a.file.name, 'Tờ trình đề nghị.pdf');
  assert.equal(a.file.sha256, createHash('sha256').update(PDF).digest('hex'));
  assert.equal(a.note, 'Bản chính');
  const file = await get(t.app, w.viewerA, `/api/dossiers/${d.id}/files/${a.file.id}`);
  assert.equal(file.statusCode, 200);
  assert.equal(file.headers['content-type'], 'application/pdf');
  assert.match(String(file.headers['content-disposition']), /filename\*=UTF-8''T%E1%BB%9D/);
  assert.ok(file.rawPayload.equals(PDF));
  assert.equal((await get(t.app, w.officerB, `/api/dossiers/${d.id}/files/${a.file.id}`)).statusCode, 404);
  const gone = await del(t.app, w.officerA, `/api/dossiers/${d.id}/attachments/${a.id}`);
  assert.equal(gone.statusCode, 200);
  assert.equal(gone.json().attachments.length, 0);
  const [left] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from files where id = ${a.file.id}`,
  );
  assert.equal(left!.n, 0, 'the unreferenced file is deleted too');
});

test('attachments: wrong type, disguised content, no kind, too large and out-of-role are refused', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  const disguised = await attach(w.officerA, d.id, 'khac', 'bao-cao.pdf', PNG);
  assert.equal(disguised.statusCode, 400);
  assert.match(disguised.json().error.message, /không đúng loại cho phép/);
  const exe = await attach(w.officerA, d.id, 'khac', 'chuong-trinh.exe', Buffer.from('MZ\x90\x00'));
  assert.equal(exe.statusCode, 400);
  const noKind = await attach(w.officerA, d.id, 'loai-la', 'a.pdf', PDF);
  assert.equal(noKind.statusCode, 400);
  assert.match(noKind.json().error.fields.kind, /Chọn loại tài liệu/);
  const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
  const tooBig = await attach(w.officerA, d.id, 'khac', 'lon.pdf', big);
  assert.equal(tooBig.statusCode, 413);
  assert.match(tooBig.json().error.message, /vượt quá dung lượng/);
  assert.equal((await attach(w.viewerA, d.id, 'khac', 'a.pdf', PDF)).statusCode, 403);
  assert.equal((await attach(w.officerB, d.id, 'khac', 'a.pdf', PDF)).statusCode, 404);
  const sent = await dossierIn(t, w, 'submitted');
  assert.equal(
    (await attach(w.officerA, sent.id, 'khac', 'a.pdf', PDF)).statusCode,
    403,
    'sent: no more edits',
  );
  assert.equal((await get(t.app, w.officerA, `/api/dossiers/${d.id}`)).json().attachments.length, 0);
});

test('a nominee’s achievement report is uploaded to the nominee and replaced', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  const n = d.nominees[0];
  const url = `/api/dossiers/${d.id}/nominees/${n.id}/report`;
  const first = await call(t.app, w.officerA, {
    method: 'PUT',
    url,
    ...multipart('file', 'Báo cáo thành tích.pdf', PDF),
  });
  assert.equal(first.statusCode, 200, first.body);
  const report = first.json().nominees[0].reportFile;
  assert.equal(report.name, 'Báo cáo thành tích.pdf');
  const second = await call(t.app, w.officerA, { method: 'PUT', url, ...multipart('file', 'Ảnh.png', PNG) });
  assert.equal(second.json().nominees[0].reportFile.name, 'Ảnh.png');
  assert.equal((await get(t.app, w.officerA, `/api/dossiers/${d.id}/files/${report.id}`)).statusCode, 404);
});

async function sheet(rows: Record<string, unknown>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Danh sách');
  s.addRow(NOMINEE_IMPORT_COLUMNS.map((c) => c.header));
  rows.forEach((r, i) =>
    s.addRow(NOMINEE_IMPORT_COLUMNS.map((c) => (c.key === 'stt' ? i + 1 : (r[c.key] ?? null)))),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const importFile = (s: Session, id: string, content: Buffer, name = 'danh-sach.xlsx') =>
  call(t.app, s, {
    method: 'POST',
    url: `/api/dossiers/${id}/nominees/import`,
    ...multipart('file', name, content),
  });

test('the template lists the kinds of the dossier’s authority and the unit’s collectives', async () => {
  const d = await createDraft(t.app, w.officerA, w, []);
  const res = await get(t.app, w.officerA, `/api/dossiers/${d.id}/nominees/template.xlsx`);
  assert.equal(res.statusCode, 200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const lists = wb.getWorksheet('Danh mục')!;
  const kinds = lists.getColumn(2).values.slice(2);
  assert.ok(kinds.includes('Lao động tiên tiến'));
  assert.ok(kinds.includes('Chiến sĩ thi đua cơ sở'));
  assert.ok(!kinds.includes('Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh'), 'not the province’s');
  assert.ok(lists.getColumn(5).values.includes('Trường Tiểu học An Thử'));
  assert.deepEqual(
    (wb.getWorksheet('Danh sách')!.getRow(1).values as unknown[]).slice(1),
    NOMINEE_IMPORT_COLUMNS.map((c) => c.header),
  );
});

test('import: all rows or none, with row-numbered Vietnamese errors', async () => {
  const withCccd = await createPerson(t.database.db, {
    unit: w.communeA,
    fullName: 'Hoàng Thị Dung',
    cccd: '042190001234',
    gender: 'female',
    birthDate: '1990-05-01',
  });
  const d = await createDraft(t.app, w.officerA, w, []);
  const bad = await sheet([
    { person: '042190001234', fullName: 'Hoàng Thị Dung', awardKind: 'Lao động tiên tiến', summary: 'Tốt' },
    { person: '123', awardKind: 'Lao động tiên tiến', summary: 'Tốt' },
    { person: w.an.id, fullName: 'Nguyễn Văn Bê', awardKind: 'LDTT', summary: 'Tốt' },
    { subjectKind: 'Tập thể', unit: 'Trường Tiểu học An Thử', awardKind: 'Bằng khen', summary: 'Tốt' },
    { person: w.cuong.id, awardKind: 'Chiến sĩ thi đua cơ sở' },
    { person: w.outsider.id, awardKind: 'LDTT', summary: 'Tốt' },
  ]);
  const res = await importFile(w.officerA, d.id, bad);
  assert.equal(res.statusCode, 400, res.body);
  const body = res.json().error;
  assert.equal(body.message, 'Tệp có 5 dòng lỗi, chưa nhập dòng nào');
  assert.match(body.fields['rows.3.person'], /12 chữ số/);
  assert.match(body.fields['rows.4.fullName'], /không khớp/);
  assert.match(
    body.fields['rows.5.awardKind'],
    /không có trong danh sách danh hiệu, hình thức thuộc thẩm quyền/,
  );
  assert.equal(body.fields['rows.6.summary'], 'Chưa có tóm tắt thành tích');
  assert.match(body.fields['rows.7.person'], /Không tìm thấy cá nhân/);
  assert.equal((await get(t.app, w.officerA, `/api/dossiers/${d.id}`)).json().nominees.length, 0);

  const good = await sheet([
    { person: '042190001234', fullName: 'hoang thi dung', awardKind: 'Lao động tiên tiến', summary: 'Tốt' },
    { person: w.cuong.id, awardKind: 'CSTDCS', summary: 'Sáng kiến cấp cơ sở' },
    { subjectKind: 'Tập thể', unit: 'Trường Tiểu học An Thử', awardKind: 'Giấy khen', summary: 'Dạy tốt' },
    { person: w.cuong.id, awardKind: 'LDTT', summary: 'Tốt' },
  ]);
  const ok = await importFile(w.officerA, d.id, good);
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().imported, 4);
  const names = ok
    .json()
    .dossier.nominees.map((n: { name: string; awardKind: string }) => `${n.name}:${n.awardKind}`);
  assert.deepEqual(names, [
    `${withCccd.fullName}:LDTT`,
    'Trần Văn Cường:CSTDCS',
    'Trường Tiểu học An Thử:GK',
    'Trần Văn Cường:LDTT',
  ]);
  const again = await importFile(w.officerA, d.id, good);
  assert.equal(again.statusCode, 400);
  assert.match(again.json().error.fields['rows.2.person'], /đã có trong hồ sơ/);
  assert.equal((await importFile(w.officerA, d.id, PDF, 'a.pdf')).statusCode, 400);
  assert.equal((await importFile(w.viewerA, d.id, good)).statusCode, 403);
});

test('the Tờ trình: .docx of the proposing commune to its chairman, with the list of nominees', async () => {
  const d = await dossierIn(t, w, 'submitted');
  const res = await get(t.app, w.officerA, `/api/dossiers/${d.id}/to-trinh.docx`);
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /wordprocessingml/);
  assert.match(String(res.headers['content-disposition']), /T%E1%BB%9D%20tr%C3%ACnh/);
  const text = docxText(res.rawPayload);
  assert.match(text, /ỦY BAN NHÂN DÂN\s+XÃ AN THỬ/);
  assert.match(text, /Kính gửi: Chủ tịch Ủy ban nhân dân xã An Thử/);
  assert.match(text, /An Thử, ngày \d{2} tháng \d{2} năm \d{4}/);
  assert.match(text, /Lao động tiên tiến: 02 cá nhân/);
  assert.ok(text.includes('Nguyễn Văn An') && text.includes('Trần Văn Cường'));
  assert.equal((await get(t.app, w.specialistA, `/api/dossiers/${d.id}/to-trinh.docx`)).statusCode, 200);
  assert.equal((await get(t.app, w.viewerA, `/api/dossiers/${d.id}/to-trinh.docx`)).statusCode, 403);
  assert.equal((await get(t.app, w.officerB, `/api/dossiers/${d.id}/to-trinh.docx`)).statusCode, 404);
});
