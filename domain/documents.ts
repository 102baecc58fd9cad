// Official documents (văn bản): their types, the number/symbol ("số, ký hiệu") as written and its parts,
// dates in the Nghị định 30/2020 style, and the parsing of a reference as reports write it
// ("Kế hoạch số 3382/UBND-KH ngày 11/11/2022 của UBND huyện … về việc …"). Pure functions (issue #5, point 1).
import { foldVietnamese, normalizeText } from './text';

export const DOCUMENT_TYPES = [
  'luat',
  'nghi_dinh',
  'thong_tu',
  'chi_thi',
  'ke_hoach',
  'nghi_quyet',
  'cong_van',
  'quyet_dinh',
  'huong_dan',
  'thong_bao',
  'chuong_trinh',
  'bao_cao',
  'to_trinh',
  'quy_che',
  'khac',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  luat: 'Luật',
  nghi_dinh: 'Nghị định',
  thong_tu: 'Thông tư',
  chi_thi: 'Chỉ thị',
  ke_hoach: 'Kế hoạch',
  nghi_quyet: 'Nghị quyết',
  cong_van: 'Công văn',
  quyet_dinh: 'Quyết định',
  huong_dan: 'Hướng dẫn',
  thong_bao: 'Thông báo',
  chuong_trinh: 'Chương trình',
  bao_cao: 'Báo cáo',
  to_trinh: 'Tờ trình',
  quy_che: 'Quy chế',
  khac: 'Khác',
};

