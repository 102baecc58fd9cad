/**
 * Documents in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I (../shared/domain/legal.md §10), as building
 * blocks on the `docx` package. Every generated administrative document (Tờ trình, Biên bản họp Hội đồng,
 * Quyết định + Danh sách kèm theo, Báo cáo …) is put together from these pieces; do not copy them.
 *
 * Page: A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, body 14 pt (or 13);
 * page numbers centred in the top margin, hidden on page 1; body paragraphs justified, first-line indent 1 cm,
 * 6 pt after, line spacing 1.15.
 *
 * API
 * ```ts
 * const doc: Nd30Document = {
 *   header: {                                        // ô 1–4 (+ công văn's "V/v" under the number)
 *     parentAgency: 'UBND tỉnh Hà Tĩnh',             // cơ quan chủ quản, optional (printed UPPER, regular)
 *     agency: 'Ủy ban nhân dân huyện Cẩm Xuyên',     // cơ quan ban hành (UPPER, bold, short rule under)
 *     numberSymbol: formatNumberSymbol(125, 'QĐ-UBND'),  // "125/QĐ-UBND"; formatNumberSymbol(null, …) = blank for a draft
 *     placeDate: formatDocDate('Cẩm Xuyên', '2025-12-03'),
 *     subjectLine?: 'V/v …',                         // only công văn
 *   },
 *   title: { kind: 'Quyết định', summary: 'Về việc tặng Giấy khen …' },   // tên loại UPPER bold + trích yếu bold + rule
 *   recipientsTo?: 'Ủy ban nhân dân huyện' | ['…', '…'],                    // "Kính gửi:" (Tờ trình, Báo cáo lên trên)
 *   body: [                                            // Block = Paragraph | Table
 *     centered('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN', { bold: true }),
 *     ...legalBases(['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', '…']),  // italic, ";" … "."
 *     para(['Theo đề nghị của ', bold('Trưởng phòng Nội vụ'), '.']),              // justified, indent 1 cm
 *     centered('QUYẾT ĐỊNH:', { bold: true }),
 *     article(1, ['Tặng Giấy khen cho … (có danh sách kèm theo).']),             // "Điều 1." bold
 *     heading('I', 'Kết quả', 1),  heading('1', 'Tiêu chí', 2),  heading('a', '…', 3),
 *     ...dashList(['…', '…']),                                                    // "- …;" last "."
 *     dataTable({ columns: [{ header: 'STT', width: 1, align: 'center' }, …], rows: [[…]], totalRow?: […] }),
 *   ],
 *   closing: {                                           // side by side: Nơi nhận | signer(s)
 *     recipients: { items: ['Như Điều 3', 'Chủ tịch, các PCT UBND huyện'], archive: 'VT, NV' },
 *     signers: [{ on: 'TM. ỦY BAN NHÂN DÂN', mode: 'KT', head: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Văn A' }],
 *   },
 *   appendices: [{                                       // each starts on a new page (its own section)
 *     heading: 'DANH SÁCH', title: 'Cá nhân được tặng Giấy khen',
 *     reference: 'Kèm theo Quyết định số 125/QĐ-UBND ngày 03/12/2025 của Chủ tịch UBND huyện Cẩm Xuyên',
 *     body: [dataTable(…)], landscape?: false,
 *   }],
 *   fontSize?: 14, meta?: { title, subject, creator },
 * };
 * const bytes: Buffer = await renderDocx(doc);
 * ```
 * Header: an agency without "\n" too wide for its column is broken before its level word (`breakAgency`); the
 * blanks of a draft's number, date and reference are kept as given (runs keep their spaces).
 * Helpers: `formatDocDate(place, iso | null, year?)`, `formatNumberSymbol(n | null, symbol)`, `upperVi(text)`,
 * `signerLines(signer)`, `estimateTextWidthMm(text, pt, bold)`, `CONTENT_WIDTH_MM`, `DOCX_MIME`.
 * Tests: server/render/nd30.test.ts (text order via server/render/docx-text.ts, PDF via LibreOffice).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import {
  formatDocumentDateLong,
  formatNumberSymbol as formatDomainNumberSymbol,
} from '../../domain/documents';
import { normalizeText } from '../../domain/text';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// ---- Units and page ----

const TWIP_PER_MM = 1440 / 25.4;
/** Millimetres → twips (1/20 pt), rounded. */
export const mm = (value: number): number => Math.round(value * TWIP_PER_MM);
/** Points → docx half-points. */
const hp = (pt: number): number => Math.round(pt * 2);
/** Points → twips. */
const pt20 = (pt: number): number => Math.round(pt * 20);

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
} as const;
/** The text width of a portrait page: 165 mm. */
export const CONTENT_WIDTH_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;
/** The text width of a landscape page (appendix tables): 252 mm. */
export const CONTENT_WIDTH_LANDSCAPE_MM = PAGE.heightMm - PAGE.marginLeftMm - PAGE.marginRightMm;

