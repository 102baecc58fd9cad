import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import {
  documentSearchText,
  documentTypeOfWord,
  levelOfIssuer,
  documentYear,
  formatDocumentDate,
  formatDocumentDateLong,
  formatDocumentReference,
  formatNumberSymbol,
  parseDocumentDate,
  parseDocumentReference,
  parseNumberSymbol,
  symbolKey,
  typeFromSymbol,
} from './documents';

interface FactDocument {
  numberSymbol: string | null;
  type: string;
  date: string | null;
  dateText: string | null;
  ocrRaw?: string;
}

// A verbatim copy of ../shared/seed/facts.json kept in the repository (server/db/seed/seed-report-facts.json).
const facts = JSON.parse(
  readFileSync(new URL('../server/db/seed/seed-report-facts.json', import.meta.url), 'utf8'),
) as { documents: FactDocument[] };

test('number/symbol: parts of every form the seed cites', () => {
  assert.deepEqual(parseNumberSymbol('3382/UBND-KH'), {
    text: '3382/UBND-KH',
    number: 3382,
    year: null,
    symbol: 'UBND-KH',
  });
  assert.deepEqual(parseNumberSymbol('65/2018/NQ-HĐND'), {
    text: '65/2018/NQ-HĐND',
    number: 65,
    year: 2018,
    symbol: 'NQ-HĐND',
  });
  assert.deepEqual(parseNumberSymbol('01/CT-UBND'), {
    text: '01/CT-UBND',
    number: 1,
    year: null,
    symbol: 'CT-UBND',
  });
  assert.deepEqual(parseNumberSymbol('06/2022/QH15'), {
    text: '06/2022/QH15',
    number: 6,
    year: 2022,
    symbol: 'QH15',
  });
  // The OCR's stray space and a leading "số" are dropped.
  assert.equal(parseNumberSymbol('Số: 3382/UBND- KH')?.text, '3382/UBND-KH');
  assert.equal(parseNumberSymbol('253 / BTĐKT-THHC')?.symbol, 'BTĐKT-THHC');
  assert.equal(parseNumberSymbol('15/QĐ-SGD&ĐT')?.symbol, 'QĐ-SGD&ĐT');
  for (const doc of facts.documents) {
    if (!doc.numberSymbol) continue;
    const parsed = parseNumberSymbol(doc.numberSymbol);
    assert.ok(parsed, doc.numberSymbol);
    assert.equal(parsed.text, doc.numberSymbol, 'read back exactly as written');
  }
});

test('number/symbol: what is not one is refused', () => {
  assert.equal(parseNumberSymbol('Luật Thi đua, Khen thưởng'), null);
  assert.equal(parseNumberSymbol('12/2023'), null);
  assert.equal(parseNumberSymbol('3382'), null);
  assert.equal(parseNumberSymbol('65/1800/NQ-HĐND'), null);
  assert.equal(parseNumberSymbol('/UBND-KH'), null);
});

test('symbol key ignores case and diacritics; formatting pads numbers below ten', () => {
  assert.equal(symbolKey('NQ-HĐND'), symbolKey('nq-hdnd'));
  assert.equal(symbolKey('BTĐKT-THHC'), 'btdkt-thhc');
  assert.equal(formatNumberSymbol({ number: 1, symbol: 'CT-UBND' }), '01/CT-UBND');
  assert.equal(formatNumberSymbol({ number: 65, year: 2018, symbol: 'NQ-HĐND' }), '65/2018/NQ-HĐND');
});

test('type words and symbols', () => {
  assert.equal(documentTypeOfWord('Văn bản'), 'cong_van');
  assert.equal(documentTypeOfWord('kế hoạch'), 'ke_hoach');
  assert.equal(documentTypeOfWord('Chi thi'), 'chi_thi');
  assert.equal(documentTypeOfWord('Bộ tiêu chí'), 'khac');
  assert.equal(documentTypeOfWord('Quy chế'), 'quy_che');
  assert.equal(documentTypeOfWord('Sổ tay'), null);
  assert.equal(typeFromSymbol({ year: null, symbol: 'CT-UBND' }), 'chi_thi');
  assert.equal(typeFromSymbol({ year: 2018, symbol: 'NQ-HĐND' }), 'nghi_quyet');
  assert.equal(typeFromSymbol({ year: 2022, symbol: 'QH15' }), 'luat');
  assert.equal(typeFromSymbol({ year: 2020, symbol: 'NĐ-CP' }), 'nghi_dinh');
  assert.equal(typeFromSymbol({ year: null, symbol: 'TTr-SNV' }), 'to_trinh');
  assert.equal(typeFromSymbol({ year: null, symbol: 'UBND-NV' }), 'cong_van');
  assert.equal(documentYear(2018, '2018-07-18'), 2018);
  assert.equal(documentYear(null, '2022-11-11'), 2022);
  assert.equal(documentYear(null, null), null);
});

