import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import type { DatabaseHandle } from '../db/client';
import { openTestDatabase } from '../test/database';
import { systemActor } from './actor';
import { AppError } from './errors';
import {
  checkUpload,
  contentDisposition,
  detectFileType,
  MAX_FILE_BYTES,
  readStoredFile,
  safeFileName,
  storeFile,
} from './files';

const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

async function realDocx(): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Tờ trình')] }] });
  return Buffer.from(await Packer.toBuffer(doc));
}
async function realXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('A').addRow(['Họ và tên']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('detectFileType recognises each accepted type by its first bytes and its extension', async () => {
  const docx = await realDocx();
  const xlsx = await realXlsx();
  assert.equal(detectFileType(pdf, 'bao-cao.pdf'), 'pdf');
  assert.equal(detectFileType(pdf, 'BAO-CAO.PDF'), 'pdf');
  assert.equal(detectFileType(png, 'anh.png'), 'png');
  assert.equal(detectFileType(jpg, 'anh.jpg'), 'jpg');
  assert.equal(detectFileType(jpg, 'anh.jpeg'), 'jpg');
  assert.equal(detectFileType(ole, 'to-trinh.doc'), 'doc');
  assert.equal(detectFileType(ole, 'danh-sach.xls'), 'xls');
  assert.equal(detectFileType(docx, 'to-trinh.docx'), 'docx');
  assert.equal(detectFileType(xlsx, 'danh-sach.xlsx'), 'xlsx');
});

test('detectFileType refuses content that does not match the extension or is not accepted', async () => {
  const docx = await realDocx();
  const xlsx = await realXlsx();
  assert.equal(detectFileType(png, 'bao-cao.pdf'), null, 'a PNG named .pdf');
  assert.equal(detectFileType(pdf, 'anh.png'), null);
  assert.equal(detectFileType(docx, 'bang.xlsx'), null, 'a Word file named .xlsx');
  assert.equal(detectFileType(xlsx, 'van-ban.docx'), null);
  assert.equal(detectFileType(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), 'rong.docx'), null, 'a bare ZIP');
  assert.equal(detectFileType(Buffer.from('MZ\x90\x00'), 'virus.pdf'), null);
  assert.equal(detectFileType(Buffer.from('<html>'), 'trang.html'), null);
  assert.equal(detectFileType(pdf, 'khong-duoi'), null);
});

test('safeFileName keeps Vietnamese (NFC), drops paths, control and reserved characters', () => {
  const decomposed = 'Bie\u0302n ba\u0309n.pdf';
  assert.equal(safeFileName(decomposed), 'Biên bản.pdf');
  assert.equal(safeFileName(decomposed).length, 'Biên bản.pdf'.length);
  assert.equal(safeFileName('C:\\Users\\a\\Tờ trình.docx'), 'Tờ trình.docx');
  assert.equal(safeFileName('../../etc/passwd'), 'passwd');
  assert.equal(safeFileName('a\u0000b\nc.pdf'), 'abc.pdf');
  assert.equal(safeFileName('  "báo" <cáo>?.pdf  '), '_báo_ _cáo__.pdf');
  assert.equal(safeFileName('...'), 'tep');
  assert.equal(safeFileName(''), 'tep');
  const long = safeFileName(`${'Thành tích '.repeat(40)}.pdf`);
  assert.ok(long.length <= 255);
  assert.ok(long.endsWith('.pdf'));
});

test('checkUpload: empty, over 10 MiB and wrong type are refused with Vietnamese messages', () => {
  assert.throws(
    () => checkUpload('a.pdf', Buffer.alloc(0)),
    (e: AppError) => /rỗng/.test(e.message),
  );
  const big = Buffer.concat([pdf, Buffer.alloc(MAX_FILE_BYTES)]);
  assert.throws(
    () => checkUpload('lon.pdf', big),
    (e: AppError) => e.code === 'PAYLOAD_TOO_LARGE' && /10 MB/.test(e.message),
  );
  assert.throws(
    () => checkUpload('anh.png', png, ['pdf']),
    (e: AppError) =>
      e.code === 'VALIDATION' && /chỉ nhận: PDF/.test(e.message) && e.fields?.file !== undefined,
  );
  const exact = Buffer.concat([pdf, Buffer.alloc(MAX_FILE_BYTES - pdf.length)]);
  assert.equal(checkUpload('vua.pdf', exact).type, 'pdf', 'exactly 10 MiB is accepted');
});

test('contentDisposition gives an ASCII fallback and the UTF-8 name', () => {
  assert.equal(
    contentDisposition('Tờ trình đề nghị.docx'),
    `attachment; filename="To trinh de nghi.docx"; filename*=UTF-8''${encodeURIComponent('Tờ trình đề nghị.docx')}`,
  );
});

let db: DatabaseHandle;
before(async () => {
  db = await openTestDatabase();
});
after(async () => {
  await db.close();
});

test('storeFile keeps the bytes with their checksum, size and detected type', async () => {
  const stored = await storeFile(db.db, systemActor(), { name: 'Ba\u0301o ca\u0301o.pdf', content: pdf });
  assert.equal(stored.name, 'Báo cáo.pdf');
  assert.equal(stored.mime, 'application/pdf');
  assert.equal(stored.size, pdf.length);
  assert.equal(stored.sha256, createHash('sha256').update(pdf).digest('hex'));
  const read = await readStoredFile(db.db, stored.id);
  assert.ok(read);
  assert.ok(read.content.equals(pdf));
  await assert.rejects(storeFile(db.db, systemActor(), { name: 'x.pdf', content: png }), AppError);
});