export const FONT = 'Times New Roman';
/** Body line spacing: 1.15 lines (240 = single). */
const LINE = 276;
const BODY_AFTER_PT = 6;
const FIRST_LINE_INDENT_MM = 10;
/** Header (ô 1–2) and Quốc hiệu size. */
const HEADER_PT = 12;
/** Tiêu ngữ, "Số:", place and date. */
const MOTTO_PT = 13;

// ---- Text helpers ----

/** Vietnamese upper case keeping the diacritics ("Ủy ban nhân dân huyện" → "ỦY BAN NHÂN DÂN HUYỆN"). */
export function upperVi(text: string): string {
  return normalizeText(text).toLocaleUpperCase('vi-VN');
}

/**
 * "Cẩm Xuyên, ngày 03 tháng 12 năm 2025": the day below 10 and the months 1–2 zero-padded. Without a date (a
 * draft not yet signed) the day and month are left blank for the pen: "Cẩm Xuyên, ngày      tháng      năm 2025".
 */
export function formatDocDate(place: string, isoDate: string | null, year?: number): string {
  const where = normalizeText(place);
  if (isoDate) return `${where}, ${formatDocumentDateLong(isoDate)}`;
  const y = year ?? new Date().getFullYear();
  return `${where}, ngày      tháng      năm ${y}`;
}

/**
 * "125/QĐ-UBND"; numbers below 10 zero-padded ("05/QĐ-UBND"). Without a number (a draft), the place for it
 * is left blank: "      /QĐ-UBND". The year form ("65/2018/NQ-HĐND") is domain/documents.ts formatNumberSymbol.
 */
export function formatNumberSymbol(n: number | null, symbol: string): string {
  const code = normalizeText(symbol)
    .replace(/\s*-\s*/g, '-')
    .replace(/^\/+/, '');
  if (n === null) return `      /${code}`;
  return formatDomainNumberSymbol({ number: n, symbol: code });
}

/**
 * Approximate printed width of a text in Times New Roman (Liberation Serif metrics), in millimetres; used to
 * size the short rules under the agency, the motto and the summary. Within a few percent for Vietnamese.
 */
export function estimateTextWidthMm(text: string, sizePt: number, bold = false): number {
  const base = normalizeText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  let em = 0;
  for (const ch of base) {
    if (ch === ' ') em += 0.25;
    else if (/\p{Lu}/u.test(ch)) em += bold ? 0.705 : 0.667;
    else if (/\p{Ll}/u.test(ch)) em += bold ? 0.489 : 0.459;
    else if (/\d/.test(ch)) em += 0.5;
    else em += 0.333;
  }
  return (em * sizePt * 25.4) / 72;
}

/** NFC and trimmed, inner spaces kept (blanks of a draft's number, date or reference). */
const keepSpaces = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\t\r\n]+/g, ' ')
    .trim();

/** A number/symbol as given after "Số:", leading blanks of a draft kept ("      /TTr-UBND"). */
const numberText = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/^\s*số\s*:?\s?/iu, '')
    .trimEnd();

/** The text with its final punctuation replaced by `end` ("…;" / "…."). */
function withEnd(text: string, end: string): string {
  return normalizeText(text).replace(/[\s;.,:]+$/u, '') + end;
}

// ---- Inline runs ----

export interface RunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; default: the document's body size. */
  size?: number;
}
/** A piece of inline text: a plain string or a formatted run. */
export type Inline = string | RunSpec;

export const bold = (text: string): RunSpec => ({ text, bold: true });
export const italic = (text: string): RunSpec => ({ text, italic: true });
export const boldItalic = (text: string): RunSpec => ({ text, bold: true, italic: true });

