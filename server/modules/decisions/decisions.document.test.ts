import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { docxParagraphs, docxText, docxToPdf, pdfText } from '../../render/docx-text';
import { DOCX_MIME } from '../../render/nd30';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  communeDossier,
  decisionWorld,
  districtRegister,
  draftOf,
  get,
  post,
  type DecisionWorld,
} from './decisions.fixtures';

describe('decisions: the Quyết định + Danh sách kèm theo .docx', () => {
  let t: TestApp;
  let w: DecisionWorld;
  let issued: { id: string; number: string };
  let draftId: string;

  before(async () => {
    t = await buildTestApp();
    w = await decisionWorld(t.app, t.database.db);
    const register = await districtRegister(t.app, w);
    const d = await communeDossier(t.database.db, w, [
      { personId: w.an.id, awardKind: 'GK' },
      { personId: w.cuong.id, awardKind: 'GK' },
      { unitId: w.school.id, awardKind: 'GK' },
    ]);
    const draft = await draftOf(t.app, w, register.id, d.nomineeIds, '2025-01-06');
    draftId = draft.id;
    const res = await post(t.app, w.leader, `/api/decisions/${draft.id}/issue`, { version: draft.version });
    assert.equal(res.statusCode, 200, res.body);
    issued = res.json();
    const other = await communeDossier(
      t.database.db,
      w,
      [{ personId: w.binh.id, awardKind: 'GK' }],
      w.communeB,
    );
    draftId = (await draftOf(t.app, w, register.id, other.nomineeIds, '2025-01-10')).id;
  });
  after(() => t.close());

  it('carries the number, the issuer, the articles, the names and the money in figures and words', async () => {
    const res = await get(t.app, w.officerA, `/api/decisions/${issued.id}/document.docx`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], DOCX_MIME);
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''Quy%E1%BA%BFt/);
    const bytes = res.rawPayload;
    const paragraphs = docxParagraphs(bytes);
    const text = docxText(bytes);
    assert.match(issued.number, /^0[1-9]\/QĐ-UBND$/, 'numbers below 10 are zero-padded');
    assert.ok(paragraphs.includes(`Số: ${issued.number}`), paragraphs.slice(0, 12).join(' | '));
    assert.ok(paragraphs.includes('Cẩm Thử, ngày 06 tháng 01 năm 2025'));
    assert.ok(paragraphs.includes('QUYẾT ĐỊNH'));
    assert.ok(paragraphs.includes('Về việc tặng Giấy khen năm 2024'));
    assert.ok(paragraphs.includes('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM THỬ'));
    assert.ok(paragraphs.some((p) => /^Căn cứ Nghị định số 98\/2023\/NĐ-CP/.test(p)));
    assert.ok(paragraphs.includes('Theo đề nghị của Trưởng phòng Nội vụ huyện.'));
    assert.ok(paragraphs.includes('QUYẾT ĐỊNH:'));
    assert.ok(
      paragraphs.includes(
        'Điều 1. Tặng Giấy khen cho 02 cá nhân và 01 tập thể đã có thành tích xuất sắc (có danh sách kèm theo).',
      ),
      paragraphs.filter((p) => p.startsWith('Điều')).join(' | '),
    );
    // 2 × 710,000 + 1,410,000 = 2,830,000 on the base pay of 2,340,000.
    assert.ok(
      paragraphs.some((p) => p.includes('Giấy khen cho cá nhân: 0,3 lần mức lương cơ sở (2.340.000 đồng)')),
    );
    assert.ok(
      paragraphs.includes(
        '- Tổng số tiền thưởng: 2.830.000 đồng (Bằng chữ: Hai triệu tám trăm ba mươi nghìn đồng), từ Quỹ Thi đua, khen thưởng huyện.',
      ),
    );
    assert.ok(paragraphs.some((p) => /^Điều 3\. Quyết định này có hiệu lực kể từ ngày ký\./.test(p)));
    assert.ok(paragraphs.includes('CHỦ TỊCH'));
    assert.ok(paragraphs.includes('Hoàng Văn Ký'));
    assert.ok(paragraphs.includes('Nơi nhận:'));
    assert.ok(paragraphs.includes('- Như Điều 3;'));
    assert.ok(paragraphs.includes('- Lưu: VT.'));
    // The list, with its reference line, names, chức vụ/đơn vị and amounts.
    assert.ok(paragraphs.includes('DANH SÁCH'));
    assert.ok(
      paragraphs.includes(
        `(Kèm theo Quyết định số ${issued.number} ngày 06 tháng 01 năm 2025 của Chủ tịch UBND huyện Cẩm Thử)`,
      ),
    );
    for (const name of ['Nguyễn Văn An', 'Lê Văn Cường', 'Trường Tiểu học Cẩm An', '710.000', '1.410.000']) {
      assert.ok(paragraphs.includes(name), `${name} in the list`);
    }
    assert.ok(paragraphs.includes('Tổng cộng: 03'));
    assert.ok(paragraphs.includes('2.830.000'));
    assert.ok(text.indexOf('Điều 1.') < text.indexOf('DANH SÁCH'));
  });

  it('a draft leaves the number and the day blank for the pen', async () => {
    const res = await get(t.app, w.officer, `/api/decisions/${draftId}/document.docx`);
    assert.equal(res.statusCode, 200);
    const paragraphs = docxParagraphs(res.rawPayload);
    assert.ok(
      paragraphs.some((p) => /^Số:\s+\/QĐ-UBND$/.test(p)),
      paragraphs.slice(0, 10).join(' | '),
    );
    assert.ok(paragraphs.some((p) => /^Cẩm Thử, ngày\s+tháng\s+năm 2025$/.test(p)));
    assert.ok(
      paragraphs.some((p) => /^\(Kèm theo Quyết định số\s+\/QĐ-UBND ngày\s+tháng\s+năm 2025 của/.test(p)),
    );
    assert.equal((await get(t.app, w.officerB, `/api/decisions/${draftId}/document.docx`)).statusCode, 404);
  });

  it('opens in LibreOffice and renders the Vietnamese text (when LibreOffice is installed)', async (ctx) => {
    const res = await get(t.app, w.officer, `/api/decisions/${issued.id}/document.docx`);
    const pdf = await docxToPdf(res.rawPayload, 'quyet-dinh');
    if (!pdf) {
      ctx.skip('LibreOffice is not installed');
      return;
    }
    const text = await pdfText(pdf);
    if (text === null) {
      ctx.skip('poppler is not installed');
      return;
    }
    const flat = text.replace(/\s+/g, ' ');
    assert.match(flat, /CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM THỬ/);
    assert.match(flat, /Hai triệu tám trăm ba mươi nghìn đồng/);
    assert.match(flat, /Nguyễn Văn An/);
  });
});
