// A statutory statistics form ("Biểu số 0601.N/BNV-TĐKT" …) as an .xlsx sheet laid out like the printed form: the
// form number and circular in the upper left corner with the date the report is due, the reporting and receiving
// units on the right, the title and period, the table with its header tree, the column numbering row (A, B, C, 1,
// 2 …) and the rows with their codes, then the notes and the signature block (Người lập biểu / Thủ trưởng đơn vị).
// A4 landscape, fitted to one page (the forms have at most about 25 lines).
import ExcelJS from 'exceljs';
import type { StatisticsFormView } from '../../contracts/statistics';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Column = StatisticsFormView['columns'][number];

const FONT = 'Times New Roman';
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const depth = (c: Column): number => 1 + Math.max(0, ...(c.children ?? []).map(depth));
const leaves = (c: Column): Column[] => (c.children?.length ? c.children.flatMap(leaves) : [c]);

const isoToVi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** "Biểu 0601 - Hà Tĩnh - 2023.xlsx" (the route makes it safe for the header). */
export function statutoryFormFileName(form: StatisticsFormView): string {
  const unit = form.header.unit.name
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `Biểu ${form.code}.N-BNV-TĐKT ${unit} năm ${form.header.year}.xlsx`;
}

/** The period line under the title: "Năm 2023 (từ ngày 01/12/2022 đến ngày 30/11/2023)". */
export function periodLine(form: Pick<StatisticsFormView, 'header'>): string {
  const { year, period } = form.header;
  return `Năm ${year} (từ ngày ${isoToVi(period.from)} đến ngày ${isoToVi(period.to)})`;
}

function style(
  cell: ExcelJS.Cell,
  font: Partial<ExcelJS.Font> = {},
  alignment: Partial<ExcelJS.Alignment> = {},
) {
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { vertical: 'middle', wrapText: true, ...alignment };
}