function toRuns(content: Inline | readonly Inline[], defaults: Omit<RunSpec, 'text'> = {}): TextRun[] {
  const list = Array.isArray(content) ? (content as readonly Inline[]) : [content as Inline];
  return list.map((item) => {
    const spec: RunSpec = typeof item === 'string' ? { text: item } : item;
    const size = spec.size ?? defaults.size;
    return new TextRun({
      // NFC; spaces kept as written (a draft's blanks "Số:      /TTr-UBND" are left for the pen).
      text: spec.text.normalize('NFC').replace(/[\t\r\n]+/g, ' '),
      bold: spec.bold ?? defaults.bold,
      italics: spec.italic ?? defaults.italic,
      underline: (spec.underline ?? defaults.underline) ? {} : undefined,
      size: size ? hp(size) : undefined,
    });
  });
}

// ---- Blocks ----

/** What a document body is made of. */
export type Block = Paragraph | Table;

export interface ParaOptions {
  align?: 'justify' | 'center' | 'left' | 'right';
  /** First-line indent in mm; default 10 (1 cm). 0 for none. */
  indentMm?: number;
  /** Left indent of the whole paragraph, mm. */
  leftMm?: number;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  beforePt?: number;
  afterPt?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** A body paragraph: justified, first-line indent 1 cm, 6 pt after, line 1.15. */
export function para(content: Inline | readonly Inline[], options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'justify'],
    indent: {
      firstLine: mm(options.indentMm ?? FIRST_LINE_INDENT_MM),
      left: options.leftMm ? mm(options.leftMm) : undefined,
    },
    spacing: {
      before: pt20(options.beforePt ?? 0),
      after: pt20(options.afterPt ?? BODY_AFTER_PT),
      line: LINE,
    },
    keepNext: options.keepNext,
    pageBreakBefore: options.pageBreakBefore,
    children: toRuns(content, { bold: options.bold, italic: options.italic, size: options.size }),
  });
}

/** A centred line ("QUYẾT ĐỊNH:", the issuer line "CHỦ TỊCH ỦY BAN NHÂN DÂN …"), no indent. */
export function centered(
  content: Inline | readonly Inline[],
  options: Omit<ParaOptions, 'align' | 'indentMm'> = {},
): Paragraph {
  return para(content, { ...options, align: 'center', indentMm: 0, keepNext: options.keepNext ?? true });
}

/** An empty line of body height. */
export function blankLine(sizePt?: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0 },
    run: sizePt ? { size: hp(sizePt) } : undefined,
    children: [],
  });
}

/**
 * Căn cứ ban hành: one italic paragraph per line, each ending ";" and the last "." (the punctuation given is
 * replaced). A line may already start with "Căn cứ"; otherwise it is added.
 */
export function legalBases(lines: readonly string[], options: { prefix?: boolean } = {}): Paragraph[] {
  return lines.map((line, i) => {
    const text = normalizeText(line);
    const full = options.prefix === false || /^căn cứ\s/iu.test(text) ? text : `Căn cứ ${text}`;
    return para(withEnd(full, i === lines.length - 1 ? '.' : ';'), { italic: true });
  });
}

/** "Điều 1. <title>" bold, then the content on the same paragraph. */
export function article(n: number, content: Inline | readonly Inline[], title?: string): Paragraph {
  const head: RunSpec = { text: `Điều ${n}.${title ? ` ${normalizeText(title)}` : ''}`, bold: true };
  const rest = Array.isArray(content) ? (content as readonly Inline[]) : [content as Inline];
  const empty = rest.length === 0 || (rest.length === 1 && rest[0] === '');
  return para(empty ? [head] : [head, ' ', ...rest]);
}

/**
 * A numbered heading of a report or a tờ trình: level 1 "I. KẾT QUẢ …" (bold, UPPER), level 2 "1. Tiêu chí"
 * (bold), level 3 "a) …" (italic). `label` is the number as written ("I", "1", "a", "1.2").
 */
export function heading(label: string, title: string, level: 1 | 2 | 3 = 1): Paragraph {
  const text =
    level === 1
      ? `${label}. ${upperVi(title)}`
      : level === 2
        ? `${label}. ${normalizeText(title)}`
        : `${label}) ${normalizeText(title)}`;
  return para(text, { bold: level < 3, italic: level === 3, keepNext: true });
}