/** Levels of the body that issues a document or launches a movement. */
export const AUTHORITY_LEVELS = ['central', 'province', 'district', 'commune', 'agency'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

export const AUTHORITY_LEVEL_LABELS: Record<AuthorityLevel, string> = {
  central: 'Trung ương',
  province: 'Tỉnh',
  district: 'Huyện',
  commune: 'Xã',
  agency: 'Cơ quan, đơn vị',
};

/**
 * Words that name a document's type at the start of a reference, with the type they mean. Several words map to
 * one type: "Văn bản" is how reports call a công văn ("Văn bản số 1861/UBND-NV"); the word as written is kept
 * as the document's type name, so the reference reads back as the source wrote it.
 */
const TYPE_WORDS: readonly { word: string; type: DocumentType }[] = [
  { word: 'Nghị định', type: 'nghi_dinh' },
  { word: 'Nghị quyết', type: 'nghi_quyet' },
  { word: 'Thông tư liên tịch', type: 'thong_tu' },
  { word: 'Thông tư', type: 'thong_tu' },
  { word: 'Thông báo', type: 'thong_bao' },
  { word: 'Chỉ thị', type: 'chi_thi' },
  { word: 'Kế hoạch', type: 'ke_hoach' },
  { word: 'Công văn', type: 'cong_van' },
  { word: 'Văn bản', type: 'cong_van' },
  { word: 'Quyết định', type: 'quyet_dinh' },
  { word: 'Hướng dẫn', type: 'huong_dan' },
  { word: 'Chương trình', type: 'chuong_trinh' },
  { word: 'Báo cáo', type: 'bao_cao' },
  { word: 'Tờ trình', type: 'to_trinh' },
  { word: 'Quy chế', type: 'quy_che' },
  { word: 'Quy định', type: 'khac' },
  { word: 'Bộ tiêu chí', type: 'khac' },
  { word: 'Luật', type: 'luat' },
];

/** The type a type name as written stands for ("Văn bản" → cong_van), or null when it is not one we know. */
export function documentTypeOfWord(word: string): DocumentType | null {
  const folded = foldVietnamese(word);
  const hit = TYPE_WORDS.find((t) => foldVietnamese(t.word) === folded);
  if (hit) return hit.type;
  const byLabel = DOCUMENT_TYPES.find((t) => foldVietnamese(DOCUMENT_TYPE_LABELS[t]) === folded);
  return byLabel ?? null;
}

/**
 * The level an issuer's name suggests: "UBND huyện Cẩm Xuyên" → district, "HĐND tỉnh" → province, "Quốc hội",
 * "Thủ tướng Chính phủ", "Bộ Nội vụ" → central; null when the name does not say.
 */
export function levelOfIssuer(name: string): AuthorityLevel | null {
  const folded = ` ${foldVietnamese(name)} `;
  if (/ (quoc hoi|chinh phu|thu tuong|chu tich nuoc|bo |ban thi dua - khen thuong trung uong)/.test(folded)) {
    return 'central';
  }
  if (/ (xa|phuong|thi tran|dac khu) /.test(folded)) return 'commune';
  if (/ (huyen|quan|thi xa) /.test(folded)) return 'district';
  if (/ (tinh|thanh pho)/.test(folded)) return 'province';
  return null;
}

/** The type name shown for a document: the name as written when it has one, else the type's label. */
export function documentTypeName(doc: { type: DocumentType; typeName?: string | null }): string {
  return doc.typeName ?? DOCUMENT_TYPE_LABELS[doc.type];
}

// ---- Number and symbol ----

export interface NumberSymbol {
  /** As written, with stray spaces removed: "65/2018/NQ-HĐND". */
  text: string;
  /** 65 (from "65" or "065"). */
  number: number;
  /** The year part of legal documents' numbers ("65/2018/NQ-HĐND" → 2018), else null. */
  year: number | null;
  /** "NQ-HĐND". */
  symbol: string;
}

const SEGMENT = String.raw`[\p{L}\p{N}&.]+`;
const NUMBER_SYMBOL = new RegExp(
  String.raw`^(\d{1,6})\s*/\s*(?:(\d{4})\s*/\s*)?(${SEGMENT}(?:\s*-\s*${SEGMENT})*)$`,
  'u',
);

/**
 * Parses a number/symbol as written: "3382/UBND-KH", "65/2018/NQ-HĐND", "06/2022/QH15", OCR-spaced "3382/UBND- KH".
 * Returns null when the text is not a number/symbol.
 */
export function parseNumberSymbol(value: string): NumberSymbol | null {
  const text = normalizeText(value).replace(/^(số|so)\s*:?\s*/iu, '');
  const match = NUMBER_SYMBOL.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  const year = match[2] ? Number(match[2]) : null;
  if (year !== null && (year < 1900 || year > 2100)) return null;
  const symbol = match[3]!.replace(/\s*-\s*/g, '-');
  // The symbol has letters: "12/2023" is a date fragment, not a document.
  if (!/\p{L}/u.test(symbol)) return null;
  return { text: [match[1], ...(match[2] ? [match[2]] : []), symbol].join('/'), number, year, symbol };
}

/** The symbol compared for duplicates: case and diacritics ignored ("NQ-HĐND" = "nq-hdnd"). */
export function symbolKey(symbol: string): string {
  return foldVietnamese(symbol).replace(/\s+/g, '');
}

/** A number/symbol in the Nghị định 30/2020 form: numbers below 10 zero-padded ("01/CT-UBND"). */
export function formatNumberSymbol(parts: { number: number; year?: number | null; symbol: string }): string {
  const number = parts.number < 10 ? `0${parts.number}` : String(parts.number);
  return [number, ...(parts.year ? [String(parts.year)] : []), parts.symbol].join('/');
}

/** The type a symbol suggests when the reference names none (Nghị định 30/2020, Phụ lục III abbreviations). */
export function typeFromSymbol(parts: { year: number | null; symbol: string }): DocumentType {
  const head = foldVietnamese(parts.symbol.split('-')[0] ?? '');
  const byCode: Record<string, DocumentType> = {
    ct: 'chi_thi',
    kh: 'ke_hoach',
    nq: 'nghi_quyet',
    qd: 'quyet_dinh',
    tb: 'thong_bao',
    hd: 'huong_dan',
    bc: 'bao_cao',
    ttr: 'to_trinh',
    ctr: 'chuong_trinh',
    nd: 'nghi_dinh',
    tt: 'thong_tu',
    ttlt: 'thong_tu',
    qc: 'quy_che',
  };
  if (byCode[head]) return byCode[head];
  if (parts.year !== null && /^qh\d*$/.test(head)) return 'luat';
  // A công văn's symbol is the issuer's abbreviation and the drafting unit's ("UBND-NV", "BTĐKT-THHC").
  return 'cong_van';
}

/** The year a document belongs to: its number's year, else the year it was issued, else null. */
export function documentYear(numberYear: number | null, issuedOn: string | null): number | null {
  if (numberYear !== null) return numberYear;
  return issuedOn ? Number(issuedOn.slice(0, 4)) : null;
}

// ---- Dates ----

/**
 * A date as documents write it (Nghị định 30/2020, Phụ lục I): the day zero-padded below 10, the month
 * zero-padded only for January and February — "09/7/2019", "19/01/2023", "11/11/2022".
 */
export function formatDocumentDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m < 3 ? `0${m}` : String(m);
  return `${day}/${month}/${y}`;
}

