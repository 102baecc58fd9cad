import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { CertificateField, type LayoutGeometry } from '../../contracts/certificates';
import { renderCertificatesDocx } from './certificate.docx';
import { fontDirectories } from './certificate.fonts';
import { fillTemplate, placeCertificate, qrModules, SAMPLE_VALUES, wrapWords } from './certificate.layout';
import { renderCertificatesPdf } from './certificate.pdf';
import { docxParagraphs, docxToPdf, findSoffice, pdfText, pdfToPngs } from './docx-text';

const run = promisify(execFile);
const field = (o: Parameters<typeof CertificateField.parse>[0]) => CertificateField.parse(o);
const hasFonts = fontDirectories().some((d) => existsSync(join(d, 'LiberationSerif-Regular.ttf')));

/** A Giấy khen blank, A4 landscape. */
export const sampleLayout: LayoutGeometry = {
  paper: 'A4',
  pageWidthMm: 297,
  pageHeightMm: 210,
  offsetXMm: 0,
  offsetYMm: 0,
  fields: [
    field({ key: 'award_kind', x: 40, y: 60, width: 217, size: 36, bold: true, uppercase: true }),
    field({ key: 'recipient_name', x: 60, y: 85, width: 177, size: 22, bold: true, italic: true }),
    field({ key: 'recipient_line', x: 60, y: 97, width: 177, size: 14 }),
    field({ key: 'achievement', x: 50, y: 110, width: 197, size: 15, italic: true, maxLines: 3 }),
    field({ key: 'place_date', x: 150, y: 140, width: 120, size: 13, italic: true }),
    field({ key: 'signer_title', x: 150, y: 148, width: 120, size: 13, bold: true }),
    field({ key: 'signer_name', x: 150, y: 185, width: 120, size: 14, bold: true }),
    field({ key: 'decision', x: 20, y: 185, width: 110, size: 11, align: 'left' }),
    field({ key: 'qr', x: 25, y: 140, width: 28 }),
  ],
};

