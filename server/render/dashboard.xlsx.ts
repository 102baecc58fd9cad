// The dashboard's exports as .xlsx: the awards or overdue dossiers behind a bar, and the table of a chart. One
// sheet each, holding exactly the columns the page shows (contracts/dashboard: AWARD_LIST_COLUMNS,
// OVERDUE_LIST_COLUMNS) under a title and the scope — no hidden columns or sheets, no CCCD, no date of birth.
import ExcelJS from 'exceljs';
import {
  AWARD_LIST_COLUMNS,
  chartTable,
  DASHBOARD_CHART_TITLES,
  type DashboardAwardItem,
  type DashboardChart,
  type DashboardOverdueItem,
  type DashboardView,
  OVERDUE_LIST_COLUMNS,
  type ChartCell,
} from '../../contracts/dashboard';

export { XLSX_CONTENT_TYPE } from './cluster-results.xlsx';

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** 'YYYY-MM-DD' → 'dd/MM/yyyy'. */
const vnDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

type Cell = ChartCell;

interface TableSpec {
  sheetName: string;
  title: string;
  /** Lines under the title: the unit, the years, the bar's filters. */
  subtitle: readonly string[];
  headers: readonly string[];
  widths: readonly number[];
  /** Columns holding numbers (formatted with thousands separators). */
  numeric: readonly number[];
  rows: readonly Cell[][];
  /** A last row of totals, when the table has one. */
  totals?: Cell[];
}

async function renderTable(spec: TableSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vinhdanh';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(spec.sheetName, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToHeight: 0 },
  });
  const width = spec.headers.length;
  sheet.columns = spec.widths.map((w) => ({ width: w }));
  const line = (text: string, bold: boolean) => {
    const row = sheet.addRow([text]);
    if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { bold, size: bold ? 13 : 11 };
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
  };
  line(spec.title.toUpperCase(), true);
  for (const s of spec.subtitle) line(s, false);
  sheet.addRow([]);
  const header = sheet.addRow([...spec.headers]);
  header.font = { bold: true };
  header.height = 32;
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (let c = 1; c <= width; c++) {
    header.getCell(c).border = thin;
    header.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  const write = (values: Cell[], bold = false) => {
    const row = sheet.addRow(values.map((v) => (v === null ? '' : v)));
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.border = thin;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (spec.numeric.includes(c - 1)) cell.numFmt = '#,##0';
    }
    if (bold) row.font = { bold: true };
  };
  for (const r of spec.rows) write(r);
  if (spec.totals) write(spec.totals, true);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The scope as the exports state it: the unit and the years. */
export function scopeLine(unitName: string, fromYear: number, toYear: number): string {
  const years = fromYear === toYear ? `năm ${fromYear}` : `từ năm ${fromYear} đến năm ${toYear}`;
  return `Đơn vị: ${unitName} — ${years} (theo năm ký quyết định)`;
}

const awardCell: Record<(typeof AWARD_LIST_COLUMNS)[number]['key'], (i: DashboardAwardItem) => Cell> = {
  subjectName: (i) => i.subjectName,
  unitName: (i) => i.unitName,
  awardKindName: (i) => i.awardKindName,
  achievementYear: (i) => i.achievementYear,
  decisionNumber: (i) => i.decisionNumber,
  decisionDate: (i) => vnDate(i.decisionDate),
  authority: (i) => i.authority,
  amount: (i) => i.amount,
};

/** The awards behind a bar. */
export function renderAwardList(
  items: readonly DashboardAwardItem[],
  subtitle: readonly string[],
): Promise<Buffer> {
  const numeric = AWARD_LIST_COLUMNS.flatMap((c, i) => (c.key === 'amount' ? [i] : []));
  const amount = items.reduce((s, i) => s + (i.amount ?? 0), 0);
  return renderTable({
    sheetName: 'Danh sách khen thưởng',
    title: 'Danh sách khen thưởng',
    subtitle: [...subtitle, `Tổng số: ${items.length.toLocaleString('vi-VN')}`],
    headers: AWARD_LIST_COLUMNS.map((c) => c.title),
    widths: AWARD_LIST_COLUMNS.map((c) =>
      c.key === 'subjectName' || c.key === 'unitName' || c.key === 'authority'
        ? 32
        : c.key === 'awardKindName'
          ? 26
          : 14,
    ),
    numeric,
    rows: items.map((i) => AWARD_LIST_COLUMNS.map((c) => awardCell[c.key](i))),
    totals: AWARD_LIST_COLUMNS.map((c, idx) => (idx === 0 ? 'Cộng' : c.key === 'amount' ? amount : null)),
  });
}

const overdueCell: Record<(typeof OVERDUE_LIST_COLUMNS)[number]['key'], (i: DashboardOverdueItem) => Cell> = {
  code: (i) => i.code,
  title: (i) => i.title,
  proposingUnitName: (i) => i.proposingUnitName,
  handlingUnitName: (i) => i.handlingUnitName,
  stageLabel: (i) => i.stageLabel,
  deadlineOn: (i) => vnDate(i.deadlineOn),
  daysOverdue: (i) => i.daysOverdue,
};

/** The overdue dossiers behind a bar. */
export function renderOverdueList(
  items: readonly DashboardOverdueItem[],
  subtitle: readonly string[],
): Promise<Buffer> {
  return renderTable({
    sheetName: 'Hồ sơ quá hạn',
    title: 'Danh sách hồ sơ đề nghị khen thưởng quá hạn xử lý',
    subtitle: [...subtitle, `Tổng số: ${items.length.toLocaleString('vi-VN')}`],
    headers: OVERDUE_LIST_COLUMNS.map((c) => c.title),
    widths: OVERDUE_LIST_COLUMNS.map((c) => (c.key === 'title' ? 44 : c.key.endsWith('UnitName') ? 30 : 16)),
    numeric: OVERDUE_LIST_COLUMNS.flatMap((c, i) => (c.key === 'daysOverdue' ? [i] : [])),
    rows: items.map((i) => OVERDUE_LIST_COLUMNS.map((c) => overdueCell[c.key](i))),
  });
}

/** The table of one chart. */
export function renderChartTable(view: DashboardView, chart: DashboardChart): Promise<Buffer> {
  const { headers, rows } = chartTable(view, chart);
  const overdue = chart === 'overdueByStage' || chart === 'overdueByUnit';
  const subtitle = overdue
    ? [`Đơn vị: ${view.unit.name} — tính đến ngày ${vnDate(view.overdue.asOf)}`]
    : [scopeLine(view.unit.name, view.fromYear, view.toYear)];
  const numericCols = headers.flatMap((_, i) => (i === 0 || (chart === 'shares' && i === 2) ? [] : [i]));
  return renderTable({
    sheetName: 'Bảng số liệu',
    title: DASHBOARD_CHART_TITLES[chart],
    subtitle,
    headers,
    widths: headers.map((_, i) => (i === 0 ? 36 : 18)),
    numeric: numericCols,
    rows,
  });
}

/** File names: "Danh sách khen thưởng - Huyện Cẩm Xuyên 2021-2025.xlsx". */
export function dashboardFileName(what: string, unitName: string, years?: [number, number]): string {
  const clean =
    `${what} - ${unitName}${years ? ` ${years[0] === years[1] ? years[0] : `${years[0]}-${years[1]}`}` : ''}`
      .replace(/[\\/:*?"<>|]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return `${clean}.xlsx`;
}