/** "ngày 03 tháng 12 năm 2025" as written in a document's place-and-date line. */
export function formatDocumentDateLong(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${d < 10 ? `0${d}` : d} tháng ${m < 3 ? `0${m}` : m} năm ${y}`;
}

function isoOf(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const SHORT_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const LONG_DATE = /^(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+(\d{4})/iu;

/** "11/11/2022", "9/7/2019", "03 tháng 12 năm 2025" → ISO date, or null. */
export function parseDocumentDate(value: string): string | null {
  const text = normalizeText(value).replace(/^(ngày|ngay)\s+/iu, '');
  const match = SHORT_DATE.exec(text) ?? LONG_DATE.exec(text);
  if (!match) return null;
  return isoOf(Number(match[3]), Number(match[2]), Number(match[1]));
}

// ---- A whole reference ----

export interface ParsedReference {
  type: DocumentType | null;
  /** The type word as written when it differs from the type's label ("Văn bản", "Bộ tiêu chí"). */
  typeName: string | null;
  numberSymbol: NumberSymbol | null;
  issuedOn: string | null;
  issuer: string | null;
  summary: string | null;
}

const REF_NUMBER = new RegExp(
  String.raw`^(?:(?:số|so)\s*:?\s*)?(\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?${SEGMENT}(?:\s*-\s*${SEGMENT})*)`,
  'iu',
);
const REF_DATE = new RegExp(
  String.raw`^,?\s*(?:(?:ngày|ngay)\s+)?((?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})|(?:\d{1,2}\s+(?:tháng|thang)\s+\d{1,2}\s+(?:năm|nam)\s+\d{4}))`,
  'iu',
);
/** "về việc", "V/v", or a bare "về" opening the summary (trích yếu). */
const SUMMARY_START = /^[,;]?\s*(?:(?:về|ve)\s+(?:việc|viec)\s+|v\/v\s*:?\s*|(?:về|ve)\s+)/iu;
const ISSUER_START = /^[,;]?\s*(?:của|cua)\s+/iu;

function takeTypeWord(text: string): { type: DocumentType; typeName: string | null; rest: string } | null {
  const folded = foldVietnamese(text);
  for (const t of TYPE_WORDS) {
    const word = foldVietnamese(t.word);
    if (folded.startsWith(word) && (folded.length === word.length || /[\s:,]/.test(folded[word.length]!))) {
      const rest = text.slice(t.word.length).trim();
      const typeName = t.word === DOCUMENT_TYPE_LABELS[t.type] ? null : t.word;
      return { type: t.type, typeName, rest };
    }
  }
  return null;
}

const trimEnd = (s: string) => s.replace(/[\s;.,]+$/u, '').trim();

/** Splits "… của X về việc Y" / "… về việc Y" into issuer and summary (either may be missing). */
function takeIssuerAndSummary(rest: string): { issuer: string | null; summary: string | null } {
  let text = rest;
  let issuer: string | null = null;
  const issuerMatch = ISSUER_START.exec(text);
  if (issuerMatch) {
    text = text.slice(issuerMatch[0].length);
    const about = /\s(?:về|ve|v\/v)\s/iu.exec(` ${text}`);
    if (about) {
      issuer = trimEnd(text.slice(0, Math.max(0, about.index - 1)));
      text = text.slice(Math.max(0, about.index - 1));
    } else {
      return { issuer: trimEnd(text) || null, summary: null };
    }
  }
  const summaryMatch = SUMMARY_START.exec(text.trim());
  const summary = trimEnd(summaryMatch ? text.trim().slice(summaryMatch[0].length) : text);
  return { issuer: issuer || null, summary: summary || null };
}

/**
 * Reads a document reference as reports write it, e.g. "Kế hoạch số 3382/UBND-KH ngày 11/11/2022",
 * "Nghị quyết số 65/2018/NQ-HĐND ngày 18/7/2018 của HĐND tỉnh về quy định …", "Chỉ thị số 01/CT-UBND, ngày
 * 19/01/2023 về …", "Luật Thi đua, Khen thưởng". What it cannot find stays null; without a number, the whole
 * text is the summary (a law or a programme is cited by its name).
 */
export function parseDocumentReference(value: string): ParsedReference {
  const text = normalizeText(value);
  const result: ParsedReference = {
    type: null,
    typeName: null,
    numberSymbol: null,
    issuedOn: null,
    issuer: null,
    summary: null,
  };
  if (text === '') return result;
  let rest = text;
  const typed = takeTypeWord(rest);
  if (typed) {
    result.type = typed.type;
    result.typeName = typed.typeName;
    rest = typed.rest;
  }
  const numberMatch = REF_NUMBER.exec(rest);
  const numberSymbol = numberMatch ? parseNumberSymbol(numberMatch[1]!) : null;
  if (!numberMatch || !numberSymbol) {
    // No number: a document cited by its name ("Luật Thi đua, Khen thưởng", "Chương trình mục tiêu …").
    result.summary = text;
    return result;
  }
  result.numberSymbol = numberSymbol;
  result.type ??= typeFromSymbol(numberSymbol);
  rest = rest.slice(numberMatch[0].length).trim();
  const dateMatch = REF_DATE.exec(rest);
  if (dateMatch) {
    result.issuedOn = parseDocumentDate(dateMatch[1]!);
    rest = rest.slice(dateMatch[0].length).trim();
  }
  const { issuer, summary } = takeIssuerAndSummary(rest);
  result.issuer = issuer;
  result.summary = summary;
  return result;
}

export interface DocumentRefFacts {
  type: DocumentType;
  typeName?: string | null;
  numberSymbol: string | null;
  issuedOn: string | null;
  issuerName?: string | null;
  summary?: string | null;
}

/**
 * A document's reference as a report cites it: "Kế hoạch số 3382/UBND-KH ngày 11/11/2022" (+ " của <issuer>"
 * when asked). Without a number, its name: the summary, led by the type name unless the summary already starts
 * with it ("Chương trình mục tiêu Quốc gia …", "Công văn phát động …").
 */
export function formatDocumentReference(doc: DocumentRefFacts, options: { issuer?: boolean } = {}): string {
  const typeName = documentTypeName(doc);
  const issuer = options.issuer && doc.issuerName ? ` của ${doc.issuerName}` : '';
  if (!doc.numberSymbol) {
    const summary = doc.summary ?? '';
    const named = foldVietnamese(summary).startsWith(foldVietnamese(typeName))
      ? summary
      : `${typeName} ${summary}`.trim();
    return `${named}${doc.issuedOn ? ` ngày ${formatDocumentDate(doc.issuedOn)}` : ''}${issuer}`;
  }
  const date = doc.issuedOn ? ` ngày ${formatDocumentDate(doc.issuedOn)}` : '';
  return `${typeName} số ${doc.numberSymbol}${date}${issuer}`;
}

/** The folded text a document is searched by: type, number/symbol, summary, issuer. */
export function documentSearchText(doc: DocumentRefFacts): string {
  const parts = [documentTypeName(doc), doc.numberSymbol ?? '', doc.summary ?? '', doc.issuerName ?? ''];
  return foldVietnamese(parts.join(' '));
}