/** Reads a binary PPM (P6) into RGBA for jsQR. */
function ppmToRgba(ppm: Buffer): { data: Uint8ClampedArray; width: number; height: number } {
  const header = ppm.toString('latin1', 0, 64).split(/\s+/);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = ppm.length - width * height * 3;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = ppm[offset + i * 3]!;
    data[i * 4 + 1] = ppm[offset + i * 3 + 1]!;
    data[i * 4 + 2] = ppm[offset + i * 3 + 2]!;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

describe('certificate placement', () => {
  it('fills templates; a template whose placeholders are all empty prints nothing', () => {
    assert.equal(
      fillTemplate('Quyết định số {so_quyet_dinh} ngày {ngay_quyet_dinh}', SAMPLE_VALUES),
      'Quyết định số 125/QĐ-UBND ngày 03/12/2025',
    );
    assert.equal(
      fillTemplate('Quyết định số {so_quyet_dinh} ngày {ngay_quyet_dinh}', {
        ...SAMPLE_VALUES,
        so_quyet_dinh: '',
        ngay_quyet_dinh: '',
      }),
      '',
    );
    assert.equal(fillTemplate('GIẤY KHEN', SAMPLE_VALUES), 'GIẤY KHEN');
    assert.equal(fillTemplate('{chuc_vu_nguoi_ky}', SAMPLE_VALUES), 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    assert.equal(fillTemplate('{khong_co}', SAMPLE_VALUES), '{khong_co}');
  });

  it('wraps words greedily within the width', () => {
    const measure = (s: string) => s.length;
    assert.deepEqual(wrapWords('một hai ba bốn năm', 7, measure), ['một hai', 'ba bốn', 'năm']);
  });

  it(
    'anchors lines on their baseline, wraps long text, shrinks a long name, splits the signer lines',
    { skip: !hasFonts },
    () => {
      const p = placeCertificate(sampleLayout, SAMPLE_VALUES, 'https://vd.example/xac-thuc/abc');
      const name = p.texts.find((t) => t.text === 'Nguyễn Thị Ngọc Ánh')!;
      assert.deepEqual([name.x, name.y, name.anchor, name.size], [148.5, 85, 'middle', 22]);
      assert.ok(
        p.texts.some((t) => t.text === 'GIẤY KHEN'),
        'upper-cased award kind',
      );
      const title = p.texts.filter((t) => t.field === 5).map((t) => t.text);
      assert.deepEqual(title, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
      const decision = p.texts.find((t) => t.field === 7)!;
      assert.equal(decision.anchor, 'start');
      assert.equal(decision.x, 20);
      assert.deepEqual(p.overflow, []);

      const long = {
        ...SAMPLE_VALUES,
        ho_ten: 'Tập thể Công đoàn cơ sở Trường Trung học phổ thông Cẩm Xuyên',
      };
      const shrunk = placeCertificate(sampleLayout, long, null);
      const line = shrunk.texts.find((t) => t.field === 1)!;
      assert.ok(line.size < 22 && line.size >= 22 * 0.7, `shrunk to ${line.size}`);
      assert.ok(line.width <= 177.01, `width ${line.width}`);
      assert.deepEqual(shrunk.overflow, []);
      const tooLong = {
        ...SAMPLE_VALUES,
        ho_ten: 'Tập thể Ban Chỉ huy Quân sự và Công an xã Cẩm Thành huyện Cẩm Xuyên tỉnh Hà Tĩnh',
      };
      assert.deepEqual(
        placeCertificate(sampleLayout, tooLong, null).overflow,
        [1],
        'reported, not silently cut',
      );

      const wordy = { ...SAMPLE_VALUES, thanh_tich: 'Đã có thành tích xuất sắc '.repeat(8).trim() };
      const wrapped = placeCertificate(sampleLayout, wordy, null).texts.filter((t) => t.field === 3);
      assert.ok(wrapped.length >= 2 && wrapped.length <= 3, `${wrapped.length} lines`);
      assert.ok(wrapped.every((t) => t.width <= 197.01));
      assert.ok(wrapped[1]!.y > wrapped[0]!.y);
    },
  );

  it('a printer offset moves every field', { skip: !hasFonts }, () => {
    const moved = placeCertificate(
      { ...sampleLayout, offsetXMm: 2, offsetYMm: -3 },
      SAMPLE_VALUES,
      'https://x/xac-thuc/a',
    );
    const name = moved.texts.find((t) => t.field === 1)!;
    assert.deepEqual([name.x, name.y], [150.5, 82]);
    assert.deepEqual([moved.qr!.x, moved.qr!.y], [27, 137]);
  });

  it('the QR modules decode to the verification URL', () => {
    const url = 'https://thiduakhenthuong.example.vn/xac-thuc/qm3d3ya6n03smjzc';
    const m = qrModules(url);
    const scale = 6;
    const side = m.cells * scale;
    const data = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        if (m.dark(Math.floor(y / scale), Math.floor(x / scale))) {
          const i = (y * side + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }
    assert.equal(jsQR(data, side, side)?.data, url);
    // The SVG path covers exactly the dark modules.
    let dark = 0;
    for (let r = 0; r < m.cells; r++) for (let c = 0; c < m.cells; c++) if (m.dark(r, c)) dark++;
    const covered = [...m.path.matchAll(/h(\d+)v1/g)].reduce((a, x) => a + Number(x[1]), 0);
    assert.equal(covered, dark);
  });
});

describe('certificate PDF and .docx', { skip: !hasFonts }, () => {
  const pages = [
    { layout: sampleLayout, values: SAMPLE_VALUES, qrUrl: 'https://vd.example/xac-thuc/qm3d3ya6n03smjzc' },
    {
      layout: sampleLayout,
      values: { ...SAMPLE_VALUES, ho_ten: 'Trần Văn Đức' },
      qrUrl: 'https://vd.example/xac-thuc/4za0qg9fnp1wvwtc',
    },
  ];

  it('one page per certificate at the layout size, Vietnamese text embedded, QR readable', async () => {
    const bytes = await renderCertificatesPdf(pages);
    const pdf = await PDFDocument.load(bytes);
    assert.equal(pdf.getPageCount(), 2);
    const { width, height } = pdf.getPage(0).getSize();
    assert.ok(Math.abs(width - (297 * 72) / 25.4) < 0.01 && Math.abs(height - (210 * 72) / 25.4) < 0.01);
    const text = await pdfText(bytes);
    if (text !== null) {
      const [first, second] = text.split('\f');
      assert.match(first!, /GIẤY KHEN/);
      assert.match(first!, /Nguyễn Thị Ngọc Ánh/);
      assert.match(first!, /Cẩm Xuyên, ngày 03 tháng 12 năm 2025/);
      assert.match(first!, /Quyết định số 125\/QĐ-UBND ngày 03\/12\/2025/);
      assert.match(first!, /qm3d-3ya6-n03s-mjzc/, 'the code printed under the QR');
      assert.match(second!, /Trần Văn Đức/);
    }
    if (existsSync('/usr/bin/pdftoppm')) {
      const dir = await mkdtemp(join(tmpdir(), 'vd-cert-'));
      try {
        await writeFile(join(dir, 'c.pdf'), bytes);
        await run('/usr/bin/pdftoppm', [
          '-r',
          '150',
          '-f',
          '2',
          '-l',
          '2',
          join(dir, 'c.pdf'),
          join(dir, 'p'),
        ]);
        const ppm = await readFile(join(dir, 'p-2.ppm'));
        const img = ppmToRgba(ppm);
        assert.equal(
          jsQR(img.data, img.width, img.height)?.data,
          'https://vd.example/xac-thuc/4za0qg9fnp1wvwtc',
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    if (process.env.VD_RENDER_OUT) {
      await mkdir(process.env.VD_RENDER_OUT, { recursive: true });
      await writeFile(join(process.env.VD_RENDER_OUT, 'certificates.pdf'), bytes);
      await pdfToPngs(bytes, process.env.VD_RENDER_OUT, 60);
    }
  });

  it('.docx: a section per certificate with the same lines; LibreOffice prints it on two pages', async () => {
    const bytes = await renderCertificatesDocx(pages);
    const paragraphs = docxParagraphs(bytes);
    assert.ok(paragraphs.includes('Nguyễn Thị Ngọc Ánh') && paragraphs.includes('Trần Văn Đức'));
    assert.ok(paragraphs.includes('PHÓ CHỦ TỊCH'));
    if (!findSoffice()) return;
    const pdf = await docxToPdf(bytes);
    const doc = await PDFDocument.load(pdf!);
    assert.equal(doc.getPageCount(), 2);
    const text = await pdfText(pdf!);
    if (text !== null) assert.match(text, /Cẩm Xuyên, ngày 03 tháng 12 năm 2025/);
  });
});