/** "- item;" paragraphs, the last ending "." (or `lastEnd`). */
export function dashList(
  items: readonly (string | readonly Inline[])[],
  options: { lastEnd?: string } = {},
): Paragraph[] {
  return items.map((item, i) => {
    const end = i === items.length - 1 ? (options.lastEnd ?? '.') : ';';
    if (typeof item === 'string') return para(`- ${withEnd(item, end)}`);
    return para(['- ', ...item, end]);
  });
}

// ---- Rules (short horizontal lines) ----

/** A centred horizontal rule `widthMm` long inside a box `boxMm` wide, drawn as a paragraph border. */
function rule(
  widthMm: number,
  boxMm: number,
  options: { beforePt?: number; afterPt?: number } = {},
): Paragraph {
  const side = Math.max(0, (boxMm - widthMm) / 2);
  return new Paragraph({
    indent: { left: mm(side), right: mm(side) },
    spacing: {
      before: pt20(options.beforePt ?? 0),
      after: pt20(options.afterPt ?? 0),
      line: 100,
      lineRule: LineRuleType.EXACT,
    },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { size: 2 },
    children: [],
  });
}

// ---- Header (ô 1–4) ----

export interface HeaderSpec {
  /** Cơ quan chủ quản (ô 2, first line), printed UPPER regular. */
  parentAgency?: string | null;
  /** Cơ quan ban hành (ô 2), printed UPPER bold with a short rule under. May hold "\n" to choose the break. */
  agency: string;
  /** "125/QĐ-UBND" (see formatNumberSymbol); printed "Số: 125/QĐ-UBND". */
  numberSymbol: string;
  /** "Cẩm Xuyên, ngày 03 tháng 12 năm 2025" (see formatDocDate). */
  placeDate: string;
  /** Công văn only: the trích yếu under the number ("V/v …"), 12 pt. */
  subjectLine?: string | null;
}

const HEADER_LEFT_MM = 68;
const HEADER_RIGHT_MM = CONTENT_WIDTH_MM - HEADER_LEFT_MM;
const CELL_PAD_MM = 1;
const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function line(
  content: Inline | readonly Inline[],
  options: { size: number; bold?: boolean; italic?: boolean; afterPt?: number; beforePt?: number },
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt20(options.beforePt ?? 0), after: pt20(options.afterPt ?? 0), line: 260 },
    children: toRuns(content, { size: options.size, bold: options.bold, italic: options.italic }),
  });
}

function layoutCell(children: Paragraph[], widthMm: number, options: { top?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    margins: { left: mm(CELL_PAD_MM), right: mm(CELL_PAD_MM), top: 0, bottom: 0 },
    verticalAlign: options.top === false ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    borders: NO_BORDERS,
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
  });
}

