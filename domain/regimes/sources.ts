// The legal documents of legal.md §0 as LegalBasis constants, and a helper to cite an article of one.

import type { LegalBasis, Verification } from './types';

function doc(document: string, tag: Verification, note?: string): LegalBasis {
  return note === undefined ? { document, tag } : { document, tag, note };
}

/** Luật Thi đua, Khen thưởng 2003 as amended 2005, 2009, 2013 (regime A). */
export const L03 = doc(
  'Luật Thi đua, khen thưởng 15/2003/QH11 (sửa đổi, bổ sung bởi Luật 47/2005/QH11, 32/2009/QH12, 39/2013/QH13)',
  'S',
);
/** Nghị định 91/2017/NĐ-CP (31/7/2017, hiệu lực 01/10/2017). */
export const N91 = doc('Nghị định 91/2017/NĐ-CP', 'S');
/** Thông tư 12/2019/TT-BNV (04/11/2019). */
export const TT12 = doc('Thông tư 12/2019/TT-BNV', 'S');
/** Nghị định 122/2018/NĐ-CP (Gia đình văn hóa, thôn văn hóa; regime A). */
export const N122 = doc('Nghị định 122/2018/NĐ-CP', 'S');
/** Nghị định 65/2014/NĐ-CP (pre-A; some A rules carried from it). */
export const N65 = doc('Nghị định 65/2014/NĐ-CP', 'S');
/** Luật Thi đua, khen thưởng 06/2022/QH15 (hiệu lực 01/01/2024). */
export const L22 = doc('Luật Thi đua, khen thưởng 06/2022/QH15', 'S');
/** Nghị định 98/2023/NĐ-CP (31/12/2023, hiệu lực 01/01/2024). */
export const N98 = doc('Nghị định 98/2023/NĐ-CP', 'S');
/** Thông tư 01/2024/TT-BNV. */
export const TT01 = doc('Thông tư 01/2024/TT-BNV', 'S');
/** Nghị định 86/2023/NĐ-CP (Gia đình văn hóa, thôn/tổ dân phố văn hóa, xã/phường tiêu biểu). */
export const N86 = doc('Nghị định 86/2023/NĐ-CP', 'S');
/** Nghị định 152/2025/NĐ-CP (14/6/2025, hiệu lực 01/07/2025). */
export const N152 = doc('Nghị định 152/2025/NĐ-CP', 'S');
/** Nghị định 129/2025/NĐ-CP (phân định thẩm quyền chính quyền địa phương 2 cấp, lĩnh vực Bộ Nội vụ). */
export const N129 = doc('Nghị định 129/2025/NĐ-CP', 'S');
/** Thông tư 15/2025/TT-BNV (issued 04/08/2025; effective date unverified). */
export const TT15 = doc('Thông tư 15/2025/TT-BNV', 'S', 'Ngày hiệu lực chưa kiểm chứng');
/** Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh: one province's regulation, quoted as an example of practice. */
export const BN86 = doc('Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh (ví dụ quy chế địa phương)', 'S');
/** Công văn 5007/BNV-TĐKT (2023): one initiative is used once. */
export const CV5007 = doc('Công văn 5007/BNV-TĐKT năm 2023', 'S');

// Base pay decrees (legal.md §1).
export const N72_2018 = doc('Nghị định 72/2018/NĐ-CP', 'U', 'Số nghị định chưa kiểm chứng');
export const N38_2019 = doc('Nghị định 38/2019/NĐ-CP', 'S');
export const N24_2023 = doc('Nghị định 24/2023/NĐ-CP', 'V');
export const N73_2024: LegalBasis = {
  document: 'Nghị định 73/2024/NĐ-CP',
  article: 'Điều 3 khoản 2',
  tag: 'S',
};
export const N161_2026 = doc(
  'Nghị định 161/2026/NĐ-CP',
  'U',
  'Mức và ngày được báo chí đưa tin; chưa đọc văn bản',
);

/** The same document cited at an article, with the tag of that row of legal.md (defaults to the document's). */
export function at(
  source: LegalBasis,
  article: string,
  tag: Verification = source.tag,
  note?: string,
): LegalBasis {
  const basis: LegalBasis = { document: source.document, article, tag };
  const n = note ?? source.note;
  return n === undefined ? basis : { ...basis, note: n };
}

/** Vietnamese citation: "Điều 24 khoản 1 Luật Thi đua, khen thưởng 06/2022/QH15". */
export function cite(basis: LegalBasis): string {
  return basis.article ? `${basis.article} ${basis.document}` : basis.document;
}
