import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docxText, docxToPdf, findSoffice, pdfText } from './docx-text';
import { renderToTrinh, type ToTrinhData, toTrinhDocument, toTrinhSummary } from './to-trinh.docx';

function sample(over: Partial<ToTrinhData> = {}): ToTrinhData {
  return {
    parentAgency: null,
    agency: 'Ủy ban nhân dân xã Cẩm Bình',
    symbol: 'TTr-UBND',
    place: 'Cẩm Bình',
    date: '2025-12-05',
    authorityLabel: 'Chủ tịch Ủy ban nhân dân xã Cẩm Bình',
    achievementYear: 2025,
    awardType: 'cong_trang',
    nominees: [
      {
        subjectKind: 'individual',
        name: 'Nguyễn Văn An',
        detail: 'Công chức Văn hóa - Xã hội, Xã Cẩm Bình',
        awardKind: 'CSTDCS',
        awardKindName: 'Chiến sĩ thi đua cơ sở',
      },
      {
        subjectKind: 'individual',
        name: 'Lê Thị Bình',
        detail: 'Giáo viên, Trường Tiểu học Cẩm Bình',
        awardKind: 'LDTT',
        awardKindName: 'Lao động tiên tiến',
      },
      {
        subjectKind: 'collective',
        name: 'Trường Tiểu học Cẩm Bình',
        detail: 'Xã Cẩm Bình',
        awardKind: 'TTLDTT',
        awardKindName: 'Tập thể lao động tiên tiến',
      },
    ],
    signer: { on: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: '' },
    dossierCode: 'HS-2025-00012',
    ...over,
  };
}

describe('Tờ trình đề nghị khen thưởng', () => {
  it('writes header, title, Kính gửi, căn cứ, the proposal per kind, the request, signature and the list', async () => {
    const text = docxText(await renderToTrinh(sample()));
    const order = [
      'ỦY BAN NHÂN DÂN',
      'XÃ CẨM BÌNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '/TTr-UBND',
      'Cẩm Bình, ngày 05 tháng 12 năm 2025',
      'TỜ TRÌNH',
      'Về việc đề nghị tặng danh hiệu',
      'Kính gửi: Chủ tịch Ủy ban nhân dân xã Cẩm Bình',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15',
      'Căn cứ Nghị định số 152/2025/NĐ-CP',
      'Căn cứ thành tích đạt được năm 2025 của các tập thể, cá nhân.',
      'Ủy ban nhân dân xã Cẩm Bình đề nghị Chủ tịch Ủy ban nhân dân xã Cẩm Bình xem xét, khen thưởng cho 02 cá nhân, 01 tập thể',
      '- Chiến sĩ thi đua cơ sở: 01 cá nhân;',
      '- Tập thể lao động tiên tiến: 01 tập thể.',
      '(Có danh sách và báo cáo thành tích kèm theo).',
      'xem xét, quyết định./.',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'DANH SÁCH',
      'Kèm theo Tờ trình số',
      'Nguyễn Văn An',
      'Giáo viên, Trường Tiểu học Cẩm Bình',
      'Tập thể lao động tiên tiến',
    ];
    let at = 0;
    for (const piece of order) {
      const found = text.indexOf(piece, at);
      assert.ok(found >= 0, `"${piece}" after position ${at} in:\n${text}`);
      at = found + piece.length;
    }
  });

  it('leaves the date blank for a draft and names a unit under a commune with its parent', () => {
    const doc = toTrinhDocument(
      sample({
        date: null,
        parentAgency: 'Ủy ban nhân dân xã Cẩm Bình',
        agency: 'Trường Tiểu học Cẩm Bình',
        symbol: 'TTr',
        signer: { title: 'Hiệu trưởng', name: '' },
      }),
    );
    assert.match(doc.header.placeDate, /^Cẩm Bình, ngày {6}tháng {6}năm \d{4}$/);
    assert.equal(doc.header.parentAgency, 'Ủy ban nhân dân xã Cẩm Bình');
    assert.equal(doc.header.numberSymbol, '      /TTr');
    assert.match(String(doc.appendices![0]!.reference), /ngày {6}tháng {6}năm/);
  });

  it('says what is proposed in the trích yếu', () => {
    assert.equal(
      toTrinhSummary({ ...sample(), nominees: [sample().nominees[1]!] }),
      'Về việc đề nghị tặng danh hiệu Lao động tiên tiến năm 2025',
    );
  });

  it('opens in LibreOffice and renders the Vietnamese text in PDF', { skip: !findSoffice() }, async () => {
    const pdf = await docxToPdf(await renderToTrinh(sample()));
    assert.ok(pdf && pdf.subarray(0, 5).toString() === '%PDF-');
    const text = await pdfText(pdf);
    if (text !== null) {
      assert.match(text, /TỜ TRÌNH/);
      assert.match(text, /Kính gửi/);
      assert.match(text, /Lê Thị Bình/);
    }
  });
});