function layoutTable(rows: TableRow[], widthsMm: readonly number[]): Table {
  return new Table({
    rows,
    width: { size: mm(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(mm),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

/** Administrative words a long agency name is best broken before ("ỦY BAN NHÂN DÂN / HUYỆN CẨM XUYÊN"). */
const LEVEL_WORDS = ['THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU', 'HUYỆN', 'TỈNH', 'QUẬN', 'PHƯỜNG', 'XÃ'];

/**
 * The lines of an agency name (ô 2) too wide for its column: broken before its administrative level word when
 * both lines then fit, else at the word that balances the two lines.
 */
export function breakAgency(upper: string, widthMm: number): string[] {
  const fits = (t: string) => estimateTextWidthMm(t, HEADER_PT, true) <= widthMm;
  if (fits(upper)) return [upper];
  for (const level of LEVEL_WORDS) {
    const at = upper.lastIndexOf(` ${level} `);
    if (at > 0 && fits(upper.slice(0, at)) && fits(upper.slice(at + 1))) {
      return [upper.slice(0, at), upper.slice(at + 1)];
    }
  }
  const words = upper.split(' ');
  let best = [upper];
  let bestGap = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const gap = Math.abs(estimateTextWidthMm(a, HEADER_PT, true) - estimateTextWidthMm(b, HEADER_PT, true));
    if (gap < bestGap) {
      best = [a, b];
      bestGap = gap;
    }
  }
  return best;
}

/** Ô 1–4: agency block left, Quốc hiệu and Tiêu ngữ right; number left and place/date right on one row. */
export function documentHeader(spec: HeaderSpec): Table {
  const left: Paragraph[] = [];
  if (spec.parentAgency) left.push(line(upperVi(spec.parentAgency), { size: HEADER_PT }));
  const agencyLines = spec.agency.includes('\n')
    ? spec.agency
        .split('\n')
        .map(upperVi)
        .filter((l) => l !== '')
    : breakAgency(upperVi(spec.agency), HEADER_LEFT_MM - 2 * CELL_PAD_MM - 2);
  for (const l of agencyLines) left.push(line(l, { size: HEADER_PT, bold: true }));
  const widest = Math.max(...agencyLines.map((l) => estimateTextWidthMm(l, HEADER_PT, true)));
  const inner = HEADER_LEFT_MM - 2 * CELL_PAD_MM;
  left.push(rule(Math.min(inner, Math.max(18, Math.min(widest, inner) * 0.4)), inner, { beforePt: 1 }));

  const rightInner = HEADER_RIGHT_MM - 2 * CELL_PAD_MM;
  const right = [
    line(NATIONAL_NAME, { size: HEADER_PT, bold: true }),
    line(MOTTO, { size: MOTTO_PT, bold: true }),
    rule(estimateTextWidthMm(MOTTO, MOTTO_PT, true), rightInner, { beforePt: 1 }),
  ];

  const numberCell = [
    line(`Số: ${numberText(spec.numberSymbol)}`, {
      size: MOTTO_PT,
      beforePt: 6,
    }),
  ];
  if (spec.subjectLine)
    numberCell.push(line(normalizeText(spec.subjectLine), { size: HEADER_PT, beforePt: 3 }));
  const dateCell = [line(keepSpaces(spec.placeDate), { size: MOTTO_PT, italic: true, beforePt: 6 })];

  return layoutTable(
    [
      new TableRow({ children: [layoutCell(left, HEADER_LEFT_MM), layoutCell(right, HEADER_RIGHT_MM)] }),
      new TableRow({
        children: [layoutCell(numberCell, HEADER_LEFT_MM), layoutCell(dateCell, HEADER_RIGHT_MM)],
      }),
    ],
    [HEADER_LEFT_MM, HEADER_RIGHT_MM],
  );
}

// ---- Tên loại, trích yếu, Kính gửi ----

export interface TitleSpec {
  /** "Quyết định", "Tờ trình", "Biên bản", "Báo cáo" — printed UPPER bold. */
  kind: string;
  /** Trích yếu, bold, one or several lines ("Về việc tặng Giấy khen cho …"). */
  summary?: string | readonly string[] | null;
}

/** Tên loại + trích yếu, centred bold, with a short rule under. */
export function documentTitle(spec: TitleSpec, bodyPt = 14): Paragraph[] {
  const out = [line(upperVi(spec.kind), { size: bodyPt, bold: true, beforePt: 18 })];
  const summary =
    spec.summary == null ? [] : typeof spec.summary === 'string' ? [spec.summary] : spec.summary;
  for (const s of summary) out.push(line(normalizeText(s), { size: bodyPt, bold: true }));
  const widest = Math.max(
    ...[upperVi(spec.kind), ...summary].map((s) => estimateTextWidthMm(s, bodyPt, true)),
  );
  out.push(
    rule(Math.max(25, Math.min(widest, CONTENT_WIDTH_MM) / 3), CONTENT_WIDTH_MM, {
      beforePt: 2,
      afterPt: 12,
    }),
  );
  return out;
}

/**
 * "Kính gửi: X." for one recipient (centred); for several, "Kính gửi:" then "- A;" … "- Z." lines.
 */
export function kinhGui(recipients: string | readonly string[]): Paragraph[] {
  const list = typeof recipients === 'string' ? [recipients] : recipients;
  if (list.length === 1) {
    return [para(['Kính gửi: ', withEnd(list[0]!, '.')], { align: 'center', indentMm: 0, afterPt: 12 })];
  }
  const lead = estimateTextWidthMm('Kính gửi: ', 14) + 30;
  return [
    para('Kính gửi:', { align: 'left', indentMm: 0, leftMm: 30, afterPt: 0, keepNext: true }),
    ...list.map((r, i) =>
      para(`- ${withEnd(r, i === list.length - 1 ? '.' : ';')}`, {
        align: 'left',
        indentMm: 0,
        leftMm: lead,
        afterPt: i === list.length - 1 ? 12 : 0,
      }),
    ),
  ];
}

// ---- Tables (lists) ----

export interface ColumnSpec {
  header: string;
  /** Relative width (weights are scaled to the table width). */
  width: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

export interface DataTableSpec {
  columns: readonly ColumnSpec[];
  rows: readonly (readonly (Inline | readonly Inline[])[])[];
  /** A last bold row ("Tổng cộng"), cells aligned like their columns. */
  totalRow?: readonly (Inline | readonly Inline[])[];
  /** Total width; default the portrait text width (165 mm). */
  widthMm?: number;
  /** Cell text size; default 13 pt. */
  fontSize?: number;
}

function cellParagraph(
  content: Inline | readonly Inline[],
  align: ColumnSpec['align'],
  size: number,
  boldAll = false,
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align ?? 'left'],
    spacing: { before: pt20(2), after: pt20(2), line: 252 },
    children: toRuns(content, { size, bold: boldAll || undefined }),
  });
}

const DATA_CELL_PAD_MM = 1.2;

/**
 * Column widths from the weights, each at least as wide as the longest word of its header (so "STT" never
 * breaks), the others shrunk in proportion.
 */
export function columnWidthsMm(columns: readonly ColumnSpec[], widthMm: number, sizePt: number): number[] {
  const mins = columns.map(
    (c) =>
      Math.max(
        ...normalizeText(c.header)
          .split(' ')
          .map((w) => estimateTextWidthMm(w, sizePt, true)),
      ) +
      2 * DATA_CELL_PAD_MM +
      1,
  );
  let fixed = new Set<number>();
  for (;;) {
    const freeWeight = columns.reduce((a, c, i) => (fixed.has(i) ? a : a + c.width), 0);
    const freeWidth = widthMm - [...fixed].reduce((a, i) => a + mins[i]!, 0);
    const widths = columns.map((c, i) => (fixed.has(i) ? mins[i]! : (c.width / freeWeight) * freeWidth));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < mins[i]!);
    if (short < 0 || fixed.size === columns.length - 1) return widths;
    fixed = new Set([...fixed, short]);
  }
}

/**
 * A bordered list table (STT, Họ và tên, Chức vụ, Đơn vị, Số tiền …): bold centred header row repeated on
 * every page, rows not split across pages.
 */
export function dataTable(spec: DataTableSpec): Table {
  const width = spec.widthMm ?? CONTENT_WIDTH_MM;
  const size = spec.fontSize ?? 13;
  const widths = columnWidthsMm(spec.columns, width, size);
  const cell = (children: Paragraph[], i: number) =>
    new TableCell({
      width: { size: mm(widths[i]!), type: WidthType.DXA },
      margins: { left: mm(DATA_CELL_PAD_MM), right: mm(DATA_CELL_PAD_MM), top: 0, bottom: 0 },
      verticalAlign: VerticalAlignTable.CENTER,
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.columns.map((c, i) => cell([cellParagraph(c.header, 'center', size, true)], i)),
  });
  const body = spec.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: spec.columns.map((c, i) => cell([cellParagraph(row[i] ?? '', c.align, size)], i)),
      }),
  );
  const totalRow = spec.totalRow
    ? [
        new TableRow({
          cantSplit: true,
          children: spec.columns.map((c, i) =>
            cell([cellParagraph(spec.totalRow![i] ?? '', c.align, size, true)], i),
          ),
        }),
      ]
    : [];
  return new Table({
    rows: [header, ...body, ...totalRow],
    width: { size: mm(width), type: WidthType.DXA },
    columnWidths: widths.map(mm),
    layout: TableLayoutType.FIXED,
  });
}