test('dates are written as the seed writes them (Nghị định 30/2020) and read back', () => {
  for (const doc of facts.documents) {
    if (!doc.date) continue;
    assert.equal(formatDocumentDate(doc.date), doc.dateText, doc.numberSymbol ?? '');
    assert.equal(parseDocumentDate(doc.dateText!), doc.date);
  }
  assert.equal(formatDocumentDateLong('2025-12-03'), 'ngày 03 tháng 12 năm 2025');
  assert.equal(parseDocumentDate('ngày 03 tháng 12 năm 2025'), '2025-12-03');
  assert.equal(parseDocumentDate('9.7.2019'), '2019-07-09');
  assert.equal(parseDocumentDate('31/02/2023'), null);
  assert.equal(parseDocumentDate('hôm qua'), null);
});

test('a reference as the seed writes it: type, number, date, issuer, summary', () => {
  const plan = parseDocumentReference('Kế hoạch số 3382/UBND-KH ngày 11/11/2022');
  assert.equal(plan.type, 'ke_hoach');
  assert.equal(plan.typeName, null);
  assert.equal(plan.numberSymbol?.text, '3382/UBND-KH');
  assert.equal(plan.issuedOn, '2022-11-11');
  assert.equal(plan.issuer, null);
  assert.equal(plan.summary, null);

  const resolution = parseDocumentReference(
    'Nghị quyết số 65/2018/NQ-HĐND ngày 18/7/2018 của HĐND tỉnh về quy định một số chính sách hỗ trợ thành lập mới hộ kinh doanh và doanh nghiệp trên địa bàn tỉnh',
  );
  assert.equal(resolution.type, 'nghi_quyet');
  assert.equal(resolution.numberSymbol?.year, 2018);
  assert.equal(resolution.issuedOn, '2018-07-18');
  assert.equal(resolution.issuer, 'HĐND tỉnh');
  assert.equal(
    resolution.summary,
    'quy định một số chính sách hỗ trợ thành lập mới hộ kinh doanh và doanh nghiệp trên địa bàn tỉnh',
  );

  const directive = parseDocumentReference(
    'Chỉ thị số 01/CT-UBND, ngày 19/01/2023 về tổ chức phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2023;',
  );
  assert.equal(directive.type, 'chi_thi');
  assert.equal(directive.issuedOn, '2023-01-19');
  assert.equal(
    directive.summary,
    'tổ chức phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2023',
  );

  // "Văn bản" is kept as written; "về việc về việc" (the source's slip) leaves one "về việc" in the summary.
  const letter = parseDocumentReference(
    'Văn bản số 1861/UBND-NV ngày 05/6/2023 về việc tổ chức các hoạt động kỷ niệm',
  );
  assert.equal(letter.type, 'cong_van');
  assert.equal(letter.typeName, 'Văn bản');
  assert.equal(letter.summary, 'tổ chức các hoạt động kỷ niệm');
  const slip = parseDocumentReference('Văn bản số 1861/UBND-NV ngày 05/6/2023 về việc về việc tổ chức');
  assert.equal(slip.summary, 'về việc tổ chức');

  // Without "số", with "của … về việc".
  const plan213 = parseDocumentReference(
    'Kế hoạch 213/KH-UBND ngày 09/7/2019 của UBND tỉnh về việc tổ chức thực hiện phong trào thi đua',
  );
  assert.equal(plan213.numberSymbol?.text, '213/KH-UBND');
  assert.equal(plan213.issuedOn, '2019-07-09');
  assert.equal(plan213.issuer, 'UBND tỉnh');
  assert.equal(plan213.summary, 'tổ chức thực hiện phong trào thi đua');

  // Typed without diacritics, OCR spacing.
  const plain = parseDocumentReference('ke hoach so 3382/UBND- KH ngay 11/11/2022');
  assert.equal(plain.type, 'ke_hoach');
  assert.equal(plain.numberSymbol?.text, '3382/UBND-KH');
  assert.equal(plain.issuedOn, '2022-11-11');

  // No type word: the symbol suggests it.
  assert.equal(parseDocumentReference('199/CT-UBND ngày 01/02/2023').type, 'chi_thi');
});