export async function renderStatutoryForm(form: StatisticsFormView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vinhdanh';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(`Biểu ${form.code}`, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
    },
    views: [{ showGridLines: false }],
  });

  const leafCols = form.columns.flatMap(leaves);
  const fixed = form.hasUnitColumn ? 3 : 2; // A, B, (C)
  const width = fixed + leafCols.length;
  const many = leafCols.length > 6;
  sheet.getColumn(1).width = many ? 42 : 50;
  sheet.getColumn(2).width = 7;
  if (form.hasUnitColumn) sheet.getColumn(3).width = 11;
  const leafWidth = many ? 11 : leafCols.length <= 2 ? 24 : 16;
  for (let i = 0; i < leafCols.length; i++) sheet.getColumn(fixed + 1 + i).width = leafWidth;
  const split = Math.max(2, Math.ceil(width / 2)); // left block: columns 1..split, right block: the rest

  const line = (left: string, right: string, leftFont: Partial<ExcelJS.Font> = {}, rightFont = {}) => {
    const row = sheet.addRow([]);
    const r = row.number;
    sheet.mergeCells(r, 1, r, split);
    row.getCell(1).value = left;
    style(row.getCell(1), leftFont, { horizontal: 'left' });
    if (split < width) {
      sheet.mergeCells(r, split + 1, r, width);
      row.getCell(split + 1).value = right;
      style(row.getCell(split + 1), rightFont, { horizontal: 'left' });
    }
    const chars = (from: number, to: number) => {
      let w = 0;
      for (let k = from; k <= to; k++) w += sheet.getColumn(k).width ?? 10;
      return Math.max(8, w * 0.95);
    };
    const lines = Math.max(
      Math.ceil(left.length / chars(1, split)),
      split < width ? Math.ceil(right.length / chars(split + 1, width)) : 1,
    );
    row.height = Math.max(20, lines * 16 + 2);
    return row;
  };
  line(form.formNumber, `Đơn vị báo cáo: ${form.header.unit.name}`, { bold: true }, { bold: true });
  line(
    `Ban hành kèm theo ${form.header.circular}`,
    `Đơn vị nhận báo cáo: ${form.header.receiver}`,
    { italic: true },
    {
      bold: true,
    },
  );
  line(`Ngày nhận báo cáo: ${form.receiveDate}`, '', { italic: true });
  sheet.addRow([]);

  const full = (
    text: string,
    font: Partial<ExcelJS.Font>,
    horizontal: ExcelJS.Alignment['horizontal'] = 'center',
  ) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    style(row.getCell(1), font, { horizontal });
    return row;
  };
  full(form.title, { bold: true, size: 14 }).height = form.title.length > 80 ? 40 : 22;
  full(periodLine(form), { italic: true });
  if (form.unitNote) full(form.unitNote, { italic: true }, 'right');

  // ---- header tree ----
  const headerTop = sheet.rowCount + 1;
  const height = Math.max(...form.columns.map(depth));
  for (let i = 0; i < height; i++) sheet.addRow([]);
  // lines each header row needs: a label wraps over the width of the columns it spans (bold 12 pt Times: about
  // one character per unit of column width)
  const needed = new Map<number, number>();
  const headerCell = (r: number, c: number, text: string, r2: number, c2: number) => {
    if (r2 > r || c2 > c) sheet.mergeCells(r, c, r2, c2);
    let span = 0;
    for (let k = c; k <= c2; k++) span += sheet.getColumn(k).width ?? 10;
    const lines = Math.ceil((text.length * 1.05) / Math.max(4, span - 1));
    const rows = r2 - r + 1;
    const perRow = Math.ceil(lines / rows);
    for (let k = r; k <= r2; k++) needed.set(k, Math.max(needed.get(k) ?? 1, perRow));
    const cell = sheet.getCell(r, c);
    cell.value = text;
    style(cell, { bold: true }, { horizontal: 'center' });
  };
  const bottom = headerTop + height - 1;
  headerCell(headerTop, 1, '', bottom, 1);
  headerCell(headerTop, 2, 'Mã số', bottom, 2);
  if (form.hasUnitColumn) headerCell(headerTop, 3, 'Đơn vị tính', bottom, 3);
  let col = fixed + 1;
  const place = (c: Column, r: number) => {
    const n = leaves(c).length;
    if (!c.children?.length) {
      headerCell(r, col, c.label, bottom, col);
      col += 1;
      return;
    }
    headerCell(r, col, c.label, r, col + n - 1);
    for (const child of c.children) place(child, r + 1);
  };
  for (const c of form.columns) place(c, headerTop);
  for (let r = headerTop; r <= bottom; r++) {
    for (let c = 1; c <= width; c++) sheet.getCell(r, c).border = thin;
    sheet.getRow(r).height = Math.max(20, (needed.get(r) ?? 1) * 15 + 4);
  }

  // ---- numbering row: A, B, (C), then the columns' numbers; equal neighbours under one group are merged ----
  const numbers = sheet.addRow([]);
  const nr = numbers.number;
  const letters = form.hasUnitColumn ? ['A', 'B', 'C'] : ['A', 'B'];
  letters.forEach((l, i) => (numbers.getCell(i + 1).value = l));
  let at = fixed + 1;
  const numberOf = (c: Column, inherited: string): { number: string; span: number }[] => {
    if (!c.children?.length) return [{ number: c.number || inherited, span: 1 }];
    const parts = c.children.flatMap((child) => numberOf(child, c.number || inherited));
    // children all carrying the group's own number → one merged cell
    if (c.number && parts.every((p) => p.number === c.number))
      return [{ number: c.number, span: parts.reduce((s, p) => s + p.span, 0) }];
    return parts;
  };
  for (const part of form.columns.flatMap((c) => numberOf(c, ''))) {
    if (part.span > 1) sheet.mergeCells(nr, at, nr, at + part.span - 1);
    numbers.getCell(at).value = part.number;
    at += part.span;
  }
  for (let c = 1; c <= width; c++) {
    style(numbers.getCell(c), { bold: true, italic: true }, { horizontal: 'center' });
    numbers.getCell(c).border = thin;
  }

  // ---- rows ----
  for (const r of form.rows) {
    const row = sheet.addRow([]);
    row.getCell(1).value = r.label;
    row.getCell(2).value = r.code ?? '';
    if (form.hasUnitColumn) row.getCell(3).value = r.unit ?? '';
    r.values?.forEach((v, i) => (row.getCell(fixed + 1 + i).value = v));
    const bold = r.style === 'total' || r.style === 'heading';
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.border = thin;
      style(
        cell,
        { bold: bold && (c === 1 || r.style === 'total'), italic: r.style === 'sub' && c === 1 },
        { horizontal: c === 1 ? 'left' : 'center', indent: c === 1 && r.style === 'sub' ? 1 : 0 },
      );
    }
    row.height = r.label.length > (many ? 45 : 55) || (r.unit ?? '').length > 10 ? 32 : 17;
  }

  // ---- notes ----
  if (form.notes.length) {
    sheet.addRow([]);
    form.notes.forEach((n, i) => {
      const row = full(`${i === 0 ? 'Ghi chú: ' : ''}${n}`, { italic: true, size: 11 }, 'left');
      row.height = n.length > width * 9 ? 30 : 16;
    });
  }

  // ---- signature block ----
  sheet.addRow([]);
  const sign = (left: string, right: string, font: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow([]);
    sheet.mergeCells(row.number, 1, row.number, split);
    if (split < width) sheet.mergeCells(row.number, split + 1, row.number, width);
    row.getCell(1).value = left;
    row.getCell(split + 1).value = right;
    style(row.getCell(1), font, { horizontal: 'center' });
    style(row.getCell(split + 1), font, { horizontal: 'center' });
  };
  sign('', '……, ngày …… tháng …… năm ……', { italic: true });
  sign('Người lập biểu', 'Thủ trưởng đơn vị', { bold: true });
  sign('(Ký, họ tên)', '(Ký, họ tên, đóng dấu)', { italic: true });

  sheet.pageSetup.printTitlesRow = `${headerTop}:${nr}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
