import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { docxParagraphs, docxParts, docxText, docxToPdf, findSoffice, pdfText, pdfToPngs } from './docx-text';
import {
  article,
  bold,
  breakAgency,
  centered,
  columnWidthsMm,
  dashList,
  dataTable,
  formatDocDate,
  formatNumberSymbol,
  heading,
  legalBases,
  para,
  renderDocx,
  signerLines,
  upperVi,
  type Nd30Document,
} from './nd30';

/** A Quyết định tặng Giấy khen with its Danh sách kèm theo, as the decisions module will build it. */
export function sampleDecision(rows = 3): Nd30Document {
  const people = Array.from({ length: rows }, (_, i) => [
    String(i + 1),
    i === 0 ? 'Nguyễn Thị Ngọc Ánh' : `Trần Văn Đức ${i + 1}`,
    'Giáo viên',
    'Trường Tiểu học Cẩm Thành',
    '1.170.000',
  ]);
  return {
    header: {
      parentAgency: 'UBND tỉnh Hà Tĩnh',
      agency: 'Ủy ban nhân dân\nhuyện Cẩm Xuyên',
      numberSymbol: formatNumberSymbol(125, 'QĐ-UBND'),
      placeDate: formatDocDate('Cẩm Xuyên', '2025-12-03'),
    },
    title: { kind: 'Quyết định', summary: 'Về việc tặng Giấy khen cho các cá nhân có thành tích xuất sắc' },
    body: [
      centered('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN', { bold: true, afterPt: 12 }),
      ...legalBases([
        'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
        'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 26 tháng 6 năm 2025 của Chính phủ.',
      ]),
      para(['Theo đề nghị của ', bold('Trưởng phòng Nội vụ'), ' huyện.']),
      centered('QUYẾT ĐỊNH:', { bold: true, beforePt: 6, afterPt: 12 }),
      article(1, 'Tặng Giấy khen cho 03 cá nhân đã có thành tích xuất sắc (có danh sách kèm theo).'),
      article(2, 'Tiền thưởng theo Nghị định số 152/2025/NĐ-CP, tổng cộng: 3.510.000 đồng.'),
      heading('I', 'Tổ chức thực hiện', 1),
      heading('1', 'Phòng Nội vụ', 2),
      heading('a', 'Chi trả tiền thưởng', 3),
      ...dashList(['Chi từ Quỹ thi đua, khen thưởng huyện;', 'Hoàn thành trước ngày 31/12/2025']),
      article(
        3,
        'Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ],
    closing: {
      recipients: { items: ['Như Điều 3', 'Chủ tịch, các PCT UBND huyện'], archive: 'VT, NV' },
      signers: [
        {
          on: 'TM. Ủy ban nhân dân',
          mode: 'KT',
          head: 'Chủ tịch',
          title: 'Phó Chủ tịch',
          name: 'Lê Văn Hải',
        },
      ],
    },
    appendices: [
      {
        heading: 'DANH SÁCH',
        title: 'Cá nhân được tặng Giấy khen của Chủ tịch UBND huyện Cẩm Xuyên',
        reference: 'Kèm theo Quyết định số 125/QĐ-UBND ngày 03/12/2025 của Chủ tịch UBND huyện Cẩm Xuyên',
        body: [
          dataTable({
            columns: [
              { header: 'STT', width: 1, align: 'center' },
              { header: 'Họ và tên', width: 4 },
              { header: 'Chức vụ', width: 3 },
              { header: 'Đơn vị', width: 4 },
              { header: 'Số tiền (đồng)', width: 2.4, align: 'right' },
            ],
            rows: people,
            totalRow: ['', 'Tổng cộng', '', '', '3.510.000'],
          }),
        ],
      },
    ],
  };
}

describe('nd30 helpers', () => {
  it('writes place and date with zero-padding for days below 10 and months 1–2', () => {
    assert.equal(formatDocDate('Cẩm Xuyên', '2025-12-03'), 'Cẩm Xuyên, ngày 03 tháng 12 năm 2025');
    assert.equal(formatDocDate('Hà Tĩnh', '2026-02-15'), 'Hà Tĩnh, ngày 15 tháng 02 năm 2026');
    assert.equal(formatDocDate('Hà Tĩnh', '2026-07-09'), 'Hà Tĩnh, ngày 09 tháng 7 năm 2026');
    assert.equal(formatDocDate('Hà Tĩnh', null, 2026), 'Hà Tĩnh, ngày      tháng      năm 2026');
  });

  it('writes number and symbol, zero-padded below 10, blank for a draft', () => {
    assert.equal(formatNumberSymbol(125, 'QĐ-UBND'), '125/QĐ-UBND');
    assert.equal(formatNumberSymbol(5, 'QĐ - UBND'), '05/QĐ-UBND');
    assert.equal(formatNumberSymbol(null, 'TTr-UBND'), '      /TTr-UBND');
  });

  it('upper-cases Vietnamese keeping diacritics', () => {
    assert.equal(upperVi('Ủy ban nhân dân huyện Cẩm Xuyên'), 'ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN');
    assert.equal(upperVi('đoàn thể'), 'ĐOÀN THỂ');
  });

  it('keeps every column at least as wide as its header words, filling the table width', () => {
    const widths = columnWidthsMm(
      [
        { header: 'STT', width: 0.2 },
        { header: 'Họ và tên', width: 4 },
        { header: 'Đơn vị', width: 4 },
      ],
      165,
      13,
    );
    assert.ok(widths[0]! >= 10, `STT column ${widths[0]}`);
    assert.ok(Math.abs(widths.reduce((a, b) => a + b, 0) - 165) < 1e-6);
    assert.ok(Math.abs(widths[1]! - widths[2]!) < 1e-6);
  });

  it('lays out signature authority lines', () => {
    assert.deepEqual(signerLines({ on: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: 'A' }), [
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
    assert.deepEqual(
      signerLines({ on: 'Ủy ban nhân dân', mode: 'KT', head: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'A' }),
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    );
    assert.deepEqual(signerLines({ mode: 'Q', title: 'Giám đốc', name: 'A' }), ['Q. GIÁM ĐỐC']);
    assert.deepEqual(signerLines({ mode: 'TL', head: 'Chủ tịch', title: 'Chánh Văn phòng', name: 'A' }), [
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
    ]);
    assert.deepEqual(
      signerLines({ mode: 'TUQ', head: 'Chủ tịch', title: 'Trưởng phòng Nội vụ', name: 'A' }),
      ['TUQ. CHỦ TỊCH', 'TRƯỞNG PHÒNG NỘI VỤ'],
    );
  });
});

describe('nd30 document', () => {
  it('renders a decision whose text reads in the Nghị định 30/2020 order', async () => {
    const bytes = await renderDocx(sampleDecision());
    const paragraphs = docxParagraphs(bytes).filter((p) => p.trim() !== '');
    const expectInOrder = [
      'UBND TỈNH HÀ TĨNH',
      'ỦY BAN NHÂN DÂN',
      'HUYỆN CẨM XUYÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/QĐ-UBND',
      'Cẩm Xuyên, ngày 03 tháng 12 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc tặng Giấy khen cho các cá nhân có thành tích xuất sắc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 26 tháng 6 năm 2025 của Chính phủ.',
      'Theo đề nghị của Trưởng phòng Nội vụ huyện.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Giấy khen cho 03 cá nhân đã có thành tích xuất sắc (có danh sách kèm theo).',
      'Điều 2. Tiền thưởng theo Nghị định số 152/2025/NĐ-CP, tổng cộng: 3.510.000 đồng.',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ',
      'a) Chi trả tiền thưởng',
      '- Chi từ Quỹ thi đua, khen thưởng huyện;',
      '- Hoàn thành trước ngày 31/12/2025.',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Chủ tịch, các PCT UBND huyện;',
      '- Lưu: VT, NV.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Văn Hải',
      'DANH SÁCH',
      'Cá nhân được tặng Giấy khen của Chủ tịch UBND huyện Cẩm Xuyên',
      '(Kèm theo Quyết định số 125/QĐ-UBND ngày 03/12/2025 của Chủ tịch UBND huyện Cẩm Xuyên)',
      'STT',
      'Họ và tên',
      'Số tiền (đồng)',
      '1',
      'Nguyễn Thị Ngọc Ánh',
      'Tổng cộng',
      '3.510.000',
    ];
    let at = -1;
    for (const expected of expectInOrder) {
      const next = paragraphs.findIndex((p, i) => i > at && p === expected);
      assert.ok(next > at, `"${expected}" after paragraph ${at} (${paragraphs[at] ?? 'start'})`);
      at = next;
    }
    assert.match(docxText(bytes), /Điều 3\. Chánh Văn phòng/);
  });

  it('a draft keeps the blanks of its number and date; a long agency breaks before its level word', async () => {
    assert.deepEqual(breakAgency('ỦY BAN NHÂN DÂN XÃ CẨM BÌNH', 64), ['ỦY BAN NHÂN DÂN', 'XÃ CẨM BÌNH']);
    assert.deepEqual(breakAgency('ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN', 64), [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN CẨM XUYÊN',
    ]);
    assert.deepEqual(breakAgency('SỞ NỘI VỤ', 64), ['SỞ NỘI VỤ']);
    const bytes = await renderDocx({
      header: {
        agency: 'Ủy ban nhân dân xã Cẩm Bình',
        numberSymbol: formatNumberSymbol(null, 'TTr-UBND'),
        placeDate: formatDocDate('Cẩm Bình', null, 2025),
      },
      title: { kind: 'Tờ trình', summary: 'Về việc đề nghị tặng Giấy khen' },
      recipientsTo: ['Hội đồng Thi đua - Khen thưởng huyện', 'Phòng Nội vụ huyện'],
      body: [para('Nội dung.')],
      closing: {
        signers: [
          { title: 'Thư ký', name: 'Nguyễn Văn Bảy' },
          { title: 'Chủ tọa cuộc họp', name: 'Trần Thị Tám' },
        ],
      },
    });
    const paragraphs = docxParagraphs(bytes);
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'XÃ CẨM BÌNH',
      'Số:       /TTr-UBND',
      'Cẩm Bình, ngày      tháng      năm 2025',
      'Kính gửi:',
      '- Hội đồng Thi đua - Khen thưởng huyện;',
      '- Phòng Nội vụ huyện.',
      'THƯ KÝ',
      'CHỦ TỌA CUỘC HỌP',
      'Trần Thị Tám',
    ]) {
      assert.ok(paragraphs.includes(expected), `${expected} in ${JSON.stringify(paragraphs)}`);
    }
  });

  it('sets A4 portrait, the margins, Times New Roman and page numbers hidden on page 1', async () => {
    const bytes = await renderDocx(sampleDecision());
    const parts = docxParts(bytes);
    const xml = parts.get('word/document.xml')!.toString('utf8');
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    assert.match(xml, /<w:titlePg\/>/);
    // Two sections: the decision and its list, which starts on a new page.
    assert.equal(xml.match(/<w:sectPr/g)?.length, 2);
    const styles = parts.get('word/styles.xml')!.toString('utf8');
    assert.match(styles, /w:ascii="Times New Roman"/);
    const headers = [...parts.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k));
    assert.ok(
      headers.some((h) => parts.get(h)!.toString('utf8').includes('PAGE')),
      'a header with the page field',
    );
    // Body paragraphs are justified with a 1 cm first-line indent.
    assert.match(xml, /<w:jc w:val="both"\/>/);
    assert.match(xml, /<w:ind w:firstLine="567"\/>/);
  });

  it('opens in LibreOffice and renders the Vietnamese text in PDF', { skip: !findSoffice() }, async () => {
    const bytes = await renderDocx(sampleDecision(40));
    const pdf = await docxToPdf(bytes);
    assert.ok(pdf && pdf.subarray(0, 5).toString() === '%PDF-');
    const text = await pdfText(pdf);
    if (text !== null) {
      assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
      assert.match(text, /Số: 125\/QĐ-UBND/);
      assert.match(text, /Nguyễn Thị Ngọc Ánh/);
      assert.match(text, /Trần Văn Đức 40/);
      // The list (40 rows) runs over several pages after the decision; page 2 onwards is numbered.
      const pages = text.split('\f').filter((p) => p.trim() !== '');
      assert.ok(pages.length >= 3, `pages: ${pages.length}`);
      assert.doesNotMatch(pages[0]!.trim().split('\n')[0]!, /^\s*1\s*$/);
      assert.match(pages[1]!.trim().split('\n')[0]!, /^\s*2\s*$/);
      // The header row repeats on every page of the list.
      assert.ok(
        pages.slice(2).some((p) => /Họ và tên/.test(p)),
        'header row repeated',
      );
    }
    if (process.env.VD_RENDER_OUT) {
      await mkdir(process.env.VD_RENDER_OUT, { recursive: true });
      await writeFile(join(process.env.VD_RENDER_OUT, 'nd30-sample.docx'), bytes);
      await writeFile(join(process.env.VD_RENDER_OUT, 'nd30-sample.pdf'), pdf);
      await pdfToPngs(pdf, process.env.VD_RENDER_OUT, 70);
    }
  });
});