// ---- Signature and Nơi nhận ----

/**
 * Who signs (ô 7). `on` is the collective a TM. signature is made on behalf of ("TM. ỦY BAN NHÂN DÂN");
 * `mode` the delegation: KT. (deputy for the head), Q. (acting), TL./TUQ. (by order / by authorisation of the
 * head); `head` the head's title the delegation names ("Chủ tịch"); `title` the signer's own position.
 *   { on: 'TM. Ủy ban nhân dân', title: 'Chủ tịch' }                 → TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH
 *   { on: 'TM. Ủy ban nhân dân', mode: 'KT', head: 'Chủ tịch', title: 'Phó Chủ tịch' }
 *                                                                     → TM. … / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
 *   { mode: 'Q', title: 'Giám đốc' }                                 → Q. GIÁM ĐỐC
 *   { mode: 'TL', head: 'Chủ tịch', title: 'Chánh Văn phòng' }       → TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG
 *   { title: 'Chủ tọa cuộc họp' }                                    → CHỦ TỌA CUỘC HỌP
 */
export interface Signer {
  on?: string | null;
  mode?: 'KT' | 'Q' | 'TL' | 'TUQ' | null;
  head?: string | null;
  title: string;
  /** Họ và tên, bold, no học hàm/học vị. Empty for a blank to be filled by hand. */
  name: string;
  /** Text in the signing space, e.g. "(Đã ký)" on a copy; default: blank space. */
  signedNote?: string | null;
}