test('a document cited by its name has no number: the text is its summary', () => {
  const law = parseDocumentReference('Luật Thi đua, Khen thưởng');
  assert.equal(law.type, 'luat');
  assert.equal(law.numberSymbol, null);
  assert.equal(law.summary, 'Luật Thi đua, Khen thưởng');
  const programme = parseDocumentReference('Chương trình mục tiêu Quốc gia về giảm nghèo bền vững');
  assert.equal(programme.type, 'chuong_trinh');
  assert.equal(programme.summary, 'Chương trình mục tiêu Quốc gia về giảm nghèo bền vững');
  assert.deepEqual(parseDocumentReference('  '), {
    type: null,
    typeName: null,
    numberSymbol: null,
    issuedOn: null,
    issuer: null,
    summary: null,
  });
});

test('references read back as reports cite them', () => {
  const base = { type: 'ke_hoach' as const, numberSymbol: '3382/UBND-KH', issuedOn: '2022-11-11' };
  assert.equal(formatDocumentReference(base), 'Kế hoạch số 3382/UBND-KH ngày 11/11/2022');
  assert.equal(
    formatDocumentReference({ ...base, issuerName: 'UBND huyện Cẩm Xuyên' }, { issuer: true }),
    'Kế hoạch số 3382/UBND-KH ngày 11/11/2022 của UBND huyện Cẩm Xuyên',
  );
  assert.equal(
    formatDocumentReference({
      type: 'cong_van',
      typeName: 'Văn bản',
      numberSymbol: '1861/UBND-NV',
      issuedOn: '2023-06-05',
    }),
    'Văn bản số 1861/UBND-NV ngày 05/6/2023',
  );
  assert.equal(
    formatDocumentReference({ type: 'ke_hoach', numberSymbol: '373/KH-UBND', issuedOn: null }),
    'Kế hoạch số 373/KH-UBND',
  );
  assert.equal(
    formatDocumentReference({
      type: 'chuong_trinh',
      numberSymbol: null,
      issuedOn: null,
      summary: 'Chương trình mục tiêu Quốc gia về giảm nghèo bền vững',
    }),
    'Chương trình mục tiêu Quốc gia về giảm nghèo bền vững',
  );
  assert.equal(
    formatDocumentReference({
      type: 'cong_van',
      numberSymbol: null,
      issuedOn: null,
      summary: 'phát động thực hiện phong trào thi đua',
    }),
    'Công văn phát động thực hiện phong trào thi đua',
  );
  // Parsing what formatting wrote gives the same facts back.
  const again = parseDocumentReference(formatDocumentReference(base));
  assert.equal(again.numberSymbol?.text, base.numberSymbol);
  assert.equal(again.issuedOn, base.issuedOn);
  assert.equal(again.type, base.type);
});

test('search text is folded: "btdkt" finds "BTĐKT"', () => {
  const text = documentSearchText({
    type: 'cong_van',
    typeName: 'Văn bản',
    numberSymbol: '253/BTĐKT-THHC',
    issuedOn: '2023-05-31',
    issuerName: 'Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh',
    summary: 'cung cấp thông tin phục vụ báo cáo sơ kết 6 tháng đầu năm 2023',
  });
  assert.ok(text.includes('253/btdkt-thhc'));
  assert.ok(text.includes('ban thi dua - khen thuong tinh ha tinh'));
  assert.ok(text.startsWith('van ban'));
});

test('the issuing level an issuer’s name suggests', () => {
  assert.equal(levelOfIssuer('UBND huyện Cẩm Xuyên'), 'district');
  assert.equal(levelOfIssuer('HĐND tỉnh Hà Tĩnh'), 'province');
  assert.equal(levelOfIssuer('Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh'), 'province');
  assert.equal(levelOfIssuer('UBND xã Cẩm Quang'), 'commune');
  assert.equal(levelOfIssuer('Quốc hội'), 'central');
  assert.equal(levelOfIssuer('Thủ tướng Chính phủ'), 'central');
  assert.equal(levelOfIssuer('Bộ Nội vụ'), 'central');
  assert.equal(levelOfIssuer('Công ty cổ phần Mía đường'), null);
});
