// The shape every Excel import template shares: a "Danh sách" sheet with the Vietnamese headings (required columns
// tinted, each heading's note explaining it) and dropdowns fed by a "Danh mục" sheet, and a "Hướng dẫn" sheet with
// one row per column and the general notes. Each template supplies its columns, lists and notes.
import ExcelJS from 'exceljs';

export interface TemplateColumn<K extends string> {
  key: K;
  header: string;
  width: number;
  required: boolean;
}

export interface TemplateList<K extends string> {
  /** Heading of the column in "Danh mục". */
  header: string;
  width: number;
  values: readonly string[];
  /** The "Danh sách" column whose cells choose from this list, and the dropdown's title; absent = reference only. */
  dropdown?: { column: K; title: string };
}

export interface ImportTemplate<K extends string> {
  columns: readonly TemplateColumn<K>[];
  /** How to fill each column (the heading's note and the guide's row). */
  guide: Record<K, string>;
  lists: readonly TemplateList<K>[];
  /** Rows of "Danh sách" that carry the dropdowns and formats. */
  rows: number;
  /** General notes under the guide's table; a line ending in ":" is bold. */
  notes: readonly string[];
  /** Column-specific formats and validations, given the sheet and the column letter of a key. */
  decorate?: (
    list: ExcelJS.Worksheet,
    columnLetter: (key: K) => string,
    validations: DataValidations,
  ) => void;
}

export interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

const letter = (index: number) => String.fromCharCode(0x41 + index);

/** Builds the workbook of an import template. */
export async function renderImportTemplate<K extends string>(template: ImportTemplate<K>): Promise<Buffer> {
  const { columns, guide: howTo, lists: listDefs, rows } = template;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vinhdanh';
  workbook.created = new Date();
  const list = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet('Hướng dẫn');
  const lists = workbook.addWorksheet('Danh mục');
  const columnLetter = (key: K) => letter(columns.findIndex((c) => c.key === key));

  list.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = list.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 32;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFDDEBF7' },
    };
    cell.note = (c.required ? 'Bắt buộc. ' : '') + howTo[c.key];
  });

  lists.columns = listDefs.map((l, i) => ({ header: l.header, key: `list${i}`, width: l.width }));
  lists.getRow(1).font = { bold: true };
  listDefs.forEach((l, col) =>
    l.values.forEach((value, row) => (lists.getCell(row + 2, col + 1).value = value)),
  );

  const validations = (list as unknown as { dataValidations: DataValidations }).dataValidations;
  listDefs.forEach((l, listColumn) => {
    if (!l.dropdown || l.values.length === 0) return;
    const col = columnLetter(l.dropdown.column);
    const source = letter(listColumn);
    validations.add(`${col}2:${col}${rows + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'Danh mục'!$${source}$2:$${source}$${l.values.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: l.dropdown.title,
      error: `Giá trị không có trong danh sách "${l.dropdown.title}"`,
    });
  });
  template.decorate?.(list, columnLetter, validations);

  guide.columns = [
    { header: 'Cột', key: 'column', width: 30 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách ghi', key: 'how', width: 110 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of columns) {
    const row = guide.addRow({ column: c.header, required: c.required ? 'Có' : '', how: howTo[c.key] });
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  guide.addRow([]);
  for (const note of template.notes) {
    guide.addRow([note]).getCell(1).font = { bold: note.endsWith(':') };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