/** The UPPER lines above the signing space (quyền hạn + chức vụ). */
export function signerLines(s: Signer): string[] {
  const lines: string[] = [];
  if (s.on) lines.push(upperVi(/^tm\.\s*/iu.test(s.on) ? s.on.replace(/^tm\.\s*/iu, 'TM. ') : `TM. ${s.on}`));
  if (s.mode === 'Q') {
    lines.push(`Q. ${upperVi(s.title)}`);
  } else if (s.mode) {
    lines.push(`${s.mode}. ${upperVi(s.head ?? s.title)}`);
    lines.push(upperVi(s.title));
  } else {
    lines.push(upperVi(s.title));
  }
  return lines;
}

function signerParagraphs(s: Signer, bodyPt: number): Paragraph[] {
  const top = signerLines(s).map((l) => line(l, { size: bodyPt, bold: true }));
  const space: Paragraph[] = s.signedNote
    ? [
        line('', { size: bodyPt, afterPt: 18 }),
        line(normalizeText(s.signedNote), { size: bodyPt, italic: true, afterPt: 24 }),
      ]
    : [line('', { size: bodyPt, afterPt: 54 })];
  return [...top, ...space, line(normalizeText(s.name), { size: bodyPt, bold: true })];
}

export interface RecipientsSpec {
  /** "Như Điều 3", "Chủ tịch, các PCT UBND huyện" — each printed "- …;". */
  items: readonly string[];
  /** The archive line: "VT, NV" → "- Lưu: VT, NV." (last). */
  archive?: string | null;
}

function recipientParagraphs(spec: RecipientsSpec): Paragraph[] {
  const items = [...spec.items.map((s) => normalizeText(s))];
  if (spec.archive) items.push(`Lưu: ${normalizeText(spec.archive).replace(/^lưu\s*:\s*/iu, '')}`);
  return [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: toRuns('Nơi nhận:', { size: 12, bold: true, italic: true }),
    }),
    ...items.map(
      (item, i) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: toRuns(`- ${withEnd(item, i === items.length - 1 ? '.' : ';')}`, { size: 11 }),
        }),
    ),
  ];
}

export interface ClosingSpec {
  recipients?: RecipientsSpec | null;
  /** One signer (right), or two (left and right, as in a biên bản: thư ký | chủ tọa). */
  signers: readonly Signer[];
}

/** Nơi nhận (left) beside the signature (right); or two signatures side by side. Never split across pages. */
export function closing(spec: ClosingSpec, bodyPt = 14): Table {
  const half = CONTENT_WIDTH_MM / 2;
  const leftW = spec.recipients ? 75 : half;
  const rightW = CONTENT_WIDTH_MM - leftW;
  let left: Paragraph[] = [];
  let right: Paragraph[] = [];
  if (spec.recipients) {
    left = recipientParagraphs(spec.recipients);
    right = spec.signers[0] ? signerParagraphs(spec.signers[0], bodyPt) : [];
  } else if (spec.signers.length >= 2) {
    left = signerParagraphs(spec.signers[0]!, bodyPt);
    right = signerParagraphs(spec.signers[1]!, bodyPt);
  } else if (spec.signers[0]) {
    right = signerParagraphs(spec.signers[0], bodyPt);
  }
  const keep = (ps: Paragraph[]) => ps;
  return layoutTable(
    [
      new TableRow({
        cantSplit: true,
        children: [layoutCell(keep(left), leftW), layoutCell(keep(right), rightW)],
      }),
    ],
    [leftW, rightW],
  );
}

// ---- Appendices ----

export interface AppendixSpec {
  /** "Phụ lục I" or "DANH SÁCH" — bold, centred, as given. */
  heading: string;
  /** Title, bold centred (one or more lines). */
  title?: string | readonly string[] | null;
  /** The reference line, italic, in parentheses: "Kèm theo Quyết định số 125/QĐ-UBND ngày …". */
  reference?: string | null;
  body: readonly Block[];
  /** Landscape pages for wide tables (the text width becomes CONTENT_WIDTH_LANDSCAPE_MM). */
  landscape?: boolean;
}

function appendixTop(spec: AppendixSpec, bodyPt: number, widthMm: number): Paragraph[] {
  const out = [line(normalizeText(spec.heading), { size: 14, bold: true })];
  const titles = spec.title == null ? [] : typeof spec.title === 'string' ? [spec.title] : spec.title;
  for (const t of titles) out.push(line(normalizeText(t), { size: bodyPt, bold: true }));
  if (spec.reference) {
    const ref = keepSpaces(spec.reference).replace(/^\(|\)$/g, '');
    out.push(line(`(${ref})`, { size: bodyPt, italic: true }));
  }
  out.push(rule(40, widthMm, { beforePt: 2, afterPt: 12 }));
  return out;
}

// ---- The document ----

export interface Nd30Document {
  header: HeaderSpec;
  title?: TitleSpec | null;
  /** "Kính gửi:" — one recipient or several. */
  recipientsTo?: string | readonly string[] | null;
  body: readonly Block[];
  closing?: ClosingSpec | null;
  appendices?: readonly AppendixSpec[];
  /** Body size, 13 or 14 pt (default 14). */
  fontSize?: 13 | 14;
  meta?: { title?: string; subject?: string; creator?: string; description?: string };
}

function pageHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: hp(13) })],
      }),
    ],
  });
}

function sectionProperties(landscape: boolean): ISectionOptions['properties'] {
  return {
    page: {
      size: {
        width: mm(PAGE.widthMm),
        height: mm(PAGE.heightMm),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: mm(PAGE.marginTopMm),
        bottom: mm(PAGE.marginBottomMm),
        left: mm(PAGE.marginLeftMm),
        right: mm(PAGE.marginRightMm),
        header: mm(8),
        footer: mm(8),
      },
    },
  };
}

/** The docx Document object (for callers that add parts of their own); most want renderDocx. */
export function buildDocument(doc: Nd30Document): Document {
  const bodyPt = doc.fontSize ?? 14;
  const main: Block[] = [documentHeader(doc.header)];
  if (doc.title) main.push(...documentTitle(doc.title, bodyPt));
  if (doc.recipientsTo) main.push(...kinhGui(doc.recipientsTo));
  main.push(...doc.body);
  if (doc.closing) {
    // Kept with the signature, so that a body paragraph marked keepNext carries it onto the signature's page.
    main.push(new Paragraph({ spacing: { before: 0, after: 0 }, keepNext: true, children: [] }));
    main.push(closing(doc.closing, bodyPt));
  }
  const sections: ISectionOptions[] = [
    {
      properties: { ...sectionProperties(false), titlePage: true },
      headers: { default: pageHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
      children: main,
    },
  ];
  for (const appendix of doc.appendices ?? []) {
    const width = appendix.landscape ? CONTENT_WIDTH_LANDSCAPE_MM : CONTENT_WIDTH_MM;
    sections.push({
      properties: sectionProperties(appendix.landscape ?? false),
      headers: { default: pageHeader() },
      children: [...appendixTop(appendix, bodyPt, width), ...appendix.body],
    });
  }
  return new Document({
    creator: doc.meta?.creator ?? 'vinhdanh',
    title: doc.meta?.title,
    subject: doc.meta?.subject,
    description: doc.meta?.description,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: hp(bodyPt) },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    },
    sections,
  });
}

/** The .docx bytes of a document. */
export async function renderDocx(doc: Nd30Document): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(doc));
}
